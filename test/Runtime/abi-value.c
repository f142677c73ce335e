// ABI C (abi=value) entry points of libsancov-dataflow-rt-value.a, called
// directly: word 1 is the callback's return address minus one, exactly (an
// assembly caller publishes the address after each call), values as in
// ABI B, the header says ABI C (flags bits 8..11 = 2).
//
// REQUIRES: x86-registered-target
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// RUN: %clang_noplugin -O1 -I%include -DSCDF_ABI=SCDF_ABI_VALUE %s %rtlib-value -o %t
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t > %t.txt
// RUN: %t.dump %t.bin >> %t.txt
// RUN: FileCheck %s < %t.txt

// CHECK: OBJ=0x[[OBJ:[0-9a-f]+]] ARGS_SITE=0x[[ARGS:[0-9a-f]+]] RET_SITE=0x[[RET:[0-9a-f]+]]
// CHECK: HEADER version=1 machine=62 ptrsize=8 le=1 flags=0x200 pid=
// CHECK: THREAD #0 tid={{[0-9]+}} bytes={{[0-9]+}} dropped=0
// CHECK-NEXT: #0 ENTRY 0x[[ARGS]] idx=3 size=4 value=0x2a ptr=0x0{{$}}
// CHECK-NEXT: #1 RET 0x[[RET]] size=4 value=0x54 ptr=0x0{{$}}
// From C: the call sites lie inside the calling function.
// CHECK-NEXT: #2 ENTRY caller+0x{{[0-9a-f]+}} idx=0 size=8 value=0x123456789abcdef0 ptr=0x0{{$}}
// CHECK-NEXT: #3 ENTRY caller+0x{{[0-9a-f]+}} idx=1 size=16 value=0x1111111122222222 ptr=0x0{{$}}
// CHECK-NEXT: #4 ENTRY caller+0x{{[0-9a-f]+}} idx=1 size=16 value=0x3333333344444444 ptr=0x0{{$}}
// CHECK-NEXT: #5 ENTRY caller+0x{{[0-9a-f]+}} idx=2 size=0 novalue ptr=0x0{{$}}
// CHECK-NEXT: #6 ENTRY caller+0x{{[0-9a-f]+}} idx=3 size=16 fields=0x7,0x9 ptr=0x[[OBJ]]{{$}}
// CHECK-NEXT: #7 RET caller+0x{{[0-9a-f]+}} size=16 fields=0x7,0x9 ptr=0x[[OBJ]]{{$}}
// CHECK-NEXT: #8 RET caller+0x{{[0-9a-f]+}} size=0 novalue ptr=0x0{{$}}
// CHECK-NEXT: END modules={{[0-9]+}} threads=1 records=9 dropped=0 seqgaps=0

#include "sancov-dataflow/abi.h"

#include <stdio.h>

// args(arg_idx 3, size 4, val 0x2a, no table), then ret(size 4, val 0x54).
// No .type: dump-trace prints these call sites as plain addresses.
void stub(void);
extern char stub_args_site[], stub_ret_site[];
__asm__(".text\n"
        "stub:\n"
        "  push %rbx\n" // the calls need a 16-byte aligned stack
        "  mov $3, %edi\n"
        "  mov $4, %esi\n"
        "  mov $0x2a, %edx\n"
        "  xor %ecx, %ecx\n"
        "  xor %r8d, %r8d\n"
        "  call __sanitizer_cov_trace_args@PLT\n"
        "stub_args_site:\n"
        "  mov $4, %edi\n"
        "  mov $0x54, %esi\n"
        "  xor %edx, %edx\n"
        "  xor %ecx, %ecx\n"
        "  call __sanitizer_cov_trace_ret@PLT\n"
        "stub_ret_site:\n"
        "  pop %rbx\n"
        "  ret\n");

struct S {
  int a;
  long b;
};
static struct S obj = {7, 9};
static scdf_u64 table[4] = {0, 4, 8, 8};

// No tail call: the last call site must stay inside caller.
__attribute__((noinline, disable_tail_calls)) void caller(void) {
  __sanitizer_cov_trace_args(0, 8, 0x123456789abcdef0ull, 0, 0);
  __sanitizer_cov_trace_args(1, 16, 0x1111111122222222ull, 0, 0);
  __sanitizer_cov_trace_args(1, 16, 0x3333333344444444ull, 0, 0);
  __sanitizer_cov_trace_args(2, 0, 0, 0, 0);
  __sanitizer_cov_trace_args(3, 16, (scdf_u64)&obj, table, 2);
  __sanitizer_cov_trace_ret(16, (scdf_u64)&obj, table, 2);
  __sanitizer_cov_trace_ret(0, 0, 0, 0);
}

int main(void) {
  printf("OBJ=%p ARGS_SITE=%p RET_SITE=%p\n", (void *)&obj,
         (void *)(stub_args_site - 1), (void *)(stub_ret_site - 1));
  fflush(stdout);
  stub();
  caller();
  return 0;
}
