// The first callbacks can come before the runtime's own constructor ran:
// from the executable's .preinit_array, and from the constructor of a
// shared library the executable depends on (libraries initialise before
// the executable). Set-up happens on the first callback, and nothing is
// lost or reordered.
//
// RUN: %clang_noplugin -O1 -I%include %S/Inputs/dump-trace.c -o %t.dump
// no-entry-exit: the records this test counts and orders are the args and
// ret records alone, without the user-space default's entry-exit hooks.
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -O1 -shared -fPIC -DLIB %s -o %t.lib.so
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -O1 %s %t.lib.so %rtlib -rdynamic -o %t
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t
// RUN: %t.dump %t.bin | FileCheck %s
//
// CHECK: THREAD #0
// CHECK-NEXT: #0 ENTRY early idx=0 size=4 value=0x1
// CHECK-NEXT: #1 RET early size=4 value=0x2
// CHECK-NEXT: #2 RET preinit size=0 novalue
// CHECK-NEXT: #3 ENTRY lib_f idx=0 size=4 value=0x2
// CHECK-NEXT: #4 RET lib_f size=4 value=0x3
// CHECK-NEXT: #5 RET lib_ctor size=0 novalue
// CHECK-NEXT: #6 RET ctor size=0 novalue
// CHECK-NEXT: #7 ENTRY early idx=0 size=4 value=0x4
// CHECK-NEXT: #8 RET early size=4 value=0x5
// CHECK-NEXT: #9 RET main size=4 value=0x0
// CHECK-NEXT: END modules={{[0-9]+}} threads=1 records=10 dropped=0 seqgaps=0

volatile int sink;
#ifdef LIB
__attribute__((noinline)) int lib_f(int x) { return x + 1; }
__attribute__((constructor)) static void lib_ctor(void) { sink = lib_f(2); }
#else
__attribute__((noinline)) int early(int x) { return x + 1; }

static void preinit(void) { sink = early(1); }
__attribute__((section(".preinit_array"), used)) static void (*pi)(void) =
    preinit;

__attribute__((constructor)) static void ctor(void) { sink = 3; }

int main(void) {
  sink = early(4);
  return 0;
}
#endif
