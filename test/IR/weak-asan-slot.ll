; A weak function under AddressSanitizer (KASAN) gets no stack slot: ASan
; would give the slot a frame record holding the function's address by
; symbol, and a weak symbol may name another definition at link time (the
; kasan kernel: a weak .text default of an __init function, a .text
; reference to .init.text that modpost rejects). Values that need the slot
; are reported without a value; pointers still are.
;
; RUN: %opt -passes='sancov-dataflow' -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; __weak bool arch_thing(int x) { return false; }   (KASAN)
; CHECK-LABEL: define weak zeroext i1 @arch_thing(i32 %x, ptr %p)
; CHECK-NOT: alloca
; CHECK: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @arch_thing.sancov_dataflow_pc to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
; CHECK-NEXT: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @arch_thing.sancov_dataflow_pc to i64), i32 1, i32 8, ptr %p, ptr null, i32 0)
; CHECK: call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @arch_thing.sancov_dataflow_pc to i64), i32 0, ptr null, ptr null, i32 0)
define weak zeroext i1 @arch_thing(i32 %x, ptr %p) sanitize_address {
  ret i1 false
}

; The same function not weak: the slot, as usual.
; CHECK-LABEL: define zeroext i1 @strong_thing(i32 %x, ptr %p)
; CHECK: %sancov_dataflow.slot = alloca [4 x i8], align 4
; CHECK: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @strong_thing to i64), i32 0, i32 4, ptr %sancov_dataflow.slot, ptr null, i32 0)
define zeroext i1 @strong_thing(i32 %x, ptr %p) sanitize_address {
  ret i1 false
}

; Weak without AddressSanitizer: the slot, as usual.
; CHECK-LABEL: define weak zeroext i1 @weak_plain(i32 %x, ptr %p)
; CHECK: %sancov_dataflow.slot = alloca [4 x i8], align 4
; CHECK: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @weak_plain.sancov_dataflow_pc to i64), i32 0, i32 4, ptr %sancov_dataflow.slot, ptr null, i32 0)
define weak zeroext i1 @weak_plain(i32 %x, ptr %p) {
  ret i1 false
}
