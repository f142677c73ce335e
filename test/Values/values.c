// Every parameter kind reaches the callbacks with the value the program
// passed, at -O0 and at -O2 (the same CHECK lines for both, except where
// -O2 legitimately has no value).
//
// RUN: %clang_noplugin -O2 -c %S/Inputs/receiver.c -o %t.receiver.o
// RUN: %clang -g -O0 %s %t.receiver.o -rdynamic -ldl -o %t.O0
// RUN: %t.O0 | FileCheck %s --check-prefixes=CHECK,O0
// RUN: %clang -g -O2 %s %t.receiver.o -rdynamic -ldl -o %t.O2
// RUN: %t.O2 | FileCheck %s --check-prefixes=CHECK,O2
// REQUIRES: x86-registered-target

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>

#define T __attribute__((noinline))
// Results go here, so -O2 keeps calls to functions without side effects.
volatile long sink;

// CHECK: ENTRY t_ints #0 size=4 val=0xfffffff9
// CHECK-NEXT: ENTRY t_ints #1 size=1 val=0xfe
// CHECK-NEXT: ENTRY t_ints #2 size=2 val=0x8000
// CHECK-NEXT: ENTRY t_ints #3 size=8 val=0x123456789abcdef0
// CHECK-NEXT: ENTRY t_ints #4 size=4 val=0xffffffff
// CHECK-NEXT: ENTRY t_ints #5 size=1 val=0x1
// CHECK-NEXT: RET t_ints size=4 val=0xf7
T int t_ints(int a, unsigned char b, short c, long d, unsigned e, bool f) {
  return a + b + c + (int)(d >> 60) + (int)e + f + 32767;
}

// A parameter the function never reads: at -O2 callers pass garbage for it,
// and its debug record says so, so it is reported as having no value.
// CHECK-NEXT: ENTRY t_unused #0 size=4 val=0x5
// O0-NEXT: ENTRY t_unused #1 size=4 val=0x6
// O2-NEXT: ENTRY t_unused #1 size=0 none
// CHECK-NEXT: RET t_unused size=4 val=0x5
T int t_unused(int used, int unused) {
  sink = used;
  return used;
}

// CHECK-NEXT: ENTRY t_floats #0 size=4 val=0x3fc00000
// CHECK-NEXT: ENTRY t_floats #1 size=8 val=0x400c000000000000
// CHECK-NEXT: RET t_floats size=8 val=0x4014000000000000
T double t_floats(float a, double b) { return a + b; }

// __int128: the first 8 bytes are the low half.
// CHECK-NEXT: ENTRY t_int128 #0 size=16 val=0x1122334455667788
// CHECK-NEXT: RET t_int128 size=16 val=0x1122334455667789
T __int128 t_int128(__int128 x) { return x + 1; }

struct proc {
  int pid;
  unsigned max_threads;
  long flags;
};

// A pointer to a struct: the object address with the struct's table.
// CHECK-NEXT: ENTRY t_struct_ptr #0 size=16 fields=[0:4]=0x7b,[4:4]=0xf,[8:8]=0x5
// CHECK-NEXT: ENTRY t_struct_ptr #1 size=4 val=0xffffffff
// CHECK-NEXT: RET t_struct_ptr size=4 val=0x0
T int t_struct_ptr(struct proc *p, unsigned max) {
  p->max_threads = max;
  return 0;
}

typedef const struct proc cproc_t;
// CHECK-NEXT: ENTRY t_typedef_const_ptr #0 size=16 fields=[0:4]=0x7b,[4:4]=0xffffffff,[8:8]=0x5
// CHECK-NEXT: RET t_typedef_const_ptr size=8 val=0x5
T long t_typedef_const_ptr(cproc_t *p) { return p->flags; }

// A pointer without layout: passed as is, the callee reads what it points to.
// A C string: 64 bytes with the table {0, 64} (this receiver prints 8).
// CHECK-NEXT: ENTRY t_char_ptr #0 size=64 fields=[0:64]=0x6867666564636261
// CHECK-NEXT: RET t_char_ptr size=1 val=0x61
T char t_char_ptr(const char *s) { return s[0]; }

struct pair {
  int x;
  int y;
};
// Coerced into one i64 register (SROA describes it as shifted bits at -O2).
// CHECK-NEXT: ENTRY t_pair #0 size=8 fields=[0:4]=0x3,[4:4]=0xfffffffc
// CHECK-NEXT: ENTRY t_pair #1 size=8 val=0xa
// CHECK-NEXT: RET t_pair size=8 val=0xfffffffffffffff6
T long t_pair(struct pair p, long scale) { return (long)(p.x + p.y) * scale; }

typedef struct {
  void *p;
} box_t;
// A struct coerced into one pointer: reported as the struct, not as a
// pointer to it.
// CHECK-NEXT: ENTRY t_box #0 size=8 fields=[0:8]=0x1000
// CHECK-NEXT: RET t_box size=8 fields=[0:8]=0x1001
T box_t t_box(box_t b) {
  box_t r = {(char *)b.p + 1};
  return r;
}

struct two_longs {
  long a, b;
};
// Split into two i64 arguments; returned in two registers.
// CHECK-NEXT: ENTRY t_two_longs #0 size=16 fields=[0:8]=0x11,[8:8]=0x22
// CHECK-NEXT: RET t_two_longs size=16 fields=[0:8]=0x22,[8:8]=0x11
T struct two_longs t_two_longs(struct two_longs v) {
  struct two_longs r = {v.b, v.a};
  return r;
}

struct vec2 {
  double x, y;
};
// CHECK-NEXT: ENTRY t_vec2 #0 size=16 fields=[0:8]=0x3ff0000000000000,[8:8]=0x4000000000000000
// CHECK-NEXT: RET t_vec2 size=8 val=0x4008000000000000
T double t_vec2(struct vec2 v) { return v.x + v.y; }

struct padded {
  long a;
  char b;
};
// Trailing padding: the slot and the size follow the declared type.
// CHECK-NEXT: ENTRY t_padded #0 size=16 fields=[0:8]=0x33,[8:1]=0x44
// CHECK-NEXT: RET t_padded size=1 val=0x44
T char t_padded(struct padded p) {
  sink = p.a;
  return p.b;
}

struct big {
  long a, b, c, d, e;
};
// Passed in memory (byval): the object's address and its table.
// CHECK-NEXT: ENTRY t_byval #0 size=40 fields=[0:8]=0x1,[8:8]=0x2,[16:8]=0x3,[24:8]=0x4,[32:8]=0x5
// CHECK-NEXT: RET t_byval size=8 val=0xf
T long t_byval(struct big g) { return g.a + g.b + g.c + g.d + g.e; }

// Returned through a hidden sret buffer, which is not a parameter.
// CHECK-NEXT: ENTRY t_sret #0 size=8 val=0x7
// CHECK-NEXT: RET t_sret size=40 fields=[0:8]=0x7,[8:8]=0x8,[16:8]=0x9,[24:8]=0xa,[32:8]=0xb
T struct big t_sret(long base) {
  struct big g = {base, base + 1, base + 2, base + 3, base + 4};
  return g;
}

struct flags {
  unsigned ready : 1;
  unsigned mode : 3;
  unsigned count : 12;
  unsigned char tag;
};
// Bitfields widened to the bytes that hold them.
// CHECK-NEXT: ENTRY t_bitfields #0 size=4 fields=[0:1]=0xab,[0:1]=0xab,[0:2]=0x3ab,[2:1]=0x99
// CHECK-NEXT: RET t_bitfields size=4 val=0x3a
T unsigned t_bitfields(struct flags *f) { return f->count; }

// Seven and eight u64 arguments: the last two are on the stack.
// CHECK-NEXT: ENTRY t_eight #0 size=8 val=0x1
// CHECK-NEXT: ENTRY t_eight #1 size=8 val=0x2
// CHECK-NEXT: ENTRY t_eight #2 size=8 val=0x3
// CHECK-NEXT: ENTRY t_eight #3 size=8 val=0x4
// CHECK-NEXT: ENTRY t_eight #4 size=8 val=0x5
// CHECK-NEXT: ENTRY t_eight #5 size=8 val=0x6
// CHECK-NEXT: ENTRY t_eight #6 size=8 val=0x7
// CHECK-NEXT: ENTRY t_eight #7 size=8 val=0xffffffffffffffff
// CHECK-NEXT: RET t_eight size=8 val=0x1b
T uint64_t t_eight(uint64_t a, uint64_t b, uint64_t c, uint64_t d, uint64_t e,
                   uint64_t f, uint64_t g, uint64_t h) {
  return a + b + c + d + e + f + g + h;
}

// Variadic: the fixed parameters are reported.
// CHECK-NEXT: ENTRY t_variadic #0 size=4 val=0x2
// CHECK-NEXT: RET t_variadic size=4 val=0x1e
T int t_variadic(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; ++i)
    s += va_arg(ap, int);
  va_end(ap);
  return s;
}

// CHECK-NEXT: ENTRY t_void #0 size=8 val=0x9
// CHECK-NEXT: RET t_void size=0 none
T void t_void(long x) { sink = x; }

int main(void) {
  volatile int vi = -7;
  sink = t_ints(vi, 0xfe, (short)0x8000, 0x123456789abcdef0, 0xffffffffu, true);
  sink = t_unused(5, 6);
  sink = t_floats(1.5f, 3.5);
  sink = (long)t_int128(((__int128)0x99 << 64) | 0x1122334455667788ull);
  struct proc p = {123, 15, 5};
  sink = t_struct_ptr(&p, 0xffffffffu);
  sink = t_typedef_const_ptr(&p);
  sink = t_char_ptr("abcdefghij");
  struct pair q = {3, -4};
  sink = t_pair(q, 10);
  box_t b = {(void *)0x1000};
  sink = (long)t_box(b).p;
  struct two_longs tl = {0x11, 0x22};
  sink = t_two_longs(tl).a;
  struct vec2 v = {1.0, 2.0};
  sink = t_vec2(v);
  struct padded pd = {0x33, 0x44};
  sink = t_padded(pd);
  struct big g = {1, 2, 3, 4, 5};
  sink = t_byval(g);
  sink = t_sret(7).e;
  struct flags f = {.ready = 1, .mode = 5, .count = 0x3a, .tag = 0x99};
  sink = t_bitfields(&f);
  sink = t_eight(1, 2, 3, 4, 5, 6, 7, ~0ull);
  sink = t_variadic(2, 10, 20);
  t_void(9);
  return 0;
}
