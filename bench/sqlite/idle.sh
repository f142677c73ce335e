#!/usr/bin/env bash
# Idle cost of the user-space runtime on the sqlite workload: the driver
# built without the plugin, with the plugin and empty callbacks, and with
# the plugin and a runtime archive that does not record
# (SANCOV_DATAFLOW_OUT= empty). Same instrumented object for the last ones;
# runs interleaved; medians. Prints a Markdown table.
#
#   bench/sqlite/idle.sh [RT_ARCHIVE...]    (default build/lib/libsancov-dataflow-rt.a)
#
# Environment: ROWS=5000 (driver rows), WALL_RUNS=7, CALLGRIND=1 (0 skips
# the instruction counts), PLUGIN_OPTIONS (plugin parameters for the
# instrumented compile, e.g. "guard"; the empty receiver is built for the
# same abi= with -DSCDF_ABI=), PLUGIN, CLANG, WORK (default
# $XDG_CACHE_HOME/sancov-dataflow/sqlite-idle). sqlite3.c is the one
# bench/sqlite/run.sh fetches and checks; run that once first.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$ROOT/bench/sqlite
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/sancov-dataflow
SRC=$CACHE/better-sqlite3-13.2.0
WORK=${WORK:-$CACHE/sqlite-idle}
ROWS=${ROWS:-5000}
WALL_RUNS=${WALL_RUNS:-7}
CALLGRIND=${CALLGRIND:-1}
PLUGIN=${PLUGIN:-$ROOT/build/lib/SanCovDataflow.so}
PLUGIN_OPTIONS=${PLUGIN_OPTIONS:-}
opts=()
[ -z "$PLUGIN_OPTIONS" ] || opts=(-mllvm "-sancov-dataflow=$PLUGIN_OPTIONS")
abi=SCDF_ABI_KCOV_V2
case ";$PLUGIN_OPTIONS;" in
*";abi=value-pc;"*) abi=SCDF_ABI_VALUE_PC ;;
*";abi=value;"*) abi=SCDF_ABI_VALUE ;;
*";abi=tag;"*) abi=SCDF_ABI_TAG ;;
*";abi=packed;"*) abi=SCDF_ABI_PACKED ;;
esac
CLANG=${CLANG:-clang-22}
OBJCOPY=${OBJCOPY:-llvm-objcopy-22}
LIBS=(-lm -lpthread -ldl)
[ $# -gt 0 ] || set -- "$ROOT/build/lib/libsancov-dataflow-rt.a"
rts=()
for rt in "$@"; do rts+=("$(realpath "$rt")"); done
[ -f "$SRC/sqlite3.c" ] || { echo "idle.sh: $SRC/sqlite3.c missing: run bench/sqlite/run.sh once" >&2; exit 1; }
mkdir -p "$WORK"
cd "$WORK"

"$CLANG" -O2 -g -c "$SRC/sqlite3.c" -o sqlite3-base.o
"$CLANG" -O2 -g -c "$SRC/sqlite3.c" -o sqlite3-inst.o -fpass-plugin="$PLUGIN" \
  "${opts[@]}"
"$CLANG" -O2 -g -I"$SRC" -c "$HERE/driver.c" -o driver.o
"$CLANG" -O2 -I"$ROOT/include" -DSCDF_ABI=$abi -c "$HERE/empty-callbacks.c" \
  -o empty-callbacks.o
"$CLANG" driver.o sqlite3-base.o -o driver-plain "${LIBS[@]}"
"$CLANG" driver.o sqlite3-inst.o empty-callbacks.o -o driver-empty "${LIBS[@]}"
variants=(plain empty)
names=("plain (no plugin)" "plugin + empty callbacks")
k=0
for rt in "${rts[@]}"; do
  k=$((k + 1))
  "$CLANG" driver.o sqlite3-inst.o "$rt" -o "driver-rt$k" "${LIBS[@]}"
  variants+=("rt$k")
  names+=("plugin + $(basename "$rt") ($(sha256sum "$rt" | cut -c1-12)), SANCOV_DATAFLOW_OUT=")
done

run() { SANCOV_DATAFLOW_OUT= "$@" "$ROWS"; }
for v in "${variants[@]}"; do
  run "./driver-$v" > "out-$v.txt"
  cmp -s out-plain.txt "out-$v.txt" || { echo "idle.sh: driver-$v prints something else" >&2; exit 1; }
  rm -f "wall-$v.txt"
done
for ((i = 0; i < WALL_RUNS; i++)); do
  for v in "${variants[@]}"; do
    t0=$(date +%s%N); run "./driver-$v" > /dev/null; t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000)) >> "wall-$v.txt"
  done
done
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ir() {
  [ "$CALLGRIND" = 1 ] && command -v valgrind > /dev/null || { echo -; return; }
  # valgrind 3.19 cannot read clang 22's DWARF 5: profile a stripped copy.
  "$OBJCOPY" --strip-debug "driver-$1" "driver-$1.nodebug"
  run valgrind --tool=callgrind --callgrind-out-file="cg-$1.out" \
    "./driver-$1.nodebug" 2>&1 > /dev/null |
    sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}

echo "sqlite driver, $ROWS rows, -O2, plugin options '$PLUGIN_OPTIONS'; wall: median of $WALL_RUNS interleaved runs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| build | wall ms | wall vs plain | Ir | Ir vs plain |"
echo "|---|---|---|---|---|"
pw=$(median < wall-plain.txt)
pir=$(ir plain)
for idx in "${!variants[@]}"; do
  v=${variants[$idx]}
  w=$(median < "wall-$v.txt")
  i=$pir
  [ "$v" = plain ] || i=$(ir "$v")
  awk -v n="${names[$idx]}" -v w="$w" -v pw="$pw" -v i="$i" -v pi="$pir" 'BEGIN {
    r = (i == "-" || pi == "-") ? "-" : sprintf("%.2fx", i / pi)
    printf "| %s | %.1f | %.2fx | %s | %s |\n", n, w / 1000, w / pw, i, r
  }'
done
