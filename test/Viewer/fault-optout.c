// Unreadable memory is <fault>, a parameter without a value is
// <optimized out>, a NULL pointer is NULL, and a pointer's target is
// peeked at from the value the runtime read there.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s --match-full-lines

// TRACE: thread tid=1
// TRACE: entry pc=f idx=0 size=8 ptr=0xdead0000 vals=fault,fault
// TRACE: entry pc=f idx=1 size=0
// TRACE: entry pc=f idx=2 size=8 ptr=0
// TRACE: entry pc=f idx=3 size=8 ptr=0x3000 vals=0x6f6c6c6568
// TRACE: entry pc=f idx=4 size=8 ptr=0x3008 vals=0xffffffff0000002a
// TRACE: entry pc=f idx=5 size=8 ptr=0x3010 vals=fault
// TRACE: entry pc=f idx=6 size=4 vals=fault
// TRACE: ret pc=f size=8 ptr=0 vals=0

// CHECK: f(wild=0xdead0000 {a=<fault>, b=<fault>}, gone=<optimized out>, null=NULL, s=0x3000 "hello", ip=0x3008 (*ip=42), bad=0x3010 <fault>, i=<fault>) -> NULL

struct pair { int a; int b; };
struct pair *f(struct pair *wild, int gone, struct pair *null, const char *s,
               int *ip, char *bad, int i) {
  return 0;
}
int main(void) { return 0; }
