// On a stock kernel the wrapper adds the plugin only where KCOV already
// instruments (-fsanitize-coverage= present) and passes everything else
// through untouched.
//
// RUN: %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -g -O2 -fsanitize-coverage=trace-pc -S -emit-llvm %s -o - | FileCheck %s --check-prefix=KCOV
// RUN: %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -g -O2 -S -emit-llvm %s -o - | FileCheck %s --check-prefix=PLAIN
// Preprocessing only: nothing added (clang would warn about an unused
// -fpass-plugin).
// RUN: env SANCOV_DATAFLOW_CC_VERBOSE=1 %sancov-dataflow-cc %clang_noplugin -fsanitize-coverage=trace-pc -E %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=PREPROCESS
// REQUIRES: x86-registered-target

// KCOV-LABEL: define {{.*}} @count(
// KCOV: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @count to i64), i32 0, i32 4,
// KCOV: call void @__sanitizer_cov_trace_pc()
// KCOV: call void @__sanitizer_cov_trace_ret(
// PLAIN-NOT: __sanitizer_cov
// PREPROCESS-NOT: -fpass-plugin
int count(int n) {
  int s = 0;
  for (int i = 0; i < n; ++i)
    s += i;
  return s;
}

// noinstr keeps working: the file has a coverage flag, so clang gives the
// function nosanitize_coverage and the plugin skips it.
// KCOV-LABEL: define {{.*}} @entry_like(
// KCOV-NOT: call void @__sanitizer_cov
// KCOV: ret
__attribute__((no_sanitize("coverage"))) int entry_like(int v) { return v; }
