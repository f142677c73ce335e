// DWARF 2 gives member offsets as DW_OP_plus_uconst expressions (ULEB128,
// two bytes from offset 128 on) and bitfields by DW_AT_bit_offset: the
// fields are named and placed as with DWARF 5.
// RUN: %clang_noplugin -gdwarf-2 -O0 %s -o %t.exe
// RUN: llvm-dwarfdump --debug-info %t.exe | FileCheck %s --check-prefix=DWARF
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --locations=false | FileCheck %s --match-full-lines

// DWARF: DW_AT_data_member_location (DW_OP_plus_uconst 0x88)

// TRACE: thread tid=1
// TRACE: entry pc=far idx=0 size=144 ptr=0x5000 vals=7,0x3d,0x6968,0x41,0x12345678
// TRACE: ret pc=far size=4 vals=0
// CHECK: far(p=0x5000 {a=7, bits=-3, pad="hi", c='A', tail=305419896 (0x12345678)}) -> 0

struct Far {
  long a;
  int bits : 6;
  char pad[119];
  char c;
  long tail;
};
int far(struct Far *p) { return 0; }
int main(void) {
  struct Far f = {0};
  return far(&f);
}
