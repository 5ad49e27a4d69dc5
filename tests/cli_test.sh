#!/usr/bin/env bash
# End-to-end checks of the stacklint binary: exit codes (SPEC §1), walking, -o, --rules, -j
# determinism, stdin. Usage: cli_test.sh path/to/stacklint
set -u
bin=$(readlink -f "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
passed=0 failed=0

expect() {  # expect NAME WANTED_EXIT COMMAND...: runs COMMAND, compares its exit code
  local name=$1 want=$2; shift 2
  "$@" >out.txt 2>err.txt
  local got=$?
  if [ "$got" = "$want" ]; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL $name: exit $got, wanted $want"; cat out.txt err.txt; fi
}
contains() {  # contains NAME FILE TEXT
  if grep -qF -- "$3" "$2"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL $1: '$3' not in $2:"; cat "$2"; fi
}

mkdir -p stacks/nested .hidden
cp "$root/testdata/ok/gcp-vertex-stack.yaml" stacks/clean.yaml
cp "$root/testdata/rules/CR104-default-flavor-specific-uri/bad.yaml" stacks/nested/warn.yml
cp "$root/testdata/rules/CR105-aws-uri-path/bad.yaml" .hidden/skipped.yaml
printf 'apiVersion: v1\nkind: Service\n' > stacks/k8s.yaml
printf 'a: {{ .Values.x }\n' > stacks/helm.yaml

expect "clean file exits 0" 0 "$bin" check stacks/clean.yaml
contains "clean summary" out.txt "no problems found in 1 file"
expect "warnings fail by default" 1 "$bin" check stacks
contains "walks nested .yml" out.txt "stacks/nested/warn.yml:"
if grep -q "skipped.yaml\|k8s.yaml\|helm.yaml" out.txt; then
  failed=$((failed + 1)); echo "FAIL hidden folders and non-stack files are skipped when walking"
else passed=$((passed + 1)); fi
expect "--fail-on error ignores warnings" 0 "$bin" check --fail-on error stacks/nested/warn.yml
expect "--fail-on never" 0 "$bin" check --fail-on never stacks
expect "named non-stack file is a note" 0 "$bin" check stacks/k8s.yaml
contains "SL003 note" out.txt "stacks/k8s.yaml:1:1: note:"
expect "--fail-on note counts notes" 1 "$bin" check --fail-on note stacks/k8s.yaml
expect "missing path: exit 2, the rest still linted" 2 "$bin" check missing.yaml stacks/nested/warn.yml
contains "missing path message" err.txt "stacklint: missing.yaml: No such file or directory"
contains "other file still reported" out.txt "stacks/nested/warn.yml:7:13: warning:"
expect "default path is ." 1 "$bin" check
contains "default path walks" out.txt "stacks/nested/warn.yml:"
expect "-o writes the report" 1 "$bin" check -f sarif -o report.sarif stacks
contains "-o SARIF file" report.sarif '"ruleId": "CR104"'
expect "bad option is a usage error" 2 "$bin" check --format xml stacks
expect "no subcommand is a usage error" 2 "$bin"
expect "--version" 0 "$bin" --version
contains "version text" out.txt "stacklint "
for j in 1 2 8; do "$bin" check -j $j -f sarif stacks > "j$j.sarif"; done
if cmp -s j1.sarif j2.sarif && cmp -s j1.sarif j8.sarif; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL output differs with -j"; fi
expect "stdin with --stdin-filename" 1 sh -c "\"$bin\" check --stdin-filename ci/stack.yaml - < stacks/nested/warn.yml"
contains "stdin reported under its name" out.txt "ci/stack.yaml:7:13: warning:"

GITHUB_STEP_SUMMARY=$work/summary.md expect "github format" 1 "$bin" check -f github stacks
contains "github annotation" out.txt "::warning file=stacks/nested/warn.yml,line=7,col=13,"
contains "github step summary" summary.md "| warning | \`stacks/nested/warn.yml:7:13\` | CR104 default-flavor-specific-uri |"
printf '\x00\x01binary\xff\xfe' > stacks/binary.yaml
for format in json junit sarif; do
  "$bin" check -f $format stacks stacks/binary.yaml > report.$format
  if python3 -c "import json,sys,xml.dom.minidom as m; f=sys.argv[1]; (m.parse(f) if f.endswith('junit') else json.load(open(f)))" report.$format; then
    passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $format output does not parse"; fi
done
rm stacks/binary.yaml
expect "--select limits the rules" 0 "$bin" check --select CR1,SL stacks/nested/warn.yml --fail-on error
expect "--ignore a rule by name" 0 "$bin" check --ignore default-flavor-specific-uri,CR111 stacks/nested/warn.yml
expect "--select with an unknown rule is exit 2" 2 "$bin" check --select CR999 stacks
contains "unknown rule message" err.txt "\`CR999\` names no rule"

ln -s loop1.yaml loop2.yaml; ln -s loop2.yaml loop1.yaml
expect "symlink loop: a message, exit 2" 2 "$bin" check loop1.yaml
contains "symlink loop message" err.txt "loop1.yaml: broken symbolic link"
mkdir dir.yaml && cp stacks/clean.yaml dir.yaml/inner.yaml
expect "a folder named x.yaml is walked" 0 "$bin" check dir.yaml
# As root every file is readable: run as nobody (as hostile_test.sh does) so that it is not.
as_user=()
if [ "$(id -u)" = 0 ]; then
  command -v setpriv >/dev/null || { echo "FAIL setpriv (util-linux) is needed as root"; exit 1; }
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  chmod 755 "$work" && chmod -R a+rX stacks
fi
cp stacks/clean.yaml unreadable.yaml && chmod 000 unreadable.yaml
expect "unreadable file: exit 2" 2 "${as_user[@]}" "$bin" check unreadable.yaml stacks/clean.yaml
contains "unreadable file is named" err.txt "unreadable.yaml"
contains "permission really denied" err.txt "Permission denied"
contains "the other file is still linted" out.txt "no problems found in 1 file"

cat > acme.yaml <<'RULES'
kind: rule
id: ACME001
name: registry-outside-acme
severity: error
summary: Registries live in the acme GitHub org.
message: "uri `{value}` is outside ghcr.io/acme"
flavors: [github]
require: '^ghcr\.io/acme(/|$)'
RULES
printf 'zenml_version: 0.74.0\nstack_name: s\ncomponents:\n  container_registry:\n    name: r\n    flavor: github\n    configuration:\n      uri: ghcr.io/other\n' > other.yaml
expect "--rules adds a user rule" 1 "$bin" check --rules acme.yaml other.yaml
contains "user rule fires" out.txt "other.yaml:8:12: error: uri \`ghcr.io/other\` is outside ghcr.io/acme [ACME001]"
printf 'kind: flavor\nname: x\ncomponent_type: container_registry\nuri: "(unclosed"\n' > badrule.yaml
expect "bad user regex is exit 2" 2 "$bin" check --rules badrule.yaml other.yaml
contains "bad regex position" err.txt "badrule.yaml:4:6: invalid regular expression"
expect "rules list" 0 "$bin" rules
contains "rules list has CR104" out.txt "CR104   default-flavor-specific-uri"
expect "rule by name" 0 "$bin" rule default-flavor-specific-uri
contains "rule help" out.txt "Use instead:"
expect "unknown rule" 2 "$bin" rule CR999
expect "flavors" 0 "$bin" flavors
contains "flavors list aws" out.txt "715803424592.dkr.ecr.us-east-1.amazonaws.com"

# --- colour: only on a terminal, never with NO_COLOR or --no-color ---------------------------
if command -v script >/dev/null; then
  script -qc "\"$bin\" check stacks/nested/warn.yml" /dev/null > tty.txt
  NO_COLOR=1 script -qc "\"$bin\" check stacks/nested/warn.yml" /dev/null > tty-no-color.txt
  script -qc "\"$bin\" check --no-color stacks/nested/warn.yml" /dev/null > tty-flag.txt
  "$bin" check stacks/nested/warn.yml > pipe.txt
  esc=$(printf '\033')
  grep -q "$esc\[1;33mwarning" tty.txt && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL no colour on a terminal"; }
  for f in tty-no-color.txt tty-flag.txt pipe.txt; do
    grep -q "$esc" $f && { failed=$((failed + 1)); echo "FAIL colour in $f"; } || passed=$((passed + 1))
  done
fi

# --- configuration (.stacklint.yaml) -------------------------------------------------------
mkdir -p proj/stacks/legacy proj/sub proj/vendor
cp "$root/testdata/rules/CR104-default-flavor-specific-uri/bad.yaml" proj/stacks/warn.yaml
cp "$root/testdata/rules/CR111-gcr-deprecated/bad.yaml" proj/stacks/legacy/old.yaml
cp "$root/testdata/rules/CR105-aws-uri-path/bad.yaml" proj/vendor/third.yaml
cp acme.yaml proj/acme-rules.yaml
cp other.yaml proj/stacks/other.yaml
cat > proj/.stacklint.yaml <<'CONFIG'
select: [CR, SL, ACME001]
ignore: [CR107]
severity: {CR104: error}
fail-on: error
rules: [acme-rules.yaml]
exclude: ["vendor/"]
per-file-ignores:
  "stacks/legacy/*.yaml": [CR111]
zenml-version: 0.74.0
CONFIG
(cd proj/sub && "$bin" check .. >"$work/out.txt" 2>"$work/err.txt"); code=$?
[ "$code" = 1 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL config found upward: exit $code"; cat out.txt err.txt; }
contains "severity override" out.txt "../stacks/warn.yaml:7:13: error: flavor"
contains "config rules file" out.txt "[ACME001]"
if grep -q "third.yaml\|legacy/old.yaml" out.txt; then failed=$((failed + 1)); echo "FAIL exclude / per-file-ignores"; cat out.txt; else passed=$((passed + 1)); fi
expect "--no-config" 0 "$bin" check --no-config --fail-on never --select CR104 proj/stacks
contains "--no-config keeps default severity" out.txt "proj/stacks/warn.yaml:7:13: warning:"
printf 'selct: [CR]\n' > bad-key.yaml
expect "unknown config key is exit 2" 2 "$bin" check --config bad-key.yaml stacks
contains "unknown key position" err.txt "bad-key.yaml:1:1: unknown setting \`selct\`; did you mean \`select\`?"
printf 'ignore: [CR104, CR9999]\n' > bad-id.yaml
expect "unknown rule in config is exit 2" 2 "$bin" check --config bad-id.yaml stacks
contains "unknown rule position" err.txt "bad-id.yaml:1:17: \`CR9999\` names no rule"
printf 'exclude: ["[abc"]\n' > bad-glob.yaml
expect "bad glob is exit 2" 2 "$bin" check --config bad-glob.yaml stacks
contains "bad glob position" err.txt "bad-glob.yaml:1:11: unclosed"

# --- baseline round trip ---------------------------------------------------------------------
mkdir base && cp "$root/testdata/rules/CR104-default-flavor-specific-uri/bad.yaml" base/s.yaml
expect "write a baseline" 0 "$bin" check --write-baseline base.json base
contains "baseline written" err.txt "wrote 7 findings to base.json"
expect "baseline hides everything" 0 "$bin" check --baseline base.json base
contains "baseline: nothing left" out.txt "no problems found in 1 file"
{ printf '# a new comment\n# and another\n'; cat base/s.yaml; } > base/s2.yaml && mv base/s2.yaml base/s.yaml
expect "baseline survives lines inserted above" 0 "$bin" check --baseline base.json base
sed -i '0,/flavor: default/s//flavor: gcp/' base/s.yaml
expect "a fixed finding leaves a note" 0 "$bin" check --baseline base.json base
contains "stale baseline entry" out.txt "base.json:2:1: note: baseline entry for CR104"
expect "not a baseline is exit 2" 2 "$bin" check --baseline acme.yaml base

# --- fixes -------------------------------------------------------------------------------------
mkdir fixes && cp "$root/testdata/rules/CR106-uri-scheme/bad.yaml" fixes/a.yaml && chmod 640 fixes/a.yaml
before=$(cat fixes/a.yaml)
expect "--diff writes nothing" 1 "$bin" check --diff fixes
[ "$before" = "$(cat fixes/a.yaml)" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL --diff changed the file"; }
contains "--diff output" out.txt "+      uri: ghcr.io/acme"
expect "--fix fixes and reports what is left" 0 "$bin" check --fix fixes
contains "--fix summary" err.txt "fixed 3 problems in 1 files"
[ "$(stat -c %a fixes/a.yaml)" = 640 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL --fix changed the mode"; }
[ -z "$(ls fixes | grep -v '^a.yaml$')" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL --fix left files behind"; ls fixes; }

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
