; -Rpass=sancov-dataflow says what was instrumented with how many calls
; and field tables; the RBX case says why some values are not reported.
;
; RUN: %opt -passes=sancov-dataflow -pass-remarks=sancov-dataflow -disable-output %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK: remark: <unknown>:0:0: instrumented two with 3 calls and 0 field tables
define i32 @two(i32 %a, i32 %b) {
  ret i32 %a
}

; CHECK: remark: <unknown>:0:0: instrumented cpuid with 2 calls and 0 field tables; inline asm uses RBX, so values needing a stack slot are not reported
define i32 @cpuid(i32 %leaf) {
  %r = call i32 asm sideeffect "cpuid", "={ax},{ax},~{rbx},~{rcx},~{rdx}"(i32 %leaf)
  ret i32 %r
}
