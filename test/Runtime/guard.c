// The guard byte (abi.h) that `guard`-instrumented code tests at function
// entry: 1 while the runtime records, 0 when recording is off
// (SANCOV_DATAFLOW_OUT empty), could not start (no file, bad options) or
// stopped after an error; guarded code then skips its callbacks.
//
// RUN: %clang_noplugin -O1 -I%include %s %rtlib -o %t
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t | FileCheck %s --check-prefix=ON
// RUN: env SANCOV_DATAFLOW_OUT= %t | FileCheck %s --check-prefix=OFF
// RUN: env SANCOV_DATAFLOW_OUT=%t.missing/trace.bin %t 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin SANCOV_DATAFLOW_BUFFER=lots %t 2>&1 | FileCheck %s --check-prefix=OFF
// ON: guard at start: 1
// ON-NEXT: guard after recording: 1
// OFF: guard at start: 0
// OFF-NEXT: guard after recording: 0
//
// Recording stops when the trace file can no longer be extended (closed and
// deleted under the runtime): the guard drops to 0 with the error.
// RUN: env SANCOV_DATAFLOW_OUT=%t.gone.bin %t gone 2>&1 | FileCheck %s --check-prefix=STOP
// STOP: guard at start: 1
// STOP-NEXT: sancov-dataflow: the trace file descriptor was closed by the program and '{{.*}}' cannot be reopened; recording stopped
// STOP-NEXT: guard after recording: 0
// No thread had a chunk yet to count the losses in:
// STOP-NEXT: sancov-dataflow: 2000 records were lost and are not counted in the trace file (see the error above)
//
// Every archive defines the byte and exports it with the marker and the
// callbacks (-rdynamic); nothing internal is exported.
// RUN: %clang_noplugin -O1 -I%include %s %rtlib -rdynamic -o %t.dyn
// RUN: llvm-nm -D --defined-only %t.dyn | FileCheck %s --check-prefix=DYN --implicit-check-not=__scdf_rt
// DYN-DAG: B __sancov_dataflow_guard
// DYN-DAG: R __sancov_dataflow_abi_kcov_v2
// DYN-DAG: T __sanitizer_cov_trace_args
// DYN-DAG: T __sanitizer_cov_trace_ret
// DYN-DAG: T __sanitizer_cov_trace_pc_entry
// DYN-DAG: T __sanitizer_cov_trace_pc_exit

#include "sancov-dataflow/abi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int x = 1;
  printf("guard at start: %d\n", __sancov_dataflow_guard);
  fflush(stdout);
  if (argc > 1 && strcmp(argv[1], "gone") == 0) {
    unlink(getenv("SANCOV_DATAFLOW_OUT"));
    for (int fd = 3; fd < 1024; fd++)
      close(fd);
  }
  // More than the first region holds: the runtime needs file space.
  for (int i = 0; i < 2000; i++)
    __sanitizer_cov_trace_args(0x1000, 0, 4, &x, 0, 0);
  printf("guard after recording: %d\n", __sancov_dataflow_guard);
  fflush(stdout);
  return 0;
}
