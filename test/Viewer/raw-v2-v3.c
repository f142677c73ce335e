// Raw v2 buffers keep the value count in header bits 24..27; v3 (the
// uapi framing) in bits 32..47 with pcs already without the KASLR offset.
// RUN: %clang_noplugin -g -O0 -fno-pie -no-pie %s -o %t.vmlinux
// RUN: llvm-nm %t.vmlinux > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | sed 's/^/bias 0x200000\n/' | %t.mk --raw=v2 -s %t.syms -o %t.v2
// RUN: %dataflow-view --vmlinux %t.vmlinux --raw-format=v2 --kaslr-offset=0x200000 %t.v2 --locations=false | FileCheck %s --match-full-lines
// RUN: %trace-lines %s | %t.mk --raw=v3 -s %t.syms -o %t.v3
// RUN: %dataflow-view --vmlinux %t.vmlinux --raw-format=v3 --kaslr-offset=0x200000 %t.v3 --locations=false | FileCheck %s --match-full-lines

// A buffer whose word 0 counts more words than the file holds is reported.
// RUN: (%trace-lines %s; echo "wordcount 100") | %t.mk --raw=v3 -s %t.syms -o %t.short
// RUN: not %dataflow-view --vmlinux %t.vmlinux --raw-format=v3 %t.short 2>&1 | FileCheck %s --check-prefix=SHORT
// SHORT: error: {{.*}}: offset 0x0: truncated buffer: word 0 counts 100 record words, the file holds 13

// TRACE: entry pc=f idx=0 size=8 ptr=0xffffc90000001000 vals=1,2
// TRACE: entry pc=f idx=1 size=2 vals=0xfffe
// TRACE: ret pc=f size=8 vals=0xfffffffffffffff2

// CHECK: f(s=0xffffc90000001000 {x=1, y=2}, d=-2) -> -14
struct pt { long x; long y; };
long f(struct pt *s, short d) { return -14; }
int main(void) { return 0; }
