// End to end: calls are paired per thread, and a call left by longjmp is
// shown unfinished when its caller returns.
// REQUIRES: sancov-rt
// no-entry-exit: this test is about the tree the viewer infers without
// entry-exit records (test/Viewer/e2e-calltree-default.c has the exact one).
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -g -O1 %s %rtlib -pthread -o %t.exe
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t.exe
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false > %t.out
// RUN: FileCheck %s --input-file=%t.out --check-prefix=JMP
// RUN: FileCheck %s --input-file=%t.out --check-prefix=T1
// RUN: FileCheck %s --input-file=%t.out --check-prefix=T2

// JMP:      guarded(depth=2) {
// JMP-NEXT:   jumper(depth=2) {
// JMP-NEXT:     jumper(depth=1) {
// JMP-NEXT:       jumper(depth=0) <unfinished>
// JMP-NEXT:     } <unfinished>  // jumper
// JMP-NEXT:   } <unfinished>  // jumper
// JMP-NEXT: } -> 1  // guarded

// Each worker is the root of its own thread's tree (not indented).
// T1: {{^}}worker(arg=0x1) -> NULL{{$}}
// T2: {{^}}worker(arg=0x2) -> NULL{{$}}

#include <pthread.h>
#include <setjmp.h>
#include <stdint.h>

static jmp_buf env;
volatile int sink;

__attribute__((noinline)) void jumper(int depth) {
  sink = depth;
  if (depth == 0)
    longjmp(env, 1);
  jumper(depth - 1);
  sink = 0;
}
__attribute__((noinline)) int guarded(int depth) {
  if (setjmp(env))
    return 1;
  jumper(depth);
  return 0;
}
__attribute__((noinline)) void *worker(void *arg) {
  sink = (int)(intptr_t)arg;
  return 0;
}

int main(void) {
  sink = guarded(2);
  pthread_t a, b;
  pthread_create(&a, 0, worker, (void *)1);
  pthread_join(a, 0);
  pthread_create(&b, 0, worker, (void *)2);
  pthread_join(b, 0);
  return 0;
}
