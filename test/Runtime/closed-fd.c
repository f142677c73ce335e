// A program that closes every descriptor and chdir's to / (as daemons do)
// and reuses the numbers must not get trace data written into its own
// files: the runtime checks that its descriptor still names the trace file
// before each use, and otherwise reopens the trace file by its absolute
// name (SANCOV_DATAFLOW_OUT was relative here).
//
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// no-entry-exit: the records this test counts and orders are the args and
// ret records alone, without the user-space default's entry-exit hooks.
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -O1 %s %rtlib -o %t
// RUN: rm -rf %t.d %t.mine && mkdir %t.d
// RUN: sh -c 'cd %t.d && env SANCOV_DATAFLOW_OUT=trace.bin %t %t.mine' | FileCheck %s --check-prefix=OUT
// RUN: %t.dump %t.d/trace.bin | FileCheck %s
//
// The program's file is untouched (its own 6 bytes, at the reused numbers).
// OUT: mine=6
// 2 + 2 * 3000 + 1 records, across several regions, none lost.
// CHECK: END modules={{[0-9]+}} threads=1 records=6003 dropped=0 seqgaps=0

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

volatile int sink;
__attribute__((noinline)) int f(int x) { return x + 1; }

int main(int argc, char **argv) {
  sink = f(0); // the trace file is open and has a region
  chdir("/");
  for (int fd = 3; fd < 1024; fd++)
    close(fd);
  int mine = open(argv[1], O_RDWR | O_CREAT | O_TRUNC, 0644);
  write(mine, "mine!\n", 6);
  // Put the program's file at every number the runtime might have used.
  for (int fd = mine + 1; fd < 1024; fd++)
    dup2(mine, fd);
  for (int i = 1; i < 3000; i++)
    sink = f(i); // needs new regions: new file space
  struct stat st;
  fstat(mine, &st);
  printf("mine=%lld\n", (long long)st.st_size);
  return 0;
}
