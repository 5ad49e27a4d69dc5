#!/usr/bin/env bash
# Install what is missing, build with the tests, and run every test (Catch2 units, golden
# files, CLI end-to-end) through ctest.
# STACKLINT_CMAKE_ARGS: extra cmake options (CI: -DSTACKLINT_WERROR=ON ...).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DSTACKLINT_TESTS=ON ${STACKLINT_CMAKE_ARGS:-} >/dev/null
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
