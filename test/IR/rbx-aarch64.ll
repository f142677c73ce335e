; The base-pointer rule is x86-64 only: on aarch64 an asm operand that
; would name RBX on x86 does not suppress the slot.
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; REQUIRES: aarch64-registered-target

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

; int a64_rbx_looking(int x) { asm volatile("" ::: "rbx"); return x; }
; CHECK-LABEL: define i32 @a64_rbx_looking(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: store i32 %x, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a64_rbx_looking to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK: store i32 %x, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @a64_rbx_looking to i64), i32 4, ptr %[[SLOT]], ptr null, i32 0)
define i32 @a64_rbx_looking(i32 %x) {
  call void asm sideeffect "", "~{rbx},~{memory}"()
  ret i32 %x
}

; int a64_b_letter(int x) { int b; asm volatile("" : "=b"(b)); return x + b; }
; CHECK-LABEL: define i32 @a64_b_letter(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: store i32 %x, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a64_b_letter to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0)
define i32 @a64_b_letter(i32 %x) {
  %b = call i32 asm sideeffect "", "={bx}"()
  %r = add i32 %x, %b
  ret i32 %r
}
