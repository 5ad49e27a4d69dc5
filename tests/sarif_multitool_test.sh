#!/usr/bin/env bash
# Validates fresh SARIF output with Microsoft's SARIF multitool and GitHub's ingestion rules
# ("Gh;Sarif"). The multitool exits 0 even on invalid input, so its log is read instead: any
# error-level result fails. Installs the multitool from the npm registry into NPM_DIR (default
# build/npm). Usage: sarif_multitool_test.sh path/to/stacklint
set -eu
bin=$(readlink -f "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
npm_dir=${NPM_DIR:-$root/build/npm}
mkdir -p "$npm_dir"
if [ ! -x "$npm_dir/node_modules/.bin/sarif-multitool" ]; then
  (cd "$npm_dir" && npm install --no-audit --no-fund --silent @microsoft/sarif-multitool >/dev/null)
fi
chmod u+x "$npm_dir"/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool 2>/dev/null || true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
"$bin" check -f sarif examples > "$work/examples.sarif" || true
(cd testdata && "$bin" check -f sarif formats rules/SEC301-plaintext-credential/bad.yaml missing.yaml > "$work/formats.sarif") || true
passed=0 failed=0
for sarif in "$work"/*.sarif; do
  (cd "$npm_dir" && npx --no-install sarif-multitool validate "$sarif" -o "$sarif.log" \
     --log ForceOverwrite --rule-kind '"Gh;Sarif"' >/dev/null)
  if python3 - "$sarif.log" <<'PY'
import json, sys
results = [r for run in json.load(open(sys.argv[1]))["runs"] for r in run.get("results", [])]
for r in results:
    text = r["message"].get("text") or " ".join(r["message"].get("arguments", []))
    print(f"  {r.get('level', 'warning')} {r['ruleId']}: {text}")
sys.exit(1 if any(r.get("level") == "error" for r in results) else 0)
PY
  then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $(basename "$sarif")"; fi
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
