// At thread exit the runtime gives back the thread's mapping and the unused
// part of its chunk. Code that runs later in the exiting thread (here the
// program's own pthread key destructor, which runs after the runtime's)
// still records: into a new chunk of the same thread, with the sequence
// continuing. Many short threads leave no large unused reservations on disk.
//
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// no-entry-exit: the records this test counts and orders are the args and
// ret records alone, without the user-space default's entry-exit hooks.
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -O1 %s %rtlib -lpthread -o %t
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t
// RUN: %t.dump %t.bin > %t.txt
// RUN: FileCheck %s < %t.txt
// 200 short threads x 32 KiB regions would be 6.4 MB of blocks without
// the hole punching at thread exit.
// RUN: sh -c 'test $(du -k %t.bin | cut -f1) -lt 2000'
//
// Each chunk starts with empty slots: FULL records of 26 bytes (no value)
// and 34 bytes (one value).
// CHECK: THREAD #0 tid=[[TID:[0-9]+]] bytes=120 dropped=0
// CHECK-NEXT: #0 ENTRY worker idx=0 size=8 novalue ptr=0x0
// CHECK-NEXT: #1 ENTRY f idx=0 size=4 value=0x1
// CHECK-NEXT: #2 RET f size=4 value=0x2
// CHECK-NEXT: #3 RET worker size=8 novalue ptr=0x0
// CHECK: THREAD #0 tid=[[TID]] bytes=128 dropped=0
// CHECK-NEXT: #4 ENTRY destructor idx=0 size=8
// CHECK-NEXT: #5 ENTRY f idx=0 size=4 value=0x63
// CHECK-NEXT: #6 RET f size=4 value=0x64
// CHECK-NEXT: #7 RET destructor size=0 novalue
// CHECK: END modules={{[0-9]+}} threads=202 records=809 dropped=0 seqgaps=0

#include <pthread.h>

volatile int sink;
static pthread_key_t key;

__attribute__((noinline)) int f(int x) { return x + 1; }

static void destructor(void *v) { sink = f(99) + (v != 0); }

static void *worker(void *arg) {
  sink = f(1);
  pthread_setspecific(key, (void *)1);
  return 0;
}

static void *short_thread(void *arg) {
  sink = f(2);
  return 0;
}

int main(void) {
  pthread_key_create(&key, destructor);
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  pthread_join(t, 0);
  for (int i = 0; i < 200; i++) {
    pthread_create(&t, 0, short_thread, 0);
    pthread_join(t, 0);
  }
  return 0;
}
