; With assignment tracking (on by default in clang -O1+ -g), a parameter
; whose address is taken lives in an alloca at -O2, and its first debug
; record is `#dbg_assign(i1 poison, ..., ptr %addr, ...)` on that alloca: it
; names the variable's memory home, which the prologue fills with the
; incoming argument. That argument is reported; the call stays before the
; store into the alloca. Common in kernel code: `foo(int x) { bar(&x); }`.
; This is the exact IR `clang-22 -g -O2` emits for the C below.
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; The same calls under an aarch64 triple (as on x86-64, u32 operands not extended):
; RUN: %opt -passes=sancov-dataflow -S -mtriple=aarch64-linux-gnu %s | FileCheck %s --check-prefixes=CHECK,A64
; REQUIRES: x86-registered-target, aarch64-registered-target
; A64: target triple = "aarch64-unknown-linux-gnu"

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.two = type { i32, i32 }

; CHECK: @__sancov_dataflow_fields.two = internal unnamed_addr constant [4 x i64] [i64 0, i64 4, i64 4, i64 4], align 8

declare void @g(ptr)

; void as_scalar(int a) { g(&a); }
; CHECK-LABEL: define void @as_scalar(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: %a.addr = alloca i32, align 4
; CHECK-NEXT: #dbg_assign(i1 poison,
; CHECK-NEXT: store i32 %a, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @as_scalar to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: store i32 %a, ptr %a.addr, align 4
define void @as_scalar(i32 noundef %a) !dbg !100 {
  %a.addr = alloca i32, align 4, !DIAssignID !104
    #dbg_assign(i1 poison, !103, !DIExpression(), !104, ptr %a.addr, !DIExpression(), !109)
  store i32 %a, ptr %a.addr, align 4, !DIAssignID !105
    #dbg_assign(i32 %a, !103, !DIExpression(), !105, ptr %a.addr, !DIExpression(), !109)
  call void @g(ptr noundef nonnull %a.addr), !dbg !109
  ret void, !dbg !109
}

; struct two { int x, y; };
; void as_struct(struct two t) { g(&t); }
; CHECK-LABEL: define void @as_struct(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [8 x i8], align 8
; CHECK-NEXT: %t = alloca %struct.two, align 8
; CHECK-NEXT: #dbg_assign(i1 poison,
; CHECK-NEXT: store i64 %t.coerce, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @as_struct to i64), i32 0, i32 8, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.two, i32 2)
; CHECK-NEXT: store i64 %t.coerce, ptr %t, align 8
define void @as_struct(i64 %t.coerce) !dbg !110 {
  %t = alloca %struct.two, align 8, !DIAssignID !114
    #dbg_assign(i1 poison, !113, !DIExpression(), !114, ptr %t, !DIExpression(), !119)
  store i64 %t.coerce, ptr %t, align 8, !DIAssignID !115
    #dbg_assign(i64 %t.coerce, !113, !DIExpression(), !115, ptr %t, !DIExpression(), !119)
  call void @g(ptr noundef nonnull %t), !dbg !119
  ret void, !dbg !119
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "args-assign.c", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)

!20 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "two", file: !1, line: 1, size: 64, elements: !21)
!21 = !{!22, !23}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !20, file: !1, line: 1, baseType: !10, size: 32)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !20, file: !1, line: 1, baseType: !10, size: 32, offset: 32)

!100 = distinct !DISubprogram(name: "as_scalar", scope: !1, file: !1, line: 3, type: !101, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!101 = !DISubroutineType(types: !102)
!102 = !{null, !10}
!103 = !DILocalVariable(name: "a", arg: 1, scope: !100, file: !1, line: 3, type: !10)
!104 = distinct !DIAssignID()
!105 = distinct !DIAssignID()
!109 = !DILocation(line: 3, scope: !100)

!110 = distinct !DISubprogram(name: "as_struct", scope: !1, file: !1, line: 4, type: !111, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!111 = !DISubroutineType(types: !112)
!112 = !{null, !20}
!113 = !DILocalVariable(name: "t", arg: 1, scope: !110, file: !1, line: 4, type: !20)
!114 = distinct !DIAssignID()
!115 = distinct !DIAssignID()
!119 = !DILocation(line: 4, scope: !110)
