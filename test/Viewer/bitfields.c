// Bitfields are widened to the bytes that hold them (one table entry each,
// as the plugin builds it) and the viewer extracts each member's bits.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s --match-full-lines

// Byte 8 holds flag (bit 0), mode (bits 1..3) and delta (bits 4..7,
// signed): 0xcb -> true, 5, -4. Byte 9 bit 0 is on; wide is bits 1..12 of
// bytes 9..10: 0x1579 -> ON, 0xabc.
// TRACE: thread tid=1
// TRACE: entry pc=take idx=0 size=12 ptr=0x1000 vals=3,4,0xcb,0xcb,0xcb,0x79,0x1579
// TRACE: ret pc=take size=4 vals=0

// CHECK: take(f=0x1000 {a=3, b=4, flag=true, mode=5, delta=-4, on=ON, wide=2748}) -> 0

#include <stdbool.h>
enum sw { OFF, ON };
struct flags {
  int a;
  int b;
  bool flag : 1;
  unsigned mode : 3;
  int delta : 4;
  enum sw on : 1;
  unsigned wide : 12;
};
int take(struct flags *f) { return 0; }
int main(void) { return 0; }
