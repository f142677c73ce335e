// A raw v1 buffer (RFC of 3 June: no record length) is framed with DWARF:
// a struct pointer's record has one word per table field, anything else
// one. pcs are runtime addresses, so the KASLR offset is subtracted, and
// the 48-bit packed pointer is sign-extended back to a kernel address.
// A struct whose sub-byte bitfield the RFC compiler dropped has a shorter
// table; the next record header tells which table was used. A record of an
// unknown function is framed by scanning for the next header, and marked.
// RUN: %clang_noplugin -g -O0 -fno-pie -no-pie %s -o %t.vmlinux
// RUN: llvm-nm %t.vmlinux > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk --raw=v1 -s %t.syms -o %t.raw
// RUN: %dataflow-view --vmlinux %t.vmlinux --raw-format=v1 --kaslr-offset 0x1e000000 %t.raw --locations=false > %t.out 2> %t.err
// RUN: FileCheck %s --input-file=%t.out --match-full-lines
// RUN: FileCheck %s --input-file=%t.err --check-prefix=ERR

// TRACE: bias 0x1e000000
// TRACE: entry pc=set_max_threads idx=0 size=8 ptr=0xffff888012345678 vals=42,15,0xe0000001
// TRACE: entry pc=set_max_threads idx=1 size=4 vals=0xffffffff
// TRACE: ret pc=set_max_threads size=4 vals=0
// TRACE: entry pc=rfc_flags idx=0 size=8 ptr=0xffff888000001000 vals=7,9
// TRACE: ret pc=rfc_flags size=0 vals=0
// TRACE: entry pc=0x99 idx=0 size=4 vals=1,2
// TRACE: ret pc=set_max_threads size=4 vals=3

// CHECK:      == thread 0 ==
// CHECK-NEXT: set_max_threads(p=0xffff888012345678 {pid=42, max_threads=15, cookie=3758096385 (0xe0000001)}, max=4294967295 (0xffffffff)) -> 0
// CHECK-NEXT: rfc_flags(f=0xffff888000001000 {a=7, b=9})
// CHECK-NEXT: 0x99 <unknown>(arg0={0x1, 0x2} <guessed record length>) {
// CHECK-NEXT:   set_max_threads(...) -> 3
// CHECK-NEXT: } <unfinished>  // 0x99 <unknown>

// ERR: warning: 1 v1 records were framed by guessing

struct proc { int pid; unsigned max_threads; unsigned cookie; };
struct rfc { int a; unsigned small : 3; int b; };
int set_max_threads(struct proc *p, unsigned max) { return 0; }
void rfc_flags(struct rfc *f) {}
int main(void) { return 0; }
