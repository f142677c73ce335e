// Running out of space for the trace (simulated with RLIMIT_FSIZE, which
// makes the file system refuse to extend the file just like a full disk)
// stops recording cleanly: one message, the trace written so far stays
// readable, and every record that could not be written is counted in the
// thread's chunk. The program itself is not disturbed.
//
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// no-entry-exit: the records this test counts and orders are the args and
// ret records alone, without the user-space default's entry-exit hooks.
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -O1 %s %rtlib -o %t
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t 20000 2> %t.err | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s --check-prefix=ERR -DFILE=%t.bin < %t.err
// RUN: %t.dump %t.bin | FileCheck %s
//
// OUT: sum=201990000
// ERR: sancov-dataflow: cannot extend trace file '[[FILE]]' by {{[0-9]+}} bytes: File too large; recording stopped
// ERR-NOT: sancov-dataflow
//
// The first region (4096 words, 32768 bytes) fits under the limit, the
// second does not: 10870 records are in the file (4 FULL ones, then deltas
// of 3 bytes), the other 40003 - 10870 counted.
// CHECK: THREAD #0 tid={{[0-9]+}} bytes=32734 dropped=29133
// CHECK: #10869 RET f size=4 value=0x159d
// CHECK-NEXT: END modules={{[0-9]+}} threads=1 records=10870 dropped=29133 seqgaps=0

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

volatile int sink;
__attribute__((noinline)) int f(int x) { return x + 100; }

int main(int argc, char **argv) {
  // The trace file is already open and its first region reserved (main's
  // own ENTRY records came first). Cap files at 64 KiB from here on.
  struct rlimit rl = {64 * 1024, 64 * 1024};
  signal(SIGXFSZ, SIG_IGN);
  setrlimit(RLIMIT_FSIZE, &rl);
  int n = argc > 1 ? atoi(argv[1]) : 0, sum = 0;
  for (int i = 0; i < n; i++)
    sum += f(i);
  printf("sum=%d\n", sum);
  return 0;
}
