; Inline asm that can use RBX only through one of several constraint
; alternatives: clang turns GCC's "=b,r" into "={bx}|r", which
; InlineAsm::ParseConstraints keeps in ConstraintInfo::multipleAlternatives.
; The backend picks the first matching alternative ({bx}) for a register
; output, so the base-pointer conflict is possible: treated like "={bx}"
; (no alloca, the scalar reported as size 0 / null).
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; REQUIRES: x86-registered-target

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; int rbx_alternative(int x) { int b; asm volatile("" : "=b,r"(b)); return x + b; }
; CHECK-LABEL: define i32 @rbx_alternative(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @rbx_alternative to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
; CHECK: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @rbx_alternative to i64), i32 0, ptr null, ptr null, i32 0)
define i32 @rbx_alternative(i32 %x) {
  %b = call i32 asm sideeffect "", "={bx}|r,~{dirflag},~{fpsr},~{flags}"()
  %r = add i32 %x, %b
  ret i32 %r
}
