; Pointer parameters. A pointer (or its typedef/qualified form) to a complete
; struct is passed as is, with the struct's byte size and its field table;
; any other pointer is passed as is with size 8 and no table. No stack slot
; is involved. Field tables are built from the DICompositeType members: one
; {offset, size} pair per member (a union, array or struct member is one
; pair spanning it), bitfields widened to the bytes holding them, zero-size
; and static members skipped, one table per struct per module.
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; The same calls under an aarch64 triple (as on x86-64, u32 operands not extended):
; RUN: %opt -passes=sancov-dataflow -S -mtriple=aarch64-linux-gnu %s | FileCheck %s --check-prefixes=CHECK,A64
; RUN: %opt -passes=sancov-dataflow -S %s | grep '^@__sancov_dataflow_fields' | count 5
; REQUIRES: x86-registered-target, aarch64-registered-target
; A64: target triple = "aarch64-unknown-linux-gnu"

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; struct proc { int pid; unsigned max; long flags; };
; CHECK-DAG: @__sancov_dataflow_fields.proc = internal unnamed_addr constant [6 x i64] [i64 0, i64 4, i64 4, i64 4, i64 8, i64 8], align 8
; struct mixed { char c; union u un; int arr[3]; struct inner in; struct inner *pin; };
; CHECK-DAG: @__sancov_dataflow_fields.mixed = internal unnamed_addr constant [10 x i64] [i64 0, i64 1, i64 4, i64 4, i64 8, i64 12, i64 20, i64 4, i64 24, i64 8], align 8
; struct bf { unsigned a:3; unsigned b:5; unsigned c:9; int d; unsigned e:4; };
; CHECK-DAG: @__sancov_dataflow_fields.bf = internal unnamed_addr constant [10 x i64] [i64 0, i64 1, i64 0, i64 1, i64 1, i64 2, i64 4, i64 4, i64 8, i64 1], align 8
; struct flex { long n; int data[]; };
; CHECK-DAG: @__sancov_dataflow_fields.flex = internal unnamed_addr constant [2 x i64] [i64 0, i64 8], align 8
; struct huge { char buf[300]; long tail; };
; CHECK-DAG: @__sancov_dataflow_fields.huge = internal unnamed_addr constant [4 x i64] [i64 0, i64 300, i64 304, i64 8], align 8
; Exactly these five tables: `proc` is used by six functions but has one
; table; unions, forward declarations and `inner` (never a parameter's
; pointee) have none.
; CHECK-NOT: @__sancov_dataflow_fields

; void p_struct(struct proc *p);
; CHECK-LABEL: define void @p_struct(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @p_struct to i64), i32 0, i32 16, ptr %p, ptr @__sancov_dataflow_fields.proc, i32 3)
; CHECK-NOT: alloca
; CHECK: ret void
define void @p_struct(ptr noundef %p) !dbg !100 {
    #dbg_value(ptr %p, !103, !DIExpression(), !109)
  ret void
}

; typedef struct proc proc_t;
; void p_typedef(proc_t *p);
; CHECK-LABEL: define void @p_typedef(
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @p_typedef to i64), i32 0, i32 16, ptr %p, ptr @__sancov_dataflow_fields.proc, i32 3)
define void @p_typedef(ptr noundef %p) !dbg !110 {
    #dbg_value(ptr %p, !113, !DIExpression(), !119)
  ret void
}

; typedef const proc_t cproc_t;
; void p_const(cproc_t *const p);   (qualifiers on both sides of the pointer)
; CHECK-LABEL: define void @p_const(
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @p_const to i64), i32 0, i32 16, ptr %p, ptr @__sancov_dataflow_fields.proc, i32 3)
define void @p_const(ptr noundef %p) !dbg !120 {
    #dbg_value(ptr %p, !123, !DIExpression(), !129)
  ret void
}

; void p_ptr_ptr(struct proc **pp);
; Only one pointer level is expanded.
; CHECK-LABEL: define void @p_ptr_ptr(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @p_ptr_ptr to i64), i32 0, i32 8, ptr %pp, ptr null, i32 0)
define void @p_ptr_ptr(ptr noundef %pp) !dbg !130 {
    #dbg_value(ptr %pp, !133, !DIExpression(), !139)
  ret void
}

; void p_void(void *p);
; CHECK-LABEL: define void @p_void(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @p_void to i64), i32 0, i32 8, ptr %p, ptr null, i32 0)
define void @p_void(ptr noundef %p) !dbg !140 {
    #dbg_value(ptr %p, !143, !DIExpression(), !149)
  ret void
}

; void p_int(int *p);
; CHECK-LABEL: define void @p_int(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @p_int to i64), i32 0, i32 8, ptr %p, ptr null, i32 0)
define void @p_int(ptr noundef %p) !dbg !150 {
    #dbg_value(ptr %p, !153, !DIExpression(), !159)
  ret void
}

; struct fwd;
; void p_fwd(struct fwd *p);
; CHECK-LABEL: define void @p_fwd(
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @p_fwd to i64), i32 0, i32 8, ptr %p, ptr null, i32 0)
define void @p_fwd(ptr noundef %p) !dbg !160 {
    #dbg_value(ptr %p, !163, !DIExpression(), !169)
  ret void
}

; union u { int i; float f; };
; void p_union(union u *p);
; CHECK-LABEL: define void @p_union(
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @p_union to i64), i32 0, i32 8, ptr %p, ptr null, i32 0)
define void @p_union(ptr noundef %p) !dbg !170 {
    #dbg_value(ptr %p, !173, !DIExpression(), !179)
  ret void
}

; struct inner { short a; short b; };
; struct mixed { char c; union u un; int arr[3]; struct inner in; struct inner *pin; };
; void p_mixed(struct mixed *m);
; CHECK-LABEL: define void @p_mixed(
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @p_mixed to i64), i32 0, i32 32, ptr %m, ptr @__sancov_dataflow_fields.mixed, i32 5)
define void @p_mixed(ptr noundef %m) !dbg !180 {
    #dbg_value(ptr %m, !183, !DIExpression(), !189)
  ret void
}

; struct bf { unsigned a:3; unsigned b:5; unsigned c:9; int d; unsigned e:4; };
; void p_bitfields(struct bf *b);
; a -> byte 0; b -> byte 0; c (bits 8..16) -> bytes 1..2; d; e -> byte 8.
; CHECK-LABEL: define void @p_bitfields(
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @p_bitfields to i64), i32 0, i32 12, ptr %b, ptr @__sancov_dataflow_fields.bf, i32 5)
define void @p_bitfields(ptr noundef %b) !dbg !190 {
    #dbg_value(ptr %b, !193, !DIExpression(), !199)
  ret void
}

; struct flex { long n; int data[]; };
; void p_flex(struct flex *f);
; The flexible array member has no size and no pair.
; CHECK-LABEL: define void @p_flex(
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @p_flex to i64), i32 0, i32 8, ptr %f, ptr @__sancov_dataflow_fields.flex, i32 1)
define void @p_flex(ptr noundef %f) !dbg !200 {
    #dbg_value(ptr %f, !203, !DIExpression(), !209)
  ret void
}

; struct huge { char buf[300]; long tail; };
; void p_huge(struct huge *h);
; arg_size is 8 bits in the kernel's record: clamped to 255.
; CHECK-LABEL: define void @p_huge(
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @p_huge to i64), i32 0, i32 255, ptr %h, ptr @__sancov_dataflow_fields.huge, i32 2)
define void @p_huge(ptr noundef %h) !dbg !210 {
    #dbg_value(ptr %h, !213, !DIExpression(), !219)
  ret void
}

; void p_two(struct proc *a, struct proc *b);
; Both calls share the one table of `proc` (checked at the top).
; CHECK-LABEL: define void @p_two(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @p_two to i64), i32 0, i32 16, ptr %a, ptr @__sancov_dataflow_fields.proc, i32 3)
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @p_two to i64), i32 1, i32 16, ptr %b, ptr @__sancov_dataflow_fields.proc, i32 3)
define void @p_two(ptr noundef %a, ptr noundef %b) !dbg !220 {
    #dbg_value(ptr %a, !223, !DIExpression(), !229)
    #dbg_value(ptr %b, !224, !DIExpression(), !229)
  ret void
}

; void p_qualified(volatile _Atomic(struct proc) *restrict p);
; CHECK-LABEL: define void @p_qualified(
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @p_qualified to i64), i32 0, i32 16, ptr %p, ptr @__sancov_dataflow_fields.proc, i32 3)
define void @p_qualified(ptr noundef %p) !dbg !230 {
    #dbg_value(ptr %p, !233, !DIExpression(), !239)
  ret void
}

; void p_null_arg(struct proc *p);   (every caller passes NULL)
; A constant pointer is still the pointer.
; CHECK-LABEL: define internal void @p_null_arg(
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @p_null_arg to i64), i32 0, i32 16, ptr null, ptr @__sancov_dataflow_fields.proc, i32 3)
define internal void @p_null_arg() !dbg !240 {
    #dbg_value(ptr null, !243, !DIExpression(), !249)
  ret void
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "args-pointers.c", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!11 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!12 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!13 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!14 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!15 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)

; struct proc
!20 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "proc", file: !1, line: 1, size: 128, elements: !21)
!21 = !{!22, !23, !24}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !20, file: !1, line: 1, baseType: !10, size: 32)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "max", scope: !20, file: !1, line: 1, baseType: !11, size: 32, offset: 32)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !20, file: !1, line: 1, baseType: !12, size: 64, offset: 64)
!25 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !20, size: 64)
!26 = !DIDerivedType(tag: DW_TAG_typedef, name: "proc_t", file: !1, line: 2, baseType: !20)
!27 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !26, size: 64)
!28 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !26)
!29 = !DIDerivedType(tag: DW_TAG_typedef, name: "cproc_t", file: !1, line: 3, baseType: !28)
!30 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !29, size: 64)
!31 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !30)
!32 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !10, size: 64)
!35 = !DICompositeType(tag: DW_TAG_structure_type, name: "fwd", file: !1, line: 4, flags: DIFlagFwdDecl)
!36 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64)
!37 = !DIDerivedType(tag: DW_TAG_atomic_type, baseType: !20)
!38 = !DIDerivedType(tag: DW_TAG_volatile_type, baseType: !37)
!39 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !38, size: 64)
!19 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !39)

; union u
!40 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "u", file: !1, line: 5, size: 32, elements: !41)
!41 = !{!42, !43}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "i", scope: !40, file: !1, line: 5, baseType: !10, size: 32)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "f", scope: !40, file: !1, line: 5, baseType: !15, size: 32)
!44 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !40, size: 64)

; struct inner, struct mixed
!50 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "inner", file: !1, line: 6, size: 32, elements: !51)
!51 = !{!52, !53}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !50, file: !1, line: 6, baseType: !14, size: 16)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !50, file: !1, line: 6, baseType: !14, size: 16, offset: 16)
!54 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !50, size: 64)
!55 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mixed", file: !1, line: 7, size: 256, elements: !56)
!56 = !{!57, !58, !59, !60, !61}
!57 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !55, file: !1, line: 7, baseType: !13, size: 8)
!58 = !DIDerivedType(tag: DW_TAG_member, name: "un", scope: !55, file: !1, line: 7, baseType: !40, size: 32, offset: 32)
!59 = !DIDerivedType(tag: DW_TAG_member, name: "arr", scope: !55, file: !1, line: 7, baseType: !62, size: 96, offset: 64)
!60 = !DIDerivedType(tag: DW_TAG_member, name: "in", scope: !55, file: !1, line: 7, baseType: !50, size: 32, offset: 160)
!61 = !DIDerivedType(tag: DW_TAG_member, name: "pin", scope: !55, file: !1, line: 7, baseType: !54, size: 64, offset: 192)
!62 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, size: 96, elements: !63)
!63 = !{!64}
!64 = !DISubrange(count: 3)
!65 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !55, size: 64)

; struct bf
!70 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "bf", file: !1, line: 8, size: 96, elements: !71)
!71 = !{!72, !73, !74, !75, !76}
!72 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !70, file: !1, line: 8, baseType: !11, size: 3, flags: DIFlagBitField, extraData: i64 0)
!73 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !70, file: !1, line: 8, baseType: !11, size: 5, offset: 3, flags: DIFlagBitField, extraData: i64 0)
!74 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !70, file: !1, line: 8, baseType: !11, size: 9, offset: 8, flags: DIFlagBitField, extraData: i64 0)
!75 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !70, file: !1, line: 8, baseType: !10, size: 32, offset: 32)
!76 = !DIDerivedType(tag: DW_TAG_member, name: "e", scope: !70, file: !1, line: 8, baseType: !11, size: 4, offset: 64, flags: DIFlagBitField, extraData: i64 64)
!77 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !70, size: 64)

; struct flex
!80 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "flex", file: !1, line: 9, size: 64, elements: !81)
!81 = !{!82, !83}
!82 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !80, file: !1, line: 9, baseType: !12, size: 64)
!83 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !80, file: !1, line: 9, baseType: !84, offset: 64)
!84 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, elements: !85)
!85 = !{!86}
!86 = !DISubrange(count: -1)
!87 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !80, size: 64)

; struct huge
!90 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "huge", file: !1, line: 10, size: 2496, elements: !91)
!91 = !{!92, !93}
!92 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !90, file: !1, line: 10, baseType: !94, size: 2400)
!93 = !DIDerivedType(tag: DW_TAG_member, name: "tail", scope: !90, file: !1, line: 10, baseType: !12, size: 64, offset: 2432)
!94 = !DICompositeType(tag: DW_TAG_array_type, baseType: !13, size: 2400, elements: !95)
!95 = !{!96}
!96 = !DISubrange(count: 300)
!97 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !90, size: 64)

!100 = distinct !DISubprogram(name: "p_struct", scope: !1, file: !1, line: 20, type: !101, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!101 = !DISubroutineType(types: !102)
!102 = !{null, !25}
!103 = !DILocalVariable(name: "p", arg: 1, scope: !100, file: !1, line: 20, type: !25)
!109 = !DILocation(line: 0, scope: !100)

!110 = distinct !DISubprogram(name: "p_typedef", scope: !1, file: !1, line: 21, type: !111, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!111 = !DISubroutineType(types: !112)
!112 = !{null, !27}
!113 = !DILocalVariable(name: "p", arg: 1, scope: !110, file: !1, line: 21, type: !27)
!119 = !DILocation(line: 0, scope: !110)

!120 = distinct !DISubprogram(name: "p_const", scope: !1, file: !1, line: 22, type: !121, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!121 = !DISubroutineType(types: !122)
!122 = !{null, !31}
!123 = !DILocalVariable(name: "p", arg: 1, scope: !120, file: !1, line: 22, type: !31)
!129 = !DILocation(line: 0, scope: !120)

!130 = distinct !DISubprogram(name: "p_ptr_ptr", scope: !1, file: !1, line: 23, type: !131, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!131 = !DISubroutineType(types: !132)
!132 = !{null, !32}
!133 = !DILocalVariable(name: "pp", arg: 1, scope: !130, file: !1, line: 23, type: !32)
!139 = !DILocation(line: 0, scope: !130)

!140 = distinct !DISubprogram(name: "p_void", scope: !1, file: !1, line: 24, type: !141, scopeLine: 24, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!141 = !DISubroutineType(types: !142)
!142 = !{null, !33}
!143 = !DILocalVariable(name: "p", arg: 1, scope: !140, file: !1, line: 24, type: !33)
!149 = !DILocation(line: 0, scope: !140)

!150 = distinct !DISubprogram(name: "p_int", scope: !1, file: !1, line: 25, type: !151, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!151 = !DISubroutineType(types: !152)
!152 = !{null, !34}
!153 = !DILocalVariable(name: "p", arg: 1, scope: !150, file: !1, line: 25, type: !34)
!159 = !DILocation(line: 0, scope: !150)

!160 = distinct !DISubprogram(name: "p_fwd", scope: !1, file: !1, line: 26, type: !161, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!161 = !DISubroutineType(types: !162)
!162 = !{null, !36}
!163 = !DILocalVariable(name: "p", arg: 1, scope: !160, file: !1, line: 26, type: !36)
!169 = !DILocation(line: 0, scope: !160)

!170 = distinct !DISubprogram(name: "p_union", scope: !1, file: !1, line: 27, type: !171, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!171 = !DISubroutineType(types: !172)
!172 = !{null, !44}
!173 = !DILocalVariable(name: "p", arg: 1, scope: !170, file: !1, line: 27, type: !44)
!179 = !DILocation(line: 0, scope: !170)

!180 = distinct !DISubprogram(name: "p_mixed", scope: !1, file: !1, line: 28, type: !181, scopeLine: 28, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!181 = !DISubroutineType(types: !182)
!182 = !{null, !65}
!183 = !DILocalVariable(name: "m", arg: 1, scope: !180, file: !1, line: 28, type: !65)
!189 = !DILocation(line: 0, scope: !180)

!190 = distinct !DISubprogram(name: "p_bitfields", scope: !1, file: !1, line: 29, type: !191, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!191 = !DISubroutineType(types: !192)
!192 = !{null, !77}
!193 = !DILocalVariable(name: "b", arg: 1, scope: !190, file: !1, line: 29, type: !77)
!199 = !DILocation(line: 0, scope: !190)

!200 = distinct !DISubprogram(name: "p_flex", scope: !1, file: !1, line: 30, type: !201, scopeLine: 30, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!201 = !DISubroutineType(types: !202)
!202 = !{null, !87}
!203 = !DILocalVariable(name: "f", arg: 1, scope: !200, file: !1, line: 30, type: !87)
!209 = !DILocation(line: 0, scope: !200)

!210 = distinct !DISubprogram(name: "p_huge", scope: !1, file: !1, line: 31, type: !211, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!211 = !DISubroutineType(types: !212)
!212 = !{null, !97}
!213 = !DILocalVariable(name: "h", arg: 1, scope: !210, file: !1, line: 31, type: !97)
!219 = !DILocation(line: 0, scope: !210)

!220 = distinct !DISubprogram(name: "p_two", scope: !1, file: !1, line: 32, type: !221, scopeLine: 32, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!221 = !DISubroutineType(types: !222)
!222 = !{null, !25, !25}
!223 = !DILocalVariable(name: "a", arg: 1, scope: !220, file: !1, line: 32, type: !25)
!224 = !DILocalVariable(name: "b", arg: 2, scope: !220, file: !1, line: 32, type: !25)
!229 = !DILocation(line: 0, scope: !220)

!230 = distinct !DISubprogram(name: "p_qualified", scope: !1, file: !1, line: 33, type: !231, scopeLine: 33, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!231 = !DISubroutineType(types: !232)
!232 = !{null, !19}
!233 = !DILocalVariable(name: "p", arg: 1, scope: !230, file: !1, line: 33, type: !19)
!239 = !DILocation(line: 0, scope: !230)

!240 = distinct !DISubprogram(name: "p_null_arg", scope: !1, file: !1, line: 34, type: !241, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!241 = !DISubroutineType(types: !242)
!242 = !{null, !25}
!243 = !DILocalVariable(name: "p", arg: 1, scope: !240, file: !1, line: 34, type: !25)
!249 = !DILocation(line: 0, scope: !240)
