// Filters of the views: --context N around --filter matches (counted per
// thread in the order calls begin), --depth, --thread, --range (sequence
// numbers of a call's first record), each alone and combined; the depth
// printed counts only shown calls.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false --filter '^leaf$' --context 1 --thread 1 | FileCheck %s --check-prefix=CTX --match-full-lines
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false --filter '^outer$' --context 2 | FileCheck %s --check-prefix=CTX2 --match-full-lines
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false --depth 1 | FileCheck %s --check-prefix=DEPTH --match-full-lines
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false --thread 2 | FileCheck %s --check-prefix=THREAD --match-full-lines
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false --range 3:8 | FileCheck %s --check-prefix=RANGE --match-full-lines
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false --range 7: --depth 1 --filter 'e' | FileCheck %s --check-prefix=COMBINED --match-full-lines
// RUN: %dataflow-view --binary %t.exe %t.bin --format=jsonl --filter '^leaf$' --context 1 --thread 1 | %python -c "import json,sys; print([(o['function'], o['depth']) for o in map(json.loads, sys.stdin)])" | FileCheck %s --check-prefix=JSONL

// TRACE: thread tid=1
// TRACE: entry pc=outer idx=0 size=4 vals=1
// TRACE: entry pc=middle idx=0 size=4 vals=2
// TRACE: entry pc=leaf idx=0 size=4 vals=3
// TRACE: ret pc=leaf size=4 vals=4
// TRACE: entry pc=leaf idx=0 size=4 vals=5
// TRACE: ret pc=leaf size=4 vals=6
// TRACE: ret pc=middle size=4 vals=7
// TRACE: entry pc=middle idx=0 size=4 vals=8
// TRACE: entry pc=leaf idx=0 size=4 vals=9
// TRACE: ret pc=leaf size=4 vals=10
// TRACE: ret pc=middle size=4 vals=11
// TRACE: entry pc=middle idx=0 size=4 vals=12
// TRACE: ret pc=middle size=4 vals=13
// TRACE: entry pc=middle idx=0 size=4 vals=14
// TRACE: ret pc=middle size=4 vals=15
// TRACE: ret pc=outer size=4 vals=16
// TRACE: thread tid=2
// TRACE: entry pc=outer idx=0 size=4 vals=20
// TRACE: entry pc=leaf idx=0 size=4 vals=21
// TRACE: ret pc=leaf size=4 vals=22
// TRACE: ret pc=outer size=4 vals=23

// Thread 1's calls in order: outer(1) middle(2) leaf(3) leaf(5) middle(8)
// leaf(9) middle(12) middle(14). One call around each leaf: middle(2) to
// middle(12); outer is not within one call of a leaf.
// CTX:      == thread 1 ==
// CTX-NEXT: middle(b=2) {
// CTX-NEXT:   leaf(c=3) -> 4
// CTX-NEXT:   leaf(c=5) -> 6
// CTX-NEXT: } -> 7  // middle
// CTX-NEXT: middle(b=8) {
// CTX-NEXT:   leaf(c=9) -> 10
// CTX-NEXT: } -> 11  // middle
// CTX-NEXT: middle(b=12) -> 13
// CTX-EMPTY:

// A call waits until the context calls after it have begun, or the trace
// ends: thread 1's last calls are decided only then, after thread 2.
// CTX2:      == thread 1 ==
// CTX2-NEXT: outer(a=1) {
// CTX2-NEXT:   middle(b=2) {
// CTX2-NEXT:     leaf(c=3) -> 4
// CTX2-NEXT:   } -> 7  // middle
// CTX2-NEXT: == thread 2 ==
// CTX2-NEXT: outer(a=20) {
// CTX2-NEXT:   leaf(c=21) -> 22
// CTX2-NEXT: } -> 23  // outer
// CTX2-NEXT: == thread 1 ==
// CTX2-NEXT: } -> 16  // outer
// CTX2-EMPTY:

// DEPTH:      == thread 1 ==
// DEPTH-NEXT: outer(a=1) {
// DEPTH-NEXT:   middle(b=2) -> 7
// DEPTH-NEXT:   middle(b=8) -> 11
// DEPTH-NEXT:   middle(b=12) -> 13
// DEPTH-NEXT:   middle(b=14) -> 15
// DEPTH-NEXT: } -> 16  // outer
// DEPTH-NEXT: == thread 2 ==
// DEPTH-NEXT: outer(a=20) {
// DEPTH-NEXT:   leaf(c=21) -> 22
// DEPTH-NEXT: } -> 23  // outer
// DEPTH-EMPTY:

// THREAD:      == thread 2 ==
// THREAD-NEXT: outer(a=20) {
// THREAD-NEXT:   leaf(c=21) -> 22
// THREAD-NEXT: } -> 23  // outer
// THREAD-EMPTY:

// Thread 1's calls begin at records 0 1 2 4 7 8 11 13; thread 2's at 0 1.
// RANGE:      == thread 1 ==
// RANGE-NEXT: leaf(c=5) -> 6
// RANGE-NEXT: middle(b=8) {
// RANGE-NEXT:   leaf(c=9) -> 10
// RANGE-NEXT: } -> 11  // middle
// RANGE-EMPTY:

// COMBINED:      == thread 1 ==
// COMBINED-NEXT: middle(b=8) -> 11
// COMBINED-NEXT: middle(b=12) -> 13
// COMBINED-NEXT: middle(b=14) -> 15
// COMBINED-EMPTY:

// jsonl lines come as calls end; the depth counts shown calls.
// JSONL: [('leaf', 1), ('leaf', 1), ('middle', 0), ('leaf', 1), ('middle', 0), ('middle', 0)]

int leaf(int c) { return c + 1; }
int middle(int b) { return leaf(b) + leaf(b); }
int outer(int a) { return middle(a); }
int main(void) { return 0; }
