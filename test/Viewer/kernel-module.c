// A kernel trace file: vmlinux pcs are link-time addresses (the KASLR
// offset removed); a module's pcs are mapped through its .text load
// address from the module chunk, and the module's DWARF comes from
// NAME.ko found under --modules (ET_REL, section-relative addresses).
// RUN: rm -rf %t.dir && mkdir -p %t.dir/extra
// RUN: %clang_noplugin -g -O0 -fno-pie -no-pie %s -o %t.vmlinux
// RUN: %clang_noplugin -g -O0 -DMODULE -c %s -o %t.dir/extra/my-mod.ko
// RUN: llvm-nm %t.vmlinux > %t.syms
// RUN: llvm-nm %t.dir/extra/my-mod.ko > %t.modsyms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -s %t.modsyms -o %t.bin
// RUN: %dataflow-view --vmlinux %t.vmlinux --modules %t.dir %t.bin > %t.out 2>&1
// RUN: FileCheck %s --input-file=%t.out --match-full-lines

// Without the module directory its functions are unknown, with a warning.
// RUN: %dataflow-view --vmlinux %t.vmlinux %t.bin 2>&1 | FileCheck %s --check-prefix=NOMOD
// NOMOD: dataflow-view: warning: module 'my_mod': no my_mod.ko under (no --modules); its functions are shown as <unknown>
// NOMOD: 0xffffffffc0002000 <unknown>(arg0={0x5, 0x6}) -> 0x0

// TRACE: header kernel kaslr=0x1c000000 pid=1
// TRACE: module main path=vmlinux
// TRACE: module kernel base=0xffffffffc0002000 path=my_mod
// TRACE: thread tid=42
// TRACE: entry pc=ksys_ioctl idx=0 size=4 vals=3
// TRACE: entry pc=ksys_ioctl idx=1 size=4 vals=0xc0306201
// TRACE: bias 0xffffffffc0002000
// TRACE: entry pc=mod_handler idx=0 size=16 ptr=0xffff888000100000 vals=5,6
// TRACE: ret pc=mod_handler size=4 vals=0
// TRACE: bias 0
// TRACE: ret pc=ksys_ioctl size=8 vals=0xfffffffffffffff2

// CHECK:      == thread 42 ==
// CHECK-NEXT: ksys_ioctl(fd=3, cmd=3224396289 (0xc0306201)) {  // kernel-module.c:{{[0-9]+}}
// CHECK-NEXT:   mod_handler(r=0xffff888000100000 {op=5, len=6}) -> 0  // kernel-module.c:{{[0-9]+}}
// CHECK-NEXT: } -> -14  // ksys_ioctl

struct req { long op; long len; };
#ifdef MODULE
int mod_handler(struct req *r) { return 0; }
#else
long ksys_ioctl(unsigned fd, unsigned cmd) { return -14; }
int main(void) { return 0; }
#endif
