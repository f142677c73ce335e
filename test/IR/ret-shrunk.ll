; An aggregate return whose IR value is smaller than the declared type (dead
; return value elimination kept only the part callers use) has no place in
; the struct: reported without a value, never with stale slot bytes.
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; The same calls under an aarch64 triple (as on x86-64, u32 operands not extended):
; RUN: %opt -passes=sancov-dataflow -S -mtriple=aarch64-linux-gnu %s | FileCheck %s --check-prefixes=CHECK,A64
; REQUIRES: x86-registered-target, aarch64-registered-target
; A64: target triple = "aarch64-unknown-linux-gnu"

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; struct pair { long lo; int hi; };
; static struct pair make_pair(long lo);  /* callers read .hi only */
; CHECK-LABEL: define internal i32 @make_pair(
; CHECK: call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @make_pair to i64), i32 0, ptr null, ptr null, i32 0)
; CHECK-NEXT: ret i32 3
define internal i32 @make_pair(i64 %lo) !dbg !5 {
  ret i32 3, !dbg !14
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "ret-shrunk.c", directory: "/")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "make_pair", scope: !1, file: !1, line: 2, type: !6, scopeLine: 2, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{!8, !12}
!8 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pair", file: !1, line: 1, size: 128, elements: !9)
!9 = !{!10, !11}
!10 = !DIDerivedType(tag: DW_TAG_member, name: "lo", scope: !8, file: !1, line: 1, baseType: !12, size: 64)
!11 = !DIDerivedType(tag: DW_TAG_member, name: "hi", scope: !8, file: !1, line: 1, baseType: !13, size: 32, offset: 64)
!12 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!13 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!14 = !DILocation(line: 2, column: 1, scope: !5)
