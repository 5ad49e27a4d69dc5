#!/usr/bin/env python3
"""Runs a composite action.yml's `run:` steps with bash as the GitHub runner would.

Usage: run_action.py ACTION_DIR WORKSPACE RESULT_JSON [NAME=VALUE ...] (inputs)
Expressions `${{ ... }}` in `if`, `env`, `run` and `with` are evaluated over inputs (defaults
from action.yml), steps.<id>.outputs, github.workspace / github.action_path and runner.temp; an
unknown one is an error. Each step gets fresh GITHUB_OUTPUT and GITHUB_PATH files (outputs and
PATH reach later steps); GITHUB_STEP_SUMMARY and RUNNER_TEMP come from the environment.
`uses:` steps are not run: their evaluated `if` and `with` go into RESULT_JSON for the caller
to check, beside each run step's exit code and outputs. Exits with the action's exit code.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml

CONTEXT_REF = re.compile(r"\b(inputs|steps|github|runner)\.([A-Za-z0-9_.-]+)")


class Context:
    def __init__(self, inputs, action_dir, workspace):
        self.inputs = inputs
        self.steps = {}
        self.github = {"workspace": workspace, "action_path": action_dir}
        self.runner = {"temp": os.environ["RUNNER_TEMP"]}
        self.success = True

    def lookup(self, scope, path):
        if scope == "inputs":
            if path not in self.inputs:
                raise SystemExit(f"run_action: unknown input {path!r}")
            return self.inputs[path]
        if scope == "steps":
            step, kind, name = path.split(".", 2)
            if kind != "outputs":
                raise SystemExit(f"run_action: unsupported steps.{path}")
            return self.steps.get(step, {}).get(name, "")
        table = getattr(self, scope)
        if path not in table:
            raise SystemExit(f"run_action: unsupported {scope}.{path}")
        return table[path]

    def evaluate(self, expr):
        """A GitHub expression over this context (the subset action.yml uses)."""
        refs = []

        def ref(match):
            refs.append(self.lookup(match.group(1), match.group(2)))
            return f"_refs[{len(refs) - 1}]"

        py = CONTEXT_REF.sub(ref, expr.strip())
        py = py.replace("always()", "True").replace("success()", "_ok").replace("failure()", "(not _ok)")
        py = py.replace("&&", " and ").replace("||", " or ")
        py = re.sub(r"!(?!=)", " not ", py)
        return eval(py, {"__builtins__": {}}, {"_refs": refs, "_ok": self.success, "True": True})

    def substitute(self, text):
        def one(match):
            value = self.evaluate(match.group(1))
            return value if isinstance(value, str) else json.dumps(value)

        return re.sub(r"\$\{\{(.*?)\}\}", one, str(text))

    def condition(self, step):
        cond = step.get("if")
        if cond is None:
            return self.success
        cond = str(cond).strip()
        if cond.startswith("${{") and cond.endswith("}}"):
            cond = cond[3:-2]
        if not re.search(r"\b(always|success|failure|cancelled)\(\)", cond):
            cond = f"success() && ({cond})"  # GitHub's implicit status check
        return bool(self.evaluate(cond))


def read_outputs(path):
    outputs = {}
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines():
            if "=" in line:
                key, value = line.split("=", 1)
                outputs[key] = value
    return outputs


def main():
    action_dir, workspace, result_path = sys.argv[1:4]
    with open(os.path.join(action_dir, "action.yml"), encoding="utf-8") as f:
        action = yaml.safe_load(f)
    if action["runs"]["using"] != "composite":
        raise SystemExit("run_action: not a composite action")
    inputs = {k: str(v.get("default", "")) for k, v in action.get("inputs", {}).items()}
    for arg in sys.argv[4:]:
        key, value = arg.split("=", 1)
        if key not in inputs:
            raise SystemExit(f"run_action: action.yml has no input {key!r}")
        inputs[key] = value
    ctx = Context(inputs, action_dir, workspace)
    env = dict(os.environ, GITHUB_ACTION_PATH=action_dir, GITHUB_WORKSPACE=workspace)
    results, code = [], 0
    for step in action["runs"]["steps"]:
        entry = {"id": step.get("id", ""), "name": step.get("name", "")}
        results.append(entry)
        entry["ran"] = ctx.condition(step)
        if "uses" in step:
            entry["uses"] = step["uses"]
            entry["with"] = {k: ctx.substitute(v) for k, v in step.get("with", {}).items()}
            continue
        if not entry["ran"]:
            continue
        if step.get("shell") != "bash":
            raise SystemExit(f"run_action: step {entry['name']!r} has no `shell: bash`")
        step_env = dict(env)
        step_env.update({k: ctx.substitute(v) for k, v in step.get("env", {}).items()})
        tmp = tempfile.mkdtemp(dir=os.environ["RUNNER_TEMP"])
        step_env["GITHUB_OUTPUT"] = os.path.join(tmp, "output")
        step_env["GITHUB_PATH"] = os.path.join(tmp, "path")
        for name in ("output", "path"):
            open(os.path.join(tmp, name), "w").close()
        script = os.path.join(tmp, "step.sh")
        with open(script, "w", encoding="utf-8") as f:
            f.write(ctx.substitute(step["run"]))
        # The runner's command line for `shell: bash`.
        proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script],
                              cwd=workspace, env=step_env)
        entry["exit"] = proc.returncode
        entry["outputs"] = read_outputs(step_env["GITHUB_OUTPUT"])
        if entry["id"]:
            ctx.steps[entry["id"]] = entry["outputs"]
        with open(step_env["GITHUB_PATH"], encoding="utf-8") as f:
            for line in f.read().splitlines():
                env["PATH"] = line + os.pathsep + env["PATH"]
        if proc.returncode != 0 and ctx.success:
            ctx.success, code = False, proc.returncode
    outputs = {k: ctx.substitute(v["value"]) for k, v in action.get("outputs", {}).items()}
    with open(result_path, "w", encoding="utf-8") as f:
        json.dump({"steps": results, "outputs": outputs, "exit": code}, f, indent=2)
    return code


if __name__ == "__main__":
    sys.exit(main())
