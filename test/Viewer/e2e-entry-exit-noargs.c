// End to end, abi=value with entry-exit: a function without parameters
// nests its callees (PC_ENTRY opens it, PC_EXIT closes it); call sites
// name the functions.
// RUN: %clang -g -O2 -mllvm -sancov-dataflow='abi=value;entry-exit' %s %rtlib-value -o %t.exe
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t.exe
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s --match-full-lines

// CHECK:      == thread {{[0-9]+}} ==
// CHECK-NEXT: main() {
// CHECK-NEXT:   noargs() {
// CHECK-NEXT:     leaf(x=1) -> 2
// CHECK-NEXT:     leaf(x=2) -> 4
// CHECK-NEXT:   }  // noargs
// CHECK-NEXT: } -> 0  // main
// CHECK-EMPTY:

volatile int sink;
__attribute__((noinline)) int leaf(int x) {
  sink = x;
  return 2 * x;
}
__attribute__((noinline)) void noargs(void) { sink = leaf(1) + leaf(2); }
int main(void) {
  noargs();
  return 0;
}
