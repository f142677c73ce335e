// Entry-exit records (ABI A here: ENTRY/RET pcs are function addresses,
// PC_ENTRY/PC_EXIT pcs call sites): a call opens at PC_ENTRY and closes at
// the PC_EXIT with the same stack pointer, so a function without
// parameters nests its callees. An exit (or the RET of an entry-exit call)
// that comes while callees are open unwinds them (longjmp, an exception):
// <unwound>. Recursion is told apart by the stack pointer. A PC_EXIT whose
// PC_ENTRY was lost closes a call only the RET before it had closed, or
// is a call of its own. An ENTRY record no PC_ENTRY opened a call for is
// a callee inlined into the open call (ABI A and B's inlined-frames).
// RUN: %clang_noplugin -g -O0 -fno-pie -no-pie %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %t.exe > %t.sites
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -s %t.sites -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s --match-full-lines
// RUN: %dataflow-view --binary %t.exe %t.bin --format=jsonl | FileCheck %s --check-prefix=JSON
// RUN: %dataflow-view --binary %t.exe %t.bin --format=perfetto | FileCheck %s --check-prefix=PERFETTO

// TRACE: thread tid=1
// TRACE: pcentry pc=in_main sp=0x7ff0
// TRACE: pcentry pc=in_noargs sp=0x7fe0
// TRACE: pcentry pc=in_leaf sp=0x7fd0
// TRACE: entry pc=leaf idx=0 size=4 ptr=0x7fc8 vals=1
// TRACE: ret pc=leaf size=4 ptr=0x7fc8 vals=2
// TRACE: pcexit pc=in_leaf sp=0x7fd0
// TRACE: pcentry pc=in_leaf sp=0x7fd0
// TRACE: entry pc=leaf idx=0 size=4 ptr=0x7fc8 vals=2
// TRACE: ret pc=leaf size=4 ptr=0x7fc8 vals=4
// TRACE: pcexit pc=in_leaf sp=0x7fd0
// TRACE: ret pc=noargs size=0
// TRACE: pcexit pc=in_noargs sp=0x7fe0
// A longjmp from leaf to guarded: its RET unwinds the frames between.
// TRACE: pcentry pc=in_guarded sp=0x7fe0
// TRACE: entry pc=guarded idx=0 size=4 ptr=0x7fd8 vals=2
// TRACE: pcentry pc=in_jumper sp=0x7fd0
// TRACE: entry pc=jumper idx=0 size=4 ptr=0x7fc8 vals=2
// TRACE: pcentry pc=in_jumper sp=0x7fc0
// TRACE: entry pc=jumper idx=0 size=4 ptr=0x7fb8 vals=1
// TRACE: pcentry pc=in_leaf sp=0x7fb0
// TRACE: entry pc=leaf idx=0 size=4 ptr=0x7fa8 vals=3
// TRACE: ret pc=guarded size=4 ptr=0x7fd8 vals=1
// TRACE: pcexit pc=in_guarded sp=0x7fe0
// An exception through thrower, caught in catcher (no RET recorded):
// catcher's exit unwinds thrower.
// TRACE: pcentry pc=in_catcher sp=0x7fe0
// TRACE: pcentry pc=in_thrower sp=0x7fd0
// TRACE: entry pc=thrower idx=0 size=4 ptr=0x7fc8 vals=5
// TRACE: pcexit pc=in_catcher sp=0x7fe0
// rec(2) -> rec(1) -> rec(0); rec(1)'s exit is missing.
// TRACE: pcentry pc=in_rec sp=0x7fe0
// TRACE: entry pc=rec idx=0 size=4 ptr=0x7fd8 vals=2
// TRACE: pcentry pc=in_rec sp=0x7fd0
// TRACE: entry pc=rec idx=0 size=4 ptr=0x7fc8 vals=1
// TRACE: pcentry pc=in_rec sp=0x7fc0
// TRACE: entry pc=rec idx=0 size=4 ptr=0x7fb8 vals=0
// TRACE: pcexit pc=in_rec sp=0x7fc0
// TRACE: pcexit pc=in_rec sp=0x7fe0
// PC_ENTRY dropped (the sequence number skips it): the RET closes leaf, its
// PC_EXIT has nothing to close.
// TRACE: entry pc=leaf idx=0 size=4 ptr=0x7fc8 vals=9 seq=100
// TRACE: ret pc=leaf size=4 ptr=0x7fc8 vals=18
// TRACE: pcexit pc=in_leaf sp=0x7fd0
// No record of this call but its PC_EXIT.
// TRACE: pcexit pc=in_leaf sp=0x7fd0
// ABI A's inlined-frames: leaf inlined into guarded is reported by its
// body's address; no PC_ENTRY opened it.
// TRACE: pcentry pc=in_guarded sp=0x7fe0
// TRACE: entry pc=guarded idx=0 size=4 ptr=0x7fd8 vals=4
// TRACE: entry pc=leaf idx=0 size=4 ptr=0x7fc8 vals=5
// TRACE: pcentry pc=in_rec sp=0x7fd0
// TRACE: entry pc=rec idx=0 size=4 ptr=0x7fc8 vals=0
// TRACE: ret pc=rec size=4 ptr=0x7fc8 vals=0
// TRACE: pcexit pc=in_rec sp=0x7fd0
// TRACE: ret pc=guarded size=4 ptr=0x7fd8 vals=10
// TRACE: pcexit pc=in_guarded sp=0x7fe0
// TRACE: ret pc=main size=4 ptr=0x7fe8 vals=0
// TRACE: pcexit pc=in_main sp=0x7ff0

// CHECK:      == thread 1 ==
// CHECK-NEXT: main() {
// CHECK-NEXT:   noargs() {
// CHECK-NEXT:     leaf(x=1) -> 2
// CHECK-NEXT:     leaf(x=2) -> 4
// CHECK-NEXT:   }  // noargs
// CHECK-NEXT:   guarded(depth=2) {
// CHECK-NEXT:     jumper(depth=2) {
// CHECK-NEXT:       jumper(depth=1) {
// CHECK-NEXT:         leaf(x=3) <unwound>
// CHECK-NEXT:       } <unwound>  // jumper
// CHECK-NEXT:     } <unwound>  // jumper
// CHECK-NEXT:   } -> 1  // guarded
// CHECK-NEXT:   catcher() {
// CHECK-NEXT:     thrower(n=5) <unwound>
// CHECK-NEXT:   }  // catcher
// CHECK-NEXT:   rec(n=2) {
// CHECK-NEXT:     rec(n=1) {
// CHECK-NEXT:       rec(n=0)
// CHECK-NEXT:     } <unwound>  // rec
// CHECK-NEXT:   }  // rec
// CHECK-NEXT:   leaf(x=9) -> 18
// CHECK-NEXT:   leaf(...)
// CHECK-NEXT:   guarded(depth=4) {
// CHECK-NEXT:     leaf(x=5) [inlined]
// CHECK-NEXT:     rec(n=0) -> 0
// CHECK-NEXT:   } -> 10  // guarded
// CHECK-NEXT: } -> 0  // main
// CHECK-EMPTY:

// JSON: {"tid":1,"seq":23,"depth":2,"pc":"{{.*}}","function":"thrower",{{.*}}"status":"unwound",{{.*}}

// PERFETTO: {"ph":"E",{{.*}}"args":{"status":"unwound"}}
// PERFETTO: {"ph":"B","name":"leaf",{{.*}}"args":{"x":"5","inlined":true,

#include <stdio.h>

__attribute__((noinline)) void site(const char *name) {
  printf("%lx t %s\n", (unsigned long)__builtin_return_address(0) - 1, name);
}
int leaf(int x) { site("in_leaf"); return 2 * x; }
void noargs(void) { site("in_noargs"); }
int jumper(int depth) { site("in_jumper"); return depth; }
int guarded(int depth) { site("in_guarded"); return depth; }
int thrower(int n) { site("in_thrower"); return n; }
void catcher(void) { site("in_catcher"); }
int rec(int n) { site("in_rec"); return n; }
int main(void) {
  site("in_main");
  noargs();
  catcher();
  return leaf(1) + jumper(1) + guarded(1) + thrower(1) + rec(1) - 4 * 1 - 2;
}
