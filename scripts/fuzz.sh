#!/usr/bin/env bash
# Builds the libFuzzer target (fuzz/stacklint_fuzz.cpp) with clang and AddressSanitizer +
# UndefinedBehaviorSanitizer, seeds a corpus from testdata/ and examples/, and fuzzes for
# SECONDS (default 60). Crashes land in build-fuzz/crashes/. Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
./scripts/install-deps.sh
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="${missing:-} $p"
done
if [ -n "${missing:-}" ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTACKLINT_TESTS=OFF -DSTACKLINT_FUZZ=ON \
  -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target stacklint_fuzz
mkdir -p build-fuzz/corpus build-fuzz/crashes
find testdata examples -name '*.yaml' -size -64k -exec cp {} build-fuzz/corpus/ \;
./build-fuzz/stacklint_fuzz build-fuzz/corpus -max_total_time="$seconds" -max_len=16384 \
  -timeout=10 -rss_limit_mb=2048 -artifact_prefix=build-fuzz/crashes/ -print_final_stats=1 2>&1 |
  grep -E 'stat::|#[0-9]+ *DONE|ERROR|SUMMARY|crash-|Done' | tail -20
