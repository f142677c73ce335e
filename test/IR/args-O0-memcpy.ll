; -O0: a struct passed in registers whose coerced IR type is larger than
; the struct (`struct { int a, b, c; }` -> (i64, i32), `struct { float x, y,
; z; }` -> (<2 x float>, float)) is stored by the prologue into a temporary
; of the coerced type and memcpy'd into the variable's slot. The incoming
; pieces are followed through that copy and reassembled in the shared slot
; (bytes 0..7 and 8..11), size 12, with the struct's table, as at -O2.
; This is the exact IR `clang-22 -g -O0` emits for the C below, with
; `nocapture` for `captures(none)` (LLVM 22 reads it as that; LLVM 19 has
; only this spelling).
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; The same calls under an aarch64 triple (as on x86-64, u32 operands not extended):
; RUN: %opt -passes=sancov-dataflow -S -mtriple=aarch64-linux-gnu %s | FileCheck %s --check-prefixes=CHECK,A64
; REQUIRES: x86-registered-target, aarch64-registered-target
; A64: target triple = "aarch64-unknown-linux-gnu"

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.three = type { i32, i32, i32 }
%struct.fl3 = type { float, float, float }

; CHECK-DAG: @__sancov_dataflow_fields.three = internal unnamed_addr constant [6 x i64] [i64 0, i64 4, i64 4, i64 4, i64 8, i64 4], align 8
; CHECK-DAG: @__sancov_dataflow_fields.fl3 = internal unnamed_addr constant [6 x i64] [i64 0, i64 4, i64 4, i64 4, i64 8, i64 4], align 8

; struct three { int a, b, c; };
; void o_three(struct three t) {}
; CHECK-LABEL: define void @o_three(
; CHECK: %[[SLOT:.+]] = alloca [{{12|16}} x i8], align
; CHECK-DAG: store i64 %t.coerce0, ptr %[[G0:[^,]+]], align
; CHECK-DAG: %[[G0]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 0
; CHECK-DAG: store i32 %t.coerce1, ptr %[[G8:[^,]+]], align
; CHECK-DAG: %[[G8]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 8
; CHECK: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @o_three to i64), i32 0, i32 12, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.three, i32 3)
; CHECK: call void @llvm.memcpy
define void @o_three(i64 %t.coerce0, i32 %t.coerce1) #0 !dbg !100 {
entry:
  %t = alloca %struct.three, align 4
  %coerce = alloca { i64, i32 }, align 4
  %c0 = getelementptr inbounds nuw { i64, i32 }, ptr %coerce, i32 0, i32 0
  store i64 %t.coerce0, ptr %c0, align 4
  %c1 = getelementptr inbounds nuw { i64, i32 }, ptr %coerce, i32 0, i32 1
  store i32 %t.coerce1, ptr %c1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %t, ptr align 4 %coerce, i64 12, i1 false)
    #dbg_declare(ptr %t, !103, !DIExpression(), !109)
  ret void, !dbg !109
}

; struct fl3 { float x, y, z; };
; void o_fl3(struct fl3 v) {}
; CHECK-LABEL: define void @o_fl3(
; CHECK: %[[SLOT:.+]] = alloca [{{12|16}} x i8], align
; CHECK-DAG: store <2 x float> %v.coerce0, ptr %[[G0:[^,]+]], align
; CHECK-DAG: %[[G0]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 0
; CHECK-DAG: store float %v.coerce1, ptr %[[G8:[^,]+]], align
; CHECK-DAG: %[[G8]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 8
; CHECK: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @o_fl3 to i64), i32 0, i32 12, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.fl3, i32 3)
; CHECK: call void @llvm.memcpy
define void @o_fl3(<2 x float> %v.coerce0, float %v.coerce1) #0 !dbg !110 {
entry:
  %v = alloca %struct.fl3, align 4
  %coerce = alloca { <2 x float>, float }, align 4
  %c0 = getelementptr inbounds nuw { <2 x float>, float }, ptr %coerce, i32 0, i32 0
  store <2 x float> %v.coerce0, ptr %c0, align 4
  %c1 = getelementptr inbounds nuw { <2 x float>, float }, ptr %coerce, i32 0, i32 1
  store float %v.coerce1, ptr %c1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %v, ptr align 4 %coerce, i64 12, i1 false)
    #dbg_declare(ptr %v, !113, !DIExpression(), !119)
  ret void, !dbg !119
}

declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly nocapture, ptr noalias readonly nocapture, i64, i1 immarg)

attributes #0 = { noinline nounwind optnone uwtable }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "args-O0-memcpy.c", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!11 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)

!20 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "three", file: !1, line: 1, size: 96, elements: !21)
!21 = !{!22, !23, !24}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !20, file: !1, line: 1, baseType: !10, size: 32)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !20, file: !1, line: 1, baseType: !10, size: 32, offset: 32)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !20, file: !1, line: 1, baseType: !10, size: 32, offset: 64)

!30 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "fl3", file: !1, line: 2, size: 96, elements: !31)
!31 = !{!32, !33, !34}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !30, file: !1, line: 2, baseType: !11, size: 32)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !30, file: !1, line: 2, baseType: !11, size: 32, offset: 32)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "z", scope: !30, file: !1, line: 2, baseType: !11, size: 32, offset: 64)

!100 = distinct !DISubprogram(name: "o_three", scope: !1, file: !1, line: 4, type: !101, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!101 = !DISubroutineType(types: !102)
!102 = !{null, !20}
!103 = !DILocalVariable(name: "t", arg: 1, scope: !100, file: !1, line: 4, type: !20)
!109 = !DILocation(line: 4, scope: !100)

!110 = distinct !DISubprogram(name: "o_fl3", scope: !1, file: !1, line: 5, type: !111, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!111 = !DISubroutineType(types: !112)
!112 = !{null, !30}
!113 = !DILocalVariable(name: "v", arg: 1, scope: !110, file: !1, line: 5, type: !30)
!119 = !DILocation(line: 5, scope: !110)
