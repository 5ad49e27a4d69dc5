#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/) and runs
# the whole test suite there. Any report fails the run.
# STACKLINT_CMAKE_ARGS: extra cmake options (CI: -DSTACKLINT_WERROR=ON ...).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTACKLINT_SANITIZE=ON ${STACKLINT_CMAKE_ARGS:-} >/dev/null
cmake --build build-asan -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure -j"$(nproc)"
