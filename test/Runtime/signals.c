// An instrumented signal handler may interrupt the runtime in the middle of
// a record. The interrupted record is still written whole; the handler's
// callbacks in that window are dropped and counted, never half-written.
// So: every call of f is recorded exactly, and the handler's records plus
// the dropped count add up exactly to 4 callbacks per signal delivered.
//
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// no-entry-exit: the records this test counts and orders are the args and
// ret records alone, without the user-space default's entry-exit hooks.
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -O1 %s %rtlib -o %t
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t > %t.txt
// RUN: %t.dump %t.bin >> %t.txt
// RUN: awk -f %S/Inputs/signals.awk %t.txt | FileCheck %s
// CHECK: f=2*calls handler+g+dropped=4*signals signals>0 ok

#include <signal.h>
#include <stdio.h>
#include <sys/time.h>

volatile int sink;
volatile long signals;
__attribute__((noinline)) int f(int x) { return x + 1; }
__attribute__((noinline)) int g(int x) { return x - 1; }

static void handler(int sig) {
  signals++;
  sink = g(sig);
}

int main(void) {
  struct sigaction sa = {0};
  sa.sa_handler = handler;
  sigaction(SIGPROF, &sa, 0);
  struct itimerval it = {{0, 50}, {0, 50}};
  setitimer(ITIMER_PROF, &it, 0);
  // ITIMER_PROF counts CPU time in scheduler ticks: go on until a few
  // signals came, however fast the records are.
  long calls = 0;
  for (; calls < 200000 || signals < 3; calls++)
    sink = f((int)calls);
  struct itimerval off = {{0, 0}, {0, 0}};
  setitimer(ITIMER_PROF, &off, 0);
  printf("calls=%ld\nsignals=%ld\n", calls, signals);
  return 0;
}
