#!/usr/bin/env bash
# Builds the VS Code extension into a .vsix with npm packages only (no VS Code needed):
# `npm ci` from the lock file, TypeScript compile, `vsce package`. Needs the npm registry, so CI
# runs it (.ci/run) and ctest does not. Usage: build.sh [OUT_DIR] (default: ../../build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(mkdir -p "${1:-$here/../../build}" && cd "${1:-$here/../../build}" && pwd)
cd "$here"
npm ci --no-audit --no-fund --loglevel=error
version=$(node -p 'require("./package.json").version')
vsix="$out/stacklint-$version.vsix"
npx --no-install vsce package --skip-license --out "$vsix"
# The package must hold the compiled client and its runtime dependency.
python3 - "$vsix" <<'PY'
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
for wanted in ("extension/package.json", "extension/out/extension.js",
               "extension/node_modules/vscode-languageclient/package.json"):
    assert wanted in names, "missing from the .vsix: " + wanted
assert not any(n.startswith("extension/src/") for n in names), "sources packaged"
print("built " + sys.argv[1])
PY
