// What read() returns from the remote buffer is checked: a session cut
// short (here the last word, or inside its REMOTE record), words that do
// not begin a session, and bytes that are not whole words are each
// reported; the complete sessions before them are written, and the exit
// status is 2 (recording failed) whatever the command's. This program
// stands in for vmlinux.
// RUN: %clang_noplugin -g -O0 -fno-pie -no-pie %s -o %t.vmlinux
// RUN: llvm-nm %t.vmlinux > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %fake-kcov-build -o %t.fake-kcov.so
// RUN: rm -f %t.dev && truncate -s 1024 %t.dev
// RUN: (%trace-lines %s; echo 'remote handle=0x0100000000000001 pid=13 cpu=1 comm=kworker/1:1'; echo 'entry pc=helper idx=0 size=4 vals=4'; echo 'truncate 8') | %t.mk --raw=v3 -s %t.syms -o %t.v3 && tail -c +9 %t.v3 > %t.cut
// RUN: env FAKE_KCOV_DEVICE=%t.dev FAKE_KCOV_REMOTE=%t.cut LD_PRELOAD=%t.fake-kcov.so %dataflow-trace --device %t.dev --size 128 -o %t.trace --remote -- true 2> %t.err; echo "exit $?" >> %t.err
// RUN: FileCheck %s --input-file=%t.err --check-prefix=CUT --match-full-lines
// RUN: %dataflow-view --vmlinux %t.vmlinux --force --locations=false %t.trace 2> /dev/null | FileCheck %s --match-full-lines
// CUT:      dataflow-trace: remote buffer: the session at word 15 (handle 0x0100000000000001, worker pid 13) has 4 record words after its REMOTE record, only 3 were read; left out
// CUT-NEXT: dataflow-trace: 0 record words and 1 remote sessions written to {{.*}}.trace
// CUT-NEXT: exit 2
// CHECK:      == remote work for handle 0x0100000000000001 in kworker/0:1 (pid 12, cpu 0) ==
// CHECK-NEXT: helper(x=7) -> 8
// CHECK-EMPTY:

// RUN: (%trace-lines %s; echo 'remote handle=0x0100000000000001 pid=13 cpu=1 comm=kworker/1:1'; echo 'truncate 32') | %t.mk --raw=v3 -s %t.syms -o %t.v3 && tail -c +9 %t.v3 > %t.inside
// RUN: env FAKE_KCOV_DEVICE=%t.dev FAKE_KCOV_REMOTE=%t.inside LD_PRELOAD=%t.fake-kcov.so %dataflow-trace --device %t.dev --size 128 -o %t.trace --remote -- sh -c 'exit 3' 2> %t.err; echo "exit $?" >> %t.err
// RUN: FileCheck %s --input-file=%t.err --check-prefix=INSIDE --match-full-lines
// INSIDE:      dataflow-trace: remote buffer: the session at word 15 ends inside its REMOTE record (3 of 7 words); left out
// INSIDE-NEXT: dataflow-trace: 0 record words and 1 remote sessions written to {{.*}}.trace
// INSIDE-NEXT: exit 2

// RUN: (%trace-lines %s; echo 'word 0x1234'; echo 'word 0') | %t.mk --raw=v3 -s %t.syms -o %t.v3 && tail -c +9 %t.v3 > %t.garbage
// RUN: env FAKE_KCOV_DEVICE=%t.dev FAKE_KCOV_REMOTE=%t.garbage LD_PRELOAD=%t.fake-kcov.so %dataflow-trace --device %t.dev --size 128 -o %t.trace --remote -- true 2> %t.err; echo "exit $?" >> %t.err
// RUN: FileCheck %s --input-file=%t.err --check-prefix=GARBAGE --match-full-lines
// GARBAGE:      dataflow-trace: remote buffer: word 15 is 0x0000000000001234, not the REMOTE record a worker session begins with; the 2 words from there are left out
// GARBAGE-NEXT: dataflow-trace: 0 record words and 1 remote sessions written to {{.*}}.trace
// GARBAGE-NEXT: exit 2

// RUN: (%trace-lines %s; echo 'truncate 4') | %t.mk --raw=v3 -s %t.syms -o %t.v3 && tail -c +9 %t.v3 > %t.bytes
// RUN: env FAKE_KCOV_DEVICE=%t.dev FAKE_KCOV_REMOTE=%t.bytes LD_PRELOAD=%t.fake-kcov.so %dataflow-trace --device %t.dev --size 128 -o %t.trace --remote -- true 2> %t.err; echo "exit $?" >> %t.err
// RUN: FileCheck %s --input-file=%t.err --check-prefix=BYTES --match-full-lines
// BYTES:      dataflow-trace: remote buffer: read() returned 116 bytes, not whole words; the last 4 are left out
// BYTES-NEXT: dataflow-trace: remote buffer: the session at word 0 (handle 0x0100000000000001, worker pid 12) has 8 record words after its REMOTE record, only 7 were read; left out
// BYTES-NEXT: dataflow-trace: 0 record words and 0 remote sessions written to {{.*}}.trace
// BYTES-NEXT: exit 2

// TRACE: remote handle=0x0100000000000001 pid=12 cpu=0 comm=kworker/0:1 follow=8
// TRACE: entry pc=helper idx=0 size=4 vals=7
// TRACE: ret pc=helper size=4 vals=8

int helper(int x) { return x + 1; }
int main(void) { return 0; }
