; Inlined frames: each callee the inliner merged into a function is
; reported with its own parameter numbering, by calls located in the callee
; with the call site's inline chain, so that the return address minus one
; resolves through DWARF inline info to the callee. Made with clang -O2 -g:
;
;   struct pt { int x, y; };
;   static inline int leaf(int a, struct pt *p) { return a * p->x + p->y; }
;   static inline int mid(int m, struct pt *p) { return leaf(m + 1, p) * 2; }
;   int caller(int c, struct pt *p) { return mid(c, p) + 3; }
;   int pub(int a) { return a * 3; }
;   int caller2(int b) { return pub(b) + 1; }
;   static inline int gone(int unused) { return 4; }
;   int folds(int f) { return gone(f) + f; }
;
; On by default in abi=value and abi=tag (no pc); with `inlined-frames`
; ABIs with a pc report the callees that keep an out-of-line body, with
; that body's address.
;
; RUN: %opt -passes='sancov-dataflow<abi=value;no-entry-exit>' -S %s | FileCheck %s --check-prefix=C
; RUN: %opt -passes='sancov-dataflow<abi=value;no-inlined-frames;no-entry-exit>' -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes='sancov-dataflow<no-entry-exit>' -S %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes='sancov-dataflow<inlined-frames;no-entry-exit>' -S %s | FileCheck %s --check-prefix=A
; RUN: %opt -passes='sancov-dataflow<abi=value;guard;no-entry-exit>' -S %s | FileCheck %s --check-prefix=GUARD
; REQUIRES: x86-registered-target
; clang 22 wrote the IR below (captures(none), key instructions): LLVM 22 only.
; REQUIRES: llvm-22
;
; caller: its own two parameters, then mid's (m = c), then leaf's
; (a = c + 1), each in its frame.
; C-LABEL: define {{.*}} @caller(
; C: call void @__sanitizer_cov_trace_args(i32 0, i32 4, i64 {{%[0-9]+}}, ptr null, i32 0){{.*}}, !dbg [[CALLER:![0-9]+]]
; C-NEXT: ptrtoint ptr %p to i64
; C-NEXT: call void @__sanitizer_cov_trace_args(i32 1, i32 8, i64 {{%[0-9]+}}, ptr @__sancov_dataflow_fields.pt, i32 2){{.*}}, !dbg [[CALLER]]
; C: [[M:%.*]] = zext i32 %c to i64
; C-NEXT: call void @__sanitizer_cov_trace_args(i32 0, i32 4, i64 [[M]], ptr null, i32 0){{.*}}, !dbg [[MID:![0-9]+]]
; C-NEXT: ptrtoint ptr %p to i64
; C-NEXT: call void @__sanitizer_cov_trace_args(i32 1, i32 8, i64 {{%[0-9]+}}, ptr @__sancov_dataflow_fields.pt, i32 2){{.*}}, !dbg [[MID]]
; C-NEXT: %add.i = add nsw i32 %c, 1
; C: [[LA:%.*]] = zext i32 %add.i to i64
; C-NEXT: call void @__sanitizer_cov_trace_args(i32 0, i32 4, i64 [[LA]], ptr null, i32 0){{.*}}, !dbg [[LEAF:![0-9]+]]
; C-NEXT: ptrtoint ptr %p to i64
; C-NEXT: call void @__sanitizer_cov_trace_args(i32 1, i32 8, i64 {{%[0-9]+}}, ptr @__sancov_dataflow_fields.pt, i32 2){{.*}}, !dbg [[LEAF]]
; C: call void @__sanitizer_cov_trace_ret(i32 4,
;
; A callee whose code folded away entirely is no frame.
; C-LABEL: define {{.*}} @folds(
; C: call void @__sanitizer_cov_trace_args(i32 0,
; C-NOT: call void @__sanitizer_cov_trace_args(
; C: call void @__sanitizer_cov_trace_ret(
;
; ABI A with inlined-frames: pub keeps its body, so its inlined copy is
; reported with pub's address; mid and leaf have none.
; A-LABEL: define {{.*}} @caller(
; A-COUNT-2: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @caller to i64)
; A-NOT: call void @__sanitizer_cov_trace_args(
; A: call void @__sanitizer_cov_trace_ret(
; A-LABEL: define {{.*}} @caller2(
; A: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @caller2 to i64), i32 0, i32 4
; A: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @pub to i64), i32 0, i32 4, {{.*}}, !dbg [[PUB:![0-9]+]]
;
; With guard, each frame's records are a guarded group of their own, in
; the same order: caller, mid, leaf; the copy without records has none.
; GUARD-LABEL: define {{.*}} @caller(
; GUARD: sancov_dataflow.traced:
; GUARD-NEXT: zext i32 %c to i64
; GUARD-NEXT: call void @__sanitizer_cov_trace_args(i32 0, i32 4, {{.*}} !dbg [[GC:![0-9]+]]
; GUARD: call void @__sanitizer_cov_trace_args(i32 1, i32 8, {{.*}} !dbg [[GC]]
; GUARD: zext i32 %c to i64
; GUARD-NEXT: call void @__sanitizer_cov_trace_args(i32 0, i32 4, {{.*}} !dbg [[GM:![0-9]+]]
; GUARD: zext i32 %add.i to i64
; GUARD-NEXT: call void @__sanitizer_cov_trace_args(i32 0, i32 4, {{.*}} !dbg [[GL:![0-9]+]]
; GUARD: sancov_dataflow.traced.plain:
; GUARD-NOT: call
; GUARD: ret i32 %add.plain
; GUARD-DAG: [[GM]] = !DILocation(line: 3, scope: {{![0-9]+}}, inlinedAt:
; GUARD-DAG: [[GL]] = !DILocation(line: 2, scope: {{![0-9]+}}, inlinedAt:
;
; OFF-LABEL: define {{.*}} @caller(
; OFF-COUNT-2: call void @__sanitizer_cov_trace_args(
; OFF-NOT: call void @__sanitizer_cov_trace_args(
; OFF: call void @__sanitizer_cov_trace_ret(
;
; The calls' locations: the frame's subprogram at its scope line, with the
; call site chain.
; C-DAG: [[CALLER]] = !DILocation(line: 4, scope: [[CALLERSP:![0-9]+]])
; C-DAG: [[CALLERSP]] = distinct !DISubprogram(name: "caller"
; C-DAG: [[MID]] = !DILocation(line: 3, scope: [[MIDSP:![0-9]+]], inlinedAt: [[MIDAT:![0-9]+]])
; C-DAG: [[MIDSP]] = distinct !DISubprogram(name: "mid"
; C-DAG: [[MIDAT]] = distinct !DILocation(line: 4, column: {{[0-9]+}}, scope: [[CALLERSP]])
; C-DAG: [[LEAF]] = !DILocation(line: 2, scope: [[LEAFSP:![0-9]+]], inlinedAt: [[LEAFAT:![0-9]+]])
; C-DAG: [[LEAFSP]] = distinct !DISubprogram(name: "leaf"
; C-DAG: [[LEAFAT]] = distinct !DILocation(line: 3, column: {{[0-9]+}}, scope: [[MIDSP]], inlinedAt: [[MIDAT]])
; A-DAG: [[PUB]] = !DILocation(line: 5, scope: [[PUBSP:![0-9]+]], inlinedAt: [[PUBAT:![0-9]+]])
; A-DAG: [[PUBSP]] = distinct !DISubprogram(name: "pub"
; A-DAG: [[PUBAT]] = distinct !DILocation(line: 6, column: {{[0-9]+}}, scope:

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local range(i32 -2147483645, -2147483648) i32 @caller(i32 noundef %c, ptr noundef readonly captures(none) %p) local_unnamed_addr #0 !dbg !14 {
entry:
    #dbg_value(i32 %c, !24, !DIExpression(), !26)
    #dbg_value(ptr %p, !25, !DIExpression(), !26)
    #dbg_value(i32 %c, !27, !DIExpression(), !31)
    #dbg_value(ptr %p, !30, !DIExpression(), !31)
  %add.i = add nsw i32 %c, 1, !dbg !33
    #dbg_value(i32 %add.i, !34, !DIExpression(), !38)
    #dbg_value(ptr %p, !37, !DIExpression(), !38)
  %0 = load i32, ptr %p, align 4, !dbg !40, !tbaa !41
  %mul.i.i = mul nsw i32 %0, %add.i, !dbg !43
  %y.i.i = getelementptr inbounds nuw i8, ptr %p, i64 4, !dbg !44
  %1 = load i32, ptr %y.i.i, align 4, !dbg !44, !tbaa !45
  %add.i.i = add nsw i32 %mul.i.i, %1, !dbg !46
  %mul.i = shl nsw i32 %add.i.i, 1, !dbg !47
  %add = add nsw i32 %mul.i, 3, !dbg !48
  ret i32 %add, !dbg !49
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @pub(i32 noundef %a) local_unnamed_addr #1 !dbg !50 {
entry:
    #dbg_value(i32 %a, !54, !DIExpression(), !55)
  %mul = mul nsw i32 %a, 3, !dbg !56
  ret i32 %mul, !dbg !57
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i32 -2147483647, -2147483648) i32 @caller2(i32 noundef %b) local_unnamed_addr #1 !dbg !58 {
entry:
    #dbg_value(i32 %b, !60, !DIExpression(), !61)
    #dbg_value(i32 %b, !54, !DIExpression(), !62)
  %mul.i = mul nsw i32 %b, 3, !dbg !64
  %add = add nsw i32 %mul.i, 1, !dbg !65
  ret i32 %add, !dbg !66
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i32 -2147483644, -2147483648) i32 @folds(i32 noundef %f) local_unnamed_addr #1 !dbg !67 {
entry:
    #dbg_value(i32 %f, !69, !DIExpression(), !70)
  %add = add nsw i32 %f, 4, !dbg !71
  ret i32 %add, !dbg !72
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7, !8}
!llvm.errno.tbaa = !{!10}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "inl2.c", directory: "/tmp/inl", checksumkind: CSK_MD5, checksum: "a1827fef67ec281a79df4decf1db7dbc")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!9 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!10 = !{!11, !11, i64 0}
!11 = !{!"int", !12, i64 0}
!12 = !{!"omnipotent char", !13, i64 0}
!13 = !{!"Simple C/C++ TBAA"}
!14 = distinct !DISubprogram(name: "caller", scope: !1, file: !1, line: 4, type: !15, scopeLine: 4, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !23, keyInstructions: true)
!15 = !DISubroutineType(types: !16)
!16 = !{!17, !17, !18}
!17 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!18 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !19, size: 64)
!19 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pt", file: !1, line: 1, size: 64, elements: !20)
!20 = !{!21, !22}
!21 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !19, file: !1, line: 1, baseType: !17, size: 32)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !19, file: !1, line: 1, baseType: !17, size: 32, offset: 32)
!23 = !{!24, !25}
!24 = !DILocalVariable(name: "c", arg: 1, scope: !14, file: !1, line: 4, type: !17)
!25 = !DILocalVariable(name: "p", arg: 2, scope: !14, file: !1, line: 4, type: !18)
!26 = !DILocation(line: 0, scope: !14)
!27 = !DILocalVariable(name: "m", arg: 1, scope: !28, file: !1, line: 3, type: !17)
!28 = distinct !DISubprogram(name: "mid", scope: !1, file: !1, line: 3, type: !15, scopeLine: 3, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !29, keyInstructions: true)
!29 = !{!27, !30}
!30 = !DILocalVariable(name: "p", arg: 2, scope: !28, file: !1, line: 3, type: !18)
!31 = !DILocation(line: 0, scope: !28, inlinedAt: !32)
!32 = distinct !DILocation(line: 4, column: 42, scope: !14)
!33 = !DILocation(line: 3, column: 60, scope: !28, inlinedAt: !32)
!34 = !DILocalVariable(name: "a", arg: 1, scope: !35, file: !1, line: 2, type: !17)
!35 = distinct !DISubprogram(name: "leaf", scope: !1, file: !1, line: 2, type: !15, scopeLine: 2, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !36, keyInstructions: true)
!36 = !{!34, !37}
!37 = !DILocalVariable(name: "p", arg: 2, scope: !35, file: !1, line: 2, type: !18)
!38 = !DILocation(line: 0, scope: !35, inlinedAt: !39)
!39 = distinct !DILocation(line: 3, column: 53, scope: !28, inlinedAt: !32)
!40 = !DILocation(line: 2, column: 61, scope: !35, inlinedAt: !39)
!41 = !{!42, !11, i64 0}
!42 = !{!"pt", !11, i64 0, !11, i64 4}
!43 = !DILocation(line: 2, column: 56, scope: !35, inlinedAt: !39)
!44 = !DILocation(line: 2, column: 68, scope: !35, inlinedAt: !39)
!45 = !{!42, !11, i64 4}
!46 = !DILocation(line: 2, column: 63, scope: !35, inlinedAt: !39, atomGroup: 1, atomRank: 2)
!47 = !DILocation(line: 3, column: 68, scope: !28, inlinedAt: !32, atomGroup: 1, atomRank: 2)
!48 = !DILocation(line: 4, column: 52, scope: !14, atomGroup: 1, atomRank: 2)
!49 = !DILocation(line: 4, column: 35, scope: !14, atomGroup: 1, atomRank: 1)
!50 = distinct !DISubprogram(name: "pub", scope: !1, file: !1, line: 5, type: !51, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !53, keyInstructions: true)
!51 = !DISubroutineType(types: !52)
!52 = !{!17, !17}
!53 = !{!54}
!54 = !DILocalVariable(name: "a", arg: 1, scope: !50, file: !1, line: 5, type: !17)
!55 = !DILocation(line: 0, scope: !50)
!56 = !DILocation(line: 5, column: 27, scope: !50, atomGroup: 1, atomRank: 2)
!57 = !DILocation(line: 5, column: 18, scope: !50, atomGroup: 1, atomRank: 1)
!58 = distinct !DISubprogram(name: "caller2", scope: !1, file: !1, line: 6, type: !51, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !59, keyInstructions: true)
!59 = !{!60}
!60 = !DILocalVariable(name: "b", arg: 1, scope: !58, file: !1, line: 6, type: !17)
!61 = !DILocation(line: 0, scope: !58)
!62 = !DILocation(line: 0, scope: !50, inlinedAt: !63)
!63 = distinct !DILocation(line: 6, column: 29, scope: !58)
!64 = !DILocation(line: 5, column: 27, scope: !50, inlinedAt: !63, atomGroup: 1, atomRank: 2)
!65 = !DILocation(line: 6, column: 36, scope: !58, atomGroup: 1, atomRank: 2)
!66 = !DILocation(line: 6, column: 22, scope: !58, atomGroup: 1, atomRank: 1)
!67 = distinct !DISubprogram(name: "folds", scope: !1, file: !1, line: 8, type: !51, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !68, keyInstructions: true)
!68 = !{!69}
!69 = !DILocalVariable(name: "f", arg: 1, scope: !67, file: !1, line: 8, type: !17)
!70 = !DILocation(line: 0, scope: !67)
!71 = !DILocation(line: 8, column: 35, scope: !67, atomGroup: 1, atomRank: 2)
!72 = !DILocation(line: 8, column: 20, scope: !67, atomGroup: 1, atomRank: 1)
