// End to end, abi=value with entry-exit: an exception thrown in thrower and
// caught in catcher leaves thrower and through without PC_EXIT records;
// catcher's return unwinds them.
// RUN: %clang --driver-mode=g++ -g -O1 -mllvm -sancov-dataflow='abi=value;entry-exit' %s %rtlib-value -o %t.exe
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t.exe
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s --match-full-lines

// CHECK:      == thread {{[0-9]+}} ==
// CHECK-NEXT: main() {
// CHECK-NEXT:   catcher(n=1) {
// CHECK-NEXT:     through(n=1) {
// CHECK-NEXT:       thrower(n=2) <unwound>
// CHECK-NEXT:     } <unwound>  // through
// CHECK-NEXT:   } -> -2  // catcher
// CHECK-NEXT: } -> 0  // main
// CHECK-EMPTY:

volatile int sink;
__attribute__((noinline)) int thrower(int n) {
  sink = n;
  if (n > 1)
    throw n;
  return n;
}
__attribute__((noinline)) int through(int n) { return thrower(n + 1) + 1; }
__attribute__((noinline)) int catcher(int n) {
  try {
    return through(n);
  } catch (int e) {
    return -e;
  }
}
int main() { return catcher(1) == -2 ? 0 : 1; }
