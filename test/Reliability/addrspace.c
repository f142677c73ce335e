// Pointers in a non-default address space (x86 __seg_gs / __seg_fs,
// address_space(N)) reach the callbacks, whose pointer operands are generic
// (address space 0), as their bits: the callback cannot read through them,
// so a pointer to a struct gets no field table either. Found by the random
// signature probes (docs/RELIABILITY.md, "Found"): the plugin passed the
// `ptr addrspace(256)` itself and the verifier rejected the module.
//
// REQUIRES: x86-registered-target
// RUN: %clang --target=x86_64-linux-gnu -g -O0 -fverify-intermediate-code -S -emit-llvm %s -o /dev/null
// RUN: %clang --target=x86_64-linux-gnu -O2 -fverify-intermediate-code -S -emit-llvm %s -o /dev/null
// RUN: %clang --target=x86_64-linux-gnu -g -O2 -fverify-intermediate-code -S -emit-llvm %s -o - | FileCheck %s
// RUN: %clang --target=x86_64-linux-gnu -g -O2 -c %s -o /dev/null

// CHECK-LABEL: define {{.*}} @get(ptr addrspace(256)
// CHECK: [[GBITS:%.*]] = ptrtoint ptr addrspace(256) %0 to i64
// CHECK-NEXT: [[GPTR:%.*]] = inttoptr i64 [[GBITS]] to ptr
// CHECK-NEXT: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @get to i64), i32 0, i32 8, ptr [[GPTR]], ptr null, i32 0)
int get(int __seg_gs *p) { return *p; }

struct pair { long a, b; };
// CHECK-LABEL: define {{.*}} @first(ptr addrspace(257)
// CHECK: [[FBITS:%.*]] = ptrtoint ptr addrspace(257) %0 to i64
// CHECK-NEXT: [[FPTR:%.*]] = inttoptr i64 [[FBITS]] to ptr
// CHECK-NEXT: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @first to i64), i32 0, i32 8, ptr [[FPTR]], ptr null, i32 0)
long first(struct pair __seg_fs *p) { return p->a; }

// CHECK-LABEL: define {{.*}} @next(ptr addrspace(1)
// CHECK: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @next to i64), i32 0, i32 8, ptr {{%.*}}, ptr null, i32 0)
// CHECK: [[NEXT:%.*]] = getelementptr inbounds nuw i8, ptr addrspace(1) %0, i64 4
// CHECK-NEXT: [[NBITS:%.*]] = ptrtoint ptr addrspace(1) [[NEXT]] to i64
// CHECK-NEXT: [[NPTR:%.*]] = inttoptr i64 [[NBITS]] to ptr
// CHECK-NEXT: call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @next to i64), i32 8, ptr [[NPTR]], ptr null, i32 0)
int __attribute__((address_space(1))) *next(int __attribute__((address_space(1))) *p) {
  return p + 1;
}
