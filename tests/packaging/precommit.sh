# Part of tests/packaging/run.sh: the `language: python` hook, which pre-commit builds with pip
# into its own environment, run by the real pre-commit over a scratch repository.
echo "== pre-commit: hook \`stacklint\` (language: python) via pre-commit try-repo"
export PRE_COMMIT_HOME="$work/pre-commit"
mkdir "$work/scratch" && cd "$work/scratch" && git init -q
cp "$clone/examples/clean/gcp-vertex.yaml" stack.yaml
printf 'name: ci\non: push\njobs: {}\n' >workflow.yml
mkdir templates
printf 'apiVersion: v1\nkind: ConfigMap\n{{- if .Values.x }}\ndata: {{ .Values.y }}\n{{- end }}\n' >templates/cm.yaml
git add . && git commit -qm init
# No stacklint on this PATH: the hook can only run the one pip builds into pre-commit's
# environment (try-repo uses a temporary store, so each try-repo below builds it again).
pc_path="$(dirname "$(command -v git)"):/usr/bin:/bin"
check "$(PATH=$pc_path; command -v stacklint)" "" "no stacklint on the hook's PATH beforehand"
start=$(date +%s)
env PATH="$pc_path" pre-commit try-repo "$clone" stacklint --all-files >"$work/pc-clean.txt" 2>&1
check $? 0 "the hook passes a clean stack beside a workflow and a Helm template" "$work/pc-clean.txt"
echo "pre-commit hook install (pip build, ccache warm) and run: $(seconds "$start") s"
contains "$work/pc-clean.txt" "Installing environment for" "pre-commit installs the hook's python environment"
cp "$clone/examples/broken/default-flavor-for-ghcr.yaml" broken.yaml
git add broken.yaml
env PATH="$pc_path" pre-commit try-repo "$clone" stacklint --all-files >"$work/pc-broken.txt" 2>&1
check $? 1 "the hook fails a broken stack" "$work/pc-broken.txt"
contains "$work/pc-broken.txt" "broken.yaml:7:13: warning: flavor \`default\` is used for \`ghcr.io/acme-ml\`" \
  "the hook shows the finding"
lacks "$work/pc-broken.txt" "templates/cm.yaml" "the Helm template is skipped"
cd "$root"
