#!/usr/bin/env bash
# The user-space runtime under load (docs/RELIABILITY.md; the CI-sized
# version is test/Reliability/runtime-load.test, which says what is checked).
#
#   bench/reliability/runtime-load.sh [THREADS [CALLS [BUFFER_WORDS]]]
#
# Defaults: 8 threads x 1000000 calls, unbounded, then bounded to
# BUFFER_WORDS (default 1M words) per thread. The dumps are streamed into
# the checker (24 M records are about 2.5 GB of text).
# Environment: BUILD [build/], CLANG [clang-22], OUT [mktemp -d].
set -eu
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$here/../..
BUILD=$(realpath "${BUILD:-$root/build}")
CLANG=${CLANG:-clang-22}
T=${1:-8} N=${2:-1000000} W=${3:-1M}
OUT=${OUT:-$(mktemp -d /tmp/runtime-load.XXXXXX)}
inputs=$root/test/Reliability/Inputs
mkdir -p "$OUT/full" "$OUT/bounded"
"$CLANG" -O1 -I"$root/include" "$root/test/Runtime/Inputs/dump-trace.c" -o "$OUT/dump"
"$CLANG" -g -O1 -fpass-plugin="$BUILD/lib/SanCovDataflow.so" "$inputs/runtime-load.c" \
  "$BUILD/lib/libsancov-dataflow-rt.a" -lpthread -o "$OUT/load"
for mode in full bounded; do
  d=$OUT/$mode
  rm -f "$d"/trace.bin*
  extra=() flag=()
  [ $mode = bounded ] && extra=(SANCOV_DATAFLOW_BUFFER="$W") flag=(--bounded)
  start=$(date +%s.%N)
  env SANCOV_DATAFLOW_OUT="$d/trace.bin" "${extra[@]}" "$OUT/load" "$T" "$N"
  secs=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  size=$(stat -c %s "$d/trace.bin")
  "$OUT/dump" "$d"/trace.bin.* > "$d/child.txt"
  echo "$mode: run $secs s, trace $size bytes"
  "$OUT/dump" "$d/trace.bin" | tee >(tail -1 > "$d/end.txt") |
    python3 "$inputs/check-load.py" "$T" "$N" /dev/stdin "$d/child.txt" "${flag[@]}"
  sleep 1
  cat "$d/end.txt"
  rm -f "$d"/trace.bin*
done
