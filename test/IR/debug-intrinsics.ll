; Debug info in the intrinsic form (`call void @llvm.dbg.value(metadata ...)`)
; that LLVM 18 and older write. LLVM 22 reads it as debug records. LLVM 19
; keeps both forms and its pass manager converts to records for every pass,
; unless --experimental-debuginfo-iterators=false turns that off: the pass
; then converts for itself (Compat.h's DebugRecordScope) and back, so the
; calls are the same and the output keeps the intrinsics, which LLVM 19
; prints with --write-experimental-debuginfo=false.
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s --check-prefixes=CHECK,RECORDS
; RUN: %if llvm-19 %{ %opt -passes=sancov-dataflow --experimental-debuginfo-iterators=false --write-experimental-debuginfo=false -S %s | FileCheck %s --check-prefixes=CHECK,INTRINSICS %}
; REQUIRES: aarch64-registered-target

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

; CHECK-DAG: @__sancov_dataflow_fields.big = internal unnamed_addr constant [10 x i64] [i64 0, i64 8, i64 8, i64 8, i64 16, i64 8, i64 24, i64 8, i64 32, i64 8], align 8
; CHECK-DAG: @__sancov_dataflow_fields.pair = internal unnamed_addr constant [4 x i64] [i64 0, i64 8, i64 8, i64 8], align 8

; struct pair { long x; long y; };
; struct big { long a, b, c, d, e; };
; void a64_pair_big(struct pair p, struct big b) {}   (-O2: p in x0-x1 as
;   [2 x i64], b indirect through x2)
; CHECK-LABEL: define void @a64_pair_big(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [16 x i8], align 8
; CHECK-NEXT: %x = extractvalue [2 x i64] %p.coerce, 0
; CHECK-NEXT: %y = extractvalue [2 x i64] %p.coerce, 1
; RECORDS-NEXT: #dbg_value(i64 %x, ![[P:[0-9]+]], !DIExpression(DW_OP_LLVM_fragment, 0, 64),
; RECORDS-NEXT: #dbg_value(i64 %y, ![[P]], !DIExpression(DW_OP_LLVM_fragment, 64, 64),
; RECORDS-NEXT: #dbg_value(ptr %b, ![[B:[0-9]+]], !DIExpression(DW_OP_deref),
; INTRINSICS-NEXT: tail call void @llvm.dbg.value(metadata i64 %x, metadata ![[P:[0-9]+]], metadata !DIExpression(DW_OP_LLVM_fragment, 0, 64))
; INTRINSICS-NEXT: tail call void @llvm.dbg.value(metadata i64 %y, metadata ![[P]], metadata !DIExpression(DW_OP_LLVM_fragment, 64, 64))
; INTRINSICS-NEXT: tail call void @llvm.dbg.value(metadata ptr %b, metadata ![[B:[0-9]+]], metadata !DIExpression(DW_OP_deref))
; CHECK-NEXT: %[[G0:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 0
; CHECK-NEXT: store i64 %x, ptr %[[G0]], align 8
; CHECK-NEXT: %[[G8:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 8
; CHECK-NEXT: store i64 %y, ptr %[[G8]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a64_pair_big to i64), i32 0, i32 16, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.pair, i32 2)
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a64_pair_big to i64), i32 1, i32 40, ptr %b, ptr @__sancov_dataflow_fields.big, i32 5)
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @a64_pair_big to i64), i32 0, ptr null, ptr null, i32 0)
; CHECK-NEXT: ret void
define void @a64_pair_big([2 x i64] %p.coerce, ptr noundef readonly nocapture %b) !dbg !100 {
  %x = extractvalue [2 x i64] %p.coerce, 0
  %y = extractvalue [2 x i64] %p.coerce, 1
  call void @llvm.dbg.value(metadata i64 %x, metadata !103, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 64)), !dbg !109
  call void @llvm.dbg.value(metadata i64 %y, metadata !103, metadata !DIExpression(DW_OP_LLVM_fragment, 64, 64)), !dbg !109
  call void @llvm.dbg.value(metadata ptr %b, metadata !104, metadata !DIExpression(DW_OP_deref)), !dbg !109
  ret void
}

declare void @llvm.dbg.value(metadata, metadata, metadata)

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "debug-intrinsics.c", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!11 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)

!20 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "big", file: !1, line: 2, size: 320, elements: !21)
!21 = !{!22, !23, !24, !25, !26}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !20, file: !1, line: 2, baseType: !11, size: 64)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !20, file: !1, line: 2, baseType: !11, size: 64, offset: 64)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !20, file: !1, line: 2, baseType: !11, size: 64, offset: 128)
!25 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !20, file: !1, line: 2, baseType: !11, size: 64, offset: 192)
!26 = !DIDerivedType(tag: DW_TAG_member, name: "e", scope: !20, file: !1, line: 2, baseType: !11, size: 64, offset: 256)

!30 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pair", file: !1, line: 1, size: 128, elements: !31)
!31 = !{!32, !33}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !30, file: !1, line: 1, baseType: !11, size: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !30, file: !1, line: 1, baseType: !11, size: 64, offset: 64)

!40 = !DISubroutineType(types: !41)
!41 = !{null, !30, !20}

!100 = distinct !DISubprogram(name: "a64_pair_big", scope: !1, file: !1, line: 3, type: !40, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!103 = !DILocalVariable(name: "p", arg: 1, scope: !100, file: !1, line: 3, type: !30)
!104 = !DILocalVariable(name: "b", arg: 2, scope: !100, file: !1, line: 3, type: !20)
!109 = !DILocation(line: 3, scope: !100)
