// Remote capture through the fake device: --remote registers the common
// handle (subsystem 0, the recorder's pid as instance), --remote-handle
// global ones (hex or decimal), with the buffer sizes, before ENABLE. After
// the command the recorder drains read() (40 bytes at a time here, so
// sessions span reads) and writes each session as a remote thread chunk,
// which the viewer shows as the worker's block. This program stands in for
// vmlinux.
// RUN: %clang_noplugin -g -O0 -fno-pie -no-pie %s -o %t.vmlinux
// RUN: llvm-nm %t.vmlinux > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %fake-kcov-build -o %t.fake-kcov.so
// RUN: rm -f %t.dev %t.log && truncate -s 1024 %t.dev
// RUN: %trace-lines %s | %t.mk --raw=v3 -s %t.syms -o %t.v3 && tail -c +9 %t.v3 > %t.remote
// RUN: env FAKE_KCOV_DEVICE=%t.dev FAKE_KCOV_LOG=%t.log FAKE_KCOV_REMOTE=%t.remote LD_PRELOAD=%t.fake-kcov.so %dataflow-trace --device %t.dev --size 128 -o %t.trace --remote --remote-handle 0x0100000000000001 --remote-handle 360287970189639682 -- true 2> %t.err
// RUN: FileCheck %s --input-file=%t.log --check-prefix=LOG --match-full-lines
// RUN: FileCheck %s --input-file=%t.err --check-prefix=RECORDER --match-full-lines
// RUN: %dataflow-view --vmlinux %t.vmlinux --force --locations=false %t.trace 2> /dev/null | FileCheck %s --match-full-lines

// LOG:      REMOTE_ENABLE area=1048576 session=65536 common={{0x[1-9a-f][0-9a-f]*}} handles=0x0100000000000001,0x0500000000000002
// LOG-NEXT: ENABLE 0x3
// LOG-EMPTY:
// RECORDER: dataflow-trace: 0 record words and 2 remote sessions written to {{.*}}.trace

// CHECK:      == remote work for handle 0x0100000000000001 in kworker/0:1 (pid 12, cpu 0) ==
// CHECK-NEXT: work_fn(n=5) {
// CHECK-NEXT:   helper(x=7) -> 8
// CHECK-NEXT: } -> 8  // work_fn
// CHECK-NEXT: == remote work for handle 0x0500000000000002 in softirq (cpu 1) ==
// CHECK-NEXT: helper(x=2) -> 3
// CHECK-EMPTY:

// Sizes, and global handles alone (no common handle).
// RUN: rm -f %t.log
// RUN: env FAKE_KCOV_DEVICE=%t.dev FAKE_KCOV_LOG=%t.log LD_PRELOAD=%t.fake-kcov.so %dataflow-trace --device %t.dev --size 128 -o %t.trace --remote-handle 0x0100000000000001 --remote-size 4096 --remote-session-size 512 -- true 2> %t.err
// RUN: FileCheck %s --input-file=%t.log --check-prefix=SIZES --match-full-lines
// RUN: FileCheck %s --input-file=%t.err --check-prefix=NONE --match-full-lines
// SIZES: REMOTE_ENABLE area=4096 session=512 common=0x0 handles=0x0100000000000001
// NONE:  dataflow-trace: 0 record words and 0 remote sessions written to {{.*}}.trace

// A runtime without remote capture: the command is not run, exit 2.
// RUN: rm -f %t.ran
// RUN: env FAKE_KCOV_DEVICE=%t.dev FAKE_KCOV_NO_REMOTE=1 LD_PRELOAD=%t.fake-kcov.so %dataflow-trace --device %t.dev --size 128 -o %t.trace --remote -- touch %t.ran 2> %t.err; echo "exit $?" >> %t.err
// RUN: not test -e %t.ran
// RUN: FileCheck %s --input-file=%t.err --check-prefix=NOREMOTE --match-full-lines
// NOREMOTE:      dataflow-trace: KCOV_DF_REMOTE_ENABLE: Inappropriate ioctl for device (this kernel runtime has no remote capture)
// NOREMOTE-NEXT: dataflow-trace: recording could not be enabled; touch was not run
// NOREMOTE-NEXT: exit 2

// TRACE: remote handle=0x0100000000000001 pid=12 cpu=0 comm=kworker/0:1
// TRACE: entry pc=work_fn idx=0 size=4 vals=5
// TRACE: entry pc=helper idx=0 size=4 vals=7
// TRACE: ret pc=helper size=4 vals=8
// TRACE: ret pc=work_fn size=4 vals=8
// TRACE: remote handle=0x0500000000000002 pid=0 cpu=1 comm=sh
// TRACE: entry pc=helper idx=0 size=4 vals=2
// TRACE: ret pc=helper size=4 vals=3

int helper(int x) { return x + 1; }
int work_fn(int n) { return helper(n + 2); }
int main(void) { return 0; }
