// where VALUE on kernel traces (a trace file and a raw v3 buffer): an
// address from an oops or KASAN report is found as a return value, as a
// struct pointer argument, inside the struct a pointer points to (with its
// offset), and as a pointer field; a value matches at each slot's width,
// written signed or unsigned: -1 is the int -1 and the long -1, 0xffffffff
// only the int.
// RUN: %clang_noplugin -g -O0 -fno-pie -no-pie %s -o %t.vmlinux
// RUN: llvm-nm %t.vmlinux > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: (echo 'header kernel pid=1'; echo 'module main path=vmlinux'; echo 'thread tid=9'; %trace-lines %s) | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view where 0xffff888000100000 --vmlinux %t.vmlinux %t.bin | FileCheck %s --check-prefix=ADDR --match-full-lines -DTID=9
// RUN: %trace-lines %s | %t.mk --raw=v3 -s %t.syms -o %t.v3
// RUN: %dataflow-view where 0xffff888000100000 --vmlinux %t.vmlinux --raw-format=v3 %t.v3 | FileCheck %s --check-prefix=ADDR --match-full-lines -DTID=0
// RUN: %dataflow-view where 0xffff888000100008 --vmlinux %t.vmlinux %t.bin | FileCheck %s --check-prefix=INSIDE --match-full-lines
// RUN: %dataflow-view where -1 --vmlinux %t.vmlinux %t.bin | FileCheck %s --check-prefix=MINUS --match-full-lines
// RUN: %dataflow-view where 0xffffffff --vmlinux %t.vmlinux %t.bin --thread 9 | FileCheck %s --check-prefix=ONES --match-full-lines

// TRACE: entry pc=sys_op idx=0 size=4 vals=0xffffffff
// TRACE: entry pc=kalloc idx=0 size=8 vals=16
// TRACE: ret pc=kalloc size=8 ptr=0xffff888000100000 vals=0
// TRACE: entry pc=link idx=0 size=16 ptr=0xffff888000200000 vals=3,0xffff888000100000
// TRACE: entry pc=use idx=0 size=16 ptr=0xffff888000100000 vals=0,0
// TRACE: ret pc=use size=4 vals=0
// TRACE: ret pc=link size=4 vals=0
// TRACE: ret pc=sys_op size=8 vals=0xffffffffffffffff

// ADDR:      tid [[TID]] seq 2 ret sys_op > kalloc: ret=0xffff888000100000
// ADDR-NEXT: tid [[TID]] seq 3 entry sys_op > link: n->next=0xffff888000100000
// ADDR-NEXT: tid [[TID]] seq 4 entry sys_op > link > use: n=0xffff888000100000
// ADDR-NEXT: 3 records with 0xffff888000100000
// ADDR-EMPTY:

// INSIDE:      tid 9 seq 4 entry sys_op > link > use: n=0xffff888000100000 (+0x8)
// INSIDE-NEXT: 1 record with 0xffff888000100008

// MINUS:      tid 9 seq 0 entry sys_op: fd=-1
// MINUS-NEXT: tid 9 seq 7 ret sys_op: ret=-1
// MINUS-NEXT: 2 records with 0xffffffffffffffff
// MINUS-EMPTY:

// ONES:      tid 9 seq 0 entry sys_op: fd=-1
// ONES-NEXT: 1 record with 0xffffffff
// ONES-EMPTY:

struct node {
  long val;
  struct node *next;
};
long sys_op(int fd) { return -1; }
void *kalloc(unsigned long size) { return 0; }
int use(struct node *n) { return 0; }
int link(struct node *n) { return 0; }
int main(void) { return 0; }
