// C++: `this` is parameter 0 and points to the class (with its table),
// references to structs are reported like pointers to them.
//
// RUN: %clang_noplugin -O2 -c %S/Inputs/receiver.c -o %t.receiver.o
// RUN: %clang -g -O0 %s %t.receiver.o -rdynamic -ldl -o %t.O0
// RUN: %t.O0 | FileCheck %s
// RUN: %clang -g -O2 %s %t.receiver.o -rdynamic -ldl -o %t.O2
// RUN: %t.O2 | FileCheck %s
// REQUIRES: x86-registered-target

#define T __attribute__((noinline))
volatile long sink;

struct Counter {
  long count;
  int step;

  // CHECK: ENTRY _ZN7Counter6t_bumpEi #0 size=16 fields=[0:8]=0x64,[8:4]=0x3
  // CHECK-NEXT: ENTRY _ZN7Counter6t_bumpEi #1 size=4 val=0x2
  // CHECK-NEXT: RET _ZN7Counter6t_bumpEi size=8 val=0x6a
  T long t_bump(int times) {
    count += step * times;
    sink = count;
    return count;
  }
};

// CHECK-NEXT: ENTRY _Z6t_crefRK7Counter #0 size=16 fields=[0:8]=0x6a,[8:4]=0x3
// CHECK-NEXT: RET _Z6t_crefRK7Counter size=8 val=0x6d
T long t_cref(const Counter &c) {
  sink = c.step;
  return c.count + c.step;
}

// CHECK-NEXT: ENTRY _Z6t_rrefO7Counter #0 size=16 fields=[0:8]=0x6a,[8:4]=0x3
// CHECK-NEXT: RET _Z6t_rrefO7Counter size=4 val=0x3
T int t_rref(Counter &&c) {
  sink = c.count;
  return c.step;
}

// A reference to a scalar is a pointer without layout: the callee reads
// the first 8 bytes it points to (the int, then whatever follows).
// CHECK-NEXT: ENTRY _Z8t_intrefRi #0 size=8 val={{0x29|0x[0-9a-f]*00000029}}{{$}}
// CHECK-NEXT: RET _Z8t_intrefRi size=0 none
T void t_intref(int &v) { v = v + 1; }

int main() {
  Counter c{100, 3};
  c.t_bump(2);
  t_cref(c);
  t_rref(static_cast<Counter &&>(c));
  int v = 41;
  t_intref(v);
  sink = v;
  return 0;
}
