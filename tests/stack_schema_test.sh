#!/usr/bin/env bash
# schemas/zenml-stack.schema.json (for editors' YAML language servers) against real stacks: the
# clean examples and testdata/ok exports must validate; a stack with a misspelt component type
# must not. Needs python3-jsonschema and python3-yaml (scripts/install-deps.sh).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
python3 - "$root" <<'PY'
import glob, json, sys, yaml
from jsonschema import Draft7Validator
root = sys.argv[1]
validator = Draft7Validator(json.load(open(f"{root}/schemas/zenml-stack.schema.json")))
passed = failed = 0
def expect(path, valid):
    global passed, failed
    for doc in yaml.safe_load_all(open(path)):
        if not isinstance(doc, dict) or "stack_name" not in doc:
            continue  # mlstacks specs are not stack exports
        errors = list(validator.iter_errors(doc))
        if bool(errors) == (not valid):
            passed += 1
        else:
            failed += 1
            print(f"FAIL {path}: expected {'valid' if valid else 'invalid'}", errors[:1])
for path in sorted(glob.glob(f"{root}/examples/clean/*.yaml") + glob.glob(f"{root}/testdata/ok/*.yaml")):
    expect(path, True)
expect(f"{root}/examples/broken/config-typos.yaml", False)
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed or passed < 5 else 0)
PY
