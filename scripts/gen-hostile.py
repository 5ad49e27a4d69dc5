#!/usr/bin/env python3
"""Writes the hostile-input corpus (SPEC §9, issue 6) into a folder: files that try to crash,
hang or exhaust stacklint. Large ones are generated here rather than committed.
Usage: gen-hostile.py OUT_DIR"""
import os
import random
import sys

STACK = ("zenml_version: 0.74.0\nstack_name: prod\ncomponents:\n  container_registry:\n"
         "    name: registry\n    flavor: default\n    configuration:\n      uri: ghcr.io/acme\n")


def main(out):
    os.makedirs(out, exist_ok=True)
    rnd = random.Random(20261130)

    def write(name, data):
        with open(os.path.join(out, name), "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())

    bomb = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for prev, cur in zip("abcdefgh", "bcdefghi"):
        bomb += f"{cur}: &{cur} [" + ", ".join([f"*{prev}"] * 9) + "]\n"
    write("alias-bomb.yaml", "stack_name: bomb\ncomponents: {}\n" + bomb)
    merge = "m0: &m0 {k0: v}\n"
    for i in range(1, 40):
        merge += f"m{i}: &m{i} {{<<: [*m{i-1}], x{i}: *m{i-1}, y{i}: *m{i-1}}}\n"
    write("merge-key-bomb.yaml", "stack_name: merge\n" + merge)
    write("anchor-cycle.yaml", "stack_name: cycle\na: &a [1, *a]\n")
    write("undefined-alias.yaml", "stack_name: x\na: *nowhere\n")
    write("deep-flow.yaml", "stack_name: deep\ncomponents: " + "[" * 100000 + "]" * 100000 + "\n")
    write("deep-flow-map.yaml", "stack_name: deep\ncomponents: " + "{a: " * 100000 + "b" + "}" * 100000 + "\n")
    write("deep-block.yaml", "stack_name: deep\ncomponents:\n  " + "- " * 100000 + "x\n")
    doc = STACK * 1
    with open(os.path.join(out, "huge-64mib.yaml"), "wb") as f:
        chunk = ("---\n" + doc).encode() * 1000
        while f.tell() < 64 * 1024 * 1024:
            f.write(chunk)
    write("scalar-5mb.yaml", STACK.replace("ghcr.io/acme", "ghcr.io/" + "a" * (5 * 1024 * 1024)))
    write("line-400kb.yaml", "stack_name: wide\ncomponents: {" +
          ", ".join(f"k{i}: v{i}" for i in range(40000)) + "}\n")
    write("invalid-utf8.yaml", STACK.encode().replace(b"ghcr.io/acme", b"ghcr.io/\xff\xfe\xc3(") +
          b"\xe2\x82: \xf0\x28\x8c\x28\n")
    write("nul-bytes.yaml", STACK.encode() + b"\x00\x00stack_name: x\n")
    write("bom.yaml", b"\xef\xbb\xbf" + STACK.encode())
    write("crlf.yaml", STACK.replace("\n", "\r\n"))
    write("utf16.yaml", "\ufeff".encode("utf-16-le") + STACK.encode("utf-16-le"))
    write("random-binary.yaml", bytes(rnd.getrandbits(8) for _ in range(65536)))
    write("empty.yaml", "")
    write("comment-only.yaml", "# nothing but a comment\n# and another\n")
    write("scalar-root.yaml", "just a scalar\n")
    write("sequence-root.yaml", "- a\n- b\n")
    write("tabs.yaml", STACK.replace("    name", "\tname"))
    write("control-characters.yaml", STACK.replace("ghcr.io/acme", '"ghcr.io/\\e[31mred\\e[0m\\u0007"') +
          "  orchestrator:\n    name: \"\\e]0;title\\a\"\n    flavor: local\n    configuration: {}\n")
    write("raw-escapes.yaml", STACK.encode().replace(b"name: registry", b"name: reg\x1b[2Jistry"))
    write("wide-50000-keys.yaml", "stack_name: wide\ncomponents: {}\n" +
          "".join(f"key{i}: value{i}\n" for i in range(50000)))
    write("documents-20000.yaml", "---\nstack_name: x\n" * 20000)
    write("duplicate-keys.yaml", STACK + "".join("      uri: ghcr.io/dup\n" for _ in range(5000)))
    write("long-key.yaml", "stack_name: k\n" + "k" * 100000 + ": v\n")
    os.makedirs(os.path.join(out, "folder.yaml"), exist_ok=True)
    write(os.path.join("folder.yaml", "inside.yaml"), STACK)
    for name, target in [("symlink-loop.yaml", "symlink-loop.yaml"), ("dangling.yaml", "missing-target.yaml")]:
        path = os.path.join(out, name)
        if os.path.lexists(path):
            os.remove(path)
        os.symlink(target, path)
    write("unreadable.yaml", STACK)
    os.chmod(os.path.join(out, "unreadable.yaml"), 0)


if __name__ == "__main__":
    main(sys.argv[1])
