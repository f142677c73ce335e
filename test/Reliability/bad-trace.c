// Damaged traces: every cut and overwritten byte gives exit status 0 or 1,
// an error message with 1, never a crash (the decoder alone is also fuzzed:
// docs/VIEWER.md); traces of an unsupported layout are refused with one
// message naming what is wrong.
// REQUIRES: sancov-rt
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clang -g -O1 %s %rtlib -o %t/prog
// RUN: env SANCOV_DATAFLOW_OUT=%t/good.bin %t/prog
// RUN: %dataflow-view --binary %t/prog %t/good.bin --stats | FileCheck %s --check-prefix=GOOD
// GOOD: 4500 3000 1500 1500 0 f
// GOOD: 7501 4500 3001 3001 0 (total)
//
// RUN: %python %S/Inputs/trace-mutations.py %dataflow-view %t/prog %t/good.bin %t/work | FileCheck %s --check-prefix=MUT
// MUT: damaged traces: {{[0-9]+}} (46 cuts, {{[0-9]+}} byte changes)
// MUT: cut exit 1: {{[1-9]}}
// MUT: bad: 0
//
// The header's layout fields (abi.h: machine at 16, pointer_size at 18,
// little_endian at 19).
// RUN: cp %t/good.bin %t/ptr4.bin && %patch %t/ptr4.bin 18 04
// RUN: not %dataflow-view --binary %t/prog %t/ptr4.bin 2>&1 | FileCheck %s --check-prefix=PTR4
// PTR4: dataflow-view: error: {{.*}}ptr4.bin: unsupported trace: pointer size 4, little-endian (only 64-bit little-endian traces are supported)
// PTR4-NOT: {{.}}
// RUN: cp %t/good.bin %t/be.bin && %patch %t/be.bin 19 00
// RUN: not %dataflow-view --binary %t/prog %t/be.bin 2>&1 | FileCheck %s --check-prefix=BE
// BE: dataflow-view: error: {{.*}}be.bin: unsupported trace: pointer size 8, big-endian (only 64-bit little-endian traces are supported)
// BE-NOT: {{.}}
// A file shorter than the header.
// RUN: head -c 20 %t/good.bin > %t/short.bin
// RUN: not %dataflow-view --binary %t/prog %t/short.bin 2>&1 | FileCheck %s --check-prefix=SHORT
// SHORT: dataflow-view: error: {{.*}}short.bin: truncated trace: the file header needs 40 bytes, the file has 20
// SHORT-NOT: {{.}}
// A trace file that is a directory.
// RUN: not %dataflow-view --binary %t/prog %t 2>&1 | FileCheck %s --check-prefix=DIR
// DIR: dataflow-view: error: {{.+}}
// DIR-NOT: Stack dump

struct pair { int x; long y; };
__attribute__((noinline)) long f(struct pair *p, int k) { return p->y + k; }
__attribute__((noinline)) int g(char c) { return c + 1; }
int main(void) {
  struct pair a = {1, 2};
  long s = 0;
  for (int i = 0; i < 1500; i++)
    s += f(&a, i) + g((char)i);
  return s == 0;
}
