// A pc that is no function entry in the binary is printed in hex and
// marked <unknown>, with raw values; a warning suggests a wrong binary.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -o %t.bin
// RUN: %dataflow-view --binary %t.exe %t.bin > %t.out 2> %t.err
// RUN: FileCheck %s --input-file=%t.out --match-full-lines
// RUN: FileCheck %s --input-file=%t.err --check-prefix=ERR

// TRACE: thread tid=1
// TRACE: entry pc=0x12345 idx=0 size=4 vals=42
// TRACE: entry pc=0x12345 idx=1 size=8 ptr=0x10 vals=1,2
// TRACE: ret pc=0x12345 size=4 vals=0xbadadd85

// CHECK: 0x12345 <unknown>(arg0=0x2a, arg1={0x1, 0x2}) -> <fault>
// ERR: dataflow-view: warning: 3 of 3 records have a pc that is no function entry in {{.*}} (shown as <unknown>); is it the traced program?

int main(void) { return 0; }
