#!/usr/bin/env python3
"""Property test of `stacklint check --fix --unsafe-fixes` over every testdata YAML file (the rule
goldens, the fix goldens and the fuzz seed corpus, which scripts/fuzz.sh builds from testdata/):

  (a) when PyYAML loads the original, it loads the fixed file too;
  (b) every value outside the fixed paths reads the same to PyYAML before and after;
  (c) the fixed values are strings with the intended text;
  (d) a second run changes no byte;
  (e) no error or warning appears that was not there before.

Usage: fix_property_test.py path/to/stacklint path/to/testdata
"""
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile

import yaml

BIN, TESTDATA = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
failures = []


def fail(name, why):
    failures.append(f"{name}: {why}")


def run(args, cwd):
    return subprocess.run([BIN, *args], cwd=cwd, capture_output=True, timeout=60)


def findings(cwd):
    out = run(["check", "-j", "1", "-f", "json", "--fail-on", "never", "input.yaml"], cwd)
    return json.loads(out.stdout)["findings"]


def load_all(data):
    try:
        return list(yaml.safe_load_all(data))
    except yaml.YAMLError:
        return None
    except (ValueError, RecursionError, OverflowError):
        return None


def spans(data):
    """(path, start, end) in characters for every scalar and alias as written; merge keys and
    document numbers follow stacklint's YAML paths (`a.b[0]`, `[2].x` for the second document)."""
    try:
        events = list(yaml.parse(data))
    except yaml.YAMLError:
        return None
    out, stack, doc = [], [], 0
    starts = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
    for event in events:
        if isinstance(event, yaml.DocumentStartEvent):
            doc, stack = doc + 1, []
            continue
        if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            stack.pop()
            continue
        if not isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent) + starts):
            continue
        frame = stack[-1] if stack else None
        if frame and frame["map"] and frame["want_key"]:
            frame["want_key"] = False
            frame["key"] = event.value if isinstance(event, yaml.ScalarEvent) else "?"
            if isinstance(event, starts):
                stack.append({"map": isinstance(event, yaml.MappingStartEvent), "path": "?",
                              "index": 0, "key": None, "want_key": True})
            continue
        if frame is None:
            path = "" if doc == 1 else f"[{doc}]"
        elif not frame["map"]:
            path = f"{frame['path']}[{frame['index']}]"
            frame["index"] += 1
        else:
            key, frame["want_key"] = frame["key"], True
            path = frame["path"] if key == "<<" else \
                (f"{frame['path']}.{key}" if frame["path"] else str(key))
        if isinstance(event, starts):
            stack.append({"map": isinstance(event, yaml.MappingStartEvent), "path": path,
                          "index": 0, "key": None, "want_key": True})
        else:
            out.append((path, event.start_mark.index, event.end_mark.index))
    return out


def flatten(value, path, out):
    if isinstance(value, dict):
        for key, item in value.items():
            flatten(item, f"{path}.{key}" if path else str(key), out)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            flatten(item, f"{path}[{i}]", out)
    else:
        out[path] = (type(value).__name__, repr(value))
    return out


def flat_docs(docs):
    out = {}
    for i, doc in enumerate(docs):
        flatten(doc, "" if i == 0 else f"[{i + 1}]", out)
    return out


def problems(found):
    return collections.Counter((f["rule_id"], f["yaml_path"]) for f in found
                               if f["severity"] in ("error", "warning") and not f.get("suppressed"))


def normalized(uri):
    """A URI as ZenML uses it: without white space, scheme or trailing slashes (CR106-CR108)."""
    uri = uri.strip()
    for scheme in ("http://", "https://"):
        if uri.lower().startswith(scheme):
            uri = uri[len(scheme):]
    return uri.rstrip("/")


def char_index(data, offset):
    return len(data[:offset].decode("utf-8", "replace"))


def check(name, original, scratch):
    target = os.path.join(scratch, "input.yaml")
    with open(target, "wb") as f:
        f.write(original)
    before = findings(scratch)
    run(["check", "-j", "1", "--fix", "--unsafe-fixes", "input.yaml"], scratch)
    fixed = open(target, "rb").read()
    run(["check", "-j", "1", "--fix", "--unsafe-fixes", "input.yaml"], scratch)
    if open(target, "rb").read() != fixed:
        fail(name, "(d) a second --fix run changed the file")
    after = findings(scratch)
    grown = problems(after) - problems(before)
    if grown:
        fail(name, f"(e) new errors or warnings after --fix: {sorted(grown)}")
    if fixed == original:
        return
    docs_before = load_all(original)
    if docs_before is None:
        return
    docs_after = load_all(fixed)
    if docs_after is None:
        fail(name, "(a) PyYAML cannot load the fixed file")
        return
    # The paths the fixes touch: the scalars and aliases their edits overlap.
    edits, titles = [], {}
    for f in before:
        if f["fix"] is None:
            continue
        for edit in f["fix"]["edits"]:
            edits.append((char_index(original, edit["start_offset"]),
                          char_index(original, edit["end_offset"])))
    fixed_paths = set()
    for path, start, end in spans(original) or []:
        for a, b in edits:
            if (a < end and start < b) or (a == b and start <= a <= end):
                fixed_paths.add(path)
    parents = {p.rsplit(".", 1)[0] for p in fixed_paths}
    flat_before, flat_after = flat_docs(docs_before), flat_docs(docs_after)
    for path in sorted(set(flat_before) | set(flat_after)):
        if path in fixed_paths:
            continue
        if path not in flat_before and path.rsplit(".", 1)[0] in parents:
            continue  # a key a fix adds beside the one it fixes (CR105's default_repository)
        if flat_before.get(path) != flat_after.get(path):
            fail(name, f"(b) `{path}` changed: {flat_before.get(path)} -> {flat_after.get(path)}")
    for f in before:
        if f["fix"] is None or f["rule_id"] == "SL010":
            continue
        path = f["yaml_path"]
        for candidate in fixed_paths:
            kind, text = flat_after.get(candidate, ("missing", ""))
            if kind not in ("str", "missing"):
                fail(name, f"(c) `{candidate}` is a {kind} after the fix, not a string")
        title = f["fix"]["title"]
        if title.startswith("set flavor to `"):
            wanted = title.split("`")[1]
            got = [flat_after.get(p) for p in fixed_paths if p.endswith("flavor") or
                   p.endswith("name")]
            if got and ("str", repr(wanted)) not in got:
                fail(name, f"(c) flavor is {got}, wanted {wanted!r}")
        if f["rule_id"] == "CR105" and path in flat_before:
            parent = path.rsplit(".", 1)[0]
            uri = flat_after.get(path, ("", "''"))
            repo = flat_after.get(parent + ".default_repository")
            if uri[0] == "str" and repo and repo[0] == "str" and uri != flat_before[path]:
                joined = eval(uri[1]) + "/" + eval(repo[1])  # repr of str, from this script
                if joined != normalized(eval(flat_before[path][1])):
                    fail(name, f"(c) CR105 split `{flat_before[path][1]}` into {uri} + {repo}")
            elif uri != flat_before[path]:
                fail(name, f"(c) CR105 left uri {uri} and default_repository {repo}")


def main():
    scratch = tempfile.mkdtemp(prefix="stacklint-prop-")
    count = 0
    try:
        for root, _, files in os.walk(TESTDATA):
            for name in sorted(files):
                if not name.endswith(".yaml") or ".fixed." in name:
                    continue
                path = os.path.join(root, name)
                if os.path.getsize(path) >= 64 * 1024:
                    continue
                check(os.path.relpath(path, TESTDATA), open(path, "rb").read(), scratch)
                count += 1
    finally:
        shutil.rmtree(scratch)
    for failure in failures:
        print("FAIL", failure)
    print(f"fix property test: {count} files, {len(failures)} failures")
    return 1 if failures or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
