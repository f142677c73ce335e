// The RFC kernel passes -fsanitize-coverage=dataflow-args,dataflow-ret
// (or trace-args,trace-ret), which stock clang rejects: the wrapper turns
// them into plugin options, with only the callbacks configured.
//
// RUN: %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -g -O2 -fsanitize-coverage=dataflow-args,dataflow-ret -S -emit-llvm %s -o - | FileCheck %s --check-prefixes=BOTH,ARGS,RET,NOPC,FEATURE
// RUN: %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -g -O2 -fsanitize-coverage=trace-args -S -emit-llvm %s -o - | FileCheck %s --check-prefixes=ARGS,NORET,NOPC,FEATURE
// RUN: %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -g -O2 -fsanitize-coverage=dataflow-ret -S -emit-llvm %s -o - | FileCheck %s --check-prefixes=NOARGS,RET,NOPC,FEATURE
// Mixed with KCOV's own mode: trace-pc stays.
// RUN: %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -g -O2 -fsanitize-coverage=trace-pc,trace-ret -S -emit-llvm %s -o - | FileCheck %s --check-prefixes=NOARGS,RET,PC,FEATURE
//
// The Kconfig cc-option probe succeeds with stock clang.
// RUN: %sancov-dataflow-cc %clang_noplugin -Werror -fsanitize-coverage=trace-args -c -x c /dev/null -o %t.o
// RUN: not %clang_noplugin -Werror -fsanitize-coverage=trace-args -c -x c /dev/null -o %t.o
// REQUIRES: x86-registered-target

#if __has_feature(coverage_sanitizer)
int coverage_feature_on;
#endif
// FEATURE: @coverage_feature_on

// BOTH-LABEL: define {{.*}} @twice(
// ARGS: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @twice to i64), i32 0
// NOARGS-NOT: call void @__sanitizer_cov_trace_args(
// NOPC-NOT: call void @__sanitizer_cov_trace_pc(
// PC: call void @__sanitizer_cov_trace_pc(
// RET: call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @twice to i64), i32 4
// NORET-NOT: call void @__sanitizer_cov_trace_ret(
int twice(int v) { return 2 * v; }

// noinstr keeps its attribute although no coverage flag remains.
// FEATURE: define {{.*}} @noinstr_like({{.*}} #[[ATTR:[0-9]+]]
// FEATURE-NOT: call void @__sanitizer_cov
// FEATURE: attributes #[[ATTR]] = {{{.*}}nosanitize_coverage
__attribute__((no_sanitize("coverage"))) int noinstr_like(int v) {
  return v + 1;
}

// NOARGS-NOT: declare {{.*}} @__sanitizer_cov_trace_args(
// NORET-NOT: declare {{.*}} @__sanitizer_cov_trace_ret(
