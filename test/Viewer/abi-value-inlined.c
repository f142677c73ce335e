// ABI C (value; header ABI field 2): a record's pc is a call site (return
// address minus one). DWARF inline info resolves it to a chain of frames;
// records belong to the innermost, inlined frames nest under the frame
// they were inlined into, marked [inlined] ("inlined": true in jsonl), and
// are named and numbered by their own subprogram (mid's b is its
// parameter 0). An inlined frame ends when a record outside it comes (the
// real callee's), a frame in between without records shows `(...)`, and a
// function without parameters is opened by its inlined callee's record.
// The program prints its call sites as symbols for mktrace, as the runtime
// would take them.
// RUN: %clang_noplugin -g -O2 -fno-pie -no-pie %s -o %t.exe
// RUN: %t.exe > %t.sites
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.sites -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin | FileCheck %s --match-full-lines
// RUN: %dataflow-view --binary %t.exe %t.bin --format=jsonl | FileCheck %s --check-prefix=JSON

// TRACE: header abi=2
// TRACE: thread tid=1
// TRACE: entry pc=in_outer idx=0 size=4 vals=1
// TRACE: entry pc=in_mid idx=0 size=4 vals=2
// TRACE: entry pc=in_mid_leaf idx=0 size=4 vals=3
// TRACE: entry pc=in_callee idx=0 size=4 vals=7
// TRACE: ret pc=in_callee size=4 vals=7
// TRACE: ret pc=in_outer_end size=4 vals=14
// TRACE: entry pc=in_outer idx=0 size=4 vals=5
// TRACE: entry pc=in_mid_leaf idx=0 size=4 vals=7
// TRACE: entry pc=in_mid_leaf idx=0 size=4 vals=8
// TRACE: ret pc=in_outer_end size=4 vals=17
// TRACE: entry pc=in_noparams_leaf idx=0 size=4 vals=14
// TRACE: ret pc=in_noparams size=0

// CHECK:      == thread 1 ==
// CHECK-NEXT: outer(a=1) {  // abi-value-inlined.c:[[#OUTER:]]
// CHECK-NEXT:   mid(b=2) [inlined] {  // abi-value-inlined.c:[[#MID:]]
// CHECK-NEXT:     leaf(c=3) [inlined]  // abi-value-inlined.c:[[#LEAF:]]
// CHECK-NEXT:   }  // mid
// CHECK-NEXT:   callee(x=7) -> 7  // abi-value-inlined.c:[[#CALLEE:]]
// CHECK-NEXT: } -> 14  // outer
// CHECK-NEXT: outer(a=5) {  // abi-value-inlined.c:[[#OUTER]]
// CHECK-NEXT:   mid(...) [inlined] {  // abi-value-inlined.c:[[#MID]]
// CHECK-NEXT:     leaf(c=7) [inlined]  // abi-value-inlined.c:[[#LEAF]]
// CHECK-NEXT:     leaf(c=8) [inlined]  // abi-value-inlined.c:[[#LEAF]]
// CHECK-NEXT:   }  // mid
// CHECK-NEXT: } -> 17  // outer
// CHECK-NEXT: noparams() {  // abi-value-inlined.c:[[#NOPARAMS:]]
// CHECK-NEXT:   leaf(c=14) [inlined]  // abi-value-inlined.c:[[#LEAF]]
// CHECK-NEXT: }  // noparams
// CHECK-EMPTY:

// JSON: {"tid":1,"seq":2,"depth":2,"pc":"{{.*}}","function":"leaf",{{.*}}"inlined":true,"status":"returned","args":[{"index":0,"name":"c",{{.*}}"text":"3"{{.*}}"return":null}
// JSON-NEXT: {"tid":1,"seq":1,"depth":1,"pc":"{{.*}}","function":"mid",{{.*}}"inlined":true,"status":"returned","args":[{"index":0,"name":"b",{{.*}}"text":"2"{{.*}}"return":null}
// JSON-NEXT: {"tid":1,"seq":3,"depth":1,"pc":"{{.*}}","function":"callee",{{.*}}"status":"returned",{{.*}}
// JSON-NEXT: {"tid":1,"seq":0,"depth":0,"pc":"{{.*}}","function":"outer",{{.*}}"status":"returned",{{.*}}"text":"14"{{.*}}

#include <stdio.h>

volatile int sink;
__attribute__((noinline)) void site(const char *name) {
  printf("%lx t %s\n", (unsigned long)__builtin_return_address(0) - 1, name);
}
static inline __attribute__((always_inline)) int leaf(int c, const char *at) {
  site(at);
  return c * 2;
}
static inline __attribute__((always_inline)) int mid(int b, int unused) {
  site("in_mid");
  return leaf(b + 1, "in_mid_leaf") + 1;
}
__attribute__((noinline)) int callee(int x) {
  site("in_callee");
  return x + sink;
}
__attribute__((noinline)) int outer(int a) {
  site("in_outer");
  int r = mid(a + 1, 0);
  r += callee(r);
  site("in_outer_end");
  return r;
}
__attribute__((noinline)) void noparams(void) {
  site("in_noparams");
  sink = leaf(sink, "in_noparams_leaf");
}
int main(void) {
  sink = outer(1);
  noparams();
  return 0;
}
