// entry-exit in every runtime archive: __sanitizer_cov_trace_pc_entry and
// __sanitizer_cov_trace_pc_exit write PC_ENTRY and PC_EXIT records with
// word 1 = the callback's return address minus one (exactly: an assembly
// caller publishes the address after each call), word 2 = the stack
// pointer the caller had at the call (the same at the entry and the exit of
// one activation, different in a nested one), no size and no value.
//
// REQUIRES: x86-registered-target
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// RUN: %clang_noplugin -O1 -I%include -c %s -o %t.o
// RUN: %clang_noplugin %t.o %rtlib -o %t.kcov-v2
// RUN: %clang_noplugin %t.o %rtlib-value-pc -o %t.value-pc
// RUN: %clang_noplugin %t.o %rtlib-value -o %t.value
// RUN: %clang_noplugin %t.o %rtlib-tag -o %t.tag
// RUN: env SANCOV_DATAFLOW_OUT=%t.kcov-v2.bin %t.kcov-v2 > %t.kcov-v2.txt
// RUN: %t.dump %t.kcov-v2.bin >> %t.kcov-v2.txt
// RUN: FileCheck %s --check-prefixes=CHECK,A < %t.kcov-v2.txt
// RUN: env SANCOV_DATAFLOW_OUT=%t.value-pc.bin %t.value-pc > %t.value-pc.txt
// RUN: %t.dump %t.value-pc.bin >> %t.value-pc.txt
// RUN: FileCheck %s --check-prefixes=CHECK,B < %t.value-pc.txt
// RUN: env SANCOV_DATAFLOW_OUT=%t.value.bin %t.value > %t.value.txt
// RUN: %t.dump %t.value.bin >> %t.value.txt
// RUN: FileCheck %s --check-prefixes=CHECK,C < %t.value.txt
// RUN: env SANCOV_DATAFLOW_OUT=%t.tag.bin %t.tag > %t.tag.txt
// RUN: %t.dump %t.tag.bin >> %t.tag.txt
// RUN: FileCheck %s --check-prefixes=CHECK,D < %t.tag.txt

// CHECK: ENTRY_SITE=0x[[ENTRY:[0-9a-f]+]] EXIT_SITE=0x[[EXIT:[0-9a-f]+]] SP=0x[[SP:[0-9a-f]+]]
// The header names the archive's ABI.
// A: HEADER {{.*}} flags=0x0 pid=
// B: HEADER {{.*}} flags=0x100 pid=
// C: HEADER {{.*}} flags=0x200 pid=
// D: HEADER {{.*}} flags=0x300 pid=
// Six FULL records of 26 bytes: every call site is a first.
// CHECK: THREAD #0 tid={{[0-9]+}} bytes=156 dropped=0
// CHECK-NEXT: #0 PC_ENTRY 0x[[ENTRY]] size=0 novalue ptr=0x[[SP]]{{$}}
// CHECK-NEXT: #1 PC_EXIT 0x[[EXIT]] size=0 novalue ptr=0x[[SP]]{{$}}
// CHECK-NEXT: #2 PC_ENTRY outer+0x{{[0-9a-f]+}} size=0 novalue ptr=0x[[OUTER:[0-9a-f]+]]{{$}}
// CHECK-NEXT: #3 PC_ENTRY inner+0x{{[0-9a-f]+}} size=0 novalue ptr=0x[[INNER:[0-9a-f]+]]{{$}}
// CHECK-NEXT: #4 PC_EXIT inner+0x{{[0-9a-f]+}} size=0 novalue ptr=0x[[INNER]]{{$}}
// CHECK-NEXT: #5 PC_EXIT outer+0x{{[0-9a-f]+}} size=0 novalue ptr=0x[[OUTER]]{{$}}
// CHECK-NEXT: END modules={{[0-9]+}} threads=1 records=6 dropped=0 seqgaps=0
// The nested activation has a stack pointer of its own.
// RUN: awk '/PC_ENTRY outer/ {o = $NF} /PC_ENTRY inner/ {i = $NF} END {print (o != i ? "nested sp differs" : "same sp")}' %t.kcov-v2.txt | FileCheck %s --check-prefix=NEST
// NEST: nested sp differs

#include "sancov-dataflow/abi.h"

#include <stdio.h>

// No .type: dump-trace prints these call sites as plain addresses.
void stub(void);
extern char stub_entry_site[], stub_exit_site[];
unsigned long stub_sp;
__asm__(".text\n"
        "stub:\n"
        "  push %rbx\n" // the calls need a 16-byte aligned stack
        "  mov %rsp, stub_sp(%rip)\n"
        "  call __sanitizer_cov_trace_pc_entry@PLT\n"
        "stub_entry_site:\n"
        "  call __sanitizer_cov_trace_pc_exit@PLT\n"
        "stub_exit_site:\n"
        "  pop %rbx\n"
        "  ret\n");

// No tail calls: the exits' call sites must stay inside the functions.
__attribute__((noinline, disable_tail_calls)) void inner(void) {
  __sanitizer_cov_trace_pc_entry();
  __sanitizer_cov_trace_pc_exit();
}

__attribute__((noinline, disable_tail_calls)) void outer(void) {
  __sanitizer_cov_trace_pc_entry();
  inner();
  __sanitizer_cov_trace_pc_exit();
}

int main(void) {
  stub();
  printf("ENTRY_SITE=%p EXIT_SITE=%p SP=%#lx\n", (void *)(stub_entry_site - 1),
         (void *)(stub_exit_site - 1), stub_sp);
  fflush(stdout);
  outer();
  return 0;
}
