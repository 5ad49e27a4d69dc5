#!/usr/bin/env python3
"""Fallback for hyperfine: run a command RUNS times and write hyperfine-shaped JSON.

    timeit.py [--output FILE] RUNS JSON_OUT -- COMMAND [ARG...]
    timeit.py --summary JSON...     (tab-separated label/field/value lines, for run.sh)
    timeit.py --merge OUT JSON...   (one result from several single-run results)

Output and error of the command are discarded, or with --output the last run's are kept in FILE. The JSON has results[0] with `median`, `mean`,
`min`, `max`, `times` (wall seconds per run), `user` and `system` (mean CPU seconds of the
command and its children) and `exit_codes`, the fields bench/run.sh reads from hyperfine's
--export-json. Python 3 standard library only.
"""

import json
import os
import statistics
import subprocess
import sys
import time


def summary(argv):
    """timeit.py --summary JSON... [LABEL]: tab-separated label, field, value lines (median, min,
    cpu = mean user+system, codes = distinct exit codes, n = runs) for hyperfine/timeit JSON."""
    label = None
    if len(argv) == 2 and not argv[1].endswith(".json"):
        argv, label = argv[:1], argv[1]
    for path in argv:
        name = label or os.path.basename(path)[:-len(".json")]
        try:
            r = json.load(open(path, encoding="utf-8"))["results"][0]
        except (OSError, ValueError, KeyError, IndexError):
            continue
        codes = " ".join(str(c) for c in sorted(set(r.get("exit_codes") or [])))
        print(f"{name}\tmedian\t{r['median']:.4f}")
        print(f"{name}\tmin\t{min(r['times']):.4f}")
        print(f"{name}\tcpu\t{r['user'] + r['system']:.4f}")
        print(f"{name}\tcodes\t{codes}")
        print(f"{name}\tn\t{len(r['times'])}")
    return 0


def merge(argv):
    """timeit.py --merge OUT JSON...: one result from single-run results (round-robin runs)."""
    out, paths = argv[0], argv[1:]
    rs = [json.load(open(p, encoding="utf-8"))["results"][0] for p in paths]
    times = [t for r in rs for t in r["times"]]
    result = {
        "command": rs[0]["command"],
        "mean": statistics.mean(times),
        "stddev": statistics.stdev(times) if len(times) > 1 else 0.0,
        "median": statistics.median(times),
        "user": statistics.mean(r["user"] for r in rs),
        "system": statistics.mean(r["system"] for r in rs),
        "min": min(times),
        "max": max(times),
        "times": times,
        "exit_codes": [c for r in rs for c in r["exit_codes"]],
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"results": [result]}, f, indent=1)
    return 0


def main(argv):
    if argv and argv[0] == "--summary":
        return summary(argv[1:])
    if argv and argv[0] == "--merge":
        return merge(argv[1:])
    keep = None
    if len(argv) > 1 and argv[0] == "--output":
        keep, argv = argv[1], argv[2:]
    if len(argv) < 4 or argv[2] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    runs, out, command = int(argv[0]), argv[1], argv[3:]
    times, users, systems, codes = [], [], [], []
    for _ in range(runs):
        sink = open(keep, "wb") if keep else subprocess.DEVNULL
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=sink, stderr=sink)
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - start)
        users.append(usage.ru_utime)
        systems.append(usage.ru_stime)
        codes.append(os.waitstatus_to_exitcode(status))
        proc.returncode = codes[-1]
        if keep:
            sink.close()
    result = {
        "command": " ".join(command),
        "mean": statistics.mean(times),
        "stddev": statistics.stdev(times) if len(times) > 1 else 0.0,
        "median": statistics.median(times),
        "user": statistics.mean(users),
        "system": statistics.mean(systems),
        "min": min(times),
        "max": max(times),
        "times": times,
        "exit_codes": codes,
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"results": [result]}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
