; The pc of a function that may lose to another definition at link time is
; a private alias of its body, not its symbol: the kernel's weak default
; execmem_arch_setup() in .text is overridden by an __init definition, and
; `ptrtoint @execmem_arch_setup` in the weak body became a .text reference
; to .init.text that modpost rejects. A private alias is resolved by the
; assembler to this body (a section-relative relocation).
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; The same calls under an aarch64 triple (as on x86-64, u32 operands not extended):
; RUN: %opt -passes=sancov-dataflow -S -mtriple=aarch64-linux-gnu %s | FileCheck %s --check-prefixes=CHECK,A64
; REQUIRES: x86-registered-target, aarch64-registered-target
; A64: target triple = "aarch64-unknown-linux-gnu"

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK: @weak_default.sancov_dataflow_pc = private alias ptr (), ptr @weak_default
; CHECK: @inline_odr.sancov_dataflow_pc = private alias i32 (i32), ptr @inline_odr
; CHECK-NOT: @strong.sancov_dataflow_pc

; struct execmem_info *__weak execmem_arch_setup(void) { return NULL; }
; CHECK-LABEL: define weak ptr @weak_default(
; CHECK: call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @weak_default.sancov_dataflow_pc to i64), i32 8, ptr null, ptr null, i32 0)
define weak ptr @weak_default() {
  ret ptr null
}

; C++ inline function (one copy survives the link).
; CHECK-LABEL: define linkonce_odr i32 @inline_odr(
; CHECK: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @inline_odr.sancov_dataflow_pc to i64), i32 0, i32 4,
define linkonce_odr i32 @inline_odr(i32 %x) {
  ret i32 %x
}

; An ordinary definition keeps its symbol.
; CHECK-LABEL: define i32 @strong(
; CHECK: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @strong to i64), i32 0, i32 4,
define i32 @strong(i32 %x) {
  ret i32 %x
}
