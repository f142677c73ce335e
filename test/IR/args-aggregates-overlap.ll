; A struct coerced into one i64 that -O2 SROA describes twice, once as a
; truncation (`trunc i64 %t.coerce0 to i32`, fragment 0..32) and once as
; shifted bits of the i64 itself (`DW_OP_constu 32, DW_OP_shr,
; DW_OP_LLVM_convert 64/32 ..., DW_OP_LLVM_fragment 32 32`): each piece is
; stored as exactly its own bytes (lshr + trunc of its value), so no piece
; overwrites another. The same shapes appear on aarch64 ([2 x i64]).
; This is the exact IR `clang-22 -g -O2` emits for the C below.
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; The same calls under an aarch64 triple (as on x86-64, u32 operands not extended):
; RUN: %opt -passes=sancov-dataflow -S -mtriple=aarch64-linux-gnu %s | FileCheck %s --check-prefixes=CHECK,A64
; REQUIRES: x86-registered-target, aarch64-registered-target
; A64: target triple = "aarch64-unknown-linux-gnu"

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-DAG: @__sancov_dataflow_fields.three = internal unnamed_addr constant [6 x i64] [i64 0, i64 4, i64 4, i64 4, i64 8, i64 4], align 8
; CHECK-DAG: @__sancov_dataflow_fields.two = internal unnamed_addr constant [4 x i64] [i64 0, i64 4, i64 4, i64 4], align 8
; CHECK-DAG: @__sancov_dataflow_fields.mix = internal unnamed_addr constant [6 x i64] [i64 0, i64 1, i64 2, i64 2, i64 4, i64 4], align 8
; CHECK-DAG: @__sancov_dataflow_fields.flags = internal unnamed_addr constant [8 x i64] [i64 0, i64 1, i64 0, i64 1, i64 0, i64 2, i64 2, i64 1], align 8

; struct three { int a, b, c; };
; int a_three(struct three t) { return t.a + t.c; }
; x86-64 passes t as (i64 a|b, i32 c). All 12 bytes are known: a is the
; trunc, b the high half of %t.coerce0, c is %t.coerce1; each is stored as
; its own four bytes.
; CHECK-LABEL: define i32 @a_three(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [12 x i8], align 8
; CHECK: %[[G0:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 0
; CHECK-NEXT: store i32 %lo, ptr %[[G0]], align 8
; CHECK-NEXT: %[[HI:.+]] = lshr i64 %t.coerce0, 32
; CHECK-NEXT: %[[B:.+]] = trunc i64 %[[HI]] to i32
; CHECK-NEXT: %[[G4:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 4
; CHECK-NEXT: store i32 %[[B]], ptr %[[G4]], align 4
; CHECK-NEXT: %[[G8:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 8
; CHECK-NEXT: store i32 %t.coerce1, ptr %[[G8]], align 8
; CHECK: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a_three to i64), i32 0, i32 12, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.three, i32 3)
define i32 @a_three(i64 %t.coerce0, i32 %t.coerce1) !dbg !100 {
  %lo = trunc i64 %t.coerce0 to i32
    #dbg_value(i32 %lo, !103, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !109)
    #dbg_value(i64 %t.coerce0, !103, !DIExpression(DW_OP_constu, 32, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 32, 32), !109)
    #dbg_value(i32 %t.coerce1, !103, !DIExpression(DW_OP_LLVM_fragment, 64, 32), !109)
  %r = add nsw i32 %t.coerce1, %lo
  ret i32 %r
}

; struct two { int x; int y; };
; int a_two_onlyx(struct two t) { return t.x; }
; CHECK-LABEL: define i32 @a_two_onlyx(
; CHECK: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a_two_onlyx to i64), i32 0, i32 8, ptr %{{.+}}, ptr @__sancov_dataflow_fields.two, i32 2)
define i32 @a_two_onlyx(i64 %t.coerce) !dbg !110 {
  %x = trunc i64 %t.coerce to i32
    #dbg_value(i32 %x, !113, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !119)
    #dbg_value(i64 %t.coerce, !113, !DIExpression(DW_OP_constu, 32, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 32, 32), !119)
  ret i32 %x
}

; struct mix { char c; short s; int i; };
; int a_mix(struct mix m) { return m.c + m.s + m.i; }
; One i64; SROA describes c, the padding byte, s and i, two of them as
; shifted bits of the i64 itself. The slot must hold c at byte 0, s at
; bytes 2..3 and i at bytes 4..7 of %m.coerce.
; CHECK-LABEL: define i32 @a_mix(
; CHECK: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a_mix to i64), i32 0, i32 8, ptr %{{.+}}, ptr @__sancov_dataflow_fields.mix, i32 3)
define i32 @a_mix(i64 %m.coerce) !dbg !120 {
  %c = trunc i64 %m.coerce to i8
  %sh16 = lshr i64 %m.coerce, 16
  %s = trunc i64 %sh16 to i16
  %sh32 = lshr i64 %m.coerce, 32
  %i = trunc nuw i64 %sh32 to i32
    #dbg_value(i8 %c, !123, !DIExpression(DW_OP_LLVM_fragment, 0, 8), !129)
    #dbg_value(i64 %m.coerce, !123, !DIExpression(DW_OP_constu, 8, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 8, 8), !129)
    #dbg_value(i16 %s, !123, !DIExpression(DW_OP_LLVM_fragment, 16, 16), !129)
    #dbg_value(i32 %i, !123, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !129)
  ret i32 %i
}

; struct flags { unsigned ready:1, mode:3, count:12; unsigned char tag; };
; unsigned a_flags(struct flags f) { return f.count + f.tag; }
; CHECK-LABEL: define i32 @a_flags(
; CHECK: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a_flags to i64), i32 0, i32 4, ptr %{{.+}}, ptr @__sancov_dataflow_fields.flags, i32 4)
define i32 @a_flags(i32 %f.coerce) !dbg !130 {
  %sh16 = lshr i32 %f.coerce, 16
    #dbg_value(i32 %f.coerce, !133, !DIExpression(DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 16, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 16), !139)
    #dbg_value(i32 %sh16, !133, !DIExpression(DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 16, 8), !139)
    #dbg_value(i32 %f.coerce, !133, !DIExpression(DW_OP_constu, 24, DW_OP_shr, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 24, 8), !139)
  ret i32 %sh16
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "args-aggregates-overlap.c", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)

!20 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "three", file: !1, line: 1, size: 96, elements: !21)
!21 = !{!22, !23, !24}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !20, file: !1, line: 1, baseType: !10, size: 32)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !20, file: !1, line: 1, baseType: !10, size: 32, offset: 32)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !20, file: !1, line: 1, baseType: !10, size: 32, offset: 64)

!30 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "two", file: !1, line: 2, size: 64, elements: !31)
!31 = !{!32, !33}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !30, file: !1, line: 2, baseType: !10, size: 32)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !30, file: !1, line: 2, baseType: !10, size: 32, offset: 32)

!100 = distinct !DISubprogram(name: "a_three", scope: !1, file: !1, line: 3, type: !101, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!101 = !DISubroutineType(types: !102)
!102 = !{!10, !20}
!103 = !DILocalVariable(name: "t", arg: 1, scope: !100, file: !1, line: 3, type: !20)
!109 = !DILocation(line: 0, scope: !100)

!110 = distinct !DISubprogram(name: "a_two_onlyx", scope: !1, file: !1, line: 4, type: !111, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!111 = !DISubroutineType(types: !112)
!112 = !{!10, !30}
!113 = !DILocalVariable(name: "t", arg: 1, scope: !110, file: !1, line: 4, type: !30)
!119 = !DILocation(line: 0, scope: !110)

!11 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!12 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!13 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!14 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)

!40 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mix", file: !1, line: 5, size: 64, elements: !41)
!41 = !{!42, !43, !44}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !40, file: !1, line: 5, baseType: !11, size: 8)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "s", scope: !40, file: !1, line: 5, baseType: !12, size: 16, offset: 16)
!44 = !DIDerivedType(tag: DW_TAG_member, name: "i", scope: !40, file: !1, line: 5, baseType: !10, size: 32, offset: 32)

!50 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "flags", file: !1, line: 6, size: 32, elements: !51)
!51 = !{!52, !53, !54, !55}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "ready", scope: !50, file: !1, line: 6, baseType: !13, size: 1, flags: DIFlagBitField, extraData: i64 0)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !50, file: !1, line: 6, baseType: !13, size: 3, offset: 1, flags: DIFlagBitField, extraData: i64 0)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "count", scope: !50, file: !1, line: 6, baseType: !13, size: 12, offset: 4, flags: DIFlagBitField, extraData: i64 0)
!55 = !DIDerivedType(tag: DW_TAG_member, name: "tag", scope: !50, file: !1, line: 6, baseType: !14, size: 8, offset: 16)

!120 = distinct !DISubprogram(name: "a_mix", scope: !1, file: !1, line: 7, type: !121, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!121 = !DISubroutineType(types: !122)
!122 = !{!10, !40}
!123 = !DILocalVariable(name: "m", arg: 1, scope: !120, file: !1, line: 7, type: !40)
!129 = !DILocation(line: 0, scope: !120)

!130 = distinct !DISubprogram(name: "a_flags", scope: !1, file: !1, line: 8, type: !131, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!131 = !DISubroutineType(types: !132)
!132 = !{!13, !50}
!133 = !DILocalVariable(name: "f", arg: 1, scope: !130, file: !1, line: 8, type: !50)
!139 = !DILocation(line: 0, scope: !130)
