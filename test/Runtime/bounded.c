// SANCOV_DATAFLOW_BUFFER=N bounds each thread to N record words, like the
// kernel's fixed buffer: the records that fit are kept, every later record
// of the thread is dropped, and the drop count in the thread chunk is exact.
// Here every record is 4 words: main's two ENTRY records, then an ENTRY and
// a RET per call of f, then main's RET: 2 + 2 * calls + 1 records.
//
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// RUN: %clang -O2 %s %rtlib -o %t
//
// 40 words: 10 records kept (main x2, f(0..3) x2), 203 - 10 dropped.
// RUN: env SANCOV_DATAFLOW_OUT=%t.40.bin SANCOV_DATAFLOW_BUFFER=40 %t 100
// RUN: %t.dump %t.40.bin | FileCheck %s --check-prefix=B40
// B40:      THREAD #0 tid={{[0-9]+}} words=40 dropped=193
// B40-NEXT: #0 ENTRY main idx=0 size=4 value=0x2
// B40-NEXT: #1 ENTRY main idx=1 size=8
// B40-NEXT: #2 ENTRY f idx=0 size=4 value=0x0
// B40:      #8 ENTRY f idx=0 size=4 value=0x3
// B40-NEXT: #9 RET f size=4 value=0x67
// B40-NEXT: END modules={{[0-9]+}} threads=1 records=10 dropped=193 seqgaps=0
//
// 43 words: the 3 spare words never take a later, smaller record.
// RUN: env SANCOV_DATAFLOW_OUT=%t.43.bin SANCOV_DATAFLOW_BUFFER=43 %t 100
// RUN: %t.dump %t.43.bin | FileCheck %s --check-prefix=B43
// B43: THREAD #0 tid={{[0-9]+}} words=40 dropped=193
// B43: END modules={{[0-9]+}} threads=1 records=10 dropped=193
//
// 1K = 1024 words = 256 records; 2003 - 256 dropped.
// RUN: env SANCOV_DATAFLOW_OUT=%t.1k.bin SANCOV_DATAFLOW_BUFFER=1K %t 1000
// RUN: %t.dump %t.1k.bin | FileCheck %s --check-prefix=B1K
// B1K: THREAD #0 tid={{[0-9]+}} words=1024 dropped=1747
// B1K: #255 RET f size=4 value=0xe2
// B1K-NEXT: END modules={{[0-9]+}} threads=1 records=256 dropped=1747 seqgaps=0
//
// Too small for a single record: the chunk is there, empty, with the count.
// RUN: env SANCOV_DATAFLOW_OUT=%t.2.bin SANCOV_DATAFLOW_BUFFER=2 %t 100
// RUN: %t.dump %t.2.bin | FileCheck %s --check-prefix=B2
// B2: THREAD #0 tid={{[0-9]+}} words=0 dropped=203
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
