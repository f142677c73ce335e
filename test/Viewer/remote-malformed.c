// A REMOTE record anywhere but first in a remote thread chunk, one with
// another number of values than 4, a remote chunk that does not begin with
// one and one whose word count is not the chunk's: each is an error with
// its offset, the records around are still shown, and the exit status is 1.
// RUN: %clang_noplugin -g -O0 -fno-pie -no-pie %s -o %t.vmlinux
// RUN: llvm-nm %t.vmlinux > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: not %dataflow-view --vmlinux %t.vmlinux %t.bin --locations=false > %t.out 2> %t.err
// RUN: FileCheck %s --input-file=%t.out --match-full-lines
// RUN: FileCheck %s --input-file=%t.err --check-prefix=ERR

// TRACE: header kernel pid=77
// TRACE: thread tid=77
// TRACE: entry pc=helper idx=0 size=4 vals=1
// TRACE: remote handle=0x0100000000000001 pid=12 cpu=0 comm=kworker/0:1 follow=0
// TRACE: ret pc=helper size=4 vals=2
// TRACE: thread tid=12 remote
// TRACE: entry pc=helper idx=0 size=4 vals=3
// TRACE: ret pc=helper size=4 vals=4
// TRACE: thread tid=13 remote
// TRACE: remote handle=0x0100000000000001 pid=13 cpu=0 comm=kworker/0:2 nvals=5
// TRACE: word 0
// TRACE: entry pc=helper idx=0 size=4 vals=5
// TRACE: ret pc=helper size=4 vals=6
// TRACE: thread tid=14 remote
// TRACE: remote handle=0x0100000000000001 pid=14 cpu=1 comm=kworker/1:0 follow=9
// TRACE: entry pc=helper idx=0 size=4 vals=7
// TRACE: ret pc=helper size=4 vals=8

// CHECK:      == thread 77 ==
// CHECK-NEXT: helper(x=1) -> 2
// CHECK-NEXT: == thread 12 ==
// CHECK-NEXT: helper(x=3) -> 4
// CHECK-NEXT: == thread 13 ==
// CHECK-NEXT: helper(x=5) -> 6
// CHECK-NEXT: == remote work for handle 0x0100000000000001 in kworker/1:0 (pid 14, cpu 1) ==
// CHECK-NEXT: helper(x=7) -> 8
// CHECK-EMPTY:

// ERR:      error: {{.*}}: offset 0x78: malformed REMOTE record outside the start of a remote thread chunk (it begins a worker session's chunk, and only that); skipped
// ERR-NEXT: error: {{.*}}: offset 0x100: remote thread chunk of worker 12's session does not begin with a REMOTE record
// ERR-NEXT: error: {{.*}}: offset 0x170: malformed REMOTE record with 5 value words (a REMOTE record has 4: comm, comm, cpu, record words); skipped
// ERR-NEXT: error: {{.*}}: offset 0x220: the REMOTE record of worker 14's session says 9 record words follow, its chunk holds 8
// ERR-NEXT: dataflow-view: 4 error(s) in the trace; the output above is partial

int helper(int x) { return x + 1; }
int main(void) { return 0; }
