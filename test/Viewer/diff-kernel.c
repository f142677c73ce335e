// diff of two kernel runs of the demo module's shape, as trace files and as
// raw v3 buffers: a good and a bad input. The bad run walks one node more
// (an inserted recursive call: the calls after it still pair) and sets
// max_threads to 0xffffffff; struct pointers compare by kind, not address.
// RUN: %clang_noplugin -g -O0 -fno-pie -no-pie %s -o %t.vmlinux
// RUN: llvm-nm %t.vmlinux > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: (echo 'header kernel pid=1'; echo 'module main path=vmlinux'; echo 'thread tid=5'; sed -n 's|^// GOOD: ||p' %s) | %t.mk -s %t.syms -o %t.good
// RUN: (echo 'header kernel pid=1'; echo 'module main path=vmlinux'; echo 'thread tid=6'; sed -n 's|^// BAD: ||p' %s) | %t.mk -s %t.syms -o %t.bad
// RUN: %dataflow-view diff --vmlinux %t.vmlinux %t.good %t.bad | FileCheck %s --match-full-lines -DA=5 -DB=6
// RUN: sed -n 's|^// GOOD: ||p' %s | %t.mk --raw=v3 -s %t.syms -o %t.good.v3
// RUN: sed -n 's|^// BAD: ||p' %s | %t.mk --raw=v3 -s %t.syms -o %t.bad.v3
// RUN: %dataflow-view diff --vmlinux %t.vmlinux --raw-format=v3 %t.good.v3 %t.bad.v3 | FileCheck %s --match-full-lines -DA=0 -DB=0

// GOOD: entry pc=df_ioctl idx=0 size=4 vals=1
// GOOD: entry pc=df_walk idx=0 size=16 ptr=0xffff888000010000 vals=0,0xffff888000010010
// GOOD: entry pc=df_walk idx=0 size=16 ptr=0xffff888000010010 vals=1,0
// GOOD: ret pc=df_walk size=4 vals=1
// GOOD: ret pc=df_walk size=4 vals=2
// GOOD: entry pc=df_set_max_threads idx=0 size=12 ptr=0xffff888000020000 vals=4242,15,0
// GOOD: entry pc=df_set_max_threads idx=1 size=4 vals=16
// GOOD: ret pc=df_set_max_threads size=4 vals=0
// GOOD: ret pc=df_ioctl size=8 vals=0

// BAD: entry pc=df_ioctl idx=0 size=4 vals=1
// BAD: entry pc=df_walk idx=0 size=16 ptr=0xffff888000030000 vals=0,0xffff888000030010
// BAD: entry pc=df_walk idx=0 size=16 ptr=0xffff888000030010 vals=1,0xffff888000030020
// BAD: entry pc=df_walk idx=0 size=16 ptr=0xffff888000030020 vals=2,0
// BAD: ret pc=df_walk size=4 vals=2
// BAD: ret pc=df_walk size=4 vals=3
// BAD: ret pc=df_walk size=4 vals=4
// BAD: entry pc=df_set_max_threads idx=0 size=12 ptr=0xffff888000040000 vals=4242,15,0
// BAD: entry pc=df_set_max_threads idx=1 size=4 vals=0xffffffff
// BAD: ret pc=df_set_max_threads size=4 vals=0
// BAD: ret pc=df_ioctl size=8 vals=0

// CHECK:      #1 value: df_ioctl > df_walk > df_walk: entry node->next=NULL | node->next=0xffff888000030020  (A tid [[A]] seq 2, B tid [[B]] seq 2)
// CHECK-NEXT: only in B: df_ioctl > df_walk > df_walk > df_walk(node=0xffff888000030020)  (B tid [[B]] seq 3)
// CHECK-NEXT: #2 value: df_ioctl > df_walk > df_walk: ret ret=1 | ret=3  (A tid [[A]] seq 2, B tid [[B]] seq 2)
// CHECK-NEXT: #3 value: df_ioctl > df_walk: ret ret=2 | ret=4  (A tid [[A]] seq 1, B tid [[B]] seq 1)
// CHECK-NEXT: #4 value: df_ioctl > df_set_max_threads: entry max_threads=16 | max_threads=4294967295 (0xffffffff)  (A tid [[A]] seq 5, B tid [[B]] seq 7)
// CHECK-NEXT: == 4 value differences, 0 values missing in one trace, 0 calls only in A, 1 call only in B ==
// CHECK-EMPTY:

typedef unsigned int u32;
struct df_node {
  int depth;
  struct df_node *next;
};
int df_walk(struct df_node *node) {
  return node->next ? df_walk(node->next) + 1 : node->depth;
}
struct df_proc {
  int pid;
  u32 max_threads;
  u32 requested_threads;
};
int df_set_max_threads(struct df_proc *proc, u32 max_threads) {
  proc->max_threads = max_threads;
  return 0;
}
long df_ioctl(int cmd) { return 0; }
int main(void) { return 0; }
