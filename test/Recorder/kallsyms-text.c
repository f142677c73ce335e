// dataflow-trace records where the running kernel's text is: _text from
// /proc/kallsyms, or where kallsyms has no _text (arm64: it lies before
// _stext, outside what kallsyms lists) _stext, flagged in the vmlinux
// chunk. The viewer subtracts the same symbol's address in vmlinux, so it
// names functions under KASLR either way. Inputs/fake-kcov.c serves a
// pretend /proc and a device file that already holds the kernel's records
// at runtime addresses (mktrace's raw buffer). This program stands in for
// vmlinux and for the traced command.
// RUN: %clang_noplugin -g -O0 -fno-pie -no-pie -Wl,--build-id=none %s -o %t.vmlinux
// RUN: llvm-nm %t.vmlinux > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk --raw=v3 -s %t.syms -o %t.dev
// RUN: truncate -s 1024 %t.dev
// RUN: %fake-kcov-build -o %t.fake-kcov.so
// RUN: rm -rf %t.proc && mkdir %t.proc && touch %t.proc/modules

// arm64: only _stext. The header has no KASLR offset (flags: kernel), the
// vmlinux chunk the runtime _stext (flags: main | stext).
// RUN: %python %S/Inputs/kallsyms.py %t.syms 0x2a00000 _stext df_add > %t.proc/kallsyms
// RUN: env FAKE_KCOV_DEVICE=%t.dev FAKE_KCOV_PROC=%t.proc LD_PRELOAD=%t.fake-kcov.so %dataflow-trace --device %t.dev --size 128 -o %t.stext.trace -- true 2> /dev/null
// RUN: od -An -tx4 -j20 -N4 %t.stext.trace | FileCheck %s --check-prefix=NO-KASLR
// RUN: od -An -tx4 -j72 -N4 %t.stext.trace | FileCheck %s --check-prefix=STEXT
// RUN: %dataflow-view --vmlinux %t.vmlinux %t.stext.trace 2> /dev/null | FileCheck %s
// NO-KASLR: {{^ *}}00000001{{$}}
// STEXT: {{^ *}}00000005{{$}}

// x86-64: _text, listed after _stext here; the chunk's flags say main only.
// RUN: %python %S/Inputs/kallsyms.py %t.syms 0x2a00000 _stext df_add _text > %t.proc/kallsyms
// RUN: env FAKE_KCOV_DEVICE=%t.dev FAKE_KCOV_PROC=%t.proc LD_PRELOAD=%t.fake-kcov.so %dataflow-trace --device %t.dev --size 128 -o %t.text.trace -- true 2> /dev/null
// RUN: od -An -tx4 -j72 -N4 %t.text.trace | FileCheck %s --check-prefix=TEXT
// RUN: %dataflow-view --vmlinux %t.vmlinux %t.text.trace 2> /dev/null | FileCheck %s
// TEXT: {{^ *}}00000001{{$}}

// kallsyms with zero addresses (kptr_restrict): nothing to go by, so the
// viewer assumes no KASLR and cannot name the runtime addresses.
// RUN: %python %S/Inputs/kallsyms.py %t.syms 0 > %t.proc/kallsyms
// RUN: echo '0000000000000000 T _stext' >> %t.proc/kallsyms
// RUN: env FAKE_KCOV_DEVICE=%t.dev FAKE_KCOV_PROC=%t.proc LD_PRELOAD=%t.fake-kcov.so %dataflow-trace --device %t.dev --size 128 -o %t.hidden.trace -- true 2> /dev/null
// RUN: %dataflow-view --vmlinux %t.vmlinux %t.hidden.trace 2> /dev/null | FileCheck %s --check-prefix=HIDDEN
// HIDDEN: <unknown>(arg0=0x7) {

// TRACE: bias 0x2a00000
// TRACE: entry pc=df_twice idx=0 size=4 vals=7
// TRACE: entry pc=df_add idx=0 size=4 vals=7
// TRACE: entry pc=df_add idx=1 size=4 vals=7
// TRACE: ret pc=df_add size=4 vals=14
// TRACE: ret pc=df_twice size=4 vals=14

// CHECK:      df_twice(x=7) {  // kallsyms-text.c:{{[0-9]+}}
// CHECK-NEXT:   df_add(a=7, b=7) -> 14  // kallsyms-text.c:{{[0-9]+}}
// CHECK-NEXT: } -> 14  // df_twice

// Where a kernel's linker script puts them: _text, then the code from
// _stext on (the 16 bytes between are never run).
__asm__(".text\n.globl _text\n_text:\n.skip 16\n.globl _stext\n_stext:\n");

int df_add(int a, int b) { return a + b; }
int df_twice(int x) { return df_add(x, x); }
int main(void) { return df_twice(7) != 14; }
