// ABI C (value; header ABI field 2): a record's pc is a call site (return
// address minus one). DWARF inline info resolves it to a chain of frames;
// records belong to the innermost, inlined frames nest under the frame
// they were inlined into, marked [inlined] ("inlined": true in jsonl), and
// are named and numbered by their own subprogram (mid's b is its
// parameter 0). An inlined frame ends when a record outside it comes (the
// real callee's), a frame in between without records shows `(...)`, and a
// function without parameters is opened by its inlined callee's record.
// Inputs/inline-sites.c prints its call sites as symbols for mktrace, as
// the runtime would take them.
// RUN: %clang_noplugin -g -O2 -fno-pie -no-pie %S/Inputs/inline-sites.c -o %t.exe
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
// CHECK-NEXT: outer(a=1) {  // inline-sites.c:[[#OUTER:]]
// CHECK-NEXT:   mid(b=2) [inlined] {  // inline-sites.c:[[#MID:]]
// CHECK-NEXT:     leaf(c=3) [inlined]  // inline-sites.c:[[#LEAF:]]
// CHECK-NEXT:   }  // mid
// CHECK-NEXT:   callee(x=7) -> 7  // inline-sites.c:[[#CALLEE:]]
// CHECK-NEXT: } -> 14  // outer
// CHECK-NEXT: outer(a=5) {  // inline-sites.c:[[#OUTER]]
// CHECK-NEXT:   mid(...) [inlined] {  // inline-sites.c:[[#MID]]
// CHECK-NEXT:     leaf(c=7) [inlined]  // inline-sites.c:[[#LEAF]]
// CHECK-NEXT:     leaf(c=8) [inlined]  // inline-sites.c:[[#LEAF]]
// CHECK-NEXT:   }  // mid
// CHECK-NEXT: } -> 17  // outer
// CHECK-NEXT: noparams() {  // inline-sites.c:[[#NOPARAMS:]]
// CHECK-NEXT:   leaf(c=14) [inlined]  // inline-sites.c:[[#LEAF]]
// CHECK-NEXT: }  // noparams
// CHECK-EMPTY:

// JSON: {"tid":1,"seq":2,"depth":2,"pc":"{{.*}}","function":"leaf",{{.*}}"inlined":true,"status":"returned","args":[{"index":0,"name":"c",{{.*}}"text":"3"{{.*}}"return":null}
// JSON-NEXT: {"tid":1,"seq":1,"depth":1,"pc":"{{.*}}","function":"mid",{{.*}}"inlined":true,"status":"returned","args":[{"index":0,"name":"b",{{.*}}"text":"2"{{.*}}"return":null}
// JSON-NEXT: {"tid":1,"seq":3,"depth":1,"pc":"{{.*}}","function":"callee",{{.*}}"status":"returned",{{.*}}
// JSON-NEXT: {"tid":1,"seq":0,"depth":0,"pc":"{{.*}}","function":"outer",{{.*}}"status":"returned",{{.*}}"text":"14"{{.*}}
