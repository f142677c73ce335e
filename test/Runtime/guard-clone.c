// `guard` clones each instrumented body: while the guard byte is 0 a call
// runs the copy without records (no callback at all), while it is 1 the
// instrumented copy, and both compute the same results. The receiver below
// counts the callbacks and owns the guard byte, as a runtime would.
// RUN: %clang -g -O0 -mllvm -sancov-dataflow=guard %s -o %t0
// RUN: %t0 | FileCheck %s
// RUN: %clang -g -O2 -mllvm -sancov-dataflow=guard %s -o %t2
// RUN: %t2 | FileCheck %s
// Both copies share F's stack slots and debug records: the DWARF of the
// two-copy -O0 and -O2 bodies stays valid.
// RUN: %clang -g -O0 -mllvm -sancov-dataflow=guard -c %s -o %t0.o
// RUN: llvm-dwarfdump --verify %t0.o | FileCheck %s --check-prefix=DWARF
// RUN: %clang -g -O2 -mllvm -sancov-dataflow=guard -c %s -o %t2.o
// RUN: llvm-dwarfdump --verify %t2.o | FileCheck %s --check-prefix=DWARF
// DWARF: No errors.

// CHECK:      guard 0: twice(3) = 6; args 0, rets 0, entries 0, exits 0
// CHECK-NEXT: guard 1: twice(4) = 8; args 1, rets 1, entries 1, exits 1; last arg 4, last ret 8
// CHECK-NEXT: guard 1: twice(20) = 20; args 2, rets 2, entries 2, exits 2; last arg 20, last ret 20
// CHECK-NEXT: guard 0: twice(5) = 10; args 2, rets 2, entries 2, exits 2

#include <stdint.h>
#include <stdio.h>
#include <string.h>

volatile unsigned char __sancov_dataflow_guard;
const char __sancov_dataflow_abi_kcov_v2 = 0;

static int Args, Rets, Entries, Exits;
static int64_t LastArg, LastRet;

// The receiver's own helper is not instrumented.
__attribute__((disable_sanitizer_instrumentation)) static int64_t
load(const void *P, uint32_t Size) {
  int32_t V = 0;
  memcpy(&V, P, Size < 4 ? Size : 4);
  return V;
}

void __sanitizer_cov_trace_args(uint64_t Pc, uint32_t Idx, uint32_t Size,
                                void *Ptr, uint64_t *Offsets, uint32_t N) {
  ++Args;
  LastArg = load(Ptr, Size);
}
void __sanitizer_cov_trace_ret(uint64_t Pc, uint32_t Size, void *Ptr,
                               uint64_t *Offsets, uint32_t N) {
  ++Rets;
  LastRet = load(Ptr, Size);
}
void __sanitizer_cov_trace_pc_entry(void) { ++Entries; }
void __sanitizer_cov_trace_pc_exit(void) { ++Exits; }
void __sanitizer_cov_trace_pc_resume(void) {}

// int twice(int x) { if (x > 10) return x; return 2 * x; }
__attribute__((noinline)) int twice(int x) {
  if (x > 10)
    return x;
  return 2 * x;
}

// Not instrumented: it reports the counts between the calls.
__attribute__((disable_sanitizer_instrumentation)) static void report(int X, int R) {
  printf("guard %d: twice(%d) = %d; args %d, rets %d, entries %d, exits %d",
         __sancov_dataflow_guard, X, R, Args, Rets, Entries, Exits);
  if (__sancov_dataflow_guard)
    printf("; last arg %lld, last ret %lld", (long long)LastArg,
           (long long)LastRet);
  printf("\n");
}

// main runs with the byte 0 at its entry: its own copy without records.
int main(void) {
  report(3, twice(3));
  __sancov_dataflow_guard = 1;
  report(4, twice(4));
  report(20, twice(20));
  __sancov_dataflow_guard = 0;
  report(5, twice(5));
  return 0;
}
