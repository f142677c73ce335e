// ABI B (value-pc; the trace header's ABI field is 1): pcs are function
// addresses as in ABI A, but a value without a table is the value itself:
// a pointer is shown without a pointee, a struct passed in registers is
// cut into its fields, a value wider than 8 bytes comes as one record per
// 8 bytes and is joined (a part missing is shown as such); a table's record
// (Ptr: the object) reads as in ABI A, and without Ptr is a NULL struct
// pointer's.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s --match-full-lines
// RUN: %dataflow-view --binary %t.exe %t.bin --format=jsonl | FileCheck %s --check-prefix=WIDE

// TRACE: header abi=1
// TRACE: thread tid=1
// TRACE: entry pc=scalars idx=0 size=4 vals=0xfffffffd
// TRACE: entry pc=scalars idx=1 size=1 vals=0x78
// TRACE: entry pc=scalars idx=2 size=8 vals=0x3ff8000000000000
// TRACE: entry pc=scalars idx=3 size=8 vals=0x402000
// TRACE: entry pc=scalars idx=4 size=8 vals=0x7ffd0010
// TRACE: entry pc=scalars idx=5 size=8 vals=0
// TRACE: ret pc=scalars size=4 vals=0xfffffffd
// TRACE: entry pc=pairs idx=0 size=8 vals=0x0000000200000001
// TRACE: entry pc=pairs idx=1 size=16 vals=0x0000000400000003
// TRACE: entry pc=pairs idx=1 size=16 vals=0x0000000600000005
// TRACE: ret pc=pairs size=8 vals=0x0000000a00000009
// TRACE: entry pc=bigs idx=0 size=24 ptr=0x7ffd0100 vals=1,2,3
// TRACE: entry pc=bigs idx=1 size=16 ptr=0x7ffd0200 vals=5,0
// TRACE: ret pc=bigs size=8 vals=1
// TRACE: entry pc=wide idx=0 size=16 vals=0x1122334455667788
// TRACE: entry pc=wide idx=0 size=16 vals=0x1
// TRACE: entry pc=wide idx=1 size=0
// TRACE: ret pc=wide size=16 vals=0x1122334455667788
// TRACE: ret pc=wide size=16 vals=0x1
// TRACE: entry pc=wide idx=0 size=16 vals=5
// TRACE: ret pc=wide size=0
// A NULL pointer to a struct of 16 bytes with one member: its table's
// record, not a first part (nulls recurses once).
// TRACE: entry pc=nulls idx=0 size=16 vals=fault
// TRACE: entry pc=nulls idx=0 size=16 vals=fault
// TRACE: ret pc=nulls size=4 vals=0
// TRACE: ret pc=nulls size=4 vals=0
// TRACE: ret pc=main size=4 vals=0

// CHECK:      == thread 1 ==
// CHECK-NEXT: scalars(i=-3, c='x', d=1.5, s=0x402000, ip=0x7ffd0010, vp=NULL) -> -3
// CHECK-NEXT: pairs(p={a=1, b=2}, q={a=3, b=4, c=5, d=6}) -> {a=9, b=10}
// CHECK-NEXT: bigs(b={x=1, y=2, z=3}, n=0x7ffd0200 {id=5, next=NULL}) -> 1
// How a whole __int128 reads is the formatter's; one call with two joined
// parts each way is the decoder's.
// CHECK-NEXT: wide(w={{.*}}1122334455667788{{.*}}, dead=<optimized out>) -> {{.*}}1122334455667788{{.*}}
// CHECK-NEXT: wide(w=0x5 <1 of 2 parts recorded>) -> <optimized out>
// CHECK-NEXT: nulls(w=NULL) {
// CHECK-NEXT:   nulls(w=NULL) -> 0
// CHECK-NEXT: } -> 0  // nulls
// CHECK-NEXT: main() -> 0
// CHECK-EMPTY:
// WIDE: {{.*}}"function":"wide",{{.*}}"args":[{"index":0,"name":"w","size":16,{{.*}}"raw":"0x1122334455667788"{{.*}}"raw":"0x1"{{.*}}"name":"dead"{{.*}}"return":{"size":16,{{.*}}"raw":"0x1122334455667788"{{.*}}"raw":"0x1"

struct pair { int a; int b; };
struct quad { int a; int b; int c; int d; };
struct big { long x, y, z; };
struct node { int id; struct node *next; };
int scalars(int i, char c, double d, const char *s, int *ip, void *vp) {
  return i;
}
struct pair pairs(struct pair p, struct quad q) { return p; }
long bigs(struct big b, struct node *n) { return b.x; }
__int128 wide(__int128 w, int dead) { return w; }
struct chars { char buf[16]; };
int nulls(struct chars *w) { return 0; }
int main(void) { return 0; }
