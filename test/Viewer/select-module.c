// --module NAME shows the calls of one kernel module ('-' and '_' alike;
// 'vmlinux' is the kernel image), here with --context 1 around them, on a
// kernel trace file and on a raw v3 buffer (given --module-base).
// RUN: rm -rf %t.dir && mkdir -p %t.dir/extra
// RUN: %clang_noplugin -g -O0 -fno-pie -no-pie %s -o %t.vmlinux
// RUN: %clang_noplugin -g -O0 -DMODULE -c %s -o %t.dir/extra/my-mod.ko
// RUN: llvm-nm %t.vmlinux > %t.syms
// RUN: llvm-nm %t.dir/extra/my-mod.ko > %t.modsyms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -s %t.modsyms -o %t.bin
// RUN: %dataflow-view --vmlinux %t.vmlinux --modules %t.dir %t.bin --locations=false --module my-mod | FileCheck %s --check-prefix=MOD --match-full-lines
// RUN: %dataflow-view --vmlinux %t.vmlinux --modules %t.dir %t.bin --locations=false --module vmlinux | FileCheck %s --check-prefix=VMLINUX --match-full-lines
// RUN: %dataflow-view --vmlinux %t.vmlinux --modules %t.dir %t.bin --locations=false --module my_mod --context 1 | FileCheck %s --check-prefix=CTX --match-full-lines
// RUN: %trace-lines %s | grep -v '^header\|^module\|^thread' | %t.mk --raw=v3 -s %t.syms -s %t.modsyms -o %t.raw
// RUN: %dataflow-view --vmlinux %t.vmlinux --modules %t.dir --raw-format=v3 --module-base my_mod=0xffffffffc0002000 %t.raw --locations=false --module my_mod | FileCheck %s --check-prefix=RAW --match-full-lines

// TRACE: header kernel kaslr=0x1c000000 pid=1
// TRACE: module main path=vmlinux
// TRACE: module kernel base=0xffffffffc0002000 path=my_mod
// TRACE: thread tid=42
// TRACE: entry pc=ksys_ioctl idx=0 size=4 vals=3
// TRACE: entry pc=ksys_ioctl idx=1 size=4 vals=0xc0306201
// TRACE: entry pc=kfree idx=0 size=8 vals=0
// TRACE: ret pc=kfree size=0
// TRACE: bias 0xffffffffc0002000
// TRACE: entry pc=mod_handler idx=0 size=16 ptr=0xffff888000100000 vals=5,6
// TRACE: ret pc=mod_handler size=4 vals=0
// TRACE: bias 0
// TRACE: entry pc=kfree idx=0 size=8 vals=0
// TRACE: ret pc=kfree size=0
// TRACE: entry pc=kfree idx=0 size=8 vals=0
// TRACE: ret pc=kfree size=0
// TRACE: ret pc=ksys_ioctl size=8 vals=0xfffffffffffffff2

// MOD:      == thread 42 ==
// MOD-NEXT: mod_handler(r=0xffff888000100000 {op=5, len=6}) -> 0
// MOD-EMPTY:

// VMLINUX:      == thread 42 ==
// VMLINUX-NEXT: ksys_ioctl(fd=3, cmd=3224396289 (0xc0306201)) {
// VMLINUX-NEXT:   kfree(p=NULL)
// VMLINUX-NEXT:   kfree(p=NULL)
// VMLINUX-NEXT:   kfree(p=NULL)
// VMLINUX-NEXT: } -> -14  // ksys_ioctl
// VMLINUX-EMPTY:

// CTX:      == thread 42 ==
// CTX-NEXT: kfree(p=NULL)
// CTX-NEXT: mod_handler(r=0xffff888000100000 {op=5, len=6}) -> 0
// CTX-NEXT: kfree(p=NULL)
// CTX-EMPTY:

// RAW:      == thread 0 ==
// RAW-NEXT: mod_handler(r=0xffff888000100000 {op=5, len=6}) -> 0
// RAW-EMPTY:

struct req { long op; long len; };
#ifdef MODULE
int mod_handler(struct req *r) { return 0; }
#else
long ksys_ioctl(unsigned fd, unsigned cmd) { return -14; }
void kfree(void *p) {}
int main(void) { return 0; }
#endif
