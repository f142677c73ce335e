// fork() while other threads are recording (and possibly holding the
// runtime's lock or mid-record): every child writes its own file that
// parses strictly and holds exactly the child's records; the parent's file
// holds none of them and all of its own.
//
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// no-entry-exit: the records this test counts and orders are the args and
// ret records alone, without the user-space default's entry-exit hooks.
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -O1 %s %rtlib -lpthread -o %t
// RUN: rm -rf %t.d && mkdir %t.d
// RUN: env SANCOV_DATAFLOW_OUT=%t.d/trace.bin %t
// RUN: ls %t.d | count 21
// RUN: %t.dump %t.d/trace.bin > %t.parent
// RUN: FileCheck %s --check-prefix=PARENT < %t.parent
// RUN: not grep in_child %t.parent
// The parent's workers: 3 x (2 + 2 * 20000) records, main's 20 x 2 calls
// of before_fork and its RET; nothing lost.
// PARENT: END modules={{[0-9]+}} threads=4 records=120047 dropped=0 seqgaps=0
//
// Each child: 50 calls of in_child (100 records; it leaves by _exit, so
// main has no RET); only the forking thread exists in a child.
// RUN: sh -c 'for f in %t.d/trace.bin.*; do %t.dump $f | tail -1; done' | sort | uniq -c | FileCheck %s --check-prefix=CHILD
// CHILD: 20 END modules={{[0-9]+}} threads=1 records=100 dropped=0 seqgaps=0
// RUN: sh -c 'for f in %t.d/trace.bin.*; do %t.dump $f; done' | grep -c 'ENTRY in_child idx=0 size=4 value=0x' | FileCheck %s --check-prefix=N
// N: 1000

#include <pthread.h>
#include <stdint.h>
#include <sys/wait.h>
#include <unistd.h>

volatile int sink;
__attribute__((noinline)) int work(int x) { return x + 1; }
__attribute__((noinline)) int before_fork(int x) {
  sink = x; // a side effect, so that -O1 keeps the call
  return x;
}
__attribute__((noinline)) int in_child(int x) { return x * 3; }

static void *worker(void *arg) {
  for (int i = 0; i < 20000; i++)
    sink = work(i + (int)(intptr_t)arg);
  return 0;
}

int main(void) {
  pthread_t t[3];
  for (int k = 0; k < 3; k++)
    pthread_create(&t[k], 0, worker, (void *)(intptr_t)k);
  for (int c = 0; c < 20; c++) {
    sink = before_fork(c);
    pid_t p = fork();
    if (p == 0) {
      for (int i = 0; i < 50; i++)
        sink = in_child(i);
      _exit(0);
    }
    waitpid(p, 0, 0);
  }
  for (int k = 0; k < 3; k++)
    pthread_join(t[k], 0);
  return 0;
}
