; When one piece of a struct parameter is described only by a computed
; expression (here p.y = %v + 1), the whole parameter has no value (size 0,
; null): the other piece next to zeros would show a value the program never
; had. The same holds whether the computed piece comes first
; (a_undecodable_first in args-aggregates.ll) or after a usable one.
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; The same calls under an aarch64 triple (as on x86-64, u32 operands not extended):
; RUN: %opt -passes=sancov-dataflow -S -mtriple=aarch64-linux-gnu %s | FileCheck %s --check-prefixes=CHECK,A64
; REQUIRES: x86-registered-target, aarch64-registered-target
; A64: target triple = "aarch64-unknown-linux-gnu"

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-NOT: @__sancov_dataflow_fields

; struct pair { long x; long y; };
; void a_undecodable_second(struct pair p);
; CHECK-LABEL: define void @a_undecodable_second(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a_undecodable_second to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
; CHECK-NOT: store
; CHECK: ret void
define void @a_undecodable_second(i64 %p.coerce0, i64 %v) !dbg !100 {
    #dbg_value(i64 %p.coerce0, !103, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !109)
    #dbg_value(i64 %v, !103, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value, DW_OP_LLVM_fragment, 64, 64), !109)
  ret void
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!11 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)

; struct pair { long x; long y; };
!30 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pair", file: !1, line: 1, size: 128, elements: !31)
!31 = !{!32, !33}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !30, file: !1, line: 1, baseType: !11, size: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !30, file: !1, line: 1, baseType: !11, size: 64, offset: 64)
!1 = !DIFile(filename: "args-aggregates-undecodable-fragment.c", directory: "/tmp")

!100 = distinct !DISubprogram(name: "a_undecodable_second", scope: !1, file: !1, line: 3, type: !101, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!101 = !DISubroutineType(types: !102)
!102 = !{null, !30}
!103 = !DILocalVariable(name: "p", arg: 1, scope: !100, file: !1, line: 3, type: !30)
!109 = !DILocation(line: 0, scope: !100)
