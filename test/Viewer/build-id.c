// A binary whose build ID differs from the traced program's would give
// wrong names: refused unless --ignore-build-id.
// RUN: %clang_noplugin -g -O0 -Wl,--build-id=0x1122334455667788 %s -o %t.exe
// RUN: %mktrace-build -o %t.mk
// RUN: echo "module main base=0 path=/bin/traced buildid=aabbccdd" | %t.mk -o %t.bin
// RUN: not %dataflow-view --binary %t.exe %t.bin 2>&1 | FileCheck %s
// RUN: %dataflow-view --binary %t.exe %t.bin --ignore-build-id 2>&1 | FileCheck %s --check-prefix=IGNORED
// RUN: echo "module main base=0 path=/bin/traced buildid=1122334455667788" | %t.mk -o %t.same.bin
// RUN: %dataflow-view --binary %t.exe %t.same.bin

// CHECK: dataflow-view: error: '{{.*}}' has build ID 1122334455667788, the traced program '/bin/traced' had aabbccdd: names and values would be wrong (--ignore-build-id to use it anyway)
// IGNORED: dataflow-view: warning: '{{.*}}' has build ID 1122334455667788, the traced program '/bin/traced' had aabbccdd: names and values would be wrong
int main(void) { return 0; }
