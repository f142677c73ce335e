// Records are paired per thread; chunks of several threads interleave in
// the file and each thread's tree continues where its last chunk stopped.
// Records the runtime dropped are noted where the chunk ends.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s --match-full-lines

// TRACE: thread tid=100
// TRACE: entry pc=work idx=0 size=4 vals=1
// TRACE: thread tid=200
// TRACE: entry pc=work idx=0 size=4 vals=2
// TRACE: entry pc=step idx=0 size=4 vals=20
// TRACE: thread tid=100 dropped=3
// TRACE: entry pc=step idx=0 size=4 vals=10 seq=1
// TRACE: ret pc=step size=4 vals=11 seq=2
// TRACE: ret pc=work size=4 vals=12 seq=3
// TRACE: thread tid=200
// TRACE: ret pc=step size=4 vals=21 seq=2
// TRACE: ret pc=work size=4 vals=22 seq=3

// A call is printed once its argument list is known to be complete, so
// thread 100's first call appears after thread 200's.
// CHECK:      == thread 200 ==
// CHECK-NEXT: work(id=2) {
// CHECK-NEXT: == thread 100 ==
// CHECK-NEXT: work(id=1) {
// CHECK-NEXT:   step(v=10) -> 11
// CHECK-NEXT: } -> 12  // work
// CHECK-NEXT: # 3 records dropped in this chunk (runtime buffer full); calls around here may be incomplete
// CHECK-NEXT: == thread 200 ==
// CHECK-NEXT:   step(v=20) -> 21
// CHECK-NEXT: } -> 22  // work
// CHECK-EMPTY:

int step(int v) { return v + 1; }
int work(int id) { return step(id); }
int main(void) { return 0; }
