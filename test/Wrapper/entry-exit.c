// LLVM 23's -fsanitize-coverage=trace-pc-entry-exit, which clang 22
// rejects: the wrapper turns it into the plugin's entry-exit, alone or next
// to KCOV's own trace-pc (which runs after the plugin, so its entry-block
// call comes right before the entry hook, where LLVM 23 has the hook
// instead: docs/ABI.md) and the RFC's dataflow flags.
//
// RUN: %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -g -O2 -fsanitize-coverage=trace-pc-entry-exit -S -emit-llvm %s -o - | FileCheck %s --check-prefixes=HOOKS,NOPC,NODF
// RUN: %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -g -O2 -fsanitize-coverage=trace-pc,trace-pc-entry-exit -S -emit-llvm %s -o - | FileCheck %s --check-prefixes=HOOKS,PC,NODF
// RUN: %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -g -O2 -fsanitize-coverage=trace-pc-entry-exit,trace-args -S -emit-llvm %s -o - | FileCheck %s --check-prefixes=HOOKS,ARGS
// RUN: not %clang_noplugin -fsanitize-coverage=trace-pc-entry-exit -c -x c /dev/null -o %t.o
// REQUIRES: x86-registered-target

// HOOKS-LABEL: define {{.*}} @pick(
// PC: call void @__sanitizer_cov_trace_pc()
// HOOKS: call void @__sanitizer_cov_trace_pc_entry()
// NOPC-NOT: call void @__sanitizer_cov_trace_pc()
// ARGS: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @pick to i64), i32 0
// NODF-NOT: call void @__sanitizer_cov_trace_args(
// PC: call void @__sanitizer_cov_trace_pc()
// HOOKS: call void @__sanitizer_cov_trace_pc_exit()
// HOOKS-NEXT: ret i32
__attribute__((noinline)) int slow(int v) { return v * v; }
int pick(int v) {
  if (v > 3)
    return slow(v) + 1;
  return v;
}
