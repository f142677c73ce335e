// C++: names are demangled and qualified (no parameter types: the argument
// list follows), `this` is parameter 0 and shown with its class's fields
// (the vtable pointer is a member, base classes are not), references are
// shown like pointers, templates keep their arguments.
// RUN: %clang_noplugin --driver-mode=g++ -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s --match-full-lines
// RUN: %dataflow-view --binary %t.exe %t.bin --filter 'Counter::add' --locations=false | FileCheck %s --check-prefix=FILTER

// TRACE: thread tid=1
// TRACE: entry pc=_ZN2ns7Counter3addEiRKS0_ idx=0 size=24 ptr=0x5000 vals=0x4010,3,-2
// TRACE: entry pc=_ZN2ns7Counter3addEiRKS0_ idx=1 size=4 vals=2
// TRACE: entry pc=_ZN2ns7Counter3addEiRKS0_ idx=2 size=24 ptr=0x5000 vals=0x4010,3,-2
// TRACE: entry pc=_ZN2ns5twiceIiEET_S1_ idx=0 size=4 vals=21
// TRACE: ret pc=_ZN2ns5twiceIiEET_S1_ size=4 vals=42
// TRACE: entry pc=_ZN2ns4bumpERi idx=0 size=8 ptr=0x6000 vals=0x7
// TRACE: ret pc=_ZN2ns4bumpERi size=0
// TRACE: ret pc=_ZN2ns7Counter3addEiRKS0_ size=4 vals=5

// CHECK:      ns::Counter::add(this=0x5000 {_vptr$Counter=0x4010, n=3, m=-2}, x=2, o=0x5000 {_vptr$Counter=0x4010, n=3, m=-2}) {
// CHECK-NEXT:   ns::twice<int>(v=21) -> 42
// CHECK-NEXT:   ns::bump(r=0x6000 (*r=7))
// CHECK-NEXT: } -> 5  // ns::Counter::add
// FILTER: ns::Counter::add(this=

namespace ns {
struct Base { int b; };
struct Counter : Base {
  static int total;
  int n;
  long m;
  virtual ~Counter() {}
  int add(int x, const Counter &o);
};
int Counter::total;
template <typename T> T twice(T v) { return v * 2; }
void bump(int &r) { ++r; }
int Counter::add(int x, const Counter &o) {
  bump(n);
  return n += twice(x) + o.n;
}
} // namespace ns
int main() {
  ns::Counter c;
  return c.add(1, c);
}
