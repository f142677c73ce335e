// A call site in a function without DWARF (ABI C) is named by the function
// symbol whose bytes hold it; its values are raw, its parameters argN. A
// call site no object holds is <unknown>, told apart by its pc.
// RUN: %clang_noplugin -O0 -fno-pie -DNO_DEBUG_PART -c %s -o %t.nodebug.o
// RUN: %clang_noplugin -g -O0 -fno-pie -no-pie %s %t.nodebug.o -o %t.exe
// RUN: %t.exe > %t.sites
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.sites -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false 2>&1 | FileCheck %s --match-full-lines

// TRACE: header abi=2
// TRACE: thread tid=1
// TRACE: entry pc=in_caller idx=0 size=4 vals=3
// TRACE: entry pc=in_nodebug idx=0 size=4 vals=5
// TRACE: ret pc=in_nodebug size=4 vals=7
// TRACE: entry pc=0x10 idx=0 size=4 vals=1
// TRACE: ret pc=in_caller size=0

// CHECK:      == thread 1 ==
// CHECK-NEXT: caller(n=3) {
// CHECK-NEXT:   nodebug(arg0=0x5) -> 0x7
// CHECK-NEXT:   0x10 <unknown>(arg0=0x1) <unfinished>
// CHECK-NEXT: }  // caller
// CHECK-NEXT: dataflow-view: warning: 1 of 5 records have a pc that names no function in {{.*}} (shown as <unknown>); is it the traced program?

#include <stdio.h>

void site(const char *name);
#ifdef NO_DEBUG_PART
int nodebug(int x) {
  site("in_nodebug");
  return x + 2;
}
#else
int nodebug(int x);
__attribute__((noinline)) void site(const char *name) {
  printf("%lx t %s\n", (unsigned long)__builtin_return_address(0) - 1, name);
}
void caller(int n) {
  site("in_caller");
  nodebug(n);
}
int main(void) {
  caller(3);
  return 0;
}
#endif
