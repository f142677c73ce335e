// The record format at its edges, by calling the callbacks directly (no
// plugin): clamping of size, arg_idx and num_fields; odd value sizes
// zero-extended; values wider than 8 bytes whole, up to 64 bytes (abi.h:
// SCDF_VALUE_WORDS words); size 0;
// NULL pointers with and without a field table; a NULL table; size-0 and
// oversized fields.
//
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// RUN: %clang_noplugin -O1 -I%include %s %rtlib -o %t
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t
// RUN: %t.dump %t.bin > %t.txt
// RUN: FileCheck %s < %t.txt
// 70000 fields are clamped to 65535 value words.
// RUN: grep -c 'ENTRY 0x7000 idx=2 size=16 fields=0xbadadd85' %t.txt | FileCheck %s --check-prefix=ONE
// RUN: grep 'ENTRY 0x7000 idx=2' %t.txt | tr ',' '\n' | count 65535
// ONE: 1

// CHECK: #0 ENTRY 0x1000 idx=0 size=3 value=0x332211 ptr=0x
// CHECK-NEXT: #1 ENTRY 0x1000 idx=1 size=5 value=0x5544332211 ptr=0x
// CHECK-NEXT: #2 ENTRY 0x1000 idx=2 size=6 value=0x665544332211 ptr=0x
// CHECK-NEXT: #3 ENTRY 0x1000 idx=3 size=7 value=0x77665544332211 ptr=0x
// CHECK-NEXT: #4 ENTRY 0x1000 idx=255 size=255 fields=0x8877665544332211,0xccbbaa99,0x0,0x0,0x0,0x0,0x0,0x0 ptr=0x
// CHECK-NEXT: #5 RET 0x1000 size=16 fields=0x8877665544332211,0xccbbaa99 ptr=0x
// CHECK-NEXT: #6 ENTRY 0x2000 idx=0 size=0 novalue ptr=0x
// CHECK-NEXT: #7 ENTRY 0x2000 idx=1 size=4 novalue ptr=0x0{{$}}
// CHECK-NEXT: #8 RET 0x2000 size=0 novalue ptr=0x0{{$}}
// Heap and global objects with a table: a size-0 field reads 0, a 16-byte
// field is two words, odd sizes are zero-extended.
// CHECK-NEXT: #9 ENTRY 0x3000 idx=0 size=24 fields=0x0,0x8877665544332211,0xccbbaa99,0x332211,0x11 ptr=0x
// CHECK-NEXT: #10 RET 0x3000 size=24 fields=0x0,0x8877665544332211,0xccbbaa99,0x332211,0x11 ptr=0x
// NULL object with a table: a marker per value word; NULL table: one per
// field.
// CHECK-NEXT: #11 ENTRY 0x4000 idx=0 size=24 fields=0xbadadd85,0xbadadd85,0xbadadd85 ptr=0x0{{$}}
// CHECK-NEXT: #12 ENTRY 0x4000 idx=1 size=24 fields=0xbadadd85,0xbadadd85,0xbadadd85 ptr=0x
// The 65535-value record (a FULL record of 524306 bytes) gets a region
// (chunk) of its own.
// CHECK-NEXT: THREAD #0 tid={{[0-9]+}} bytes=524306 dropped=0
// CHECK-NEXT: #13 ENTRY 0x7000 idx=2 size=16
// CHECK-NEXT: END modules={{[0-9]+}} threads=1 records=14 dropped=0 seqgaps=0

#include "sancov-dataflow/abi.h"

#include <stdlib.h>
#include <string.h>

static unsigned char bytes[16] = {0x11, 0x22, 0x33, 0x44, 0x55, 0x66,
                                  0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc};

int main(void) {
  unsigned char local[64] = {0}; /* the 300-byte value reads 64 */
  memcpy(local, bytes, 16);
  // Odd sizes from the stack; clamping of idx and size.
  __sanitizer_cov_trace_args(0x1000, 0, 3, local, 0, 0);
  __sanitizer_cov_trace_args(0x1000, 1, 5, local, 0, 0);
  __sanitizer_cov_trace_args(0x1000, 2, 6, local, 0, 0);
  __sanitizer_cov_trace_args(0x1000, 3, 7, local, 0, 0);
  __sanitizer_cov_trace_args(0x1000, 300, 300, local, 0, 0);
  __sanitizer_cov_trace_ret(0x1000, 16, local, 0, 0);
  // No value: size 0 (even with a pointer), NULL pointer, void.
  __sanitizer_cov_trace_args(0x2000, 0, 0, local, 0, 0);
  __sanitizer_cov_trace_args(0x2000, 1, 4, 0, 0, 0);
  __sanitizer_cov_trace_ret(0x2000, 0, 0, 0, 0);
  // Field tables: {offset, size} pairs.
  scdf_u64 table[8] = {0, 0, 0, 16, 0, 3, 0, 1};
  unsigned char *heap = malloc(32);
  memcpy(heap, bytes, 16);
  __sanitizer_cov_trace_args(0x3000, 0, 24, heap, table, 4);
  __sanitizer_cov_trace_ret(0x3000, 24, bytes, table, 4);
  __sanitizer_cov_trace_args(0x4000, 0, 24, 0, table, 2);
  __sanitizer_cov_trace_args(0x4000, 1, 24, heap, 0, 3);
  // 70000 fields, clamped to 65535; their offsets point far outside the
  // object (2^62 bytes on), so every value is unreadable.
  scdf_u64 *big = malloc(70000 * 2 * sizeof(scdf_u64));
  for (int i = 0; i < 70000; i++) {
    big[2 * i] = (scdf_u64)1 << 62;
    big[2 * i + 1] = 8;
  }
  __sanitizer_cov_trace_args(0x7000, 2, 16, local, big, 70000);
  return 0;
}
