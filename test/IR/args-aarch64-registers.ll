; AArch64 (AAPCS64) structs passed and returned in registers.
;  - A homogeneous floating-point aggregate (HFA: up to four members of one
;    floating-point type) comes in FP registers as [N x double] or
;    [N x float]: split by extractvalue at -O2 and described by one fragment
;    per member, stored whole into the variable's slot at -O0.
;  - Other structs of up to 16 bytes come in general registers as i64 or
;    [2 x i64], rounded up to whole registers: at -O2 SROA describes the
;    fields as truncations and shifts of them; at -O0 the prologue stores the
;    coerced value into a temporary and copies only the struct's bytes on, so
;    the struct is the leading bytes of the coerced value.
;  - An HFA is returned in FP registers as the struct type itself.
; Each is reassembled in the shared slot, sized by the declared struct (not
; by the wider coerced type), with the struct's table.
; This is the IR `clang-22 --target=aarch64-linux-gnu -g` emits for the C
; below, with named values and without TBAA, attribute groups and (at -O0)
; the body after the prologue.
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; REQUIRES: aarch64-registered-target

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.hfa3 = type { double, double, double }
%struct.tri = type { i32, i32, i32 }

; CHECK-DAG: @__sancov_dataflow_fields.hfa3 = internal unnamed_addr constant [6 x i64] [i64 0, i64 8, i64 8, i64 8, i64 16, i64 8], align 8
; CHECK-DAG: @__sancov_dataflow_fields.vec4 = internal unnamed_addr constant [8 x i64] [i64 0, i64 4, i64 4, i64 4, i64 8, i64 4, i64 12, i64 4], align 8
; CHECK-DAG: @__sancov_dataflow_fields.mix = internal unnamed_addr constant [6 x i64] [i64 0, i64 4, i64 4, i64 1, i64 6, i64 2], align 8
; CHECK-DAG: @__sancov_dataflow_fields.tri = internal unnamed_addr constant [6 x i64] [i64 0, i64 4, i64 4, i64 4, i64 8, i64 4], align 8

; struct hfa3 { double x, y, z; };
; double a64_hfa(struct hfa3 h) { return h.x * h.y + h.z; }   (-O2)
; CHECK-LABEL: define double @a64_hfa(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [24 x i8], align 8
; CHECK-NEXT: %x = extractvalue [3 x double] %h.coerce, 0
; CHECK-NEXT: %y = extractvalue [3 x double] %h.coerce, 1
; CHECK-NEXT: %z = extractvalue [3 x double] %h.coerce, 2
; CHECK-NEXT: #dbg_value(double %x,
; CHECK-NEXT: #dbg_value(double %y,
; CHECK-NEXT: #dbg_value(double %z,
; CHECK-NEXT: %[[G0:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 0
; CHECK-NEXT: store double %x, ptr %[[G0]], align 8
; CHECK-NEXT: %[[G8:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 8
; CHECK-NEXT: store double %y, ptr %[[G8]], align 8
; CHECK-NEXT: %[[G16:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 16
; CHECK-NEXT: store double %z, ptr %[[G16]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a64_hfa to i64), i32 0, i32 24, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.hfa3, i32 3)
; CHECK-NEXT: %mul = fmul double %x, %y
; CHECK-NEXT: %add = fadd double %mul, %z
; CHECK-NEXT: store double %add, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @a64_hfa to i64), i32 8, ptr %[[SLOT]], ptr null, i32 0)
define double @a64_hfa([3 x double] alignstack(8) %h.coerce) !dbg !100 {
  %x = extractvalue [3 x double] %h.coerce, 0
  %y = extractvalue [3 x double] %h.coerce, 1
  %z = extractvalue [3 x double] %h.coerce, 2
    #dbg_value(double %x, !103, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !109)
    #dbg_value(double %y, !103, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !109)
    #dbg_value(double %z, !103, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !109)
  %mul = fmul double %x, %y
  %add = fadd double %mul, %z
  ret double %add
}

; struct vec4 { float x, y, z, w; };
; float a64_vec4(struct vec4 v, int n) { return v.x + v.y + v.z + v.w + n; }
;   (-O2)
; CHECK-LABEL: define float @a64_vec4(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [16 x i8], align 4
; CHECK-NEXT: %x = extractvalue [4 x float] %v.coerce, 0
; CHECK-NEXT: %y = extractvalue [4 x float] %v.coerce, 1
; CHECK-NEXT: %z = extractvalue [4 x float] %v.coerce, 2
; CHECK-NEXT: %w = extractvalue [4 x float] %v.coerce, 3
; CHECK-NEXT: #dbg_value(float %x,
; CHECK-NEXT: #dbg_value(float %y,
; CHECK-NEXT: #dbg_value(float %z,
; CHECK-NEXT: #dbg_value(float %w,
; CHECK-NEXT: #dbg_value(i32 %n,
; CHECK-NEXT: %[[G0:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 0
; CHECK-NEXT: store float %x, ptr %[[G0]], align 4
; CHECK-NEXT: %[[G4:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 4
; CHECK-NEXT: store float %y, ptr %[[G4]], align 4
; CHECK-NEXT: %[[G8:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 8
; CHECK-NEXT: store float %z, ptr %[[G8]], align 4
; CHECK-NEXT: %[[G12:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 12
; CHECK-NEXT: store float %w, ptr %[[G12]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a64_vec4 to i64), i32 0, i32 16, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.vec4, i32 4)
; CHECK-NEXT: store i32 %n, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a64_vec4 to i64), i32 1, i32 4, ptr %[[SLOT]], ptr null, i32 0)
define float @a64_vec4([4 x float] alignstack(8) %v.coerce, i32 noundef %n) !dbg !110 {
  %x = extractvalue [4 x float] %v.coerce, 0
  %y = extractvalue [4 x float] %v.coerce, 1
  %z = extractvalue [4 x float] %v.coerce, 2
  %w = extractvalue [4 x float] %v.coerce, 3
    #dbg_value(float %x, !113, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !119)
    #dbg_value(float %y, !113, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !119)
    #dbg_value(float %z, !113, !DIExpression(DW_OP_LLVM_fragment, 64, 32), !119)
    #dbg_value(float %w, !113, !DIExpression(DW_OP_LLVM_fragment, 96, 32), !119)
    #dbg_value(i32 %n, !114, !DIExpression(), !119)
  %s1 = fadd float %x, %y
  %s2 = fadd float %z, %s1
  %s3 = fadd float %w, %s2
  %nf = sitofp i32 %n to float
  %s4 = fadd float %s3, %nf
  ret float %s4
}

; struct mix { int a; char b; short c; };
; int a64_mix(struct mix m) { return m.a + m.b + m.c; }   (-O2: one i64;
;   b and c are described as bits of it, widened and narrowed by converts)
; CHECK-LABEL: define i32 @a64_mix(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [8 x i8], align 8
; CHECK-NEXT: %a = trunc i64 %m.coerce to i32
; CHECK-NEXT: %hi = lshr i64 %m.coerce, 32
; CHECK-NEXT: #dbg_value(i32 %a,
; CHECK-NEXT: #dbg_value(i64 %hi,
; CHECK-NEXT: #dbg_value(i64 %m.coerce,
; CHECK-NEXT: #dbg_value(i64 %m.coerce,
; CHECK-NEXT: %[[G0:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 0
; CHECK-NEXT: store i32 %a, ptr %[[G0]], align 8
; CHECK-NEXT: %[[B:.+]] = trunc i64 %hi to i8
; CHECK-NEXT: %[[G4:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 4
; CHECK-NEXT: store i8 %[[B]], ptr %[[G4]], align 4
; CHECK-NEXT: %[[SH40:.+]] = lshr i64 %m.coerce, 40
; CHECK-NEXT: %[[PAD:.+]] = trunc i64 %[[SH40]] to i8
; CHECK-NEXT: %[[G5:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 5
; CHECK-NEXT: store i8 %[[PAD]], ptr %[[G5]], align 1
; CHECK-NEXT: %[[SH48:.+]] = lshr i64 %m.coerce, 48
; CHECK-NEXT: %[[C:.+]] = trunc i64 %[[SH48]] to i16
; CHECK-NEXT: %[[G6:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 6
; CHECK-NEXT: store i16 %[[C]], ptr %[[G6]], align 2
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a64_mix to i64), i32 0, i32 8, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.mix, i32 3)
define i32 @a64_mix(i64 %m.coerce) !dbg !120 {
  %a = trunc i64 %m.coerce to i32
  %hi = lshr i64 %m.coerce, 32
    #dbg_value(i32 %a, !123, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !129)
    #dbg_value(i64 %hi, !123, !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 32, 8), !129)
    #dbg_value(i64 %m.coerce, !123, !DIExpression(DW_OP_constu, 40, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 40, 8), !129)
    #dbg_value(i64 %m.coerce, !123, !DIExpression(DW_OP_constu, 48, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 16, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 48, 16), !129)
  %b32 = trunc i64 %hi to i32
  %b = and i32 %b32, 255
  %c64 = ashr i64 %m.coerce, 48
  %c = trunc i64 %c64 to i32
  %ac = add i32 %c, %a
  %r = add i32 %ac, %b
  ret i32 %r
}

; struct tri { int a, b, c; };
; int a64_tri(struct tri t) { return t.a + t.b + t.c; }   (-O2: [2 x i64],
;   of which the first 12 bytes are the struct)
; CHECK-LABEL: define i32 @a64_tri(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [12 x i8], align 4
; CHECK-NEXT: %lo = extractvalue [2 x i64] %t.coerce, 0
; CHECK-NEXT: %hi = extractvalue [2 x i64] %t.coerce, 1
; CHECK-NEXT: %a = trunc i64 %lo to i32
; CHECK-NEXT: %b64 = lshr i64 %lo, 32
; CHECK-NEXT: %b = trunc i64 %b64 to i32
; CHECK-NEXT: %c = trunc i64 %hi to i32
; CHECK-NEXT: #dbg_value(i32 %a,
; CHECK-NEXT: #dbg_value(i32 %b,
; CHECK-NEXT: #dbg_value(i32 %c,
; CHECK-NEXT: %[[G0:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 0
; CHECK-NEXT: store i32 %a, ptr %[[G0]], align 4
; CHECK-NEXT: %[[G4:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 4
; CHECK-NEXT: store i32 %b, ptr %[[G4]], align 4
; CHECK-NEXT: %[[G8:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 8
; CHECK-NEXT: store i32 %c, ptr %[[G8]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a64_tri to i64), i32 0, i32 12, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.tri, i32 3)
define i32 @a64_tri([2 x i64] %t.coerce) !dbg !130 {
  %lo = extractvalue [2 x i64] %t.coerce, 0
  %hi = extractvalue [2 x i64] %t.coerce, 1
  %a = trunc i64 %lo to i32
  %b64 = lshr i64 %lo, 32
  %b = trunc i64 %b64 to i32
  %c = trunc i64 %hi to i32
    #dbg_value(i32 %a, !133, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !139)
    #dbg_value(i32 %b, !133, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !139)
    #dbg_value(i32 %c, !133, !DIExpression(DW_OP_LLVM_fragment, 64, 32), !139)
  %ac = add i32 %c, %a
  %r = add i32 %ac, %b
  ret i32 %r
}

; struct hfa3 a64_mk_hfa(double d) {
;   struct hfa3 h = {d, d * 2, d * 3};
;   return h;
; }   (-O2: returned as %struct.hfa3 in d0-d2)
; CHECK-LABEL: define %struct.hfa3 @a64_mk_hfa(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [24 x i8], align 8
; CHECK-NEXT: store double %d, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a64_mk_hfa to i64), i32 0, i32 8, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: #dbg_value(double %d,
; CHECK:      %h2 = insertvalue %struct.hfa3 %h1, double %z, 2
; CHECK-NEXT: store %struct.hfa3 %h2, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @a64_mk_hfa to i64), i32 24, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.hfa3, i32 3)
; CHECK-NEXT: ret %struct.hfa3 %h2
define %struct.hfa3 @a64_mk_hfa(double noundef %d) !dbg !140 {
    #dbg_value(double %d, !143, !DIExpression(), !149)
    #dbg_value(double %d, !144, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !149)
  %y = fmul double %d, 2.000000e+00
    #dbg_value(double %y, !144, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !149)
  %z = fmul double %d, 3.000000e+00
    #dbg_value(double %z, !144, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !149)
  %h0 = insertvalue %struct.hfa3 poison, double %d, 0
  %h1 = insertvalue %struct.hfa3 %h0, double %y, 1
  %h2 = insertvalue %struct.hfa3 %h1, double %z, 2
  ret %struct.hfa3 %h2
}

; double a64_hfa_O0(struct hfa3 h) { return h.x * h.y + h.z; }
;   (-O0: the [3 x double] stored whole)
; CHECK-LABEL: define double @a64_hfa_O0(
; CHECK-NEXT: entry:
; CHECK-NEXT: %[[SLOT:.+]] = alloca [24 x i8], align 8
; CHECK-NEXT: %h = alloca %struct.hfa3, align 8
; CHECK-NEXT: store [3 x double] %h.coerce, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a64_hfa_O0 to i64), i32 0, i32 24, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.hfa3, i32 3)
; CHECK-NEXT: store [3 x double] %h.coerce, ptr %h, align 8
define double @a64_hfa_O0([3 x double] alignstack(8) %h.coerce) #0 !dbg !150 {
entry:
  %h = alloca %struct.hfa3, align 8
  store [3 x double] %h.coerce, ptr %h, align 8
    #dbg_declare(ptr %h, !153, !DIExpression(), !159)
  ret double 0.000000e+00, !dbg !159
}

; int a64_tri_O0(struct tri t) { return t.a + t.b + t.c; }
;   (-O0: the [2 x i64] is stored into a 16-byte temporary and its first
;   12 bytes are copied into t)
; CHECK-LABEL: define i32 @a64_tri_O0(
; CHECK-NEXT: entry:
; CHECK-NEXT: %[[SLOT:.+]] = alloca [16 x i8], align 8
; CHECK-NEXT: %t = alloca %struct.tri, align 4
; CHECK-NEXT: %tmp = alloca [2 x i64], align 8
; CHECK-NEXT: store [2 x i64] %t.coerce, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a64_tri_O0 to i64), i32 0, i32 12, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.tri, i32 3)
; CHECK-NEXT: store [2 x i64] %t.coerce, ptr %tmp, align 8
; CHECK-NEXT: call void @llvm.memcpy.p0.p0.i64(ptr align 4 %t, ptr align 8 %tmp, i64 12, i1 false)
define i32 @a64_tri_O0([2 x i64] %t.coerce) #0 !dbg !160 {
entry:
  %t = alloca %struct.tri, align 4
  %tmp = alloca [2 x i64], align 8
  store [2 x i64] %t.coerce, ptr %tmp, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %t, ptr align 8 %tmp, i64 12, i1 false)
    #dbg_declare(ptr %t, !163, !DIExpression(), !169)
  ret i32 0, !dbg !169
}

declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg)

attributes #0 = { noinline nounwind optnone }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "args-aarch64-registers.c", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!11 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!12 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!13 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_unsigned_char)
!14 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)

!20 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "hfa3", file: !1, line: 1, size: 192, elements: !21)
!21 = !{!22, !23, !24}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !20, file: !1, line: 1, baseType: !11, size: 64)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !20, file: !1, line: 1, baseType: !11, size: 64, offset: 64)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "z", scope: !20, file: !1, line: 1, baseType: !11, size: 64, offset: 128)

!30 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vec4", file: !1, line: 2, size: 128, elements: !31)
!31 = !{!32, !33, !34, !35}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !30, file: !1, line: 2, baseType: !12, size: 32)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !30, file: !1, line: 2, baseType: !12, size: 32, offset: 32)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "z", scope: !30, file: !1, line: 2, baseType: !12, size: 32, offset: 64)
!35 = !DIDerivedType(tag: DW_TAG_member, name: "w", scope: !30, file: !1, line: 2, baseType: !12, size: 32, offset: 96)

!40 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "mix", file: !1, line: 3, size: 64, elements: !41)
!41 = !{!42, !43, !44}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !40, file: !1, line: 3, baseType: !10, size: 32)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !40, file: !1, line: 3, baseType: !13, size: 8, offset: 32)
!44 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !40, file: !1, line: 3, baseType: !14, size: 16, offset: 48)

!50 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "tri", file: !1, line: 4, size: 96, elements: !51)
!51 = !{!52, !53, !54}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !50, file: !1, line: 4, baseType: !10, size: 32)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !50, file: !1, line: 4, baseType: !10, size: 32, offset: 32)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !50, file: !1, line: 4, baseType: !10, size: 32, offset: 64)

!60 = !DISubroutineType(types: !61)
!61 = !{!11, !20}
!62 = !DISubroutineType(types: !63)
!63 = !{!12, !30, !10}
!64 = !DISubroutineType(types: !65)
!65 = !{!10, !40}
!66 = !DISubroutineType(types: !67)
!67 = !{!10, !50}
!68 = !DISubroutineType(types: !69)
!69 = !{!20, !11}

!100 = distinct !DISubprogram(name: "a64_hfa", scope: !1, file: !1, line: 5, type: !60, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!103 = !DILocalVariable(name: "h", arg: 1, scope: !100, file: !1, line: 5, type: !20)
!109 = !DILocation(line: 5, scope: !100)

!110 = distinct !DISubprogram(name: "a64_vec4", scope: !1, file: !1, line: 6, type: !62, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!113 = !DILocalVariable(name: "v", arg: 1, scope: !110, file: !1, line: 6, type: !30)
!114 = !DILocalVariable(name: "n", arg: 2, scope: !110, file: !1, line: 6, type: !10)
!119 = !DILocation(line: 6, scope: !110)

!120 = distinct !DISubprogram(name: "a64_mix", scope: !1, file: !1, line: 7, type: !64, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!123 = !DILocalVariable(name: "m", arg: 1, scope: !120, file: !1, line: 7, type: !40)
!129 = !DILocation(line: 7, scope: !120)

!130 = distinct !DISubprogram(name: "a64_tri", scope: !1, file: !1, line: 8, type: !66, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!133 = !DILocalVariable(name: "t", arg: 1, scope: !130, file: !1, line: 8, type: !50)
!139 = !DILocation(line: 8, scope: !130)

!140 = distinct !DISubprogram(name: "a64_mk_hfa", scope: !1, file: !1, line: 9, type: !68, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!143 = !DILocalVariable(name: "d", arg: 1, scope: !140, file: !1, line: 9, type: !11)
!144 = !DILocalVariable(name: "h", scope: !140, file: !1, line: 10, type: !20)
!149 = !DILocation(line: 9, scope: !140)

!150 = distinct !DISubprogram(name: "a64_hfa_O0", scope: !1, file: !1, line: 13, type: !60, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!153 = !DILocalVariable(name: "h", arg: 1, scope: !150, file: !1, line: 13, type: !20)
!159 = !DILocation(line: 13, scope: !150)

!160 = distinct !DISubprogram(name: "a64_tri_O0", scope: !1, file: !1, line: 14, type: !66, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!163 = !DILocalVariable(name: "t", arg: 1, scope: !160, file: !1, line: 14, type: !50)
!169 = !DILocation(line: 14, scope: !160)
