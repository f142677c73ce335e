// Garbage where a record header should be is reported with its offset and
// skipped one word at a time, as the kernel's uapi suggests; records after
// it are still decoded. A header whose value count runs past the chunk is
// reported as truncated.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: not %dataflow-view --binary %t.exe %t.bin --locations=false > %t.out 2> %t.err
// RUN: FileCheck %s --input-file=%t.out --match-full-lines
// RUN: FileCheck %s --input-file=%t.err --check-prefix=ERR

// TRACE: thread tid=1
// TRACE: entry pc=f idx=0 size=4 vals=1
// TRACE: ret pc=f size=4 vals=2
// TRACE: word 0x1234
// TRACE: word 0x0000000a0f000000
// TRACE: entry pc=f idx=0 size=4 vals=3
// TRACE: ret pc=f size=4 vals=4
// TRACE: entry pc=f idx=0 size=4 nvals=9 vals=5

// CHECK:      f(x=1) -> 2
// CHECK-NEXT: f(x=3) -> 4
// CHECK-EMPTY:

// ERR:      error: {{.*}}: offset 0x98: corrupt record header 0x1234 (not a framed ENTRY/RET/CMP/REMOTE/PC_ENTRY/PC_EXIT/PC_RESUME header); skipping one word to resync
// ERR-NEXT: error: {{.*}}: offset 0xa0: corrupt record header 0xa0f000000 (not a framed ENTRY/RET/CMP/REMOTE/PC_ENTRY/PC_EXIT/PC_RESUME header); skipping one word to resync
// ERR-NEXT: error: {{.*}}: offset 0xe8: truncated record: ENTRY header says 12 words, only 4 are left in thread 1's chunk

int f(int x) { return x + 1; }
int main(void) { return 0; }
