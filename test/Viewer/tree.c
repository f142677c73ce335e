// Calls nest by thread: a leaf is one line; a call with callees opens a
// brace and its return closes it. Recursion starts a new call (arg_idx goes
// back to 0); void returns have no arrow; a function without parameters
// has no ENTRY record (ABI A), so it appears when it returns.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s --match-full-lines

// TRACE: thread tid=1
// TRACE: entry pc=main idx=0 size=4 vals=1
// TRACE: entry pc=main idx=1 size=8 ptr=0x7000 vals=0x7100
// TRACE: entry pc=fact idx=0 size=4 vals=2
// TRACE: entry pc=fact idx=0 size=4 vals=1
// TRACE: ret pc=fact size=4 vals=1
// TRACE: ret pc=fact size=4 vals=2
// TRACE: entry pc=log_it idx=0 size=4 vals=2
// TRACE: ret pc=log_it size=0
// TRACE: ret pc=tick size=4 vals=9
// TRACE: ret pc=main size=4 vals=0

// CHECK:      == thread 1 ==
// CHECK-NEXT: main(argc=1, argv=0x7000 (*argv=0x7100)) {
// CHECK-NEXT:   fact(n=2) {
// CHECK-NEXT:     fact(n=1) -> 1
// CHECK-NEXT:   } -> 2  // fact
// CHECK-NEXT:   log_it(v=2)
// CHECK-NEXT:   tick() -> 9
// CHECK-NEXT: } -> 0  // main
// CHECK-EMPTY:

int fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
void log_it(int v) {}
int tick(void) { return 9; }
int main(int argc, char **argv) { return 0; }
