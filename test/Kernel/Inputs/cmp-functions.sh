#!/bin/sh
# Prints each CMP record of a kernel trace with the function that made it:
#
#   cmp-functions.sh DATAFLOW_VIEW VMLINUX TRACE
#   CMP pipe_write size=8 type=0x7 values=[0x0 0x8]
#
# The function holds the record's call site (word 1) in VMLINUX, found by
# llvm-symbolizer after the trace header's KASLR offset; with inlined
# callees, the function they were inlined into. Fields as
# `dataflow-view --format=records` prints them (type: word 2).
set -eu
view=$1 vmlinux=$2 trace=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# struct scdf_file_header: kaslr_offset is the u64 at byte 32.
kaslr=$(od -An -tx8 -j32 -N8 "$trace" | tr -d ' \n')
"$view" --format=records --vmlinux "$vmlinux" "$trace" |
  sed -n 's/^CMP seq=[0-9]* pc=\(0x[0-9a-f]*\)\( ([^)]*)\)\{0,1\} size=\([0-9]*\) ptr=\(0x[0-9a-f]*\) \(values=.*\)$/\1 size=\3 type=\4 \5/p' \
  > "$tmp/cmp"
# One name, one location and a blank line per address.
cut -d' ' -f1 "$tmp/cmp" |
  llvm-symbolizer-22 --obj="$vmlinux" --adjust-vma="0x$kaslr" --no-inlines |
  awk 'NR % 3 == 1' > "$tmp/functions"
cut -d' ' -f2- "$tmp/cmp" | paste -d' ' "$tmp/functions" - | sed 's/^/CMP /'
