// End to end, default options (ABI A, entry-exit on in user space): the
// call tree is exact without asking for it. One function per behaviour:
// a parameterless function's callees nest under it, recursion, several
// returns, a longjmp whose target goes on calling, two threads.
// RUN: %clang -g -O1 %s %rtlib -lpthread -o %t.exe
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t.exe
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s --match-full-lines
// With `guard` (each body cloned, the copy with records chosen at entry)
// the tree is the same.
// RUN: %clang -g -O1 -mllvm -sancov-dataflow=guard %s %rtlib -lpthread -o %t.guard.exe
// RUN: env SANCOV_DATAFLOW_OUT=%t.guard.bin %t.guard.exe
// RUN: %dataflow-view --binary %t.guard.exe %t.guard.bin --locations=false | FileCheck %s --match-full-lines
// RUN: %clang -g -O1 -mllvm -sancov-dataflow=no-entry-exit %s %rtlib -lpthread -o %t.off.exe
// RUN: env SANCOV_DATAFLOW_OUT=%t.off.bin %t.off.exe
// RUN: %dataflow-view --binary %t.off.exe %t.off.bin --locations=false | FileCheck %s --check-prefix=OFF --match-full-lines
// Without entry-exit the parameterless functions main and noargs have no
// ENTRY record: noargs's callees come first, as its siblings.
// OFF:      == thread {{[0-9]+}} ==
// OFF-NEXT: leaf(n=1) -> 2
// OFF-NEXT: leaf(n=2) -> 3
// OFF-NEXT: noargs() -> 5

#include <pthread.h>
#include <setjmp.h>

volatile int sink;

__attribute__((noinline)) int leaf(int n) {
  sink = n;
  return n + 1;
}

// A function without parameters: ABI A has no ENTRY record for it.
// CHECK:      == thread {{[0-9]+}} ==
// CHECK-NEXT: main() {
// CHECK-NEXT:   noargs() {
// CHECK-NEXT:     leaf(n=1) -> 2
// CHECK-NEXT:     leaf(n=2) -> 3
// CHECK-NEXT:   } -> 5  // noargs
__attribute__((noinline)) int noargs(void) { return leaf(1) + leaf(2); }

// Recursion: each call nests in the one before (leaf after the recursive
// call keeps the optimiser from turning it into a loop).
// CHECK-NEXT:   sum(n=2) {
// CHECK-NEXT:     sum(n=1) {
// CHECK-NEXT:       sum(n=0) -> 0
// CHECK-NEXT:       leaf(n=1) -> 2
// CHECK-NEXT:     } -> 2  // sum
// CHECK-NEXT:     leaf(n=2) -> 3
// CHECK-NEXT:   } -> 5  // sum
__attribute__((noinline)) int sum(int n) { return n ? sum(n - 1) + leaf(n) : 0; }

// Several returns: each closes the call.
// CHECK-NEXT:   pick(n=0) {
// CHECK-NEXT:     leaf(n=10) -> 11
// CHECK-NEXT:   } -> 11  // pick
// CHECK-NEXT:   pick(n=1) -> -1
__attribute__((noinline)) int pick(int n) {
  if (n)
    return -1;
  return leaf(10);
}

// A longjmp leaves jumper without its exit; guarded goes on after setjmp
// and calls leaf, which is its callee, not jumper's.
// CHECK-NEXT:   guarded() {
// CHECK-NEXT:     jumper(depth=1) {
// CHECK-NEXT:       jumper(depth=0) <unwound>
// CHECK-NEXT:     } <unwound>  // jumper
// CHECK-NEXT:     leaf(n=20) -> 21
// CHECK-NEXT:   } -> 21  // guarded
static jmp_buf env;
__attribute__((noinline)) void jumper(int depth) {
  if (depth == 0)
    longjmp(env, 1);
  jumper(depth - 1);
  sink = 0;
}
__attribute__((noinline)) int guarded(void) {
  if (setjmp(env))
    return leaf(20);
  jumper(1);
  return 0;
}

// CHECK-NEXT: } -> 0  // main
//
// Threads: each thread's tree is its own, the same in both.
// CHECK-NEXT: == thread {{[0-9]+}} ==
// CHECK-NEXT: worker(arg=NULL) {
// CHECK-NEXT:   noargs() {
// CHECK-NEXT:     leaf(n=1) -> 2
// CHECK-NEXT:     leaf(n=2) -> 3
// CHECK-NEXT:   } -> 5  // noargs
// CHECK-NEXT: } -> NULL  // worker
// CHECK-NEXT: == thread {{[0-9]+}} ==
// CHECK-NEXT: worker(arg=NULL) {
// CHECK-NEXT:   noargs() {
// CHECK-NEXT:     leaf(n=1) -> 2
// CHECK-NEXT:     leaf(n=2) -> 3
// CHECK-NEXT:   } -> 5  // noargs
// CHECK-NEXT: } -> NULL  // worker
// CHECK-EMPTY:
__attribute__((noinline)) void *worker(void *arg) {
  noargs();
  return arg;
}

int main(void) {
  noargs();
  sum(2);
  pick(0);
  pick(1);
  guarded();
  pthread_t t[2];
  for (int i = 0; i < 2; ++i)
    pthread_create(&t[i], 0, worker, 0);
  for (int i = 0; i < 2; ++i)
    pthread_join(t[i], 0);
  return 0;
}
