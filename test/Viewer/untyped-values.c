// Values of unknown type (a function only the symbol table knows, a pc
// that is no function entry): a pointer-sized value may be a pointer the
// callback got as it is or a scalar it got through a stack slot, so both
// the pointer and the word read there are shown; NULL (no value word) is
// NULL. Other sizes cannot be pointers: the word alone.
// RUN: %clang_noplugin -O0 -c -DNODEBUG %s -o %t.nodebug.o
// RUN: %clang_noplugin -g -O0 %s %t.nodebug.o -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false 2>&1 | FileCheck %s --match-full-lines
// The value ABIs pass the value itself: the word alone.
// RUN: sed -n 's|^// VTRACE: ||p' %s | %t.mk -s %t.syms -o %t.value.bin
// RUN: %dataflow-view --binary %t.exe %t.value.bin --locations=false 2>&1 | FileCheck %s --check-prefix=VALUE --match-full-lines

// TRACE: thread tid=1
// TRACE: entry pc=nodebug idx=0 size=8 ptr=0x7000 vals=0x4010
// TRACE: entry pc=nodebug idx=1 size=8 ptr=0
// TRACE: entry pc=nodebug idx=2 size=8 ptr=0x6ff0 vals=fault
// TRACE: entry pc=nodebug idx=3 size=4 ptr=0x6fe8 vals=5
// TRACE: ret pc=nodebug size=8 ptr=0x6fe0 vals=7
// TRACE: entry pc=0x12345 idx=0 size=8 ptr=0x7100 vals=0x2a
// TRACE: ret pc=0x12345 size=4 ptr=0x6fe0 vals=1

// CHECK:      nodebug(arg0=0x7000 (*arg0=0x4010), arg1=NULL, arg2=0x6ff0 (*arg2=<fault>), arg3=0x5) -> 0x6fe0 (*ret=0x7)
// CHECK-NEXT: 0x12345 <unknown>(arg0=0x7100 (*arg0=0x2a)) -> 0x1

// VTRACE: header abi=1
// VTRACE: thread tid=1
// VTRACE: entry pc=nodebug idx=0 size=8 vals=0x4010
// VTRACE: entry pc=nodebug idx=1 size=8 vals=0
// VTRACE: entry pc=nodebug idx=2 size=8 vals=fault
// VTRACE: entry pc=nodebug idx=3 size=4 vals=5
// VTRACE: ret pc=nodebug size=8 vals=7
// VALUE: nodebug(arg0=0x4010, arg1=0x0, arg2=<fault>, arg3=0x5) -> 0x7

#ifdef NODEBUG
long nodebug(void *p, void *q, long *r, int n) { return n; }
#else
int main(void) { return 0; }
#endif
