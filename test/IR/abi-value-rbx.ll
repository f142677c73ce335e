; The value ABIs need no stack slot, so inline asm that uses RBX (which
; makes ABI A report scalars as missing: rbx.ll) is instrumented like any
; other function, also under AddressSanitizer.
;
;   int cpuid_leaf(int leaf) {
;     int b;
;     asm("cpuid" : "=b"(b) : "a"(leaf) : "rcx", "rdx");
;     return b;
;   }
;
; RUN: %opt -passes='sancov-dataflow<abi=value>' -S %s | FileCheck %s --check-prefix=C
; RUN: %opt -passes='sancov-dataflow<abi=value-pc>' -S %s | FileCheck %s --check-prefix=B
; RUN: %opt -passes='sancov-dataflow<abi=value>' -S %s | FileCheck %s --check-prefix=NOSLOT
; RUN: %opt -passes='sancov-dataflow<abi=kcov-v2>' -S %s | FileCheck %s --check-prefix=A
; REQUIRES: x86-registered-target
; NOSLOT-NOT: alloca

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; C-LABEL: define i32 @cpuid_leaf(
; C: [[L:%.*]] = zext i32 %leaf to i64
; C-NEXT: call void @__sanitizer_cov_trace_args(i32 0, i32 4, i64 [[L]], ptr null, i32 0)
; C: [[RV:%.*]] = zext i32 %b to i64
; C-NEXT: call void @__sanitizer_cov_trace_ret(i32 4, i64 [[RV]], ptr null, i32 0)
; B: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @cpuid_leaf to i64), i32 0, i32 4, i64 {{%[0-9]+}}, ptr null, i32 0)
; A: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @cpuid_leaf to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
define i32 @cpuid_leaf(i32 %leaf) sanitize_address !dbg !5 {
entry:
    #dbg_value(i32 %leaf, !11, !DIExpression(), !12)
  %b = call i32 asm "cpuid", "={bx},{ax},~{rcx},~{rdx}"(i32 %leaf), !dbg !12
  ret i32 %b, !dbg !12
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "rbx.c", directory: "/")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 7, !"Dwarf Version", i32 5}
!5 = distinct !DISubprogram(name: "cpuid_leaf", scope: !1, file: !1, line: 1, type: !6, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !10)
!6 = !DISubroutineType(types: !7)
!7 = !{!8, !8}
!8 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!10 = !{!11}
!11 = !DILocalVariable(name: "leaf", arg: 1, scope: !5, file: !1, line: 1, type: !8)
!12 = !DILocation(line: 1, column: 1, scope: !5)
