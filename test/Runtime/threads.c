// Each thread writes its own chunk(s) with its own sequence numbers, and a
// thread that records more than one region's worth keeps every record
// (regions are chained, nothing is lost): 4 workers x 20000 calls.
//
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// no-entry-exit: the records this test counts and orders are the args and
// ret records alone, without the user-space default's entry-exit hooks.
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -O2 %s %rtlib -lpthread -o %t
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t
// RUN: %t.dump %t.bin > %t.txt
// RUN: FileCheck %s < %t.txt
// Five threads (main and four workers), all distinct.
// RUN: grep '^THREAD' %t.txt | sed 's/ words.*//' | sort -u | sed 's/ tid=.*//' | sort -u | FileCheck %s --check-prefix=TIDS
// Each worker's sequence starts at #0 (the start routine's ENTRY; its
// void * argument 0x1..0x4 points nowhere, so the value is unreadable) and
// ends at #40001 (its RET), whatever the other threads do.
// RUN: grep -c '^#0 ENTRY worker idx=0 size=8 value=0xbadadd85 ptr=0x[1-4]$' %t.txt | FileCheck %s --check-prefix=FOUR
// RUN: grep -c '^#1 ENTRY work idx=0 size=4 value=0x' %t.txt | FileCheck %s --check-prefix=FOUR
// RUN: grep -c '^#40000 RET work size=4 value=' %t.txt | FileCheck %s --check-prefix=FOUR
// RUN: grep -c '^#40001 RET worker size=8 novalue ptr=0x0$' %t.txt | FileCheck %s --check-prefix=FOUR
// Worker k passes k*100000 + i for i in 0..19999: first and last of k=2.
// RUN: grep -c 'ENTRY work idx=0 size=4 value=' %t.txt | FileCheck %s --check-prefix=COUNT
// RUN: grep '^#1 ENTRY work idx=0 size=4 value=0x30d40 ' %t.txt | count 1
// RUN: grep '^#39999 ENTRY work idx=0 size=4 value=0x35b5f ' %t.txt | count 1
// RUN: grep '^#40000 RET work size=4 value=0x35b05 ' %t.txt | count 1

// 4 x (1 + 2 x 20000 + 1) + main's RET; several chunks per worker, and the
// sequence numbers run on across them without a gap.
// CHECK: HEADER
// CHECK: END modules={{[0-9]+}} threads=5 records=160009 dropped=0 seqgaps=0
// TIDS: THREAD #0
// TIDS-NEXT: THREAD #1
// TIDS-NEXT: THREAD #2
// TIDS-NEXT: THREAD #3
// TIDS-NEXT: THREAD #4
// TIDS-NOT: THREAD
// FOUR: 4
// COUNT: 80000

#include <pthread.h>
#include <stdint.h>

volatile long sink;

__attribute__((noinline)) int work(int x) { return x ^ 0x5a; }

// Instrumented too: one ENTRY and one RET per thread.
static void *worker(void *arg) {
  int k = (int)(intptr_t)arg;
  for (int i = 0; i < 20000; i++)
    sink = work(k * 100000 + i);
  return 0;
}

int main(void) {
  pthread_t t[4];
  for (int k = 0; k < 4; k++)
    pthread_create(&t[k], 0, worker, (void *)(intptr_t)(k + 1));
  for (int k = 0; k < 4; k++)
    pthread_join(t[k], 0);
  return 0;
}
