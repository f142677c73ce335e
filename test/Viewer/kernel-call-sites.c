// A kernel trace of ABI C: call sites in vmlinux and in a module (ET_REL,
// section-relative DWARF) resolve through inline info to their frames.
// The SITE labels give mktrace pcs inside the (inlined) code.
// RUN: rm -rf %t.dir && mkdir -p %t.dir/extra
// RUN: %clang_noplugin -g -O2 -fno-pie -no-pie %s -o %t.vmlinux
// RUN: %clang_noplugin -g -O2 -DMODULE -c %s -o %t.dir/extra/my-mod.ko
// RUN: llvm-nm %t.vmlinux > %t.syms
// RUN: llvm-nm %t.dir/extra/my-mod.ko > %t.modsyms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -s %t.modsyms -o %t.bin
// RUN: %dataflow-view --vmlinux %t.vmlinux --modules %t.dir %t.bin --locations=false 2>&1 | FileCheck %s --match-full-lines

// TRACE: header kernel kaslr=0x1c000000 pid=1 abi=2
// TRACE: module main path=vmlinux
// TRACE: module kernel base=0xffffffffc0002000 path=my_mod
// TRACE: thread tid=42
// TRACE: entry pc=in_ksys_ioctl idx=0 size=4 vals=3
// TRACE: entry pc=in_ksys_ioctl idx=1 size=4 vals=0xc0306201
// TRACE: entry pc=in_kleaf idx=0 size=4 vals=3
// TRACE: bias 0xffffffffc0002000
// TRACE: entry pc=in_mod_handler idx=0 size=16 ptr=0xffff888000100000 vals=5,6
// TRACE: entry pc=in_mod_leaf idx=0 size=8 vals=5
// TRACE: ret pc=in_mod_handler size=8 vals=6
// TRACE: bias 0
// TRACE: ret pc=in_ksys_ioctl size=8 vals=0xfffffffffffffff2

// CHECK:      == thread 42 ==
// CHECK-NEXT: ksys_ioctl(fd=3, cmd=3224396289 (0xc0306201)) {
// CHECK-NEXT:   kleaf(c=3) [inlined]
// CHECK-NEXT:   mod_handler(r=0xffff888000100000 {op=5, len=6}) {
// CHECK-NEXT:     mod_leaf(v=5) [inlined]
// CHECK-NEXT:   } -> 6  // mod_handler
// CHECK-NEXT: } -> -14  // ksys_ioctl
// CHECK-EMPTY:

struct req { long op; long len; };
// A global label on a nop the inlined code owns.
#define SITE(name) __asm__ volatile(".globl " #name "\n" #name ": nop")
#ifdef MODULE
static inline __attribute__((always_inline)) long mod_leaf(long v) {
  SITE(in_mod_leaf);
  return v + 1;
}
long mod_handler(struct req *r) {
  SITE(in_mod_handler);
  return mod_leaf(r->op);
}
#else
static inline __attribute__((always_inline)) int kleaf(int c) {
  SITE(in_kleaf);
  return c * 2;
}
long ksys_ioctl(int fd, unsigned cmd) {
  SITE(in_ksys_ioctl);
  return kleaf(fd) + cmd;
}
int main(void) { return 0; }
#endif
