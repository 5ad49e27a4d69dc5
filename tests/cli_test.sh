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

# Every report format, as the binary's help lists them from its format table (report_formats.cpp).
formats=$("$bin" check --help | sed -n 's/.*--format TEXT:{\([a-z0-9,-]*\)}.*/\1/p' | tr ',' ' ')
if [ -n "$formats" ] && [ "${formats#text }" != "$formats" ]; then passed=$((passed + 1)); else
  failed=$((failed + 1)); echo "FAIL check --help lists the formats, text first: '$formats'"; fi

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
contains "missing path message" out.txt "missing.yaml: error: No such file or directory"
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
contains "symlink loop message" out.txt "loop1.yaml: error: broken symbolic link"
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
contains "unreadable file is named" out.txt "unreadable.yaml"
contains "permission really denied" out.txt "Permission denied"
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
# Built-in or user is decided by where a rule file came from, not by a rules/ in its path.
mkdir -p rules && cp badrule.yaml rules/badrule.yaml
expect "bad user regex in a rules/ folder is exit 2, not 3" 2 "$bin" check --rules rules/badrule.yaml other.yaml
contains "bad regex position in rules/" err.txt "rules/badrule.yaml:4:6: invalid regular expression"
expect "--diff with a missing input is exit 2" 2 "$bin" check --diff missing.yaml other.yaml
expect "rules list" 0 "$bin" rules
contains "rules list has CR104" out.txt "CR104   default-flavor-specific-uri"
expect "rule by name" 0 "$bin" rule default-flavor-specific-uri
contains "rule help" out.txt "Use instead:"
expect "unknown rule" 2 "$bin" rule CR999
contains "unknown rule message" err.txt "stacklint: unknown rule \`CR999\`"
expect "unknown rule as JSON" 2 "$bin" rule --format json CR999
contains "unknown rule message as JSON" err.txt "stacklint: unknown rule \`CR999\` (see"
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
contains "unknown key position" err.txt "bad-key.yaml:1:1: unknown key \`selct\`; did you mean \`select\`?"
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
contains "--fix summary" err.txt "fixed 3 problems in 1 file"
[ "$(stat -c %a fixes/a.yaml)" = 640 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL --fix changed the mode"; }
[ -z "$(ls fixes | grep -v '^a.yaml$')" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL --fix left files behind"; ls fixes; }

# --- issue 13: edges ---------------------------------------------------------------------------
absent() {  # absent NAME FILE TEXT
  if grep -qF -- "$3" "$2"; then failed=$((failed + 1)); echo "FAIL $1: '$3' in $2:"; cat "$2"; else
    passed=$((passed + 1)); fi
}
# 1. option values: ranges in words, sizes with suffixes, none, commands suggested
expect "-j -1 is a usage error" 2 "$bin" check -j -1 stacks
contains "-j range in words" err.txt "stacklint: --jobs: \`-1\` is not allowed; expected a whole number from 1 to 1024, or 0 for one per hardware thread"
[ "$(wc -c < err.txt)" -lt 200 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL -j message is long"; cat err.txt; }
expect "--max-file-size -1 is a usage error" 2 "$bin" check --max-file-size -1 stacks
contains "--max-file-size range" err.txt "expected a size from 1 byte to 4 GiB (e.g. 512KiB, 10MiB), or 0 or none for no bound"
expect "--max-file-size past 4GiB" 2 "$bin" check --max-file-size 18446744073709551615 stacks
expect "--max-depth -3 is a usage error" 2 "$bin" check --max-depth -3 stacks
contains "--max-depth range" err.txt "stacklint: --max-depth: \`-3\` is not allowed; expected a whole number from 1 to 1000"
expect "--max-depth none is no bound it means" 2 "$bin" check --max-depth none stacks
expect "--max-nodes 0 is a usage error" 2 "$bin" check --max-nodes 0 stacks
expect "--max-file-size 1KiB bounds" 1 "$bin" check --max-file-size 1KiB stacks/nested/warn.yml
contains "1KiB is 1024 bytes" out.txt "file is larger than 1024 bytes"
expect "--max-file-size none" 1 "$bin" check --max-file-size none --max-documents 0 stacks/nested/warn.yml
absent "none lints" out.txt "[SL007]"
expect "--max-file-size 2MiB" 0 "$bin" check --max-file-size 2MiB stacks/clean.yaml
expect "stacklint lint" 2 "$bin" lint stacks
contains "lint suggests check" err.txt "stacklint: unknown command \`lint\`; did you mean \`stacklint check\`?"
expect "a typo suggests the closest" 2 "$bin" flavours
contains "flavours suggests flavors" err.txt "did you mean \`stacklint flavors\`?"
expect "no command" 2 "$bin"
contains "no command names the commands" err.txt "a command is required: check, rules, rule, flavors or server"

# 3. inputs: UTF-16 and NUL stacks reported when walked, FIFOs never opened, unreadable folders
mkdir -p inputs/walk
iconv -f utf-8 -t utf-16 stacks/nested/warn.yml > inputs/walk/bom16.yaml
iconv -f utf-8 -t utf-16le stacks/nested/warn.yml > inputs/walk/le16.yaml
{ cat stacks/nested/warn.yml; printf '\0'; } > inputs/walk/nul.yaml
printf 'a: 1\n\0' > inputs/walk/binary-not-a-stack.yaml
expect "walked UTF-16/NUL stacks are reported" 1 "$bin" check inputs/walk
contains "UTF-16 with BOM" out.txt "inputs/walk/bom16.yaml:1:1: error: invalid YAML: file is UTF-16"
contains "UTF-16 without BOM" out.txt "inputs/walk/le16.yaml:1:2: error: invalid YAML: file looks UTF-16"
contains "NUL stack" out.txt "inputs/walk/nul.yaml:"
absent "a binary non-stack is skipped" out.txt "binary-not-a-stack"
mkfifo inputs/walk/pipe.yaml inputs/pipe.yaml
expect "a walked FIFO is skipped" 1 timeout 20 "$bin" check inputs/walk
absent "walked FIFO not named" out.txt "pipe.yaml"
expect "a named FIFO is a message" 2 timeout 20 "$bin" check inputs/pipe.yaml stacks/clean.yaml
contains "FIFO message" out.txt "inputs/pipe.yaml: error: is a FIFO (named pipe): not read"
expect "a device is a message" 2 "$bin" check /dev/null
contains "device message" out.txt "is a device: not read"
mkdir -p inputs/locked/inner && cp stacks/clean.yaml inputs/locked/inner/s.yaml && chmod 000 inputs/locked/inner
if [ "$(id -u)" = 0 ]; then  # root reads anything: check as nobody
  chmod 755 "$work" inputs; chmod -R a+rX stacks
  as_user() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
else as_user() { "$@"; }; fi
expect "an unreadable folder is exit 2" 2 as_user "$bin" check inputs/locked stacks/clean.yaml
contains "unreadable folder message" out.txt "inputs/locked/inner: error: cannot read this folder: Permission denied"
chmod 755 inputs/locked/inner
for format in $formats; do
  "$bin" check -f $format -o problem.$format missing.yaml inputs/pipe.yaml stacks/clean.yaml 2>/dev/null
  contains "input problems in $format" problem.$format "missing.yaml"
  contains "FIFO in $format" problem.$format "pipe.yaml"
done
rm inputs/pipe.yaml inputs/walk/pipe.yaml

# 4. config per file (.stacklint.yaml or pyproject.toml [tool.stacklint]), --config for all
mkdir -p percfg/a/deep percfg/b percfg/c/sub percfg/d
for d in percfg percfg/a/deep percfg/b percfg/c/sub percfg/d; do cp stacks/nested/warn.yml $d/s.yaml; done
printf 'severity: {CR104: error}\n' > percfg/a/.stacklint.yaml
printf '[project]\nname = "x"\n\n[tool.stacklint]\nignore = ["cr104"]\n' > percfg/b/pyproject.toml
printf '[project]\nname = "no table here"\n' > percfg/c/pyproject.toml
printf 'exclude: ["sub/"]\n' > percfg/c/.stacklint.yaml
printf '[tool.stacklint]\nselct = ["CR104"]\n' > percfg/d/pyproject.toml
expect "each file gets its closest config" 1 "$bin" check -q percfg/a percfg/b percfg/c percfg/s.yaml
contains "a/.stacklint.yaml applies below a" out.txt "percfg/a/deep/s.yaml:7:13: error:"
absent "pyproject.toml [tool.stacklint] applies in b" out.txt "percfg/b/s.yaml:7:13"
contains "b's other findings stay" out.txt "percfg/b/s.yaml:59:12: warning:"
absent "c's exclude is relative to c" out.txt "percfg/c/sub"
contains "no config at the top" out.txt "percfg/s.yaml:7:13: warning:"
expect "a TOML config mistake is exit 2 with its position" 2 "$bin" check percfg/d
contains "TOML position" err.txt "percfg/d/pyproject.toml:2:1: unknown key \`selct\`; did you mean \`select\`?"
printf '[tool.stacklint\n' > percfg/d/pyproject.toml
expect "broken TOML is exit 2" 2 "$bin" check percfg/d
contains "broken TOML position" err.txt "percfg/d/pyproject.toml:1:"
rm percfg/d/pyproject.toml
expect "--config applies to every file" 1 "$bin" check -q --config percfg/a/.stacklint.yaml percfg/b
contains "--config over pyproject" out.txt "percfg/b/s.yaml:7:13: error:"
expect "--config pyproject.toml" 0 "$bin" check -q --config percfg/b/pyproject.toml --fail-on error percfg/a
expect "--config with --no-config" 2 "$bin" check --config percfg/a/.stacklint.yaml --no-config percfg
contains "--config with --no-config names both" err.txt "stacklint: --config FILE and --no-config contradict each other"
expect "--no-config before --config" 2 "$bin" check --no-config --config percfg/a/.stacklint.yaml percfg
contains "--no-config before --config names both" err.txt "--config FILE and --no-config"
printf 'select: [CR104]\nignore: [CR111]\nselect: [CR1]\n' > dup.yaml
expect "duplicate config keys" 2 "$bin" check --config dup.yaml stacks
contains "duplicate key position" err.txt "dup.yaml:3:1: duplicate key \`select\` (first on line 1)"
printf 'kind: flavor\nname: mine\ncomponent_type: container_registry\nuri: x\nname: again\n' > dup-rules.yaml
expect "duplicate rule file keys" 2 "$bin" check --rules dup-rules.yaml stacks
contains "duplicate key in a rule file, in the config's words" err.txt "dup-rules.yaml:5:1: duplicate key \`name\` (first on line 2)"
expect "missing config file" 2 "$bin" check --config no-such.yaml stacks
contains "missing config file named as a rule file is" err.txt "stacklint: config file no-such.yaml: "

# 5. baselines: paths relative to the baseline's folder, version checked
mkdir -p bl/stacks bl/ci && cp stacks/nested/warn.yml bl/stacks/s.yaml
(cd bl && "$bin" check --write-baseline ci/base.json stacks 2>/dev/null)
contains "baseline path relative to its folder" bl/ci/base.json '"path":"../stacks/s.yaml"'
(cd bl/stacks && "$bin" check --baseline ../ci/base.json . >"$work/out.txt" 2>&1); code=$?
[ "$code" = 0 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL baseline from another folder: exit $code"; cat out.txt; }
absent "no SL011 from another folder" out.txt "SL011"
expect "baseline from the top" 0 "$bin" check --baseline bl/ci/base.json bl
sed 's/"version": 2/"version": 9/' bl/ci/base.json > bl/v9.json
expect "unknown baseline version" 2 "$bin" check --baseline bl/v9.json bl
contains "version message" err.txt "baseline \`version\` is 9; this stacklint reads versions 1 to 2"

# 6. stdin
expect "--stdin-filename without -" 2 "$bin" check --stdin-filename x.yaml stacks
contains "stdin-filename message" err.txt "add \`-\` to the paths"
expect "empty stdin" 2 sh -c "\"$bin\" check - < /dev/null"
contains "empty stdin message" out.txt "standard input is empty or closed"
expect "closed stdin" 2 sh -c "\"$bin\" check - <&-"
printf 'exclude: ["gen/"]\n' > percfg/.stacklint.yaml
expect "exclude applies to the stdin name" 0 sh -c "cd percfg && \"$bin\" check --stdin-filename gen/s.yaml - < s.yaml"
contains "excluded stdin" out.txt "no problems found in 0 files"

# 7. reports agree: JUnit counts, plurals, one path rendering, carets by display width
printf 'apiVersion: v1\nkind: Service\n' > note.yaml  # SL003, a note
printf 'zenml_version: 0.74.0\nstack_name: s\ncomponents:\n  container_registry:\n    name: r\n    flavor: default\n    configuration: {uri: "ghcr.io/acme"}\n' > one.yaml
"$bin" check -f junit --fail-on error note.yaml stacks/nested/warn.yml > junit.xml
python3 - junit.xml <<'PY' && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL junit counts"; cat junit.xml; }
import sys, xml.dom.minidom as m
suite = m.parse(sys.argv[1]).getElementsByTagName("testsuite")[0]
tests, failures = int(suite.getAttribute("tests")), int(suite.getAttribute("failures"))
assert tests == 2 and failures == 0, (tests, failures)  # warnings and notes are below --fail-on error
assert not suite.getElementsByTagName("failure") and suite.getElementsByTagName("system-out")
PY
"$bin" check -f junit note.yaml stacks/nested/warn.yml > junit.xml
python3 - junit.xml <<'PY' && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL junit failures per test case"; cat junit.xml; }
import sys, xml.dom.minidom as m
suite = m.parse(sys.argv[1]).getElementsByTagName("testsuite")[0]
cases = suite.getElementsByTagName("testcase")
failed = sum(1 for c in cases if c.getElementsByTagName("failure"))
assert int(suite.getAttribute("tests")) == len(cases) == 2
assert int(suite.getAttribute("failures")) == failed == 1  # the note is below --fail-on warning
PY
expect "one file, one fix" 1 "$bin" check stacks/clean.yaml note.yaml one.yaml
contains "plural: 1 note" out.txt "0 errors, 1 warning, 1 note in 3 files; 1 fixable with --fix"
mkdir -p plural && cp one.yaml plural/a.yaml
expect "--diff with one fix" 1 "$bin" check --diff plural
contains "plural: 1 fix in 1 file" err.txt "1 fix is available in 1 file"
"$bin" check --fix plural 2>err.txt >/dev/null
contains "plural: fixed 1 problem" err.txt "fixed 1 problem in 1 file"
printf 'zenml_version: 0.74.0\ncomponents:\n  container_registry:\n    name: "\xe4\xb8\xad\xe6\x96\x87\tx"\n    flavor: default\n    configuration: {name: "\xe4\xb8\xad\xe6\x96\x87", uri: "ghcr.io/acme"}\n' > wide.yaml
"$bin" check wide.yaml > out.txt
python3 - out.txt <<'PY' && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL carets under wide characters"; cat out.txt; }
import sys, unicodedata
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
def width(s): return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
checked = 0
for i, line in enumerate(lines):
    if "configuration: {" in line:
        caret = lines[i + 1]
        col = width(line[:line.index("name:")])  # CR102's unknown key `name` after two wide chars
        assert width(caret[:caret.index("^")]) == col, (line, caret)
        checked += 1
assert checked == 1
PY
odd=$(printf 'odd\nname.yaml')
cp stacks/nested/warn.yml "$odd"
for format in text json github junit; do "$bin" check -f $format "$odd" > odd.$format; done
for format in text github junit; do contains "one rendering in $format" odd.$format 'odd\x0aname.yaml'; done
python3 -c 'import json; assert json.load(open("odd.json"))["findings"][0]["path"] == "odd\\x0aname.yaml"' && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL one rendering in json"; }
rm "$odd"

# 8. catalog commands: --rules and --format everywhere, custom flavors, any case, spaces
printf 'kind: flavor\nname: harbor\ncomponent_type: container_registry\nhost: "^harbor\\\\.acme\\\\.io$"\nuri: "^harbor\\\\.acme\\\\.io/[a-z]+$"\nexamples: [harbor.acme.io/ml]\nschema: container_registry.schema.json\n' > harbor.yaml
expect "rules --rules" 0 "$bin" rules --rules acme.yaml
contains "custom rule listed" out.txt "ACME001"
expect "rules --format json --rules" 0 "$bin" rules --format json --rules acme.yaml
python3 -c 'import json,sys; assert any(r["id"]=="ACME001" for r in json.load(open("out.txt")))' && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL rules json"; }
expect "rule lower-case id, json, custom" 0 "$bin" rule acme001 --rules acme.yaml --format json
python3 -c 'import json; r=json.load(open("out.txt")); assert r["id"]=="ACME001" and r["name"]=="registry-outside-acme"' && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL rule json"; cat out.txt; }
expect "flavors --format json --rules" 0 "$bin" flavors --format json --rules harbor.yaml
python3 -c 'import json; f={x["name"]: x for x in json.load(open("out.txt"))}; assert "aws" in f and f["harbor"]["form"]=="a URI like harbor.acme.io/ml"' && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL flavors json"; cat out.txt; }
expect "flavors text shows a custom flavor" 0 "$bin" flavors --rules harbor.yaml
contains "custom flavor text" out.txt "harbor: "
printf 'zenml_version: 0.74.0\nstack_name: s\ncomponents:\n  container_registry:\n    name: r\n    flavor: harbor\n    configuration:\n      uri: harbor.acme.io/ML-Team\n' > harbor-stack.yaml
"$bin" check --rules harbor.yaml --select CR103 harbor-stack.yaml > out.txt
absent "no empty form in messages" out.txt "expected  ["
expect "--select with spaces and any case" 0 "$bin" check --select "cr104, CR111" --fail-on never stacks/nested/warn.yml
contains "spaced select works" out.txt "[CR104]"
expect "--ignore by name, any case" 0 "$bin" check --ignore "Default-Flavor-Specific-URI, cr111" stacks/nested/warn.yml

# 9. README: the VS Code problem matcher reads the text report, the suppression example lints
# clean, the rules table lists every rule
"$bin" check -q --no-color stacks/nested/warn.yml note.yaml > matcher.txt
python3 - "$root/README.md" matcher.txt <<'PY' && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL README problem matcher"; }
import json, re, sys
readme = open(sys.argv[1]).read()
blocks = re.findall(r"```json\n(.*?)```", readme, re.S)
task = json.loads(next(b for b in blocks if "problemMatcher" in b))["tasks"][0]["problemMatcher"]
pattern = re.compile(task["pattern"]["regexp"])
lines = [l for l in open(sys.argv[2]).read().splitlines() if l]
assert lines and all(pattern.match(l) for l in lines), [l for l in lines if not pattern.match(l)]
assert {pattern.match(l).group(4) for l in lines} == {"warning", "note"}
PY
python3 - "$root/README.md" > readme-suppression.yaml <<'PY'
import re, sys
print(next(b for b in re.findall(r"```yaml\n(.*?)```", open(sys.argv[1]).read(), re.S) if "ignore[CR104]" in b), end="")
PY
expect "the README suppression example lints clean" 0 "$bin" check --no-config readme-suppression.yaml
"$bin" rules --format json > rules.json
python3 - "$root/README.md" rules.json <<'PY' && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL README rules table"; }
import json, sys
readme = open(sys.argv[1]).read()
missing = [r["id"] for r in json.load(open(sys.argv[2])) if f"| {r['id']} | {r['name']} |" not in readme]
assert not missing, missing
PY

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
