#!/usr/bin/env bash
# Quick start: install what is missing, build, install stacklint on PATH, lint examples/.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DSTACKLINT_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" --target stacklint
cmake --install build >/dev/null
echo "installed $(command -v stacklint): $(stacklint --version)"
echo "\$ stacklint check examples/"
status=0
stacklint check examples/ || status=$?
# Exit code 1 means "findings": examples/broken/ is there to show them.
if [ "$status" -gt 1 ]; then echo "stacklint failed with exit code $status" >&2; exit "$status"; fi
