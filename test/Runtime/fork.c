// A forked child never writes into its parent's file. Without %p it writes
// PATH.PID; with %p each process expands its own pid. A program the child
// exec's (same SANCOV_DATAFLOW_OUT) does not clobber either file: PATH is in
// use by the parent, PATH.PID holds the pre-exec trace of its own pid, so
// it takes PATH.PID.1.
//
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// no-entry-exit: the records this test counts and orders are the args and
// ret records alone, without the user-space default's entry-exit hooks.
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -O2 %s %rtlib -o %t
// RUN: rm -rf %t.d && mkdir %t.d
// RUN: env SANCOV_DATAFLOW_OUT=%t.d/trace.bin %t > %t.d/out
// RUN: ls %t.d | sed 's/[0-9][0-9]*/PID/' | FileCheck %s --check-prefix=FILES
// FILES: out
// FILES-NEXT: trace.bin
// FILES-NEXT: trace.bin.PID
// FILES-NEXT: trace.bin.PID.1
// FILES-NOT: trace
//
// RUN: %t.dump %t.d/trace.bin | FileCheck %s --check-prefix=PARENT
// PARENT: THREAD #0
// PARENT-NEXT: #0 ENTRY main idx=0 size=4 value=0x1
// PARENT-NEXT: #1 ENTRY main idx=1 size=8
// PARENT-NEXT: #2 ENTRY f idx=0 size=4 value=0x1
// PARENT-NEXT: #3 RET f size=4 value=0x2
// PARENT-NEXT: #4 ENTRY f idx=0 size=4 value=0x3
// PARENT-NEXT: #5 RET f size=4 value=0x4
// PARENT-NEXT: #6 RET main size=4 value=0x0
// PARENT-NEXT: END modules={{[0-9]+}} threads=1 records=7 dropped=0 seqgaps=0
//
// The child's header carries its own pid (printed by the parent); its
// thread continues the sequence numbers of the thread that forked.
// RUN: cp %t.d/out %t.child
// RUN: sh -c '%t.dump $(ls -d %t.d/trace.bin.* | grep -v "[.]1$")' >> %t.child
// RUN: FileCheck %s --check-prefix=CHILD < %t.child
// CHILD: child=[[PID:[0-9]+]]
// CHILD: HEADER {{.*}} pid=[[PID]]
// CHILD: THREAD #0 tid=[[PID]]
// CHILD-NEXT: #4 ENTRY f idx=0 size=4 value=0x2
// CHILD-NEXT: #5 RET f size=4 value=0x3
// CHILD-NEXT: END modules={{[0-9]+}} threads=1 records=2 dropped=0 seqgaps=0
//
// RUN: cp %t.d/out %t.exec
// RUN: %t.dump %t.d/trace.bin.*.1 >> %t.exec
// RUN: FileCheck %s --check-prefix=EXEC < %t.exec
// EXEC: child=[[PID:[0-9]+]]
// EXEC: HEADER {{.*}} pid=[[PID]]
// EXEC: #0 ENTRY main idx=0 size=4 value=0x2
// EXEC-NEXT: #1 ENTRY main idx=1 size=8
// EXEC-NEXT: #2 ENTRY f idx=0 size=4 value=0x4
// EXEC-NEXT: #3 RET f size=4 value=0x5
// EXEC-NEXT: #4 RET main size=4 value=0x0
// EXEC-NEXT: END modules={{[0-9]+}} threads=1 records=5 dropped=0 seqgaps=0
//
// With %p: one file per process, named by the pid in its header.
// RUN: rm -rf %t.p && mkdir %t.p
// RUN: env SANCOV_DATAFLOW_OUT=%t.p/t.%%p.bin %t
// RUN: ls %t.p | count 3
// RUN: sh -c 'for f in %t.p/*; do p=$(basename $f | cut -d. -f2); %t.dump $f | grep -q "^HEADER .* pid=$p\$" || exit 1; done'

#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

volatile int sink;
__attribute__((noinline)) int f(int x) { return x + 1; }

int main(int argc, char **argv) {
  if (argc > 1 && !strcmp(argv[1], "exec")) {
    sink = f(4);
    return 0;
  }
  sink = f(1);
  fflush(stdout);
  pid_t c = fork();
  if (c == 0) {
    sink = f(2);
    execl(argv[0], argv[0], "exec", (char *)0);
    _exit(127);
  }
  printf("child=%d\n", (int)c);
  int st;
  waitpid(c, &st, 0);
  sink = f(3);
  return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
}
