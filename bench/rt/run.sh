#!/usr/bin/env bash
# Measures the user-space runtime: ns per record and records/s of a program
# calling one small instrumented function in a loop, against the same
# program built without the plugin. Writes a markdown report to stdout.
#
#   bench/rt/run.sh [BUILD_DIR]     (default: build)
#
# A second table measures recording off (SANCOV_DATAFLOW_OUT= empty)
# against the same instrumented code linked with empty callbacks.
#
# Environment: CALLS (default 5000000), MMAP_CALLS (default 200000, the
# process_vm_readv path is slow), OUT_DIR (where traces go; default a
# temporary directory next to the build), CLANG (default clang-22), RT (the
# runtime archive; default the build's ABI A archive), SECTIONS (default
# "records idle"), IDLE_RUNS (default 5: runs per idle variant, median).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../build}" && pwd)
clang=${CLANG:-clang-22}
calls=${CALLS:-5000000}
mmap_calls=${MMAP_CALLS:-200000}
plugin=$build/lib/SanCovDataflow.so
rt=${RT:-$build/lib/libsancov-dataflow-rt.a}
sections=${SECTIONS:-records idle}
idle_runs=${IDLE_RUNS:-5}
for f in "$plugin" "$rt"; do
  [ -f "$f" ] || { echo "run.sh: $f not found; build first" >&2; exit 1; }
done
work=$(mktemp -d "${OUT_DIR:-$build}/bench-rt.XXXXXX")
trap 'rm -rf "$work"' EXIT

$clang -O2 -g "$here/bench.c" -o "$work/plain"
# Two value records per call (ENTRY and RET): entry-exit, on by default in
# user space, would add its two hooks' records to every call.
$clang -O2 -g -fpass-plugin="$plugin" -mllvm -sancov-dataflow=no-entry-exit \
  -c "$here/bench.c" -o "$work/inst.o"
$clang -O2 "$work/inst.o" "$rt" -o "$work/inst"
# The empty receiver speaks ABI A unless told otherwise (-DSCDF_ABI).
$clang -O2 -I"$here/../../include" "$work/inst.o" \
  "$here/../sqlite/empty-callbacks.c" -o "$work/empty"

field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }

echo "machine: $(uname -m), $(nproc) CPUs, kernel $(uname -r), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "trace file system: $(df -T "$work" | awk 'NR==2 {print $2}')"
echo "first touch of a fresh anonymous page: $("$work/plain" pages 65536 | field wall_ns_per_page) ns (one page holds 128 scalar records)"
echo
records_section() {
  echo "| mode | calls | plain ns/call | instrumented ns/call (wall) | ns/record (wall, over plain) | records/s | user ns/record | sys ns/record |"
  echo "|---|---|---|---|---|---|---|---|"
  for mode in scalar stack global heap mmap wide bounded; do
    n=$calls
    [ "$mode" = mmap ] && n=$mmap_calls
    m=$mode
    envs=(SANCOV_DATAFLOW_OUT="$work/t.bin")
    if [ "$mode" = bounded ]; then
      # Bounded buffer already full: the cost of dropping (and counting).
      m=scalar
      envs+=(SANCOV_DATAFLOW_BUFFER=16)
    fi
    p=$("$work/plain" "$m" "$n")
    i=$(env "${envs[@]}" "$work/inst" "$m" "$n")
    rm -f "$work/t.bin"
    pw=$(echo "$p" | field wall_ns_per_call)
    iw=$(echo "$i" | field wall_ns_per_call)
    pu=$(echo "$p" | field user_ns_per_call)
    iu=$(echo "$i" | field user_ns_per_call)
    is=$(echo "$i" | field sys_ns_per_call)
    ps=$(echo "$p" | field sys_ns_per_call)
    awk -v mode="$mode" -v n="$n" -v pw="$pw" -v iw="$iw" -v pu="$pu" \
        -v iu="$iu" -v is="$is" -v ps="$ps" 'BEGIN {
      rec = (iw - pw) / 2
      printf "| %s | %d | %.2f | %.2f | %.2f | %.2fM | %.2f | %.2f |\n", mode, n,
        pw, iw, rec, 2e3 / iw, (iu - pu) / 2, (is - ps) / 2
    }'
  done

  if command -v valgrind > /dev/null; then
    echo
    echo "Instructions (valgrind --tool=callgrind, 100000 calls = 200000 records):"
    echo
    echo "| mode | plain Ir | instrumented Ir | Ir per record |"
    echo "|---|---|---|---|"
    # Not heap: under valgrind malloc'ed memory is not in the brk heap, so
    # the runtime would (correctly) take the process_vm_readv path.
    for mode in scalar stack global wide; do
      a=$(env valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" \
            "$work/plain" "$mode" 100000 2>&1 >/dev/null |
          sed -n 's/.*Collected : *\([0-9]*\).*/\1/p')
      b=$(env SANCOV_DATAFLOW_OUT="$work/t.bin" valgrind --tool=callgrind \
            --callgrind-out-file="$work/cg.out" "$work/inst" "$mode" 100000 \
            2>&1 >/dev/null | sed -n 's/.*Collected : *\([0-9]*\).*/\1/p')
      rm -f "$work/t.bin"
      awk -v m="$mode" -v a="$a" -v b="$b" \
        'BEGIN { printf "| %s | %d | %d | %.1f |\n", m, a, b, (b - a) / 200000 }'
    done
  else
    echo
    echo "(valgrind not installed: no instruction counts)"
  fi
}

# Median wall ns per call of `env ENV... PROGRAM scalar CALLS` over
# idle_runs runs.
median_wall() {
  for _ in $(seq "$idle_runs"); do
    env "$@" scalar "$calls" | field wall_ns_per_call
  done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

idle_section() {
  echo
  echo "Recording off: \`int f(int)\` in a loop ($calls calls, 2 callbacks per"
  echo "call), median of $idle_runs runs; the instrumented object is the same for"
  echo "the last three rows."
  echo
  echo "| build | wall ns/call | Ir per call |"
  echo "|---|---|---|"
  local name prog envs ir
  for row in "plain|$work/plain|" "empty callbacks|$work/empty|" \
             "runtime, SANCOV_DATAFLOW_OUT= (off)|$work/inst|SANCOV_DATAFLOW_OUT="; do
    IFS='|' read -r name prog envs <<< "$row"
    local -a e=()
    [ -n "$envs" ] && e=("$envs")
    ir="-"
    if command -v valgrind > /dev/null; then
      ir=$(env "${e[@]}" valgrind --tool=callgrind \
             --callgrind-out-file="$work/cg.out" "$prog" scalar 1000000 \
             2>&1 >/dev/null |
           sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' |
           awk '{ printf "%.1f", $1 / 1000000 }')
    fi
    echo "| $name | $(median_wall "${e[@]}" "$prog") | $ir |"
  done
}

for section in $sections; do
  "${section}_section"
done
