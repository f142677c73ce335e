// End to end, abi=value-pc (B) and abi=tag (D) (e2e-abi-packed.test builds
// it for E too): values as the callbacks got
// them. A pointer is the pointer (nothing read at it), a struct passed in
// registers is cut into its fields, a struct in memory and a struct pointer
// come with their table, a NULL struct pointer is NULL, an __int128 is one
// value joined from two records.
// no-entry-exit: the calls this test checks stay in the order and at the
// depth they had without the user-space default's entry-exit records.
// RUN: %clang -g -O1 -mllvm -sancov-dataflow='abi=value-pc;no-entry-exit' %s %rtlib-value-pc -o %t.b.exe
// RUN: env SANCOV_DATAFLOW_OUT=%t.b.bin %t.b.exe
// RUN: %dataflow-view --binary %t.b.exe %t.b.bin --locations=false | FileCheck %s --match-full-lines
// RUN: %clang -g -O1 -mllvm -sancov-dataflow='abi=tag;no-entry-exit' %s %rtlib-tag -o %t.d.exe
// RUN: env SANCOV_DATAFLOW_OUT=%t.d.bin %t.d.exe
// RUN: %dataflow-view --binary %t.d.exe %t.d.bin --locations=false | FileCheck %s --match-full-lines
// RUN: %dataflow-view --binary %t.d.exe %t.d.bin --format=jsonl | FileCheck %s --check-prefix=WIDE

// CHECK:      == thread {{[0-9]+}} ==
// CHECK-NEXT: scalars(i=-3, c='x', ip=0x{{[0-9a-f]+}}) -> -3
// CHECK-NEXT: pairs(p={a=1, b=2}, q={a=3, b=4, c=5, d=6}) -> {a=1, b=2}
// CHECK-NEXT: bigs(b={x=1, y=2, z=3}, n=0x{{[0-9a-f]+}} {id=5, next=NULL}) -> 1
// CHECK-NEXT: bigs(b={x=4, y=5, z=6}, n=NULL) -> 4
// How a whole __int128 reads is the formatter's; one call, each value
// joined from its two records, is the decoder's.
// CHECK-NEXT: wide(w={{.*}}) -> {{.*}}
// CHECK-NEXT: main() -> 0
// CHECK-EMPTY:
// WIDE: {{.*}}"function":"wide",{{.*}}"args":[{"index":0,"name":"w","size":16,{{.*}}"raw":"0x7"{{.*}}"raw":"0x1"{{.*}}"return":{"size":16,{{.*}}"raw":"0xe"{{.*}}"raw":"0x2"

struct pair { int a; int b; };
struct quad { int a; int b; int c; int d; };
struct big { long x, y, z; };
struct node { int id; struct node *next; };
volatile long sink;
__attribute__((noinline)) int scalars(int i, char c, int *ip) {
  sink = i + c + *ip;
  return i;
}
__attribute__((noinline)) struct pair pairs(struct pair p, struct quad q) {
  sink = q.a + q.b + q.c + q.d;
  return p;
}
__attribute__((noinline)) long bigs(struct big b, struct node *n) {
  sink = n ? n->id : 0;
  return b.x;
}
__attribute__((noinline)) __int128 wide(__int128 w) {
  sink = (long)w;
  return w * 2;
}
int main(void) {
  int v = 5;
  struct node n = {5, 0};
  scalars(-3, 'x', &v);
  pairs((struct pair){1, 2}, (struct quad){3, 4, 5, 6});
  bigs((struct big){1, 2, 3}, &n);
  bigs((struct big){4, 5, 6}, 0);
  wide(((__int128)1 << 64) | 7);
  return 0;
}
