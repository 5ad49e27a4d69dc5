#!/usr/bin/env bash
# The pre-commit hook `stacklint-system` (the binary given, on PATH), run by the real pre-commit
# (Debian's package) with `pre-commit try-repo` on a scratch repository: a clean stack passes, a
# broken one fails with its finding shown. tests/packaging/precommit.sh tests the pip-built hook.
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

mkdir "$work/repo" && cd "$work/repo" && git init -q
cp "$root/examples/clean/gcp-vertex.yaml" stack.yaml
printf 'name: ci\non: push\njobs: {}\n' > workflow.yml  # not a stack: no noise
mkdir templates  # a Helm template is not YAML until rendered: skipped, not SL001
printf 'apiVersion: v1\nkind: ConfigMap\n{{- if .Values.x }}\ndata: {{ .Values.y | toYaml }}\n{{- end }}\n' > templates/cm.yaml
git add . && git commit -qm init
pre-commit try-repo "$root" stacklint-system --all-files >"$work/out.txt" 2>&1
check $? 0 "clean stack passes"

cp "$root/examples/broken/default-flavor-for-ghcr.yaml" broken.yaml
git add broken.yaml
pre-commit try-repo "$root" stacklint-system --all-files >"$work/out.txt" 2>&1
check $? 1 "broken stack fails"
grep -q "broken.yaml:7:13: warning: flavor \`default\` is used for \`ghcr.io/acme-ml\`" "$work/out.txt"
check $? 0 "the finding is shown"
if grep -q "SL003" "$work/out.txt"; then check 1 0 "no SL003 for workflow.yml"; else check 0 0 ""; fi
if grep -q "templates/cm.yaml" "$work/out.txt"; then check 1 0 "the Helm template is skipped"; else check 0 0 ""; fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
