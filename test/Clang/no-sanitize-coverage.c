// The kernel's noinstr is __no_sanitize_coverage, which becomes the IR
// attribute nosanitize_coverage when the file is compiled with
// -fsanitize-coverage= (as every KCOV-instrumented kernel file is).
//
// RUN: %clang --target=x86_64-linux-gnu -g -O2 -fsanitize-coverage=trace-pc -S -emit-llvm %s -o - | FileCheck %s
// REQUIRES: x86-registered-target

// CHECK-LABEL: define {{.*}} @traced(
// CHECK: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @traced to i64), i32 0, i32 4,
int traced(int v) { return v + 1; }

// CHECK-LABEL: define {{.*}} @noinstr_like(
// CHECK-NOT: call void @__sanitizer_cov_trace_args
// CHECK-NOT: call void @__sanitizer_cov_trace_ret
// CHECK: ret
__attribute__((no_sanitize("coverage"))) int noinstr_like(int v) {
  return v + 2;
}
