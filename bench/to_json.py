#!/usr/bin/env python3
"""Convert a corpus of YAML stack files to JSON once, before ajv-cli is timed.

    to_json.py SRC_DIR DST_DIR

ajv-cli 5 reads YAML through js-yaml, which rejects a duplicate key, and ajv-cli then exits 2
and validates none of the remaining files; so bench/run.sh times ajv on this JSON copy (same
folders, same names with .json). The first document of each file is converted, duplicate keys
keep the last value (as ZenML's loader does), anchors and merge keys are expanded.
Needs python3-yaml (uses the C loader when present). Prints the number of files converted.
"""

import json
import os
import sys

try:
    import yaml
except ImportError:  # pragma: no cover
    print("to_json.py: python3-yaml is not installed", file=sys.stderr)
    sys.exit(3)

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def main(src, dst):
    count = 0
    for root, dirs, files in os.walk(src):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        out_root = os.path.join(dst, os.path.relpath(root, src))
        os.makedirs(out_root, exist_ok=True)
        for name in sorted(files):
            base, ext = os.path.splitext(name)
            if ext not in (".yaml", ".yml"):
                continue
            with open(os.path.join(root, name), encoding="utf-8") as f:
                try:
                    data = next(iter(yaml.load_all(f, Loader=Loader)), None)
                except yaml.YAMLError:
                    data = None  # keep the file count: an empty object fails `required`
            with open(os.path.join(out_root, base + ".json"), "w", encoding="utf-8") as f:
                json.dump(data if data is not None else {}, f, default=str)
            count += 1
    print(count)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
