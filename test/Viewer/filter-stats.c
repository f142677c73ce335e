// --filter shows only calls whose function matches (nesting among the
// shown calls kept); --stats counts records and calls per function.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false --filter '^(outer|leaf)$' | FileCheck %s --check-prefix=FILTER --match-full-lines
// RUN: %dataflow-view --binary %t.exe %t.bin --stats | FileCheck %s --check-prefix=STATS

// TRACE: thread tid=1
// TRACE: entry pc=outer idx=0 size=4 vals=1
// TRACE: entry pc=middle idx=0 size=4 vals=2
// TRACE: entry pc=leaf idx=0 size=4 vals=3
// TRACE: ret pc=leaf size=4 vals=4
// TRACE: entry pc=leaf idx=0 size=4 vals=5
// TRACE: ret pc=leaf size=4 vals=6
// TRACE: ret pc=middle size=4 vals=7
// TRACE: ret pc=outer size=4 vals=8

// FILTER:      == thread 1 ==
// FILTER-NEXT: outer(a=1) {
// FILTER-NEXT:   leaf(c=3) -> 4
// FILTER-NEXT:   leaf(c=5) -> 6
// FILTER-NEXT: } -> 8  // outer
// FILTER-EMPTY:

// STATS:      records      entry        ret      calls unfinished  function
// STATS-NEXT:          4          2          2          2          0  leaf
// STATS-NEXT:          2          1          1          1          0  middle
// STATS-NEXT:          2          1          1          1          0  outer
// STATS-NEXT:          8          4          4          4          0  (total)

int leaf(int c) { return c + 1; }
int middle(int b) { return leaf(b) + leaf(b); }
int outer(int a) { return middle(a); }
int main(void) { return 0; }
