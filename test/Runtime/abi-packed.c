// ABI E (abi=packed) entry point of libsancov-dataflow-rt-packed.a, called
// directly with known values and descriptors: each slot becomes the record
// ABI B's callback writes (pc from the descriptor, the value masked to its
// size, a table's object read field by field), the return flag makes RET
// records, and every register but r11 comes back as it went in, while
// recording and while not. The header says ABI E (flags bits 8..11 = 4).
//
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// RUN: %clang_noplugin -O1 -mno-red-zone -I%include -DSCDF_ABI=SCDF_ABI_PACKED %s %rtlib-packed -o %t
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t > %t.txt
// RUN: %t.dump %t.bin >> %t.txt
// RUN: FileCheck %s < %t.txt
// RUN: env SANCOV_DATAFLOW_OUT= %t | FileCheck %s --check-prefix=OFF
// REQUIRES: host-x86_64

// CHECK: OBJ=0x[[OBJ:[0-9a-f]+]]
// CHECK-NEXT: registers kept
// OFF: registers kept
// CHECK: HEADER version=1 machine=62 ptrsize=8 le=1 flags=0x400 pid=
// CHECK: THREAD #0 tid={{[0-9]+}} bytes={{[0-9]+}} dropped=0
// Narrow values lose the upper bytes their registers had.
// CHECK-NEXT: #0 ENTRY 0x1000 idx=0 size=4 value=0x2a ptr=0x0{{$}}
// CHECK-NEXT: #1 ENTRY 0x1000 idx=1 size=1 value=0xfe ptr=0x0{{$}}
// CHECK-NEXT: #2 ENTRY 0x1000 idx=2 size=8 value=0x123456789abcdef0 ptr=0x0{{$}}
// A 16-byte value: two slots, two records, low half first.
// CHECK-NEXT: #3 ENTRY 0x1000 idx=3 size=16 value=0x1111111122222222 ptr=0x0{{$}}
// CHECK-NEXT: #4 ENTRY 0x1000 idx=3 size=16 value=0x3333333344444444 ptr=0x0{{$}}
// Past the fifth value: a second call.
// CHECK-NEXT: #5 ENTRY 0x1000 idx=4 size=0 novalue ptr=0x0{{$}}
// CHECK-NEXT: #6 RET 0x1000 size=2 value=0xbeef ptr=0x0{{$}}
// A table: the value is the object's address, its fields are the values.
// CHECK-NEXT: #7 ENTRY 0x2000 idx=0 size=16 fields=0x7,0x9 ptr=0x[[OBJ]]{{$}}
// CHECK-NEXT: #8 RET 0x2000 size=16 fields=0x7,0x9 ptr=0x[[OBJ]]{{$}}
// The register check's calls.
// CHECK-NEXT: #9 ENTRY 0x3000 idx=0 size=8 value=0x1111 ptr=0x0{{$}}
// CHECK-NEXT: #10 RET 0x3000 size=0 novalue ptr=0x0{{$}}
// CHECK-NEXT: END modules={{[0-9]+}} threads=1 records=11 dropped=0 seqgaps=0

#include "sancov-dataflow/abi.h"

#include <stdio.h>

struct S {
  int a;
  long b;
};
static struct S obj = {7, 9};
static const scdf_u64 table[4] = {0, 4, 8, 8};

#define DESC(N)                                                                \
  struct {                                                                     \
    scdf_u64 pc;                                                               \
    scdf_u32 flags, num_slots;                                                 \
    struct scdf_packed_slot slots[N];                                          \
  }
#define AS_DESC(D) ((const struct scdf_packed_desc *)&(D))

static const DESC(5) args = {0x1000, 0, 5,
                             {{0, 4, 0, 0, 0},
                              {1, 1, 0, 0, 0},
                              {2, 8, 0, 0, 0},
                              {3, 16, 0, 0, 0},
                              {3, 16, 0, 0, 0}}};
static const DESC(1) args2 = {0x1000, 0, 1, {{4, 0, 0, 0, 0}}};
static const DESC(1) ret = {0x1000, SCDF_PACKED_RET, 1, {{0, 2, 0, 0, 0}}};
static const DESC(1) sarg = {0x2000, 0, 1, {{0, 16, 2, 0, table}}};
static const DESC(1) sret = {0x2000, SCDF_PACKED_RET, 1, {{0, 16, 2, 0, table}}};
static const DESC(1) regs_in = {0x3000, 0, 1, {{0, 8, 0, 0, 0}}};
static const DESC(1) regs_out = {0x3000, SCDF_PACKED_RET, 1, {{0, 0, 0, 0, 0}}};

// Calls the entry point with known values in every register it must keep
// and stores what they hold afterwards; 1 if all are unchanged.
static int call_keeps_registers(const struct scdf_packed_desc *d) {
  static const unsigned long want[8] = {0xa0, 0x2222, 0x3333, 0x4444,
                                        0x1111, 0x5555, 0, 0xa10};
  unsigned long got[8];
  // d is read before the stack pointer moves (it may be addressed by it).
  __asm__ volatile("mov %[d], %%r9\n\t"
                   "push %%rbp\n\t"
                   "mov %%rsp, %%rbp\n\t"
                   "and $-16, %%rsp\n\t"
                   "mov $0xa0, %%rax\n\t"
                   "mov $0x1111, %%rdi\n\t"
                   "mov $0x2222, %%rcx\n\t"
                   "mov $0x3333, %%rdx\n\t"
                   "mov $0x4444, %%rsi\n\t"
                   "mov $0x5555, %%r8\n\t"
                   "mov $0xa10, %%r10\n\t"
                   "call __sanitizer_cov_trace_packed\n\t"
                   "mov %%rax, 0(%%rbx)\n\t"
                   "mov %%rcx, 8(%%rbx)\n\t"
                   "mov %%rdx, 16(%%rbx)\n\t"
                   "mov %%rsi, 24(%%rbx)\n\t"
                   "mov %%rdi, 32(%%rbx)\n\t"
                   "mov %%r8, 40(%%rbx)\n\t"
                   "mov %%r9, 48(%%rbx)\n\t"
                   "mov %%r10, 56(%%rbx)\n\t"
                   "mov %%rbp, %%rsp\n\t"
                   "pop %%rbp"
                   :
                   : [d] "m"(d), "b"(got)
                   : "rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10",
                     "r11", "memory", "cc");
  for (int i = 0; i < 8; i++)
    if (got[i] != (i == 6 ? (unsigned long)d : want[i]))
      return 0;
  return 1;
}

int main(void) {
  printf("OBJ=%p\n", (void *)&obj);
  // Upper bytes that a narrow value's register may hold.
  __sanitizer_cov_trace_packed(0xdeadbeef0000002aull, 0x77fe,
                               0x123456789abcdef0ull, 0x1111111122222222ull,
                               0x3333333344444444ull, AS_DESC(args));
  __sanitizer_cov_trace_packed(0x99, 0, 0, 0, 0, AS_DESC(args2));
  __sanitizer_cov_trace_packed(0x1234beef, 0, 0, 0, 0, AS_DESC(ret));
  __sanitizer_cov_trace_packed((scdf_u64)&obj, 0, 0, 0, 0, AS_DESC(sarg));
  __sanitizer_cov_trace_packed((scdf_u64)&obj, 0, 0, 0, 0, AS_DESC(sret));
  int kept = call_keeps_registers(AS_DESC(regs_in)) &
             call_keeps_registers(AS_DESC(regs_out));
  printf("registers %s\n", kept ? "kept" : "clobbered");
  return !kept;
}
