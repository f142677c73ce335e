// End to end through compact thread chunks (abi.h THREAD_COMPACT) with CMP
// records: a call site's comparisons are deltas of its previous ones (the
// comparison type in word 2 stays, the operands change by small steps, by
// negative ones and by any 64-bit amount), and both decoders (the viewer's
// lib/Trace and dump-trace's own) give back the exact operands the program
// compared, across several chunks. The small steps keep the records at a
// few bytes each.
// REQUIRES: sancov-rt, x86-registered-target
// RUN: %clang_noplugin -O1 -I%include %S/../Runtime/Inputs/dump-trace.c -o %t.dump
// no-entry-exit: the calls this test checks stay in the order and at the
// depth they had without the user-space default's entry-exit records.
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -g -O1 -fsanitize-coverage=func,inline-bool-flag,trace-cmp %s %rtlib -o %t.exe
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin SANCOV_DATAFLOW_CMP=1 %t.exe > %t.expected
// RUN: %t.dump %t.bin > %t.dumped
// RUN: sed -n 's/^#[0-9]* CMP probe+0x[0-9a-f]* size=8 \(ops=[0-9a-fx,]*\) type=0x[67]$/\1/p' %t.dumped | diff %t.expected -
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false --filter probe > %t.out
// RUN: sed -n 's/^ *cmp \(const \)\{0,1\}\(0x[0-9a-f]*\), \(0x[0-9a-f]*\) (8 bytes)$/ops=\2,\3/p' %t.out | diff %t.expected -
// RUN: FileCheck %s --input-file=%t.out
// RUN: FileCheck %s --input-file=%t.dumped --check-prefix=DUMP
// RUN: awk '/^THREAD/ { sub(/.*bytes=/, ""); b += $1 } /^END/ { sub(/.*records=/, ""); r = $1 } END { print (b < 8 * r ? "under" : "over"), "8 bytes a record" }' %t.dumped | FileCheck %s --check-prefix=SIZE

// CHECK:      probe(v=1000, w=0) {
// CHECK-NEXT:   cmp const 0x8000000000000000, 0x3e8 (8 bytes)
// CHECK-NEXT:   cmp 0x3e8, 0x0 (8 bytes)
// CHECK-NEXT: } -> 0
// CHECK:      probe(v=18446744073709551615 (0xffffffffffffffff), w=1001) {
// CHECK-NEXT:   cmp const 0x8000000000000000, 0xffffffffffffffff (8 bytes)
// CHECK-NEXT:   cmp 0xffffffffffffffff, 0x3e9 (8 bytes)

// 6 records an iteration (probe's ENTRY x2, CMP x2, RET; main's loop CMP),
// more than the 32 KiB first region holds; in words they would take 36
// bytes each on average.
// DUMP:      THREAD #0 tid=[[TID:[0-9]+]] bytes={{[0-9]+}} dropped=0
// DUMP:      THREAD #0 tid=[[TID]] bytes={{[0-9]+}} dropped=0
// DUMP:      END modules={{[0-9]+}} threads=1 records=30001 dropped=0 seqgaps=0

// SIZE: under 8 bytes a record

#include <stdint.h>
#include <stdio.h>

volatile int sink;

__attribute__((noinline)) int probe(uint64_t v, uint64_t w) {
  if (v == 0x8000000000000000ull)
    sink = 1;
  if (v < w)
    sink = 2;
  return 0;
}

int main(void) {
  for (uint64_t r = 0; r < 5000; r++) {
    // 4000 small steps down through zero, then anywhere in 64 bits.
    uint64_t v = r < 4000 ? 1000 - r : r * 0x9e3779b97f4a7c15ull;
    uint64_t w = r < 4000 ? r : ~v;
    printf("ops=0x8000000000000000,0x%llx\nops=0x%llx,0x%llx\n",
           (unsigned long long)v, (unsigned long long)v, (unsigned long long)w);
    probe(v, w);
  }
  return 0;
}
