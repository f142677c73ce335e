; Values the plugin used to report as missing. Made with clang -O2 -g from:
;
;   struct __attribute__((aligned(16))) A16 { long a; };
;   struct SXL { long double ld; };
;   long bi(_BitInt(37) a, unsigned _BitInt(200) b) { return (long)a + (long)b; }
;   struct A16 a16(struct A16 s) { s.a++; return s; }
;   struct SXL sxl(long double x) { struct SXL s = {x}; return s; }
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; RUN: %opt -passes=sancov-dataflow -pass-remarks-missed=sancov-dataflow -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK --allow-empty
; REQUIRES: x86-registered-target
; clang 22 wrote the IR below (captures(none), key instructions): LLVM 22 only.
; REQUIRES: llvm-22
;
; _BitInt(37) arrives in an i64 and is sign-extended in place (shl, ashr):
; that is a conversion of the argument, so its value. The 200-bit one is
; the load of its byval memory, described as its low 200 bits zero-extended
; back to 256 (DW_OP_LLVM_convert): the bits above 200 are padding that
; DW_AT_bit_size tells a reader to ignore, so the load is reported whole,
; 32 bytes.
; CHECK-LABEL: define {{.*}} @bi(
; CHECK: store i64 %storedv, ptr [[S:%sancov_dataflow.slot]], align 8
; CHECK-NEXT: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @bi to i64), i32 0, i32 8, ptr [[S]], ptr null, i32 0)
; CHECK-NEXT: store i256 %1, ptr [[S2:%sancov_dataflow.slot[0-9]*]], align 16
; CHECK-NEXT: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @bi to i64), i32 1, i32 32, ptr [[S2]], ptr null, i32 0)
; REMARK-NOT: of bi is reported as missing
;
; An over-aligned struct returned as the one i64 that holds all its members:
; 8 bytes laid out like the struct, with its table.
; CHECK-LABEL: define {{.*}} @a16(
; CHECK: store i64 %inc, ptr [[S:%sancov_dataflow.slot]], align 8
; CHECK-NEXT: call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @a16 to i64), i32 8, ptr [[S]], ptr @__sancov_dataflow_fields.A16, i32 1)
;
; struct { long double } returned as x86_fp80: its 10 bytes.
; CHECK-LABEL: define {{.*}} @sxl(
; CHECK: store x86_fp80 %x, ptr [[S:%sancov_dataflow.slot]], align 16
; CHECK-NEXT: call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @sxl to i64), i32 10, ptr [[S]], ptr @__sancov_dataflow_fields.SXL, i32 1)
; REMARK-NOT: a16 is reported as missing
; REMARK-NOT: sxl is reported as missing

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local i64 @bi(i64 noundef %a.coerce, ptr noundef readonly byval(i256) align 8 captures(none) %0) local_unnamed_addr #0 !dbg !16 {
entry:
  %1 = load i256, ptr %0, align 8, !tbaa !24
  %sext = shl i64 %a.coerce, 27
  %storedv = ashr exact i64 %sext, 27
    #dbg_value(i64 %storedv, !22, !DIExpression(), !26)
    #dbg_value(i256 %1, !23, !DIExpression(DW_OP_LLVM_convert, 256, DW_ATE_unsigned, DW_OP_LLVM_convert, 200, DW_ATE_unsigned, DW_OP_LLVM_convert, 200, DW_ATE_unsigned, DW_OP_LLVM_convert, 256, DW_ATE_unsigned, DW_OP_stack_value), !26)
  %conv5 = trunc i256 %1 to i64, !dbg !27
  %add = add nsw i64 %storedv, %conv5, !dbg !28
  ret i64 %add, !dbg !29
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i64 -9223372036854775807, -9223372036854775808) i64 @a16(i64 %s.coerce) local_unnamed_addr #1 !dbg !30 {
entry:
    #dbg_value(i64 %s.coerce, !37, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !38)
  %inc = add nsw i64 %s.coerce, 1, !dbg !39
    #dbg_value(i64 %inc, !37, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !38)
  ret i64 %inc, !dbg !40
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef x86_fp80 @sxl(x86_fp80 noundef returned %x) local_unnamed_addr #1 !dbg !41 {
entry:
    #dbg_value(x86_fp80 %x, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 80), !51)
    #dbg_value(x86_fp80 %x, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 80), !51)
  ret x86_fp80 %x, !dbg !52
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!4, !5, !6, !7, !8, !9, !10}
!llvm.errno.tbaa = !{!12}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "o2.c", directory: "/tmp/i12", checksumkind: CSK_MD5, checksum: "6f5820083ee6c5797a3a863be2856c6d")
!2 = !{!3}
!3 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!4 = !{i32 7, !"Dwarf Version", i32 5}
!5 = !{i32 2, !"Debug Info Version", i32 3}
!6 = !{i32 1, !"wchar_size", i32 4}
!7 = !{i32 8, !"PIC Level", i32 2}
!8 = !{i32 7, !"PIE Level", i32 2}
!9 = !{i32 7, !"uwtable", i32 2}
!10 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!11 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!12 = !{!13, !13, i64 0}
!13 = !{!"int", !14, i64 0}
!14 = !{!"omnipotent char", !15, i64 0}
!15 = !{!"Simple C/C++ TBAA"}
!16 = distinct !DISubprogram(name: "bi", scope: !1, file: !1, line: 3, type: !17, scopeLine: 3, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !21, keyInstructions: true)
!17 = !DISubroutineType(types: !18)
!18 = !{!3, !19, !20}
!19 = !DIBasicType(name: "_BitInt(37)", size: 64, dataSize: 37, encoding: DW_ATE_signed)
!20 = !DIBasicType(name: "unsigned _BitInt(200)", size: 256, dataSize: 200, encoding: DW_ATE_unsigned)
!21 = !{!22, !23}
!22 = !DILocalVariable(name: "a", arg: 1, scope: !16, file: !1, line: 3, type: !19)
!23 = !DILocalVariable(name: "b", arg: 2, scope: !16, file: !1, line: 3, type: !20)
!24 = !{!25, !25, i64 0}
!25 = !{!"_BitInt(200)", !14, i64 0}
!26 = !DILocation(line: 0, scope: !16)
!27 = !DILocation(line: 3, column: 68, scope: !16)
!28 = !DILocation(line: 3, column: 66, scope: !16, atomGroup: 1, atomRank: 2)
!29 = !DILocation(line: 3, column: 51, scope: !16, atomGroup: 1, atomRank: 1)
!30 = distinct !DISubprogram(name: "a16", scope: !1, file: !1, line: 4, type: !31, scopeLine: 4, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !36, keyInstructions: true)
!31 = !DISubroutineType(types: !32)
!32 = !{!33, !33}
!33 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "A16", file: !1, line: 1, size: 128, align: 128, elements: !34)
!34 = !{!35}
!35 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !33, file: !1, line: 1, baseType: !3, size: 64)
!36 = !{!37}
!37 = !DILocalVariable(name: "s", arg: 1, scope: !30, file: !1, line: 4, type: !33)
!38 = !DILocation(line: 0, scope: !30)
!39 = !DILocation(line: 4, column: 35, scope: !30, atomGroup: 1, atomRank: 2)
!40 = !DILocation(line: 4, column: 39, scope: !30, atomGroup: 2, atomRank: 1)
!41 = distinct !DISubprogram(name: "sxl", scope: !1, file: !1, line: 5, type: !42, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !48, keyInstructions: true)
!42 = !DISubroutineType(types: !43)
!43 = !{!44, !47}
!44 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "SXL", file: !1, line: 2, size: 128, elements: !45)
!45 = !{!46}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "ld", scope: !44, file: !1, line: 2, baseType: !47, size: 128)
!47 = !DIBasicType(name: "long double", size: 128, encoding: DW_ATE_float)
!48 = !{!49, !50}
!49 = !DILocalVariable(name: "x", arg: 1, scope: !41, file: !1, line: 5, type: !47)
!50 = !DILocalVariable(name: "s", scope: !41, file: !1, line: 5, type: !44)
!51 = !DILocation(line: 0, scope: !41)
!52 = !DILocation(line: 5, column: 53, scope: !41, atomGroup: 2, atomRank: 1)
