// CMP records: a program built with the plugin and clang's trace-cmp (with
// `func,inline-bool-flag`, the cheapest coverage type trace-cmp needs)
// records each integer comparison's operands, in compiler order (a
// constant first), and one record per case of a switch (case constant,
// value), with SANCOV_DATAFLOW_CMP=1 only. Word 2 is KCOV's type:
// SCDF_CMP_SIZE(log2 bytes) | SCDF_CMP_CONST. The first callback of the
// process is a comparison in .preinit_array, before the runtime's
// constructor: it sets the process up and is recorded.
//
// REQUIRES: x86-registered-target
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// no-entry-exit: the records this test counts and orders are the args and
// ret records alone, without the user-space default's entry-exit hooks.
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -O1 -fsanitize-coverage=func,inline-bool-flag,trace-cmp -c %s -o %t.o
// RUN: %clang_noplugin %t.o %rtlib -o %t
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin SANCOV_DATAFLOW_CMP=1 %t
// Word 1 is exact: each callback's return address minus one.
// RUN: llvm-objdump -d --no-show-raw-insn --disassemble-symbols=classify %t | \
// RUN:   awk -f %S/Inputs/call-sites.awk | grep -v -e ' args ' -e ' ret ' > %t.txt
// RUN: %t.dump %t.bin >> %t.txt
// RUN: FileCheck %s < %t.txt
//
// CHECK:      SITE const_cmp4 0x[[EQ:[0-9a-f]+]]
// CHECK-NEXT: SITE cmp4 0x[[LT:[0-9a-f]+]]
// CHECK-NEXT: SITE const_cmp1 0x[[EQ8:[0-9a-f]+]]
// CHECK-NEXT: SITE const_cmp2 0x[[NE16:[0-9a-f]+]]
// CHECK-NEXT: SITE cmp8 0x[[GT64:[0-9a-f]+]]
// CHECK-NEXT: SITE switch 0x[[SW:[0-9a-f]+]]
// CHECK-NEXT: SITE switch 0x[[SW8:[0-9a-f]+]]
// CHECK:      THREAD #0
// CHECK-NEXT: #0 CMP preinit+0x{{[0-9a-f]+}} size=4 ops=0x3,0x0 type=0x5
// CHECK-NEXT: #1 RET preinit size=0 novalue
// CHECK:      #9 ENTRY classify idx=5 size=8 value=0x1
// CHECK-NEXT: #10 CMP classify+0x[[EQ]] size=4 ops=0x2a,0x2a type=0x5
// CHECK-NEXT: #11 ENTRY hit idx=0 size=4 value=0x1
// CHECK-NEXT: #12 RET hit size=0 novalue
// CHECK-NEXT: #13 CMP classify+0x[[LT]] size=4 ops=0x2a,0x64 type=0x4
// CHECK-NEXT: #14 ENTRY hit idx=0 size=4 value=0x2
// CHECK-NEXT: #15 RET hit size=0 novalue
// CHECK-NEXT: #16 CMP classify+0x[[EQ8]] size=1 ops=0x7f,0x7f type=0x1
// CHECK-NEXT: #17 ENTRY hit idx=0 size=4 value=0x3
// CHECK-NEXT: #18 RET hit size=0 novalue
// CHECK-NEXT: #19 CMP classify+0x[[NE16]] size=2 ops=0xbeef,0x1234 type=0x3
// CHECK-NEXT: #20 ENTRY hit idx=0 size=4 value=0x4
// CHECK-NEXT: #21 RET hit size=0 novalue
// CHECK-NEXT: #22 CMP classify+0x[[GT64]] size=8 ops=0x1122334455667788,0x1 type=0x6
// CHECK-NEXT: #23 ENTRY hit idx=0 size=4 value=0x5
// CHECK-NEXT: #24 RET hit size=0 novalue
// A switch: one record per case, in the order of clang's sorted table.
// CHECK-NEXT: #25 CMP classify+0x[[SW]] size=4 ops=0x3,0x2a type=0x5
// CHECK-NEXT: #26 CMP classify+0x[[SW]] size=4 ops=0x2a,0x2a type=0x5
// CHECK-NEXT: #27 CMP classify+0x[[SW]] size=4 ops=0x3e8,0x2a type=0x5
// CHECK-NEXT: #28 ENTRY hit idx=0 size=4 value=0x7
// CHECK-NEXT: #29 RET hit size=0 novalue
// CHECK-NEXT: #30 CMP classify+0x[[SW8]] size=1 ops=0x1,0x7f type=0x1
// CHECK-NEXT: #31 CMP classify+0x[[SW8]] size=1 ops=0xc8,0x7f type=0x1
// CHECK-NEXT: #32 RET classify size=4 value=0x0
// CHECK-NEXT: #33 RET main size=4 value=0x0
// CHECK-NEXT: END modules={{[0-9]+}} threads=1 records=34 dropped=0 seqgaps=0
//
// Off by default, and with 0; any other value is an error.
// RUN: env SANCOV_DATAFLOW_OUT=%t.unset.bin %t
// RUN: %t.dump %t.unset.bin | FileCheck %s --check-prefix=OFF --implicit-check-not=CMP
// RUN: env SANCOV_DATAFLOW_OUT=%t.zero.bin SANCOV_DATAFLOW_CMP=0 %t
// RUN: %t.dump %t.zero.bin | FileCheck %s --check-prefix=OFF --implicit-check-not=CMP
// OFF: #0 RET preinit size=0 novalue
// OFF: END modules={{[0-9]+}} threads=1 records=23 dropped=0 seqgaps=0
// RUN: env SANCOV_DATAFLOW_OUT=%t.bad.bin SANCOV_DATAFLOW_CMP=yes %t 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: sancov-dataflow: invalid SANCOV_DATAFLOW_CMP='yes': expected 1 (record comparisons) or 0; recording disabled
//
// Every archive records them alike (the same operands, sizes and types),
// also when -fsanitize-coverage reaches the link, where clang's driver adds
// a runtime with weak trace-cmp hooks of its own.
// RUN: %t.dump %t.bin | sed -n 's/^#[0-9]* CMP [a-z]*+0x[0-9a-f]* //p' > %t.cmp-a
// RUN: %clang -O1 -fsanitize-coverage=func,inline-bool-flag,trace-cmp -mllvm -sancov-dataflow=abi=value-pc %s %rtlib-value-pc -o %t.value-pc
// RUN: env SANCOV_DATAFLOW_OUT=%t.value-pc.bin SANCOV_DATAFLOW_CMP=1 %t.value-pc
// RUN: %t.dump %t.value-pc.bin | sed -n 's/^#[0-9]* CMP [a-z]*+0x[0-9a-f]* //p' | diff %t.cmp-a -
// RUN: %clang -O1 -fsanitize-coverage=func,inline-bool-flag,trace-cmp -mllvm -sancov-dataflow=abi=value %s %rtlib-value -o %t.value
// RUN: env SANCOV_DATAFLOW_OUT=%t.value.bin SANCOV_DATAFLOW_CMP=1 %t.value
// RUN: %t.dump %t.value.bin | sed -n 's/^#[0-9]* CMP [a-z]*+0x[0-9a-f]* //p' | diff %t.cmp-a -
// RUN: %clang -O1 -fsanitize-coverage=func,inline-bool-flag,trace-cmp -mllvm -sancov-dataflow=abi=tag %s %rtlib-tag -o %t.tag
// RUN: env SANCOV_DATAFLOW_OUT=%t.tag.bin SANCOV_DATAFLOW_CMP=1 %t.tag
// RUN: %t.dump %t.tag.bin | sed -n 's/^#[0-9]* CMP [a-z]*+0x[0-9a-f]* //p' | diff %t.cmp-a -
// RUN: wc -l < %t.cmp-a | FileCheck %s --check-prefix=COUNT
// COUNT: 11

#include <stdint.h>

volatile int sink;

__attribute__((noinline)) void hit(int which) {
  __asm__ volatile("" ::"r"(which));
}

static void preinit(void) {
  if (sink == 3)
    hit(0);
}
__attribute__((section(".preinit_array"), used)) static void (*pi)(void) =
    preinit;

__attribute__((noinline)) int classify(int x, int y, uint8_t c, uint16_t h,
                                       uint64_t big, uint64_t other) {
  if (x == 42)
    hit(1);
  if (x < y)
    hit(2);
  if (c == 0x7f)
    hit(3);
  if (h != 0xbeef)
    hit(4);
  if (big > other)
    hit(5);
  switch (x) {
  case 3:
    hit(6);
    break;
  case 42:
    hit(7);
    break;
  case 1000:
    hit(8);
    break;
  }
  switch (c) {
  case 1:
    hit(9);
    break;
  case 200:
    hit(10);
    break;
  }
  return 0;
}

int main(int argc, char **argv) {
  (void)argv;
  return classify(42, argc + 99, 0x7f, 0x1234, 0x1122334455667788ull,
                  (uint64_t)argc);
}
