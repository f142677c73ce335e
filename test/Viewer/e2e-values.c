// End to end: a C program built with the plugin at -O0 and -O2, run with
// the user-space runtime; the viewer names every parameter and field and
// shows the values the program passed.
// REQUIRES: sancov-rt
// no-entry-exit: the calls this test checks stay in the order and at the
// depth they had without the user-space default's entry-exit records.
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -g -O0 %s %rtlib -pthread -o %t.O0
// RUN: env SANCOV_DATAFLOW_OUT=%t.O0.bin %t.O0
// RUN: %dataflow-view --binary %t.O0 %t.O0.bin --locations=false | FileCheck %s
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -g -O2 %s %rtlib -pthread -o %t.O2
// RUN: env SANCOV_DATAFLOW_OUT=%t.O2.bin %t.O2
// RUN: %dataflow-view --binary %t.O2 %t.O2.bin --locations=false | FileCheck %s

// main has no parameters, so no ENTRY record (ABI A): its callees come
// first and it appears when it returns.
// CHECK:      set_max_threads(p=0x{{[0-9a-f]+}} {pid=42, max_threads=15, flags=3}, max=4294967295 (0xffffffff)) -> 0
// CHECK-NEXT: mix(s={a=-7, b='q'}, b=true, c='x', col=GREEN, d=1.5) -> 100
// CHECK-NEXT: fact(n=3) {
// CHECK-NEXT:   fact(n=2) {
// CHECK-NEXT:     fact(n=1) -> 1
// CHECK-NEXT:   } -> 2  // fact
// CHECK-NEXT: } -> 6  // fact
// CHECK-NEXT: make(a=5) -> {x=5, y=10, z=15}
// CHECK-NEXT: check(p=NULL) -> -1
// CHECK-NEXT: check(p=0x10 {pid=<fault>, max_threads=<fault>, flags=<fault>}) -> 16
// CHECK-NEXT: greet(name=0x{{[0-9a-f]+}} "binder") -> 6
// CHECK-NEXT: main() -> 0

#include <stdbool.h>
#include <string.h>
enum color { RED, GREEN = 5, BLUE };
struct proc { int pid; unsigned max_threads; unsigned flags : 2; };
struct inner { short a; char b; };
struct big { long x, y, z; };
volatile long sink;

__attribute__((noinline)) int set_max_threads(struct proc *p, unsigned max) {
  sink = p->pid + max;
  return 0;
}
__attribute__((noinline)) long mix(struct inner s, bool b, char c,
                                   enum color col, double d) {
  sink = s.a + b + c + col + (long)d;
  return 100;
}
__attribute__((noinline)) int fact(int n) {
  if (n <= 1)
    return 1;
  int r = fact(n - 1);
  sink = r; // Not a tail call: -O2 keeps the recursion.
  return n * r;
}
__attribute__((noinline)) struct big make(int a) {
  struct big r = {a, 2 * a, 3 * a};
  sink = a;
  return r;
}
__attribute__((noinline)) long check(struct proc *p) {
  sink = (long)p;
  return p ? (long)p : -1;
}
__attribute__((noinline)) int greet(const char *name) {
  sink = (long)name;
  return (int)strlen(name);
}

int main(void) {
  struct proc p = {42, 15, 3};
  sink = set_max_threads(&p, -1);
  sink = mix((struct inner){-7, 'q'}, true, 'x', GREEN, 1.5);
  sink = fact(3);
  sink = make(5).z;
  sink = check(0);
  sink = check((struct proc *)0x10);
  sink = greet("binder");
  return 0;
}
