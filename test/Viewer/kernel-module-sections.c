// A kernel module's code outside .text: the kernel loads each of its
// sections on its own (cold functions in .text.unlikely., clang's name
// for them as in the kernel's .ko files; __init ones in .init.text), so
// the trace's sections chunk says where each went and the viewer looks a
// pc up in the .ko's section of the same name.
// RUN: rm -rf %t.dir && mkdir -p %t.dir/extra
// RUN: %clang_noplugin -g -O0 -fno-pie -no-pie %s -o %t.vmlinux
// RUN: %clang_noplugin -g -O1 -c %S/Inputs/sections-module.c -o %t.dir/extra/my-mod.ko
// RUN: llvm-readelf -S %t.dir/extra/my-mod.ko | FileCheck %s --check-prefix=SECTIONS
// RUN: llvm-nm %t.vmlinux > %t.syms
// RUN: llvm-nm %t.dir/extra/my-mod.ko > %t.modsyms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -s %t.modsyms -o %t.bin
// RUN: %dataflow-view --vmlinux %t.vmlinux --modules %t.dir %t.bin > %t.out 2>&1
// RUN: FileCheck %s --input-file=%t.out --match-full-lines

// Without the sections chunk (a trace from an older recorder) only .text
// is known: the others' pcs are unknown, never another section's names.
// RUN: %trace-lines %s | grep -v '^sections' | %t.mk -s %t.syms -s %t.modsyms -o %t.old.bin
// RUN: %dataflow-view --vmlinux %t.vmlinux --modules %t.dir %t.old.bin 2>&1 | FileCheck %s --check-prefix=OLD --match-full-lines

// my_mod's init has run and its .init.text was freed; other's .text was
// loaded there since: a pc there is other's. Code still loaded is looked
// up before init sections.
// RUN: cp %t.dir/extra/my-mod.ko %t.dir/extra/other.ko
// RUN: sed -n 's|^// REUSED: ||p' %s | %t.mk -s %t.syms -s %t.modsyms -o %t.reused.bin
// RUN: %dataflow-view --vmlinux %t.vmlinux --modules %t.dir %t.reused.bin 2>&1 | FileCheck %s --check-prefix=REUSED-VIEW --match-full-lines
// REUSED: header kernel kaslr=0x1c000000 pid=1
// REUSED: module main path=vmlinux
// REUSED: module kernel base=0xffffffffc0002000 size=0x4000 path=my_mod
// REUSED: sections .init.text=0xffffffffc0a00000 .text=0xffffffffc0002000
// REUSED: module kernel base=0xffffffffc0a00000 size=0x4000 path=other
// REUSED: sections .text=0xffffffffc0a00000
// REUSED: thread tid=7
// REUSED: bias 0xffffffffc0a00000
// REUSED: entry pc=mod_handler idx=0 size=8 vals=1
// REUSED: ret pc=mod_handler size=4 vals=0xffffffff
// REUSED-VIEW:      == thread 7 ==
// REUSED-VIEW-NEXT: mod_handler(err=1) -> -1  // sections-module.c:{{[0-9]+}}
// REUSED-VIEW-EMPTY:

// Every mod_ function is at offset 0 of its own section.
// RUN: FileCheck %s --input-file=%t.modsyms --check-prefix=SYMS
// SYMS: 0000000000000000 T mod_cold
// SYMS: 0000000000000000 T mod_handler
// SYMS: 0000000000000000 T mod_init
// SECTIONS: .text PROGBITS 0000000000000000 {{.*}} AX
// SECTIONS: .text.unlikely. PROGBITS 0000000000000000 {{.*}} AX
// SECTIONS: .init.text PROGBITS 0000000000000000 {{.*}} AX

// TRACE: header kernel kaslr=0x1c000000 pid=1
// TRACE: module main path=vmlinux
// TRACE: module kernel base=0xffffffffc0002000 size=0x4000 path=my_mod
// TRACE: sections .text=0xffffffffc0002000 .text.unlikely.=0xffffffffc0003000 .init.text=0xffffffffc0a00000 .data=0xffffffffc0004000
// TRACE: thread tid=42
// TRACE: entry pc=ksys_ioctl idx=0 size=4 vals=3
// TRACE: entry pc=ksys_ioctl idx=1 size=4 vals=0xc0306201
// TRACE: bias 0xffffffffc0a00000
// TRACE: ret pc=mod_init size=4 vals=0
// TRACE: bias 0xffffffffc0002000
// TRACE: entry pc=mod_handler idx=0 size=8 vals=28
// TRACE: bias 0xffffffffc0003000
// TRACE: entry pc=mod_cold idx=0 size=8 vals=28
// TRACE: ret pc=mod_cold size=4 vals=0xffffffe4
// TRACE: bias 0xffffffffc0002000
// TRACE: ret pc=mod_handler size=4 vals=0xffffffe4
// TRACE: bias 0
// TRACE: ret pc=ksys_ioctl size=8 vals=0xffffffffffffffe4

// CHECK:      == thread 42 ==
// CHECK-NEXT: ksys_ioctl(fd=3, cmd=3224396289 (0xc0306201)) {  // kernel-module-sections.c:{{[0-9]+}}
// CHECK-NEXT:   mod_init() -> 0  // sections-module.c:{{[0-9]+}}
// CHECK-NEXT:   mod_handler(err=28) {  // sections-module.c:{{[0-9]+}}
// CHECK-NEXT:     mod_cold(err=28) -> -28  // sections-module.c:{{[0-9]+}}
// CHECK-NEXT:   } -> -28  // mod_handler
// CHECK-NEXT: } -> -28  // ksys_ioctl

// OLD:      ksys_ioctl(fd=3, cmd=3224396289 (0xc0306201)) {  // kernel-module-sections.c:{{[0-9]+}}
// OLD-NEXT:   0xffffffffc0a00000 <unknown>(...) -> 0x0
// OLD-NEXT:   mod_handler(err=28) {  // sections-module.c:{{[0-9]+}}
// OLD-NEXT:     0xffffffffc0003000 <unknown>(arg0=NULL) -> 0xffffffe4
// OLD-NEXT:   } -> -28  // mod_handler
// OLD-NEXT: } -> -28  // ksys_ioctl
// OLD-NEXT: dataflow-view: warning: 3 of 8 records have a pc that is no function entry in {{.*}}

long ksys_ioctl(unsigned fd, unsigned cmd) { return -28; }
int main(void) { return 0; }
