#!/usr/bin/env bash
# Viewer speed: records per second of CPU time, and peak memory, for each
# output format and each answer (summary, where, diff, the filters).
#   bench/view/run.sh [CALLS]     (default 1000000 calls = 3 M records)
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD:-$top/build}
calls=${1:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
clang-22 -g -O2 -fpass-plugin="$build/lib/SanCovDataflow.so" \
  "$top/bench/view/gen.c" "$build/lib/libsancov-dataflow-rt.a" -o "$work/gen"
SANCOV_DATAFLOW_OUT="$work/t.bin" "$work/gen" "$calls"
records=$((calls * 3))
"$build/bin/dataflow-view" --depth=0 --binary "$work/gen" "$work/t.bin" > "$work/first"
echo "trace: $records records, $(du -m "$work/t.bin" | cut -f1) MB"
run() {
  local name=$1
  shift
  t=$( { /usr/bin/time -f '%U %S %M' "$build/bin/dataflow-view" "$@" \
          --binary "$work/gen" "$work/t.bin" > /dev/null; } 2>&1 | tail -1)
  awk -v t="$t" -v r="${read:-$records}" -v f="$name" 'BEGIN {
    split(t, a, " "); cpu = a[1] + a[2];
    printf "%-22s %6.2f s CPU  %6.2f M records/s  %4d MB RSS\n", f, cpu,
      r / cpu / 1e6, a[3] / 1024 }'
}
run text --format=text
run jsonl --format=jsonl
run stats --stats
run summary summary
run summary-jsonl summary --format=jsonl
# 0x7: a depth argument (1 call in 8) and ids 7, and the weight field.
run where where 7
run filter-context --filter=visit --context=2 --range=1000:
# diff reads both traces: twice the records.
read=$((records * 2)) run diff diff "$work/t.bin"
run thread-depth --thread=$(awk 'NR == 1 { print $3 }' "$work/first") --depth=1
