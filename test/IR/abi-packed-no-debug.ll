; ABI E without debug info, in every LLVM the plugin builds with: the IR
; arguments in order, one call at entry and one per return, an i32 passed as
; it is, a void return with an unset register; the callback preserve_most.
;
;   int f(int a, void *p) { return a; }
;   void g(void) {}
;
; RUN: %opt -passes='sancov-dataflow<abi=packed;no-entry-exit>' -S %s | FileCheck %s

target triple = "x86_64-unknown-linux-gnu"

; CHECK: @[[F_IN:__sancov_dataflow_packed]] = private unnamed_addr constant { i64, i32, i32, [2 x { i32, i32, i32, i32, ptr }] } { i64 ptrtoint (ptr @f to i64), i32 0, i32 2, [2 x { i32, i32, i32, i32, ptr }] [{ i32, i32, i32, i32, ptr } { i32 0, i32 4, i32 0, i32 0, ptr null }, { i32, i32, i32, i32, ptr } { i32 1, i32 8, i32 0, i32 0, ptr null }] }, align 8
; CHECK: @[[F_OUT:__sancov_dataflow_packed.1]] = private unnamed_addr constant { i64, i32, i32, [1 x { i32, i32, i32, i32, ptr }] } { i64 ptrtoint (ptr @f to i64), i32 1, i32 1, [1 x { i32, i32, i32, i32, ptr }] [{ i32, i32, i32, i32, ptr } { i32 0, i32 4, i32 0, i32 0, ptr null }] }, align 8
; CHECK: @[[G_OUT:__sancov_dataflow_packed.2]] = private unnamed_addr constant { i64, i32, i32, [1 x { i32, i32, i32, i32, ptr }] } { i64 ptrtoint (ptr @g to i64), i32 1, i32 1, [1 x { i32, i32, i32, i32, ptr }] zeroinitializer }, align 8

; CHECK-LABEL: define i32 @f(
; CHECK-NEXT: [[P:%.*]] = ptrtoint ptr %p to i64
; CHECK-NEXT: call preserve_mostcc void @__sanitizer_cov_trace_packed(i32 %a, i64 [[P]], i64 poison, i64 poison, i64 poison, ptr @[[F_IN]])
; CHECK-NEXT: call preserve_mostcc void @__sanitizer_cov_trace_packed(i32 %a, i64 poison, i64 poison, i64 poison, i64 poison, ptr @[[F_OUT]])
; CHECK-NEXT: ret i32 %a
define i32 @f(i32 %a, ptr %p) {
  ret i32 %a
}

; CHECK-LABEL: define void @g(
; CHECK-NEXT: call preserve_mostcc void @__sanitizer_cov_trace_packed(i64 poison, i64 poison, i64 poison, i64 poison, i64 poison, ptr @[[G_OUT]])
; CHECK-NEXT: ret void
define void @g() {
  ret void
}

; CHECK: declare preserve_mostcc void @__sanitizer_cov_trace_packed(i64, i64, i64, i64, i64, ptr)
