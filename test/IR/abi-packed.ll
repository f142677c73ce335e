; ABI E (abi=packed): a frame's parameters in one call, a return value in
; one call, up to five value words each, B's constant operands in a
; descriptor; narrow values passed as they are; the callback preserve_most.
; Made with clang -O1 -g from:
;
;   struct pair { int x, y; };
;   struct big { long a, b, c; };
;   int add(int a, int b) { return a + b; }
;   int get(struct pair *p) { return p->y; }
;   double half(double d) { return d / 2; }
;   long wide(__int128 w) { return (long)(w >> 64); }
;   void nothing(void *p) { asm volatile("" ::"r"(p) : "memory"); }
;   struct big make(long a) { struct big b = {a, a + 1, a + 2}; return b; }
;   long six(long a, long b, long c, long d, long e, long f)
;     { return a ^ b ^ c ^ d ^ e ^ f; }
;   __attribute__((section(".init.text"))) int setup(int a) { return a + 1; }
;   __attribute__((section(".exit.text"))) void teardown(void) { asm volatile(""); }
;
; (every function noinline), and a C++-style inline function by hand.
;
; RUN: %opt -passes='sancov-dataflow<abi=packed;no-entry-exit>' -S %s | FileCheck %s
; RUN: %opt -passes='sancov-dataflow<abi=packed;no-entry-exit>' %s | %llc -O2 | grep -v -E '^\s*[.#]' | FileCheck %s --check-prefix=ASM
; REQUIRES: x86-registered-target
; clang 22 wrote the IR below (captures(none), key instructions): LLVM 22 only.
; REQUIRES: llvm-22
;
; Descriptors: pc, flags (1: return), slot count, then per slot
; {arg_idx, size, num_fields, 0, table}.
; CHECK: @[[ADD_IN:__sancov_dataflow_packed]] = private unnamed_addr constant { i64, i32, i32, [2 x { i32, i32, i32, i32, ptr }] } { i64 ptrtoint (ptr @add to i64), i32 0, i32 2, [2 x { i32, i32, i32, i32, ptr }] [{ i32, i32, i32, i32, ptr } { i32 0, i32 4, i32 0, i32 0, ptr null }, { i32, i32, i32, i32, ptr } { i32 1, i32 4, i32 0, i32 0, ptr null }] }, align 8
; CHECK: @[[ADD_OUT:__sancov_dataflow_packed.1]] = private unnamed_addr constant { i64, i32, i32, [1 x { i32, i32, i32, i32, ptr }] } { i64 ptrtoint (ptr @add to i64), i32 1, i32 1, [1 x { i32, i32, i32, i32, ptr }] [{ i32, i32, i32, i32, ptr } { i32 0, i32 4, i32 0, i32 0, ptr null }] }, align 8
; CHECK: @[[GET_IN:__sancov_dataflow_packed.2]] = {{.*}} { i64 ptrtoint (ptr @get to i64), i32 0, i32 1, [1 x { i32, i32, i32, i32, ptr }] [{ i32, i32, i32, i32, ptr } { i32 0, i32 8, i32 2, i32 0, ptr @__sancov_dataflow_fields.pair }] }, align 8
; CHECK: @[[WIDE_IN:__sancov_dataflow_packed.6]] = {{.*}} { i64 ptrtoint (ptr @wide to i64), i32 0, i32 2, [2 x { i32, i32, i32, i32, ptr }] [{ i32, i32, i32, i32, ptr } { i32 0, i32 16, i32 0, i32 0, ptr null }, { i32, i32, i32, i32, ptr } { i32 0, i32 16, i32 0, i32 0, ptr null }] }, align 8
; CHECK: @[[NOTHING_OUT:__sancov_dataflow_packed.9]] = {{.*}} { i64 ptrtoint (ptr @nothing to i64), i32 1, i32 1, [1 x { i32, i32, i32, i32, ptr }] zeroinitializer }, align 8
; CHECK: @[[MAKE_OUT:__sancov_dataflow_packed.11]] = {{.*}} { i64 ptrtoint (ptr @make to i64), i32 1, i32 1, [1 x { i32, i32, i32, i32, ptr }] [{ i32, i32, i32, i32, ptr } { i32 0, i32 24, i32 3, i32 0, ptr @__sancov_dataflow_fields.big }] }, align 8
; CHECK: @[[SIX_IN:__sancov_dataflow_packed.12]] = {{.*}} { i64 ptrtoint (ptr @six to i64), i32 0, i32 5, [5 x { i32, i32, i32, i32, ptr }] [{ i32, i32, i32, i32, ptr } { i32 0, i32 8, i32 0, i32 0, ptr null }, { i32, i32, i32, i32, ptr } { i32 1, i32 8, i32 0, i32 0, ptr null }, { i32, i32, i32, i32, ptr } { i32 2, i32 8, i32 0, i32 0, ptr null }, { i32, i32, i32, i32, ptr } { i32 3, i32 8, i32 0, i32 0, ptr null }, { i32, i32, i32, i32, ptr } { i32 4, i32 8, i32 0, i32 0, ptr null }] }, align 8
; CHECK: @[[SIX_IN2:__sancov_dataflow_packed.13]] = {{.*}} { i64 ptrtoint (ptr @six to i64), i32 0, i32 1, [1 x { i32, i32, i32, i32, ptr }] [{ i32, i32, i32, i32, ptr } { i32 5, i32 8, i32 0, i32 0, ptr null }] }, align 8
; Code the kernel frees or discards: its descriptors go with it.
; CHECK: @[[SETUP_IN:__sancov_dataflow_packed.15]] = {{.*}} @setup to i64), {{.*}}, section ".init.rodata", align 8
; CHECK: @[[TEARDOWN_OUT:__sancov_dataflow_packed.17]] = {{.*}} @teardown to i64), {{.*}}, section ".exit.data", align 8
; A weak or linkonce function: its private alias, and its comdat.
; CHECK: @[[INLINE_IN:__sancov_dataflow_packed.18]] = {{.*}} { i64 ptrtoint (ptr @inline_fn.sancov_dataflow_pc to i64), i32 0, i32 1, {{.*}} }, comdat($inline_fn), align 8
;
; An int goes as an i32 (no zext), both parameters in one call.
; CHECK-LABEL: define {{.*}} @add(
; CHECK-NEXT: notail call preserve_mostcc void @__sanitizer_cov_trace_packed(i32 %0, i32 %1, i64 poison, i64 poison, i64 poison, ptr @[[ADD_IN]])
; CHECK: [[SUM:%.*]] = add nsw i32 %1, %0
; CHECK-NEXT: notail call preserve_mostcc void @__sanitizer_cov_trace_packed(i32 [[SUM]], i64 poison, i64 poison, i64 poison, i64 poison, ptr @[[ADD_OUT]])
; CHECK-NEXT: ret i32 [[SUM]]
;
; A pointer to a struct: its address; size and table in the descriptor.
; CHECK-LABEL: define {{.*}} @get(
; CHECK: [[P:%.*]] = ptrtoint ptr %0 to i64
; CHECK-NEXT: call preserve_mostcc void @__sanitizer_cov_trace_packed(i64 [[P]], i64 poison, i64 poison, i64 poison, i64 poison, ptr @[[GET_IN]])
;
; Floating point: its bits, in a general register.
; CHECK-LABEL: define {{.*}} @half(
; CHECK: [[D:%.*]] = bitcast double %0 to i64
; CHECK-NEXT: call preserve_mostcc void @__sanitizer_cov_trace_packed(i64 [[D]], i64 poison,
;
; 16 bytes: two slots of one parameter.
; CHECK-LABEL: define {{.*}} @wide(
; CHECK: [[LO:%.*]] = trunc i128 %0 to i64
; CHECK: [[HI:%.*]] = trunc i128 {{%.*}} to i64
; CHECK-NEXT: call preserve_mostcc void @__sanitizer_cov_trace_packed(i64 [[LO]], i64 [[HI]], i64 poison, i64 poison, i64 poison, ptr @[[WIDE_IN]])
;
; void: a return slot of size 0 and no value.
; CHECK-LABEL: define {{.*}} @nothing(
; CHECK: call preserve_mostcc void @__sanitizer_cov_trace_packed(i64 poison, i64 poison, i64 poison, i64 poison, i64 poison, ptr @[[NOTHING_OUT]])
; CHECK-NEXT: ret void
;
; sret: the buffer's address with the struct's table.
; CHECK-LABEL: define {{.*}} @make(
; CHECK: [[S:%.*]] = ptrtoint ptr %0 to i64
; CHECK-NEXT: call preserve_mostcc void @__sanitizer_cov_trace_packed(i64 [[S]], i64 poison, i64 poison, i64 poison, i64 poison, ptr @[[MAKE_OUT]])
;
; Six values: five in the first call, the sixth in a second.
; CHECK-LABEL: define {{.*}} @six(
; CHECK-NEXT: call preserve_mostcc void @__sanitizer_cov_trace_packed(i64 %0, i64 %1, i64 %2, i64 %3, i64 %4, ptr @[[SIX_IN]])
; CHECK-NEXT: call preserve_mostcc void @__sanitizer_cov_trace_packed(i64 %5, i64 poison, i64 poison, i64 poison, i64 poison, ptr @[[SIX_IN2]])
;
; CHECK-LABEL: define {{.*}} @setup(
; CHECK-NEXT: call preserve_mostcc void @__sanitizer_cov_trace_packed(i32 %0, {{.*}}, ptr @[[SETUP_IN]])
; CHECK-LABEL: define {{.*}} @teardown(
; CHECK: call preserve_mostcc void @__sanitizer_cov_trace_packed({{.*}}, ptr @[[TEARDOWN_OUT]])
; CHECK-LABEL: define linkonce_odr i64 @inline_fn(
; CHECK-NEXT: call preserve_mostcc void @__sanitizer_cov_trace_packed(i64 %a, {{.*}}, ptr @[[INLINE_IN]])
;
; CHECK: declare preserve_mostcc void @__sanitizer_cov_trace_packed(i64, i64, i64, i64, i64, ptr)
;
; The point of the convention: parameters stay in their registers; an entry
; costs the descriptor's address and the call, a return one move more.
; ASM-LABEL: add:
; ASM: pushq %rax
; ASM-NEXT: movl $.L__sancov_dataflow_packed, %r9d
; ASM-NEXT: callq __sanitizer_cov_trace_packed@PLT
; ASM-NEXT: leal (%rsi,%rdi), %eax
; ASM-NEXT: movl $.L__sancov_dataflow_packed.1, %r9d
; ASM-NEXT: movl %eax, %edi
; ASM-NEXT: callq __sanitizer_cov_trace_packed@PLT
; ASM-NEXT: popq %rcx
; ASM-NEXT: retq

source_filename = "q.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.big = type { i64, i64, i64 }

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @add(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 !dbg !16 {
    #dbg_value(i32 %0, !21, !DIExpression(), !23)
    #dbg_value(i32 %1, !22, !DIExpression(), !23)
  %3 = add nsw i32 %1, %0, !dbg !24
  ret i32 %3, !dbg !25
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local i32 @get(ptr noundef readonly captures(none) %0) local_unnamed_addr #1 !dbg !26 {
    #dbg_value(ptr %0, !35, !DIExpression(), !36)
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 4, !dbg !37
  %3 = load i32, ptr %2, align 4, !dbg !38, !tbaa !39
  ret i32 %3, !dbg !41
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @half(double noundef %0) local_unnamed_addr #0 !dbg !42 {
    #dbg_value(double %0, !47, !DIExpression(), !48)
  %2 = fmul double %0, 5.000000e-01, !dbg !49
  ret double %2, !dbg !50
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i64 @wide(i128 noundef %0) local_unnamed_addr #0 !dbg !51 {
    #dbg_value(i128 %0, !56, !DIExpression(), !57)
  %2 = lshr i128 %0, 64, !dbg !58
  %3 = trunc nuw i128 %2 to i64, !dbg !59
  ret i64 %3, !dbg !60
}

; Function Attrs: noinline nounwind uwtable
define dso_local void @nothing(ptr noundef %0) local_unnamed_addr #2 !dbg !61 {
    #dbg_value(ptr %0, !66, !DIExpression(), !67)
  tail call void asm sideeffect "", "r,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr %0) #4, !dbg !68, !srcloc !69
  ret void, !dbg !70
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define dso_local void @make(ptr dead_on_unwind noalias writable writeonly sret(%struct.big) align 8 captures(none) initializes((0, 24)) %0, i64 noundef %1) local_unnamed_addr #3 !dbg !71 {
    #dbg_value(i64 %1, !80, !DIExpression(), !82)
    #dbg_declare(ptr %0, !81, !DIExpression(), !83)
  store i64 %1, ptr %0, align 8, !dbg !84, !tbaa !85
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 8, !dbg !88
  %4 = add nsw i64 %1, 1, !dbg !89
  store i64 %4, ptr %3, align 8, !dbg !84, !tbaa !90
  %5 = getelementptr inbounds nuw i8, ptr %0, i64 16, !dbg !88
  %6 = add nsw i64 %1, 2, !dbg !91
  store i64 %6, ptr %5, align 8, !dbg !84, !tbaa !92
  ret void, !dbg !93
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i64 @six(i64 noundef %0, i64 noundef %1, i64 noundef %2, i64 noundef %3, i64 noundef %4, i64 noundef %5) local_unnamed_addr #0 !dbg !94 {
    #dbg_value(i64 %0, !98, !DIExpression(), !104)
    #dbg_value(i64 %1, !99, !DIExpression(), !104)
    #dbg_value(i64 %2, !100, !DIExpression(), !104)
    #dbg_value(i64 %3, !101, !DIExpression(), !104)
    #dbg_value(i64 %4, !102, !DIExpression(), !104)
    #dbg_value(i64 %5, !103, !DIExpression(), !104)
  %7 = xor i64 %1, %0, !dbg !105
  %8 = xor i64 %7, %2, !dbg !106
  %9 = xor i64 %8, %3, !dbg !107
  %10 = xor i64 %9, %4, !dbg !108
  %11 = xor i64 %10, %5, !dbg !109
  ret i64 %11, !dbg !110
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i32 -2147483647, -2147483648) i32 @setup(i32 noundef %0) local_unnamed_addr #0 section ".init.text" !dbg !111 {
    #dbg_value(i32 %0, !115, !DIExpression(), !116)
  %2 = add nsw i32 %0, 1, !dbg !117
  ret i32 %2, !dbg !118
}

; Function Attrs: noinline nounwind uwtable
define dso_local void @teardown() local_unnamed_addr #2 section ".exit.text" !dbg !119 {
  tail call void asm sideeffect "", "~{dirflag},~{fpsr},~{flags}"() #4, !dbg !122, !srcloc !123
  ret void, !dbg !124
}

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!4, !5, !6, !7, !8, !9, !10}
!llvm.ident = !{!11}
!llvm.errno.tbaa = !{!12}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "q.c", directory: "/tmp/pk", checksumkind: CSK_MD5, checksum: "2db9f6929ad8ba60183ed45d23e41c6a")
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
!16 = distinct !DISubprogram(name: "add", scope: !1, file: !1, line: 3, type: !17, scopeLine: 3, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !20, keyInstructions: true)
!17 = !DISubroutineType(types: !18)
!18 = !{!19, !19, !19}
!19 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!20 = !{!21, !22}
!21 = !DILocalVariable(name: "a", arg: 1, scope: !16, file: !1, line: 3, type: !19)
!22 = !DILocalVariable(name: "b", arg: 2, scope: !16, file: !1, line: 3, type: !19)
!23 = !DILocation(line: 0, scope: !16)
!24 = !DILocation(line: 3, column: 60, scope: !16, atomGroup: 1, atomRank: 2)
!25 = !DILocation(line: 3, column: 51, scope: !16, atomGroup: 1, atomRank: 1)
!26 = distinct !DISubprogram(name: "get", scope: !1, file: !1, line: 4, type: !27, scopeLine: 4, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !34, keyInstructions: true)
!27 = !DISubroutineType(types: !28)
!28 = !{!19, !29}
!29 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !30, size: 64)
!30 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pair", file: !1, line: 1, size: 64, elements: !31)
!31 = !{!32, !33}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !30, file: !1, line: 1, baseType: !19, size: 32)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !30, file: !1, line: 1, baseType: !19, size: 32, offset: 32)
!34 = !{!35}
!35 = !DILocalVariable(name: "p", arg: 1, scope: !26, file: !1, line: 4, type: !29)
!36 = !DILocation(line: 0, scope: !26)
!37 = !DILocation(line: 4, column: 63, scope: !26)
!38 = !DILocation(line: 4, column: 63, scope: !26, atomGroup: 1, atomRank: 2)
!39 = !{!40, !13, i64 4}
!40 = !{!"pair", !13, i64 0, !13, i64 4}
!41 = !DILocation(line: 4, column: 53, scope: !26, atomGroup: 1, atomRank: 1)
!42 = distinct !DISubprogram(name: "half", scope: !1, file: !1, line: 5, type: !43, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !46, keyInstructions: true)
!43 = !DISubroutineType(types: !44)
!44 = !{!45, !45}
!45 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!46 = !{!47}
!47 = !DILocalVariable(name: "d", arg: 1, scope: !42, file: !1, line: 5, type: !45)
!48 = !DILocation(line: 0, scope: !42)
!49 = !DILocation(line: 5, column: 60, scope: !42, atomGroup: 1, atomRank: 2)
!50 = !DILocation(line: 5, column: 51, scope: !42, atomGroup: 1, atomRank: 1)
!51 = distinct !DISubprogram(name: "wide", scope: !1, file: !1, line: 6, type: !52, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !55, keyInstructions: true)
!52 = !DISubroutineType(types: !53)
!53 = !{!3, !54}
!54 = !DIBasicType(name: "__int128", size: 128, encoding: DW_ATE_signed)
!55 = !{!56}
!56 = !DILocalVariable(name: "w", arg: 1, scope: !51, file: !1, line: 6, type: !54)
!57 = !DILocation(line: 0, scope: !51)
!58 = !DILocation(line: 6, column: 67, scope: !51, atomGroup: 1, atomRank: 3)
!59 = !DILocation(line: 6, column: 58, scope: !51, atomGroup: 1, atomRank: 2)
!60 = !DILocation(line: 6, column: 51, scope: !51, atomGroup: 1, atomRank: 1)
!61 = distinct !DISubprogram(name: "nothing", scope: !1, file: !1, line: 7, type: !62, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !65, keyInstructions: true)
!62 = !DISubroutineType(types: !63)
!63 = !{null, !64}
!64 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!65 = !{!66}
!66 = !DILocalVariable(name: "p", arg: 1, scope: !61, file: !1, line: 7, type: !64)
!67 = !DILocation(line: 0, scope: !61)
!68 = !DILocation(line: 7, column: 51, scope: !61, atomGroup: 1, atomRank: 1)
!69 = !{i64 397}
!70 = !DILocation(line: 7, column: 89, scope: !61, atomGroup: 2, atomRank: 1)
!71 = distinct !DISubprogram(name: "make", scope: !1, file: !1, line: 8, type: !72, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !79, keyInstructions: true)
!72 = !DISubroutineType(types: !73)
!73 = !{!74, !3}
!74 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "big", file: !1, line: 2, size: 192, elements: !75)
!75 = !{!76, !77, !78}
!76 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !74, file: !1, line: 2, baseType: !3, size: 64)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !74, file: !1, line: 2, baseType: !3, size: 64, offset: 64)
!78 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !74, file: !1, line: 2, baseType: !3, size: 64, offset: 128)
!79 = !{!80, !81}
!80 = !DILocalVariable(name: "a", arg: 1, scope: !71, file: !1, line: 8, type: !3)
!81 = !DILocalVariable(name: "b", scope: !71, file: !1, line: 8, type: !74)
!82 = !DILocation(line: 0, scope: !71)
!83 = !DILocation(line: 8, column: 64, scope: !71)
!84 = !DILocation(line: 8, column: 68, scope: !71, atomGroup: 1, atomRank: 1)
!85 = !{!86, !87, i64 0}
!86 = !{!"big", !87, i64 0, !87, i64 8, !87, i64 16}
!87 = !{!"long", !14, i64 0}
!88 = !DILocation(line: 8, column: 68, scope: !71)
!89 = !DILocation(line: 8, column: 74, scope: !71, atomGroup: 1, atomRank: 2)
!90 = !{!86, !87, i64 8}
!91 = !DILocation(line: 8, column: 81, scope: !71, atomGroup: 1, atomRank: 2)
!92 = !{!86, !87, i64 16}
!93 = !DILocation(line: 8, column: 87, scope: !71, atomGroup: 2, atomRank: 1)
!94 = distinct !DISubprogram(name: "six", scope: !1, file: !1, line: 9, type: !95, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !97, keyInstructions: true)
!95 = !DISubroutineType(types: !96)
!96 = !{!3, !3, !3, !3, !3, !3, !3}
!97 = !{!98, !99, !100, !101, !102, !103}
!98 = !DILocalVariable(name: "a", arg: 1, scope: !94, file: !1, line: 9, type: !3)
!99 = !DILocalVariable(name: "b", arg: 2, scope: !94, file: !1, line: 9, type: !3)
!100 = !DILocalVariable(name: "c", arg: 3, scope: !94, file: !1, line: 9, type: !3)
!101 = !DILocalVariable(name: "d", arg: 4, scope: !94, file: !1, line: 9, type: !3)
!102 = !DILocalVariable(name: "e", arg: 5, scope: !94, file: !1, line: 9, type: !3)
!103 = !DILocalVariable(name: "f", arg: 6, scope: !94, file: !1, line: 9, type: !3)
!104 = !DILocation(line: 0, scope: !94)
!105 = !DILocation(line: 9, column: 95, scope: !94)
!106 = !DILocation(line: 9, column: 99, scope: !94)
!107 = !DILocation(line: 9, column: 103, scope: !94)
!108 = !DILocation(line: 9, column: 107, scope: !94)
!109 = !DILocation(line: 9, column: 111, scope: !94, atomGroup: 1, atomRank: 2)
!110 = !DILocation(line: 9, column: 86, scope: !94, atomGroup: 1, atomRank: 1)
!111 = distinct !DISubprogram(name: "setup", scope: !1, file: !1, line: 10, type: !112, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !114, keyInstructions: true)
!112 = !DISubroutineType(types: !113)
!113 = !{!19, !19}
!114 = !{!115}
!115 = !DILocalVariable(name: "a", arg: 1, scope: !111, file: !1, line: 10, type: !19)
!116 = !DILocation(line: 0, scope: !111)
!117 = !DILocation(line: 10, column: 78, scope: !111, atomGroup: 1, atomRank: 2)
!118 = !DILocation(line: 10, column: 69, scope: !111, atomGroup: 1, atomRank: 1)
!119 = distinct !DISubprogram(name: "teardown", scope: !1, file: !1, line: 11, type: !120, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!120 = !DISubroutineType(types: !121)
!121 = !{null}
!122 = !DILocation(line: 11, column: 72, scope: !119, atomGroup: 1, atomRank: 1)
!123 = !{i64 807}
!124 = !DILocation(line: 11, column: 90, scope: !119, atomGroup: 2, atomRank: 1)

$inline_fn = comdat any

; A C++ inline function (no debug info): its descriptors go with its comdat.
define linkonce_odr i64 @inline_fn(i64 %a) comdat {
  ret i64 %a
}
