// Text output: a value longer than 200 characters (issue 13: __switch_to
// printed a whole task_struct, 8 900 characters on one line) is cut at the
// last field that fits, each cut struct closed with "... (N more)"; a
// string or char literal is never cut and its ", {" are not fields.
// --full-values shows everything; jsonl always does.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s --match-full-lines
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false --full-values | FileCheck %s --check-prefix=FULL --match-full-lines
// RUN: %dataflow-view --binary %t.exe %t.bin --format=jsonl | FileCheck %s --check-prefix=JSONL

// The cut falls inside pos={x, y}: pos keeps x and leaves out y, the outer
// struct leaves out f19..f39.
// TRACE: thread tid=1
// TRACE: entry pc=wide_fn idx=0 size=180 ptr=0x2000 vals=7,0x787d227b202c61,0,11,22,33,44,55,66,77,88,99,110,121,132,143,154,165,176,187,198,0x75bcd1500000064,209,220,231,242,253,264,275,286,297,308,319,330,341,352,363,374,385,396,407,418,429
// TRACE: ret pc=wide_fn size=4 vals=0
// A short value is left alone.
// TRACE: entry pc=narrow_fn idx=0 size=8 ptr=0x3000 vals=1,2
// TRACE: ret pc=narrow_fn size=4 vals=0

// CHECK:      == thread 1 ==
// CHECK-NEXT: wide_fn(w=0x2000 {id=7, name="a, {\"}x", f0=0, f1=11, f2=22, f3=33, f4=44, f5=55, f6=66, f7=77, f8=88, f9=99, f10=110, f11=121, f12=132, f13=143, f14=154, f15=165, f16=176, f17=187, f18=198, pos={x=100, ... (1 more)}, ... (21 more)}) -> 0
// CHECK-NEXT: narrow_fn(p=0x3000 {x=1, y=2}) -> 0

// FULL:      == thread 1 ==
// FULL-NEXT: wide_fn(w=0x2000 {id=7, name="a, {\"}x", f0=0, f1=11, f2=22, f3=33, f4=44, f5=55, f6=66, f7=77, f8=88, f9=99, f10=110, f11=121, f12=132, f13=143, f14=154, f15=165, f16=176, f17=187, f18=198, pos={x=100, y=123456789 (0x75bcd15)}, f19=209, f20=220, f21=231, f22=242, f23=253, f24=264, f25=275, f26=286, f27=297, f28=308, f29=319, f30=330, f31=341, f32=352, f33=363, f34=374, f35=385, f36=396, f37=407, f38=418, f39=429}) -> 0
// FULL-NEXT: narrow_fn(p=0x3000 {x=1, y=2}) -> 0

// JSONL: "text":"0x2000 {id=7, {{.*}}, f38=418, f39=429}"

struct point { int x; int y; };
#define F(a, b, c, d, e) int f##a, f##b, f##c, f##d, f##e;
struct wide {
  int id;
  char name[8];
  F(0, 1, 2, 3, 4) F(5, 6, 7, 8, 9) F(10, 11, 12, 13, 14)
  int f15, f16, f17, f18;
  struct point pos;
  int f19;
  F(20, 21, 22, 23, 24) F(25, 26, 27, 28, 29) F(30, 31, 32, 33, 34)
  F(35, 36, 37, 38, 39)
};
int wide_fn(struct wide *w) { return 0; }
int narrow_fn(struct point *p) { return 0; }
int main(void) { return 0; }
