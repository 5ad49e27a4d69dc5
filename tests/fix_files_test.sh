#!/usr/bin/env bash
# How --fix, --diff and stdin fixes treat files: symlinks followed (link kept), hard links and
# other owners' files written in place, unwritable files refused with the findings still reported
# (exit 2), --fix on stdin printing the fixed document, --diff exit codes and -o.
# Usage: fix_files_test.sh path/to/stacklint
set -u
bin=$(readlink -f "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
cd "$work"
passed=0 failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL $*"; }
check() { if eval "$2"; then ok; else bad "$1"; fi; }

bad_yaml=$root/testdata/rules/CR104-default-flavor-specific-uri/bad.yaml
fixed_yaml=$root/testdata/rules/CR104-default-flavor-specific-uri/bad.fixed.yaml

# A symlink: the target gets the fixes, the link stays a link.
mkdir real && cp "$bad_yaml" real/stack.yaml && ln -s real/stack.yaml link.yaml
"$bin" check --fix link.yaml >out.txt 2>err.txt
check "symlink kept" '[ -L link.yaml ] && [ "$(readlink link.yaml)" = real/stack.yaml ]'
check "symlink target fixed" 'cmp -s real/stack.yaml "$fixed_yaml"'
check "no temp file left" '[ -z "$(ls -A real | grep -v "^stack.yaml$")" ]'

# A hard link: both names still share one fixed file.
cp "$bad_yaml" one.yaml && ln one.yaml two.yaml
"$bin" check --fix one.yaml >out.txt 2>err.txt
check "hard link kept" '[ "$(stat -c %i one.yaml)" = "$(stat -c %i two.yaml)" ] && [ "$(stat -c %h one.yaml)" = 2 ]'
check "hard-linked file fixed" 'cmp -s two.yaml "$fixed_yaml"'

# Mode kept.
cp "$bad_yaml" mode.yaml && chmod 640 mode.yaml
"$bin" check --fix mode.yaml >out.txt 2>err.txt
check "mode kept" '[ "$(stat -c %a mode.yaml)" = 640 ] && cmp -s mode.yaml "$fixed_yaml"'

# A file the user may not write: refused with a message, its findings still reported, exit 2.
as_user() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  if command -v setpriv >/dev/null; then
    as_user() { setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"; }
  else as_user() { return 99; }; fi
fi
mkdir shared && chmod 777 shared && cp "$bad_yaml" shared/ro.yaml && chmod 444 shared/ro.yaml
as_user "$bin" check --fix shared/ro.yaml >out.txt 2>err.txt
code=$?
if [ "$code" != 99 ]; then
  check "unwritable: exit 2" '[ "$code" = 2 ]'
  check "unwritable: message" 'grep -q "shared/ro.yaml: error: cannot write fixes: the file is not writable" out.txt'
  check "unwritable: file unchanged" 'cmp -s shared/ro.yaml "$bad_yaml"'
  check "unwritable: its findings reported" 'grep -q "\[CR104\]" out.txt && ! grep -q "fixed" err.txt'
  # Another user's file that we may write (group-writable): written in place, owner kept.
  cp "$bad_yaml" shared/theirs.yaml && chmod 666 shared/theirs.yaml
  owner=$(stat -c %u shared/theirs.yaml)
  as_user "$bin" check --fix shared/theirs.yaml >out.txt 2>err.txt
  check "other owner kept" '[ "$(stat -c %u shared/theirs.yaml)" = "$owner" ] && cmp -s shared/theirs.yaml "$fixed_yaml"'
fi

# --fix on standard input: the fixed document on stdout, the findings on stderr.
"$bin" check --fix --stdin-filename ci/stack.yaml - <"$bad_yaml" >out.txt 2>err.txt
code=$?
check "stdin fix: stdout is the fixed document" 'cmp -s out.txt "$fixed_yaml"'
check "stdin fix: findings on stderr" 'grep -q "^ci/stack.yaml:59:12: warning: .*\[CR111\]" err.txt'
check "stdin fix: exit 1 for the warning left" '[ "$code" = 1 ]'
printf 'zenml_version: 0.74.0\nstack_name: s\n' | "$bin" check --fix - >out.txt 2>err.txt
check "stdin fix: nothing to fix prints the input" '[ "$(cat out.txt)" = "$(printf "zenml_version: 0.74.0\nstack_name: s")" ]'

# --diff: exit 1 when a file would change, 0 when not; -o gets the diff; nothing is written.
cp "$bad_yaml" d.yaml
"$bin" check --diff d.yaml >out.txt 2>err.txt
code=$?
check "--diff exit 1 when a file would change" '[ "$code" = 1 ]'
check "--diff prints a diff" 'grep -q "^+++ b/d.yaml" out.txt && cmp -s d.yaml "$bad_yaml"'
"$bin" check --diff -o changes.diff d.yaml >out.txt 2>err.txt
check "--diff -o writes the file" 'grep -q "^+++ b/d.yaml" changes.diff && [ ! -s out.txt ]'
cp "$fixed_yaml" clean.yaml
"$bin" check --diff clean.yaml >out.txt 2>err.txt
code=$?
check "--diff exit 0 when nothing would change" '[ "$code" = 0 ] && [ ! -s out.txt ]'

echo "fix_files_test: $passed passed, $failed failed"
[ "$failed" = 0 ]
