#!/usr/bin/env bash
# Regenerates docs/rules/ from rules/*.yaml (needs a build with tests: scripts/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target stacklint_tests >/dev/null
STACKLINT_UPDATE_GOLDEN=1 ./build/stacklint_tests "[docs]"
