// End to end, abi=value with entry-exit: a longjmp from jumper(0) back to
// guarded leaves the jumper frames without PC_EXIT records; guarded's
// return unwinds them. Recursive calls are told apart by stack pointer.
// RUN: %clang -g -O1 -mllvm -sancov-dataflow='abi=value;entry-exit' %s %rtlib-value -o %t.exe
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t.exe
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s --match-full-lines

// CHECK:      == thread {{[0-9]+}} ==
// CHECK-NEXT: main() {
// CHECK-NEXT:   guarded(depth=2) {
// CHECK-NEXT:     jumper(depth=2) {
// CHECK-NEXT:       jumper(depth=1) {
// CHECK-NEXT:         jumper(depth=0) <unwound>
// CHECK-NEXT:       } <unwound>  // jumper
// CHECK-NEXT:     } <unwound>  // jumper
// CHECK-NEXT:   } -> 1  // guarded
// CHECK-NEXT:   after() -> 7
// CHECK-NEXT: } -> 0  // main
// CHECK-EMPTY:

#include <setjmp.h>

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
__attribute__((noinline)) int after(void) { return 7 + sink * 0; }
int main(void) {
  sink = guarded(2);
  return after() == 7 ? 0 : 1;
}
