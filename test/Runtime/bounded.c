// SANCOV_DATAFLOW_BUFFER=N bounds each thread to N record words, like the
// kernel's fixed buffer: the records that fit are kept, every later record
// of the thread is dropped, and the drop count in the thread chunk is exact.
// The records: main's two ENTRY records, then an ENTRY and a RET per call
// of f, then main's RET: 2 + 2 * calls + 1 records. The chunk is compact
// (abi.h): the first record of each (function, kind, argument) is FULL, 34
// bytes with its value; the later ones of f are deltas of 3 bytes (lead,
// one varint: the value moved by one). A record is kept while the room
// left holds its worst case, 37 bytes for one value.
//
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// no-entry-exit: the records this test counts and orders are the args and
// ret records alone, without the user-space default's entry-exit hooks.
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -O2 %s %rtlib -o %t
//
// 40 words = 320 bytes: 4 FULL records (136 bytes) and 50 deltas (150)
// are kept (main x2, f(0..25) x2), 203 - 54 dropped; 34 bytes are left.
// RUN: env SANCOV_DATAFLOW_OUT=%t.40.bin SANCOV_DATAFLOW_BUFFER=40 %t 100
// RUN: %t.dump %t.40.bin | FileCheck %s --check-prefix=B40
// B40:      THREAD #0 tid={{[0-9]+}} bytes=286 dropped=149
// B40-NEXT: #0 ENTRY main idx=0 size=4 value=0x2
// B40-NEXT: #1 ENTRY main idx=1 size=8
// B40-NEXT: #2 ENTRY f idx=0 size=4 value=0x0
// B40:      #52 ENTRY f idx=0 size=4 value=0x19
// B40-NEXT: #53 RET f size=4 value=0x7d
// B40-NEXT: END modules={{[0-9]+}} threads=1 records=54 dropped=149 seqgaps=0
//
// 43 words = 344 bytes: 8 more deltas; the 34 bytes left would hold main's
// RET (no value), but a later, smaller record never takes them.
// RUN: env SANCOV_DATAFLOW_OUT=%t.43.bin SANCOV_DATAFLOW_BUFFER=43 %t 100
// RUN: %t.dump %t.43.bin | FileCheck %s --check-prefix=B43
// B43: THREAD #0 tid={{[0-9]+}} bytes=310 dropped=141
// B43: #61 RET f size=4 value=0x81
// B43-NEXT: END modules={{[0-9]+}} threads=1 records=62 dropped=141
//
// 1K = 1024 words = 8192 bytes: 2678 records; 10003 - 2678 dropped.
// RUN: env SANCOV_DATAFLOW_OUT=%t.1k.bin SANCOV_DATAFLOW_BUFFER=1K %t 5000
// RUN: %t.dump %t.1k.bin | FileCheck %s --check-prefix=B1K
// B1K: THREAD #0 tid={{[0-9]+}} bytes=8158 dropped=7325
// B1K: #2677 RET f size=4 value=0x59d
// B1K-NEXT: END modules={{[0-9]+}} threads=1 records=2678 dropped=7325 seqgaps=0
//
// Too small for a single record: the chunk is there, empty, with the count.
// RUN: env SANCOV_DATAFLOW_OUT=%t.2.bin SANCOV_DATAFLOW_BUFFER=2 %t 100
// RUN: %t.dump %t.2.bin | FileCheck %s --check-prefix=B2
// B2: THREAD #0 tid={{[0-9]+}} bytes=0 dropped=203
// B2-NEXT: END modules={{[0-9]+}} threads=1 records=0 dropped=203
//
// Large enough: nothing dropped.
// RUN: env SANCOV_DATAFLOW_OUT=%t.1m.bin SANCOV_DATAFLOW_BUFFER=1m %t 1000
// RUN: %t.dump %t.1m.bin | FileCheck %s --check-prefix=B1M
// B1M: END modules={{[0-9]+}} threads=1 records=2003 dropped=0 seqgaps=0
//
// A malformed value is an error: one message, no trace, the program runs.
// RUN: rm -f %t.bad.bin
// RUN: env SANCOV_DATAFLOW_OUT=%t.bad.bin SANCOV_DATAFLOW_BUFFER=12X %t 3 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: not ls %t.bad.bin
// BAD: sancov-dataflow: invalid SANCOV_DATAFLOW_BUFFER='12X': expected a positive number of 8-byte record words with an optional K, M or G suffix (at most 1T words); recording disabled
// BAD-NEXT: sum=303
// BAD-NOT: sancov-dataflow

#include <stdio.h>
#include <stdlib.h>

volatile int sink;
__attribute__((noinline)) int f(int x) { return x + 100; }

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 0;
  int sum = 0;
  for (int i = 0; i < n; i++)
    sum += f(i);
  printf("sum=%d\n", sum);
  return 0;
}
