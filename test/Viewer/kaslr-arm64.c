// An arm64 kernel trace under KASLR. arm64's kallsyms has no _text, so
// dataflow-trace records the runtime _stext (the vmlinux chunk's "stext"
// flag) and no KASLR offset in the header: the viewer takes the offset as
// that address minus _stext in vmlinux's symbol table. A small aarch64
// object linked where arm64 links its kernel stands in for vmlinux.
// REQUIRES: aarch64-registered-target
// RUN: %clang_noplugin --target=aarch64-linux-gnu -g -O0 -c %s -o %t.o
// RUN: ld.lld %t.o -o %t.vmlinux -e 0 -Ttext=0xffff800080010000 \
// RUN:   --defsym=_text=0xffff800080000000 --defsym=_stext=0xffff800080010000
// RUN: llvm-nm %t.vmlinux > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --vmlinux %t.vmlinux %t.bin 2> %t.err | FileCheck %s --match-full-lines
// RUN: count 0 < %t.err

// The offset given by hand still wins.
// RUN: %dataflow-view --vmlinux %t.vmlinux --kaslr-offset 0 %t.bin | FileCheck %s --check-prefix=ZERO
// ZERO: 0xffff8000aaa10018 <unknown>(arg0=0x2, arg1=0x28) {

// A vmlinux without _stext (a stripped symbol table) cannot give the
// offset: one warning, and the functions cannot be named.
// RUN: llvm-objcopy --strip-symbol=_stext %t.vmlinux %t.nostext
// RUN: %dataflow-view --vmlinux %t.nostext %t.bin 2>&1 | FileCheck %s --check-prefix=NOSYM
// NOSYM: dataflow-view: warning: '{{.*}}.nostext' has no symbol _stext: cannot compute the traced kernel's KASLR offset from its runtime _stext (0xffff8000aaa10000); give it with --kaslr-offset
// NOSYM: 0xffff8000aaa10018 <unknown>(arg0=0x2, arg1=0x28) {

// TRACE: header kernel pid=1 machine=183
// TRACE: module main stext base=0xffff8000aaa10000 path=vmlinux
// TRACE: thread tid=7
// TRACE: bias 0x2aa00000
// TRACE: entry pc=df_scale idx=0 size=4 vals=2
// TRACE: entry pc=df_scale idx=1 size=4 vals=40
// TRACE: entry pc=df_add idx=0 size=8 vals=80
// TRACE: ret pc=df_add size=8 vals=81
// TRACE: ret pc=df_scale size=8 vals=81

// CHECK:      == thread 7 ==
// CHECK-NEXT: df_scale(factor=2, n=40) {  // kaslr-arm64.c:{{[0-9]+}}
// CHECK-NEXT:   df_add(x=80) -> 81  // kaslr-arm64.c:{{[0-9]+}}
// CHECK-NEXT: } -> 81  // df_scale

long df_add(long x) { return x + 1; }
long df_scale(int factor, int n) { return df_add((long)factor * n); }
