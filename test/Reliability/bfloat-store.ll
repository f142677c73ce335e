; A bfloat value is stored into the slot as its 16 bits: the slot holds
; bytes, and storing the bits needs no bfloat support from the backend's
; store patterns. Found by bench/reliability/random-signatures.py, where the
; plugin's bfloat store broke s390x and powerpc64le.
;
; Those two backends (LLVM 22) cannot lower any use of a bfloat argument,
; not even a bitcast (`bitcast bfloat %x to i16` alone fails with "Cannot
; select: fp_to_bf16"); clang offers no __bf16 there. So only an unused
; bfloat parameter compiles on them, and that cannot be reported without
; using it: docs/RELIABILITY.md, "Found".
;
; REQUIRES: x86-registered-target, aarch64-registered-target, riscv-registered-target
; RUN: %opt -mtriple=x86_64-linux-gnu -passes='sancov-dataflow<args;ret>' -S %s | FileCheck %s
; RUN: %opt -mtriple=x86_64-linux-gnu -passes='sancov-dataflow<args;ret>' %s | %llc -O0 -mtriple=x86_64-linux-gnu -o /dev/null
; RUN: %opt -mtriple=aarch64-linux-gnu -passes='sancov-dataflow<args;ret>' %s | %llc -O0 -mtriple=aarch64-linux-gnu -o /dev/null
; RUN: %opt -mtriple=riscv64-linux-gnu -passes='sancov-dataflow<args;ret>' %s | %llc -O0 -mtriple=riscv64-linux-gnu -o /dev/null

; bfloat f(bfloat x) { return x; }
; CHECK-LABEL: define bfloat @f(bfloat %x)
; CHECK: [[BITS:%.*]] = bitcast bfloat %x to i16
; CHECK-NEXT: store i16 [[BITS]], ptr [[SLOT:%.*]], align 2
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @f to i64), i32 0, i32 2, ptr [[SLOT]], ptr null, i32 0)
; CHECK: [[RBITS:%.*]] = bitcast bfloat %x to i16
; CHECK-NEXT: store i16 [[RBITS]], ptr [[SLOT]], align 2
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @f to i64), i32 2, ptr [[SLOT]], ptr null, i32 0)
define bfloat @f(bfloat %x) {
  ret bfloat %x
}

; <4 x bfloat> v(<4 x bfloat> x) -- a vector is stored as one 64-bit integer.
; CHECK-LABEL: define void @v(<4 x bfloat> %x)
; CHECK: [[VBITS:%.*]] = bitcast <4 x bfloat> %x to i64
; CHECK-NEXT: store i64 [[VBITS]], ptr [[VSLOT:%.*]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @v to i64), i32 0, i32 8, ptr [[VSLOT]], ptr null, i32 0)
define void @v(<4 x bfloat> %x) {
  ret void
}
