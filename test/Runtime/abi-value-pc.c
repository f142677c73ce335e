// ABI B (abi=value-pc) entry points of libsancov-dataflow-rt-value-pc.a,
// called directly with known values: the pc as given, the value itself as
// the value word (word 2 is 0), a value wider than 8 bytes as one record
// per call, size 0 as no value, and with a table the object's address in
// word 2 and its fields read. The header says ABI B (flags bits 8..11 = 1).
//
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// RUN: %clang_noplugin -O1 -I%include -DSCDF_ABI=SCDF_ABI_VALUE_PC %s %rtlib-value-pc -o %t
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t > %t.txt
// RUN: %t.dump %t.bin >> %t.txt
// RUN: FileCheck %s < %t.txt

// CHECK: OBJ=0x[[OBJ:[0-9a-f]+]]
// CHECK: HEADER version=1 machine=62 ptrsize=8 le=1 flags=0x100 pid=
// CHECK: THREAD #0 tid={{[0-9]+}} bytes={{[0-9]+}} dropped=0
// CHECK-NEXT: #0 ENTRY 0x1000 idx=0 size=4 value=0x2a ptr=0x0{{$}}
// CHECK-NEXT: #1 ENTRY 0x1000 idx=1 size=1 value=0xfe ptr=0x0{{$}}
// CHECK-NEXT: #2 ENTRY 0x1000 idx=2 size=8 value=0x123456789abcdef0 ptr=0x0{{$}}
// No memory is read for a value: an "address" is just a number.
// CHECK-NEXT: #3 ENTRY 0x1000 idx=3 size=8 value=0x8 ptr=0x0{{$}}
// A 16-byte value: two calls, two records, low half first.
// CHECK-NEXT: #4 ENTRY 0x1000 idx=4 size=16 value=0x1111111122222222 ptr=0x0{{$}}
// CHECK-NEXT: #5 ENTRY 0x1000 idx=4 size=16 value=0x3333333344444444 ptr=0x0{{$}}
// Optimised out: nothing to report.
// CHECK-NEXT: #6 ENTRY 0x1000 idx=5 size=0 novalue ptr=0x0{{$}}
// CHECK-NEXT: #7 RET 0x1000 size=4 value=0x54 ptr=0x0{{$}}
// A table: val is the object's address, its fields are the values.
// CHECK-NEXT: #8 ENTRY 0x2000 idx=0 size=16 fields=0x7,0x9 ptr=0x[[OBJ]]{{$}}
// CHECK-NEXT: #9 RET 0x2000 size=16 fields=0x7,0x9 ptr=0x[[OBJ]]{{$}}
// A NULL object with a table: one marker per field.
// CHECK-NEXT: #10 ENTRY 0x2000 idx=1 size=16 fields=0xbadadd85,0xbadadd85 ptr=0x0{{$}}
// void.
// CHECK-NEXT: #11 RET 0x3000 size=0 novalue ptr=0x0{{$}}
// CHECK-NEXT: END modules={{[0-9]+}} threads=1 records=12 dropped=0 seqgaps=0

#include "sancov-dataflow/abi.h"

#include <stdio.h>

struct S {
  int a;
  long b;
};
static struct S obj = {7, 9};
static scdf_u64 table[4] = {0, 4, 8, 8};

int main(void) {
  printf("OBJ=%p\n", (void *)&obj);
  fflush(stdout);
  __sanitizer_cov_trace_args(0x1000, 0, 4, 0x2a, 0, 0);
  __sanitizer_cov_trace_args(0x1000, 1, 1, 0xfe, 0, 0);
  __sanitizer_cov_trace_args(0x1000, 2, 8, 0x123456789abcdef0ull, 0, 0);
  __sanitizer_cov_trace_args(0x1000, 3, 8, 0x8, 0, 0);
  __sanitizer_cov_trace_args(0x1000, 4, 16, 0x1111111122222222ull, 0, 0);
  __sanitizer_cov_trace_args(0x1000, 4, 16, 0x3333333344444444ull, 0, 0);
  __sanitizer_cov_trace_args(0x1000, 5, 0, 0, 0, 0);
  __sanitizer_cov_trace_ret(0x1000, 4, 0x54, 0, 0);
  __sanitizer_cov_trace_args(0x2000, 0, 16, (scdf_u64)&obj, table, 2);
  __sanitizer_cov_trace_ret(0x2000, 16, (scdf_u64)&obj, table, 2);
  __sanitizer_cov_trace_args(0x2000, 1, 16, 0, table, 2);
  __sanitizer_cov_trace_ret(0x3000, 0, 0, 0, 0);
  return 0;
}
