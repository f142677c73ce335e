// A raw kcov_dataflow buffer has no header: --abi says how to read its
// records (here ABI D, tag: call-site pcs, values as they are; v3 framing
// carries PC_ENTRY/PC_EXIT too). A trace file's header names its ABI;
// --abi may only repeat it. Unknown ABIs are errors.
// RUN: %clang_noplugin -g -O0 -fno-pie -no-pie %s -o %t.exe
// RUN: %t.exe > %t.sites
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.sites --raw=v3 -o %t.raw
// RUN: %dataflow-view --binary %t.exe %t.raw --raw-format=v3 --abi=tag --locations=false | FileCheck %s --match-full-lines
// RUN: not %dataflow-view --binary %t.exe %t.raw --raw-format=v3 --abi=bogus 2>&1 | FileCheck %s --check-prefix=BOGUS
// RUN: not %dataflow-view --binary %t.exe %t.raw --raw-format=v1 --abi=value 2>&1 | FileCheck %s --check-prefix=V1
// RUN: echo 'header abi=5' | %t.mk -o %t.abi5
// RUN: not %dataflow-view --binary %t.exe %t.abi5 2>&1 | FileCheck %s --check-prefix=ABI5
// RUN: echo 'header abi=3' | %t.mk -o %t.abi3
// RUN: not %dataflow-view --binary %t.exe %t.abi3 --abi=value 2>&1 | FileCheck %s --check-prefix=MISMATCH
// RUN: %dataflow-view --binary %t.exe %t.abi3 --abi=tag 2>&1 | FileCheck %s --check-prefix=SAME

// TRACE: pcentry pc=in_caller sp=0x7fe0
// TRACE: entry pc=in_caller idx=0 size=8 vals=0x5000
// TRACE: entry pc=in_caller idx=1 size=2 vals=0xffff
// TRACE: pcentry pc=in_callee sp=0x7fd0
// TRACE: entry pc=in_callee idx=0 size=1 vals=1
// TRACE: ret pc=in_callee size=8 vals=0
// TRACE: pcexit pc=in_callee sp=0x7fd0
// TRACE: ret pc=in_caller size=0
// TRACE: pcexit pc=in_caller sp=0x7fe0

// CHECK:      == thread 0 ==
// CHECK-NEXT: caller(p=0x5000, s=-1) {
// CHECK-NEXT:   callee(b=true) -> NULL
// CHECK-NEXT: }  // caller
// CHECK-EMPTY:

// BOGUS: dataflow-view: error: --abi must be kcov-v2, value-pc, value, tag or packed, not 'bogus'
// V1: dataflow-view: error: --abi=value needs --raw-format=v3 (v1 and v2 buffers are ABI A)
// ABI5: dataflow-view: error: {{.*}}abi5 was recorded with callback ABI 5, which this dataflow-view does not know
// MISMATCH: dataflow-view: error: {{.*}}abi3 was recorded with ABI tag, not value
// SAME: dataflow-view: note: {{.*}}abi3 holds no records

#include <stdbool.h>
#include <stdio.h>

__attribute__((noinline)) void site(const char *name) {
  printf("%lx t %s\n", (unsigned long)__builtin_return_address(0) - 1, name);
}
const char *callee(bool b) {
  site("in_callee");
  return 0;
}
void caller(int *p, short s) { site("in_caller"); }
int main(void) {
  caller(0, 0);
  callee(false);
  return 0;
}
