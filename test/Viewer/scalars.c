// Scalars are printed by their DWARF base type: signed and unsigned
// decimal (plus hex when large), bool, char, enumerators, floats.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s --match-full-lines

// TRACE: thread tid=1
// TRACE: entry pc=ints idx=0 size=4 vals=0xfffffff2
// TRACE: entry pc=ints idx=1 size=2 vals=0x8000
// TRACE: entry pc=ints idx=2 size=8 vals=0xffffffffffffffff
// TRACE: entry pc=ints idx=3 size=1 vals=200
// TRACE: entry pc=ints idx=4 size=8 vals=0x80000000
// TRACE: ret pc=ints size=8 vals=0xfffffffffffffff2
// TRACE: entry pc=misc idx=0 size=1 vals=1
// TRACE: entry pc=misc idx=1 size=1 vals=0x41
// TRACE: entry pc=misc idx=2 size=1 vals=0x0a
// TRACE: entry pc=misc idx=3 size=4 vals=5
// TRACE: entry pc=misc idx=4 size=4 vals=7
// TRACE: entry pc=misc idx=5 size=8 vals=0x3ff8000000000000
// TRACE: entry pc=misc idx=6 size=4 vals=0x3dcccccd
// TRACE: ret pc=misc size=1 vals=0

// CHECK: ints(i=-14, s=-32768, ul=18446744073709551615 (0xffffffffffffffff), uc=200, ll=2147483648 (0x80000000)) -> -14
// CHECK-NEXT: misc(b=true, c='A', nl='\n', col=GREEN, unknown=(enum color)7, d=1.5, f=0.1) -> false

#include <stdbool.h>
enum color { RED, GREEN = 5, BLUE };
long ints(int i, short s, unsigned long ul, unsigned char uc, long long ll) {
  return i;
}
bool misc(bool b, char c, char nl, enum color col, enum color unknown,
          double d, float f) {
  return false;
}
int main(void) { return 0; }
