; -O0 passes a small vector coerced to another type (v2sf as double, v4c as
; i32) through a temporary that it reloads with the vector type; the value
; is the incoming argument's bytes. Made with clang -O0 -g from:
;
;   typedef float v2sf __attribute__((vector_size(8)));
;   typedef char v4c __attribute__((vector_size(4)));
;   int vf(v2sf v) { return v[1]; }
;   int vc(v4c v) { return v[1]; }
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; REQUIRES: x86-registered-target
;
; CHECK-LABEL: define {{.*}} @vf(
; CHECK: store double %v.coerce, ptr [[S:%sancov_dataflow.slot]], align 8
; CHECK-NEXT: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @vf to i64), i32 0, i32 8, ptr [[S]], ptr null, i32 0)
; CHECK-LABEL: define {{.*}} @vc(
; CHECK: store i32 %v.coerce, ptr [[S:%sancov_dataflow.slot]], align 4
; CHECK-NEXT: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @vc to i64), i32 0, i32 4, ptr [[S]], ptr null, i32 0)

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @vf(double noundef %v.coerce) #0 !dbg !10 {
entry:
  %v = alloca <2 x float>, align 8
  %v.addr = alloca <2 x float>, align 8
  store double %v.coerce, ptr %v, align 8
  %v1 = load <2 x float>, ptr %v, align 8
  store <2 x float> %v1, ptr %v.addr, align 8
    #dbg_declare(ptr %v.addr, !20, !DIExpression(), !21)
  %0 = load <2 x float>, ptr %v.addr, align 8, !dbg !22
  %vecext = extractelement <2 x float> %0, i32 1, !dbg !22
  %conv = fptosi float %vecext to i32, !dbg !22
  ret i32 %conv, !dbg !23
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @vc(i32 noundef %v.coerce) #0 !dbg !24 {
entry:
  %v = alloca <4 x i8>, align 4
  %v.addr = alloca <4 x i8>, align 4
  store i32 %v.coerce, ptr %v, align 4
  %v1 = load <4 x i8>, ptr %v, align 4
  store <4 x i8> %v1, ptr %v.addr, align 4
    #dbg_declare(ptr %v.addr, !32, !DIExpression(), !33)
  %0 = load <4 x i8>, ptr %v.addr, align 4, !dbg !34
  %vecext = extractelement <4 x i8> %0, i32 1, !dbg !34
  %conv = sext i8 %vecext to i32, !dbg !34
  ret i32 %conv, !dbg !35
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7, !8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "o0.c", directory: "/tmp/i12", checksumkind: CSK_MD5, checksum: "e715da8c33d358565ef4688422dc27bb")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{i32 7, !"frame-pointer", i32 2}
!9 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!10 = distinct !DISubprogram(name: "vf", scope: !1, file: !1, line: 3, type: !11, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !19)
!11 = !DISubroutineType(types: !12)
!12 = !{!13, !14}
!13 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!14 = !DIDerivedType(tag: DW_TAG_typedef, name: "v2sf", file: !1, line: 1, baseType: !15)
!15 = !DICompositeType(tag: DW_TAG_array_type, baseType: !16, size: 64, flags: DIFlagVector, elements: !17)
!16 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!17 = !{!18}
!18 = !DISubrange(count: 2)
!19 = !{}
!20 = !DILocalVariable(name: "v", arg: 1, scope: !10, file: !1, line: 3, type: !14)
!21 = !DILocation(line: 3, column: 13, scope: !10)
!22 = !DILocation(line: 3, column: 25, scope: !10)
!23 = !DILocation(line: 3, column: 18, scope: !10)
!24 = distinct !DISubprogram(name: "vc", scope: !1, file: !1, line: 4, type: !25, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !19)
!25 = !DISubroutineType(types: !26)
!26 = !{!13, !27}
!27 = !DIDerivedType(tag: DW_TAG_typedef, name: "v4c", file: !1, line: 2, baseType: !28)
!28 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 32, flags: DIFlagVector, elements: !30)
!29 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!30 = !{!31}
!31 = !DISubrange(count: 4)
!32 = !DILocalVariable(name: "v", arg: 1, scope: !24, file: !1, line: 4, type: !27)
!33 = !DILocation(line: 4, column: 12, scope: !24)
!34 = !DILocation(line: 4, column: 24, scope: !24)
!35 = !DILocation(line: 4, column: 17, scope: !24)
