#!/usr/bin/env bash
# Validates SARIF against the official OASIS 2.1.0 schema (python3-jsonschema, draft-04): every
# golden .sarif in testdata/ and a fresh report of examples/. Usage: sarif_schema_test.sh BIN SCHEMA
set -eu
bin=$(readlink -f "$1")
schema=$(readlink -f "$2" || true)
root=$(cd "$(dirname "$0")/.." && pwd)
[ -f "$schema" ] || { echo "missing SARIF schema: $2"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && "$bin" check -f sarif examples > "$tmp/examples.sarif") || true
python3 - "$schema" "$tmp/examples.sarif" "$root/testdata" <<'PY'
import glob, json, sys
from jsonschema import Draft4Validator
schema = json.load(open(sys.argv[1]))
validator = Draft4Validator(schema)
passed = failed = 0
paths = [sys.argv[2]] + sorted(glob.glob(sys.argv[3] + "/**/*.sarif", recursive=True))
for path in paths:
    errors = sorted(validator.iter_errors(json.load(open(path))), key=lambda e: list(e.path))
    if errors:
        failed += 1
        print(f"FAIL {path}: {errors[0].message} at {list(errors[0].path)}")
    else:
        passed += 1
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed or passed < 2 else 0)
PY
