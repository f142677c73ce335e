; The value ABIs (B abi=value-pc, C abi=value, D abi=tag): values passed as
; i64 operands, never through a stack slot; wider values as one call per 8
; bytes; objects by address with their table. Made with clang -O1 -g from:
;
;   struct pair { int x, y; };
;   struct big { long a, b, c; };
;   struct __attribute__((aligned(16))) A16 { long a; };
;   int add(int a, int b) { return a + b; }
;   int get(struct pair *p) { return p->y; }
;   int byval_pair(struct pair p) { return p.x * p.y; }
;   double half(double d) { return d / 2; }
;   long wide(__int128 w) { return (long)(w >> 64); }
;   void nothing(void *p) { asm volatile("" ::"r"(p) : "memory"); }
;   struct big make(long a) { struct big b = {a, a + 1, a + 2}; return b; }
;   long double ld(long double x) { return x * 2; }
;   struct A16 a16(struct A16 s) { s.a++; return s; }
;
; (every function noinline)
;
; RUN: %opt -passes='sancov-dataflow<abi=value;no-entry-exit>' -S %s | FileCheck %s --check-prefixes=ALL,C
; RUN: %opt -passes='sancov-dataflow<abi=value-pc;no-entry-exit>' -S %s | FileCheck %s --check-prefixes=ALL,B
; RUN: %opt -passes='sancov-dataflow<abi=tag;no-entry-exit>' -S %s | FileCheck %s --check-prefixes=ALL,D
; RUN: %opt -passes='sancov-dataflow<abi=value;no-entry-exit>' -S %s | FileCheck %s --check-prefix=NOSLOT
; RUN: %opt -passes='sancov-dataflow<abi=value-pc;no-entry-exit>' -S %s | FileCheck %s --check-prefix=NOSLOT
; RUN: %opt -passes='sancov-dataflow<abi=tag;no-entry-exit>' -S %s | FileCheck %s --check-prefix=NOSLOT
; NOSLOT-NOT: alloca
; REQUIRES: x86-registered-target
; clang 22 wrote the IR below (captures(none), key instructions): LLVM 22 only.
; REQUIRES: llvm-22
;
; Tables: plain pairs, or (D) the pair count first.
; C: @__sancov_dataflow_fields.pair = internal unnamed_addr constant [4 x i64] [i64 0, i64 4, i64 4, i64 4]
; C: @__sancov_dataflow_fields.big = internal unnamed_addr constant [6 x i64] [i64 0, i64 8, i64 8, i64 8, i64 16, i64 8]
; B: @__sancov_dataflow_fields.pair = internal unnamed_addr constant [4 x i64] [i64 0, i64 4, i64 4, i64 4]
; D: @__sancov_dataflow_fields.pair = internal unnamed_addr constant [5 x i64] [i64 2, i64 0, i64 4, i64 4, i64 4]
; D: @__sancov_dataflow_fields.big = internal unnamed_addr constant [7 x i64] [i64 3, i64 0, i64 8, i64 8, i64 8, i64 16, i64 8]
;
; Scalars: zero-extended, size of the source type.
; ALL-LABEL: define {{.*}} @add(
; ALL: [[A:%.*]] = zext i32 %a to i64
; C-NEXT: call void @__sanitizer_cov_trace_args(i32 0, i32 4, i64 [[A]], ptr null, i32 0)
; B-NEXT: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @add to i64), i32 0, i32 4, i64 [[A]], ptr null, i32 0)
; D-NEXT: call void @__sanitizer_cov_trace_args(i64 4, i64 [[A]], ptr null)
; ALL: [[B:%.*]] = zext i32 %b to i64
; C-NEXT: call void @__sanitizer_cov_trace_args(i32 1, i32 4, i64 [[B]], ptr null, i32 0)
; B-NEXT: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @add to i64), i32 1, i32 4, i64 [[B]], ptr null, i32 0)
; D-NEXT: call void @__sanitizer_cov_trace_args(i64 4294967300, i64 [[B]], ptr null)
; ALL: [[R:%.*]] = zext i32 %add to i64
; C-NEXT: call void @__sanitizer_cov_trace_ret(i32 4, i64 [[R]], ptr null, i32 0)
; B-NEXT: call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @add to i64), i32 4, i64 [[R]], ptr null, i32 0)
; D-NEXT: call void @__sanitizer_cov_trace_ret(i64 4, i64 [[R]], ptr null)
; ALL-NEXT: ret i32 %add
;
; A pointer to a struct: its address, the struct's size and table.
; ALL-LABEL: define {{.*}} @get(
; ALL: [[P:%.*]] = ptrtoint ptr %p to i64
; C-NEXT: call void @__sanitizer_cov_trace_args(i32 0, i32 8, i64 [[P]], ptr @__sancov_dataflow_fields.pair, i32 2)
; D-NEXT: call void @__sanitizer_cov_trace_args(i64 8, i64 [[P]], ptr @__sancov_dataflow_fields.pair)
;
; A struct coerced into one i64 and split into two fragments: rebuilt as
; one 8-byte value laid out like the struct.
; ALL-LABEL: define {{.*}} @byval_pair(
; ALL: [[X:%.*]] = zext i32 %p.sroa.0.0.extract.trunc to i64
; ALL-NEXT: [[Y:%.*]] = zext i32 %p.sroa.2.0.extract.trunc to i64
; ALL-NEXT: [[YS:%.*]] = shl i64 [[Y]], 32
; ALL-NEXT: [[V:%.*]] = or i64 [[X]], [[YS]]
; C-NEXT: call void @__sanitizer_cov_trace_args(i32 0, i32 8, i64 [[V]], ptr null, i32 0)
;
; Floating point: its bits.
; ALL-LABEL: define {{.*}} @half(
; ALL: [[D:%.*]] = bitcast double %d to i64
; C-NEXT: call void @__sanitizer_cov_trace_args(i32 0, i32 8, i64 [[D]], ptr null, i32 0)
;
; 16 bytes in registers: two calls, each with the whole size.
; ALL-LABEL: define {{.*}} @wide(
; ALL: [[LO:%.*]] = trunc i128 %w to i64
; ALL-NEXT: [[SH:%.*]] = lshr i128 %w, 64
; ALL-NEXT: [[HI:%.*]] = trunc i128 [[SH]] to i64
; C-NEXT: call void @__sanitizer_cov_trace_args(i32 0, i32 16, i64 [[LO]], ptr null, i32 0)
; C-NEXT: call void @__sanitizer_cov_trace_args(i32 0, i32 16, i64 [[HI]], ptr null, i32 0)
; D-NEXT: call void @__sanitizer_cov_trace_args(i64 16, i64 [[LO]], ptr null)
; D-NEXT: call void @__sanitizer_cov_trace_args(i64 16, i64 [[HI]], ptr null)
;
; A pointer without a layout is a value; void returns say size 0.
; ALL-LABEL: define {{.*}} @nothing(
; ALL: [[NP:%.*]] = ptrtoint ptr %p to i64
; C-NEXT: call void @__sanitizer_cov_trace_args(i32 0, i32 8, i64 [[NP]], ptr null, i32 0)
; C: call void @__sanitizer_cov_trace_ret(i32 0, i64 0, ptr null, i32 0)
; D: call void @__sanitizer_cov_trace_ret(i64 0, i64 0, ptr null)
;
; sret: the buffer's address with the declared struct's size and table.
; ALL-LABEL: define {{.*}} @make(
; C: call void @__sanitizer_cov_trace_args(i32 0, i32 8, i64 %a, ptr null, i32 0)
; ALL: [[BUF:%.*]] = ptrtoint ptr %agg.result to i64
; C-NEXT: call void @__sanitizer_cov_trace_ret(i32 24, i64 [[BUF]], ptr @__sancov_dataflow_fields.big, i32 3)
; B-NEXT: call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @make to i64), i32 24, i64 [[BUF]], ptr @__sancov_dataflow_fields.big, i32 3)
; D-NEXT: call void @__sanitizer_cov_trace_ret(i64 24, i64 [[BUF]], ptr @__sancov_dataflow_fields.big)
;
; x86 long double: all 10 bytes of the returned value.
; ALL-LABEL: define {{.*}} @ld(
; ALL: [[LD:%.*]] = bitcast x86_fp80 %mul to i80
; ALL-NEXT: [[L0:%.*]] = trunc i80 [[LD]] to i64
; ALL-NEXT: [[L1S:%.*]] = lshr i80 [[LD]], 64
; ALL-NEXT: [[L1:%.*]] = trunc i80 [[L1S]] to i64
; C-NEXT: call void @__sanitizer_cov_trace_ret(i32 10, i64 [[L0]], ptr null, i32 0)
; C-NEXT: call void @__sanitizer_cov_trace_ret(i32 10, i64 [[L1]], ptr null, i32 0)
;
; An over-aligned struct returned as one i64 that holds all its members.
; ALL-LABEL: define {{.*}} @a16(
; C: call void @__sanitizer_cov_trace_ret(i32 8, i64 %inc, ptr null, i32 0)
; D: call void @__sanitizer_cov_trace_ret(i64 8, i64 %inc, ptr null)
;
; C: declare void @__sanitizer_cov_trace_args(i32, i32, i64, ptr, i32)
; C: declare void @__sanitizer_cov_trace_ret(i32, i64, ptr, i32)
; B: declare void @__sanitizer_cov_trace_args(i64, i32, i32, i64, ptr, i32)
; D: declare void @__sanitizer_cov_trace_args(i64, i64, ptr)

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.big = type { i64, i64, i64 }

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @add(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 !dbg !16 {
entry:
    #dbg_value(i32 %a, !21, !DIExpression(), !23)
    #dbg_value(i32 %b, !22, !DIExpression(), !23)
  %add = add nsw i32 %b, %a, !dbg !24
  ret i32 %add, !dbg !25
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local i32 @get(ptr noundef readonly captures(none) %p) local_unnamed_addr #1 !dbg !26 {
entry:
    #dbg_value(ptr %p, !35, !DIExpression(), !36)
  %y = getelementptr inbounds nuw i8, ptr %p, i64 4, !dbg !37
  %0 = load i32, ptr %y, align 4, !dbg !38, !tbaa !39
  ret i32 %0, !dbg !41
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @byval_pair(i64 %p.coerce) local_unnamed_addr #0 !dbg !42 {
entry:
  %p.sroa.0.0.extract.trunc = trunc i64 %p.coerce to i32
  %p.sroa.2.0.extract.shift = lshr i64 %p.coerce, 32
  %p.sroa.2.0.extract.trunc = trunc nuw i64 %p.sroa.2.0.extract.shift to i32
    #dbg_value(i32 %p.sroa.0.0.extract.trunc, !46, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !47)
    #dbg_value(i32 %p.sroa.2.0.extract.trunc, !46, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !47)
  %mul = mul nsw i32 %p.sroa.2.0.extract.trunc, %p.sroa.0.0.extract.trunc, !dbg !48
  ret i32 %mul, !dbg !49
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @half(double noundef %d) local_unnamed_addr #0 !dbg !50 {
entry:
    #dbg_value(double %d, !55, !DIExpression(), !56)
  %div = fmul double %d, 5.000000e-01, !dbg !57
  ret double %div, !dbg !58
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i64 @wide(i128 noundef %w) local_unnamed_addr #0 !dbg !59 {
entry:
    #dbg_value(i128 %w, !64, !DIExpression(), !65)
  %shr = lshr i128 %w, 64, !dbg !66
  %conv = trunc nuw i128 %shr to i64, !dbg !67
  ret i64 %conv, !dbg !68
}

; Function Attrs: noinline nounwind uwtable
define dso_local void @nothing(ptr noundef %p) local_unnamed_addr #2 !dbg !69 {
entry:
    #dbg_value(ptr %p, !74, !DIExpression(), !75)
  tail call void asm sideeffect "", "r,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr %p) #4, !dbg !76, !srcloc !77
  ret void, !dbg !78
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define dso_local void @make(ptr dead_on_unwind noalias writable writeonly sret(%struct.big) align 8 captures(none) initializes((0, 24)) %agg.result, i64 noundef %a) local_unnamed_addr #3 !dbg !79 {
entry:
    #dbg_value(i64 %a, !88, !DIExpression(), !90)
    #dbg_declare(ptr %agg.result, !89, !DIExpression(), !91)
  store i64 %a, ptr %agg.result, align 8, !dbg !92, !tbaa !93
  %b = getelementptr inbounds nuw i8, ptr %agg.result, i64 8, !dbg !96
  %add = add nsw i64 %a, 1, !dbg !97
  store i64 %add, ptr %b, align 8, !dbg !92, !tbaa !98
  %c = getelementptr inbounds nuw i8, ptr %agg.result, i64 16, !dbg !96
  %add2 = add nsw i64 %a, 2, !dbg !99
  store i64 %add2, ptr %c, align 8, !dbg !92, !tbaa !100
  ret void, !dbg !101
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef x86_fp80 @ld(x86_fp80 noundef %x) local_unnamed_addr #0 !dbg !102 {
entry:
    #dbg_value(x86_fp80 %x, !107, !DIExpression(DW_OP_LLVM_fragment, 0, 80), !108)
  %mul = fmul x86_fp80 %x, 0xK40008000000000000000, !dbg !109
  ret x86_fp80 %mul, !dbg !110
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i64 -9223372036854775807, -9223372036854775808) i64 @a16(i64 %s.coerce) local_unnamed_addr #0 !dbg !111 {
entry:
    #dbg_value(i64 %s.coerce, !118, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !119)
  %inc = add nsw i64 %s.coerce, 1, !dbg !120
    #dbg_value(i64 %inc, !118, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !119)
  ret i64 %inc, !dbg !121
}

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!4, !5, !6, !7, !8, !9, !10}
!llvm.errno.tbaa = !{!12}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "v.c", directory: "/tmp/abi", checksumkind: CSK_MD5, checksum: "bcb00649a7e38acdbfb3fa2564b1d6d4")
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
!16 = distinct !DISubprogram(name: "add", scope: !1, file: !1, line: 4, type: !17, scopeLine: 4, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !20, keyInstructions: true)
!17 = !DISubroutineType(types: !18)
!18 = !{!19, !19, !19}
!19 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!20 = !{!21, !22}
!21 = !DILocalVariable(name: "a", arg: 1, scope: !16, file: !1, line: 4, type: !19)
!22 = !DILocalVariable(name: "b", arg: 2, scope: !16, file: !1, line: 4, type: !19)
!23 = !DILocation(line: 0, scope: !16)
!24 = !DILocation(line: 4, column: 60, scope: !16, atomGroup: 1, atomRank: 2)
!25 = !DILocation(line: 4, column: 51, scope: !16, atomGroup: 1, atomRank: 1)
!26 = distinct !DISubprogram(name: "get", scope: !1, file: !1, line: 5, type: !27, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !34, keyInstructions: true)
!27 = !DISubroutineType(types: !28)
!28 = !{!19, !29}
!29 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !30, size: 64)
!30 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pair", file: !1, line: 1, size: 64, elements: !31)
!31 = !{!32, !33}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !30, file: !1, line: 1, baseType: !19, size: 32)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !30, file: !1, line: 1, baseType: !19, size: 32, offset: 32)
!34 = !{!35}
!35 = !DILocalVariable(name: "p", arg: 1, scope: !26, file: !1, line: 5, type: !29)
!36 = !DILocation(line: 0, scope: !26)
!37 = !DILocation(line: 5, column: 63, scope: !26)
!38 = !DILocation(line: 5, column: 63, scope: !26, atomGroup: 1, atomRank: 2)
!39 = !{!40, !13, i64 4}
!40 = !{!"pair", !13, i64 0, !13, i64 4}
!41 = !DILocation(line: 5, column: 53, scope: !26, atomGroup: 1, atomRank: 1)
!42 = distinct !DISubprogram(name: "byval_pair", scope: !1, file: !1, line: 6, type: !43, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !45, keyInstructions: true)
!43 = !DISubroutineType(types: !44)
!44 = !{!19, !30}
!45 = !{!46}
!46 = !DILocalVariable(name: "p", arg: 1, scope: !42, file: !1, line: 6, type: !30)
!47 = !DILocation(line: 0, scope: !42)
!48 = !DILocation(line: 6, column: 70, scope: !42, atomGroup: 1, atomRank: 2)
!49 = !DILocation(line: 6, column: 59, scope: !42, atomGroup: 1, atomRank: 1)
!50 = distinct !DISubprogram(name: "half", scope: !1, file: !1, line: 7, type: !51, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !54, keyInstructions: true)
!51 = !DISubroutineType(types: !52)
!52 = !{!53, !53}
!53 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!54 = !{!55}
!55 = !DILocalVariable(name: "d", arg: 1, scope: !50, file: !1, line: 7, type: !53)
!56 = !DILocation(line: 0, scope: !50)
!57 = !DILocation(line: 7, column: 60, scope: !50, atomGroup: 1, atomRank: 2)
!58 = !DILocation(line: 7, column: 51, scope: !50, atomGroup: 1, atomRank: 1)
!59 = distinct !DISubprogram(name: "wide", scope: !1, file: !1, line: 8, type: !60, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !63, keyInstructions: true)
!60 = !DISubroutineType(types: !61)
!61 = !{!3, !62}
!62 = !DIBasicType(name: "__int128", size: 128, encoding: DW_ATE_signed)
!63 = !{!64}
!64 = !DILocalVariable(name: "w", arg: 1, scope: !59, file: !1, line: 8, type: !62)
!65 = !DILocation(line: 0, scope: !59)
!66 = !DILocation(line: 8, column: 67, scope: !59, atomGroup: 1, atomRank: 3)
!67 = !DILocation(line: 8, column: 58, scope: !59, atomGroup: 1, atomRank: 2)
!68 = !DILocation(line: 8, column: 51, scope: !59, atomGroup: 1, atomRank: 1)
!69 = distinct !DISubprogram(name: "nothing", scope: !1, file: !1, line: 9, type: !70, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !73, keyInstructions: true)
!70 = !DISubroutineType(types: !71)
!71 = !{null, !72}
!72 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!73 = !{!74}
!74 = !DILocalVariable(name: "p", arg: 1, scope: !69, file: !1, line: 9, type: !72)
!75 = !DILocation(line: 0, scope: !69)
!76 = !DILocation(line: 9, column: 51, scope: !69, atomGroup: 1, atomRank: 1)
!77 = !{i64 532}
!78 = !DILocation(line: 9, column: 93, scope: !69, atomGroup: 2, atomRank: 1)
!79 = distinct !DISubprogram(name: "make", scope: !1, file: !1, line: 10, type: !80, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !87, keyInstructions: true)
!80 = !DISubroutineType(types: !81)
!81 = !{!82, !3}
!82 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "big", file: !1, line: 2, size: 192, elements: !83)
!83 = !{!84, !85, !86}
!84 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !82, file: !1, line: 2, baseType: !3, size: 64)
!85 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !82, file: !1, line: 2, baseType: !3, size: 64, offset: 64)
!86 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !82, file: !1, line: 2, baseType: !3, size: 64, offset: 128)
!87 = !{!88, !89}
!88 = !DILocalVariable(name: "a", arg: 1, scope: !79, file: !1, line: 10, type: !3)
!89 = !DILocalVariable(name: "b", scope: !79, file: !1, line: 10, type: !82)
!90 = !DILocation(line: 0, scope: !79)
!91 = !DILocation(line: 10, column: 64, scope: !79)
!92 = !DILocation(line: 10, column: 68, scope: !79, atomGroup: 1, atomRank: 1)
!93 = !{!94, !95, i64 0}
!94 = !{!"big", !95, i64 0, !95, i64 8, !95, i64 16}
!95 = !{!"long", !14, i64 0}
!96 = !DILocation(line: 10, column: 68, scope: !79)
!97 = !DILocation(line: 10, column: 74, scope: !79, atomGroup: 1, atomRank: 2)
!98 = !{!94, !95, i64 8}
!99 = !DILocation(line: 10, column: 81, scope: !79, atomGroup: 1, atomRank: 2)
!100 = !{!94, !95, i64 16}
!101 = !DILocation(line: 10, column: 87, scope: !79, atomGroup: 2, atomRank: 1)
!102 = distinct !DISubprogram(name: "ld", scope: !1, file: !1, line: 11, type: !103, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !106, keyInstructions: true)
!103 = !DISubroutineType(types: !104)
!104 = !{!105, !105}
!105 = !DIBasicType(name: "long double", size: 128, encoding: DW_ATE_float)
!106 = !{!107}
!107 = !DILocalVariable(name: "x", arg: 1, scope: !102, file: !1, line: 11, type: !105)
!108 = !DILocation(line: 0, scope: !102)
!109 = !DILocation(line: 11, column: 68, scope: !102, atomGroup: 1, atomRank: 2)
!110 = !DILocation(line: 11, column: 59, scope: !102, atomGroup: 1, atomRank: 1)
!111 = distinct !DISubprogram(name: "a16", scope: !1, file: !1, line: 12, type: !112, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !117, keyInstructions: true)
!112 = !DISubroutineType(types: !113)
!113 = !{!114, !114}
!114 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "A16", file: !1, line: 3, size: 128, align: 128, elements: !115)
!115 = !{!116}
!116 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !114, file: !1, line: 3, baseType: !3, size: 64)
!117 = !{!118}
!118 = !DILocalVariable(name: "s", arg: 1, scope: !111, file: !1, line: 12, type: !114)
!119 = !DILocation(line: 0, scope: !111)
!120 = !DILocation(line: 12, column: 61, scope: !111, atomGroup: 1, atomRank: 2)
!121 = !DILocation(line: 12, column: 65, scope: !111, atomGroup: 2, atomRank: 1)
