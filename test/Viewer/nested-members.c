// Members that are aggregates are one table entry; a record of one word
// per entry (the RFC's runtimes, older traces) holds their first 8 bytes: nested structs and arrays are decoded from those bytes, unions
// shown raw; a flexible array member has no entry; typedefs and const are
// looked through on both sides of the pointer.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s --match-full-lines

// TRACE: thread tid=1
// TRACE: entry pc=use idx=0 size=48 ptr=0x2000 vals=0x0002000100000007,0x6f6c6c6568,0x0000000200000001,0x1122334455667788,0x3f800000,5
// TRACE: ret pc=use size=4 vals=0
// TRACE: entry pc=deep idx=0 size=5 vals=0x04030201,5
// TRACE: ret pc=deep size=4 vals=0

// CHECK: use(o=0x2000 {pos={x=7, y=131073 (0x20001)}, name="hello", nums=[1, 2, ...], big={a=1234605616436508552 (0x1122334455667788), ...}, u=0x3f800000, n=5}) -> 0
// Nesting is shown as deep as the bytes go.
// CHECK-NEXT: deep(d={l1={l2={l3={a=1, b=2}, c=3}, d=4}, e=5}) -> 0

// Our runtimes record members whole (abi.h: SCDF_VALUE_WORDS words each,
// here 8 for 6 members): nums and big in full. A fault in big's second
// word leaves its first 8 bytes, said so.
// TRACE: entry pc=use idx=0 size=48 ptr=0x2000 vals=0x0002000100000007,0x6f6c6c6568,0x0000000200000001,0x0000000400000003,0x1122334455667788,0x99,0x3f800000,5
// TRACE: ret pc=use size=4 vals=0
// TRACE: entry pc=use idx=0 size=48 ptr=0x2000 vals=0x0002000100000007,0x6f6c6c6568,0x0000000200000001,0x0000000400000003,0x1122334455667788,fault,0x3f800000,5
// TRACE: ret pc=use size=4 vals=0
// CHECK-NEXT: use(o=0x2000 {pos={x=7, y=131073 (0x20001)}, name="hello", nums=[1, 2, 3, 4], big={a=1234605616436508552 (0x1122334455667788), b=153}, u=0x3f800000, n=5}) -> 0
// CHECK-NEXT: use(o=0x2000 {pos={x=7, y=131073 (0x20001)}, name="hello", nums=[1, 2, 3, 4], big={a=1234605616436508552 (0x1122334455667788), ...} (first 8 of 16 bytes) <fault>, u=0x3f800000, n=5}) -> 0

struct point { int x; int y; };
struct big { long a; long b; };
union num { int i; float f; };
struct outer {
  struct point pos;
  char name[8];
  int nums[4];
  struct big big;
  union num u;
  int n;
  int tail[];
};
typedef const struct outer outer_t;
int use(outer_t *o) { return 0; }
struct l3 { signed char a, b; };
struct l2 { struct l3 l3; signed char c; };
struct l1 { struct l2 l2; signed char d; };
struct deep { struct l1 l1; signed char e; };
int deep(struct deep d) { return 0; }
int main(void) { return 0; }
