// End to end, C++: demangled qualified names, `this` with its fields, a
// const reference to a struct and a scalar reference.
// REQUIRES: sancov-rt
// RUN: %clang --driver-mode=g++ -g -O1 %s %rtlib -pthread -o %t.exe
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t.exe
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s

// CHECK:      shapes::Box::grow(this=0x{{[0-9a-f]+}} {w=2, h=3}, by=0x{{[0-9a-f]+}} {w=10, h=20}, count=0x{{[0-9a-f]+}} (*count=7)) -> 20
// CHECK-NEXT: shapes::area<long>(v=6) -> 6

namespace shapes {
struct Box {
  long w, h;
  __attribute__((noinline)) long grow(const Box &by, int &count);
};
long Box::grow(const Box &by, int &count) {
  w += by.w;
  h += by.h;
  return w + ++count;
}
template <typename T> __attribute__((noinline)) T area(T v) {
  asm volatile("" ::: "memory");
  return v;
}
} // namespace shapes

int main() {
  shapes::Box b{2, 3}, d{10, 20};
  int count = 7;
  volatile long r = b.grow(d, count);
  r = shapes::area<long>(6);
  return 0;
}
