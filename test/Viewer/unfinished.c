// A call that never returns (longjmp, exception, exit) is shown as
// unfinished when a RET of one of its callers is matched, and the tree
// goes on from there; calls still open at the end of the trace are
// unfinished too.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s --match-full-lines

// TRACE: thread tid=1
// TRACE: entry pc=outer idx=0 size=4 vals=1
// TRACE: entry pc=thrower idx=0 size=4 vals=2
// TRACE: entry pc=deep idx=0 size=4 vals=3
// TRACE: ret pc=outer size=4 vals=-1
// TRACE: entry pc=outer idx=0 size=4 vals=4
// TRACE: entry pc=thrower idx=0 size=4 vals=5

// CHECK:      outer(x=1) {
// CHECK-NEXT:   thrower(x=2) {
// CHECK-NEXT:     deep(x=3) <unfinished>
// CHECK-NEXT:   } <unfinished>  // thrower
// CHECK-NEXT: } -> -1  // outer
// CHECK-NEXT: outer(x=4) {
// CHECK-NEXT:   thrower(x=5) <unfinished>
// CHECK-NEXT: } <unfinished>  // outer

int deep(int x) { return x; }
int thrower(int x) { return deep(x); }
int outer(int x) { return thrower(x); }
int main(void) { return 0; }
