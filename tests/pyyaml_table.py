#!/usr/bin/env python3
"""Checks testdata/pyyaml/*.tsv against PyYAML itself (Debian's python3-yaml), so that
stacklint's reading of YAML (src/pyyaml_scalar.cpp, merge keys in src/yaml_tree.cpp) cannot drift
from ZenML's: tests/pyyaml_scalar_test.cpp checks stacklint against the same tables.

  tests/pyyaml_table.py            verify the expected columns (exit 1 on a difference)
  tests/pyyaml_table.py --write    fill them in from PyYAML
"""
import datetime
import json
import math
import pathlib
import sys

import yaml

TABLES = pathlib.Path(__file__).resolve().parent.parent / "testdata" / "pyyaml"


def as_json(value, text):
    """The value as stacklint's JSON holds it: JSON has no date, NaN or infinity, so those keep
    the text they were written as."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return json.dumps(text)
    if isinstance(value, float) and not math.isfinite(value):
        return json.dumps(text)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def scalar_row(text):
    tag = yaml.resolver.Resolver().resolve(yaml.ScalarNode, text, (True, False))
    kind = tag.rsplit(":", 1)[-1]
    try:
        value = as_json(yaml.safe_load("k: " + text)["k"], text)
    except (yaml.YAMLError, ValueError):
        value = "!error"
    return [text, kind, value]


def merge_row(escaped):
    try:
        data = yaml.safe_load(escaped.replace("\\n", "\n"))
        value = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    except (yaml.YAMLError, ValueError, TypeError):
        value = "!error"
    return [escaped, value]


def process(path, make_row, write):
    lines = path.read_text(encoding="utf-8").splitlines()
    out, differences = [], 0
    for number, line in enumerate(lines, 1):
        if line.startswith("#"):
            out.append(line)
            continue
        fields = line.split("\t")
        expected = make_row(fields[0])
        if fields != expected:
            differences += 1
            if not write:
                print(f"{path.name}:{number}: table has {fields[1:]}, PyYAML {yaml.__version__} "
                      f"gives {expected[1:]} for {fields[0]!r}")
        out.append("\t".join(expected))
    if write:
        path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return differences


def main():
    write = "--write" in sys.argv[1:]
    differences = process(TABLES / "scalars.tsv", scalar_row, write)
    differences += process(TABLES / "merge.tsv", merge_row, write)
    if differences and not write:
        print(f"{differences} rows differ from PyYAML ({yaml.__file__}); "
              "run tests/pyyaml_table.py --write and read the diff")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
