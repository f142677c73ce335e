// A callback reached while the runtime itself is running records nothing
// (no recursion, no corrupted record), but it is not lost silently: it is
// counted as dropped and leaves a gap in the thread's sequence numbers.
// To get there, this program defines its own, instrumented
// process_vm_readv, which the runtime calls to read a struct that is
// neither on the stack nor in the program's globals or brk heap.
//
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// no-entry-exit: the records this test counts and orders are the args and
// ret records alone, without the user-space default's entry-exit hooks.
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -g -O1 %s %rtlib -o %t
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t | FileCheck %s --check-prefix=OUT
// RUN: %t.dump %t.bin | FileCheck %s
//
// OUT: process_vm_readv calls: 1
//
// CHECK: #0 ENTRY fields idx=0 size=16 fields=0x5,0x6 ptr=0x
// process_vm_readv's 6 ENTRY records and its RET took #1..#7.
// CHECK-NEXT: #8 RET fields size=0 novalue
// CHECK-NEXT: #9 RET main size=4 value=0x0
// CHECK-NEXT: END modules={{[0-9]+}} threads=1 records=3 dropped=7 seqgaps=1

#define _GNU_SOURCE
#include <stdio.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

static int calls;
ssize_t process_vm_readv(pid_t pid, const struct iovec *l, unsigned long ln,
                         const struct iovec *r, unsigned long rn,
                         unsigned long flags) {
  calls++;
  return syscall(SYS_process_vm_readv, pid, l, ln, r, rn, flags);
}

struct S {
  int a;
  long b;
};
volatile long sink;
__attribute__((noinline)) void fields(struct S *s) { sink = (long)s; }

int main(void) {
  struct S *s = mmap(0, 4096, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  s->a = 5;
  s->b = 6;
  fields(s);
  printf("process_vm_readv calls: %d\n", calls);
  return 0;
}
