; C strings: a pointer to plain `char` (through typedefs and qualifiers) is
; reported as an object of 64 bytes (LayoutRules.h StringBytes) with the
; one-pair table {0, 64}, in every ABI, so that the runtimes record its
; first 64 bytes and the viewer shows the text up to the NUL. `signed char`,
; `unsigned char` and `char **` stay plain pointers. Made with
; clang -O1 -g -fno-discard-value-names from:
;
;   typedef char text_t;
;   int s_plain(char *s) { return s[0]; }
;   int s_const(const char *const s) { return s[0]; }
;   int s_typedef(const text_t *s) { return s[0]; }
;   int s_signed(signed char *b) { return b[0]; }
;   int s_unsigned(unsigned char *b) { return b[0]; }
;   int s_argv(char **argv) { return argv[0][0]; }
;   const char *s_ret(int i) { return i ? "yes" : "no"; }
;
; (every function noinline)
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s --check-prefix=A
; RUN: %opt -passes='sancov-dataflow<abi=value>' -S %s | FileCheck %s --check-prefix=C
; RUN: %opt -passes='sancov-dataflow<abi=tag>' -S %s | FileCheck %s --check-prefix=D
; REQUIRES: x86-registered-target
; clang 22 wrote the IR below (captures(none)): LLVM 22 only.
; REQUIRES: llvm-22
;
; One string table per module, named so that binaries list it.
; A: @__sancov_dataflow_string = internal unnamed_addr constant [2 x i64] [i64 0, i64 64], align 8
; C: @__sancov_dataflow_string = internal unnamed_addr constant [2 x i64] [i64 0, i64 64], align 8
; D: @__sancov_dataflow_string = internal unnamed_addr constant [3 x i64] [i64 1, i64 0, i64 64], align 8
;
; A-LABEL: define {{.*}} @s_plain(
; A: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_plain to i64), i32 0, i32 64, ptr %s, ptr @__sancov_dataflow_string, i32 1)
; C-LABEL: define {{.*}} @s_plain(
; C: [[S:%.*]] = ptrtoint ptr %s to i64
; C-NEXT: call void @__sanitizer_cov_trace_args(i32 0, i32 64, i64 [[S]], ptr @__sancov_dataflow_string, i32 1)
; D-LABEL: define {{.*}} @s_plain(
; D: [[S:%.*]] = ptrtoint ptr %s to i64
; D-NEXT: call void @__sanitizer_cov_trace_args(i64 64, i64 [[S]], ptr @__sancov_dataflow_string)
;
; A-LABEL: define {{.*}} @s_const(
; A: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_const to i64), i32 0, i32 64, ptr %s, ptr @__sancov_dataflow_string, i32 1)
; A-LABEL: define {{.*}} @s_typedef(
; A: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_typedef to i64), i32 0, i32 64, ptr %s, ptr @__sancov_dataflow_string, i32 1)
; C-LABEL: define {{.*}} @s_typedef(
; C: call void @__sanitizer_cov_trace_args(i32 0, i32 64, i64 {{%.*}}, ptr @__sancov_dataflow_string, i32 1)
;
; A-LABEL: define {{.*}} @s_signed(
; A: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_signed to i64), i32 0, i32 8, ptr %b, ptr null, i32 0)
; A-LABEL: define {{.*}} @s_unsigned(
; A: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_unsigned to i64), i32 0, i32 8, ptr %b, ptr null, i32 0)
; A-LABEL: define {{.*}} @s_argv(
; A: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_argv to i64), i32 0, i32 8, ptr %argv, ptr null, i32 0)
; C-LABEL: define {{.*}} @s_argv(
; C: call void @__sanitizer_cov_trace_args(i32 0, i32 8, i64 {{%.*}}, ptr null, i32 0)
;
; A-LABEL: define {{.*}} @s_ret(
; A: call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @s_ret to i64), i32 64, ptr %cond, ptr @__sancov_dataflow_string, i32 1)
; C-LABEL: define {{.*}} @s_ret(
; C: call void @__sanitizer_cov_trace_ret(i32 64, i64 {{%.*}}, ptr @__sancov_dataflow_string, i32 1)
; D-LABEL: define {{.*}} @s_ret(
; D: call void @__sanitizer_cov_trace_ret(i64 64, i64 {{%.*}}, ptr @__sancov_dataflow_string)

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [4 x i8] c"yes\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [3 x i8] c"no\00", align 1, !dbg !7

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local range(i32 -128, 128) i32 @s_plain(ptr noundef readonly captures(none) %s) local_unnamed_addr #0 !dbg !26 {
entry:
    #dbg_value(ptr %s, !32, !DIExpression(), !33)
  %0 = load i8, ptr %s, align 1, !dbg !34, !tbaa !35
  %conv = sext i8 %0 to i32, !dbg !36
  ret i32 %conv, !dbg !37
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local range(i32 -128, 128) i32 @s_const(ptr noundef readonly captures(none) %s) local_unnamed_addr #0 !dbg !38 {
entry:
    #dbg_value(ptr %s, !45, !DIExpression(), !46)
  %0 = load i8, ptr %s, align 1, !dbg !47, !tbaa !35
  %conv = sext i8 %0 to i32, !dbg !48
  ret i32 %conv, !dbg !49
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local range(i32 -128, 128) i32 @s_typedef(ptr noundef readonly captures(none) %s) local_unnamed_addr #0 !dbg !50 {
entry:
    #dbg_value(ptr %s, !57, !DIExpression(), !58)
  %0 = load i8, ptr %s, align 1, !dbg !59, !tbaa !35
  %conv = sext i8 %0 to i32, !dbg !60
  ret i32 %conv, !dbg !61
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local range(i32 -128, 128) i32 @s_signed(ptr noundef readonly captures(none) %b) local_unnamed_addr #0 !dbg !62 {
entry:
    #dbg_value(ptr %b, !68, !DIExpression(), !69)
  %0 = load i8, ptr %b, align 1, !dbg !70, !tbaa !35
  %conv = sext i8 %0 to i32, !dbg !71
  ret i32 %conv, !dbg !72
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local range(i32 0, 256) i32 @s_unsigned(ptr noundef readonly captures(none) %b) local_unnamed_addr #0 !dbg !73 {
entry:
    #dbg_value(ptr %b, !79, !DIExpression(), !80)
  %0 = load i8, ptr %b, align 1, !dbg !81, !tbaa !35
  %conv = zext i8 %0 to i32, !dbg !82
  ret i32 %conv, !dbg !83
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local range(i32 -128, 128) i32 @s_argv(ptr noundef readonly captures(none) %argv) local_unnamed_addr #1 !dbg !84 {
entry:
    #dbg_value(ptr %argv, !89, !DIExpression(), !90)
  %0 = load ptr, ptr %argv, align 8, !dbg !91, !tbaa !92
  %1 = load i8, ptr %0, align 1, !dbg !95, !tbaa !35
  %conv = sext i8 %1 to i32, !dbg !96
  ret i32 %conv, !dbg !97
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef nonnull ptr @s_ret(i32 noundef %i) local_unnamed_addr #2 !dbg !98 {
entry:
    #dbg_value(i32 %i, !102, !DIExpression(), !103)
  %tobool.not = icmp eq i32 %i, 0, !dbg !104
  %cond = select i1 %tobool.not, ptr @.str.1, ptr @.str, !dbg !105
  ret ptr %cond, !dbg !106
}

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!12}
!llvm.module.flags = !{!14, !15, !16, !17, !18, !19, !20}
!llvm.ident = !{!21}
!llvm.errno.tbaa = !{!22}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 8, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "s.c", directory: "/tmp", checksumkind: CSK_MD5, checksum: "b3462751ebdc336a33140e107d3f4a30")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 32, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 4)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 8, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 24, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 3)
!12 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !13, splitDebugInlining: false, nameTableKind: None)
!13 = !{!0, !7}
!14 = !{i32 7, !"Dwarf Version", i32 5}
!15 = !{i32 2, !"Debug Info Version", i32 3}
!16 = !{i32 1, !"wchar_size", i32 4}
!17 = !{i32 8, !"PIC Level", i32 2}
!18 = !{i32 7, !"PIE Level", i32 2}
!19 = !{i32 7, !"uwtable", i32 2}
!20 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!21 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!22 = !{!23, !23, i64 0}
!23 = !{!"int", !24, i64 0}
!24 = !{!"omnipotent char", !25, i64 0}
!25 = !{!"Simple C/C++ TBAA"}
!26 = distinct !DISubprogram(name: "s_plain", scope: !2, file: !2, line: 2, type: !27, scopeLine: 2, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !12, retainedNodes: !31, keyInstructions: true)
!27 = !DISubroutineType(types: !28)
!28 = !{!29, !30}
!29 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!30 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!31 = !{!32}
!32 = !DILocalVariable(name: "s", arg: 1, scope: !26, file: !2, line: 2, type: !30)
!33 = !DILocation(line: 0, scope: !26)
!34 = !DILocation(line: 2, scope: !26, atomGroup: 1, atomRank: 3)
!35 = !{!24, !24, i64 0}
!36 = !DILocation(line: 2, scope: !26, atomGroup: 1, atomRank: 2)
!37 = !DILocation(line: 2, scope: !26, atomGroup: 1, atomRank: 1)
!38 = distinct !DISubprogram(name: "s_const", scope: !2, file: !2, line: 3, type: !39, scopeLine: 3, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !12, retainedNodes: !44, keyInstructions: true)
!39 = !DISubroutineType(types: !40)
!40 = !{!29, !41}
!41 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !42)
!42 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !43, size: 64)
!43 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!44 = !{!45}
!45 = !DILocalVariable(name: "s", arg: 1, scope: !38, file: !2, line: 3, type: !41)
!46 = !DILocation(line: 0, scope: !38)
!47 = !DILocation(line: 3, scope: !38, atomGroup: 1, atomRank: 3)
!48 = !DILocation(line: 3, scope: !38, atomGroup: 1, atomRank: 2)
!49 = !DILocation(line: 3, scope: !38, atomGroup: 1, atomRank: 1)
!50 = distinct !DISubprogram(name: "s_typedef", scope: !2, file: !2, line: 4, type: !51, scopeLine: 4, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !12, retainedNodes: !56, keyInstructions: true)
!51 = !DISubroutineType(types: !52)
!52 = !{!29, !53}
!53 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !54, size: 64)
!54 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !55)
!55 = !DIDerivedType(tag: DW_TAG_typedef, name: "text_t", file: !2, line: 1, baseType: !4)
!56 = !{!57}
!57 = !DILocalVariable(name: "s", arg: 1, scope: !50, file: !2, line: 4, type: !53)
!58 = !DILocation(line: 0, scope: !50)
!59 = !DILocation(line: 4, scope: !50, atomGroup: 1, atomRank: 3)
!60 = !DILocation(line: 4, scope: !50, atomGroup: 1, atomRank: 2)
!61 = !DILocation(line: 4, scope: !50, atomGroup: 1, atomRank: 1)
!62 = distinct !DISubprogram(name: "s_signed", scope: !2, file: !2, line: 5, type: !63, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !12, retainedNodes: !67, keyInstructions: true)
!63 = !DISubroutineType(types: !64)
!64 = !{!29, !65}
!65 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !66, size: 64)
!66 = !DIBasicType(name: "signed char", size: 8, encoding: DW_ATE_signed_char)
!67 = !{!68}
!68 = !DILocalVariable(name: "b", arg: 1, scope: !62, file: !2, line: 5, type: !65)
!69 = !DILocation(line: 0, scope: !62)
!70 = !DILocation(line: 5, scope: !62, atomGroup: 1, atomRank: 3)
!71 = !DILocation(line: 5, scope: !62, atomGroup: 1, atomRank: 2)
!72 = !DILocation(line: 5, scope: !62, atomGroup: 1, atomRank: 1)
!73 = distinct !DISubprogram(name: "s_unsigned", scope: !2, file: !2, line: 6, type: !74, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !12, retainedNodes: !78, keyInstructions: true)
!74 = !DISubroutineType(types: !75)
!75 = !{!29, !76}
!76 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !77, size: 64)
!77 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!78 = !{!79}
!79 = !DILocalVariable(name: "b", arg: 1, scope: !73, file: !2, line: 6, type: !76)
!80 = !DILocation(line: 0, scope: !73)
!81 = !DILocation(line: 6, scope: !73, atomGroup: 1, atomRank: 3)
!82 = !DILocation(line: 6, scope: !73, atomGroup: 1, atomRank: 2)
!83 = !DILocation(line: 6, scope: !73, atomGroup: 1, atomRank: 1)
!84 = distinct !DISubprogram(name: "s_argv", scope: !2, file: !2, line: 7, type: !85, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !12, retainedNodes: !88, keyInstructions: true)
!85 = !DISubroutineType(types: !86)
!86 = !{!29, !87}
!87 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !30, size: 64)
!88 = !{!89}
!89 = !DILocalVariable(name: "argv", arg: 1, scope: !84, file: !2, line: 7, type: !87)
!90 = !DILocation(line: 0, scope: !84)
!91 = !DILocation(line: 7, scope: !84)
!92 = !{!93, !93, i64 0}
!93 = !{!"p1 omnipotent char", !94, i64 0}
!94 = !{!"any pointer", !24, i64 0}
!95 = !DILocation(line: 7, scope: !84, atomGroup: 1, atomRank: 3)
!96 = !DILocation(line: 7, scope: !84, atomGroup: 1, atomRank: 2)
!97 = !DILocation(line: 7, scope: !84, atomGroup: 1, atomRank: 1)
!98 = distinct !DISubprogram(name: "s_ret", scope: !2, file: !2, line: 8, type: !99, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !12, retainedNodes: !101, keyInstructions: true)
!99 = !DISubroutineType(types: !100)
!100 = !{!42, !29}
!101 = !{!102}
!102 = !DILocalVariable(name: "i", arg: 1, scope: !98, file: !2, line: 8, type: !29)
!103 = !DILocation(line: 0, scope: !98)
!104 = !DILocation(line: 8, scope: !98)
!105 = !DILocation(line: 8, scope: !98, atomGroup: 1, atomRank: 2)
!106 = !DILocation(line: 8, scope: !98, atomGroup: 1, atomRank: 1)
