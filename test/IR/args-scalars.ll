; Scalar parameters: each is stored into the function's one shared stack slot
; (%sancov_dataflow.slot) right before its call, and the call gets the slot
; address with the store size of the value. Parameters with no value at
; entry still get a call, with size 0 and a null pointer.
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; The same calls under an aarch64 triple (as on x86-64, u32 operands not extended):
; RUN: %opt -passes=sancov-dataflow -S -mtriple=aarch64-linux-gnu %s | FileCheck %s --check-prefixes=CHECK,A64
; REQUIRES: x86-registered-target, aarch64-registered-target
; A64: target triple = "aarch64-unknown-linux-gnu"

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@sink = global i64 0, align 8

; The scalar tests need no field table.
; CHECK-NOT: @__sancov_dataflow_fields

; void s_int(int a);
; CHECK-LABEL: define void @s_int(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: store i32 %a, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_int to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: #dbg_value(i32 %a,
; CHECK-NEXT: store volatile i64 0, ptr @sink
; CHECK-NOT: alloca
; CHECK: ret void
define void @s_int(i32 noundef %a) !dbg !100 {
    #dbg_value(i32 %a, !103, !DIExpression(), !109)
  store volatile i64 0, ptr @sink, align 8
  ret void
}

; void s_unsigned(unsigned a);
; CHECK-LABEL: define void @s_unsigned(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: store i32 %a, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_unsigned to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0)
define void @s_unsigned(i32 noundef %a) !dbg !110 {
    #dbg_value(i32 %a, !113, !DIExpression(), !119)
  ret void
}

; void s_short(short a);
; CHECK-LABEL: define void @s_short(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [2 x i8], align 2
; CHECK-NEXT: store i16 %a, ptr %[[SLOT]], align 2
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_short to i64), i32 0, i32 2, ptr %[[SLOT]], ptr null, i32 0)
define void @s_short(i16 noundef signext %a) !dbg !120 {
    #dbg_value(i16 %a, !123, !DIExpression(), !129)
  ret void
}

; void s_char(char c);
; CHECK-LABEL: define void @s_char(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [1 x i8], align 1
; CHECK-NEXT: store i8 %c, ptr %[[SLOT]], align 1
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_char to i64), i32 0, i32 1, ptr %[[SLOT]], ptr null, i32 0)
define void @s_char(i8 noundef signext %c) !dbg !130 {
    #dbg_value(i8 %c, !133, !DIExpression(), !139)
  ret void
}

; void s_bool(bool b);
; clang -O2 passes bool as i1 zeroext and describes it as converted to a
; zero-extended byte; the i1 stored into the slot is that byte.
; CHECK-LABEL: define void @s_bool(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [1 x i8], align 1
; CHECK-NEXT: %[[Z:.+]] = zext i1 %b to i8
; CHECK-NEXT: store i8 %[[Z]], ptr %[[SLOT]], align 1
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_bool to i64), i32 0, i32 1, ptr %[[SLOT]], ptr null, i32 0)
define void @s_bool(i1 noundef zeroext %b) !dbg !140 {
    #dbg_value(i1 %b, !143, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !149)
  ret void
}

; void s_long(long a);
; CHECK-LABEL: define void @s_long(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [8 x i8], align 8
; CHECK-NEXT: store i64 %a, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_long to i64), i32 0, i32 8, ptr %[[SLOT]], ptr null, i32 0)
define void @s_long(i64 noundef %a) !dbg !150 {
    #dbg_value(i64 %a, !153, !DIExpression(), !159)
  ret void
}

; void s_float(float f);
; CHECK-LABEL: define void @s_float(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: store float %f, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_float to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0)
define void @s_float(float noundef %f) !dbg !160 {
    #dbg_value(float %f, !163, !DIExpression(), !169)
  ret void
}

; void s_double(double d);
; CHECK-LABEL: define void @s_double(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [8 x i8], align 8
; CHECK-NEXT: store double %d, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_double to i64), i32 0, i32 8, ptr %[[SLOT]], ptr null, i32 0)
define void @s_double(double noundef %d) !dbg !170 {
    #dbg_value(double %d, !173, !DIExpression(), !179)
  ret void
}

; void s_int128(__int128 x);
; All 16 bytes are reported (the consumer reads the low 8).
; CHECK-LABEL: define void @s_int128(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [16 x i8], align 16
; CHECK-NEXT: store i128 %x, ptr %[[SLOT]], align 16
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_int128 to i64), i32 0, i32 16, ptr %[[SLOT]], ptr null, i32 0)
define void @s_int128(i128 noundef %x) !dbg !180 {
    #dbg_value(i128 %x, !183, !DIExpression(), !189)
  ret void
}

; typedef float v4f __attribute__((vector_size(16)));
; void s_vector(v4f v);
; CHECK-LABEL: define void @s_vector(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [16 x i8], align 16
; CHECK-NEXT: store <4 x float> %v, ptr %[[SLOT]], align 16
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_vector to i64), i32 0, i32 16, ptr %[[SLOT]], ptr null, i32 0)
define void @s_vector(<4 x float> noundef %v) !dbg !190 {
    #dbg_value(<4 x float> %v, !193, !DIExpression(), !199)
  ret void
}

; static void s_const(int a, int b);   (every caller passes a = 5)
; IPSCCP removed the use of %a and described the parameter as the constant.
; CHECK-LABEL: define internal void @s_const(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: store i32 5, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_const to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: store i32 %b, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_const to i64), i32 1, i32 4, ptr %[[SLOT]], ptr null, i32 0)
define internal void @s_const(i32 noundef %b) !dbg !200 {
    #dbg_value(i32 5, !203, !DIExpression(), !209)
    #dbg_value(i32 %b, !204, !DIExpression(), !209)
  store volatile i64 5, ptr @sink, align 8
  ret void
}

; void s_entry_def(int a, int b);
; The IR argument of `a` was widened; the parameter is a truncation computed
; in the entry block. The calls go right after that definition: after the
; store before it, before the store after it.
; CHECK-LABEL: define void @s_entry_def(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: store volatile i64 1, ptr @sink, align 8
; CHECK-NEXT: %a = trunc i64 %a.wide to i32
; CHECK-NEXT: #dbg_value(i32 %a,
; CHECK-NEXT: #dbg_value(i32 %b,
; CHECK-NEXT: store i32 %a, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_entry_def to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: store i32 %b, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_entry_def to i64), i32 1, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: store volatile i64 2, ptr @sink, align 8
define void @s_entry_def(i64 %a.wide, i32 noundef %b) !dbg !210 {
  store volatile i64 1, ptr @sink, align 8
  %a = trunc i64 %a.wide to i32
    #dbg_value(i32 %a, !213, !DIExpression(), !219)
    #dbg_value(i32 %b, !214, !DIExpression(), !219)
  store volatile i64 2, ptr @sink, align 8
  ret void
}

; void s_poison(int a, int b);   (callers pass garbage for a: dead argument)
; CHECK-LABEL: define void @s_poison(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_poison to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
; CHECK-NEXT: store i32 %b, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_poison to i64), i32 1, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NOT: poison, ptr %[[SLOT]]
define void @s_poison(i32 %a, i32 noundef %b) !dbg !220 {
    #dbg_value(i32 poison, !223, !DIExpression(), !229)
    #dbg_value(i32 %b, !224, !DIExpression(), !229)
  ret void
}

; void s_later_block(int a, int b);
; The only record of `a` names a value defined in a later block, which does
; not dominate the entry-block call: no value, and no use of %late there.
; CHECK-LABEL: define void @s_later_block(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_later_block to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
; CHECK-NEXT: store i32 %b, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_later_block to i64), i32 1, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: #dbg_value(i32 %b,
; CHECK-NEXT: br label %next
; CHECK: next:
; CHECK-NEXT: %late = load i32, ptr @sink
; CHECK-NOT: store i32 %late
; CHECK: ret void
define void @s_later_block(i32 %a.unused, i32 noundef %b) !dbg !230 {
    #dbg_value(i32 %b, !234, !DIExpression(), !239)
  br label %next

next:
  %late = load i32, ptr @sink, align 8
    #dbg_value(i32 %late, !233, !DIExpression(), !239)
  ret void
}

; void s_computed(int a);
; The parameter is only known as %x + 1 (a computed location): no value.
; CHECK-LABEL: define void @s_computed(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_computed to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
; CHECK-NOT: store
; CHECK: ret void
define void @s_computed(i32 %x) !dbg !240 {
    #dbg_value(i32 %x, !243, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !249)
  ret void
}

; void s_no_record(int a, int b);
; No debug record at all for `a`: it still gets its call, from the declared
; parameter list.
; CHECK-LABEL: define void @s_no_record(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_no_record to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
; CHECK-NEXT: store i32 %b, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_no_record to i64), i32 1, i32 4, ptr %[[SLOT]], ptr null, i32 0)
define void @s_no_record(i32 noundef %b) !dbg !250 {
    #dbg_value(i32 %b, !254, !DIExpression(), !259)
  ret void
}

; void s_void(void);
; CHECK-LABEL: define void @s_void(
; CHECK-NOT: alloca
; CHECK-NOT: @__sanitizer_cov_trace_args
; CHECK: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @s_void to i64), i32 0, ptr null, ptr null, i32 0)
; CHECK-NEXT: ret void
define void @s_void() !dbg !260 {
  ret void
}

; void s_shared_slot(char c, __int128 x, double d);
; One slot for the whole function, sized and aligned for the largest value.
; CHECK-LABEL: define void @s_shared_slot(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [16 x i8], align 16
; CHECK-NOT: alloca
; CHECK-NEXT: store i8 %c, ptr %[[SLOT]], align 1
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_shared_slot to i64), i32 0, i32 1, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: store i128 %x, ptr %[[SLOT]], align 16
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_shared_slot to i64), i32 1, i32 16, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: store double %d, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_shared_slot to i64), i32 2, i32 8, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NOT: alloca
; CHECK: ret void
define void @s_shared_slot(i8 signext %c, i128 %x, double %d) !dbg !270 {
    #dbg_value(i8 %c, !273, !DIExpression(), !279)
    #dbg_value(i128 %x, !274, !DIExpression(), !279)
    #dbg_value(double %d, !275, !DIExpression(), !279)
  ret void
}

; static inline void callee(int x) { sink = x; }
; void s_inlined(int a) { callee(7); sink = a; }
; The inlined callee's `x` (arg: 1 of another subprogram, and inlinedAt)
; comes first in the entry block but is not the caller's parameter 0.
; CHECK-LABEL: define void @s_inlined(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: store i32 %a, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @s_inlined to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NOT: @__sanitizer_cov_trace_args
; CHECK-NOT: i32 7, ptr %[[SLOT]]
; CHECK: ret void
define void @s_inlined(i32 noundef %a) !dbg !280 {
    #dbg_value(i32 7, !286, !DIExpression(), !288)
  store volatile i64 7, ptr @sink, align 8
    #dbg_value(i32 %a, !283, !DIExpression(), !289)
  ret void
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "args-scalars.c", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!11 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!12 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!13 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!14 = !DIBasicType(name: "_Bool", size: 8, encoding: DW_ATE_boolean)
!15 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!16 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!17 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!18 = !DIBasicType(name: "__int128", size: 128, encoding: DW_ATE_signed)
!19 = !DIDerivedType(tag: DW_TAG_typedef, name: "v4f", file: !1, line: 1, baseType: !20)
!20 = !DICompositeType(tag: DW_TAG_array_type, baseType: !16, size: 128, flags: DIFlagVector, elements: !21)
!21 = !{!22}
!22 = !DISubrange(count: 4)

!100 = distinct !DISubprogram(name: "s_int", scope: !1, file: !1, line: 10, type: !101, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!101 = !DISubroutineType(types: !102)
!102 = !{null, !10}
!103 = !DILocalVariable(name: "a", arg: 1, scope: !100, file: !1, line: 10, type: !10)
!109 = !DILocation(line: 0, scope: !100)

!110 = distinct !DISubprogram(name: "s_unsigned", scope: !1, file: !1, line: 11, type: !111, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!111 = !DISubroutineType(types: !112)
!112 = !{null, !11}
!113 = !DILocalVariable(name: "a", arg: 1, scope: !110, file: !1, line: 11, type: !11)
!119 = !DILocation(line: 0, scope: !110)

!120 = distinct !DISubprogram(name: "s_short", scope: !1, file: !1, line: 12, type: !121, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!121 = !DISubroutineType(types: !122)
!122 = !{null, !12}
!123 = !DILocalVariable(name: "a", arg: 1, scope: !120, file: !1, line: 12, type: !12)
!129 = !DILocation(line: 0, scope: !120)

!130 = distinct !DISubprogram(name: "s_char", scope: !1, file: !1, line: 13, type: !131, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!131 = !DISubroutineType(types: !132)
!132 = !{null, !13}
!133 = !DILocalVariable(name: "c", arg: 1, scope: !130, file: !1, line: 13, type: !13)
!139 = !DILocation(line: 0, scope: !130)

!140 = distinct !DISubprogram(name: "s_bool", scope: !1, file: !1, line: 14, type: !141, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!141 = !DISubroutineType(types: !142)
!142 = !{null, !14}
!143 = !DILocalVariable(name: "b", arg: 1, scope: !140, file: !1, line: 14, type: !14)
!149 = !DILocation(line: 0, scope: !140)

!150 = distinct !DISubprogram(name: "s_long", scope: !1, file: !1, line: 15, type: !151, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!151 = !DISubroutineType(types: !152)
!152 = !{null, !15}
!153 = !DILocalVariable(name: "a", arg: 1, scope: !150, file: !1, line: 15, type: !15)
!159 = !DILocation(line: 0, scope: !150)

!160 = distinct !DISubprogram(name: "s_float", scope: !1, file: !1, line: 16, type: !161, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!161 = !DISubroutineType(types: !162)
!162 = !{null, !16}
!163 = !DILocalVariable(name: "f", arg: 1, scope: !160, file: !1, line: 16, type: !16)
!169 = !DILocation(line: 0, scope: !160)

!170 = distinct !DISubprogram(name: "s_double", scope: !1, file: !1, line: 17, type: !171, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!171 = !DISubroutineType(types: !172)
!172 = !{null, !17}
!173 = !DILocalVariable(name: "d", arg: 1, scope: !170, file: !1, line: 17, type: !17)
!179 = !DILocation(line: 0, scope: !170)

!180 = distinct !DISubprogram(name: "s_int128", scope: !1, file: !1, line: 18, type: !181, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!181 = !DISubroutineType(types: !182)
!182 = !{null, !18}
!183 = !DILocalVariable(name: "x", arg: 1, scope: !180, file: !1, line: 18, type: !18)
!189 = !DILocation(line: 0, scope: !180)

!190 = distinct !DISubprogram(name: "s_vector", scope: !1, file: !1, line: 19, type: !191, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!191 = !DISubroutineType(types: !192)
!192 = !{null, !19}
!193 = !DILocalVariable(name: "v", arg: 1, scope: !190, file: !1, line: 19, type: !19)
!199 = !DILocation(line: 0, scope: !190)

!200 = distinct !DISubprogram(name: "s_const", scope: !1, file: !1, line: 20, type: !201, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!201 = !DISubroutineType(types: !202)
!202 = !{null, !10, !10}
!203 = !DILocalVariable(name: "a", arg: 1, scope: !200, file: !1, line: 20, type: !10)
!204 = !DILocalVariable(name: "b", arg: 2, scope: !200, file: !1, line: 20, type: !10)
!209 = !DILocation(line: 0, scope: !200)

!210 = distinct !DISubprogram(name: "s_entry_def", scope: !1, file: !1, line: 21, type: !211, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!211 = !DISubroutineType(types: !212)
!212 = !{null, !10, !10}
!213 = !DILocalVariable(name: "a", arg: 1, scope: !210, file: !1, line: 21, type: !10)
!214 = !DILocalVariable(name: "b", arg: 2, scope: !210, file: !1, line: 21, type: !10)
!219 = !DILocation(line: 0, scope: !210)

!220 = distinct !DISubprogram(name: "s_poison", scope: !1, file: !1, line: 22, type: !221, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!221 = !DISubroutineType(types: !222)
!222 = !{null, !10, !10}
!223 = !DILocalVariable(name: "a", arg: 1, scope: !220, file: !1, line: 22, type: !10)
!224 = !DILocalVariable(name: "b", arg: 2, scope: !220, file: !1, line: 22, type: !10)
!229 = !DILocation(line: 0, scope: !220)

!230 = distinct !DISubprogram(name: "s_later_block", scope: !1, file: !1, line: 23, type: !231, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!231 = !DISubroutineType(types: !232)
!232 = !{null, !10, !10}
!233 = !DILocalVariable(name: "a", arg: 1, scope: !230, file: !1, line: 23, type: !10)
!234 = !DILocalVariable(name: "b", arg: 2, scope: !230, file: !1, line: 23, type: !10)
!239 = !DILocation(line: 0, scope: !230)

!240 = distinct !DISubprogram(name: "s_computed", scope: !1, file: !1, line: 24, type: !241, scopeLine: 24, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!241 = !DISubroutineType(types: !242)
!242 = !{null, !10}
!243 = !DILocalVariable(name: "a", arg: 1, scope: !240, file: !1, line: 24, type: !10)
!249 = !DILocation(line: 0, scope: !240)

!250 = distinct !DISubprogram(name: "s_no_record", scope: !1, file: !1, line: 25, type: !251, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!251 = !DISubroutineType(types: !252)
!252 = !{null, !10, !10}
!254 = !DILocalVariable(name: "b", arg: 2, scope: !250, file: !1, line: 25, type: !10)
!259 = !DILocation(line: 0, scope: !250)

!260 = distinct !DISubprogram(name: "s_void", scope: !1, file: !1, line: 26, type: !261, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!261 = !DISubroutineType(types: !262)
!262 = !{null}

!270 = distinct !DISubprogram(name: "s_shared_slot", scope: !1, file: !1, line: 27, type: !271, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!271 = !DISubroutineType(types: !272)
!272 = !{null, !13, !18, !17}
!273 = !DILocalVariable(name: "c", arg: 1, scope: !270, file: !1, line: 27, type: !13)
!274 = !DILocalVariable(name: "x", arg: 2, scope: !270, file: !1, line: 27, type: !18)
!275 = !DILocalVariable(name: "d", arg: 3, scope: !270, file: !1, line: 27, type: !17)
!279 = !DILocation(line: 0, scope: !270)

!280 = distinct !DISubprogram(name: "s_inlined", scope: !1, file: !1, line: 29, type: !281, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!281 = !DISubroutineType(types: !282)
!282 = !{null, !10}
!283 = !DILocalVariable(name: "a", arg: 1, scope: !280, file: !1, line: 29, type: !10)
!284 = distinct !DISubprogram(name: "callee", scope: !1, file: !1, line: 28, type: !281, scopeLine: 28, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!286 = !DILocalVariable(name: "x", arg: 1, scope: !284, file: !1, line: 28, type: !10)
!287 = distinct !DILocation(line: 29, column: 22, scope: !280)
!288 = !DILocation(line: 0, scope: !284, inlinedAt: !287)
!289 = !DILocation(line: 0, scope: !280)
