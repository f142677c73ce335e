// summary on the records the kernel demo module (examples/linux/
// dataflow_demo.c) produces, rebuilt here with the demo's functions: as a
// kernel trace file, a raw v3 buffer and a raw v1 buffer (framed by
// DWARF). The binder case, df_set_max_threads accepting 0xffffffff and
// returning 0, ranks first; df_eight's 0x8888888888888888 is not flagged
// (it did not return success), nor is df_peek returning 0 and -22 (for
// different pointers).
// RUN: %clang_noplugin -g -O0 -fno-pie -no-pie %s -o %t.vmlinux
// RUN: llvm-nm %t.vmlinux > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: (echo 'header kernel pid=1'; echo 'module main path=vmlinux'; echo 'thread tid=77'; %trace-lines %s) | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view summary --vmlinux %t.vmlinux %t.bin | FileCheck %s --match-full-lines -DTID=77
// RUN: %trace-lines %s | %t.mk --raw=v3 -s %t.syms -o %t.v3
// RUN: %dataflow-view summary --vmlinux %t.vmlinux --raw-format=v3 %t.v3 | FileCheck %s --match-full-lines -DTID=0
// RUN: %trace-lines %s | %t.mk --raw=v1 -s %t.syms -o %t.v1
// RUN: %dataflow-view summary --vmlinux %t.vmlinux --raw-format=v1 %t.v1 | FileCheck %s --match-full-lines -DTID=0

// TRACE: entry pc=df_eight idx=0 size=8 vals=1
// TRACE: entry pc=df_eight idx=1 size=8 vals=2
// TRACE: entry pc=df_eight idx=2 size=8 vals=3
// TRACE: entry pc=df_eight idx=3 size=8 vals=4
// TRACE: entry pc=df_eight idx=4 size=8 vals=5
// TRACE: entry pc=df_eight idx=5 size=8 vals=6
// TRACE: entry pc=df_eight idx=6 size=8 vals=0x77
// TRACE: entry pc=df_eight idx=7 size=8 vals=0x8888888888888888
// TRACE: ret pc=df_eight size=8 vals=0x88888888888888ff
// TRACE: entry pc=df_walk idx=0 size=16 ptr=0xffffffffc0010000 vals=0,0xffffffffc0010010
// TRACE: entry pc=df_walk idx=0 size=16 ptr=0xffffffffc0010010 vals=1,0
// TRACE: ret pc=df_walk size=4 vals=1
// TRACE: ret pc=df_walk size=4 vals=2
// TRACE: entry pc=df_make_big idx=0 size=8 vals=7
// TRACE: ret pc=df_make_big size=32 vals=7,28672,3,1000
// TRACE: entry pc=df_check_perm idx=0 size=4 ptr=0xffffc90000013e58 vals=0x21,0x21,0x21,0xd21,0x5a
// TRACE: ret pc=df_check_perm size=4 vals=420
// TRACE: entry pc=df_set_max_threads idx=0 size=12 ptr=0xffffffffc0012340 vals=4242,15,0
// TRACE: entry pc=df_set_max_threads idx=1 size=4 vals=0xffffffff
// TRACE: ret pc=df_set_max_threads size=4 vals=0
// TRACE: entry pc=df_peek idx=0 size=16 ptr=0
// TRACE: ret pc=df_peek size=4 vals=0
// TRACE: entry pc=df_peek idx=0 size=16 ptr=0xffffffffffffffea vals=fault,fault
// TRACE: ret pc=df_peek size=4 vals=0xffffffea
// TRACE: entry pc=df_peek idx=0 size=16 ptr=0x1000 vals=fault,fault
// TRACE: ret pc=df_peek size=4 vals=0

// CHECK:      == flags ==
// CHECK-NEXT: #1 extreme-accepted: df_set_max_threads(max_threads=4294967295 (0xffffffff)) -> 0  [all-ones, type-max, negative-as-unsigned]  (1 call: tid [[TID]] seq 17)
// CHECK-NEXT: == functions ==
// CHECK-NEXT: df_eight: 1 call
// CHECK:        h: 1 value, 1 distinct, min 9838263505978427528 (0x8888888888888888), max 9838263505978427528 (0x8888888888888888); negative-as-unsigned, large
// Small and large are for int and wider: not for a 9-bit bitfield or a u8.
// CHECK:      df_check_perm: 1 call
// CHECK-NEXT:   perm: 1 value, 1 distinct, min 0xffffc90000013e58, max 0xffffc90000013e58
// CHECK-NEXT:   perm->read: 1 value, 1 distinct, min 1, max 1
// CHECK-NEXT:   perm->write: 1 value, 1 distinct, min 0, max 0; zero
// CHECK-NEXT:   perm->exec: 1 value, 1 distinct, min 0, max 0; zero
// CHECK-NEXT:   perm->mode: 1 value, 1 distinct, min 420, max 420
// CHECK-NEXT:   perm->tag: 1 value, 1 distinct, min 90, max 90
// CHECK-NEXT:   ret: 1 value, 1 distinct, min 420, max 420
// CHECK-NEXT: df_set_max_threads: 1 call
// CHECK-NEXT:   proc: 1 value, 1 distinct, min 0xffffffffc0012340, max 0xffffffffc0012340
// CHECK-NEXT:   proc->pid: 1 value, 1 distinct, min 4242, max 4242
// CHECK-NEXT:   proc->max_threads: 1 value, 1 distinct, min 15, max 15; small
// CHECK-NEXT:   proc->requested_threads: 1 value, 1 distinct, min 0, max 0; zero
// CHECK-NEXT:   max_threads: 1 value, 1 distinct, min 4294967295 (0xffffffff), max 4294967295 (0xffffffff); all-ones, type-max, negative-as-unsigned, large
// CHECK-NEXT:   ret: 1 value, 1 distinct, min 0, max 0; zero
// CHECK-NEXT: df_peek: 3 calls
// CHECK-NEXT:   node: 3 values, 3 distinct, min NULL, max 0xffffffffffffffea; NULL, ERR_PTR
// CHECK-NEXT:   ret: 3 values, 2 distinct, min -22, max 0; zero, -errno, small

typedef unsigned long long u64;
typedef unsigned int u32;
typedef unsigned char u8;

u64 df_eight(u64 a, u64 b, u64 c, u64 d, u64 e, u64 f, u64 g, u64 h) {
  return a + b + c + d + e + f + g + h;
}
struct df_node {
  int depth;
  struct df_node *next;
};
int df_walk(struct df_node *node) {
  return node->next ? df_walk(node->next) + 1 : node->depth;
}
struct df_big {
  u64 id;
  u64 size;
  u64 flags;
  u32 owner;
};
struct df_big df_make_big(u64 id) {
  struct df_big big = {id, id * 4096, 3, 1000};
  return big;
}
struct df_perm {
  unsigned int read : 1;
  unsigned int write : 1;
  unsigned int exec : 1;
  unsigned int mode : 9;
  u8 tag;
};
int df_check_perm(struct df_perm *perm) { return perm->mode; }
struct df_proc {
  int pid;
  u32 max_threads;
  u32 requested_threads;
};
int df_set_max_threads(struct df_proc *proc, u32 max_threads) {
  proc->max_threads = max_threads;
  return 0;
}
int df_peek(struct df_node *node) { return 0; }
int main(void) { return 0; }
