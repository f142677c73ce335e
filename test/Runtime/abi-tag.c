// ABI D (abi=tag) entry points of libsancov-dataflow-rt-tag.a, called
// directly: the tag split into arg_idx (high half) and size (low half),
// word 1 the exact call site (return address minus one), offsets == NULL
// for a value, else offsets[0] pairs after it describing the object at val.
// The header says ABI D (flags bits 8..11 = 3).
//
// REQUIRES: x86-registered-target
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// RUN: %clang_noplugin -O1 -I%include -DSCDF_ABI=SCDF_ABI_TAG %s %rtlib-tag -o %t
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t > %t.txt
// RUN: %t.dump %t.bin >> %t.txt
// RUN: FileCheck %s < %t.txt

// CHECK: OBJ=0x[[OBJ:[0-9a-f]+]] ARGS_SITE=0x[[ARGS:[0-9a-f]+]] RET_SITE=0x[[RET:[0-9a-f]+]]
// CHECK: HEADER version=1 machine=62 ptrsize=8 le=1 flags=0x300 pid=
// CHECK: THREAD #0 tid={{[0-9]+}} bytes={{[0-9]+}} dropped=0
// CHECK-NEXT: #0 ENTRY 0x[[ARGS]] idx=5 size=2 value=0xbeef ptr=0x0{{$}}
// CHECK-NEXT: #1 RET 0x[[RET]] size=8 value=0xfffffffffffffffe ptr=0x0{{$}}
// CHECK-NEXT: #2 ENTRY caller+0x{{[0-9a-f]+}} idx=0 size=4 value=0x2a ptr=0x0{{$}}
// CHECK-NEXT: #3 ENTRY caller+0x{{[0-9a-f]+}} idx=1 size=16 value=0x1111111122222222 ptr=0x0{{$}}
// CHECK-NEXT: #4 ENTRY caller+0x{{[0-9a-f]+}} idx=1 size=16 value=0x3333333344444444 ptr=0x0{{$}}
// CHECK-NEXT: #5 ENTRY caller+0x{{[0-9a-f]+}} idx=2 size=16 fields=0x7,0x9 ptr=0x[[OBJ]]{{$}}
// CHECK-NEXT: #6 RET caller+0x{{[0-9a-f]+}} size=16 fields=0x7,0x9 ptr=0x[[OBJ]]{{$}}
// An index and a size above 255 are clamped in the record header.
// CHECK-NEXT: #7 ENTRY caller+0x{{[0-9a-f]+}} idx=255 size=255 value=0x1 ptr=0x0{{$}}
// A table of no fields: the object's address, no value.
// CHECK-NEXT: #8 ENTRY caller+0x{{[0-9a-f]+}} idx=3 size=16 novalue ptr=0x[[OBJ]]{{$}}
// CHECK-NEXT: #9 RET caller+0x{{[0-9a-f]+}} size=0 novalue ptr=0x0{{$}}
// CHECK-NEXT: END modules={{[0-9]+}} threads=1 records=10 dropped=0 seqgaps=0

#include "sancov-dataflow/abi.h"

#include <stdio.h>

// args(tag (5 << 32) | 2, val 0xbeef, no table), then ret(8, -2, none).
// No .type: dump-trace prints these call sites as plain addresses.
void stub(void);
extern char stub_args_site[], stub_ret_site[];
__asm__(".text\n"
        "stub:\n"
        "  push %rbx\n" // the calls need a 16-byte aligned stack
        "  movabs $0x500000002, %rdi\n"
        "  mov $0xbeef, %esi\n"
        "  xor %edx, %edx\n"
        "  call __sanitizer_cov_trace_args@PLT\n"
        "stub_args_site:\n"
        "  mov $8, %edi\n"
        "  mov $-2, %rsi\n"
        "  xor %edx, %edx\n"
        "  call __sanitizer_cov_trace_ret@PLT\n"
        "stub_ret_site:\n"
        "  pop %rbx\n"
        "  ret\n");

struct S {
  int a;
  long b;
};
static struct S obj = {7, 9};
static const scdf_u64 table[5] = {2, 0, 4, 8, 8};
static const scdf_u64 no_fields[1] = {0};

#define TAG(idx, size) (((scdf_u64)(idx) << 32) | (size))

// No tail call: the last call site must stay inside caller.
__attribute__((noinline, disable_tail_calls)) void caller(void) {
  __sanitizer_cov_trace_args(TAG(0, 4), 0x2a, 0);
  __sanitizer_cov_trace_args(TAG(1, 16), 0x1111111122222222ull, 0);
  __sanitizer_cov_trace_args(TAG(1, 16), 0x3333333344444444ull, 0);
  __sanitizer_cov_trace_args(TAG(2, 16), (scdf_u64)&obj, table);
  __sanitizer_cov_trace_ret(16, (scdf_u64)&obj, table);
  __sanitizer_cov_trace_args(TAG(300, 300), 1, 0);
  __sanitizer_cov_trace_args(TAG(3, 16), (scdf_u64)&obj, no_fields);
  __sanitizer_cov_trace_ret(0, 0, 0);
}

int main(void) {
  printf("OBJ=%p ARGS_SITE=%p RET_SITE=%p\n", (void *)&obj,
         (void *)(stub_args_site - 1), (void *)(stub_ret_site - 1));
  fflush(stdout);
  stub();
  caller();
  return 0;
}
