// A program that dies without running exit handlers still leaves a
// complete, readable trace of everything it recorded: records go straight
// into a shared mapping of the file and each thread chunk's word count is
// updated after every record, so there is nothing to flush.
//
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// no-entry-exit: the records this test counts and orders are the args and
// ret records alone, without the user-space default's entry-exit hooks.
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -O1 %s %rtlib -lpthread -o %t
//
// RUN: env SANCOV_DATAFLOW_OUT=%t.exit.bin not %t _exit
// RUN: %t.dump %t.exit.bin | FileCheck %s --check-prefixes=CHECK,EXIT
// RUN: env SANCOV_DATAFLOW_OUT=%t.segv.bin not --crash %t segv
// RUN: %t.dump %t.segv.bin | FileCheck %s --check-prefixes=CHECK,SEGV
// RUN: env SANCOV_DATAFLOW_OUT=%t.abort.bin not --crash %t abort
// RUN: %t.dump %t.abort.bin | FileCheck %s --check-prefixes=CHECK,ABORT
// A crash in one thread while another is still recording: the other
// thread's chunk is readable too, and has at least its first records.
// RUN: env SANCOV_DATAFLOW_OUT=%t.mt.bin not --crash %t thread-segv
// RUN: %t.dump %t.mt.bin | FileCheck %s --check-prefix=MT

// CHECK: THREAD #0
// CHECK: ENTRY step idx=0 size=4 value=0x1
// CHECK-NEXT: RET step size=4 value=0x2
// CHECK-NEXT: ENTRY step idx=0 size=4 value=0x2
// CHECK-NEXT: RET step size=4 value=0x4
// CHECK-NEXT: ENTRY step idx=0 size=4 value=0x3
// CHECK-NEXT: RET step size=4 value=0x6
// The last function entered before death: its ENTRY is there, no RET.
// EXIT-NEXT: ENTRY die_exit idx=0 size=4 value=0x3
// SEGV-NEXT: ENTRY die_segv idx=0 size=8 value=0xbadadd85 ptr=0x10
// ABORT-NEXT: ENTRY die_abort idx=0 size=4 value=0x6
// CHECK-NEXT: END modules={{[0-9]+}} threads=1 records=9 dropped=0 seqgaps=0

// MT-DAG: #1 ENTRY spin idx=0 size=4 value=0x7
// MT-DAG: #2 RET spin size=4 value=0x7
// MT-DAG: ENTRY die_segv idx=0 size=8 value=0xbadadd85 ptr=0x10
// MT: END modules={{[0-9]+}} threads=2 records={{[0-9]+}} dropped=0 seqgaps=0

#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

volatile int sink;
__attribute__((noinline)) int step(int x) { return 2 * x; }
__attribute__((noinline)) void die_exit(int code) { _exit(code); }
__attribute__((noinline)) int die_segv(int *p) { return *p; }
__attribute__((noinline)) void die_abort(int sig) {
  sink = sig;
  abort();
}

static volatile int started, seven = 7;
__attribute__((noinline)) int spin(int x) {
  sink = x; // a side effect, so that -O1 keeps the call
  return x;
}
static void *spinner(void *arg) {
  (void)arg;
  for (;;) {
    sink = spin(seven);
    started = 1;
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 2)
    return 2;
  if (!strcmp(argv[1], "thread-segv")) {
    pthread_t t;
    pthread_create(&t, 0, spinner, 0);
    while (!started)
      ;
    sink = die_segv((int *)16);
    return 0;
  }
  for (int i = 1; i <= 3; i++)
    sink = step(i);
  if (!strcmp(argv[1], "_exit"))
    die_exit(3);
  if (!strcmp(argv[1], "segv"))
    sink = die_segv((int *)16);
  if (!strcmp(argv[1], "abort"))
    die_abort(SIGABRT);
  return 0;
}
