; A module that already declares a callback with another type gets an
; error naming both types, not a broken call.
;
; RUN: not %opt -passes=sancov-dataflow -disable-output %s 2>&1 | FileCheck %s
; CHECK: error: sancov-dataflow: '__sanitizer_cov_trace_args' is declared as 'void (i64, i32, i64, ptr, i32)' in this module, but the callback is 'void (i64, i32, i32, ptr, ptr, i32)'

target triple = "x86_64-unknown-linux-gnu"

declare void @__sanitizer_cov_trace_args(i64, i32, i64, ptr, i32)

define void @f(i32 %x) {
  ret void
}
