// Where the trace goes: SANCOV_DATAFLOW_OUT=PATH with %p expanded to the
// pid (%% is a literal %); unset: ./sancov-dataflow.PID.bin and one note on
// stderr; set but empty: no trace and no message; a path that cannot be
// opened: one clear error, no trace, and the program runs on unharmed with
// its own output and exit status.
//
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// RUN: %clang -O1 %s %rtlib -o %t
//
// %p (written %%p here because lit expands %p itself) and %%.
// RUN: rm -rf %t.d && mkdir %t.d
// RUN: env SANCOV_DATAFLOW_OUT=%t.d/x.%%p.%%%%.bin %t > %t.pid
// RUN: ls %t.d >> %t.pid
// RUN: sh -c '%t.dump %t.d/x.*.bin' >> %t.pid
// RUN: FileCheck %s --check-prefix=PCT < %t.pid
// PCT: pid=[[PID:[0-9]+]]
// PCT-NEXT: x.[[PID]].%.bin
// PCT-NEXT: HEADER version=1 machine=62 ptrsize=8 le=1 flags=0x0 pid=[[PID]]
// PCT: ENTRY f idx=0 size=4 value=0x5
//
// Unset: the default name in the current directory, with a note.
// RUN: rm -rf %t.def && mkdir %t.def
// RUN: sh -c 'cd %t.def && env -u SANCOV_DATAFLOW_OUT %t' > %t.def.out 2>&1
// RUN: ls %t.def >> %t.def.out
// RUN: FileCheck %s --check-prefix=DEF < %t.def.out
// DEF: sancov-dataflow: SANCOV_DATAFLOW_OUT is not set; writing the trace to 'sancov-dataflow.[[PID:[0-9]+]].bin' (set SANCOV_DATAFLOW_OUT=PATH to choose, or to the empty string to record nothing)
// DEF-NEXT: pid=[[PID]]
// DEF-NEXT: sancov-dataflow.[[PID]].bin
// RUN: sh -c '%t.dump %t.def/sancov-dataflow.*.bin' | FileCheck %s --check-prefix=DEFTRACE
// DEFTRACE: ENTRY f idx=0 size=4 value=0x5
//
// Empty: nothing at all.
// RUN: rm -rf %t.empty && mkdir %t.empty
// RUN: sh -c 'cd %t.empty && env SANCOV_DATAFLOW_OUT= %t' 2>&1 | FileCheck %s --check-prefix=EMPTY
// RUN: ls %t.empty | count 0
// EMPTY-NOT: sancov-dataflow
// EMPTY: pid=
// EMPTY-NOT: sancov-dataflow
//
// Cannot be opened (missing directory; a directory): one message each,
// the program's output and exit status are its own.
// RUN: env SANCOV_DATAFLOW_OUT=%t.missing/sub/trace.bin %t 2>&1 | FileCheck %s --check-prefix=NODIR -DDIR=%t
// NODIR: sancov-dataflow: cannot open trace file '[[DIR]].missing/sub/trace.bin': No such file or directory; recording disabled
// NODIR-NEXT: pid=
// NODIR-NOT: sancov-dataflow
// RUN: env SANCOV_DATAFLOW_OUT=%t.d %t 2>&1 | FileCheck %s --check-prefix=ISDIR -DDIR=%t
// ISDIR: sancov-dataflow: cannot open trace file '[[DIR]].d': Is a directory; recording disabled
// ISDIR-NEXT: pid=
// ISDIR-NOT: sancov-dataflow
// RUN: not ls %t.missing
// RUN: sh -c 'env SANCOV_DATAFLOW_OUT=%t.missing/sub/trace.bin %t fail > /dev/null 2>&1; test $? -eq 7'

#include <stdio.h>
#include <unistd.h>

volatile int sink;
__attribute__((noinline)) int f(int x) { return x * 2; }

int main(int argc, char **argv) {
  (void)argv;
  printf("pid=%d\n", (int)getpid());
  sink = f(5);
  return argc > 1 ? 7 : 0;
}
