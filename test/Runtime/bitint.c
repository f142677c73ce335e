// _BitInt parameters recorded with their values at every level: -O0 stores
// them normalised (trunc, then sext/zext back) from the argument or from a
// byval copy; -O2 describes the 200-bit one as the low 200 bits of its
// 256-bit load (DW_OP_LLVM_convert). The viewer keeps the N bits that count.
//
// REQUIRES: x86-registered-target
// RUN: %clang -g -O0 %s %rtlib -o %t.a0
// RUN: env SANCOV_DATAFLOW_OUT=%t.a0.bin %t.a0
// RUN: %dataflow-view --binary %t.a0 %t.a0.bin --locations=false --filter '^t_' | FileCheck %s --match-full-lines
// RUN: %clang -g -O2 %s %rtlib -o %t.a2
// RUN: env SANCOV_DATAFLOW_OUT=%t.a2.bin %t.a2
// RUN: %dataflow-view --binary %t.a2 %t.a2.bin --locations=false --filter '^t_' | FileCheck %s --match-full-lines
// RUN: %clang -g -O2 -mllvm -sancov-dataflow=abi=value-pc %s %rtlib-value-pc -o %t.b
// RUN: env SANCOV_DATAFLOW_OUT=%t.b.bin %t.b
// RUN: %dataflow-view --binary %t.b %t.b.bin --locations=false --filter '^t_' | FileCheck %s --match-full-lines

// 3 * 2^100 + 7
// CHECK: t_bits(a=-5, b=3802951800684688204490109616135 (0x30000000000000000000000007)) -> -2

__attribute__((noinline)) long t_bits(_BitInt(37) a, unsigned _BitInt(200) b) {
  return (long)a + (long)(b >> 100);
}

int main(void) {
  return (int)t_bits(-5, ((unsigned _BitInt(200))3 << 100) | 7) + 2;
}
