#!/usr/bin/env python3
"""Fallback for hyperfine: run a command RUNS times and write hyperfine-shaped JSON.

    timeit.py RUNS JSON_OUT -- COMMAND [ARG...]

Output and error of the command are discarded. The JSON has results[0] with `median`, `mean`,
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


def main(argv):
    if len(argv) < 4 or argv[2] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    runs, out, command = int(argv[0]), argv[1], argv[3:]
    times, users, systems, codes = [], [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - start)
        users.append(usage.ru_utime)
        systems.append(usage.ru_stime)
        codes.append(os.waitstatus_to_exitcode(status))
        proc.returncode = codes[-1]
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
