// Entry-exit records with ABI C's inlined frames: the inlined frames nest
// under the call PC_ENTRY opened, end when a callee's PC_ENTRY comes, and
// an exit that unwinds a callee unwinds the inlined frames open in it.
// RUN: %clang_noplugin -g -O2 -fno-pie -no-pie %S/Inputs/inline-sites.c -o %t.exe
// RUN: %t.exe > %t.sites
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.sites -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s --match-full-lines

// TRACE: header abi=2
// TRACE: thread tid=1
// TRACE: pcentry pc=in_outer sp=0x7fe0
// TRACE: entry pc=in_outer idx=0 size=4 vals=1
// TRACE: entry pc=in_mid idx=0 size=4 vals=2
// TRACE: entry pc=in_mid_leaf idx=0 size=4 vals=3
// TRACE: pcentry pc=in_callee sp=0x7fd0
// TRACE: entry pc=in_callee idx=0 size=4 vals=7
// TRACE: ret pc=in_callee size=4 vals=7
// TRACE: pcexit pc=in_callee sp=0x7fd0
// TRACE: ret pc=in_outer_end size=4 vals=14
// TRACE: pcexit pc=in_outer_end sp=0x7fe0
// noparams unwinds from inside its inlined leaf, called from outer.
// TRACE: pcentry pc=in_outer sp=0x7fe0
// TRACE: entry pc=in_outer idx=0 size=4 vals=5
// TRACE: pcentry pc=in_noparams sp=0x7fd0
// TRACE: entry pc=in_noparams_leaf idx=0 size=4 vals=14
// TRACE: pcexit pc=in_outer_end sp=0x7fe0

// CHECK:      == thread 1 ==
// CHECK-NEXT: outer(a=1) {
// CHECK-NEXT:   mid(b=2) [inlined] {
// CHECK-NEXT:     leaf(c=3) [inlined]
// CHECK-NEXT:   }  // mid
// CHECK-NEXT:   callee(x=7) -> 7
// CHECK-NEXT: } -> 14  // outer
// CHECK-NEXT: outer(a=5) {
// CHECK-NEXT:   noparams() {
// CHECK-NEXT:     leaf(c=14) [inlined] <unwound>
// CHECK-NEXT:   } <unwound>  // noparams
// CHECK-NEXT: }  // outer
// CHECK-EMPTY:
