// --syscall NAME keeps the subtrees of the outermost syscall entry function
// of NAME (__x64_sys_NAME, with __se_sys_NAME and __do_sys_NAME nested in
// it); --depth then counts from that entry; several may be given. summary
// lists the syscalls with how often each was made. A NAME the trace never
// enters is an error that lists what it has; --syscall needs a kernel trace.
// RUN: %clang_noplugin -g -O0 -fno-pie -no-pie %s -o %t.vmlinux
// RUN: llvm-nm %t.vmlinux > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --vmlinux %t.vmlinux %t.bin --locations=false --syscall openat | FileCheck %s --match-full-lines
// RUN: %dataflow-view --vmlinux %t.vmlinux %t.bin --locations=false --syscall openat --depth 1 | FileCheck %s --check-prefix=DEPTH --match-full-lines
// RUN: %dataflow-view --vmlinux %t.vmlinux %t.bin --locations=false --syscall close --syscall openat --depth 0 | FileCheck %s --check-prefix=TWO --match-full-lines
// RUN: %dataflow-view summary --vmlinux %t.vmlinux %t.bin | FileCheck %s --check-prefix=SUMMARY --match-full-lines
// RUN: %dataflow-view summary --vmlinux %t.vmlinux %t.bin --format=jsonl | FileCheck %s --check-prefix=SUMMARY-JSONL
// RUN: not %dataflow-view --vmlinux %t.vmlinux %t.bin --locations=false --syscall read --syscall openat > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=MISSING --input-file=%t.err
// RUN: FileCheck %s --check-prefix=CHECK --input-file=%t.out --match-full-lines
// RUN: not %dataflow-view --binary %t.vmlinux %t.bin --syscall openat 2>&1 | FileCheck %s --check-prefix=USER

// TRACE: header kernel pid=77
// TRACE: module main path=vmlinux
// TRACE: thread tid=77
// TRACE: entry pc=schedule_tail idx=0 size=8 vals=1
// TRACE: ret pc=schedule_tail size=0
// TRACE: entry pc=__x64_sys_openat idx=0 size=8 vals=0xffffc90000001f58
// TRACE: entry pc=__se_sys_openat idx=0 size=8 vals=-100
// TRACE: entry pc=__se_sys_openat idx=1 size=8 vals=0x1000
// TRACE: entry pc=__do_sys_openat idx=0 size=4 vals=-100
// TRACE: entry pc=__do_sys_openat idx=1 size=8 vals=0x1000
// TRACE: entry pc=do_sys_open idx=0 size=4 vals=-100
// TRACE: ret pc=do_sys_open size=4 vals=3
// TRACE: ret pc=__do_sys_openat size=8 vals=3
// TRACE: ret pc=__se_sys_openat size=8 vals=3
// TRACE: ret pc=__x64_sys_openat size=8 vals=3
// TRACE: entry pc=__x64_sys_close idx=0 size=8 vals=0xffffc90000001f58
// TRACE: ret pc=__x64_sys_close size=8 vals=0
// TRACE: entry pc=__x64_sys_openat idx=0 size=8 vals=0xffffc90000001f58
// TRACE: ret pc=__x64_sys_openat size=8 vals=-2

// CHECK:      == thread 77 ==
// CHECK-NEXT: __x64_sys_openat(regs=18446683600570031960 (0xffffc90000001f58)) {
// CHECK-NEXT:   __se_sys_openat(dfd=-100, filename=4096) {
// CHECK-NEXT:     __do_sys_openat(dfd=-100, filename=4096) {
// CHECK-NEXT:       do_sys_open(dfd=-100) -> 3
// CHECK-NEXT:     } -> 3  // __do_sys_openat
// CHECK-NEXT:   } -> 3  // __se_sys_openat
// CHECK-NEXT: } -> 3  // __x64_sys_openat
// CHECK-NEXT: __x64_sys_openat(regs=18446683600570031960 (0xffffc90000001f58)) -> -2
// CHECK-EMPTY:

// DEPTH:      == thread 77 ==
// DEPTH-NEXT: __x64_sys_openat(regs=18446683600570031960 (0xffffc90000001f58)) {
// DEPTH-NEXT:   __se_sys_openat(dfd=-100, filename=4096) -> 3
// DEPTH-NEXT: } -> 3  // __x64_sys_openat
// DEPTH-NEXT: __x64_sys_openat(regs=18446683600570031960 (0xffffc90000001f58)) -> -2
// DEPTH-EMPTY:

// TWO:      == thread 77 ==
// TWO-NEXT: __x64_sys_openat(regs=18446683600570031960 (0xffffc90000001f58)) -> 3
// TWO-NEXT: __x64_sys_close(regs=18446683600570031960 (0xffffc90000001f58)) -> 0
// TWO-NEXT: __x64_sys_openat(regs=18446683600570031960 (0xffffc90000001f58)) -> -2
// TWO-EMPTY:

// SUMMARY:      == syscalls ==
// SUMMARY-NEXT: close: 1 call
// SUMMARY-NEXT: openat: 2 calls
// SUMMARY-NEXT: == functions ==

// SUMMARY-JSONL: {"syscall":"close","calls":1}
// SUMMARY-JSONL: {"syscall":"openat","calls":2}

// MISSING: dataflow-view: error: --syscall read: the trace has no call of its entry function (__x64_sys_read, __arm64_sys_read, ...); it has close (1), openat (2)

// USER: dataflow-view: error: --syscall needs --vmlinux (kernel traces)

void schedule_tail(long prev) {}
int do_sys_open(int dfd) { return 3; }
long __do_sys_openat(int dfd, long filename) { return do_sys_open(dfd); }
long __se_sys_openat(long dfd, long filename) {
  return __do_sys_openat(dfd, filename);
}
long __x64_sys_openat(unsigned long regs) { return __se_sys_openat(-100, 0); }
long __x64_sys_close(unsigned long regs) { return 0; }
int main(void) { return 0; }
