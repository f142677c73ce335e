// Comparisons (CMP records) are shown in the call that made them: the
// innermost open call, the comparing function named when it is another
// (g has no parameters, so in ABI A its start is not recorded; main's call
// was not recorded at all). jsonl has them in the call's "events", one
// outside any call as a line of its own; --no-cmp leaves them out; summary
// counts them per function; --filter keeps those of the calls it shows. A
// CMP record with other than two values is an error.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s --match-full-lines
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false --no-cmp | FileCheck %s --check-prefix=NOCMP --match-full-lines
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false --filter leaf | FileCheck %s --check-prefix=FILTER --match-full-lines
// RUN: %dataflow-view --binary %t.exe %t.bin --format=jsonl | FileCheck %s --check-prefix=JSONL
// RUN: %dataflow-view summary --binary %t.exe %t.bin | FileCheck %s --check-prefix=SUMMARY
// RUN: (%trace-lines %s; echo 'cmp pc=f+4 type=4 size=4 vals=1,2,3'; echo 'ret pc=main size=4 vals=0') | %t.mk -s %t.syms -o %t.bad
// RUN: not %dataflow-view --binary %t.exe %t.bad --locations=false 2>&1 | FileCheck %s --check-prefix=BAD

// TRACE: thread tid=1
// TRACE: entry pc=f idx=0 size=4 vals=5
// TRACE: cmp pc=f+4 type=4 size=4 vals=5,7
// TRACE: entry pc=leaf idx=0 size=4 vals=5
// TRACE: cmp pc=leaf+4 type=1 size=1 vals=0x10,3
// TRACE: ret pc=leaf size=4 vals=10
// TRACE: cmp pc=g+4 type=6 size=8 vals=0,1
// TRACE: ret pc=g size=4 vals=3
// TRACE: ret pc=f size=4 vals=13
// TRACE: cmp pc=main+4 type=5 size=4 vals=1,2

// CHECK:      == thread 1 ==
// CHECK-NEXT: f(x=5) {
// CHECK-NEXT:   cmp 0x5, 0x7 (4 bytes)
// CHECK-NEXT:   leaf(v=5) {
// CHECK-NEXT:     cmp const 0x10, 0x3 (1 byte)
// CHECK-NEXT:   } -> 10  // leaf
// CHECK-NEXT:   cmp 0x0, 0x1 (8 bytes) in g
// CHECK-NEXT:   g() -> 3
// CHECK-NEXT: } -> 13  // f
// CHECK-NEXT: cmp const 0x1, 0x2 (4 bytes) in main
// CHECK-EMPTY:

// NOCMP:      == thread 1 ==
// NOCMP-NEXT: f(x=5) {
// NOCMP-NEXT:   leaf(v=5) -> 10
// NOCMP-NEXT:   g() -> 3
// NOCMP-NEXT: } -> 13  // f
// NOCMP-EMPTY:

// FILTER:      == thread 1 ==
// FILTER-NEXT: leaf(v=5) {
// FILTER-NEXT:   cmp const 0x10, 0x3 (1 byte)
// FILTER-NEXT: } -> 10  // leaf
// FILTER-EMPTY:

// JSONL:      {"tid":1,"seq":2,"depth":1,{{.*}}"function":"leaf",{{.*}}"events":[{"event":"cmp","seq":3,"pc":"0x{{[0-9a-f]+}}","function":"leaf","const":true,"size":1,"operands":["0x10","0x3"]}]}
// JSONL-NEXT: {"tid":1,"seq":6,"depth":1,{{.*}}"function":"g",{{.*}}"return":{{.*}}}}{{$}}
// JSONL-NEXT: {"tid":1,"seq":0,"depth":0,{{.*}}"function":"f",{{.*}}"events":[{"event":"cmp","seq":1,{{.*}}"function":"f","const":false,"size":4,"operands":["0x5","0x7"]},{"event":"cmp","seq":5,{{.*}}"function":"g","const":false,"size":8,"operands":["0x0","0x1"]}]}
// JSONL-NEXT: {"tid":1,"depth":0,"event":"cmp","seq":8,{{.*}}"function":"main","const":true,"size":4,"operands":["0x1","0x2"]}

// SUMMARY:      == functions ==
// SUMMARY-NEXT: f: 1 call, 1 comparison
// SUMMARY:      leaf: 1 call, 1 comparison
// SUMMARY:      g: 1 call, 1 comparison
// SUMMARY:      main: 0 calls, 1 comparison

// BAD: error: {{.*}}: offset 0x{{[0-9a-f]+}}: malformed CMP record with 3 value words (a CMP record has 2, the operands); skipped

static int leaf(int v) { return v * 2; }
int g(void) { return 3; }
int f(int x) { return leaf(x) + g(); }
int main(void) { return f(1) == 13 ? 0 : 1; }
