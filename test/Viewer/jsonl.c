// --format=jsonl writes one JSON object per call when it ends (callees
// first), with names, texts and raw words; every line parses as JSON.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin --format=jsonl > %t.jsonl
// RUN: %python -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" %t.jsonl
// RUN: FileCheck %s --input-file=%t.jsonl

// TRACE: thread tid=5
// TRACE: entry pc=outer idx=0 size=8 ptr=0x4000 vals=42,fault
// TRACE: entry pc=inner idx=0 size=1 vals=1
// TRACE: ret pc=inner size=0
// TRACE: ret pc=outer size=4 vals=0xffffffff

// CHECK: {"tid":5,"seq":1,"depth":1,"pc":"0x{{[0-9a-f]+}}","function":"inner","file":"{{.*}}jsonl.c","line":[[@LINE+5]],"status":"returned","args":[{"index":0,"name":"b","size":1,"ptr":"0x0","text":"true","values":[{"name":"#0","raw":"0x1","text":"true"}]}],"return":null}
// CHECK-NEXT: {"tid":5,"seq":0,"depth":0,"pc":"0x{{[0-9a-f]+}}","function":"outer","file":"{{.*}}jsonl.c","line":[[@LINE+5]],"status":"returned","args":[{"index":0,"name":"p","size":8,"ptr":"0x4000","text":"0x4000 {pid=42, name=<fault>}","values":[{"name":"pid","raw":"0x2a","text":"42"},{"name":"name","raw":"0xbadadd85","text":"<fault>"}]}],"return":{"size":4,"ptr":"0x0","text":"-1","values":[{"name":"#0","raw":"0xffffffff","text":"-1"}]}}

#include <stdbool.h>
struct task { int pid; const char *name; };
void inner(bool b) {}
int outer(struct task *p) { return -1; }
int main(void) { return 0; }
