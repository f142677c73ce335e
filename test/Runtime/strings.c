// C strings (a pointer to plain char) are recorded as their first 64 bytes
// in every ABI (LayoutRules.h StringBytes) and shown up to the NUL: a short
// string whole, a long one cut ("..."), escapes, NULL, a returned string,
// and a string that ends 8 bytes before an unmapped page (the words after
// it are unreadable; the text is whole). `unsigned char *` stays a pointer
// whose first bytes are shown as a number.
//
// REQUIRES: x86-registered-target
// RUN: %clang -g -O0 %s %rtlib -o %t.a0
// RUN: env SANCOV_DATAFLOW_OUT=%t.a0.bin %t.a0
// RUN: %dataflow-view --binary %t.a0 %t.a0.bin --locations=false --filter '^t_' | FileCheck %s --match-full-lines
// RUN: %clang -g -O2 %s %rtlib -o %t.a2
// RUN: env SANCOV_DATAFLOW_OUT=%t.a2.bin %t.a2
// RUN: %dataflow-view --binary %t.a2 %t.a2.bin --locations=false --filter '^t_' | FileCheck %s --match-full-lines
// RUN: %clang -g -O1 -mllvm -sancov-dataflow=abi=value-pc %s %rtlib-value-pc -o %t.b
// RUN: env SANCOV_DATAFLOW_OUT=%t.b.bin %t.b
// RUN: %dataflow-view --binary %t.b %t.b.bin --locations=false --filter '^t_' | FileCheck %s --match-full-lines
// RUN: %clang -g -O1 -mllvm -sancov-dataflow=abi=tag %s %rtlib-tag -o %t.d
// RUN: env SANCOV_DATAFLOW_OUT=%t.d.bin %t.d
// RUN: %dataflow-view --binary %t.d %t.d.bin --locations=false --filter '^t_' | FileCheck %s --match-full-lines
// jsonl gives the text as the value.
// RUN: %dataflow-view --binary %t.a2 %t.a2.bin --format=jsonl --filter '^t_short$' | FileCheck %s --check-prefix=JSON

// CHECK: t_short(s=0x{{[0-9a-f]+}} "hi") -> 2
// CHECK-NEXT: t_short(s=0x{{[0-9a-f]+}} "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"...) -> 70
// CHECK-NEXT: t_short(s=NULL) -> -1
// CHECK-NEXT: t_short(s=0x{{[0-9a-f]+}} "tab\there\n\"q\"") -> 12
// CHECK-NEXT: t_short(s=0x{{[0-9a-f]+}} "end") -> 3
// CHECK-NEXT: t_ret(i=1) -> 0x{{[0-9a-f]+}} "yes"
// CHECK-NEXT: t_bytes(b=0x{{[0-9a-f]+}}{{( \(\*b=171\))?}}) -> 171
// JSON: "name":"s","size":64,"ptr":"0x[[P:[0-9a-f]+]]","text":"0x[[P]] \"hi\""

#include <stddef.h>
#include <string.h>
#include <sys/mman.h>

#define T __attribute__((noinline))

volatile long sink;

T int t_short(const char *s) {
  sink = 1;
  return s ? (int)strlen(s) : -1;
}
T const char *t_ret(int i) {
  sink = 2;
  return i ? "yes" : "no";
}
T int t_bytes(unsigned char *b) {
  sink = 3;
  return b[0];
}

int main(void) {
  t_short("hi");
  t_short("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
          "012345");
  t_short(NULL);
  t_short("tab\there\n\"q\"");
  // "end" in the last 8 bytes of a page whose successor is unmapped.
  char *m = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  munmap(m + 4096, 4096);
  strcpy(m + 4096 - 8, "end");
  t_short(m + 4096 - 8);
  t_ret(1);
  unsigned char bytes[8] = {0xab};
  t_bytes(bytes);
  return 0;
}
