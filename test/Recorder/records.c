// The task's records in the mapped buffer (word 0 counts them) go into the
// trace as they are, comparisons included (--cmp). Records the runtime
// dropped are said with the option that helps, and are no failure: the
// exit status is the command's. This program stands in for vmlinux.
// RUN: %clang_noplugin -g -O0 -fno-pie -no-pie %s -o %t.vmlinux
// RUN: llvm-nm %t.vmlinux > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %fake-kcov-build -o %t.fake-kcov.so
// RUN: %trace-lines %s | %t.mk --raw=v3 -s %t.syms -o %t.dev && truncate -s 1024 %t.dev
// RUN: env FAKE_KCOV_DEVICE=%t.dev FAKE_KCOV_DROPPED=5 LD_PRELOAD=%t.fake-kcov.so %dataflow-trace --device %t.dev --size 128 -o %t.trace --cmp -- sh -c 'exit 3' 2> %t.err; echo "exit $?" >> %t.err
// RUN: FileCheck %s --input-file=%t.err --check-prefix=RECORDER --match-full-lines
// RUN: %dataflow-view --vmlinux %t.vmlinux --force --locations=false %t.trace 2> /dev/null | FileCheck %s --match-full-lines
// RECORDER:      dataflow-trace: 13 record words written to {{.*}}.trace; 5 records dropped: the buffer was full, use --size to enlarge it
// RECORDER-NEXT: exit 3
// CHECK:      == thread {{[0-9]+}} ==
// CHECK-NEXT: check_len(len=300) {
// CHECK-NEXT:   cmp const 0x100, 0x12c (8 bytes)
// CHECK-NEXT: } -> -22  // check_len
// CHECK-NEXT: # 5 records dropped in this chunk (runtime buffer full); calls around here may be incomplete
// CHECK-EMPTY:

// With remote capture the count covers lost sessions too.
// RUN: env FAKE_KCOV_DEVICE=%t.dev FAKE_KCOV_DROPPED=5 LD_PRELOAD=%t.fake-kcov.so %dataflow-trace --device %t.dev --size 128 -o %t.trace --remote -- true 2>&1 | FileCheck %s --check-prefix=REMOTE --match-full-lines
// REMOTE: dataflow-trace: 13 record words and 0 remote sessions written to {{.*}}.trace; 5 records or remote sessions dropped: a buffer was full, use --size, --remote-size or --remote-session-size to enlarge it

// TRACE: entry pc=check_len idx=0 size=8 vals=300
// TRACE: cmp pc=check_len+4 type=7 size=8 vals=0x100,300
// TRACE: ret pc=check_len size=8 vals=-22

long check_len(unsigned long len) { return len > 0x100 ? -22 : 0; }
int main(void) { return 0; }
