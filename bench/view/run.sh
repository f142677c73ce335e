#!/usr/bin/env bash
# Viewer speed: records per second of CPU time for each output format.
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
echo "trace: $records records, $(du -m "$work/t.bin" | cut -f1) MB"
for fmt in text jsonl stats; do
  args=(--format="$fmt")
  [ "$fmt" = stats ] && args=(--stats)
  t=$( { /usr/bin/time -f '%U %S' "$build/bin/dataflow-view" "${args[@]}" \
          --binary "$work/gen" "$work/t.bin" > /dev/null; } 2>&1 | tail -1)
  awk -v t="$t" -v r="$records" -v f="$fmt" 'BEGIN {
    split(t, a, " "); cpu = a[1] + a[2];
    printf "%-6s %6.2f s CPU  %6.2f M records/s\n", f, cpu, r / cpu / 1e6 }'
done
