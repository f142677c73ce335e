; Structs passed by value. In memory (x86 byval, a plain incoming pointer
; described by #dbg_declare as rustc emits for large structs): the object
; address with the struct's size and table. In registers (split into
; fragments, or coerced into one integer or pointer): reassembled in the
; shared slot laid out like the declared struct, sized by the declared type
; (trailing padding included), with the struct's table. Bytes no record
; describes are zero-filled.
; Related shapes in their own files: args-aggregates-overlap.ll (one i64
; described both as a truncation and as shifted bits),
; args-aggregates-poison-fragment.ll (a poison FIRST fragment),
; args-aggregates-undecodable-fragment.ll (a computed LATER fragment).
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; The same calls under an aarch64 triple (as on x86-64, u32 operands not extended):
; RUN: %opt -passes=sancov-dataflow -S -mtriple=aarch64-linux-gnu %s | FileCheck %s --check-prefixes=CHECK,A64
; RUN: %opt -passes=sancov-dataflow -S %s | grep '^@__sancov_dataflow_fields' | count 6
; REQUIRES: x86-registered-target, aarch64-registered-target
; A64: target triple = "aarch64-unknown-linux-gnu"

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.big = type { i64, i64, i64, i64, i64 }
%struct.huge = type { [300 x i8], i64 }
%struct.two = type { i32, i32 }

; CHECK-DAG: @__sancov_dataflow_fields.big = internal unnamed_addr constant [10 x i64] [i64 0, i64 8, i64 8, i64 8, i64 16, i64 8, i64 24, i64 8, i64 32, i64 8], align 8
; CHECK-DAG: @__sancov_dataflow_fields.pair = internal unnamed_addr constant [4 x i64] [i64 0, i64 8, i64 8, i64 8], align 8
; CHECK-DAG: @__sancov_dataflow_fields.two = internal unnamed_addr constant [4 x i64] [i64 0, i64 4, i64 4, i64 4], align 8
; CHECK-DAG: @__sancov_dataflow_fields.box = internal unnamed_addr constant [2 x i64] [i64 0, i64 8], align 8
; CHECK-DAG: @__sancov_dataflow_fields.pad = internal unnamed_addr constant [4 x i64] [i64 0, i64 8, i64 8, i64 1], align 8
; CHECK-DAG: @__sancov_dataflow_fields.huge = internal unnamed_addr constant [4 x i64] [i64 0, i64 300, i64 304, i64 8], align 8

; struct big { long a, b, c, d, e; };
; void a_byval(struct big b);
; x86-64 passes it in memory (byval); clang describes it with #dbg_declare on
; the incoming pointer. No slot.
; CHECK-LABEL: define void @a_byval(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a_byval to i64), i32 0, i32 40, ptr %b, ptr @__sancov_dataflow_fields.big, i32 5)
; CHECK-NOT: alloca
; CHECK: ret void
define void @a_byval(ptr noundef readonly byval(%struct.big) align 8 nocapture %b) !dbg !100 {
    #dbg_declare(ptr %b, !103, !DIExpression(), !109)
  %v = load volatile i64, ptr %b, align 8
  ret void
}

; void a_rust_indirect(big: Big);   (rustc: a plain pointer to the caller's copy)
; CHECK-LABEL: define void @a_rust_indirect(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a_rust_indirect to i64), i32 0, i32 40, ptr %big, ptr @__sancov_dataflow_fields.big, i32 5)
define void @a_rust_indirect(ptr noalias nocapture noundef readonly align 8 dereferenceable(40) %big) !dbg !110 {
    #dbg_declare(ptr %big, !113, !DIExpression(), !119)
  ret void
}

; struct huge { char buf[300]; long tail; };
; void a_byval_huge(struct huge h);
; CHECK-LABEL: define void @a_byval_huge(
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a_byval_huge to i64), i32 0, i32 255, ptr %h, ptr @__sancov_dataflow_fields.huge, i32 2)
define void @a_byval_huge(ptr noundef byval(%struct.huge) align 8 %h) !dbg !120 {
    #dbg_declare(ptr %h, !123, !DIExpression(), !129)
  ret void
}

; struct pair { long x; long y; };
; void a_split(struct pair p, long k);
; -O2: two IR arguments, two fragment records; k keeps source index 1.
; CHECK-LABEL: define void @a_split(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [16 x i8], align 8
; CHECK-NEXT: %[[G0:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 0
; CHECK-NEXT: store i64 %p.coerce0, ptr %[[G0]], align 8
; CHECK-NEXT: %[[G8:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 8
; CHECK-NEXT: store i64 %p.coerce1, ptr %[[G8]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a_split to i64), i32 0, i32 16, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.pair, i32 2)
; CHECK-NEXT: store i64 %k, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a_split to i64), i32 1, i32 8, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NOT: @__sanitizer_cov_trace_args
define void @a_split(i64 %p.coerce0, i64 %p.coerce1, i64 noundef %k) !dbg !130 {
    #dbg_value(i64 %p.coerce0, !133, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !139)
    #dbg_value(i64 %p.coerce1, !133, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !139)
    #dbg_value(i64 %k, !134, !DIExpression(), !139)
  ret void
}

; struct two { int x; int y; };
; void a_coerced(struct two t, int k);
; -O2: one i64; SROA split it into two truncations described as fragments.
; The calls go after those definitions.
; CHECK-LABEL: define void @a_coerced(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [8 x i8], align 4
; CHECK-NEXT: %t.x = trunc i64 %t.coerce to i32
; CHECK-NEXT: %t.sroa = lshr i64 %t.coerce, 32
; CHECK-NEXT: %t.y = trunc nuw i64 %t.sroa to i32
; CHECK-NEXT: #dbg_value(i32 %t.x,
; CHECK-NEXT: #dbg_value(i32 %t.y,
; CHECK-NEXT: #dbg_value(i32 %k,
; CHECK-NEXT: %[[G0:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 0
; CHECK-NEXT: store i32 %t.x, ptr %[[G0]], align 4
; CHECK-NEXT: %[[G4:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 4
; CHECK-NEXT: store i32 %t.y, ptr %[[G4]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a_coerced to i64), i32 0, i32 8, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.two, i32 2)
; CHECK-NEXT: store i32 %k, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a_coerced to i64), i32 1, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: store volatile i32 %t.x, ptr @sink
define void @a_coerced(i64 %t.coerce, i32 noundef %k) !dbg !140 {
  %t.x = trunc i64 %t.coerce to i32
  %t.sroa = lshr i64 %t.coerce, 32
  %t.y = trunc nuw i64 %t.sroa to i32
    #dbg_value(i32 %t.x, !143, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !149)
    #dbg_value(i32 %t.y, !143, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !149)
    #dbg_value(i32 %k, !144, !DIExpression(), !149)
  store volatile i32 %t.x, ptr @sink, align 4
  ret void
}

; void a_coerced_whole(struct two t);
; One i64 described as the whole struct: stored as is.
; CHECK-LABEL: define void @a_coerced_whole(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [8 x i8], align 8
; CHECK-NEXT: store i64 %t.coerce, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a_coerced_whole to i64), i32 0, i32 8, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.two, i32 2)
define void @a_coerced_whole(i64 %t.coerce) !dbg !150 {
    #dbg_value(i64 %t.coerce, !153, !DIExpression(), !159)
  ret void
}

; typedef struct box { void *p; } box_t;
; void a_box(box_t b);
; Coerced into one pointer: the struct's 8 bytes go to the slot with the
; struct's table. It is not a pointer to a struct: %b itself is not passed.
; CHECK-LABEL: define void @a_box(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [8 x i8], align 8
; CHECK-NEXT: store ptr %b.coerce, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a_box to i64), i32 0, i32 8, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.box, i32 1)
; CHECK-NOT: ptr %b.coerce, ptr @__sancov_dataflow_fields
define void @a_box(ptr %b.coerce) !dbg !160 {
    #dbg_value(ptr %b.coerce, !163, !DIExpression(), !169)
  ret void
}

; struct pad { long a; char c; };   (16 bytes: 7 bytes of trailing padding)
; void a_pad(struct pad p);
; The slot and the size come from the declared type; the padding the
; fragments do not cover is zeroed first.
; CHECK-LABEL: define void @a_pad(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [16 x i8], align 8
; CHECK-NEXT: store [16 x i8] zeroinitializer, ptr %[[SLOT]], align 1
; CHECK-NEXT: %[[G0:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 0
; CHECK-NEXT: store i64 %p.coerce0, ptr %[[G0]], align 8
; CHECK-NEXT: %[[G8:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 8
; CHECK-NEXT: store i8 %p.coerce1, ptr %[[G8]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a_pad to i64), i32 0, i32 16, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.pad, i32 2)
define void @a_pad(i64 %p.coerce0, i8 %p.coerce1) !dbg !170 {
    #dbg_value(i64 %p.coerce0, !173, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !179)
    #dbg_value(i8 %p.coerce1, !173, !DIExpression(DW_OP_LLVM_fragment, 64, 8), !179)
  ret void
}

; void a_missing_field(struct pair p);
; The optimiser dropped every record of p.y: that field reads as zero, the
; rest is reported.
; CHECK-LABEL: define void @a_missing_field(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [16 x i8], align 8
; CHECK-NEXT: store [16 x i8] zeroinitializer, ptr %[[SLOT]], align 1
; CHECK-NEXT: %[[G0:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 0
; CHECK-NEXT: store i64 %p.coerce0, ptr %[[G0]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a_missing_field to i64), i32 0, i32 16, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.pair, i32 2)
; CHECK-NOT: %p.coerce1, ptr
define void @a_missing_field(i64 %p.coerce0, i64 %p.coerce1) !dbg !180 {
    #dbg_value(i64 %p.coerce0, !183, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !189)
  ret void
}

; void a_undecodable_first(struct pair p);
; One piece is described by a computed expression (p.x is %v + 1), which
; cannot be reproduced: reporting the other piece beside made-up bytes would
; be wrong, so the whole parameter has no value.
; CHECK-LABEL: define void @a_undecodable_first(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a_undecodable_first to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
; CHECK-NOT: store
; CHECK: ret void
define void @a_undecodable_first(i64 %v, i64 %p.coerce1) !dbg !190 {
    #dbg_value(i64 %v, !193, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !199)
    #dbg_value(i64 %p.coerce1, !193, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !199)
  ret void
}

; void a_subbyte_piece(struct pair p);
; A piece that starts inside a byte cannot be stored on its own: no value.
; CHECK-LABEL: define void @a_subbyte_piece(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a_subbyte_piece to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
define void @a_subbyte_piece(i64 %p.coerce0, i4 %bits) !dbg !200 {
    #dbg_value(i64 %p.coerce0, !203, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !209)
    #dbg_value(i4 %bits, !203, !DIExpression(DW_OP_LLVM_fragment, 68, 4), !209)
  ret void
}

; union un { int i; float f; };
; void a_union(union un u);
; A union by value: its bytes through the slot, no table.
; CHECK-LABEL: define void @a_union(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: store i32 %u.coerce, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a_union to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0)
define void @a_union(i32 %u.coerce) !dbg !210 {
    #dbg_value(i32 %u.coerce, !213, !DIExpression(), !219)
  ret void
}

; static void a_dead_second_field(struct pair p) { sink = p.x; }
; DeadArgElim removed p.y's IR argument and made its record poison: p.y
; has no value, so the whole parameter has none (p.x next to a made-up 0
; would show a struct the caller never passed).
; CHECK-LABEL: define internal void @a_dead_second_field(
; CHECK-NOT: alloca
; CHECK: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a_dead_second_field to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
; CHECK: store volatile i64 %p.x, ptr @sink
define internal void @a_dead_second_field(i64 %p.x) !dbg !220 {
    #dbg_value(i64 %p.x, !223, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !229)
    #dbg_value(i64 poison, !223, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !229)
  store volatile i64 %p.x, ptr @sink, align 8
  ret void
}

; void g2(struct two *);
; void a_escaping(struct two t) { g2(&t); }
; -O2 without assignment tracking (rustc, or clang -fexperimental-assignment-
; tracking=disabled): the struct stays in an alloca described by
; #dbg_declare; the value is the incoming argument the entry block stores
; there, reported before that store.
; CHECK-LABEL: define void @a_escaping(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [8 x i8], align 8
; CHECK-NEXT: %t = alloca %struct.two, align 8
; CHECK-NEXT: store i64 %t.coerce, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a_escaping to i64), i32 0, i32 8, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.two, i32 2)
; CHECK-NEXT: store i64 %t.coerce, ptr %t, align 8
define void @a_escaping(i64 %t.coerce) !dbg !230 {
  %t = alloca %struct.two, align 8
  store i64 %t.coerce, ptr %t, align 8
    #dbg_declare(ptr %t, !233, !DIExpression(), !239)
  call void @g2(ptr noundef nonnull %t), !dbg !239
  ret void, !dbg !239
}

declare void @g2(ptr)

@sink = global i64 0, align 8

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "args-aggregates.c", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!11 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!12 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!14 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)

; struct big
!20 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "big", file: !1, line: 1, size: 320, elements: !21)
!21 = !{!22, !23, !24, !25, !26}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !20, file: !1, line: 1, baseType: !11, size: 64)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !20, file: !1, line: 1, baseType: !11, size: 64, offset: 64)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !20, file: !1, line: 1, baseType: !11, size: 64, offset: 128)
!25 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !20, file: !1, line: 1, baseType: !11, size: 64, offset: 192)
!26 = !DIDerivedType(tag: DW_TAG_member, name: "e", scope: !20, file: !1, line: 1, baseType: !11, size: 64, offset: 256)

; struct pair
!30 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pair", file: !1, line: 2, size: 128, elements: !31)
!31 = !{!32, !33}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !30, file: !1, line: 2, baseType: !11, size: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !30, file: !1, line: 2, baseType: !11, size: 64, offset: 64)

; struct two
!40 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "two", file: !1, line: 3, size: 64, elements: !41)
!41 = !{!42, !43}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !40, file: !1, line: 3, baseType: !10, size: 32)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !40, file: !1, line: 3, baseType: !10, size: 32, offset: 32)

; typedef struct box { void *p; } box_t;
!50 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "box", file: !1, line: 4, size: 64, elements: !51)
!51 = !{!52}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "p", scope: !50, file: !1, line: 4, baseType: !13, size: 64)
!53 = !DIDerivedType(tag: DW_TAG_typedef, name: "box_t", file: !1, line: 4, baseType: !50)

; struct pad
!60 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pad", file: !1, line: 5, size: 128, elements: !61)
!61 = !{!62, !63}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !60, file: !1, line: 5, baseType: !11, size: 64)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !60, file: !1, line: 5, baseType: !12, size: 8, offset: 64)

; struct huge
!70 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "huge", file: !1, line: 6, size: 2496, elements: !71)
!71 = !{!72, !73}
!72 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !70, file: !1, line: 6, baseType: !74, size: 2400)
!73 = !DIDerivedType(tag: DW_TAG_member, name: "tail", scope: !70, file: !1, line: 6, baseType: !11, size: 64, offset: 2432)
!74 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 2400, elements: !75)
!75 = !{!76}
!76 = !DISubrange(count: 300)

; union un
!80 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "un", file: !1, line: 7, size: 32, elements: !81)
!81 = !{!82, !83}
!82 = !DIDerivedType(tag: DW_TAG_member, name: "i", scope: !80, file: !1, line: 7, baseType: !10, size: 32)
!83 = !DIDerivedType(tag: DW_TAG_member, name: "f", scope: !80, file: !1, line: 7, baseType: !14, size: 32)

!100 = distinct !DISubprogram(name: "a_byval", scope: !1, file: !1, line: 10, type: !101, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!101 = !DISubroutineType(types: !102)
!102 = !{null, !20}
!103 = !DILocalVariable(name: "b", arg: 1, scope: !100, file: !1, line: 10, type: !20)
!109 = !DILocation(line: 0, scope: !100)

!110 = distinct !DISubprogram(name: "a_rust_indirect", scope: !1, file: !1, line: 11, type: !111, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!111 = !DISubroutineType(types: !112)
!112 = !{null, !20}
!113 = !DILocalVariable(name: "big", arg: 1, scope: !110, file: !1, line: 11, type: !20)
!119 = !DILocation(line: 0, scope: !110)

!120 = distinct !DISubprogram(name: "a_byval_huge", scope: !1, file: !1, line: 12, type: !121, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!121 = !DISubroutineType(types: !122)
!122 = !{null, !70}
!123 = !DILocalVariable(name: "h", arg: 1, scope: !120, file: !1, line: 12, type: !70)
!129 = !DILocation(line: 0, scope: !120)

!130 = distinct !DISubprogram(name: "a_split", scope: !1, file: !1, line: 13, type: !131, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!131 = !DISubroutineType(types: !132)
!132 = !{null, !30, !11}
!133 = !DILocalVariable(name: "p", arg: 1, scope: !130, file: !1, line: 13, type: !30)
!134 = !DILocalVariable(name: "k", arg: 2, scope: !130, file: !1, line: 13, type: !11)
!139 = !DILocation(line: 0, scope: !130)

!140 = distinct !DISubprogram(name: "a_coerced", scope: !1, file: !1, line: 14, type: !141, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!141 = !DISubroutineType(types: !142)
!142 = !{null, !40, !10}
!143 = !DILocalVariable(name: "t", arg: 1, scope: !140, file: !1, line: 14, type: !40)
!144 = !DILocalVariable(name: "k", arg: 2, scope: !140, file: !1, line: 14, type: !10)
!149 = !DILocation(line: 0, scope: !140)

!150 = distinct !DISubprogram(name: "a_coerced_whole", scope: !1, file: !1, line: 15, type: !151, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!151 = !DISubroutineType(types: !152)
!152 = !{null, !40}
!153 = !DILocalVariable(name: "t", arg: 1, scope: !150, file: !1, line: 15, type: !40)
!159 = !DILocation(line: 0, scope: !150)

!160 = distinct !DISubprogram(name: "a_box", scope: !1, file: !1, line: 16, type: !161, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!161 = !DISubroutineType(types: !162)
!162 = !{null, !53}
!163 = !DILocalVariable(name: "b", arg: 1, scope: !160, file: !1, line: 16, type: !53)
!169 = !DILocation(line: 0, scope: !160)

!170 = distinct !DISubprogram(name: "a_pad", scope: !1, file: !1, line: 17, type: !171, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!171 = !DISubroutineType(types: !172)
!172 = !{null, !60}
!173 = !DILocalVariable(name: "p", arg: 1, scope: !170, file: !1, line: 17, type: !60)
!179 = !DILocation(line: 0, scope: !170)

!180 = distinct !DISubprogram(name: "a_missing_field", scope: !1, file: !1, line: 18, type: !181, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!181 = !DISubroutineType(types: !182)
!182 = !{null, !30}
!183 = !DILocalVariable(name: "p", arg: 1, scope: !180, file: !1, line: 18, type: !30)
!189 = !DILocation(line: 0, scope: !180)

!190 = distinct !DISubprogram(name: "a_undecodable_first", scope: !1, file: !1, line: 19, type: !191, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!191 = !DISubroutineType(types: !192)
!192 = !{null, !30}
!193 = !DILocalVariable(name: "p", arg: 1, scope: !190, file: !1, line: 19, type: !30)
!199 = !DILocation(line: 0, scope: !190)

!200 = distinct !DISubprogram(name: "a_subbyte_piece", scope: !1, file: !1, line: 20, type: !201, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!201 = !DISubroutineType(types: !202)
!202 = !{null, !30}
!203 = !DILocalVariable(name: "p", arg: 1, scope: !200, file: !1, line: 20, type: !30)
!209 = !DILocation(line: 0, scope: !200)

!210 = distinct !DISubprogram(name: "a_union", scope: !1, file: !1, line: 21, type: !211, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!211 = !DISubroutineType(types: !212)
!212 = !{null, !80}
!213 = !DILocalVariable(name: "u", arg: 1, scope: !210, file: !1, line: 21, type: !80)
!219 = !DILocation(line: 0, scope: !210)

!220 = distinct !DISubprogram(name: "a_dead_second_field", scope: !1, file: !1, line: 22, type: !221, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!221 = !DISubroutineType(types: !222)
!222 = !{null, !30}
!223 = !DILocalVariable(name: "p", arg: 1, scope: !220, file: !1, line: 22, type: !30)
!229 = !DILocation(line: 0, scope: !220)

!230 = distinct !DISubprogram(name: "a_escaping", scope: !1, file: !1, line: 23, type: !231, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!231 = !DISubroutineType(types: !232)
!232 = !{null, !40}
!233 = !DILocalVariable(name: "t", arg: 1, scope: !230, file: !1, line: 23, type: !40)
!239 = !DILocation(line: 23, scope: !230)
