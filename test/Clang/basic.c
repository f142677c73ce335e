// clang-22 -fpass-plugin instruments C at every -O level, once.
//
// RUN: %clang --target=x86_64-linux-gnu -g -O0 -S -emit-llvm %s -o - | FileCheck %s --check-prefixes=CHECK
// RUN: %clang --target=x86_64-linux-gnu -g -O2 -S -emit-llvm %s -o - | FileCheck %s --check-prefixes=CHECK
// RUN: %clang --target=x86_64-linux-gnu -g -O1 -flto=thin -c %s -o %t.bc
// RUN: llvm-dis %t.bc -o - | FileCheck %s --check-prefixes=CHECK
// REQUIRES: x86-registered-target

struct point {
  int x;
  int y;
};

// CHECK-LABEL: define {{.*}}i32 @get_x(
// CHECK: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @get_x to i64), i32 0, i32 8, ptr %{{.*}}, ptr @__sancov_dataflow_fields.point, i32 2)
// CHECK-NOT: call void @__sanitizer_cov_trace_args
// CHECK: call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @get_x to i64), i32 4, ptr %{{.*}}, ptr null, i32 0)
int get_x(struct point *p) { return p->x; }

// clang only gives no_sanitize("coverage") functions the IR attribute when
// coverage instrumentation is on (see no-sanitize-coverage.c);
// disable_sanitizer_instrumentation always works.
// CHECK-LABEL: define {{.*}} @not_traced(
// CHECK-NOT: __sanitizer_cov_trace
// CHECK: ret
__attribute__((disable_sanitizer_instrumentation)) int not_traced(int v) {
  return v;
}

// CHECK: @__sanitizer_cov_trace_args(i64, i32, i32, ptr, ptr, i32)
// CHECK: !"sancov-dataflow", i32 1}
