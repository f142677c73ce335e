// jsonl names the shared object a function was loaded from (its path as
// the trace recorded it, the "module" key); functions of the main
// executable have no "module" key.
// RUN: %clang_noplugin -g -O0 -shared -fPIC -DLIB %s -o %t.so
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: llvm-nm %t.so > %t.so.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | sed 's|@SO@|%t.so|' | %t.mk -s %t.syms -s %t.so.syms -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --format=jsonl | FileCheck %s -DSO=%t.so

// TRACE: module main base=0 path=/bin/app
// TRACE: module base=0x7f0000000000 path=@SO@
// TRACE: thread tid=1
// TRACE: bias 0x7f0000000000
// TRACE: entry pc=lib_add idx=0 size=4 vals=40
// TRACE: entry pc=lib_add idx=1 size=4 vals=2
// TRACE: ret pc=lib_add size=4 vals=42
// TRACE: bias 0
// TRACE: entry pc=app_call idx=0 size=4 vals=1
// TRACE: ret pc=app_call size=4 vals=0

// CHECK: {"tid":1,"seq":0,"depth":0,"pc":"0x7f{{[0-9a-f]+}}","function":"lib_add","file":"{{.*}}dso-module.c","line":[[#]],"module":"[[SO]]","status":"returned",
// CHECK-NEXT: {"tid":1,"seq":3,"depth":0,"pc":"0x{{[0-9a-f]+}}","function":"app_call","file":"{{.*}}dso-module.c","line":[[#]],"status":"returned",

#ifdef LIB
int lib_add(int a, int b) { return a + b; }
#else
int app_call(int x) { return 0; }
int main(void) { return app_call(1); }
#endif
