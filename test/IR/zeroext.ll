; The u32 parameters of the callbacks (arg_idx, arg_size, num_fields;
; ret_size, num_fields) carry the extension attribute the target's C ABI
; gives an `unsigned int` parameter, on the declarations and on every call,
; so the calls match the runtime's C definitions:
;  - s390x and powerpc64: zeroext;
;  - riscv64: signext (the RISC-V psABI keeps 32-bit values sign-extended in
;    64-bit registers, unsigned ones included; clang itself passes `unsigned`
;    as `i32 signext` there);
;  - x86-64 and aarch64: none.
;
; RUN: split-file %s %t
; RUN: %opt -passes=sancov-dataflow -S %t/riscv64.ll | FileCheck %s --check-prefixes=CHECK,SEXT
; RUN: %opt -passes=sancov-dataflow -S %t/s390x.ll | FileCheck %s --check-prefixes=CHECK,ZEXT
; RUN: %opt -passes=sancov-dataflow -S %t/ppc64le.ll | FileCheck %s --check-prefixes=CHECK,ZEXT
; RUN: %opt -passes=sancov-dataflow -S %t/x86_64.ll | FileCheck %s --check-prefixes=CHECK,NOEXT
; RUN: %opt -passes=sancov-dataflow -S %t/aarch64.ll | FileCheck %s --check-prefixes=CHECK,NOEXT
; REQUIRES: riscv-registered-target, systemz-registered-target, powerpc-registered-target, x86-registered-target, aarch64-registered-target

; CHECK-LABEL: define i32 @f(
; SEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @f to i64), i32 signext 0, i32 signext 4, ptr %[[SLOT:.+]], ptr null, i32 signext 0)
; SEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @f to i64), i32 signext 4, ptr %[[SLOT]], ptr null, i32 signext 0)
; ZEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @f to i64), i32 zeroext 0, i32 zeroext 4, ptr %[[SLOT:.+]], ptr null, i32 zeroext 0)
; ZEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @f to i64), i32 zeroext 4, ptr %[[SLOT]], ptr null, i32 zeroext 0)
; NOEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @f to i64), i32 0, i32 4, ptr %[[SLOT:.+]], ptr null, i32 0)
; NOEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @f to i64), i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: ret i32 %x

; SEXT-DAG: declare void @__sanitizer_cov_trace_args(i64, i32 signext, i32 signext, ptr, ptr, i32 signext)
; SEXT-DAG: declare void @__sanitizer_cov_trace_ret(i64, i32 signext, ptr, ptr, i32 signext)
; ZEXT-DAG: declare void @__sanitizer_cov_trace_args(i64, i32 zeroext, i32 zeroext, ptr, ptr, i32 zeroext)
; ZEXT-DAG: declare void @__sanitizer_cov_trace_ret(i64, i32 zeroext, ptr, ptr, i32 zeroext)
; NOEXT-DAG: declare void @__sanitizer_cov_trace_args(i64, i32, i32, ptr, ptr, i32)
; NOEXT-DAG: declare void @__sanitizer_cov_trace_ret(i64, i32, ptr, ptr, i32)

;--- riscv64.ll
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "riscv64-unknown-linux-gnu"

; unsigned f(unsigned x) { return x; }
define i32 @f(i32 %x) {
  ret i32 %x
}

;--- s390x.ll
target datalayout = "E-m:e-i1:8:16-i8:8:16-i64:64-f128:64-v128:64-a:8:16-n32:64"
target triple = "s390x-unknown-linux-gnu"

define i32 @f(i32 %x) {
  ret i32 %x
}

;--- ppc64le.ll
target datalayout = "e-m:e-Fn32-i64:64-i128:128-n32:64-S128-v256:256:256-v512:512:512"
target triple = "powerpc64le-unknown-linux-gnu"

define i32 @f(i32 %x) {
  ret i32 %x
}

;--- x86_64.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define i32 @f(i32 %x) {
  ret i32 %x
}

;--- aarch64.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

define i32 @f(i32 %x) {
  ret i32 %x
}
