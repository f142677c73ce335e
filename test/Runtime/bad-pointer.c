// Bad pointers never crash the program: every value that cannot be read is
// recorded as the unreadable marker 0xbadadd85, field by field, and the
// readable fields of a struct that straddles into a bad page keep their
// values. A struct pointer that is NULL still gets one word per field (so
// field i is always value word i); a plain pointer that is NULL has none.
//
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// RUN: %clang -g -O0 %s %rtlib -o %t.O0
// RUN: env SANCOV_DATAFLOW_OUT=%t.O0.bin %t.O0 | FileCheck %s --check-prefix=OUT
// RUN: %t.dump %t.O0.bin | FileCheck %s
// RUN: %clang -g -O2 %s %rtlib -o %t.O2
// RUN: env SANCOV_DATAFLOW_OUT=%t.O2.bin %t.O2 | FileCheck %s --check-prefix=OUT
// RUN: %t.dump %t.O2.bin | FileCheck %s
//
// OUT: survived

// CHECK: ENTRY fields idx=0 size=16 fields=0xbadadd85,0xbadadd85 ptr=0x0{{$}}
// CHECK: ENTRY fields idx=0 size=16 fields=0xbadadd85,0xbadadd85 ptr=0x10{{$}}
// CHECK: ENTRY fields idx=0 size=16 fields=0xbadadd85,0xbadadd85 ptr=0xfffffffffffffff4{{$}}
// An unmapped page and a PROT_NONE page (asked of the kernel).
// CHECK: ENTRY fields idx=0 size=16 fields=0xbadadd85,0xbadadd85 ptr=0x[[GONE:[0-9a-f]+]]{{$}}
// CHECK: ENTRY fields idx=0 size=16 fields=0xbadadd85,0xbadadd85 ptr=0x[[NONE:[0-9a-f]+]]{{$}}
// Straddling: a in the last bytes of a good page, b on the next, bad one.
// CHECK: ENTRY fields idx=0 size=16 fields=0x7,0xbadadd85 ptr=0x
// A readable struct in an anonymous mapping (neither stack, globals nor
// brk heap): read through process_vm_readv, exact values.
// CHECK: ENTRY fields idx=0 size=16 fields=0xffffffff,0x1122334455667788 ptr=0x
// Plain pointers: the 8 bytes they point to, or the marker.
// CHECK: ENTRY deref idx=0 size=8 value=0xbadadd85 ptr=0x[[GONE]]{{$}}
// CHECK: ENTRY deref idx=0 size=8 value=0xbadadd85 ptr=0x{{[0-9a-f]+}}ffc{{$}}
// CHECK: ENTRY deref idx=0 size=8 novalue ptr=0x0{{$}}
// CHECK: ENTRY deref idx=0 size=8 value=0x1122334455667788 ptr=0x
// CHECK: END modules={{[0-9]+}} threads=1 records={{[0-9]+}} dropped=0 seqgaps=0

#include <stdio.h>
#include <stdint.h>
#include <sys/mman.h>

struct S {
  int a;
  long b;
};
volatile long sink;

// Never dereference: only the runtime looks at the memory.
__attribute__((noinline)) void fields(struct S *s) { sink = (long)s; }
__attribute__((noinline)) void deref(long *p) { sink = (long)p; }

int main(void) {
  char *m = mmap(0, 4 * 4096, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  char *gone = m + 4096, *none = m + 2 * 4096, *good = m + 3 * 4096;
  munmap(gone, 4096);
  mprotect(none, 4096, PROT_NONE);

  fields(0);
  fields((struct S *)16);
  fields((struct S *)(intptr_t)-12); // ERR_PTR(-ENOMEM)
  fields((struct S *)gone);
  fields((struct S *)none);
  // m's first page ends where `gone` begins: a in its last 8 bytes, b in
  // the unmapped page.
  struct S *straddle = (struct S *)(gone - 8);
  straddle->a = 7;
  fields(straddle);
  struct S *ok = (struct S *)good;
  ok->a = -1;
  ok->b = 0x1122334455667788L;
  fields(ok);

  deref((long *)gone);
  deref((long *)(gone - 4)); // 4 readable bytes, then the unmapped page
  deref(0);
  deref(&ok->b);
  puts("survived");
  return 0;
}
