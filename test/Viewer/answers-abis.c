// The filters, summary, where and diff on traces of the value ABIs: they
// read the calls the call tree pairs by frame, and the values as the text
// output does.
// ABI B (value-pc): a pointer without a table is its own value and a struct
// passed in registers is cut into its fields, for the slots too.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.b.bin
// RUN: %trace-lines %s | sed 's/vals=0x0000000300000002/vals=0x0000000500000002/' | %t.mk -s %t.syms -o %t.b2.bin
// RUN: %dataflow-view summary --binary %t.exe %t.b.bin | FileCheck %s --check-prefix=SUMB --match-full-lines
// RUN: %dataflow-view where 0x402000 --binary %t.exe %t.b.bin | FileCheck %s --check-prefix=WHEREB-PTR --match-full-lines
// RUN: %dataflow-view where 3 --binary %t.exe %t.b.bin | FileCheck %s --check-prefix=WHEREB-FIELD --match-full-lines
// RUN: %dataflow-view diff --binary %t.exe %t.b.bin %t.b2.bin | FileCheck %s --check-prefix=DIFFB --match-full-lines
// RUN: %dataflow-view --binary %t.exe %t.b.bin --locations=false --filter '^pairs$' --context 1 | FileCheck %s --check-prefix=FILTERB --match-full-lines
//
// ABI C with entry-exit: call-site pcs, inlined frames nested under their
// function, and calls unwound (counted unfinished by summary).
// RUN: %clang_noplugin -g -O2 -fno-pie -no-pie %S/Inputs/inline-sites.c -o %t.c.exe
// RUN: %t.c.exe > %t.sites
// RUN: sed -n 's|^// TRACE-C: ||p' %s | %t.mk -s %t.sites -o %t.c.bin
// RUN: sed -n 's|^// TRACE-C: ||p' %s | sed 's/vals=3$/vals=4/' | %t.mk -s %t.sites -o %t.c2.bin
// RUN: %dataflow-view --binary %t.c.exe %t.c.bin --locations=false --depth 1 | FileCheck %s --check-prefix=DEPTHC --match-full-lines
// RUN: %dataflow-view --binary %t.c.exe %t.c.bin --locations=false --filter '^leaf$' | FileCheck %s --check-prefix=FILTERC --match-full-lines
// RUN: %dataflow-view summary --binary %t.c.exe %t.c.bin | FileCheck %s --check-prefix=SUMC --match-full-lines
// RUN: %dataflow-view where 14 --binary %t.c.exe %t.c.bin | FileCheck %s --check-prefix=WHEREC --match-full-lines
// RUN: %dataflow-view diff --binary %t.c.exe %t.c.bin %t.c2.bin | FileCheck %s --check-prefix=DIFFC --match-full-lines
// Each input of diff is read with the ABI its header names.
// RUN: %dataflow-view diff --binary %t.c.exe --binary-b %t.exe %t.c.bin %t.b.bin | FileCheck %s --check-prefix=DIFFCB

// TRACE: header abi=1
// TRACE: thread tid=1
// TRACE: entry pc=scalars idx=0 size=8 vals=0x402000
// TRACE: entry pc=scalars idx=1 size=4 vals=7
// TRACE: ret pc=scalars size=4 vals=7
// TRACE: entry pc=pairs idx=0 size=8 vals=0x0000000300000002
// TRACE: ret pc=pairs size=8 vals=0x0000000a00000009
// TRACE: entry pc=nodes idx=0 size=16 ptr=0x7ffd0200 vals=5,0
// TRACE: ret pc=nodes size=16 ptr=0x7ffd0200 vals=5,0
// TRACE: ret pc=main size=4 vals=0

// SUMB:      == flags ==
// SUMB-NEXT: (none)
// SUMB-NEXT: == functions ==
// SUMB-NEXT: scalars: 1 call
// SUMB-NEXT:   s: 1 value, 1 distinct, min 0x402000, max 0x402000
// SUMB-NEXT:   n: 1 value, 1 distinct, min 7, max 7; small
// SUMB-NEXT:   ret: 1 value, 1 distinct, min 7, max 7; small
// SUMB-NEXT: pairs: 1 call
// SUMB-NEXT:   p.a: 1 value, 1 distinct, min 2, max 2; small
// SUMB-NEXT:   p.b: 1 value, 1 distinct, min 3, max 3; small
// SUMB-NEXT:   ret.a: 1 value, 1 distinct, min 9, max 9; small
// SUMB-NEXT:   ret.b: 1 value, 1 distinct, min 10, max 10; small
// SUMB-NEXT: nodes: 1 call
// SUMB-NEXT:   n: 1 value, 1 distinct, min 0x7ffd0200, max 0x7ffd0200
// SUMB-NEXT:   n->id: 1 value, 1 distinct, min 5, max 5; small
// SUMB-NEXT:   n->next: 1 value, 1 distinct, min NULL, max NULL; NULL
// SUMB-NEXT:   ret: 1 value, 1 distinct, min 0x7ffd0200, max 0x7ffd0200
// SUMB-NEXT:   ret->id: 1 value, 1 distinct, min 5, max 5; small
// SUMB-NEXT:   ret->next: 1 value, 1 distinct, min NULL, max NULL; NULL
// SUMB-NEXT: main: 1 call
// SUMB-NEXT:   ret: 1 value, 1 distinct, min 0, max 0; zero
// SUMB-EMPTY:

// WHEREB-PTR:      tid 1 seq 0 entry scalars: s=0x402000
// WHEREB-PTR-NEXT: 1 record with 0x402000
// WHEREB-FIELD:      tid 1 seq 3 entry pairs: p.b=3
// WHEREB-FIELD-NEXT: 1 record with 0x3

// DIFFB:      #1 value: pairs: entry p.b=3 | p.b=5  (A tid 1 seq 3, B tid 1 seq 3)
// DIFFB-NEXT: == 1 value difference, 0 values missing in one trace, 0 calls only in A, 0 calls only in B ==

// FILTERB:      == thread 1 ==
// FILTERB-NEXT: scalars(s=0x402000, n=7) -> 7
// FILTERB-NEXT: pairs(p={a=2, b=3}) -> {a=9, b=10}
// FILTERB-NEXT: nodes(n=0x7ffd0200 {id=5, next=NULL}) -> 0x7ffd0200 {id=5, next=NULL}
// FILTERB-EMPTY:

// TRACE-C: header abi=2
// TRACE-C: thread tid=1
// TRACE-C: pcentry pc=in_outer sp=0x7fe0
// TRACE-C: entry pc=in_outer idx=0 size=4 vals=1
// TRACE-C: entry pc=in_mid idx=0 size=4 vals=2
// TRACE-C: entry pc=in_mid_leaf idx=0 size=4 vals=3
// TRACE-C: pcentry pc=in_callee sp=0x7fd0
// TRACE-C: entry pc=in_callee idx=0 size=4 vals=7
// TRACE-C: ret pc=in_callee size=4 vals=7
// TRACE-C: pcexit pc=in_callee sp=0x7fd0
// TRACE-C: ret pc=in_outer_end size=4 vals=14
// TRACE-C: pcexit pc=in_outer_end sp=0x7fe0
// TRACE-C: pcentry pc=in_outer sp=0x7fe0
// TRACE-C: entry pc=in_outer idx=0 size=4 vals=5
// TRACE-C: pcentry pc=in_noparams sp=0x7fd0
// TRACE-C: entry pc=in_noparams_leaf idx=0 size=4 vals=14
// TRACE-C: pcexit pc=in_outer_end sp=0x7fe0

// Inlined frames are levels of nesting like calls.
// DEPTHC:      == thread 1 ==
// DEPTHC-NEXT: outer(a=1) {
// DEPTHC-NEXT:   mid(b=2) [inlined]
// DEPTHC-NEXT:   callee(x=7) -> 7
// DEPTHC-NEXT: } -> 14  // outer
// DEPTHC-NEXT: outer(a=5) {
// DEPTHC-NEXT:   noparams() <unwound>
// DEPTHC-NEXT: }  // outer
// DEPTHC-EMPTY:

// FILTERC:      == thread 1 ==
// FILTERC-NEXT: leaf(c=3) [inlined]
// FILTERC-NEXT: leaf(c=14) [inlined] <unwound>
// FILTERC-EMPTY:

// SUMC:      == functions ==
// SUMC-NEXT: leaf: 2 calls, 1 unfinished
// SUMC-NEXT:   c: 2 values, 2 distinct, min 3, max 14; small
// SUMC-NEXT: mid: 1 call
// SUMC-NEXT:   b: 1 value, 1 distinct, min 2, max 2; small
// SUMC-NEXT: callee: 1 call
// SUMC:      outer: 2 calls
// SUMC-NEXT:   a: 2 values, 2 distinct, min 1, max 5; small
// SUMC-NEXT:   ret: 1 value, 1 distinct, min 14, max 14; small
// SUMC-NEXT: noparams: 1 call, 1 unfinished
// SUMC-EMPTY:

// WHEREC:      tid 1 seq 8 ret outer: ret=14
// WHEREC-NEXT: tid 1 seq 13 entry outer > noparams > leaf: c=14
// WHEREC-NEXT: 2 records with 0xe

// DIFFC:      #1 value: outer > mid > leaf: entry c=3 | c=4  (A tid 1 seq 3, B tid 1 seq 3)
// DIFFC-NEXT: == 1 value difference, 0 values missing in one trace, 0 calls only in A, 0 calls only in B ==

// DIFFCB: only in A: outer(a=1)
// DIFFCB: only in B: scalars(s=0x402000, n=7)
// DIFFCB: == 0 value differences, 0 values missing in one trace, 7 calls only in A, 4 calls only in B ==

struct pair { int a; int b; };
struct node { int id; struct node *next; };
int scalars(const char *s, int n) { return n; }
struct pair pairs(struct pair p) { return p; }
struct node *nodes(struct node *n) { return n; }
int main(void) { return 0; }
