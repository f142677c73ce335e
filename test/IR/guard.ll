; guard: the guard byte is loaded once, where the entry records go; every
; group of records (entry hook and args, each ret record and exit hook),
; ABI A's stores included, runs only while it was set.
;
; RUN: %opt -passes='sancov-dataflow<guard;entry-exit>' -S %s | FileCheck %s --check-prefixes=CHECK,A
; RUN: %opt -passes='sancov-dataflow<guard;entry-exit;abi=value>' -S %s | FileCheck %s --check-prefixes=CHECK,C

; Without PIC (the kernel) the guard is dso_local: a direct load, never a
; GOT load (the kernel's relocs tool refuses GOTPCRELX); guard-pic.ll has
; the user-space side.
; CHECK: @__sancov_dataflow_guard = external dso_local global i8

; int pick(int x) { if (x) return 1; return 2; }
; CHECK-LABEL: define i32 @pick(
; CHECK-NEXT: entry:
; A-NEXT: [[SLOT:%.*]] = alloca [4 x i8]
; CHECK-NEXT: [[G:%.*]] = load i8, ptr @__sancov_dataflow_guard, align 1, !nosanitize
; CHECK-NEXT: [[ON:%.*]] = icmp ne i8 [[G]], 0
; CHECK-NEXT: br i1 [[ON]], label %sancov_dataflow.on, label %entry.cont, !prof [[COLD:![0-9]+]]
; CHECK: sancov_dataflow.on:
; CHECK-NEXT: call void @__sanitizer_cov_trace_pc_entry()
; A-NEXT: store i32 %x, ptr [[SLOT]]
; C-NEXT: zext i32 %x to i64
; CHECK-NEXT: call void @__sanitizer_cov_trace_args(
; CHECK-NEXT: br label %entry.cont
; CHECK: entry.cont:
; CHECK-NEXT: %c = icmp eq i32 %x, 0
; CHECK: one:
; CHECK-NEXT: br i1 [[ON]], label %[[ON1:[a-z_.0-9]+]], label %[[ONE:[a-z.]+]], !prof [[COLD]]
; CHECK: [[ON1]]:
; A-NEXT: store i32 1, ptr [[SLOT]]
; CHECK-NEXT: call void @__sanitizer_cov_trace_ret(
; CHECK-NEXT: call void @__sanitizer_cov_trace_pc_exit()
; CHECK-NEXT: br label %[[ONE]]
; CHECK: [[ONE]]:
; CHECK-NEXT: ret i32 1
; CHECK: two:
; CHECK-NEXT: br i1 [[ON]],
; CHECK: ret i32 2
; CHECK: [[COLD]] = !{!"branch_weights", i32 1, i32 1000}
define i32 @pick(i32 %x) {
entry:
  %c = icmp eq i32 %x, 0
  br i1 %c, label %two, label %one
one:
  ret i32 1
two:
  ret i32 2
}
