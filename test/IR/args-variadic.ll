; Variadic functions: only the fixed parameters are reported (the
; subroutine type ends with a null entry for `...`), with and without debug
; info, at -O2 and -O0. The calls go after the va_list alloca.
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; The same calls under an aarch64 triple (as on x86-64, u32 operands not extended):
; RUN: %opt -passes=sancov-dataflow -S -mtriple=aarch64-linux-gnu %s | FileCheck %s --check-prefixes=CHECK,A64
; REQUIRES: x86-registered-target, aarch64-registered-target
; A64: target triple = "aarch64-unknown-linux-gnu"

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.__va_list_tag = type { i32, i32, ptr, ptr }

; CHECK: @__sancov_dataflow_fields.proc = internal unnamed_addr constant [6 x i64] [i64 0, i64 4, i64 4, i64 4, i64 8, i64 8], align 8

; int v_sum(int n, ...);
; CHECK-LABEL: define void @v_sum(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: %ap = alloca [1 x %struct.__va_list_tag], align 16
; CHECK-NEXT: #dbg_value(i32 %n,
; CHECK-NEXT: store i32 %n, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @v_sum to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: call void @llvm.va_start.p0(ptr nonnull %ap)
; CHECK-NOT: @__sanitizer_cov_trace_args
; CHECK: ret void
define void @v_sum(i32 noundef %n, ...) !dbg !100 {
  %ap = alloca [1 x %struct.__va_list_tag], align 16
    #dbg_value(i32 %n, !103, !DIExpression(), !109)
  call void @llvm.va_start.p0(ptr nonnull %ap), !dbg !109
  call void @llvm.va_end.p0(ptr nonnull %ap), !dbg !109
  ret void, !dbg !109
}

; void v_fmt(const char *fmt, struct proc *p, ...);
; CHECK-LABEL: define void @v_fmt(
; CHECK-NEXT: %ap = alloca [1 x %struct.__va_list_tag], align 16
; CHECK-NEXT: #dbg_value(ptr %fmt,
; CHECK-NEXT: #dbg_value(ptr %p,
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @v_fmt to i64), i32 0, i32 64, ptr %fmt, ptr @__sancov_dataflow_string, i32 1)
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @v_fmt to i64), i32 1, i32 16, ptr %p, ptr @__sancov_dataflow_fields.proc, i32 3)
; CHECK-NOT: @__sanitizer_cov_trace_args
; CHECK: ret void
define void @v_fmt(ptr noundef %fmt, ptr noundef %p, ...) !dbg !110 {
  %ap = alloca [1 x %struct.__va_list_tag], align 16
    #dbg_value(ptr %fmt, !113, !DIExpression(), !119)
    #dbg_value(ptr %p, !114, !DIExpression(), !119)
  call void @llvm.va_start.p0(ptr nonnull %ap), !dbg !119
  call void @llvm.va_end.p0(ptr nonnull %ap), !dbg !119
  ret void, !dbg !119
}

; int v_O0(int n, ...);   (-O0)
; CHECK-LABEL: define void @v_O0(
; CHECK-NEXT: entry:
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: %n.addr = alloca i32, align 4
; CHECK-NEXT: %ap = alloca [1 x %struct.__va_list_tag], align 16
; CHECK-NEXT: store i32 %n, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @v_O0 to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: store i32 %n, ptr %n.addr, align 4
; CHECK-NOT: @__sanitizer_cov_trace_args
; CHECK: ret void
define void @v_O0(i32 noundef %n, ...) #0 !dbg !120 {
entry:
  %n.addr = alloca i32, align 4
  %ap = alloca [1 x %struct.__va_list_tag], align 16
  store i32 %n, ptr %n.addr, align 4
    #dbg_declare(ptr %n.addr, !123, !DIExpression(), !129)
  call void @llvm.va_start.p0(ptr %ap), !dbg !129
  call void @llvm.va_end.p0(ptr %ap), !dbg !129
  ret void, !dbg !129
}

; int v_nodebug(int n, ...);   (no debug info: the fixed IR arguments only)
; CHECK-LABEL: define void @v_nodebug(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: %ap = alloca [1 x %struct.__va_list_tag], align 16
; CHECK-NEXT: store i32 %n, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @v_nodebug to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NOT: @__sanitizer_cov_trace_args
; CHECK: ret void
define void @v_nodebug(i32 %n, ...) {
  %ap = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.va_start.p0(ptr %ap)
  call void @llvm.va_end.p0(ptr %ap)
  ret void
}

declare void @llvm.va_start.p0(ptr)
declare void @llvm.va_end.p0(ptr)

attributes #0 = { noinline nounwind optnone }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "args-variadic.c", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!11 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!12 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!13 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!14 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !13)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)

!20 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "proc", file: !1, line: 1, size: 128, elements: !21)
!21 = !{!22, !23, !24}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !20, file: !1, line: 1, baseType: !10, size: 32)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "max", scope: !20, file: !1, line: 1, baseType: !11, size: 32, offset: 32)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !20, file: !1, line: 1, baseType: !12, size: 64, offset: 64)
!25 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !20, size: 64)

!100 = distinct !DISubprogram(name: "v_sum", scope: !1, file: !1, line: 3, type: !101, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!101 = !DISubroutineType(types: !102)
!102 = !{null, !10, null}
!103 = !DILocalVariable(name: "n", arg: 1, scope: !100, file: !1, line: 3, type: !10)
!109 = !DILocation(line: 3, scope: !100)

!110 = distinct !DISubprogram(name: "v_fmt", scope: !1, file: !1, line: 4, type: !111, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!111 = !DISubroutineType(types: !112)
!112 = !{null, !15, !25, null}
!113 = !DILocalVariable(name: "fmt", arg: 1, scope: !110, file: !1, line: 4, type: !15)
!114 = !DILocalVariable(name: "p", arg: 2, scope: !110, file: !1, line: 4, type: !25)
!119 = !DILocation(line: 4, scope: !110)

!120 = distinct !DISubprogram(name: "v_O0", scope: !1, file: !1, line: 5, type: !101, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!123 = !DILocalVariable(name: "n", arg: 1, scope: !120, file: !1, line: 5, type: !10)
!129 = !DILocation(line: 5, scope: !120)
