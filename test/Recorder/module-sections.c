// dataflow-trace records where the kernel loaded each module's code
// sections (/sys/module/NAME/sections/: .text, .text.unlikely., .init.text,
// ...; data sections are left out), from before the command and after it:
// .init.text goes away once a module's init has run, and a module the
// command loads is only there at the end. Inputs/fake-kcov.c serves the
// pretend /proc and /sys/module and a device file holding the records at
// the sections' runtime addresses; the viewer names each from the .ko's
// section of the same name.
// RUN: rm -rf %t.dir %t.proc %t.sys && mkdir -p %t.dir/extra %t.proc
// RUN: %clang_noplugin -g -O0 -fno-pie -no-pie -Wl,--build-id=none %s -o %t.vmlinux
// RUN: %clang_noplugin -g -O1 -c %S/../Viewer/Inputs/sections-module.c -o %t.dir/extra/my-mod.ko
// RUN: cp %t.dir/extra/my-mod.ko %t.dir/extra/late.ko
// RUN: llvm-nm %t.vmlinux > %t.syms
// RUN: llvm-nm %t.dir/extra/my-mod.ko > %t.modsyms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk --raw=v3 -s %t.syms -s %t.modsyms -o %t.dev
// RUN: truncate -s 1024 %t.dev
// RUN: %fake-kcov-build -o %t.fake-kcov.so
// RUN: echo 'my_mod 16384 0 - Live 0x0000000000000000' > %t.proc/modules
// RUN: mkdir -p %t.sys/module/my_mod/sections %t.sys/module/late/sections
// RUN: echo 0xffffffffc0002000 > %t.sys/module/my_mod/sections/.text
// RUN: echo 0xffffffffc0003000 > %t.sys/module/my_mod/sections/.text.unlikely.
// RUN: echo 0xffffffffc0a00000 > %t.sys/module/my_mod/sections/.init.text
// RUN: echo 0xffffffffc0003000 > %t.sys/module/my_mod/sections/.data
// RUN: echo 0xffffffffc0008000 > %t.sys/module/late/sections/.text
// RUN: echo 0xffffffffc0009000 > %t.sys/module/late/sections/.text.unlikely.

// The command ends my_mod's init (its .init.text is gone at the end) and
// loads late.
// RUN: env FAKE_KCOV_DEVICE=%t.dev FAKE_KCOV_PROC=%t.proc FAKE_KCOV_SYS=%t.sys LD_PRELOAD=%t.fake-kcov.so %dataflow-trace --device %t.dev --size 128 -o %t.trace -- sh -c 'rm %t.sys/module/my_mod/sections/.init.text && echo "late 16384 0 - Live 0x0000000000000000" >> %t.proc/modules' 2> /dev/null
// RUN: %dataflow-view --vmlinux %t.vmlinux --modules %t.dir %t.trace 2> /dev/null | FileCheck %s --match-full-lines

// The sections chunks: my_mod's three code sections, late's two.
// RUN: grep -a -o '\.[a-z.]*' %t.trace | sort | FileCheck %s --check-prefix=NAMES --match-full-lines
// NAMES:      .init.text
// NAMES-NEXT: .text
// NAMES-NEXT: .text
// NAMES-NEXT: .text.unlikely.
// NAMES-NEXT: .text.unlikely.
// NAMES-EMPTY:

// TRACE: bias 0xffffffffc0a00000
// TRACE: ret pc=mod_init size=4 vals=0
// TRACE: bias 0xffffffffc0002000
// TRACE: entry pc=mod_handler idx=0 size=8 vals=28
// TRACE: bias 0xffffffffc0003000
// TRACE: entry pc=mod_cold idx=0 size=8 vals=28
// TRACE: ret pc=mod_cold size=4 vals=0xffffffe4
// TRACE: bias 0xffffffffc0002000
// TRACE: ret pc=mod_handler size=4 vals=0xffffffe4
// TRACE: bias 0xffffffffc0009000
// TRACE: entry pc=mod_cold idx=0 size=8 vals=5
// TRACE: ret pc=mod_cold size=4 vals=0xfffffffb

// CHECK:      mod_init() -> 0  // sections-module.c:{{[0-9]+}}
// CHECK-NEXT: mod_handler(err=28) {  // sections-module.c:{{[0-9]+}}
// CHECK-NEXT:   mod_cold(err=28) -> -28  // sections-module.c:{{[0-9]+}}
// CHECK-NEXT: } -> -28  // mod_handler
// CHECK-NEXT: mod_cold(err=5) -> -5  // sections-module.c:{{[0-9]+}}

int main(void) { return 0; }
