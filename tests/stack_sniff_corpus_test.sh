#!/usr/bin/env bash
# The byte scan's safety test (tests/stack_sniff_test.cpp, tag [corpus]) over the hostile corpus
# too (scripts/gen-hostile.py, generated here) beside testdata/, examples/ and the fuzz corpus.
# Usage: stack_sniff_corpus_test.sh path/to/stacklint_tests
set -eu
tests=$(readlink -f "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
python3 "$root/scripts/gen-hostile.py" "$work/hostile"
STACKLINT_SNIFF_DIRS="$work/hostile" "$tests" "[corpus]"
