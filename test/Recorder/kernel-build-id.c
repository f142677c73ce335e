// dataflow-trace records the running kernel's build ID (the GNU note in
// /sys/kernel/notes) in the trace's vmlinux module, so dataflow-view
// refuses a vmlinux of another kernel. This program stands in for that
// wrong vmlinux (and for the traced command).
// REQUIRES: kernel-notes
// RUN: %clang_noplugin -g -O0 -Wl,--build-id=0x1122334455667788 %s -o %t.vmlinux
// RUN: %fake-kcov-build -o %t.fake-kcov.so
// RUN: rm -f %t.dev && truncate -s 128 %t.dev
// RUN: env FAKE_KCOV_DEVICE=%t.dev LD_PRELOAD=%t.fake-kcov.so %dataflow-trace --device %t.dev --size 16 -o %t.trace -- %t.vmlinux 2> %t.rec.err
// RUN: FileCheck %s --check-prefix=RECORDER --input-file=%t.rec.err
// RUN: %python %S/Inputs/notes-build-id.py > %t.id
// RUN: not %dataflow-view --vmlinux %t.vmlinux %t.trace 2> %t.err
// RUN: cat %t.id %t.err | FileCheck %s
// RECORDER-NOT: warning
// RECORDER: dataflow-trace: 0 record words written to {{.*}}.trace{{$}}
// CHECK: [[ID:[0-9a-f]+]]
// CHECK-NEXT: dataflow-view: error: '{{.*}}.vmlinux' has build ID 1122334455667788, the traced kernel had [[ID]]: names and values would be wrong (--force to use it anyway)
int main(void) { return 0; }
