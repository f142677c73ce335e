// SANCOV_DATAFLOW_CMP=1 adds trace-cmp to every compile that gets the
// plugin: next to KCOV's own flag, or, where no coverage flag is left
// (the RFC's flags alone), as func,trace-pc,trace-cmp, since trace-cmp
// needs a coverage type and the empty allowlist would switch it off.
// Compiles without the plugin stay untouched.
//
// RUN: env SANCOV_DATAFLOW_CMP=1 SANCOV_DATAFLOW_CC_VERBOSE=1 %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -g -O2 -fsanitize-coverage=trace-pc -S -emit-llvm %s -o %t.kcov.ll 2> %t.kcov.cmd
// RUN: FileCheck %s --check-prefix=KCOV-CMD < %t.kcov.cmd
// RUN: FileCheck %s --check-prefix=IR < %t.kcov.ll
// KCOV-CMD: clang{{[^ ]*}} -fpass-plugin={{[^ ]*}}SanCovDataflow.so -fsanitize-coverage=trace-cmp --target=x86_64-linux-gnu {{.*}}-fsanitize-coverage=trace-pc -S
//
// RUN: env SANCOV_DATAFLOW_CMP=1 SANCOV_DATAFLOW_CC_VERBOSE=1 %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -g -O2 -fsanitize-coverage=trace-args,trace-ret -S -emit-llvm %s -o %t.rfc.ll 2> %t.rfc.cmd
// RUN: FileCheck %s --check-prefix=RFC-CMD --implicit-check-not=allowlist < %t.rfc.cmd
// RUN: FileCheck %s --check-prefix=IR < %t.rfc.ll
// RUN: grep -c 'call void @__sanitizer_cov_trace_pc()' %t.rfc.ll | FileCheck %s --check-prefix=ONE-PC
// ONE-PC: {{^}}1{{$}}
// RFC-CMD: -fpass-plugin={{[^ ]*}}SanCovDataflow.so -mllvm -sancov-dataflow=args;ret;no-entry-exit -fsanitize-coverage=func,trace-pc,trace-cmp --target
//
// Not instrumented: nothing added.
// RUN: env SANCOV_DATAFLOW_CMP=1 SANCOV_DATAFLOW_CC_VERBOSE=1 %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -O2 -S -emit-llvm %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=PLAIN
// PLAIN-NOT: -fsanitize-coverage
// PLAIN-NOT: -fpass-plugin
//
// 0 is off; anything else is an error.
// RUN: env SANCOV_DATAFLOW_CMP=0 SANCOV_DATAFLOW_CC_VERBOSE=1 %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -fsanitize-coverage=trace-pc -S -emit-llvm %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=OFF
// OFF-NOT: trace-cmp
// RUN: env SANCOV_DATAFLOW_CMP=yes not %sancov-dataflow-cc %clang_noplugin -fsanitize-coverage=trace-pc -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: sancov-dataflow-cc: invalid SANCOV_DATAFLOW_CMP='yes': expected 1 (add -fsanitize-coverage=trace-cmp) or 0
// REQUIRES: x86-registered-target

#if __has_feature(coverage_sanitizer)
int coverage_feature_on;
#endif
// IR: @coverage_feature_on

// The constant first, the switch's cases in a table; KCOV's trace-pc where
// KCOV asked for it, else once per function (func, ONE-PC above).
// IR-LABEL: define {{.*}} @pick(
// IR: call void @__sanitizer_cov_trace_pc()
// IR: call void @__sanitizer_cov_trace_args(
// IR: call void @__sanitizer_cov_trace_const_cmp4(i32 7, i32 %
// IR: call void @__sanitizer_cov_trace_switch(i64 %
// IR: call void @__sanitizer_cov_trace_ret(
// IR: ret
int pick(int v, int w) {
  if (v == 7)
    return w;
  switch (w) {
  case 1:
    return v + 3;
  case 9:
    return v * 5;
  case 20:
    return v - 1;
  }
  return 0;
}

// noinstr keeps its attribute: no callback of any kind.
// IR: define {{.*}} @noinstr_like({{.*}} #[[ATTR:[0-9]+]]
// IR-NOT: call void @__sanitizer_cov
// IR: ret
// IR: attributes #[[ATTR]] = {{{.*}}nosanitize_coverage
__attribute__((no_sanitize("coverage"))) int noinstr_like(int v) {
  return v == 3;
}
