// Scalar, struct-pointer, struct-return, pointer and void values reach the
// trace file exactly as the program passed them, at -O0 and at -O2.
//
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// no-entry-exit: the records this test counts and orders are the args and
// ret records alone, without the user-space default's entry-exit hooks.
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -g -O0 %s %rtlib -o %t.O0
// RUN: env SANCOV_DATAFLOW_OUT=%t.O0.bin %t.O0
// RUN: %t.dump %t.O0.bin | FileCheck %s
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -g -O2 %s %rtlib -o %t.O2
// RUN: env SANCOV_DATAFLOW_OUT=%t.O2.bin %t.O2
// RUN: %t.dump %t.O2.bin | FileCheck %s

#include <stdlib.h>

#define T __attribute__((noinline))
struct S {
  int a;
  long b;
};
// 304 bytes: the record's size field is clamped to 255.
struct Big {
  char c[300];
  int tail;
};

// Values come from volatiles so that -O2 cannot fold them into callees.
volatile long sink;
volatile int v42 = 42;
volatile long vlong = 0x123456789abcdef0L;

// CHECK: HEADER version=1 machine=62 ptrsize=8 le=1 flags=0x0 pid=
// CHECK: MODULE main base=0x{{[0-9a-f]+}} size=0x{{[0-9a-f]+}} build_id={{[0-9a-f]+}} path={{.*}}values.c.tmp.O{{[02]}}
// CHECK: THREAD #0 tid={{[0-9]+}} bytes={{[0-9]+}} dropped=0

// Every width of scalar, zero-extended.
// CHECK-NEXT: #0 ENTRY scalars idx=0 size=4 value=0x2a ptr=0x
// CHECK-NEXT: #1 ENTRY scalars idx=1 size=1 value=0xfe ptr=0x
// CHECK-NEXT: #2 ENTRY scalars idx=2 size=2 value=0xfffe ptr=0x
// CHECK-NEXT: #3 ENTRY scalars idx=3 size=8 value=0x123456789abcdef0 ptr=0x
// CHECK-NEXT: #4 ENTRY scalars idx=4 size=8 value=0x3ff8000000000000 ptr=0x
// CHECK-NEXT: #5 RET scalars size=4 value=0x54 ptr=0x
T int scalars(int x, unsigned char c, short s, long l, double d) {
  sink = c + s + l + (long)d;
  return x * 2;
}

// A struct pointer: the pointer in word 2, one value per field.
// CHECK-NEXT: #6 ENTRY by_ptr idx=0 size=4 value=0x2a ptr=0x
// CHECK-NEXT: #7 ENTRY by_ptr idx=1 size=16 fields=0x7,0x9 ptr=0x[[SPTR:[0-9a-f]+]]
// CHECK-NEXT: #8 RET by_ptr size=4 value=0x31 ptr=0x
T int by_ptr(int x, struct S *s) {
  sink = s->b;
  return x + s->a;
}

// A struct returned in registers: reassembled, both fields.
// CHECK-NEXT: #9 ENTRY ret_struct idx=0 size=4 value=0x2a ptr=0x
// CHECK-NEXT: #10 RET ret_struct size=16 fields=0x2a,0x54 ptr=0x
T struct S ret_struct(int x) {
  struct S r = {x, 2L * x};
  return r;
}

// void: a RET record with size 0 and no value.
// CHECK-NEXT: #11 RET nothing size=0 novalue ptr=0x0
T void nothing(void) { sink = 1; }

// A pointer to a non-struct: ABI A hands over the pointer itself (word 2)
// and the runtime reads the first 8 bytes it points to.
// CHECK-NEXT: #12 ENTRY ret_ptr idx=0 size=8 value=0x1122334455667788 ptr=0x[[LPTR:[0-9a-f]+]]
// CHECK-NEXT: #13 RET ret_ptr size=8 value=0x1122334455667788 ptr=0x[[LPTR]]
T long *ret_ptr(long *x) {
  sink = *x;
  return x;
}

// A big struct in a global: size clamped to 255, fields still right; the
// 300-byte array member is its first 64 bytes (8 words).
// CHECK-NEXT: #14 ENTRY big idx=0 size=255 fields=0x6261,0x0,0x0,0x0,0x0,0x0,0x0,0x0,0x5 ptr=0x
// CHECK-NEXT: #15 RET big size=4 value=0x5 ptr=0x
T int big(struct Big *b) { return b->tail; }
struct Big global_big = {{'a', 'b'}, 5};

// A heap struct (read through the fault-tolerant path, not the stack).
// CHECK-NEXT: #16 ENTRY by_ptr idx=0 size=4 value=0x2a ptr=0x
// CHECK-NEXT: #17 ENTRY by_ptr idx=1 size=16 fields=0xffffffff,0x7fffffffffffffff ptr=0x
// CHECK-NEXT: #18 RET by_ptr size=4 value=0x29 ptr=0x
// CHECK-NEXT: #19 RET main size=4 value=0x0 ptr=0x
// CHECK-NEXT: END modules={{[0-9]+}} threads=1 records=20 dropped=0

int main(void) {
  struct S s = {7, 9};
  sink = scalars(v42, 0xfe, -2, vlong, 1.5);
  sink = by_ptr(v42, &s);
  struct S r = ret_struct(v42);
  sink = r.b;
  nothing();
  long l = 0x1122334455667788L;
  sink = (long)ret_ptr(&l);
  sink = big(&global_big);
  struct S *h = malloc(sizeof(*h));
  h->a = -1;
  h->b = 0x7fffffffffffffffL;
  sink = by_ptr(v42, h);
  free(h);
  return 0;
}
