; C++: `this` is source parameter 0 (clang describes it as arg: 1), a
; pointer to the class, reported with the class's table; lvalue and rvalue
; references to a class are reported like pointers to it; a reference to a
; scalar is a plain pointer. Static data members and base classes are not
; fields. A non-trivially-copyable class passed by value goes through an
; invisible reference described with DW_OP_deref: the object itself.
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; The same calls under an aarch64 triple (as on x86-64, u32 operands not extended):
; RUN: %opt -passes=sancov-dataflow -S -mtriple=aarch64-linux-gnu %s | FileCheck %s --check-prefixes=CHECK,A64
; RUN: %opt -passes=sancov-dataflow -S %s | grep '^@__sancov_dataflow_fields' | count 5
; REQUIRES: x86-registered-target, aarch64-registered-target
; A64: target triple = "aarch64-unknown-linux-gnu"

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; struct S { int a; long b; static int count; };   (DWARF 5: DW_TAG_variable)
; CHECK-DAG: @__sancov_dataflow_fields.S = internal unnamed_addr constant [4 x i64] [i64 0, i64 4, i64 8, i64 8], align 8
; class K { public: int v; void m(int x); };
; CHECK-DAG: @__sancov_dataflow_fields.K = internal unnamed_addr constant [2 x i64] [i64 0, i64 4], align 8
; struct T { int a; static int count; };   (DWARF 4: DW_TAG_member, DIFlagStaticMember)
; CHECK-DAG: @__sancov_dataflow_fields.T = internal unnamed_addr constant [2 x i64] [i64 0, i64 4], align 8
; struct B { int b; }; struct D : B { int d; };   (the base is not a field)
; CHECK-DAG: @__sancov_dataflow_fields.D = internal unnamed_addr constant [2 x i64] [i64 4, i64 4], align 8
; struct NT { long a; long b; NT(const NT &); ~NT(); };
; CHECK-DAG: @__sancov_dataflow_fields.NT = internal unnamed_addr constant [4 x i64] [i64 0, i64 8, i64 8, i64 8], align 8

; void S::get() const;
; CHECK-LABEL: define void @_ZNK1S3getEv(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @_ZNK1S3getEv to i64), i32 0, i32 16, ptr %this, ptr @__sancov_dataflow_fields.S, i32 2)
; CHECK-NOT: @__sanitizer_cov_trace_args
; CHECK: ret void
define void @_ZNK1S3getEv(ptr noundef nonnull readonly align 8 dereferenceable(16) %this) align 2 !dbg !100 {
    #dbg_value(ptr %this, !103, !DIExpression(), !109)
  ret void
}

; void K::m(int x);
; CHECK-LABEL: define linkonce_odr void @_ZN1K1mEi(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @_ZN1K1mEi.sancov_dataflow_pc to i64), i32 0, i32 4, ptr %this, ptr @__sancov_dataflow_fields.K, i32 1)
; CHECK-NEXT: store i32 %x, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @_ZN1K1mEi.sancov_dataflow_pc to i64), i32 1, i32 4, ptr %[[SLOT]], ptr null, i32 0)
define linkonce_odr void @_ZN1K1mEi(ptr noundef nonnull align 4 dereferenceable(4) %this, i32 noundef %x) align 2 !dbg !110 {
    #dbg_value(ptr %this, !113, !DIExpression(), !119)
    #dbg_value(i32 %x, !114, !DIExpression(), !119)
  ret void
}

; void K::m(int x);   at -O0 (`this` through its stack slot)
; CHECK-LABEL: define linkonce_odr void @_ZN1K1mEi.O0(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: %this.addr = alloca ptr, align 8
; CHECK-NEXT: %x.addr = alloca i32, align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @_ZN1K1mEi.O0.sancov_dataflow_pc to i64), i32 0, i32 4, ptr %this, ptr @__sancov_dataflow_fields.K, i32 1)
; CHECK-NEXT: store i32 %x, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @_ZN1K1mEi.O0.sancov_dataflow_pc to i64), i32 1, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: store ptr %this, ptr %this.addr, align 8
define linkonce_odr void @_ZN1K1mEi.O0(ptr noundef nonnull align 4 dereferenceable(4) %this, i32 noundef %x) #0 align 2 !dbg !120 {
  %this.addr = alloca ptr, align 8
  %x.addr = alloca i32, align 4
  store ptr %this, ptr %this.addr, align 8
    #dbg_declare(ptr %this.addr, !123, !DIExpression(), !129)
  store i32 %x, ptr %x.addr, align 4
    #dbg_declare(ptr %x.addr, !124, !DIExpression(), !129)
  ret void
}

; void r_ref(const S &s);
; CHECK-LABEL: define void @_Z5r_refRK1S(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @_Z5r_refRK1S to i64), i32 0, i32 16, ptr %s, ptr @__sancov_dataflow_fields.S, i32 2)
define void @_Z5r_refRK1S(ptr noundef nonnull readonly align 8 dereferenceable(16) %s) !dbg !130 {
    #dbg_value(ptr %s, !133, !DIExpression(), !139)
  ret void
}

; void r_rref(S &&s);
; CHECK-LABEL: define void @_Z6r_rrefO1S(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @_Z6r_rrefO1S to i64), i32 0, i32 16, ptr %s, ptr @__sancov_dataflow_fields.S, i32 2)
define void @_Z6r_rrefO1S(ptr noundef nonnull align 8 dereferenceable(16) %s) !dbg !140 {
    #dbg_value(ptr %s, !143, !DIExpression(), !149)
  ret void
}

; void r_iref(int &x);
; CHECK-LABEL: define void @_Z6r_irefRi(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @_Z6r_irefRi to i64), i32 0, i32 8, ptr %x, ptr null, i32 0)
define void @_Z6r_irefRi(ptr noundef nonnull align 4 dereferenceable(4) %x) !dbg !150 {
    #dbg_value(ptr %x, !153, !DIExpression(), !159)
  ret void
}

; void t_static(T *t);   (static member in the DWARF 4 form)
; CHECK-LABEL: define void @_Z8t_staticP1T(
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @_Z8t_staticP1T to i64), i32 0, i32 4, ptr %t, ptr @__sancov_dataflow_fields.T, i32 1)
define void @_Z8t_staticP1T(ptr noundef %t) !dbg !160 {
    #dbg_value(ptr %t, !163, !DIExpression(), !169)
  ret void
}

; void inh(D *p);
; CHECK-LABEL: define void @_Z3inhP1D(
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @_Z3inhP1D to i64), i32 0, i32 8, ptr %p, ptr @__sancov_dataflow_fields.D, i32 1)
define void @_Z3inhP1D(ptr noundef %p) !dbg !170 {
    #dbg_value(ptr %p, !173, !DIExpression(), !179)
  ret void
}

; void nt(NT s);   (-O2: #dbg_value of the invisible reference with DW_OP_deref)
; CHECK-LABEL: define void @_Z2nt2NT(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @_Z2nt2NT to i64), i32 0, i32 16, ptr %s, ptr @__sancov_dataflow_fields.NT, i32 2)
define void @_Z2nt2NT(ptr noundef readonly nocapture %s) !dbg !180 {
    #dbg_value(ptr %s, !183, !DIExpression(DW_OP_deref), !189)
  ret void
}

; void nt(NT s);   (-O0: the reference is spilled; #dbg_declare with DW_OP_deref)
; CHECK-LABEL: define void @_Z2nt2NT.O0(
; CHECK-NEXT: %s.indirect_addr = alloca ptr, align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @_Z2nt2NT.O0 to i64), i32 0, i32 16, ptr %s, ptr @__sancov_dataflow_fields.NT, i32 2)
; CHECK-NEXT: store ptr %s, ptr %s.indirect_addr, align 8
define void @_Z2nt2NT.O0(ptr noundef %s) #0 !dbg !190 {
  %s.indirect_addr = alloca ptr, align 8
  store ptr %s, ptr %s.indirect_addr, align 8
    #dbg_declare(ptr %s.indirect_addr, !193, !DIExpression(DW_OP_deref), !199)
  ret void
}

attributes #0 = { noinline nounwind optnone }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C_plus_plus_14, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "args-cxx.cpp", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!11 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)

; struct S
!20 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "S", file: !1, line: 1, size: 128, flags: DIFlagTypePassByValue, elements: !21, identifier: "_ZTS1S")
!21 = !{!22, !23, !24}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !20, file: !1, line: 1, baseType: !10, size: 32)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !20, file: !1, line: 1, baseType: !11, size: 64, offset: 64)
!24 = !DIDerivedType(tag: DW_TAG_variable, name: "count", scope: !20, file: !1, line: 1, baseType: !10, flags: DIFlagStaticMember)
!25 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !20)
!26 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!27 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !25, size: 64)
!28 = !DIDerivedType(tag: DW_TAG_rvalue_reference_type, baseType: !20, size: 64)
!29 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !10, size: 64)

; class K
!30 = distinct !DICompositeType(tag: DW_TAG_class_type, name: "K", file: !1, line: 2, size: 32, flags: DIFlagTypePassByValue, elements: !31, identifier: "_ZTS1K")
!31 = !{!32}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !30, file: !1, line: 2, baseType: !10, size: 32, flags: DIFlagPublic)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !30, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)

; struct T (DWARF 4 static member)
!40 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "T", file: !1, line: 3, size: 32, flags: DIFlagTypePassByValue, elements: !41, identifier: "_ZTS1T")
!41 = !{!42, !43}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !40, file: !1, line: 3, baseType: !10, size: 32)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "count", scope: !40, file: !1, line: 3, baseType: !10, flags: DIFlagStaticMember)
!44 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !40, size: 64)

; struct B, struct D : B
!50 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "D", file: !1, line: 5, size: 64, flags: DIFlagTypePassByValue, elements: !51, identifier: "_ZTS1D")
!51 = !{!52, !53}
!52 = !DIDerivedType(tag: DW_TAG_inheritance, scope: !50, baseType: !54, extraData: i32 0)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !50, file: !1, line: 5, baseType: !10, size: 32, offset: 32)
!54 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "B", file: !1, line: 4, size: 32, flags: DIFlagTypePassByValue, elements: !55, identifier: "_ZTS1B")
!55 = !{!56}
!56 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !54, file: !1, line: 4, baseType: !10, size: 32)
!57 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !50, size: 64)

; struct NT
!60 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "NT", file: !1, line: 6, size: 128, flags: DIFlagTypePassByReference | DIFlagNonTrivial, elements: !61, identifier: "_ZTS2NT")
!61 = !{!62, !63}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !60, file: !1, line: 6, baseType: !11, size: 64)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !60, file: !1, line: 6, baseType: !11, size: 64, offset: 64)

!100 = distinct !DISubprogram(name: "get", linkageName: "_ZNK1S3getEv", scope: !20, file: !1, line: 10, type: !101, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, declaration: !104)
!104 = !DISubprogram(name: "get", linkageName: "_ZNK1S3getEv", scope: !20, file: !1, line: 1, type: !101, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!101 = !DISubroutineType(types: !102)
!102 = !{null, !26}
!103 = !DILocalVariable(name: "this", arg: 1, scope: !100, type: !26, flags: DIFlagArtificial | DIFlagObjectPointer)
!109 = !DILocation(line: 0, scope: !100)

!110 = distinct !DISubprogram(name: "m", linkageName: "_ZN1K1mEi", scope: !30, file: !1, line: 11, type: !111, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, declaration: !115)
!115 = !DISubprogram(name: "m", linkageName: "_ZN1K1mEi", scope: !30, file: !1, line: 2, type: !111, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!111 = !DISubroutineType(types: !112)
!112 = !{null, !33, !10}
!113 = !DILocalVariable(name: "this", arg: 1, scope: !110, type: !33, flags: DIFlagArtificial | DIFlagObjectPointer)
!114 = !DILocalVariable(name: "x", arg: 2, scope: !110, file: !1, line: 11, type: !10)
!119 = !DILocation(line: 0, scope: !110)

!120 = distinct !DISubprogram(name: "m", linkageName: "_ZN1K1mEi.O0", scope: !30, file: !1, line: 12, type: !111, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, declaration: !115)
!123 = !DILocalVariable(name: "this", arg: 1, scope: !120, type: !33, flags: DIFlagArtificial | DIFlagObjectPointer)
!124 = !DILocalVariable(name: "x", arg: 2, scope: !120, file: !1, line: 12, type: !10)
!129 = !DILocation(line: 0, scope: !120)

!130 = distinct !DISubprogram(name: "r_ref", linkageName: "_Z5r_refRK1S", scope: !1, file: !1, line: 13, type: !131, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!131 = !DISubroutineType(types: !132)
!132 = !{null, !27}
!133 = !DILocalVariable(name: "s", arg: 1, scope: !130, file: !1, line: 13, type: !27)
!139 = !DILocation(line: 0, scope: !130)

!140 = distinct !DISubprogram(name: "r_rref", linkageName: "_Z6r_rrefO1S", scope: !1, file: !1, line: 14, type: !141, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!141 = !DISubroutineType(types: !142)
!142 = !{null, !28}
!143 = !DILocalVariable(name: "s", arg: 1, scope: !140, file: !1, line: 14, type: !28)
!149 = !DILocation(line: 0, scope: !140)

!150 = distinct !DISubprogram(name: "r_iref", linkageName: "_Z6r_irefRi", scope: !1, file: !1, line: 15, type: !151, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!151 = !DISubroutineType(types: !152)
!152 = !{null, !29}
!153 = !DILocalVariable(name: "x", arg: 1, scope: !150, file: !1, line: 15, type: !29)
!159 = !DILocation(line: 0, scope: !150)

!160 = distinct !DISubprogram(name: "t_static", linkageName: "_Z8t_staticP1T", scope: !1, file: !1, line: 16, type: !161, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!161 = !DISubroutineType(types: !162)
!162 = !{null, !44}
!163 = !DILocalVariable(name: "t", arg: 1, scope: !160, file: !1, line: 16, type: !44)
!169 = !DILocation(line: 0, scope: !160)

!170 = distinct !DISubprogram(name: "inh", linkageName: "_Z3inhP1D", scope: !1, file: !1, line: 17, type: !171, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!171 = !DISubroutineType(types: !172)
!172 = !{null, !57}
!173 = !DILocalVariable(name: "p", arg: 1, scope: !170, file: !1, line: 17, type: !57)
!179 = !DILocation(line: 0, scope: !170)

!180 = distinct !DISubprogram(name: "nt", linkageName: "_Z2nt2NT", scope: !1, file: !1, line: 18, type: !181, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!181 = !DISubroutineType(types: !182)
!182 = !{null, !60}
!183 = !DILocalVariable(name: "s", arg: 1, scope: !180, file: !1, line: 18, type: !60)
!189 = !DILocation(line: 0, scope: !180)

!190 = distinct !DISubprogram(name: "nt", linkageName: "_Z2nt2NT.O0", scope: !1, file: !1, line: 19, type: !181, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!193 = !DILocalVariable(name: "s", arg: 1, scope: !190, file: !1, line: 19, type: !60)
!199 = !DILocation(line: 0, scope: !190)
