// A trace cut short (a crashed writer, a partial copy) is decoded up to the
// cut; the truncated final record is reported, calls still open are shown
// unfinished, and the exit status is nonzero.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: not %dataflow-view --binary %t.exe %t.bin --locations=false > %t.out 2> %t.err
// RUN: FileCheck %s --input-file=%t.out --match-full-lines
// RUN: FileCheck %s --input-file=%t.err --check-prefix=ERR

// TRACE: thread tid=1
// TRACE: entry pc=outer idx=0 size=4 vals=1
// TRACE: entry pc=inner idx=0 size=8 ptr=0x100 vals=1,2
// TRACE: truncate 8

// CHECK:      outer(x=1) <unfinished>
// CHECK-EMPTY:

// ERR:      dataflow-view: error: {{.*}}: offset 0x28: truncated trace: thread 1's chunk declares 9 record words, the file holds 8
// ERR-NEXT: dataflow-view: error: {{.*}}: offset 0x78: truncated record: ENTRY header says 5 words, only 4 are left in thread 1's chunk
// ERR-NEXT: dataflow-view: 2 error(s) in the trace; the output above is partial

struct pair { long a, b; };
int inner(struct pair *p) { return 0; }
int outer(int x) { return 0; }
int main(void) { return 0; }
