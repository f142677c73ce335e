// Values wider than 8 bytes are recorded whole, up to 64 bytes (abi.h,
// SCDF_VALUE_WORDS), by ABI A's runtime (a scalar read at its pointer, a
// table's fields) and by a value ABI's (its table's fields; its scalars come
// in parts): long double, __int128 and _Complex print as their value, a
// char array member as its string, a nested struct member whole, and a
// 100-byte array member as its first 64 bytes, said so.
//
// REQUIRES: x86-registered-target
// RUN: %clang -g -O1 %s %rtlib -o %t.a
// RUN: env SANCOV_DATAFLOW_OUT=%t.a.bin %t.a
// RUN: %dataflow-view --binary %t.a %t.a.bin --locations=false --filter '^t_' | FileCheck %s --match-full-lines
// RUN: %clang -g -O1 -mllvm -sancov-dataflow=abi=value-pc %s %rtlib-value-pc -o %t.b
// RUN: env SANCOV_DATAFLOW_OUT=%t.b.bin %t.b
// RUN: %dataflow-view --binary %t.b %t.b.bin --locations=false --filter '^t_' | FileCheck %s --match-full-lines

// CHECK: t_ld(x=0.5) -> 0.5
// CHECK-NEXT: t_i128(x=18446744073709551621 (0x10000000000000005)) -> 18446744073709551621 (0x10000000000000005)
// CHECK-NEXT: t_cplx(z=1.5+2.5i) -> 1.5+2.5i
// CHECK-NEXT: t_rec(r=0x{{[0-9a-f]+}} {name="whole-values", in={a=1311768467463790320 (0x123456789abcdef0), b=-3}, nums=[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, ...] (first 64 of 100 bytes), tail=99}) -> 99

#define T __attribute__((noinline))

struct Inner {
  long a;
  int b;
};

struct Rec {
  char name[20];
  struct Inner in;
  int nums[25];
  int tail;
};

volatile long sink;

// Each writes sink: -O1 keeps calls to functions with side effects.
T long double t_ld(long double x) {
  sink = 1;
  return x;
}
T __int128 t_i128(__int128 x) {
  sink = 2;
  return x;
}
T _Complex double t_cplx(_Complex double z) {
  sink = 3;
  return z;
}
T int t_rec(struct Rec *r) {
  sink = 4;
  return r->tail;
}

int main(void) {
  static struct Rec rec = {"whole-values", {0x123456789abcdef0, -3}, {0}, 99};
  for (int i = 0; i < 25; i++)
    rec.nums[i] = i;
  sink = (long)t_ld(0.5L);
  sink = (long)t_i128(((__int128)1 << 64) + 5);
  sink = (long)__real__ t_cplx(1.5 + 2.5i);
  sink = t_rec(&rec);
  return 0;
}
