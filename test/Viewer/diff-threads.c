// diff pairs threads in the order they first appear (their ids differ
// between runs), whatever the interleaving of their chunks; a call left
// unfinished in one trace has its return value missing there.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: sed -n 's|^// A: ||p' %s | %t.mk -s %t.syms -o %t.a
// RUN: sed -n 's|^// B: ||p' %s | %t.mk -s %t.syms -o %t.b
// RUN: %dataflow-view diff --binary %t.exe %t.a %t.b | FileCheck %s --match-full-lines

// A: thread tid=10
// A: entry pc=outer idx=0 size=4 vals=1
// A: entry pc=leaf idx=0 size=4 vals=2
// A: thread tid=20
// A: entry pc=middle idx=0 size=4 vals=7
// A: ret pc=middle size=4 vals=8
// A: thread tid=10
// A: ret pc=leaf size=4 vals=3
// A: ret pc=outer size=4 vals=4

// B: thread tid=30
// B: entry pc=outer idx=0 size=4 vals=1
// B: entry pc=leaf idx=0 size=4 vals=2
// B: ret pc=leaf size=4 vals=5
// B: thread tid=40
// B: entry pc=middle idx=0 size=4 vals=7
// B: ret pc=middle size=4 vals=9

// CHECK:      #1 value: outer > leaf: ret ret=3 | ret=5  (A tid 10 seq 1, B tid 30 seq 1)
// CHECK-NEXT: #2 value: middle: ret ret=8 | ret=9  (A tid 20 seq 0, B tid 40 seq 0)
// CHECK-NEXT: missing in B: outer: ret ret=4  (A tid 10 seq 0)
// CHECK-NEXT: == 2 value differences, 1 value missing in one trace, 0 calls only in A, 0 calls only in B ==
// CHECK-EMPTY:

int leaf(int c) { return c + 1; }
int middle(int b) { return leaf(b) + leaf(b); }
int outer(int a) { return middle(a); }
int main(void) { return 0; }
