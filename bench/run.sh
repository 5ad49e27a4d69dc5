#!/usr/bin/env bash
# stacklint benchmark (SPEC section 11). Reports numbers; asserts no timing.
#
#   bench/run.sh            full run: 10,000-file corpus, median of 5 runs (about 20 min on 2 cores)
#   bench/run.sh --quick    CI smoke run: 200 files, 1 run each (under a minute)
#   bench/run.sh --out FILE also write the result tables (Markdown) to FILE
#
# Environment:
#   STACKLINT=/path/to/stacklint   binary to measure (default: build/stacklint in the repo root)
#   BENCH_WORK=DIR                 work folder (default: a new /tmp/stacklint-bench.XXXXXX,
#                                  removed at the end unless BENCH_KEEP=1)
#   BENCH_NPM_PREFIX=DIR           where ajv-cli and Spectral are (or get) installed
#                                  (default /tmp/bench-npm); BENCH_NO_INSTALL=1: never run npm
#   BENCH_SEED=S                   corpus seed (default 1)
#   BENCH_NO_HYPERFINE=1           time with bench/timeit.py even when hyperfine is installed
#   BENCH_TINY=1                   full-mode steps on tiny inputs (to test run.sh itself)
#   BENCH_LIN_SIZES="1000 10000"   corpus sizes of the linearity rows (default: 1000 10000 100000)
#   BENCH_RUNS=N                   runs per timed command in a full run (default 5)
#   BENCH_PEER_RUNS=N              runs of ajv-cli and Spectral (default: BENCH_RUNS; with 1,
#                                  Spectral gets no bounded first run)
#   BENCH_BIG_SIZES="1 10"         sizes (MiB) of the one-file rows (default: 1 10 50)
#
# Exit status: 0 when every step ran (whatever the numbers), 1 when stacklint failed (exit code
# above 1) or a step crashed, 2 on a usage error or a missing stacklint binary.
set -uo pipefail

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

QUICK=0
OUT_FILE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --out) shift; OUT_FILE=${1:?--out needs a file} ;;
    --out=*) OUT_FILE=${1#--out=} ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
STACKLINT=${STACKLINT:-build/stacklint}
case "$STACKLINT" in /*) ;; *) STACKLINT=$ROOT/$STACKLINT ;; esac
NPM_PREFIX=${BENCH_NPM_PREFIX:-/tmp/bench-npm}
SEED=${BENCH_SEED:-1}
THREADS=$(nproc)

if [ ! -x "$STACKLINT" ]; then
  echo "run.sh: no stacklint binary at $STACKLINT; build it or set STACKLINT=/path/to/stacklint" >&2
  exit 2
fi
for tool in python3 g++; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is required" >&2; exit 2; }
done

case "$OUT_FILE" in ""|/*) ;; *) OUT_FILE=$PWD/$OUT_FILE ;; esac
if [ -n "${BENCH_WORK:-}" ]; then
  WORK=$BENCH_WORK
  mkdir -p "$WORK"
else
  WORK=$(mktemp -d /tmp/stacklint-bench.XXXXXX)
  if [ "${BENCH_KEEP:-0}" != 1 ]; then trap 'rm -rf "$WORK"' EXIT; fi
fi
rm -rf "$WORK/t" "$WORK/out" "$WORK/failures"  # a reused BENCH_WORK keeps no old timing
mkdir -p "$WORK/t" "$WORK/out"
WORK=$(cd "$WORK" && pwd)
# Run from the work folder: no .stacklint.yaml of the current folder or its parents applies.
cd "$WORK" || exit 2

if [ $QUICK = 1 ]; then
  N=200; RUNS=1; LAT_RUNS=31; LIN_SIZES="1000 10000"; FLOOR_BIG_MAX=1; FLOW_SIZES="64 128"
else
  N=10000; RUNS=5; LAT_RUNS=101; LIN_SIZES="1000 10000 100000"; FLOOR_BIG_MAX=50; FLOW_SIZES="64 128 256"
fi
BIG_SIZES="1 10 50"
if [ "${BENCH_TINY:-0}" = 1 ]; then  # full-mode code paths on tiny inputs, to test run.sh itself
  N=300; RUNS=2; LIN_SIZES="300 1000"; BIG_SIZES="1 2"; FLOOR_BIG_MAX=2; FLOW_SIZES="16 32"
fi
LIN_SIZES=${BENCH_LIN_SIZES:-$LIN_SIZES}
[ $QUICK = 0 ] && RUNS=${BENCH_RUNS:-$RUNS}
PEER_RUNS=${BENCH_PEER_RUNS:-$RUNS}
BIG_SIZES=${BENCH_BIG_SIZES:-$BIG_SIZES}
MIXED_N=$N; MIXED_STACKS=50  # the mixed repository: MIXED_N non-stack YAML files + 50 stacks
[ $QUICK = 1 ] && MIXED_STACKS=5
PEER_LIMIT=600   # seconds: a peer slower than this on the corpus is run on 1,000 files instead

FAILED=0
RESULTS=$WORK/results.md
: >"$RESULTS"
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
# fail: also from subshells ($(...)), through the marker file
fail() { echo "FAILED: $*" >&2; echo "FAILED: $*" >>"$WORK/failures"; FAILED=1; }
emit() { echo "$*" | tee -a "$RESULTS"; }

HAVE_HYPERFINE=0
command -v hyperfine >/dev/null && [ "${BENCH_NO_HYPERFINE:-0}" != 1 ] && HAVE_HYPERFINE=1

# measure LABEL RUNS CMD... : times CMD RUNS times; JSON in $WORK/t/LABEL.json, the last run's
# output in $WORK/out/LABEL.out
measure() {
  local label=$1 runs=$2
  shift 2
  local json=$WORK/t/$label.json
  if [ $HAVE_HYPERFINE = 1 ]; then
    local cmd="" word
    for word in "$@"; do cmd+="'${word//\'/\'\\\'\'}' "; done
    hyperfine -N -i --style none --runs "$runs" --export-json "$json" --output "$WORK/out/$label.out" \
      -- "$cmd" >/dev/null 2>"$WORK/t/$label.err" ||
      { fail "hyperfine on $label: $(tail -1 "$WORK/t/$label.err")"; return 1; }
  else
    python3 "$BENCH/timeit.py" --output "$WORK/out/$label.out" "$runs" "$json" -- "$@" ||
      { fail "timing $label"; return 1; }
  fi
}

# set_cmd LABEL CMD... : the command `interleave` runs for LABEL (global array C_<LABEL>)
set_cmd() {
  local -n _cmd="C_$1"
  shift
  _cmd=("$@")
}

# interleave RUNS LABEL... : times the commands set by set_cmd round-robin, one run each per
# round, so that load from other processes spreads over all of them; then as `measure` does.
interleave() {
  local runs=$1 r label
  shift
  for ((r = 1; r <= runs; r++)); do
    for label in "$@"; do
      local -n cmd="C_$label"
      measure "$label.r$r" 1 "${cmd[@]}" || return 1
      unset -n cmd
    done
  done
  for label in "$@"; do
    python3 "$BENCH/timeit.py" --merge "$WORK/t/$label.json" "$WORK"/t/"$label".r*.json &&
      rm -f "$WORK"/t/"$label".r*.json "$WORK"/t/"$label".r*.err
    mv "$WORK/out/$label.r$runs.out" "$WORK/out/$label.out"
    rm -f "$WORK"/out/"$label".r*.out
  done
}

# bad_code CODE: an exit code other than 0 or 1 (a signal shows as negative or None)
bad_code() { case "$1" in 0 | 1) return 1 ;; *) return 0 ;; esac; }

# getv LABEL FIELD: median | min | cpu (mean user+system) | codes (exit codes) | n (runs)
getv() {
  local json=$WORK/t/$1.json
  [ -f "$json" ] || { echo "-"; return; }
  if [ -f "$WORK/t/summary.tsv" ]; then
    awk -F'\t' -v l="$1" -v f="$2" '$1 == l && $2 == f { print $3; found = 1 } END { if (!found) print "-" }' \
      "$WORK/t/summary.tsv"
    return
  fi
  python3 "$BENCH/timeit.py" --summary "$json" "$1" | awk -F'\t' -v f="$2" '$2 == f { print $3 }'
}

# ratio A B: A/B with 2 decimals, or "-"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || a == "" || b == "" || b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }
ms() { awk -v s="$1" 'BEGIN { if (s == "-" || s == "") print "-"; else printf "%.1f", s * 1000 }'; }
secs() { awk -v s="$1" 'BEGIN { if (s == "-" || s == "") print "-"; else if (s < 1) printf "%.3f", s; else printf "%.2f", s }'; }

# run_stacklint LABEL ARGS... : one checked run (output kept); stacklint exit > 1 is a failure
run_stacklint() {
  local label=$1
  shift
  "$STACKLINT" "$@" >"$WORK/out/$label.out" 2>"$WORK/out/$label.err"
  local rc=$?
  if [ $rc -gt 1 ]; then
    fail "stacklint $* exited $rc: $(head -3 "$WORK/out/$label.err" | tr '\n' ' ')"
  fi
  return $rc
}

# findings LABEL: "N findings in M files" from a -q run's output, plus rule counts
findings() {
  local out=$WORK/out/$1.out
  local n files rules
  n=$(grep -c ': \(error\|warning\|note\): ' "$out")
  files=$(grep ': \(error\|warning\|note\): ' "$out" | cut -d: -f1 | sort -u | wc -l)
  rules=$(grep -o '\[[A-Z]*[0-9]*\]$' "$out" | tr -d '[]' | sort | uniq -c | awk '{printf "%s%s %s", sep, $2, $1; sep=", "}')
  echo "$n findings in $files files${rules:+ ($rules)}"
}

# peak_rss CMD... : "Maximum resident set size" in MiB, via /usr/bin/time -v
HAVE_TIME=0
if [ -x /usr/bin/time ]; then
  HAVE_TIME=1
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  log "installing package time for /usr/bin/time -v"
  apt-get install -y -qq time >/dev/null 2>&1 && [ -x /usr/bin/time ] && HAVE_TIME=1
fi
peak_rss() { # peak_rss LABEL CMD... : one run, output kept in $WORK/out/LABEL.out; prints MiB
  local label=$1
  shift
  local rc
  if [ $HAVE_TIME = 1 ]; then
    /usr/bin/time -v "$@" >"$WORK/out/$label.out" 2>"$WORK/out/$label.err"
    rc=$?
  else
    "$@" >"$WORK/out/$label.out" 2>"$WORK/out/$label.err"
    rc=$?
  fi
  if [ "$1" = "$STACKLINT" ] && [ $rc -gt 1 ]; then
    fail "stacklint ${*:2} exited $rc: $(grep -v -e '^\s' -e '^Command exited' "$WORK/out/$label.err" | head -2 | tr '\n' ' ')"
  fi
  if [ $HAVE_TIME = 1 ]; then
    awk -F: '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$WORK/out/$label.err"
  else
    echo "skipped"
  fi
}

# capacity: how many cores the benchmark really gets (others' processes share the machine): the
# time of two concurrent floor runs over the time of one. 1.0: two free cores; 2.0: one.
capacity() {
  local s m e
  s=$(date +%s.%N)
  "$FLOOR" "$CORPUS" >/dev/null
  m=$(date +%s.%N)
  "$FLOOR" "$CORPUS" >/dev/null &
  "$FLOOR" "$CORPUS" >/dev/null &
  wait
  e=$(date +%s.%N)
  awk -v s="$s" -v m="$m" -v e="$e" 'BEGIN { printf "%.2f", (e - m) / (m - s) }'
}

gen() { # gen ARGS... : run the generator, fail the run when it crashes
  python3 "$BENCH/gen_corpus.py" "$@" >>"$WORK/gen.log" || { fail "gen_corpus.py $*"; return 1; }
}

# ----------------------------------------------------------------------------------------------
log "work folder $WORK"
log "building the parse floor"
FLOOR=$WORK/floor
if ! g++ -O2 -std=c++20 "$BENCH/floor.cpp" -lyaml-cpp -o "$FLOOR" 2>"$WORK/floor-build.log"; then
  cat "$WORK/floor-build.log" >&2
  fail "building bench/floor.cpp"
  exit 1
fi
# The same floor linked statically (as the wheel's stacklint is, where libc.a is installed): the
# baseline for one file, where process start is most of the cost. "" when it can't be linked.
FLOOR_STATIC=$WORK/floor-static
g++ -O2 -std=c++20 -static "$BENCH/floor.cpp" -lyaml-cpp -o "$FLOOR_STATIC" 2>/dev/null ||
  FLOOR_STATIC=""
"$STACKLINT" --version >/dev/null 2>&1 || { fail "stacklint --version"; }

CPU_MODEL=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
MODE=$([ $QUICK = 1 ] && echo "quick: $N files, 1 run each" || echo "full: $N files, median of $RUNS runs")
emit "## stacklint benchmark ($MODE)"
emit ""
emit "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); host: $(uname -sr); nproc: $THREADS; CPU: $CPU_MODEL"
emit "- stacklint: $("$STACKLINT" --version 2>&1 | head -1) ($STACKLINT; repo at $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo '?')); yaml-cpp: $(dpkg-query -W -f '${Version}' libyaml-cpp-dev 2>/dev/null || echo '?')"
emit "- timer: $([ $HAVE_HYPERFINE = 1 ] && hyperfine --version || echo 'bench/timeit.py (hyperfine not installed)'); load average at start: $LOAD_START"

# ----------------------------------------------------------------------------------------------
log "generating the corpus ($N files)"
CORPUS=$WORK/corpus-$N
gen "$CORPUS" "$N" --seed "$SEED" || exit 1
CORPUS_BYTES=$(find "$CORPUS" -name '*.y*ml' -printf '%s\n' | awk '{ s += $1 } END { print s }')
CORPUS_MIB=$(awk -v b="$CORPUS_BYTES" 'BEGIN { printf "%.2f", b / 1048576 }')
emit "- corpus: $N files, $CORPUS_MIB MiB, $(wc -l <"$CORPUS/problems.tsv") generated with a problem (seed $SEED)"
CAPACITY_START=$(capacity)

log "timing stacklint -j 1, stacklint (all $THREADS threads), floor"
set_cmd sl_j1 "$STACKLINT" check -j 1 --fail-on never -q --no-color "$CORPUS"
set_cmd sl_all "$STACKLINT" check --fail-on never -q --no-color "$CORPUS"
set_cmd floor "$FLOOR" "$CORPUS"
interleave "$RUNS" sl_j1 sl_all floor
for label in sl_j1 sl_all; do
  for c in $(getv "$label" codes); do
    bad_code "$c" && fail "stacklint ($label) exited $c: $(head -2 "$WORK/out/$label.out" | tr '\n' ' ')"
  done
done
[ "$(getv floor codes)" = 0 ] || fail "floor on the corpus: $(cat "$WORK/out/floor.out")"
SL_FINDINGS=$(findings sl_j1)
if ! cmp -s "$WORK/out/sl_j1.out" "$WORK/out/sl_all.out"; then
  fail "stacklint -j 1 and -j $THREADS reports differ on the corpus"
fi

# ---- peers -----------------------------------------------------------------------------------
find_peer() { # find_peer NAME : path of an installed binary, or nothing
  if [ -x "$NPM_PREFIX/node_modules/.bin/$1" ]; then echo "$NPM_PREFIX/node_modules/.bin/$1"
  elif command -v "$1" >/dev/null; then command -v "$1"; fi
}
AJV=$(find_peer ajv)
SPECTRAL=$(find_peer spectral)
if { [ -z "$AJV" ] || [ -z "$SPECTRAL" ]; } && [ $QUICK = 0 ] && [ "${BENCH_NO_INSTALL:-0}" != 1 ] &&
   command -v npm >/dev/null; then
  log "installing ajv-cli and Spectral into $NPM_PREFIX"
  timeout 600 npm install --prefix "$NPM_PREFIX" ajv-cli@5 ajv-formats@3 @stoplight/spectral-cli \
    >"$WORK/npm.log" 2>&1 || log "npm install failed (see $WORK/npm.log); peers skipped"
  AJV=$(find_peer ajv)
  SPECTRAL=$(find_peer spectral)
fi

# peer_ok LABEL: the timed runs of a peer all exited 0 or 1 (1: files invalid); else the timing
# is dropped from the table
peer_ok() {
  local c
  for c in $(getv "$1" codes); do
    if bad_code "$c"; then mv "$WORK/t/$1.json" "$WORK/t/$1.failed"; return 1; fi
  done
  [ -f "$WORK/t/$1.json" ]
}
count_ajv() { # count_ajv LABEL DIR: "I of N files invalid" (ajv-cli prints only "valid" on stdout)
  local total valid
  total=$(find "$2" -name '*.json' -o -name '*.yaml' -o -name '*.yml' | wc -l)
  valid=$(grep -c ' valid$' "$WORK/out/$1.out")
  echo "$((total - valid)) of $total files invalid"
}

AJV_NOTE="skipped (not installed)"
AJV_Y_NOTE="skipped (not installed)"
if [ -n "$AJV" ] && command -v node >/dev/null; then
  log "ajv-cli: converting the corpus to JSON (not timed)"
  if python3 "$BENCH/to_json.py" "$CORPUS" "$WORK/corpus-json" >"$WORK/out/to_json.out" 2>&1; then
    log "timing ajv-cli on the JSON copy"
    measure ajv "$PEER_RUNS" "$AJV" validate -s "$BENCH/equivalent.schema.json" -d "$WORK/corpus-json/**/*.json"
    if peer_ok ajv; then
      AJV_NOTE="corpus converted to JSON before timing; $(count_ajv ajv "$WORK/corpus-json")"
    else
      AJV_NOTE="failed (exit $(getv ajv codes)): $(grep -v 'valid$' "$WORK/out/ajv.out" | tail -1)"
    fi
  else
    AJV_NOTE="skipped (YAML to JSON conversion failed: $(tail -1 "$WORK/out/to_json.out"))"
  fi
  # ajv-cli also reads YAML (js-yaml), but exits 2 at the first duplicate key and validates no
  # further file: time it on a copy without the duplicate-key files.
  rm -rf "$WORK/corpus-ajv-yaml"
  cp -al "$CORPUS" "$WORK/corpus-ajv-yaml"
  DUPS=$(awk -F'\t' '$2 == "duplicate-key"' "$CORPUS/problems.tsv" | wc -l)
  awk -F'\t' -v d="$WORK/corpus-ajv-yaml" '$2 == "duplicate-key" { print d "/" $1 }' "$CORPUS/problems.tsv" |
    xargs -r rm -f
  log "timing ajv-cli on the YAML files"
  measure ajv_yaml "$PEER_RUNS" "$AJV" validate -s "$BENCH/equivalent.schema.json" \
    -d "$WORK/corpus-ajv-yaml/**/*.{yaml,yml}"
  if peer_ok ajv_yaml; then
    measure sl_all_ajvy "$RUNS" "$STACKLINT" check --fail-on never -q --no-color "$WORK/corpus-ajv-yaml"
    AJV_Y_NOTE="$(count_ajv ajv_yaml "$WORK/corpus-ajv-yaml"); the $DUPS duplicate-key files left out"
  else
    AJV_Y_NOTE="failed (exit $(getv ajv_yaml codes)): $(grep -v 'valid$' "$WORK/out/ajv_yaml.out" | tail -1)"
  fi
fi

SPECTRAL_NOTE="skipped (not installed)"
SPECTRAL_CORPUS=$CORPUS
SPECTRAL_N=$N
if [ -n "$SPECTRAL" ] && command -v node >/dev/null; then
  SP_ARGS=(lint --ruleset "$BENCH/spectral.yaml" -f text --quiet "$CORPUS/**/*.yaml" "$CORPUS/**/*.yml")
  rc=0
  took=0
  if [ $QUICK = 0 ] && [ "$PEER_RUNS" -gt 1 ]; then  # a first, bounded run: fast enough?
    log "Spectral: first run on $N files (at most $PEER_LIMIT s)"
    start=$(date +%s.%N)
    timeout $((PEER_LIMIT + 60)) "$SPECTRAL" "${SP_ARGS[@]}" >"$WORK/out/spectral_first.out" 2>&1
    rc=$?
    took=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
    log "Spectral: first run took ${took}s (exit $rc)"
  fi
  if [ $rc -eq 124 ] || awk -v t="$took" -v l="$PEER_LIMIT" 'BEGIN { exit !(t > l) }'; then
    log "Spectral took over $PEER_LIMIT s on $N files: running it on 1,000 files instead"
    SPECTRAL_N=1000
    SPECTRAL_CORPUS=$WORK/corpus-1000
    [ -d "$SPECTRAL_CORPUS" ] || gen "$SPECTRAL_CORPUS" 1000 --seed "$SEED"
    SP_ARGS=(lint --ruleset "$BENCH/spectral.yaml" -f text --quiet "$SPECTRAL_CORPUS/**/*.yaml" "$SPECTRAL_CORPUS/**/*.yml")
    rc=0
    measure sl_all_1000 "$RUNS" "$STACKLINT" check --fail-on never -q --no-color "$SPECTRAL_CORPUS"
  fi
  if [ $rc -le 1 ]; then
    log "timing Spectral ($RUNS runs on $SPECTRAL_N files)"
    measure spectral "$PEER_RUNS" "$SPECTRAL" "${SP_ARGS[@]}"
    peer_ok spectral
    rc=$?
  fi
  if [ "$rc" = 0 ]; then
    SPECTRAL_NOTE="$(grep -c ' \(error\|warning\) ' "$WORK/out/spectral.out") problems in $(grep ' \(error\|warning\) ' "$WORK/out/spectral.out" | cut -d: -f1 | sort -u | wc -l) files"
    [ "$SPECTRAL_N" != "$N" ] && SPECTRAL_NOTE="ON 1,000 FILES ONLY (over $PEER_LIMIT s on $N); $SPECTRAL_NOTE"
  else
    SPECTRAL_NOTE="failed: $(tail -1 "$WORK/out/spectral.out" 2>/dev/null || tail -1 "$WORK/out/spectral_first.out")"
  fi
fi

# ---- mixed repository: mostly non-stack YAML -------------------------------------------------
log "generating the mixed repository ($MIXED_N non-stack files, $MIXED_STACKS stacks)"
MIXED=$WORK/mixed
rm -rf "$MIXED"
python3 "$BENCH/gen_mixed.py" "$MIXED" "$MIXED_N" "$MIXED_STACKS" --seed "$SEED" >>"$WORK/gen.log" ||
  fail "gen_mixed.py"
MIXED_BYTES=$(find "$MIXED" -name '*.y*ml' -printf '%s\n' | awk '{ s += $1 } END { print s }')
log "timing the mixed repository: stacklint -j 1, all threads, floor, I/O floor"
set_cmd mx_j1 "$STACKLINT" check -j 1 --fail-on never -q --no-color "$MIXED"
set_cmd mx_all "$STACKLINT" check --fail-on never -q --no-color "$MIXED"
set_cmd mx_floor "$FLOOR" "$MIXED"
set_cmd mx_io "$FLOOR" --io "$MIXED"
interleave "$RUNS" mx_j1 mx_all mx_floor mx_io
for label in mx_j1 mx_all; do
  for c in $(getv "$label" codes); do bad_code "$c" && fail "stacklint ($label) exited $c"; done
done
# The same findings as linting the stacks alone (same working folder, so the same paths).
run_stacklint mx_stacks_alone check -j 1 --fail-on never -q --no-color "$MIXED/stacks"
if cmp -s "$WORK/out/mx_j1.out" "$WORK/out/mx_stacks_alone.out"; then
  MX_SAME="yes: $(findings mx_j1)"
else
  MX_SAME="NO: $(findings mx_j1) in the repository, $(findings mx_stacks_alone) for the stacks alone"
  fail "mixed repository: findings differ from linting the stacks alone"
fi
MX_AJV_NOTE="skipped (not installed)"
MX_SPECTRAL_NOTE="skipped (not installed)"
if [ -n "$AJV" ] && command -v node >/dev/null; then
  # ajv-cli (js-yaml's load) exits at the first multi-document file (a Deployment + Service):
  # it runs on a copy without those, beside stacklint on the same copy.
  MIXED_AJV=$WORK/mixed-ajv
  rm -rf "$MIXED_AJV" && cp -al "$MIXED" "$MIXED_AJV"
  MX_MULTI=$(grep -rlx -e '---' "$MIXED_AJV" | wc -l)
  grep -rlx -e '---' "$MIXED_AJV" | xargs -r rm -f
  log "ajv-cli on the mixed repository ($MX_MULTI multi-document files left out)"
  measure mx_ajv "$PEER_RUNS" "$AJV" validate -s "$BENCH/equivalent.schema.json" -d "$MIXED_AJV/**/*.{yaml,yml}"
  if peer_ok mx_ajv; then
    measure mx_all_ajv "$RUNS" "$STACKLINT" check --fail-on never -q --no-color "$MIXED_AJV"
    MX_AJV_NOTE="$(count_ajv mx_ajv "$MIXED_AJV"); the $MX_MULTI multi-document files left out (ajv-cli stops at the first)"
  else
    MX_AJV_NOTE="failed (exit $(getv mx_ajv codes)): $(grep -v 'valid$' "$WORK/out/mx_ajv.out" | tail -1 | cut -c1-150)"
  fi
fi
if [ -n "$SPECTRAL" ] && command -v node >/dev/null; then
  log "Spectral on the mixed repository"
  measure mx_spectral "$PEER_RUNS" "$SPECTRAL" lint --ruleset "$BENCH/spectral.yaml" -f text --quiet \
    "$MIXED/**/*.yaml" "$MIXED/**/*.yml"
  if peer_ok mx_spectral; then
    MX_SPECTRAL_NOTE="$(grep -c ' \(error\|warning\) ' "$WORK/out/mx_spectral.out") problems"
  else
    MX_SPECTRAL_NOTE="failed: $(tail -1 "$WORK/out/mx_spectral.out" | cut -c1-150)"
  fi
fi

# ---- memory and latency ----------------------------------------------------------------------
log "peak memory"
RSS_ALL=$(peak_rss rss_all "$STACKLINT" check --fail-on never -q --no-color "$CORPUS")
RSS_J1=$(peak_rss rss_j1 "$STACKLINT" check -j 1 --fail-on never -q --no-color "$CORPUS")
RSS_FLOOR=$(peak_rss rss_floor "$FLOOR" "$CORPUS")

log "single-file latency ($LAT_RUNS runs)"
CLEAN_FILE=""
for f in "$CORPUS"/d000/stack-*.yaml; do
  if ! grep -q "^d000/$(basename "$f")	" "$CORPUS/problems.tsv"; then CLEAN_FILE=$f; break; fi
done
BAD_FILE=$CORPUS/$(awk -F'\t' '$2 == "default-specific" { print $1; exit }' "$CORPUS/problems.tsv")
run_stacklint lat_clean check "$CLEAN_FILE"
[ $? -eq 0 ] || fail "the clean corpus file $CLEAN_FILE has findings: $(head -1 "$WORK/out/lat_clean.out")"
mkdir -p "$WORK/empty" "$WORK/one"
cp "$CLEAN_FILE" "$WORK/one/"
# As pre-commit runs each tool on one staged file: the hook's entry (`check --only-stacks`) on a
# stack and on a Kubernetes manifest (most staged YAML is no stack), and the peers on the stack.
# stacklint's rows and the floors are timed round-robin, so that the machine's slow and fast
# minutes fall on all of them alike.
K8S_FILE=$(find "$MIXED/k8s" -name 'deployment-*.yaml' | sort | head -1)
set_cmd lat_clean "$STACKLINT" check "$CLEAN_FILE"
set_cmd lat_bad "$STACKLINT" check "$BAD_FILE"
set_cmd lat_version "$STACKLINT" --version
set_cmd lat_empty "$STACKLINT" check "$WORK/empty"
set_cmd lat_hook "$STACKLINT" check --only-stacks "$CLEAN_FILE"
set_cmd lat_hook_k8s "$STACKLINT" check --only-stacks "$K8S_FILE"
LAT_LABELS="lat_clean lat_bad lat_version lat_empty lat_hook lat_hook_k8s"
if [ -n "$FLOOR_STATIC" ]; then
  set_cmd lat_floor1 "$FLOOR_STATIC" "$WORK/one"
  LAT_LABELS+=" lat_floor1"
fi
# shellcheck disable=SC2086 # the labels are words
interleave "$LAT_RUNS" $LAT_LABELS
PEER_LAT_RUNS=7  # a peer takes 0.3-5 s a run: the median of 7
[ -n "$AJV" ] && [ $QUICK = 0 ] && measure lat_ajv "$PEER_LAT_RUNS" "$AJV" validate -s "$BENCH/equivalent.schema.json" -d "$CLEAN_FILE"
[ -n "$SPECTRAL" ] && [ $QUICK = 0 ] && measure lat_spectral "$PEER_LAT_RUNS" "$SPECTRAL" lint --ruleset "$BENCH/spectral.yaml" -f text --quiet "$CLEAN_FILE"
command -v yamllint >/dev/null && [ $QUICK = 0 ] && measure lat_yamllint "$PEER_LAT_RUNS" yamllint "$CLEAN_FILE"

# ---- linearity -------------------------------------------------------------------------------
LIN_ROWS=()
for n in $LIN_SIZES; do
  if [ "$n" = "$N" ]; then
    dir=$CORPUS
  else
    dir=$WORK/corpus-$n
    log "generating $n files"
    [ -d "$dir" ] || gen "$dir" "$n" --seed "$SEED" || continue
  fi
  log "linearity: stacklint -j 1 and floor on $n files"
  rss="- (quick)"
  if [ $QUICK = 0 ]; then
    rss=$(peak_rss "lin_$n" "$STACKLINT" check -j 1 --fail-on never -q --no-color "$dir")
  fi
  set_cmd "lin_sl_$n" "$STACKLINT" check -j 1 --fail-on never -q --no-color "$dir"
  set_cmd "lin_floor_$n" "$FLOOR" "$dir"
  interleave "$RUNS" "lin_sl_$n" "lin_floor_$n"
  for c in $(getv "lin_sl_$n" codes); do bad_code "$c" && fail "stacklint on $n files exited $c"; done
  bytes=$(find "$dir" -name '*.y*ml' -printf '%s\n' | awk '{ s += $1 } END { print s }')
  LIN_ROWS+=("$n|$bytes|$rss")
  [ "$dir" != "$CORPUS" ] && [ "$dir" != "$SPECTRAL_CORPUS" ] && rm -rf "$dir"
done

BIG_ROWS=()
# Series: "1", ~1 KiB documents (the corpus' stacks; past 1,000 documents SL007 stops the file);
# "16", ~16 KiB documents (fully linted up to the 10 MiB file-size bound); and in a full run,
# when stacklint has the options, "1r": ~1 KiB documents with the bounds raised
# (--max-file-size 64 MiB, --max-documents 1000000), fully linted at every size; or "64r",
# ~64 KiB documents with only --max-file-size raised (under 1,000 documents at 50 MiB).
CHECK_HELP=$("$STACKLINT" check --help 2>&1)
BIG_SERIES="1 16"
if [ $QUICK = 0 ] && grep -q -- '--max-file-size' <<<"$CHECK_HELP"; then
  if grep -q -- '--max-documents' <<<"$CHECK_HELP"; then BIG_SERIES="1 16 1r"; else BIG_SERIES="1 16 64r"; fi
fi
for series in $BIG_SERIES; do
  doc=${series%r}
  extra=()
  if [ "$series" != "$doc" ]; then
    extra=(--max-file-size 67108864)
    [ "$doc" = 1 ] && extra+=(--max-documents 1000000)
  fi
  for mib in $BIG_SIZES; do
    log "linearity: one ${mib} MiB file of ~${doc} KiB documents${extra[*]:+ (${extra[*]})}"
    dir=$WORK/big
    gen "$dir" --big "$mib" --doc-kib "$doc" --seed "$SEED" || continue
    file=$dir/stacks-${mib}MiB$([ "$doc" -gt 1 ] && echo "-${doc}k").yaml
    docs=$(tail -1 "$WORK/gen.log" | sed -n 's/.* \([0-9]*\) documents.*/\1/p')
    label="big_${series}_${mib}"
    floor_label="bigfloor_${doc}_${mib}"  # the same file in every series of this document size
    rss=$(peak_rss "$label" "$STACKLINT" check -j 1 --fail-on never -q --no-color "${extra[@]}" "$file")
    set_cmd "$label" "$STACKLINT" check -j 1 --fail-on never -q --no-color "${extra[@]}" "$file"
    set_cmd "$floor_label" "$FLOOR" "$file"
    if [ "$mib" -le "$FLOOR_BIG_MAX" ] && [ ! -f "$WORK/t/$floor_label.json" ]; then
      interleave "$RUNS" "$label" "$floor_label"
    else
      interleave "$RUNS" "$label"
    fi
    for c in $(getv "$label" codes); do bad_code "$c" && fail "stacklint on $file exited $c"; done
    BIG_ROWS+=("$series|$doc|$mib|$(stat -c %s "$file")|$docs|$rss|$(findings "$label")${extra[*]:+ (with ${extra[*]})}")
    rm -f "$file"
  done
done

# A probe for costs that grow with line length: one stack written as single-line JSON.
FLOW_ROWS=()
for kib in $FLOW_SIZES; do
  log "one-line probe: $kib KiB"
  gen "$WORK/flow" --flow "$kib" --seed "$SEED" || continue
  file=$WORK/flow/one-line-${kib}KiB.yaml
  run_stacklint "flow_$kib" check -j 1 --fail-on never -q --no-color "$file"
  measure "flow_$kib" 1 "$STACKLINT" check -j 1 --fail-on never -q --no-color "$file"
  measure "flow_${kib}_floor" 1 "$FLOOR" "$file"
  FLOW_ROWS+=("$kib|$(stat -c %s "$file")")
done

# ---- report ----------------------------------------------------------------------------------
python3 "$BENCH/timeit.py" --summary "$WORK"/t/*.json >"$WORK/t/summary.tsv.tmp" &&
  mv "$WORK/t/summary.tsv.tmp" "$WORK/t/summary.tsv"
# Every timed stacklint run, once more: an exit code above 1 (or a signal) fails the run.
while IFS=$'\t' read -r label field value; do
  case "$label" in sl_* | lat_* | lin_sl_* | big_* | flow_*) ;; *) continue ;; esac
  case "$label" in *_floor) continue ;; esac
  [ "$field" = codes ] || continue
  for c in $value; do
    bad_code "$c" && ! grep -q "^FAILED: .*($label)" "$WORK/failures" 2>/dev/null &&
      fail "stacklint ($label) exited $c while timed"
  done
done <"$WORK/t/summary.tsv"
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
emit "- load average at end: $LOAD_END"
emit "- parallel capacity (2 concurrent floor runs / 1 run; 1.00 = $THREADS free cores, 2.00 = one): $CAPACITY_START at start, $(capacity) at end"
emit ""
emit "### Corpus: $N files ($CORPUS_MIB MiB)"
emit ""
emit "stacklint found: $SL_FINDINGS"
emit ""
row() { # row LABEL NAME NOTE: one line of the corpus table
  emit "| $2 | $(getv "$1" n) | $(secs "$(getv "$1" median)") | $(secs "$(getv "$1" min)") | $(secs "$(getv "$1" cpu)") | $3 |"
}
none() { emit "| $1 | - | - | - | - | $2 |"; }
emit "| command | runs | median wall (s) | min wall (s) | mean CPU user+sys (s) | notes |"
emit "| --- | ---: | ---: | ---: | ---: | --- |"
row sl_j1 "stacklint check -j 1" ""
row sl_all "stacklint check (all $THREADS threads)" ""
row floor "floor (yaml-cpp LoadAllFromFile)" "$(cat "$WORK/out/floor.out")"
if [ -f "$WORK/t/ajv.json" ]; then row ajv "ajv-cli validate (JSON copy)" "$AJV_NOTE"
else none "ajv-cli validate (JSON copy)" "$AJV_NOTE"; fi
if [ -f "$WORK/t/ajv_yaml.json" ]; then
  row ajv_yaml "ajv-cli validate (YAML)" "$AJV_Y_NOTE"
  row sl_all_ajvy "stacklint check (all threads), same files" "for the row above"
else
  none "ajv-cli validate (YAML)" "$AJV_Y_NOTE"
fi
if [ -f "$WORK/t/spectral.json" ]; then row spectral "spectral lint ($SPECTRAL_N files)" "$SPECTRAL_NOTE"
else none "spectral lint" "$SPECTRAL_NOTE"; fi
SP_BASE=sl_all
if [ -f "$WORK/t/sl_all_1000.json" ]; then
  SP_BASE=sl_all_1000
  row sl_all_1000 "stacklint check (all threads), 1,000 files" "baseline for Spectral"
fi
emit ""
# ratio2 A B: "median ratio | min ratio"
ratio2() { echo "$(ratio "$(getv "$1" median)" "$(getv "$2" median)") | $(ratio "$(getv "$1" min)" "$(getv "$2" min)")"; }
emit "| ratio (SPEC section 11 target) | of medians | of minimums | target |"
emit "| --- | ---: | ---: | --- |"
emit "| stacklint -j 1 / floor | $(ratio2 sl_j1 floor) | at most 1.5 |"
emit "| stacklint -j 1 / floor, CPU time | $(ratio "$(getv sl_j1 cpu)" "$(getv floor cpu)") | | (same, in CPU time) |"
emit "| ajv-cli (JSON) / stacklint all threads | $(ratio2 ajv sl_all) | at least 2 |"
emit "| ajv-cli (YAML) / stacklint all threads, same files | $(ratio2 ajv_yaml sl_all_ajvy) | (at least 2) |"
emit "| spectral / stacklint all threads | $(ratio2 spectral "$SP_BASE") | at least 100 |"
emit "| stacklint -j 1 / stacklint all threads | $(ratio2 sl_j1 sl_all) | (speed-up on $THREADS threads) |"
emit ""
emit "### Memory and single-file latency"
emit ""
emit "| measure | value | target |"
emit "| --- | ---: | --- |"
emit "| peak RSS, stacklint check (all threads), $N files | $RSS_ALL MiB | under 50 MiB |"
emit "| peak RSS, stacklint check -j 1, $N files | $RSS_J1 MiB | |"
emit "| peak RSS, floor, $N files | $RSS_FLOOR MiB | |"
emit "| stacklint check ONE clean file, median of $(getv lat_clean n) | $(ms "$(getv lat_clean median)") ms | under 2 ms |"
emit "| stacklint check ONE file with a finding, median of $(getv lat_bad n) | $(ms "$(getv lat_bad median)") ms | |"
emit "| stacklint check EMPTY folder (start-up cost), median | $(ms "$(getv lat_empty median)") ms | |"
emit "| stacklint --version (process start), median | $(ms "$(getv lat_version median)") ms | |"
emit "| pre-commit hook (\`check --only-stacks\`) on the stack, median | $(ms "$(getv lat_hook median)") ms | under 2 ms |"
emit "| pre-commit hook on a Kubernetes manifest, median | $(ms "$(getv lat_hook_k8s median)") ms | |"
emit "| yaml-cpp floor on the same one file (static binary: process start and parse), median | $(ms "$(getv lat_floor1 median)") ms | |"
emit "| pre-commit hook on the stack / that floor, of medians | $(ratio "$(getv lat_hook median)" "$(getv lat_floor1 median)") | |"
emit "| pre-commit hook on the stack / \`--version\` (process start), of medians | $(ratio "$(getv lat_hook median)" "$(getv lat_version median)") | |"
emit "| ajv-cli validate on the stack (peer), median of 7 | $(ms "$(getv lat_ajv median)") ms | |"
emit "| spectral lint on the stack (peer), median of 7 | $(ms "$(getv lat_spectral median)") ms | |"
emit "| yamllint on the stack (peer, Debian), median of 7 | $(ms "$(getv lat_yamllint median)") ms | |"
emit ""
emit "### Mixed repository: $MIXED_N non-stack YAML files and $MIXED_STACKS stacks ($(awk -v b="$MIXED_BYTES" 'BEGIN { printf "%.2f", b / 1048576 }') MiB)"
emit ""
emit "Same findings as linting the $MIXED_STACKS stacks alone: $MX_SAME"
emit ""
emit "| command | runs | median wall (s) | min wall (s) | mean CPU user+sys (s) | notes |"
emit "| --- | ---: | ---: | ---: | ---: | --- |"
row mx_j1 "stacklint check -j 1" ""
row mx_all "stacklint check (all $THREADS threads)" ""
row mx_floor "floor (yaml-cpp LoadAllFromFile)" "$(cat "$WORK/out/mx_floor.out")"
row mx_io "I/O floor (read every file, no parse)" "$(cat "$WORK/out/mx_io.out")"
if [ -f "$WORK/t/mx_ajv.json" ]; then
  row mx_ajv "ajv-cli validate" "$MX_AJV_NOTE"
  row mx_all_ajv "stacklint check (all threads), same files" "for the row above"
else
  none "ajv-cli validate" "$MX_AJV_NOTE"
fi
if [ -f "$WORK/t/mx_spectral.json" ]; then row mx_spectral "spectral lint" "$MX_SPECTRAL_NOTE"; else none "spectral lint" "$MX_SPECTRAL_NOTE"; fi
emit ""
emit "| ratio (issue 16 target) | of medians | of minimums | target |"
emit "| --- | ---: | ---: | --- |"
emit "| stacklint -j 1 / floor | $(ratio2 mx_j1 mx_floor) | at most 0.2 |"
emit "| stacklint -j 1 / floor, CPU time | $(ratio "$(getv mx_j1 cpu)" "$(getv mx_floor cpu)") | | |"
emit "| stacklint -j 1 / I/O floor | $(ratio2 mx_j1 mx_io) | at most 2 |"
emit "| stacklint -j 1 / I/O floor, CPU time | $(ratio "$(getv mx_j1 cpu)" "$(getv mx_io cpu)") | | |"
emit "| ajv-cli / stacklint all threads, same files | $(ratio2 mx_ajv mx_all_ajv) | |"
emit "| spectral / stacklint all threads | $(ratio2 mx_spectral mx_all) | |"
emit ""
emit "### Linearity: stacklint -j 1 on corpora of growing size"
emit ""
emit "| files | MiB | stacklint median (s) | ms / 1,000 files | s / MiB | floor median (s) | stacklint / floor | peak RSS -j 1 (MiB) |"
emit "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for row in "${LIN_ROWS[@]}"; do
  IFS='|' read -r n bytes rss <<<"$row"
  t=$(getv "lin_sl_$n" median); f=$(getv "lin_floor_$n" median)
  emit "| $n | $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }') | $(secs "$t") | $(awk -v t="$t" -v n="$n" 'BEGIN { printf "%.0f", t * 1e6 / n }') | $(awk -v t="$t" -v b="$bytes" 'BEGIN { printf "%.3f", t / (b / 1048576) }') | $(secs "$f") | $(ratio "$t" "$f") | $rss |"
done
emit ""
emit "### Linearity: one multi-document file (stacklint -j 1)"
emit ""
emit "| document size | file MiB | documents | stacklint median (s) | s / MiB | floor median (s) | peak RSS (MiB) | peak RSS / file size | stacklint findings |"
emit "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
for row in "${BIG_ROWS[@]}"; do
  IFS='|' read -r series doc mib bytes docs rss found <<<"$row"
  t=$(getv "big_${series}_${mib}" median)
  emit "| ~$doc KiB | $(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1048576 }') | $docs | $(secs "$t") | $(awk -v t="$t" -v b="$bytes" 'BEGIN { printf "%.3f", t / (b / 1048576) }') | $(secs "$(getv "bigfloor_${doc}_${mib}" median)") | $rss | $(awk -v r="$rss" -v b="$bytes" 'BEGIN { if (r + 0 > 0) printf "%.1fx", r * 1048576 / b; else print "-" }') | $found |"
done
emit ""
emit "### Probe: one stack on a single line (minified JSON), 1 run each"
emit ""
emit "| KiB | stacklint -j 1 (s) | floor (s) | stacklint / floor |"
emit "| ---: | ---: | ---: | ---: |"
for row in "${FLOW_ROWS[@]}"; do
  IFS='|' read -r kib bytes <<<"$row"
  t=$(getv "flow_$kib" median); f=$(getv "flow_${kib}_floor" median)
  emit "| $kib | $(secs "$t") | $(secs "$f") | $(ratio "$t" "$f") |"
done
emit ""
[ -s "$WORK/failures" ] && FAILED=1
if [ $FAILED = 0 ]; then
  emit "All steps ran (numbers are reported, not asserted)."
else
  emit "Some steps FAILED:"
  emit ""
  while IFS= read -r line; do emit "- $line"; done <"$WORK/failures"
fi
if [ -n "$OUT_FILE" ]; then cp "$RESULTS" "$OUT_FILE"; fi
log "done in ${SECONDS}s"
exit $FAILED
