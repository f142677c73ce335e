// End to end, abi=value with entry-exit at -O2: mid and leaf are inlined
// into outer; their records' call sites resolve through DWARF inline info
// to frames nested under outer, marked [inlined], their parameters named
// by their own subprograms.
// RUN: %clang -g -O2 -mllvm -sancov-dataflow='abi=value;entry-exit' %s %rtlib-value -o %t.exe
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t.exe
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s --match-full-lines

// CHECK:      == thread {{[0-9]+}} ==
// CHECK-NEXT: main() {
// CHECK-NEXT:   outer(a=1) {
// CHECK-NEXT:     mid(b=2) [inlined] {
// CHECK-NEXT:       leaf(c=3) [inlined]
// CHECK-NEXT:     }  // mid
// CHECK-NEXT:   } -> 7  // outer
// CHECK-NEXT: } -> 0  // main
// CHECK-EMPTY:

volatile int sink = 1;
static inline __attribute__((always_inline)) int leaf(int c) {
  sink = c;
  return c * 2;
}
static inline __attribute__((always_inline)) int mid(int b) {
  sink = b;
  return leaf(b + 1) + 1;
}
__attribute__((noinline)) int outer(int a) { return mid(a + sink); }
int main(void) { return outer(1) == 7 ? 0 : 1; }
