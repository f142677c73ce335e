// End to end, C++, default options (ABI A, entry-exit on in user space):
// an exception unwinds a frame with a cleanup (its exit hook runs on the
// way: shown ended, with no value) and one without; the catching function
// goes on calling, and its callees are its own, not the unwound frames'.
// RUN: %clang --driver-mode=g++ -g -O1 %s %rtlib -o %t.exe
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t.exe
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s --match-full-lines
// With `guard` (each body cloned, the copy with records chosen at entry)
// the tree is the same.
// RUN: %clang --driver-mode=g++ -g -O1 -mllvm -sancov-dataflow=guard %s %rtlib -o %t.guard.exe
// RUN: env SANCOV_DATAFLOW_OUT=%t.guard.bin %t.guard.exe
// RUN: %dataflow-view --binary %t.guard.exe %t.guard.bin --locations=false | FileCheck %s --match-full-lines

// CHECK:      == thread {{[0-9]+}} ==
// CHECK-NEXT: main() {
// CHECK-NEXT:   catcher(n=1) {
// CHECK-NEXT:     cleans(n=1) {
// CHECK-NEXT:       bare(n=2) {
// CHECK-NEXT:         thrower(n=3) <unwound>
// CHECK-NEXT:       } <unwound>  // bare
// CHECK-NEXT:       Guard::~Guard(this=0x{{[0-9a-f]+}})
// CHECK-NEXT:     }  // cleans
// CHECK-NEXT:     leaf(n=-3) -> -2
// CHECK-NEXT:   } -> -2  // catcher
// CHECK-NEXT:   catcher(n=-10) {
// CHECK-NEXT:     cleans(n=-10) {
// CHECK-NEXT:       bare(n=-9) {
// CHECK-NEXT:         thrower(n=-8) -> -8
// CHECK-NEXT:       } -> -7  // bare
// CHECK-NEXT:       Guard::~Guard(this=0x{{[0-9a-f]+}})
// CHECK-NEXT:     } -> -7  // cleans
// CHECK-NEXT:     leaf(n=-7) -> -6
// CHECK-NEXT:   } -> -6  // catcher
// CHECK-NEXT: } -> 0  // main
// CHECK-EMPTY:

volatile int sink;
__attribute__((noinline)) int leaf(int n) {
  sink = n;
  return n + 1;
}
// int thrower(int n) { if (n > 1) throw n; return n; }
__attribute__((noinline)) int thrower(int n) {
  sink = n;
  if (n > 1)
    throw n;
  return n;
}
// No cleanup: unwound without its exit hook.
__attribute__((noinline)) int bare(int n) { return thrower(n + 1) + 1; }
struct Guard {
  __attribute__((noinline)) ~Guard() { sink = 0; }
};
// A destructor to run: the landing pad's exit hook ends the call.
__attribute__((noinline)) int cleans(int n) {
  Guard g;
  return bare(n + 1);
}
// Catches, then calls leaf.
__attribute__((noinline)) int catcher(int n) {
  int r;
  try {
    r = cleans(n);
  } catch (int e) {
    r = -e;
  }
  return leaf(r);
}
int main() { return catcher(1) == -2 && catcher(-10) == -6 ? 0 : 1; }
