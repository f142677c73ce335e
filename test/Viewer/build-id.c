// A binary whose build ID differs from the traced program's would give
// wrong names: refused unless --force (or its old name --ignore-build-id).
// RUN: %clang_noplugin -g -O0 -Wl,--build-id=0x1122334455667788 %s -o %t.exe
// RUN: %mktrace-build -o %t.mk
// RUN: echo "module main base=0 path=/bin/traced buildid=aabbccdd" | %t.mk -o %t.bin
// RUN: not %dataflow-view --binary %t.exe %t.bin 2>&1 | FileCheck %s
// RUN: %dataflow-view --binary %t.exe %t.bin --force 2>&1 | FileCheck %s --check-prefix=IGNORED
// RUN: %dataflow-view --binary %t.exe %t.bin --ignore-build-id 2>&1 | FileCheck %s --check-prefix=IGNORED
// RUN: echo "module main base=0 path=/bin/traced buildid=1122334455667788" | %t.mk -o %t.same.bin
// RUN: %dataflow-view --binary %t.exe %t.same.bin 2>&1 | FileCheck %s --check-prefix=SAME --implicit-check-not=warning

// A binary without a build ID cannot be checked: said, not refused.
// RUN: %clang_noplugin -g -O0 -Wl,--build-id=none %s -o %t.noid.exe
// RUN: %dataflow-view --binary %t.noid.exe %t.bin 2>&1 | FileCheck %s --check-prefix=NOID

// CHECK: dataflow-view: error: '{{.*}}' has build ID 1122334455667788, the traced program '/bin/traced' had aabbccdd: names and values would be wrong (--force to use it anyway)
// IGNORED: dataflow-view: warning: '{{.*}}' has build ID 1122334455667788, the traced program '/bin/traced' had aabbccdd: names and values would be wrong
// IGNORED-NOT: error
// SAME: dataflow-view: note: {{.*}}.same.bin holds no records
// NOID: dataflow-view: warning: '{{.*}}.noid.exe' has no build ID: cannot check that it is the traced program '/bin/traced' (build ID aabbccdd)
int main(void) { return 0; }
