; A parameter reassigned before any code runs: clang -O2
; (RemoveRedundantDbgInstrs) deletes the parameter's own record
; `#dbg_value(i32 %a, !a)` when the next record for the same variable follows
; with no instruction in between, so the first record left describes the
; value AFTER the reassignment: 0 for `a = 0`, b's value for `a = b`, the
; global's address for `p = &g`. Those are not entry values and are not
; reported: an externally visible function cannot have a constant-propagated
; parameter, and an IR argument is the entry value of one parameter only.
; The parameter is reported without a value (size 0, null); the unused
; incoming argument is not used either, since callers may pass garbage for
; a parameter the callee never reads. This is the IR `clang-22 -g -O2`
; emits.
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; The same calls under an aarch64 triple (as on x86-64, u32 operands not extended):
; RUN: %opt -passes=sancov-dataflow -S -mtriple=aarch64-linux-gnu %s | FileCheck %s --check-prefixes=CHECK,A64
; REQUIRES: x86-registered-target, aarch64-registered-target
; A64: target triple = "aarch64-unknown-linux-gnu"

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@g = external global [16 x i8], align 8

declare void @use(i32)
declare void @usep(ptr)

; void ra_const(int a) { a = 0; use(a); }
; CHECK-LABEL: define void @ra_const(
; CHECK-NOT: store i32 0, ptr %sancov_dataflow.slot
; CHECK: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @ra_const to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
; CHECK: ret void
define void @ra_const(i32 noundef %a) !dbg !100 {
    #dbg_value(i32 0, !103, !DIExpression(), !109)
  tail call void @use(i32 noundef 0), !dbg !109
  ret void, !dbg !109
}

; void ra_other_param(int a, int b) { a = b; use(a); }
; CHECK-LABEL: define void @ra_other_param(
; CHECK-NOT: store i32 %b, ptr %sancov_dataflow.slot
; CHECK: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @ra_other_param to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
; CHECK-NEXT: store i32 %b, ptr %sancov_dataflow.slot, align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @ra_other_param to i64), i32 1, i32 4, ptr %sancov_dataflow.slot, ptr null, i32 0)
define void @ra_other_param(i32 noundef %a, i32 noundef %b) !dbg !110 {
    #dbg_value(i32 %b, !114, !DIExpression(), !119)
    #dbg_value(i32 %b, !113, !DIExpression(), !119)
  tail call void @use(i32 noundef %b), !dbg !119
  ret void, !dbg !119
}

; struct s { long a, b; };
; void ra_ptr(struct s *p) { p = (struct s *)&g; usep(p); }
; CHECK-LABEL: define void @ra_ptr(
; CHECK-NOT: ptr @g, ptr @__sancov_dataflow_fields
; CHECK: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @ra_ptr to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
define void @ra_ptr(ptr noundef %p) !dbg !120 {
    #dbg_value(ptr @g, !123, !DIExpression(), !129)
  tail call void @usep(ptr noundef @g), !dbg !129
  ret void, !dbg !129
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "args-reassigned.c", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!11 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)

!20 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "s", file: !1, line: 1, size: 128, elements: !21)
!21 = !{!22, !23}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !20, file: !1, line: 1, baseType: !11, size: 64)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !20, file: !1, line: 1, baseType: !11, size: 64, offset: 64)
!25 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !20, size: 64)

!100 = distinct !DISubprogram(name: "ra_const", scope: !1, file: !1, line: 3, type: !101, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!101 = !DISubroutineType(types: !102)
!102 = !{null, !10}
!103 = !DILocalVariable(name: "a", arg: 1, scope: !100, file: !1, line: 3, type: !10)
!109 = !DILocation(line: 3, scope: !100)

!110 = distinct !DISubprogram(name: "ra_other_param", scope: !1, file: !1, line: 4, type: !111, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!111 = !DISubroutineType(types: !112)
!112 = !{null, !10, !10}
!113 = !DILocalVariable(name: "a", arg: 1, scope: !110, file: !1, line: 4, type: !10)
!114 = !DILocalVariable(name: "b", arg: 2, scope: !110, file: !1, line: 4, type: !10)
!119 = !DILocation(line: 4, scope: !110)

!120 = distinct !DISubprogram(name: "ra_ptr", scope: !1, file: !1, line: 5, type: !121, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!121 = !DISubroutineType(types: !122)
!122 = !{null, !25}
!123 = !DILocalVariable(name: "p", arg: 1, scope: !120, file: !1, line: 5, type: !25)
!129 = !DILocation(line: 5, scope: !120)
