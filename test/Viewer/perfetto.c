// --format=perfetto writes Chrome trace-event JSON: one B/E pair per call
// on its thread, arguments as slice args, strictly increasing timestamps
// per thread (the sequence number is the time axis).
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --format=perfetto > %t.json
// RUN: %python %s.py %t.json | FileCheck %s

// TRACE: header pid=99
// TRACE: thread tid=5
// TRACE: entry pc=outer idx=0 size=4 vals=7
// TRACE: entry pc=inner idx=0 size=4 vals=8
// TRACE: ret pc=outer size=4 vals=1
// TRACE: thread tid=6
// TRACE: entry pc=inner idx=0 size=4 vals=9
// TRACE: ret pc=inner size=4 vals=10

// CHECK: B 5 outer {'x': '7', 'pc': '0x{{[0-9a-f]+}}', 'location': '{{.*}}perfetto.c:[[@LINE+7]]'}
// CHECK: B 5 inner {'y': '8',
// CHECK: E 5 {'status': 'unfinished'}
// CHECK: E 5 {'return': '1'}
// CHECK: B 6 inner {'y': '9',
// CHECK: E 6 {'return': '10'}
// CHECK: balanced 99
int outer(int x) { return 1; }
int inner(int y) { return y + 1; }
int main(void) { return 0; }
