; Functions the pass never instruments, and the remark saying why.
;
; RUN: %opt -passes=sancov-dataflow -S %s -pass-remarks-missed=sancov-dataflow 2>%t.remarks | FileCheck %s
; RUN: FileCheck %s --check-prefix=REMARK < %t.remarks

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-LABEL: define void @plain(
; CHECK: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @plain to i64), i32 0
define void @plain(i32 %x) {
  ret void
}

; __attribute__((no_sanitize("coverage"))); the kernel's noinstr.
; CHECK-LABEL: define void @no_cov(
; CHECK-NEXT: ret void
; REMARK: not instrumenting no_cov: nosanitize_coverage
define void @no_cov(i32 %x) nosanitize_coverage {
  ret void
}

; CHECK-LABEL: define void @disabled(
; CHECK-NEXT: ret void
; REMARK: not instrumenting disabled: disable_sanitizer_instrumentation
define void @disabled(i32 %x) disable_sanitizer_instrumentation {
  ret void
}

; CHECK-LABEL: define void @naked_fn(
; CHECK-NEXT: call void asm
; REMARK: not instrumenting naked_fn: naked
define void @naked_fn(i32 %x) naked {
  call void asm sideeffect "ret", ""()
  unreachable
}

; The runtime's own entry points.
; CHECK-LABEL: define void @__sanitizer_cov_helper(
; CHECK-NEXT: ret void
; REMARK: not instrumenting __sanitizer_cov_helper: runtime callback
define void @__sanitizer_cov_helper(i32 %x) {
  ret void
}

; A copy of a function defined elsewhere, only kept for inlining.
; CHECK-LABEL: define available_externally void @ext_copy(
; CHECK-NEXT: ret void
; REMARK: not instrumenting ext_copy: available_externally
define available_externally void @ext_copy(i32 %x) {
  ret void
}

; Kernel non-instrumentable sections, even without nosanitize_coverage
; (which clang only adds when the file has -fsanitize-coverage=).
; CHECK-LABEL: define void @in_noinstr(
; CHECK-NEXT: ret void
; REMARK: not instrumenting in_noinstr: non-instrumentable section
define void @in_noinstr(i32 %x) section ".noinstr.text" {
  ret void
}
; CHECK-LABEL: define void @in_entry(
; CHECK-NEXT: ret void
define void @in_entry(i32 %x) section ".entry.text" {
  ret void
}
; CHECK-LABEL: define void @in_cpuidle(
; CHECK-NEXT: ret void
define void @in_cpuidle(i32 %x) section ".cpuidle.text" {
  ret void
}
; CHECK-LABEL: define void @in_pi(
; CHECK-NEXT: ret void
define void @in_pi(i32 %x) section ".pi.text.foo" {
  ret void
}
; CHECK-LABEL: define void @in_x86_thunk(
; CHECK-NEXT: ret void
define void @in_x86_thunk(i32 %x) section ".text..__x86.indirect_thunk" {
  ret void
}
; An ordinary named section is instrumented.
; CHECK-LABEL: define void @in_init(
; CHECK: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @in_init to i64)
define void @in_init(i32 %x) section ".init.text" {
  ret void
}

; Declarations have nothing to instrument.
declare void @decl(i32)
