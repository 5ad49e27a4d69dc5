#!/usr/bin/env bash
# A real LSP client: Neovim (Debian's package, installed by scripts/install-deps.sh) headless,
# starting `stacklint server`, opening a broken stack, applying the quick fix and saving; the
# saved file must hold the fix. Usage: lsp_neovim_test.sh path/to/stacklint
set -u
bin=$(readlink -f "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
command -v nvim >/dev/null || { echo "neovim is not installed (scripts/install-deps.sh)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/examples/broken/default-flavor-for-ghcr.yaml" "$work/stack.yaml"
export STACKLINT_BIN="$bin" STACKLINT_FILE="$work/stack.yaml" HOME="$work" XDG_STATE_HOME="$work/state"
timeout 60 nvim --headless --clean -n -i NONE -c "luafile $root/tests/lsp_neovim_test.lua" 2>&1
code=$?
[ "$code" = 0 ] || { echo "FAIL: nvim exited with $code"; exit 1; }
diff <(sed 's/flavor: default/flavor: github/' "$root/examples/broken/default-flavor-for-ghcr.yaml") "$work/stack.yaml" ||
  { echo "FAIL: the saved file is not the fixed stack"; exit 1; }
echo "saved file holds the fix"
