// A trace recorded on another architecture than the binary given to the
// viewer (the header's e_machine, abi.h) must be refused with one message
// naming both, not decoded against the wrong binary.
//
// REQUIRES: sancov-rt
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clang -g -O1 %s %rtlib -o %t/prog
// RUN: env SANCOV_DATAFLOW_OUT=%t/x86.bin %t/prog
// RUN: %dataflow-view --binary %t/prog %t/x86.bin | FileCheck %s --check-prefix=GOOD
// GOOD: f(p={{.*}} {x=1, y=2}) -> 1
// e_machine 183 (EM_AARCH64) at offset 16, little endian.
// RUN: cp %t/x86.bin %t/arm.bin && %patch %t/arm.bin 16 b700
// RUN: not %dataflow-view --binary %t/prog %t/arm.bin 2>&1 | FileCheck %s --check-prefix=ARCH
// ARCH: dataflow-view: error: {{.*}}arm.bin was recorded on ELF machine 183, but '{{.*}}prog' is for machine 62

struct pair { int x, y; };
__attribute__((noinline)) int f(struct pair *p) { return p->x; }
int main(void) {
  struct pair a = {1, 2};
  return f(&a) - 1;
}
