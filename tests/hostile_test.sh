#!/usr/bin/env bash
# Hostile inputs (SPEC §9): every case of scripts/gen-hostile.py is linted beside a good file,
# under CPU-time and memory limits (setrlimit through ulimit), in every report format (as
# `check --help` lists them). Each run must end with exit 0, 1 or 2; json/sarif/junit output must
# parse; line formats (text, github) must be valid UTF-8 without control characters; and the good
# file's finding must still be reported.
# Usage: hostile_test.sh path/to/stacklint [--sanitized]   (--sanitized: no address-space limit,
# which AddressSanitizer's shadow memory would exceed)
set -u
bin=$(readlink -f "$1")
sanitized=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
chmod 755 "$work"
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
python3 "$root/scripts/gen-hostile.py" "$work/hostile" || exit 1
mkdir "$work/good" && cp "$root/testdata/rules/CR104-default-flavor-specific-uri/bad.yaml" "$work/good/good.yaml"
chmod -R a+rX "$work/good"
# As root every file is readable: run as nobody so that unreadable.yaml is unreadable.
run_as=()
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  run_as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  chmod -R a+rX "$work/hostile" && chmod 000 "$work/hostile/unreadable.yaml"
fi
limits="ulimit -t 60"
[ "$sanitized" = --sanitized ] || limits="$limits; ulimit -v 2097152"
cd "$work"
passed=0 failed=0
# Every report format, as the binary's help lists them from its format table (report_formats.cpp).
formats=$("$bin" check --help | sed -n 's/.*--format TEXT:{\([a-z0-9,-]*\)}.*/\1/p' | tr ',' ' ')
[ -n "$formats" ] || { echo "FAIL check --help lists no formats"; exit 1; }
for case_path in hostile/*; do
  name=$(basename "$case_path")
  for format in $formats; do
    start=$(date +%s)
    bash -c "$limits; exec \"\$@\"" _ "${run_as[@]}" "$bin" check -f "$format" "$case_path" good/good.yaml \
      >"out.$format" 2>err.txt
    code=$?
    seconds=$(( $(date +%s) - start ))
    problem=""
    case $code in 0|1|2) ;; *) problem="exit code $code" ;; esac
    [ -z "$problem" ] && [ "$seconds" -gt 30 ] && problem="took ${seconds}s"
    if [ -z "$problem" ]; then
      problem=$(python3 - "$format" "out.$format" <<'PY'
import json, sys, xml.dom.minidom
fmt, path = sys.argv[1], sys.argv[2]
data = open(path, "rb").read()
try:
    text = data.decode("utf-8")
except UnicodeDecodeError as e:
    print(f"output is not UTF-8: {e}"); sys.exit()
if fmt == "junit":
    xml.dom.minidom.parseString(data)
    if "good/good.yaml" not in text:
        print("the good file is missing from junit"); sys.exit()
elif fmt in ("json", "sarif"):
    report = json.loads(text)
    if "good/good.yaml" not in text:
        print("the good file's finding is missing"); sys.exit()
else:  # line formats (text, github, any new one): printable lines naming the good file
    allowed = "\n" if fmt in ("text", "github") else "\n\t"  # a new format may separate by tabs
    bad = [c for c in text if ord(c) < 32 and c not in allowed]
    if bad:
        print(f"raw control characters in {fmt} output: {bad[:3]!r}"); sys.exit()
    if "good/good.yaml" not in text or (fmt == "text" and "good/good.yaml:7:13: warning:" not in text):
        print("the good file's finding is missing"); sys.exit()
PY
)
    fi
    if [ -n "$problem" ]; then
      failed=$((failed + 1)); echo "FAIL $name ($format): $problem"; head -c 600 err.txt
    else
      passed=$((passed + 1))
    fi
  done
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
