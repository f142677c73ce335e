#!/usr/bin/env bash
# Compile-time, code-size and run-time cost of the plugin on the sqlite3
# amalgamation. Results go to docs/BENCHMARKS.md ("Plugin: sqlite3
# amalgamation"); this script prints them as a Markdown table and keeps
# everything it builds in $WORK.
#
#   bench/sqlite/run.sh
#
# Environment (all optional):
#   N=3                 compiles of sqlite3.c per variant and -O level
#   WALL_RUNS=11        wall-clock runs of each driver binary
#   CALLGRIND_COMPILE="O0"
#                       -O levels whose compile is also measured under
#                       callgrind ("" to skip, "O0 O2" for both; -O2 takes
#                       about 40 minutes per compile on a 2-core EPYC VM)
#   PLUGIN=build/lib/SanCovDataflow.so
#   RT=build/lib/libsancov-dataflow-rt.a   measured too if the file exists
#   WORK=$XDG_CACHE_HOME/sancov-dataflow/sqlite-bench
#
# sqlite3.c comes from the npm package better-sqlite3 (pinned below, checked
# by sha256) and is cached outside the repository; it is never committed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$ROOT/bench/sqlite
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/sancov-dataflow
WORK=${WORK:-$CACHE/sqlite-bench}
N=${N:-3}
WALL_RUNS=${WALL_RUNS:-11}
CALLGRIND_COMPILE=${CALLGRIND_COMPILE-O0}
PLUGIN=${PLUGIN:-$ROOT/build/lib/SanCovDataflow.so}
RT=${RT:-$ROOT/build/lib/libsancov-dataflow-rt.a}

CLANG=${CLANG:-clang-22}
SIZE=${SIZE:-llvm-size-22}
OBJDUMP=${OBJDUMP:-llvm-objdump-22}
OBJCOPY=${OBJCOPY:-llvm-objcopy-22}
NM=${NM:-llvm-nm-22}

LIBS=(-lm -lpthread -ldl)

say() { printf '== %s\n' "$*" >&2; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || die "$1 not found${2:+ ($2)}"; }

for t in "$CLANG" "$SIZE" "$OBJDUMP" "$OBJCOPY" "$NM" sha256sum awk; do need "$t"; done
[ -x /usr/bin/time ] || die "/usr/bin/time not found (apt-get install time)"
[ "$N" -ge 1 ] 2>/dev/null || die "N must be a positive integer"

# ---------------------------------------------------------------- sources
. "$HERE/source.sh"
sqlite_source "$CACHE"
mkdir -p "$WORK"

# ---------------------------------------------------------------- plugin
if [ ! -f "$PLUGIN" ]; then
  say "building the plugin"
  (cd "$ROOT" && cmake -S . -B build -G Ninja && cmake --build build)
  [ -f "$PLUGIN" ] || die "$PLUGIN was not built"
fi
# Measure a private copy: a rebuild in the tree during the run must not
# change the plugin between the compiles.
cp "$PLUGIN" "$WORK/SanCovDataflow.so"
P=$WORK/SanCovDataflow.so
PLUGIN_SHA=$(sha256sum "$P" | cut -c1-16)
GIT_REV=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$ROOT" status --porcelain -- lib include CMakeLists.txt 2>/dev/null)" ]; then
  GIT_REV="$GIT_REV+dirty"
fi

cd "$WORK"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- helpers
text_size() { "$SIZE" -A "$1" | awk '$1==".text" {s+=$2} END {print s+0}'; }
rodata_size() { "$SIZE" -A "$1" | awk '$1 ~ /^\.rodata/ {s+=$2} END {print s+0}'; }
# Call sites: relocations against the callback symbols in the disassembly.
callsites() {
  "$OBJDUMP" -dr "$1" | awk -v s="$2" '
    $2 ~ /^R_/ { sym = $3; sub(/[-+]0x[0-9a-f]+$/, "", sym); if (sym == s) n++ }
    END { print n+0 }'
}
defined_functions() { "$NM" --defined-only "$1" | awk '$2 ~ /^[tT]$/ {n++} END {print n+0}'; }
. "$HERE/measure.sh"

# ---------------------------------------------------------------- compile
# compile LEVEL VARIANT: one compile of sqlite3.c, user+sys seconds
# appended to times-LEVEL-VARIANT.txt.
compile() {
  local lvl=$1 var=$2 extra=()
  [ "$var" = inst ] && extra=(-fpass-plugin="$P")
  /usr/bin/time -f '%U %S %e' -o "time.tmp" \
    "$CLANG" "-$lvl" -g -c "$SQLITE_C" -o "sqlite3-$lvl-$var.o" "${extra[@]}" \
    2>"compile-$lvl-$var.log" || {
      cat "compile-$lvl-$var.log" >&2
      die "compile of sqlite3.c failed (-$lvl, $var): see $WORK/compile-$lvl-$var.log"
    }
  awk '{print $1 + $2, $3}' time.tmp >>"times-$lvl-$var.txt"
}

declare -A CT CR
for lvl in O2 O0; do
  rm -f "times-$lvl-base.txt" "times-$lvl-inst.txt"
  for ((i = 1; i <= N; i++)); do
    # Interleave, alternating which variant goes first.
    if ((i % 2)); then order=(base inst); else order=(inst base); fi
    for var in "${order[@]}"; do
      say "compile -$lvl $var ($i/$N)"
      compile "$lvl" "$var"
    done
  done
  for var in base inst; do
    CT[$lvl-$var]=$(cut -d' ' -f1 "times-$lvl-$var.txt" | median)
  done
  CR[$lvl]=$(ratio "${CT[$lvl-inst]}" "${CT[$lvl-base]}")
done

# The plugin pass's own share, from clang's pass timing report.
# A row is "user (pct%)  system (pct%)  user+system (pct%)  wall (pct%)  name".
declare -A PASS_TIME PASS_PCT PASS_TOTAL
for lvl in O2 O0; do
  say "-ftime-report (-$lvl, instrumented)"
  "$CLANG" "-$lvl" -g -c "$SQLITE_C" -o /dev/null -fpass-plugin="$P" -ftime-report 2>"ftime-report-$lvl.txt"
  for k in 5 6; do
    v=$(awk -v k="$k" '/SanCovDataflowPass/ {
      s = $0; n = 0
      while (n < 8 && match(s, /[0-9.]+%?/)) { v[++n] = substr(s, RSTART, RLENGTH); s = substr(s, RSTART + RLENGTH) }
      print v[k]; exit }' "ftime-report-$lvl.txt")
    if [ "$k" = 5 ]; then PASS_TIME[$lvl]=$v; else PASS_PCT[$lvl]=$v; fi
  done
  PASS_TOTAL[$lvl]=$(awk '/Pass execution timing report/ {f=1} f && /Total Execution Time/ {print $4; exit}' "ftime-report-$lvl.txt")
done

declare -A SZ RO CS FN
for lvl in O2 O0; do
  for var in base inst; do
    o=sqlite3-$lvl-$var.o
    SZ[$lvl-$var]=$(text_size "$o")
    RO[$lvl-$var]=$(rodata_size "$o")
    FN[$lvl-$var]=$(defined_functions "$o")
    CS[$lvl-$var-args]=$(callsites "$o" __sanitizer_cov_trace_args)
    CS[$lvl-$var-ret]=$(callsites "$o" __sanitizer_cov_trace_ret)
  done
  [ "${CS[$lvl-base-args]}" = 0 ] && [ "${CS[$lvl-base-ret]}" = 0 ] ||
    die "uninstrumented -$lvl object calls the callbacks"
  [ "${CS[$lvl-inst-args]}" -gt 0 ] || die "instrumented -$lvl object has no __sanitizer_cov_trace_args call"
done

# ------------------------------------------------------ compile, callgrind
declare -A CGC
if [ -n "$CALLGRIND_COMPILE" ]; then
  need valgrind
  for lvl in $CALLGRIND_COMPILE; do
    for var in base inst; do
      extra=()
      [ "$var" = inst ] && extra=(-fpass-plugin="$P")
      say "callgrind: compile -$lvl $var (slow)"
      valgrind --tool=callgrind --callgrind-out-file="cg-compile-$lvl-$var.out" \
        "$CLANG" "-$lvl" -g -c "$SQLITE_C" -o "cg-sqlite3-$lvl-$var.o" "${extra[@]}" \
        2>"cg-compile-$lvl-$var.log" || die "callgrind compile failed: $WORK/cg-compile-$lvl-$var.log"
      CGC[$lvl-$var]=$(cg_total "cg-compile-$lvl-$var.out")
    done
  done
fi

# ---------------------------------------------------------------- run time
say "building the driver"
"$CLANG" -O2 -g -I"$SRC" -c "$HERE/driver.c" -o driver.o
"$CLANG" -O2 -I"$ROOT/include" -c "$HERE/empty-callbacks.c" -o empty-callbacks.o
VARIANTS=()
for lvl in O2 O0; do
  "$CLANG" driver.o "sqlite3-$lvl-base.o" -o "driver-$lvl-base" "${LIBS[@]}"
  "$CLANG" driver.o "sqlite3-$lvl-inst.o" empty-callbacks.o -o "driver-$lvl-empty" "${LIBS[@]}"
  VARIANTS+=("$lvl-base" "$lvl-empty")
done
HAVE_RT=
if [ -f "$RT" ]; then
  cp "$RT" rt.a
  if "$CLANG" driver.o sqlite3-O2-inst.o rt.a -o driver-O2-rt "${LIBS[@]}" 2>link-rt.log ||
     "$CLANG" driver.o sqlite3-O2-inst.o rt.a -o driver-O2-rt "${LIBS[@]}" -lstdc++ 2>link-rt.log; then
    HAVE_RT=1
    RT_SHA=$(sha256sum rt.a | cut -c1-16)
    VARIANTS+=(O2-rt)
  else
    say "runtime $RT does not link, skipped: $(head -3 link-rt.log)"
  fi
fi
# valgrind 3.19 cannot read clang 22's DWARF 5: profile copies without it
# (same code, same symbols).
for v in "${VARIANTS[@]}"; do "$OBJCOPY" --strip-debug "driver-$v" "driver-$v.nodebug"; done

run_driver() { # VARIANT [launcher...]
  local v=$1; shift
  if [ "$v" = O2-rt ]; then
    SANCOV_DATAFLOW_OUT=$WORK/trace-O2-rt.bin "$@" "./driver-$v.nodebug"
  else
    "$@" "./driver-$v.nodebug"
  fi
}

say "checking outputs"
for v in "${VARIANTS[@]}"; do
  run_driver "$v" >"out-$v.txt" || die "driver-$v failed"
  diff -u out-O2-base.txt "out-$v.txt" >"diff-$v.txt" ||
    die "driver-$v prints something else than driver-O2-base: $WORK/diff-$v.txt"
done
OUT_LINES=$(wc -l <out-O2-base.txt)

declare -A IR ARGS RETS WALL
if command -v valgrind >/dev/null; then
  for v in "${VARIANTS[@]}"; do
    say "callgrind: driver-$v"
    run_driver "$v" valgrind --tool=callgrind --callgrind-out-file="cg-driver-$v.out" \
      >"cg-out-$v.txt" 2>"cg-driver-$v.log" || die "callgrind driver-$v failed"
    cmp -s out-O2-base.txt "cg-out-$v.txt" || die "driver-$v under callgrind prints something else"
    IR[$v]=$(cg_total "cg-driver-$v.out")
    ARGS[$v]=$(cg_calls "cg-driver-$v.out" __sanitizer_cov_trace_args)
    RETS[$v]=$(cg_calls "cg-driver-$v.out" __sanitizer_cov_trace_ret)
  done
else
  say "valgrind not found: no instruction counts"
fi

say "wall time: $WALL_RUNS runs of each driver"
for v in "${VARIANTS[@]}"; do rm -f "wall-$v.txt"; done
for ((i = 1; i <= WALL_RUNS; i++)); do
  for v in "${VARIANTS[@]}"; do
    t0=$(now_ns); run_driver "$v" >/dev/null; t1=$(now_ns)
    echo $(((t1 - t0) / 1000)) >>"wall-$v.txt"
  done
done
for v in "${VARIANTS[@]}"; do WALL[$v]=$(median <"wall-$v.txt"); done

# ---------------------------------------------------------------- report
CPU=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
{
  echo "# sqlite3 amalgamation benchmark"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) cores, $CPU; load average at start: $LOAD_START, at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- $("$CLANG" --version | head -1); valgrind: $(valgrind --version 2>/dev/null || echo none)"
  echo "- sqlite $SQLITE_VERSION from npm better-sqlite3@$BSQL_VERSION, sqlite3.c sha256 ${SQLITE_C_SHA256:0:16}…, default compile-time options"
  echo "- plugin: $GIT_REV, SanCovDataflow.so sha256 $PLUGIN_SHA…"
  echo "- N=$N compiles per variant (interleaved, medians of user+sys), $WALL_RUNS wall-clock runs per driver"
  echo
  echo "| measure | baseline | instrumented | ratio |"
  echo "|---|---:|---:|---:|"
  for lvl in O2 O0; do
    echo "| compile \`-$lvl -g\`, user+sys s (median of $N) | ${CT[$lvl-base]} | ${CT[$lvl-inst]} | ${CR[$lvl]} |"
  done
  for lvl in $CALLGRIND_COMPILE; do
    echo "| compile \`-$lvl -g\`, callgrind instructions | ${CGC[$lvl-base]} | ${CGC[$lvl-inst]} | $(ratio "${CGC[$lvl-inst]}" "${CGC[$lvl-base]}") |"
  done
  for lvl in O2 O0; do
    if [ -n "${PASS_TIME[$lvl]}" ]; then
      echo "| plugin pass's own user+sys s at \`-$lvl\` (-ftime-report), share of all LLVM passes | | ${PASS_TIME[$lvl]} of ${PASS_TOTAL[$lvl]} | ${PASS_PCT[$lvl]} |"
    fi
  done
  for lvl in O2 O0; do
    echo "| \`.text\` bytes \`-$lvl\` | ${SZ[$lvl-base]} | ${SZ[$lvl-inst]} | $(ratio "${SZ[$lvl-inst]}" "${SZ[$lvl-base]}") |"
    echo "| \`.rodata*\` bytes \`-$lvl\` | ${RO[$lvl-base]} | ${RO[$lvl-inst]} | $(ratio "${RO[$lvl-inst]}" "${RO[$lvl-base]}") |"
    echo "| call sites \`-$lvl\`: args / ret (defined functions) | (${FN[$lvl-base]}) | ${CS[$lvl-inst-args]} / ${CS[$lvl-inst-ret]} | |"
  done
  for lvl in O2 O0; do
    b=$lvl-base e=$lvl-empty
    if [ -n "${IR[$b]:-}" ]; then
      echo "| driver, sqlite \`-$lvl\`, empty callbacks: instructions (callgrind) | ${IR[$b]} | ${IR[$e]} | $(ratio "${IR[$e]}" "${IR[$b]}") |"
      echo "| driver, sqlite \`-$lvl\`, empty callbacks: callbacks run, args / ret | | ${ARGS[$e]} / ${RETS[$e]} | |"
      echo "| driver, sqlite \`-$lvl\`, empty callbacks: extra instructions per callback | | $(awk -v a="${IR[$e]}" -v b="${IR[$b]}" -v n="$((ARGS[$e] + RETS[$e]))" 'BEGIN {printf "%.1f", (a - b) / n}') | |"
    fi
    echo "| driver, sqlite \`-$lvl\`, empty callbacks: wall µs (median of $WALL_RUNS) | ${WALL[$b]} | ${WALL[$e]} | $(ratio "${WALL[$e]}" "${WALL[$b]}") |"
  done
  if [ -n "$HAVE_RT" ]; then
    if [ -n "${IR[O2-rt]:-}" ]; then
      echo "| driver, sqlite \`-O2\`, real runtime to a file: instructions | ${IR[O2-base]} | ${IR[O2-rt]} | $(ratio "${IR[O2-rt]}" "${IR[O2-base]}") |"
    fi
    echo "| driver, sqlite \`-O2\`, real runtime to a file: wall µs | ${WALL[O2-base]} | ${WALL[O2-rt]} | $(ratio "${WALL[O2-rt]}" "${WALL[O2-base]}") |"
    echo "| trace file bytes (\`SANCOV_DATAFLOW_OUT\`), runtime sha256 $RT_SHA… | | $(stat -c %s trace-O2-rt.bin 2>/dev/null || echo missing) | |"
  fi
  echo
  echo "Driver output: $OUT_LINES lines, identical for every variant (${VARIANTS[*]})."
  echo
  echo "Raw compile user+sys seconds, in run order:"
  for lvl in O2 O0; do
    for var in base inst; do
      echo "- -$lvl $var: $(cut -d' ' -f1 "times-$lvl-$var.txt" | tr '\n' ' ')"
    done
  done
} | tee results.md
say "results in $WORK/results.md"
