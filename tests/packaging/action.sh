# Part of tests/packaging/run.sh: action.yml's `run:` steps, run with bash by run_action.py as the
# runner would (inputs, GITHUB_OUTPUT, GITHUB_PATH, GITHUB_STEP_SUMMARY, RUNNER_TEMP); pip builds
# stacklint from the action's folder (the clone). The `uses:` step is checked for its inputs.
run_action() {  # run_action NAME INPUT=VALUE...: runs the action in $work/ws, results in $work/act-NAME.*
  local name=$1; shift
  export RUNNER_TEMP="$work/runner-$name" GITHUB_STEP_SUMMARY="$work/act-$name.summary.md"
  mkdir -p "$RUNNER_TEMP" && : >"$GITHUB_STEP_SUMMARY"
  # The runner's python3: this test's python, first on PATH.
  env PATH="$work/pybin:$PATH" "$PYTHON" "$here/run_action.py" "$clone" "$work/ws" \
    "$work/act-$name.json" "$@" >"$work/act-$name.out" 2>&1
  echo $? >"$work/act-$name.rc"
  unset RUNNER_TEMP GITHUB_STEP_SUMMARY
}
json() {  # json NAME PYTHON_EXPR over r (the result JSON)
  "$PYTHON" -c 'import json, sys; r = json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' \
    "$work/act-$1.json" "$2"
}

echo "== GitHub Action: action.yml's run: steps with bash"
mkdir -p "$work/pybin" "$work/ws/stacks"
ln -s "$PYTHON" "$work/pybin/python3"
cp -r "$clone/examples/clean" "$clone/examples/broken" "$work/ws/stacks/"

start=$(date +%s)
run_action clean paths=stacks/clean
check "$(cat "$work/act-clean.rc")" 0 "a clean folder passes" "$work/act-clean.out"
echo "action run (pip install from the action's folder, ccache warm): $(seconds "$start") s"
check "$(json clean 'r["outputs"]["exit-code"]')" 0 "output exit-code 0"
check "$(json clean '[s["ran"] for s in r["steps"]]')" "[True, True, False]" "no SARIF upload without sarif: true"
check "$(json clean 'r["steps"][0]["outputs"]["version"]')" "stacklint $version" "the install step's version output"
lacks "$work/act-clean.out" "::" "no annotations for a clean folder"

run_action broken "paths=stacks/broken stacks/clean" sarif=true "args=--ignore CR111"
check "$(cat "$work/act-broken.rc")" 1 "findings fail the action" "$work/act-broken.out"
check "$(json broken 'r["outputs"]["exit-code"]')" 1 "output exit-code 1"
contains "$work/act-broken.out" "::warning file=stacks/broken/default-flavor-for-ghcr.yaml,line=7,col=13," \
  "a GitHub annotation with file, line and column"
lacks "$work/act-broken.out" "CR111" "args reach stacklint (--ignore CR111)"
contains "$work/act-broken.summary.md" "default-flavor-for-ghcr.yaml" "the job summary lists the findings"
contains "$work/act-broken.summary.md" "|" "the job summary is a Markdown table"
check "$(json broken 'r["steps"][2]["ran"]')" True "the SARIF upload runs after a failing check (always())"
check "$(json broken 'r["steps"][2]["uses"].split("@")[0]')" github/codeql-action/upload-sarif "upload-sarif is used"
check "$(json broken 'r["steps"][2]["with"]["category"]')" stacklint "upload-sarif category"
check "$(json broken 'r["steps"][2]["with"]["checkout_path"]')" "$work/ws" "upload-sarif checkout_path is the workspace"
sarif=$(json broken 'r["steps"][2]["with"]["sarif_file"]')
check "$sarif" "$work/runner-broken/stacklint.sarif" "upload-sarif gets the SARIF file"
check "$(json broken 'r["outputs"]["sarif-file"]')" "$sarif" "output sarif-file"
"$PYTHON" - "$sarif" "$work/ws" >"$work/act-sarif.txt" 2>&1 <<'PY'
import json, os, sys
from urllib.parse import unquote
log = json.load(open(sys.argv[1]))
uris = [loc["physicalLocation"]["artifactLocation"]["uri"]
        for run in log["runs"] for res in run["results"] for loc in res["locations"]]
assert uris, "no results"
missing = [u for u in uris if not os.path.isfile(os.path.join(sys.argv[2], unquote(u)))]
assert not missing, f"not under checkout_path: {missing}"
assert not any(res["ruleId"] == "CR111" for run in log["runs"] for res in run["results"])
print(f"{len(uris)} results, every URI under checkout_path")
PY
check $? 0 "every SARIF result URI exists under checkout_path" "$work/act-sarif.txt"

run_action never paths=stacks fail-on=never
check "$(cat "$work/act-never.rc")" 0 "fail-on: never passes with findings" "$work/act-never.out"
contains "$work/act-never.out" "::warning file=stacks/broken/" "fail-on: never still annotates"
contains "$work/act-never.out" "title=CR111" "without args, CR111 is reported"

run_action bad paths=stacks fail-on=sometimes
check "$(cat "$work/act-bad.rc")" 2 "a bad fail-on is a usage error (exit 2)" "$work/act-bad.out"

# `version`: pip installs that tag of the action's repository. A local repository stands in for
# GitHub: its tag is this commit, its HEAD a commit that fails to build.
git clone -q "$clone" "$work/tagged"
git -C "$work/tagged" tag "v$version"
echo 'message(FATAL_ERROR "HEAD, not the tag, was built")' >>"$work/tagged/CMakeLists.txt"
git -C "$work/tagged" commit -qam "not the tag"
export GITHUB_SERVER_URL="file://$work" GITHUB_ACTION_REPOSITORY=tagged
run_action tag paths=stacks/clean version="v$version"
unset GITHUB_SERVER_URL GITHUB_ACTION_REPOSITORY
check "$(cat "$work/act-tag.rc")" 0 "version: installs the tag" "$work/act-tag.out"
check "$(json tag 'r["steps"][0]["outputs"].get("version")')" "stacklint $version" "version: the tag's stacklint runs"
