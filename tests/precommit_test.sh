#!/usr/bin/env bash
# The pre-commit hook, run by the real pre-commit (Debian's package) with `pre-commit try-repo`
# on a scratch repository with a Helm template, CI workflows, a manifest and stacks: a clean
# stack passes, a broken one fails with only its finding shown, and the batches pre-commit runs
# in parallel read as one report (no per-batch summaries).
# Usage: precommit_test.sh path/to/stacklint. try-repo reads the hook repository's committed
# .pre-commit-hooks.yaml (plus uncommitted changes, which it snapshots).
set -u
bin=$(readlink -f "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
command -v pre-commit >/dev/null || { echo "pre-commit is not installed (scripts/install-deps.sh)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PATH="$(dirname "$bin"):$PATH" PRE_COMMIT_HOME="$work/cache"
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
passed=0 failed=0
check() { if [ "$1" = "$2" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $3 (got $1, wanted $2)"; cat "$work/out.txt"; fi; }

# The hook that runs the stacklint on PATH (`stacklint-system` once a pip-built `stacklint` hook
# exists beside it).
hook=stacklint
grep -q 'id: stacklint-system' "$root/.pre-commit-hooks.yaml" && hook=stacklint-system

mkdir "$work/repo" && cd "$work/repo" && git init -q
cp "$root/examples/clean/gcp-vertex.yaml" stack.yaml
printf 'name: ci\non: push\njobs: {}\n' > workflow.yml  # not a stack: no noise
mkdir templates  # a Helm template is not YAML until rendered: skipped, not SL001
printf 'apiVersion: v1\nkind: ConfigMap\n{{- if .Values.x }}\ndata: {{ .Values.y | toYaml }}\n{{- end }}\n' > templates/cm.yaml
mkdir -p .github/workflows k8s stacks  # enough files for pre-commit to run several batches
for i in 1 2 3 4 5 6; do
  printf 'name: ci%s\non: [push]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{run: "true"}]\n' $i > .github/workflows/ci$i.yml
  printf 'apiVersion: v1\nkind: Service\nmetadata: {name: s%s}\n' $i > k8s/svc$i.yaml
  cp "$root/examples/clean/gcp-vertex.yaml" stacks/clean$i.yaml
done
git add . && git commit -qm init
pre-commit try-repo "$root" "$hook" --all-files >"$work/out.txt" 2>&1
check $? 0 "clean stack passes"

cp "$root/examples/broken/default-flavor-for-ghcr.yaml" broken.yaml
git add broken.yaml
pre-commit try-repo "$root" "$hook" --all-files >"$work/out.txt" 2>&1
check $? 1 "broken stack fails"
grep -q "broken.yaml:7:13: warning: flavor \`default\` is used for \`ghcr.io/acme-ml\`" "$work/out.txt"
check $? 0 "the finding is shown"
# Only the broken stack fails: no other file is named in the output.
grep -E '^[^ ]+\.ya?ml:[0-9]+:[0-9]+: ' "$work/out.txt" | grep -v '^broken\.yaml:' >"$work/others.txt"
check "$(wc -l <"$work/others.txt")" 0 "only broken.yaml has findings ($(head -c 300 "$work/others.txt"))"
if grep -q "SL003" "$work/out.txt"; then check 1 0 "no SL003 for workflow.yml"; else check 0 0 ""; fi
if grep -q "templates/cm.yaml" "$work/out.txt"; then check 1 0 "the Helm template is skipped"; else check 0 0 ""; fi
# pre-commit runs the hook once per batch of files; no batch adds a summary of its own.
if grep -Eq "no problems found|[0-9]+ errors?, [0-9]+ warnings?" "$work/out.txt"; then
  check 1 0 "no per-batch summaries"; else check 0 0 ""; fi
grep -q "stacklint.*Failed" "$work/out.txt"
check $? 0 "pre-commit reports the hook failed"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
