#!/usr/bin/env bash
# Viewer speed: records per second of CPU time, and peak memory, for each
# output format and each answer (summary, where, diff, the filters); then
# text and jsonl on the sqlite trace that bench/compare/run.sh records,
# beside `uftrace replay` of the same workload, in calls per second.
#   bench/view/run.sh [CALLS]     (default 1000000 calls = 3 M records)
# Environment:
#   ROUNDS=3     rounds; each runs every row once (interleaved); median
#   VIEW_B=PATH  another dataflow-view (an older build): its text and jsonl
#                rows are measured in the same rounds, for before/after
#   COMPARE=DIR  bench/compare/run.sh's work directory (default
#                ~/.cache/sancov-dataflow/compare-bench): its driver-rt-A,
#                trace-rt-A-rec.bin and uftrace.data; the sqlite rows are
#                left out when they are not there
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD:-$top/build}
calls=${1:-1000000}
rounds=${ROUNDS:-3}
compare=${COMPARE:-$HOME/.cache/sancov-dataflow/compare-bench}
view=$build/bin/dataflow-view
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
clang-22 -g -O2 -fpass-plugin="$build/lib/SanCovDataflow.so" \
  "$top/bench/view/gen.c" "$build/lib/libsancov-dataflow-rt.a" -o "$work/gen"
SANCOV_DATAFLOW_OUT="$work/t.bin" "$work/gen" "$calls"
records=$((calls * 3))
"$view" --depth=0 --binary "$work/gen" "$work/t.bin" > "$work/first"
tid=$(awk 'NR == 1 { print $3 }' "$work/first")
echo "trace: $records records, $(du -m "$work/t.bin" | cut -f1) MB"

# Rows: NAME|RECORDS|CALLS|COMMAND (words; G is the generated program, T its
# trace). CALLS is 0 where calls per second are not reported.
rows=()
add() { rows+=("$1|$2|$3|$4"); }
g="--binary $work/gen $work/t.bin"
add text "$records" 0 "$view --format=text $g"
add jsonl "$records" 0 "$view --format=jsonl $g"
if [ -n "${VIEW_B:-}" ]; then
  add "text (VIEW_B)" "$records" 0 "$VIEW_B --format=text $g"
  add "jsonl (VIEW_B)" "$records" 0 "$VIEW_B --format=jsonl $g"
fi
add stats "$records" 0 "$view --stats $g"
add summary "$records" 0 "$view summary $g"
add summary-jsonl "$records" 0 "$view summary --format=jsonl $g"
# 0x7: a depth argument (1 call in 8) and ids 7, and the weight field.
add where "$records" 0 "$view where 7 $g"
add filter-context "$records" 0 \
  "$view --filter=visit --context=2 --range=1000: $g"
# diff reads both traces: twice the records.
add diff $((records * 2)) 0 "$view diff $g $work/t.bin"
add thread-depth "$records" 0 "$view --thread=$tid --depth=1 $g"

sq="$compare/trace-rt-A-rec.bin"
if [ -f "$sq" ] && [ -x "$compare/driver-rt-A" ] && [ -d "$compare/uftrace.data" ]; then
  stats=$("$view" --stats --binary "$compare/driver-rt-A" "$sq" |
    awk '$NF == "(total)" { print $1, $4 }')
  sqrec=${stats% *} sqcalls=${stats#* }
  s="--binary $compare/driver-rt-A $sq"
  add "sqlite text" "$sqrec" "$sqcalls" "$view --format=text $s"
  add "sqlite jsonl" "$sqrec" "$sqcalls" "$view --format=jsonl $s"
  if [ -n "${VIEW_B:-}" ]; then
    add "sqlite text (VIEW_B)" "$sqrec" "$sqcalls" "$VIEW_B --format=text $s"
    add "sqlite jsonl (VIEW_B)" "$sqrec" "$sqcalls" "$VIEW_B --format=jsonl $s"
  fi
  if command -v uftrace > /dev/null; then
    # uftrace prints a call as "f(args) {" or, for a leaf, "f(args) = ret;".
    ucalls=$(uftrace replay -d "$compare/uftrace.data" |
      awk '/[{;]$/ { n++ } END { print n + 0 }')
    add "uftrace replay" 0 "$ucalls" "uftrace replay -d $compare/uftrace.data"
  fi
else
  echo "no sqlite trace in $compare (run bench/compare/run.sh): sqlite rows left out"
fi

for ((r = 0; r < rounds; r++)); do
  for i in "${!rows[@]}"; do
    IFS='|' read -r _ _ _ cmd <<< "${rows[$i]}"
    # shellcheck disable=SC2086 # cmd is words
    /usr/bin/time -f '%U %S %M' -o "$work/time" $cmd > /dev/null
    awk '{ print $1 + $2, $3 }' "$work/time" >> "$work/row$i"
  done
done

printf '%-22s %8s %14s %12s %8s\n' row "CPU s" "records/s" "calls/s" RSS
for i in "${!rows[@]}"; do
  IFS='|' read -r name rec ncalls _ <<< "${rows[$i]}"
  sort -n "$work/row$i" | awk -v n="$name" -v r="$rec" -v c="$ncalls" '
    { cpu[NR] = $1; if ($2 > rss) rss = $2 }
    END {
      m = cpu[int((NR + 1) / 2)]
      rs = r ? sprintf("%.2f M", r / m / 1e6) : "-"
      cs = c ? sprintf("%.2f M", c / m / 1e6) : "-"
      printf "%-22s %8.2f %14s %12s %5d MB\n", n, m, rs, cs, rss / 1024
    }'
done
