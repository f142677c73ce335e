// Values wider than 8 bytes print whole and typed when the record holds all
// of their bytes (one word per 8 bytes, as an enum's chunks): _Complex as
// a+bi, long double (x87) and __float128 as their value, __int128 whole.
// A record of one word holds the first 8 bytes, and the text says so.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s --match-full-lines
// RUN: %dataflow-view --binary %t.exe %t.bin --format=jsonl --filter=cplx | FileCheck %s --check-prefix=JSON

// 1.5+2.5i; 1.5f-2.5fi in one word.
// TRACE: thread tid=1
// TRACE: entry pc=cplx idx=0 size=16 vals=0x3ff8000000000000,0x4004000000000000
// TRACE: entry pc=cplx idx=1 size=8 vals=0xc02000003fc00000
// TRACE: ret pc=cplx size=16 vals=0x3ff8000000000000
// CHECK: cplx(z=1.5+2.5i, zf=1.5-2.5i) -> 1.5+...i (first 8 of 16 bytes)
// The words of a whole value are named by their byte offset.
// JSON: "name":"z","size":16,"ptr":"0x0","text":"1.5+2.5i","values":[{"name":"@0","raw":"0x3ff8000000000000","text":"0x3ff8000000000000"},{"name":"@8","raw":"0x4004000000000000","text":"0x4004000000000000"}]}
// JSON-SAME: "name":"zf","size":8,"ptr":"0x0","text":"1.5-2.5i","values":[{"name":"#0","raw":"0xc02000003fc00000","text":"1.5-2.5i"}]}

// 0.5L, 0.1L (no double holds it), 1.0q; the ret only its first 8 bytes.
// Then 1/3L, the largest long double, -1.0q, -infinity.
// TRACE: entry pc=wfloat idx=0 size=16 vals=0x8000000000000000,0x3ffe
// TRACE: entry pc=wfloat idx=1 size=16 vals=0xcccccccccccccccd,0x3ffb
// TRACE: entry pc=wfloat idx=2 size=16 vals=0,0x3fff000000000000
// TRACE: ret pc=wfloat size=16 vals=0x8000000000000000
// TRACE: entry pc=wfloat idx=0 size=16 vals=0xaaaaaaaaaaaaaaab,0x3ffd
// TRACE: entry pc=wfloat idx=1 size=16 vals=0xffffffffffffffff,0x7ffe
// TRACE: entry pc=wfloat idx=2 size=16 vals=0,0xbfff000000000000
// TRACE: ret pc=wfloat size=16 vals=0x8000000000000000,0xffff
// CHECK-NEXT: wfloat(ld=0.5, tenth=0.1, q=1.0) -> 0x8000000000000000 (16-byte float, first 8 bytes)
// CHECK-NEXT: wfloat(ld=0.33333333333333333334, tenth=1.189731495357231765e+4932, q=-1.0) -> -inf

// -2, 2^64 + 5; a fault in the high word leaves the first 8 bytes.
// TRACE: entry pc=wint idx=0 size=16 vals=0xfffffffffffffffe,0xffffffffffffffff
// TRACE: entry pc=wint idx=1 size=16 vals=5,1
// TRACE: ret pc=wint size=16 vals=0xfffffffffffffffe,fault
// CHECK-NEXT: wint(a=-2, b=18446744073709551621 (0x10000000000000005)) -> -2 (first 8 of 16 bytes)

// _BitInt(N): only the low N bits count (the others are unspecified).
// -5 in 37 bits with other bits set; 2^128 + 1 in 200 bits, 32 bytes.
// TRACE: entry pc=bitint idx=0 size=8 vals=0xabcdef1ffffffffb
// TRACE: entry pc=bitint idx=1 size=32 vals=1,0,1,0xff00000000000000
// TRACE: ret pc=bitint size=8 vals=0x7b
// CHECK-NEXT: bitint(a=-5, b=340282366920938463463374607431768211457 (0x100000000000000000000000000000001)) -> 123

// A vector is shown by its elements.
// TRACE: entry pc=vec idx=0 size=8 vals=0x400000003f000000
// TRACE: entry pc=vec idx=1 size=16 vals=0x0000000200000001,0x0000000400000003
// TRACE: ret pc=vec size=4 vals=2
// CHECK-NEXT: vec(v=[0.5, 2.0], w=[1, 2, 3, 4]) -> 2

// A union is shown as its bytes, whole.
// TRACE: entry pc=wunion idx=0 size=16 vals=0x1122334455667788,0x99
// TRACE: ret pc=wunion size=4 vals=fault
// CHECK-NEXT: wunion(u=0x991122334455667788) -> <fault>

_Complex double cplx(_Complex double z, _Complex float zf) { return z; }
long double wfloat(long double ld, long double tenth, __float128 q) {
  return ld;
}
__int128 wint(__int128 a, unsigned __int128 b) { return a; }
long bitint(_BitInt(37) a, unsigned _BitInt(200) b) { return (long)a; }
typedef float v2sf __attribute__((vector_size(8)));
typedef int v4si __attribute__((vector_size(16)));
int vec(v2sf v, v4si w) { return (int)v[1]; }
union U {
  __int128 i;
  char c[16];
};
int wunion(union U u) { return 0; }
int main(void) { return 0; }
