// A struct pointer argument is shown as the pointer and its fields by name;
// a PIE's pcs are mapped through the main module's load bias.
// RUN: %clang_noplugin -g -O0 -fPIE -pie %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin | FileCheck %s --match-full-lines

// TRACE: module main base=0x555555554000 path=/somewhere/binder
// TRACE: thread tid=7
// TRACE: entry pc=set_max_threads idx=0 size=8 ptr=0x7ffd1234 vals=42,15
// TRACE: entry pc=set_max_threads idx=1 size=4 vals=0xffffffff
// TRACE: ret pc=set_max_threads size=4 vals=0

// CHECK: == thread 7 ==
// CHECK-NEXT: set_max_threads(p=0x7ffd1234 {pid=42, max_threads=15}, max=4294967295 (0xffffffff)) -> 0  // struct-ptr.c:[[@LINE+3]]

struct proc { int pid; unsigned max_threads; };
int set_max_threads(struct proc *p, unsigned max) { return 0; }
int main(void) { return 0; }
