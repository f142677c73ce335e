// A thunk is named like other functions, without parameter types. Its
// DWARF has no parameters, so the plugin reports its IR arguments in order:
// they are named and typed by the function it adjusts `this` for, `this`
// shown as the pointer the thunk got (a base subobject: no fields). When
// the target has a parameter that may be split into several IR arguments,
// only `this` is known; the others are untyped (untyped-values.c).
// RUN: %clang_noplugin --driver-mode=g++ -g -O0 %s -o %t.O0.exe
// RUN: %clang_noplugin --driver-mode=g++ -g -O1 %s -o %t.O1.exe
// RUN: %mktrace-build -o %t.mk
// RUN: llvm-nm %t.O0.exe > %t.O0.syms
// RUN: %trace-lines %s | %t.mk -s %t.O0.syms -o %t.O0.bin
// RUN: %dataflow-view --binary %t.O0.exe %t.O0.bin --locations=false | FileCheck %s --match-full-lines
// RUN: llvm-nm %t.O1.exe > %t.O1.syms
// RUN: %trace-lines %s | %t.mk -s %t.O1.syms -o %t.O1.bin
// RUN: %dataflow-view --binary %t.O1.exe %t.O1.bin --locations=false | FileCheck %s --match-full-lines
// End to end with the plugin and the runtime: the thunks' records as the
// plugin makes them name the same parameters.
// RUN: %if sancov-rt %{ %clang --driver-mode=g++ -g -O2 %s %rtlib -pthread -o %t.e2e.exe %}
// RUN: %if sancov-rt %{ env SANCOV_DATAFLOW_OUT=%t.e2e.bin %t.e2e.exe %}
// RUN: %if sancov-rt %{ %dataflow-view --binary %t.e2e.exe %t.e2e.bin --locations=false | FileCheck %s --check-prefix=E2E %}

// TRACE: thread tid=1
// TRACE: entry pc=_ZThn16_N4Both5rightEiPi idx=0 size=8 ptr=0x7000 vals=0x4010
// TRACE: entry pc=_ZThn16_N4Both5rightEiPi idx=1 size=4 ptr=0x6ff0 vals=5
// TRACE: entry pc=_ZThn16_N4Both5rightEiPi idx=2 size=8 ptr=0x6000 vals=9
// TRACE: ret pc=_ZThn16_N4Both5rightEiPi size=4 ptr=0x6fe0 vals=7
// TRACE: entry pc=_ZTv0_n24_N7Derived2vfEc idx=0 size=8 ptr=0x7100 vals=0x4020
// TRACE: entry pc=_ZTv0_n24_N7Derived2vfEc idx=1 size=1 ptr=0x6ff0 vals=0x41
// TRACE: ret pc=_ZTv0_n24_N7Derived2vfEc size=8 ptr=0x6fe0 vals=0x10000
// TRACE: entry pc=_ZThn16_N4Both4wideE4Pair idx=0 size=8 ptr=0x7000 vals=0x4010
// TRACE: entry pc=_ZThn16_N4Both4wideE4Pair idx=1 size=8 ptr=0x6ff0 vals=1
// TRACE: entry pc=_ZThn16_N4Both4wideE4Pair idx=2 size=8 ptr=0x6fe8 vals=2
// TRACE: ret pc=_ZThn16_N4Both4wideE4Pair size=4 ptr=0x6fe0 vals=3

// CHECK:      non-virtual thunk to Both::right(this=0x7000, y=5, out=0x6000 (*out=9)) -> 7
// CHECK-NEXT: virtual thunk to Derived::vf(this=0x7100, c='A') -> 65536 (0x10000)
// CHECK-NEXT: non-virtual thunk to Both::wide(this=0x7000, arg1=0x6ff0 (*arg1=0x1), arg2=0x6fe8 (*arg2=0x2)) -> 0x3

// E2E: non-virtual thunk to Both::right(this=[[BOTH:0x[0-9a-f]+]], y=1, out=0x{{[0-9a-f]+}} (*out=2)) -> 3
// E2E: non-virtual thunk to Both::wide(this=[[BOTH]], arg1=0x{{[0-9a-f]+}} (*arg1=0x1), arg2=0x{{[0-9a-f]+}} (*arg2=0x2)) -> 0x3
// E2E: virtual thunk to Derived::vf(this=0x{{[0-9a-f]+}}, c='a') -> 98

struct Pair {
  long a, b;
};
struct A {
  virtual int left(int x) { return x; }
  long a = 1;
};
struct B {
  virtual int right(int y, int *out) { return y; }
  virtual int wide(Pair p) { return 0; }
  long b = 2;
};
struct Both : A, B {
  int right(int y, int *out) override { return y + *out; }
  int wide(Pair p) override { return int(p.a + p.b); }
};
struct V {
  virtual long vf(char c) { return c; }
};
struct Derived : A, virtual V {
  long vf(char c) override { return c + 1; }
};
// Calls through base pointers the optimiser cannot see through keep the
// thunks.
__attribute__((noinline)) int callB(B *b, int *n) {
  return b->right(1, n) + b->wide(Pair{1, 2});
}
__attribute__((noinline)) long callV(V *v) { return v->vf('a'); }
B *volatile SomeB;
V *volatile SomeV;
int main() {
  Both o;
  Derived d;
  int n = 2;
  SomeB = &o;
  SomeV = &d;
  return callB(SomeB, &n) + int(callV(SomeV)) == 104 ? 0 : 1;
}
