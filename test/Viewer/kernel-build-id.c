// dataflow-trace records the running kernel's build ID in the vmlinux
// module chunk: a --vmlinux with another build ID would misname functions
// (issue 13: 1 305 of 29 446 records named wrongly, exit 0), so it is
// refused, naming both IDs, unless --force. The same check as for user
// space (build-id.c).
// RUN: %clang_noplugin -g -O0 -fno-pie -no-pie -Wl,--build-id=0x1122334455667788 %s -o %t.vmlinux
// RUN: llvm-nm %t.vmlinux > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | sed 's/@ID@/aabbccddeeff00112233445566778899aabbccdd/' | %t.mk -s %t.syms -o %t.other.bin
// RUN: not %dataflow-view --vmlinux %t.vmlinux %t.other.bin > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=REFUSED --input-file=%t.err
// RUN: count 1 < %t.err
// RUN: count 0 < %t.out
// RUN: %dataflow-view --vmlinux %t.vmlinux %t.other.bin --force > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=FORCED --input-file=%t.err
// RUN: count 1 < %t.err
// RUN: FileCheck %s --input-file=%t.out
// The right vmlinux: no message at all.
// RUN: %trace-lines %s | sed 's/@ID@/1122334455667788/' | %t.mk -s %t.syms -o %t.same.bin
// RUN: %dataflow-view --vmlinux %t.vmlinux %t.same.bin > %t.out 2> %t.err
// RUN: count 0 < %t.err
// RUN: FileCheck %s --input-file=%t.out

// REFUSED: dataflow-view: error: '{{.*}}.vmlinux' has build ID 1122334455667788, the traced kernel had aabbccddeeff00112233445566778899aabbccdd: names and values would be wrong (--force to use it anyway)

// FORCED: dataflow-view: warning: '{{.*}}.vmlinux' has build ID 1122334455667788, the traced kernel had aabbccddeeff00112233445566778899aabbccdd: names and values would be wrong

// CHECK: == thread 7 ==
// CHECK-NEXT: ksys_dup(fildes=3) -> 4  // kernel-build-id.c:{{[0-9]+}}

// TRACE: header kernel pid=7
// TRACE: module main path=vmlinux buildid=@ID@
// TRACE: thread tid=7
// TRACE: entry pc=ksys_dup idx=0 size=4 vals=3
// TRACE: ret pc=ksys_dup size=4 vals=4

int ksys_dup(unsigned fildes) { return (int)fildes + 1; }
int main(void) { return ksys_dup(3); }
