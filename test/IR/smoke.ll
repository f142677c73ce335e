; The plugin loads into opt and instruments a function without debug info.
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; int add(int a, int b);
define i32 @add(i32 %a, i32 %b) {
; CHECK-LABEL: define i32 @add(
; CHECK: store i32 %a, ptr %[[SLOT:.*]], align 4
; CHECK-NEXT: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @add to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: store i32 %b, ptr %[[SLOT]], align 4
; CHECK-NEXT: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @add to i64), i32 1, i32 4, ptr %[[SLOT]], ptr null, i32 0)
  %r = add i32 %a, %b
; CHECK: store i32 %r, ptr %[[SLOT]], align 4
; CHECK-NEXT: call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @add to i64), i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: ret i32 %r
  ret i32 %r
}
