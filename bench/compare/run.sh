#!/usr/bin/env bash
# Side by side on the sqlite workload (bench/sqlite: same pinned amalgamation,
# same driver, same row count for every variant): plain, clang's own
# trace-pc, each callback ABI with empty callbacks, guard, entry-exit, our
# runtime linked but idle and recording, and `uftrace record -a` on a -pg
# build; then the viewers' throughput on the recorded traces, and the compile
# time of sqlite3.c at -O2 per ABI. Every ratio is against the plain build
# measured in the same run. Writes $WORK/results.md and replaces the
# generated part of docs/BENCHMARKS.md (between the "bench/compare" markers).
#
#   bench/compare/run.sh
#
# Environment (all optional):
#   ROWS=5000            rows the driver inserts (bench/sqlite/driver.c)
#   WALL_RUNS=21         interleaved wall-clock rounds (each runs every variant)
#   COMPILE_RUNS=3       timed -O2 compiles of sqlite3.c per timed variant
#                        (0: reuse the objects of an earlier run if their
#                        flags and plugin match, and report no compile time)
#   COMPILE_PARALLEL=1   compile the variants of a round concurrently (0: one
#                        at a time)
#   JOBS=$(nproc)        callgrind runs at a time (instruction counts do not
#                        depend on the load)
#   CALLGRIND=1          instruction counts of every variant but uftrace (0: none)
#   CALLGRIND_REC=1      also of our recording runs (slow under valgrind)
#   UPDATE_DOCS=1        rewrite the generated section of docs/BENCHMARKS.md
#   BUILD=build          where the plugin, runtimes and dataflow-view are
#   WORK=$XDG_CACHE_HOME/sancov-dataflow/compare-bench
#
# Needs: clang-22, llvm-objcopy-22 and llvm-size-22, /usr/bin/time, npm (first run only:
# fetches the sqlite source), valgrind (instruction counts; perf counters are
# not available in most VMs) and uftrace (the peer tracer). Nothing is
# installed: a missing tool stops the script with the command to install it.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SQL=$ROOT/bench/sqlite
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/sancov-dataflow
WORK=${WORK:-$CACHE/compare-bench}
BUILD=${BUILD:-$ROOT/build}
ROWS=${ROWS:-5000}
WALL_RUNS=${WALL_RUNS:-21}
COMPILE_RUNS=${COMPILE_RUNS:-3}
COMPILE_PARALLEL=${COMPILE_PARALLEL:-1}
JOBS=${JOBS:-$(nproc)}
CALLGRIND=${CALLGRIND:-1}
CALLGRIND_REC=${CALLGRIND_REC:-1}
UPDATE_DOCS=${UPDATE_DOCS:-1}
CLANG=${CLANG:-clang-22}
OBJCOPY=${OBJCOPY:-llvm-objcopy-22}
SIZE=${SIZE:-llvm-size-22}
LIBS=(-lm -lpthread -ldl)

say() { printf '== %s\n' "$*" >&2; }
die() { printf 'bench/compare/run.sh: %s\n' "$*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || die "$1 not found; install it with: $2"; }

need "$CLANG" "scripts/deps.sh (Debian package clang-22 from apt.llvm.org)"
need "$OBJCOPY" "scripts/deps.sh (Debian package llvm-22)"
need "$SIZE" "scripts/deps.sh (Debian package llvm-22)"
need sha256sum "apt-get install coreutils"
need awk "apt-get install mawk"
[ -x /usr/bin/time ] || die "/usr/bin/time not found; install it with: apt-get install time"
need uftrace "apt-get install uftrace (Debian 12 ships 0.13)"
[ "$CALLGRIND" = 0 ] || need valgrind "apt-get install valgrind (or run with CALLGRIND=0)"
for n in ROWS WALL_RUNS; do
  [[ ${!n} =~ ^[1-9][0-9]*$ ]] || die "$n must be a positive integer, not '${!n}'"
done
[[ $COMPILE_RUNS =~ ^[0-9]+$ ]] || die "COMPILE_RUNS must be a number, not '$COMPILE_RUNS'"

PLUGIN=$BUILD/lib/SanCovDataflow.so
VIEW=$BUILD/bin/dataflow-view
for f in "$PLUGIN" "$VIEW" "$BUILD/lib/libsancov-dataflow-rt.a"; do
  [ -f "$f" ] || die "$f not found; build first: cmake -S . -B build -G Ninja && cmake --build build"
done

. "$SQL/source.sh"
sqlite_source "$CACHE"
mkdir -p "$WORK"
cd "$WORK"
unset SANCOV_DATAFLOW_OUT SANCOV_DATAFLOW_OPTIONS

# Private copies: a rebuild of the tree during the run changes nothing here.
cp "$PLUGIN" SanCovDataflow.so
cp "$VIEW" dataflow-view
P=$WORK/SanCovDataflow.so
PLUGIN_SHA=$(sha256sum "$P" | cut -c1-16)
GIT_REV=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -z "$(git -C "$ROOT" status --porcelain -- lib include tools CMakeLists.txt 2>/dev/null)" ] ||
  GIT_REV="$GIT_REV+dirty"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

group() { awk -v n="$1" 'BEGIN {if (n == "") {print "–"; exit} s = sprintf("%.0f", n); o = ""; while (length(s) > 3) {o = " " substr(s, length(s) - 2) o; s = substr(s, 1, length(s) - 3)} print s o}'; }
. "$SQL/measure.sh"

# ------------------------------------------------------------ objects
# sqlite3.c compiled once per flag set; OBJ_FLAGS[name] = extra flags.
declare -A OBJ_FLAGS=(
  [plain]=""
  [trace-pc]="-fsanitize-coverage=trace-pc"
  [A]="-fpass-plugin=$P -mllvm -sancov-dataflow=abi=kcov-v2"
  [B]="-fpass-plugin=$P -mllvm -sancov-dataflow=abi=value-pc"
  [C]="-fpass-plugin=$P -mllvm -sancov-dataflow=abi=value"
  [D]="-fpass-plugin=$P -mllvm -sancov-dataflow=abi=tag"
  [E]="-fpass-plugin=$P -mllvm -sancov-dataflow=abi=packed"
  [C-noinl]="-fpass-plugin=$P -mllvm -sancov-dataflow=abi=value;no-inlined-frames"
  [D-noinl]="-fpass-plugin=$P -mllvm -sancov-dataflow=abi=tag;no-inlined-frames"
  [A-guard]="-fpass-plugin=$P -mllvm -sancov-dataflow=abi=kcov-v2;guard"
  [C-guard]="-fpass-plugin=$P -mllvm -sancov-dataflow=abi=value;guard"
  [entry-exit]="-fpass-plugin=$P -mllvm -sancov-dataflow=entry-exit;no-args;no-ret"
  [pg]="-pg"
)
OBJS=(plain trace-pc A B C D E C-noinl D-noinl A-guard C-guard entry-exit pg)
TIMED=(plain A B C D E C-noinl D-noinl) # compiled COMPILE_RUNS times, interleaved
declare -A CT

stamp_of() { # the plugin by its hash, not its path
  printf '%s|%s|%s|%s\n' "$($CLANG --version | head -1)" "$SQLITE_C_SHA256" "$PLUGIN_SHA" "${OBJ_FLAGS[$1]//$P/\$P}"
}
compile() { # NAME: one compile; user+sys seconds appended to ctime-NAME.txt
  local o=$1 flags
  read -ra flags <<<"${OBJ_FLAGS[$o]}"
  /usr/bin/time -f '%U %S' -o "time-$o.tmp" \
    "$CLANG" -O2 -g -c "$SQLITE_C" -o "sqlite3-$o.o" "${flags[@]}" 2>"compile-$o.log" || {
      tail -20 "compile-$o.log" >&2
      die "compile of sqlite3.c ($o: ${OBJ_FLAGS[$o]}) failed; log: $WORK/compile-$o.log"
    }
  awk '{print $1 + $2}' "time-$o.tmp" >>"ctime-$o.txt"
  stamp_of "$o" >"sqlite3-$o.stamp"
}

# Runs JOBS... commands given as names of shell functions with one
# argument each ("fn arg"), at most $PAR at a time; stops at the first failure.
PAR=1
parallel() {
  local pids=() c
  for c in "$@"; do
    if [ "${#pids[@]}" -ge "$PAR" ]; then
      wait "${pids[0]}" || die "a background job failed (see the messages above)"
      pids=("${pids[@]:1}")
    fi
    $c &
    pids+=($!)
  done
  for c in "${pids[@]}"; do wait "$c" || die "a background job failed (see the messages above)"; done
}

if [ "$COMPILE_RUNS" -gt 0 ]; then
  for o in "${OBJS[@]}"; do rm -f "ctime-$o.txt"; done
  # COMPILE_PARALLEL=1: the variants of one round compile at the same time,
  # so they share the same machine conditions (user+sys is per process).
  # The variants compiled once join the first round.
  ONCE=()
  for o in "${OBJS[@]}"; do [[ " ${TIMED[*]} " == *" $o "* ]] || ONCE+=("$o"); done
  for ((i = 0; i < COMPILE_RUNS; i++)); do
    round=()
    # Interleaved, and each round starts with another variant.
    for ((k = 0; k < ${#TIMED[@]}; k++)); do round+=("${TIMED[(i + k) % ${#TIMED[@]}]}"); done
    [ "$i" -gt 0 ] || round+=("${ONCE[@]}")
    PAR=1
    [ "$COMPILE_PARALLEL" = 0 ] || PAR=${#round[@]}
    say "compile sqlite3.c -O2 -g, round $((i + 1))/$COMPILE_RUNS: ${round[*]}"
    jobs_=()
    for o in "${round[@]}"; do jobs_+=("compile $o"); done
    parallel "${jobs_[@]}"
  done
  for o in "${OBJS[@]}"; do CT[$o]=$(median <"ctime-$o.txt"); done
else
  for o in "${OBJS[@]}"; do
    if [ -f "sqlite3-$o.o" ] && [ "$(cat "sqlite3-$o.stamp" 2>/dev/null)" = "$(stamp_of "$o")" ]; then
      say "reusing sqlite3-$o.o"
    else
      say "compile sqlite3.c -O2 -g: $o (not timed)"
      rm -f "ctime-$o.txt"
      compile "$o"
    fi
  done
  # The compile times of the run that compiled these objects, if complete.
  COMPILE_REUSED=1
  for o in "${OBJS[@]}"; do [ -f "ctime-$o.txt" ] || COMPILE_REUSED=; done
  [ -z "$COMPILE_REUSED" ] || for o in "${OBJS[@]}"; do CT[$o]=$(median <"ctime-$o.txt"); done
fi
COMPILE_N=0
[ ! -f ctime-plain.txt ] || COMPILE_N=$(wc -l <ctime-plain.txt)

declare -A TEXT
for o in "${OBJS[@]}"; do
  TEXT[$o]=$("$SIZE" -A "sqlite3-$o.o" | awk '$1 == ".text" {t += $2} END {print t + 0}')
done

# ------------------------------------------------------------ binaries
say "linking the drivers"
"$CLANG" -O2 -g -I"$SRC" -c "$SQL/driver.c" -o driver.o
declare -A ABI_NUM=([A]=0 [B]=1 [C]=2 [D]=3 [E]=4)
declare -A ABI_NAME=([A]=kcov-v2 [B]=value-pc [C]=value [D]=tag [E]=packed)
declare -A RT_SUFFIX=([A]="" [B]=-value-pc [C]=-value [D]=-tag [E]=-packed)
for a in A B C D E; do
  "$CLANG" -O2 -I"$ROOT/include" -DSCDF_ABI="${ABI_NUM[$a]}" -c "$SQL/empty-callbacks.c" -o "empty-$a.o"
done

# VARIANTS in table order; BIN, MODE (run|idle|rec|uftrace) and WHAT each.
VARIANTS=()
declare -A BIN MODE WHAT
add() { VARIANTS+=("$1"); BIN[$1]=$2; MODE[$1]=$3; WHAT[$1]=$4; }
link() { # OUT OBJECTS...: link a driver, 0 if it links
  local out=$1; shift
  "$CLANG" driver.o "$@" -o "$out" "${LIBS[@]}" 2>"link-$out.log" ||
    "$CLANG" driver.o "$@" -o "$out" "${LIBS[@]}" -lstdc++ 2>"link-$out.log"
}
must_link() { link "$@" || die "linking $1 failed: $(head -5 "link-$1.log")"; }

must_link driver-plain sqlite3-plain.o
add plain driver-plain run "\`-O2 -g\`, no instrumentation"
must_link driver-trace-pc sqlite3-trace-pc.o empty-A.o
add trace-pc driver-trace-pc run "clang \`-fsanitize-coverage=trace-pc\`, empty \`__sanitizer_cov_trace_pc\`"
for a in A B C D E; do
  must_link "driver-$a" "sqlite3-$a.o" "empty-$a.o"
  add "$a" "driver-$a" run "ABI $a (\`abi=${ABI_NAME[$a]}\`), empty callbacks"
done
for a in C D; do
  must_link "driver-$a-noinl" "sqlite3-$a-noinl.o" "empty-$a.o"
  add "$a-noinl" "driver-$a-noinl" run "ABI $a + \`no-inlined-frames\`, empty callbacks"
done
for a in A C; do
  must_link "driver-$a-guard" "sqlite3-$a-guard.o" "empty-$a.o"
  add "$a-guard" "driver-$a-guard" run "ABI $a + \`guard\`, guard byte 0 (nothing records)"
done
must_link driver-entry-exit sqlite3-entry-exit.o empty-A.o
add entry-exit driver-entry-exit run "\`entry-exit;no-args;no-ret\`, empty callbacks"

# Our runtime: every per-ABI archive the build has (libsancov-dataflow-rt.a
# is ABI A's).
RT_SHAS=()
RT_ABIS=()
for a in A B C D E; do
  rt=$BUILD/lib/libsancov-dataflow-rt${RT_SUFFIX[$a]}.a
  [ -f "$rt" ] || continue
  cp "$rt" "rt-$a.a"
  RT_SHAS+=("$(basename "$rt") $(sha256sum "rt-$a.a" | cut -c1-16)…")
  if link "driver-rt-$a" "sqlite3-$a.o" "rt-$a.a"; then
    RT_ABIS+=("$a")
    add "rt-$a-idle" "driver-rt-$a" idle "ABI $a, our runtime linked, not recording (\`SANCOV_DATAFLOW_OUT=\` empty)"
  else
    say "runtime $rt does not link with ABI $a objects, skipped: $(head -2 "link-driver-rt-$a.log")"
    continue
  fi
  if [ -f "sqlite3-$a-guard.o" ]; then
    if link "driver-rt-$a-guard" "sqlite3-$a-guard.o" "rt-$a.a"; then
      add "rt-$a-guard-idle" "driver-rt-$a-guard" idle "ABI $a + \`guard\`, our runtime linked, not recording"
    else
      say "ABI $a runtime has no guard byte (link failed), guard + runtime skipped"
    fi
  fi
done
for a in "${RT_ABIS[@]}"; do
  add "rt-$a-rec" "driver-rt-$a" rec "ABI $a, our runtime recording to a file"
  [ -z "${BIN[rt-$a-guard-idle]:-}" ] ||
    add "rt-$a-guard-rec" "driver-rt-$a-guard" rec "ABI $a + \`guard\`, our runtime recording to a file"
done
"$CLANG" -pg driver.o sqlite3-pg.o -o driver-pg "${LIBS[@]}" 2>link-driver-pg.log ||
  die "linking the -pg driver failed: $(head -5 link-driver-pg.log)"
add uftrace driver-pg uftrace "\`uftrace record -a\` on a \`-pg -g\` build"

# valgrind 3.19 cannot read clang 22's DWARF 5: callgrind runs copies
# without debug info (same code, same symbols).
for v in "${VARIANTS[@]}"; do
  "$OBJCOPY" --strip-debug "${BIN[$v]}" "${BIN[$v]}.nodebug"
done

prepare() { # VARIANT: clean what the run writes (outside the timed part)
  case ${MODE[$1]} in
    rec) rm -f "trace-$1.bin" ;;
    uftrace) rm -rf uftrace.data ;;
  esac
}
SUFFIX= # .nodebug under callgrind
run_variant() { # VARIANT [LAUNCHER...]: one run of the driver
  local v=$1; shift
  local bin=./${BIN[$v]}$SUFFIX
  case ${MODE[$v]} in
    run) "$@" "$bin" "$ROWS" ;;
    idle) env SANCOV_DATAFLOW_OUT= "$@" "$bin" "$ROWS" ;;
    rec) env SANCOV_DATAFLOW_OUT="$WORK/trace-$v.bin" "$@" "$bin" "$ROWS" ;;
    uftrace) uftrace record -a -d uftrace.data "$bin" "$ROWS" ;;
  esac
}

say "checking that every variant prints what the plain build prints"
for v in "${VARIANTS[@]}"; do
  prepare "$v"
  run_variant "$v" >"out-$v.txt" 2>"err-$v.txt" || die "$v failed: $(head -5 "err-$v.txt")"
  cmp -s out-plain.txt "out-$v.txt" ||
    die "$v prints something else than the plain build: diff $WORK/out-plain.txt $WORK/out-$v.txt"
done
OUT_LINES=$(wc -l <out-plain.txt)

# ------------------------------------------------------------ instructions
declare -A IR NCB
cg_one() { # VARIANT: callgrind profile cg-VARIANT.out of one run
  local v=$1
  say "callgrind: $v"
  prepare "$v"
  SUFFIX=.nodebug
  run_variant "$v" valgrind --tool=callgrind --callgrind-out-file="cg-$v.out" \
    >"cg-out-$v.txt" 2>"cg-$v.log" || die "callgrind of $v failed: $WORK/cg-$v.log"
  cmp -s out-plain.txt "cg-out-$v.txt" || die "$v under callgrind prints something else"
}
if [ "$CALLGRIND" != 0 ]; then
  CG=()
  for v in "${VARIANTS[@]}"; do
    case ${MODE[$v]} in
      uftrace) continue ;;
      rec) [ "$CALLGRIND_REC" != 0 ] || continue ;;
    esac
    CG+=("$v")
  done
  jobs_=()
  for v in "${CG[@]}"; do jobs_+=("cg_one $v"); done
  PAR=$JOBS
  parallel "${jobs_[@]}"
  for v in "${CG[@]}"; do
    IR[$v]=$(cg_total "cg-$v.out")
    n=0
    for f in __sanitizer_cov_trace_args __sanitizer_cov_trace_ret \
             __sanitizer_cov_trace_packed __sanitizer_cov_trace_pc \
             __sanitizer_cov_trace_pc_entry __sanitizer_cov_trace_pc_exit; do
      n=$((n + $(cg_calls "cg-$v.out" "$f")))
    done
    NCB[$v]=$n
  done
fi

# ------------------------------------------------------------ wall time
say "wall time: $WALL_RUNS interleaved rounds of ${#VARIANTS[@]} variants"
for v in "${VARIANTS[@]}"; do rm -f "wall-$v.txt"; done
nv=${#VARIANTS[@]}
for ((i = 0; i < WALL_RUNS; i++)); do
  say "round $((i + 1))/$WALL_RUNS"
  for ((k = 0; k < nv; k++)); do
    v=${VARIANTS[(i + k) % nv]}
    prepare "$v"
    t0=$(now_ns)
    run_variant "$v" >/dev/null 2>"err-$v.txt" || die "$v failed: $(head -5 "err-$v.txt")"
    t1=$(now_ns)
    echo $(((t1 - t0) / 1000)) >>"wall-$v.txt"
  done
done
declare -A WALL BYTES
declare -A WMIN
for v in "${VARIANTS[@]}"; do WALL[$v]=$(median <"wall-$v.txt"); WMIN[$v]=$(sort -g "wall-$v.txt" | head -1); done
for v in "${VARIANTS[@]}"; do
  case ${MODE[$v]} in
    rec) BYTES[$v]=$(stat -c %s "trace-$v.bin") ;;
    uftrace) BYTES[$v]=$(du -sb uftrace.data | cut -f1) ;;
  esac
done

# ------------------------------------------------------------ viewers
# CPU seconds (user+sys, median of 3 interleaved) to print the last trace of
# each recorder as text, and the calls each trace holds.
declare -A VCPU VCALLS VBYTES
VIEWERS=()
[ "${#RT_ABIS[@]}" -gt 0 ] && VIEWERS+=("dataflow-view")
VIEWERS+=("uftrace replay")
view_argv() { # VIEWER: sets VARGV
  case $1 in
    dataflow-view) VARGV=(./dataflow-view --binary "driver-rt-${RT_ABIS[0]}" "trace-rt-${RT_ABIS[0]}-rec.bin") ;;
    "uftrace replay") VARGV=(uftrace replay -d uftrace.data) ;;
  esac
}
for w in "${VIEWERS[@]}"; do rm -f "vtime-${w// /-}.txt"; done
for ((i = 0; i < 3; i++)); do
  for w in "${VIEWERS[@]}"; do
    say "viewer: $w ($((i + 1))/3)"
    view_argv "$w"
    /usr/bin/time -f '%U %S' -o time.tmp "${VARGV[@]}" >/dev/null 2>"view-${w// /-}.log" ||
      die "$w failed: $(tail -3 "view-${w// /-}.log")"
    awk '{print $1 + $2}' time.tmp >>"vtime-${w// /-}.txt"
  done
done
for w in "${VIEWERS[@]}"; do VCPU[$w]=$(median <"vtime-${w// /-}.txt"); done
if [ -n "${RT_ABIS[0]:-}" ]; then
  VCALLS[dataflow-view]=$(./dataflow-view --stats --binary "driver-rt-${RT_ABIS[0]}" "trace-rt-${RT_ABIS[0]}-rec.bin" |
    awk '$NF == "(total)" {print $4}')
  VBYTES[dataflow-view]=${BYTES[rt-${RT_ABIS[0]}-rec]}
fi
# uftrace replay prints a call as "f(args) {" or, for a leaf, "f(args) = ret;".
VCALLS[uftrace replay]=$(uftrace replay -d uftrace.data | awk '/[{;]$/ {n++} END {print n+0}')
VBYTES[uftrace replay]=${BYTES[uftrace]}

# ------------------------------------------------------------ report
CPU=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
RESULTS=$WORK/results.md
{
  echo "Generated by \`bench/compare/run.sh\` on $(date -u +%Y-%m-%d\ %H:%MZ): $(nproc) cores, $CPU;"
  echo "load average $LOAD_START at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end."
  echo "$("$CLANG" --version | head -1); valgrind $(valgrind --version 2>/dev/null | sed 's/valgrind-//' || echo none); $(uftrace --version | head -1 | cut -d' ' -f1-2)."
  echo "Plugin at $GIT_REV (SanCovDataflow.so sha256 $PLUGIN_SHA…); runtimes: ${RT_SHAS[*]:-none}."
  echo "sqlite $SQLITE_VERSION (sqlite3.c sha256 ${SQLITE_C_SHA256:0:16}…), driver \`bench/sqlite/driver.c $ROWS\`"
  echo "($OUT_LINES lines of output, identical in every variant). Instructions: callgrind, whole"
  echo "process. Wall: median and minimum of $WALL_RUNS interleaved rounds."
  echo
  echo "| variant | instructions | ratio | wall µs, median | ratio | wall µs, min | ratio | callbacks run | instr. per callback | trace bytes |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for v in "${VARIANTS[@]}"; do
    per=–
    if [ -n "${IR[$v]:-}" ] && [ "${NCB[$v]:-0}" -gt 0 ] && [ -n "${IR[plain]:-}" ]; then
      per=$(awk -v a="${IR[$v]}" -v b="${IR[plain]}" -v n="${NCB[$v]}" 'BEGIN {printf "%.1f", (a - b) / n}')
    fi
    cb=–
    [ "${NCB[$v]:-0}" -gt 0 ] && cb=$(group "${NCB[$v]}")
    echo "| \`$v\`: ${WHAT[$v]} | $(group "${IR[$v]:-}") | $(ratio "${IR[$v]:-}" "${IR[plain]:-}") | $(group "${WALL[$v]}") | $(ratio "${WALL[$v]}" "${WALL[plain]}") | $(group "${WMIN[$v]}") | $(ratio "${WMIN[$v]}" "${WMIN[plain]}") | $cb | $per | $(group "${BYTES[$v]:-}") |"
  done
  echo
  echo "Viewers, printing the last trace of each recorder as text to /dev/null (CPU = user+sys, median of 3):"
  echo
  echo "| viewer | trace bytes | calls | CPU s | calls/s |"
  echo "|---|---:|---:|---:|---:|"
  for w in "${VIEWERS[@]}"; do
    echo "| \`$w\` | $(group "${VBYTES[$w]}") | $(group "${VCALLS[$w]}") | ${VCPU[$w]} | $(awk -v c="${VCALLS[$w]}" -v t="${VCPU[$w]}" 'BEGIN {if (t > 0) printf "%.2f M", c / t / 1e6; else print "–"}') |"
  done
  if [ -n "${CT[plain]:-}" ]; then
    echo
    echo "Compile of sqlite3.c, \`$CLANG -O2 -g -c\`, user+sys seconds (${TIMED[*]}: median of $COMPILE_N rounds, each round's compiles $([ "$COMPILE_PARALLEL" = 0 ] && echo "one after the other, in rotated order" || echo "running concurrently"); others: one compile$([ "$COMPILE_RUNS" = 0 ] && echo "; from the runs that compiled the objects"))."
    echo
    echo "| variant | flags | user+sys s | ratio | all runs | \`.text\` bytes | ratio |"
    echo "|---|---|---:|---:|---|---:|---:|"
    for o in "${OBJS[@]}"; do
      f=${OBJ_FLAGS[$o]//$P/\$P}
      echo "| \`$o\` | \`${f:-(none)}\` | ${CT[$o]} | $(ratio "${CT[$o]}" "${CT[plain]}") | $(tr '\n' ' ' <"ctime-$o.txt") | $(group "${TEXT[$o]}") | $(ratio "${TEXT[$o]}" "${TEXT[plain]}") |"
    done
  fi
} >"$RESULTS"
cat "$RESULTS"

if [ "$UPDATE_DOCS" != 0 ]; then
  # shellcheck source=bench/docs-section.sh
  . "$ROOT/bench/docs-section.sh"
  docs_section "$ROOT/docs/BENCHMARKS.md" bench/compare/run.sh "$RESULTS" || exit 1
  say "rewrote the generated section of docs/BENCHMARKS.md"
fi
say "results in $RESULTS"
