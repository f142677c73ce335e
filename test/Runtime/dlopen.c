// Shared objects loaded with dlopen join the trace's module map (with their
// build-id), so their pcs can be symbolised: as soon as their code records
// (even if the program then dies without exit handlers), or at exit for an
// object whose code never ran. The executable exports the callbacks
// (-rdynamic) so that the object binds to the one runtime in the program.
//
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// RUN: %clang -g -O1 -shared -fPIC -DLIB %s -o %t.so
// RUN: %clang_noplugin -O1 -shared -fPIC -DLIB %s -o %t.quiet.so
// RUN: %clang -g -O1 %s %rtlib -rdynamic -ldl -o %t
//
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t %t.so %t.quiet.so
// RUN: %t.dump %t.bin | FileCheck %s --check-prefixes=CHECK,QUIET
// RUN: env SANCOV_DATAFLOW_OUT=%t.exit.bin not %t %t.so %t.quiet.so _exit
// RUN: %t.dump %t.exit.bin | FileCheck %s
//
// CHECK-DAG: MODULE main base=0x{{[0-9a-f]+}} size=0x{{[0-9a-f]+}} build_id={{[0-9a-f]+}} path={{.*}}dlopen.c.tmp{{$}}
// CHECK-DAG: MODULE dso base=0x{{[0-9a-f]+}} size=0x{{[0-9a-f]+}} build_id={{[0-9a-f]+}} path={{.*}}dlopen.c.tmp.so{{$}}
// QUIET-DAG: MODULE dso base=0x{{[0-9a-f]+}} size=0x{{[0-9a-f]+}} build_id={{[0-9a-f]+}} path={{.*}}dlopen.c.tmp.quiet.so{{$}}
// CHECK-DAG: ENTRY lib_add idx=0 size=4 value=0x28
// CHECK-DAG: ENTRY lib_add idx=1 size=4 value=0x2
// CHECK-DAG: RET lib_add size=4 value=0x2a
// CHECK: END

#ifdef LIB
volatile int lib_sink;
int lib_add(int a, int b) {
  lib_sink = a;
  return a + b;
}
#else
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
  void *h = dlopen(argv[1], RTLD_NOW);
  if (!h) {
    fprintf(stderr, "%s\n", dlerror());
    return 1;
  }
  int (*add)(int, int) = (int (*)(int, int))dlsym(h, "lib_add");
  printf("%d\n", add(40, 2));
  fflush(stdout);
  // Loaded after the last record: found by the scan at exit.
  if (!dlopen(argv[2], RTLD_NOW))
    return 1;
  if (argc > 3)
    _exit(3);
  return 0;
}
#endif
