// End to end through compact thread chunks (abi.h THREAD_COMPACT): a struct
// argument whose fields change one at a time is recorded as deltas of the
// changed fields only, and the viewer shows every call's exact values.
// Enough calls to need several chunks check that each chunk decodes on its
// own (the first record of a chunk is FULL again).
// REQUIRES: sancov-rt
// RUN: %clang_noplugin -O1 -I%include %S/../Runtime/Inputs/dump-trace.c -o %t.dump
// no-entry-exit: the calls this test checks stay in the order and at the
// depth they had without the user-space default's entry-exit records.
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -g -O1 %s %rtlib -o %t.exe
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t.exe
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false > %t.out
// RUN: FileCheck %s --input-file=%t.out
// RUN: %t.dump %t.bin | FileCheck %s --check-prefix=DUMP

// CHECK:      use(c=0x[[C:[0-9a-f]+]] {id=7, budget=1000, flags=5, level=-3, next=NULL}, round=0) -> 7
// CHECK-NEXT: use(c=0x[[C]] {id=7, budget=-1000, flags=5, level=-3, next=NULL}, round=1) -> 8
// CHECK-NEXT: use(c=0x[[C]] {id=7, budget=-1000, flags=10, level=-3, next=NULL}, round=2) -> 9
// CHECK-NEXT: use(c=0x[[C]] {id=7, budget=-1000, flags=10, level=-3, next=0x[[C]]}, round=3) -> 10
// CHECK-NEXT: use(c=0x[[C]] {id=7, budget=-1000, flags=10, level=32767, next=0x[[C]]}, round=4) -> 11
// CHECK-NEXT: use(c=0x[[C]] {id=7, budget=-1000, flags=10, level=32767, next=0x[[C]]}, round=5) -> 12
// CHECK-NEXT: use(c=0x[[C]] {id=0, budget=-1000, flags=10, level=32767, next=0x[[C]]}, round=0) -> 0
// CHECK-NEXT: use(c=0x[[C]] {id=1, budget=-1000, flags=10, level=32767, next=0x[[C]]}, round=1) -> 2
// CHECK:      use(c=0x[[C]] {id=5000, budget=-1000, flags=10, level=32767, next=0x[[C]]}, round=5000) -> 10000
// CHECK:      use(c=0x[[C]] {id=11999, budget=-1000, flags=10, level=32767, next=0x[[C]]}, round=11999) -> 23998
// CHECK-NEXT: main() -> 0

// The 32 KiB first region holds fewer than the 36 019 records.
// DUMP:      THREAD #0 tid=[[TID:[0-9]+]] bytes={{[0-9]+}} dropped=0
// DUMP-NEXT: #0 ENTRY use idx=0 size=32 fields=0x7,0x3e8,0x5,0xfffd,0x0 ptr=0x[[C:[0-9a-f]+]]
// DUMP:      #3 ENTRY use idx=0 size=32 fields=0x7,0xfffffffffffffc18,0x5,0xfffd,0x0 ptr=0x[[C]]
// DUMP:      THREAD #0 tid=[[TID]] bytes={{[0-9]+}} dropped=0
// DUMP:      END modules={{[0-9]+}} threads=1 records=36019 dropped=0 seqgaps=0

struct conf {
  int id;
  long budget;
  unsigned char flags;
  short level;
  struct conf *next;
};

volatile long sink;

__attribute__((noinline)) long use(struct conf *c, int round) {
  sink = c->budget + c->level;
  return c->id + round;
}

int main(void) {
  struct conf c = {7, 1000, 0x5, -3, 0};
  long sum = 0;
  for (int r = 0; r < 6; r++) {
    if (r == 1)
      c.budget = -1000; // a negative difference
    if (r == 2)
      c.flags = 0xa;
    if (r == 3)
      c.next = &c; // a pointer
    if (r == 4)
      c.level = 32767;
    sum += use(&c, r);
  }
  for (int r = 0; r < 12000; r++) {
    c.id = r;
    sum += use(&c, r);
  }
  return sum == 57 + 11999L * 12000 ? 0 : 1;
}
