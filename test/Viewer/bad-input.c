// Every input a user can get wrong gives one clear error and a nonzero
// exit status, never a crash.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: %clang_noplugin -O0 %s -o %t.nodebug
// RUN: %mktrace-build -o %t.mk
// RUN: echo "thread tid=1" | %t.mk -o %t.ok.bin

// RUN: not %dataflow-view --binary %t.exe %t.missing 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: dataflow-view: error: cannot open '{{.*}}.missing': No such file or directory

// RUN: rm -f %t.empty && touch %t.empty
// RUN: not %dataflow-view --binary %t.exe %t.empty 2>&1 | FileCheck %s --check-prefix=EMPTY
// EMPTY: dataflow-view: error: {{.*}}.empty: the file is empty: not a sancov-dataflow trace

// RUN: echo "hello, world" > %t.text
// RUN: not %dataflow-view --binary %t.exe %t.text 2>&1 | FileCheck %s --check-prefix=MAGIC
// MAGIC: dataflow-view: error: {{.*}}.text: not a sancov-dataflow trace: the file does not start with "SCDFTRC1" (for a raw kernel buffer pass --raw-format=v1|v2|v3)

// RUN: echo "header version=2" | %t.mk -o %t.v2.bin
// RUN: not %dataflow-view --binary %t.exe %t.v2.bin 2>&1 | FileCheck %s --check-prefix=VERSION
// VERSION: dataflow-view: error: {{.*}}: unsupported trace format version 2 (this dataflow-view reads version 1)

// RUN: echo "header hsize=24" | %t.mk -o %t.hsize.bin
// RUN: not %dataflow-view --binary %t.exe %t.hsize.bin 2>&1 | FileCheck %s --check-prefix=HSIZE
// HSIZE: dataflow-view: error: {{.*}}: corrupt trace header: header_size is 24 (expected 40 or more, a multiple of 8, within the file's 40 bytes)

// RUN: not %dataflow-view --binary %t.nodebug %t.ok.bin 2>&1 | FileCheck %s --check-prefix=NODEBUG
// NODEBUG: dataflow-view: error: '{{.*}}.nodebug' has no DWARF debug info (.debug_info); build it with -g

// RUN: not %dataflow-view --binary %t.text %t.ok.bin 2>&1 | FileCheck %s --check-prefix=NOTELF
// NOTELF: dataflow-view: error: cannot read '{{.*}}.text': The file was not recognized as a valid object file

// RUN: not %dataflow-view %t.ok.bin 2>&1 | FileCheck %s --check-prefix=NOBIN
// NOBIN: dataflow-view: error: give exactly one of --binary PROGRAM (user space) and --vmlinux VMLINUX (kernel)

// RUN: echo "header kernel" | %t.mk -o %t.kernel.bin
// RUN: not %dataflow-view --binary %t.exe %t.kernel.bin 2>&1 | FileCheck %s --check-prefix=KERNEL
// KERNEL: dataflow-view: error: {{.*}}.kernel.bin is a kernel trace: use --vmlinux VMLINUX

// RUN: not %dataflow-view --binary %t.exe --filter '(' %t.ok.bin 2>&1 | FileCheck %s --check-prefix=REGEX
// REGEX: dataflow-view: error: --filter '(' is not a valid regex: {{.+}}

// RUN: not %dataflow-view --binary %t.exe --raw-format=v4 %t.ok.bin 2>&1 | FileCheck %s --check-prefix=RAW
// RAW: dataflow-view: error: --raw-format must be v1, v2 or v3, not 'v4'

// An empty trace is not an error.
// RUN: %dataflow-view --binary %t.exe %t.ok.bin 2>&1 | FileCheck %s --check-prefix=NORECORDS
// NORECORDS: dataflow-view: note: {{.*}}.ok.bin holds no records

int main(void) { return 0; }
