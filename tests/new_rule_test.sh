#!/usr/bin/env bash
# scripts/new-rule in a temporary copy of rules/: it writes a rule file that the catalog loader
# accepts (loaded here as a --rules file, with the `require` a user rule needs added), goldens
# that parse, and refuses bad or taken IDs and names. Usage: new_rule_test.sh path/to/stacklint
set -u
bin=$(readlink -f "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$root/rules" "$work/rules"
cd "$work" || exit 1
passed=0 failed=0
expect() {  # expect NAME WANTED_EXIT COMMAND...
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

new_rule=$root/scripts/new-rule
expect "scaffolds a rule" 0 "$new_rule" --root "$work" ZZ901 scaffold-check
rule=rules/ZZ901-scaffold-check.yaml cases=testdata/rules/ZZ901-scaffold-check
for file in "$rule" "$cases/bad.yaml" "$cases/good.yaml"; do
  if [ -f "$file" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL no $file"; fi
done
contains "the rule is left to edit" "$rule" "TODO"
contains "bad.yaml announces the rule" "$cases/bad.yaml" "# ERROR: ZZ901"
{ cat "$rule"; echo "require: '.*'"; } > user-rule.yaml
expect "the catalog loads it" 0 "$bin" rule ZZ901 --rules user-rule.yaml
contains "loaded with its name and severity" out.txt "ZZ901 scaffold-check (error)"
expect "its good.yaml lints clean" 0 "$bin" check --fail-on note "$cases/good.yaml"
expect "its bad.yaml parses" 0 "$bin" check --fail-on note "$cases/bad.yaml"
expect "a taken ID is refused" 1 "$new_rule" --root "$work" ZZ901 other-name
expect "a taken name is refused" 1 "$new_rule" --root "$work" ZZ902 uri-scheme
expect "a bad ID is refused" 2 "$new_rule" --root "$work" zz903 some-name
expect "a bad name is refused" 2 "$new_rule" --root "$work" ZZ904 Some_Name
if [ -e rules/ZZ902-uri-scheme.yaml ] || [ -e rules/zz903-some-name.yaml ]; then
  failed=$((failed + 1)); echo "FAIL a refused rule left a file"
else passed=$((passed + 1)); fi
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
