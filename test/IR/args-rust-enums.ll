; Rust enums with data, as rustc describes them: a struct whose only
; element is a DW_TAG_variant_part (an artificial discriminant member and
; one DW_TAG_variant member per variant, each holding its payload struct).
; The variant part is not a member, and which bytes hold data depends on the
; variant, so the table covers the object in 8-byte chunks: {0, 8}, {8, 8},
; ..., the last pair the remaining 1 to 8 bytes, and no further than the
; 255 bytes a record reports. A struct with members beside its variant part
; (an Ada-style variant record) keeps its member table; a zero-size enum
; has no bytes and no table. One table per type, shared by values, pointers
; and returns. Also run by the LLVM 19 build: rustc's own IR is checked in
; test/Rust/enum-tables.rs.
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; RUN: %opt -passes=sancov-dataflow -S %s | grep -c '^@"*__sancov_dataflow_fields' | FileCheck %s --check-prefix=TABLES
; TABLES: {{^5$}}

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-DAG: @__sancov_dataflow_fields.Shape = internal unnamed_addr constant [6 x i64] [i64 0, i64 8, i64 8, i64 8, i64 16, i64 8], align 8
; CHECK-DAG: @"__sancov_dataflow_fields.Option<u64>" = internal unnamed_addr constant [4 x i64] [i64 0, i64 8, i64 8, i64 8], align 8
; CHECK-DAG: @__sancov_dataflow_fields.Odd = internal unnamed_addr constant [4 x i64] [i64 0, i64 8, i64 8, i64 4], align 8
; CHECK-DAG: @__sancov_dataflow_fields.Big = internal unnamed_addr constant [64 x i64] [i64 0, i64 8, i64 8, i64 8, i64 16, i64 8, i64 24, i64 8, i64 32, i64 8, i64 40, i64 8, i64 48, i64 8, i64 56, i64 8, i64 64, i64 8, i64 72, i64 8, i64 80, i64 8, i64 88, i64 8, i64 96, i64 8, i64 104, i64 8, i64 112, i64 8, i64 120, i64 8, i64 128, i64 8, i64 136, i64 8, i64 144, i64 8, i64 152, i64 8, i64 160, i64 8, i64 168, i64 8, i64 176, i64 8, i64 184, i64 8, i64 192, i64 8, i64 200, i64 8, i64 208, i64 8, i64 216, i64 8, i64 224, i64 8, i64 232, i64 8, i64 240, i64 8, i64 248, i64 7], align 8
; CHECK-DAG: @__sancov_dataflow_fields.Record = internal unnamed_addr constant [2 x i64] [i64 0, i64 4], align 8

; enum Shape { Circle(u64), Rect { w: u64, h: u64 }, Empty }   (24 bytes)
; fn by_value(s: Shape)   (rustc: a pointer to the caller's copy)
; CHECK-LABEL: define void @by_value(
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @by_value to i64), i32 0, i32 24, ptr %s, ptr @__sancov_dataflow_fields.Shape, i32 3)
define void @by_value(ptr align 8 %s) !dbg !100 {
    #dbg_declare(ptr %s, !103, !DIExpression(), !109)
  ret void
}

; fn by_ref(s: &Shape)
; CHECK-LABEL: define void @by_ref(
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @by_ref to i64), i32 0, i32 24, ptr %s, ptr @__sancov_dataflow_fields.Shape, i32 3)
define void @by_ref(ptr align 8 %s) !dbg !110 {
    #dbg_value(ptr %s, !113, !DIExpression(), !119)
  ret void
}

; fn split(v: Option<u64>) -> Option<u64>   (-O2: two registers, fragments)
; CHECK-LABEL: define { i64, i64 } @split(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [16 x i8], align 8
; CHECK-NEXT: %[[G0:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 0
; CHECK-NEXT: store i64 %v.0, ptr %[[G0]], align 8
; CHECK-NEXT: %[[G8:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 8
; CHECK-NEXT: store i64 %v.1, ptr %[[G8]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @split to i64), i32 0, i32 16, ptr %[[SLOT]], ptr @"__sancov_dataflow_fields.Option<u64>", i32 2)
; CHECK: store { i64, i64 } %r, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @split to i64), i32 16, ptr %[[SLOT]], ptr @"__sancov_dataflow_fields.Option<u64>", i32 2)
define { i64, i64 } @split(i64 %v.0, i64 %v.1) !dbg !120 {
    #dbg_value(i64 %v.0, !123, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !129)
    #dbg_value(i64 %v.1, !123, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !129)
  %a = insertvalue { i64, i64 } poison, i64 %v.0, 0
  %r = insertvalue { i64, i64 } %a, i64 %v.1, 1
  ret { i64, i64 } %r
}

; enum Odd { A(u32, u32), B }   (12 bytes: u32 tag, two u32)
; fn odd(o: &Odd)
; CHECK-LABEL: define void @odd(
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @odd to i64), i32 0, i32 12, ptr %o, ptr @__sancov_dataflow_fields.Odd, i32 2)
define void @odd(ptr align 4 %o) !dbg !130 {
    #dbg_value(ptr %o, !133, !DIExpression(), !139)
  ret void
}

; enum Big { Buf([u64; 40]), Small(u8) }   (328 bytes)
; fn big(b: &Big): reported up to byte 255, and so is its table.
; CHECK-LABEL: define void @big(
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @big to i64), i32 0, i32 255, ptr %b, ptr @__sancov_dataflow_fields.Big, i32 32)
define void @big(ptr align 8 %b) !dbg !140 {
    #dbg_value(ptr %b, !143, !DIExpression(), !149)
  ret void
}

; A variant record with a member of its own beside the variant part: the
; member is its table.
; CHECK-LABEL: define void @record(
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @record to i64), i32 0, i32 16, ptr %r, ptr @__sancov_dataflow_fields.Record, i32 1)
define void @record(ptr align 8 %r) !dbg !150 {
    #dbg_value(ptr %r, !153, !DIExpression(), !159)
  ret void
}

; A zero-size enum with a variant part: nothing to report, no table.
; CHECK-LABEL: define void @zero(
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @zero to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
define void @zero(ptr align 1 %z) !dbg !160 {
    #dbg_declare(ptr %z, !163, !DIExpression(), !169)
  ret void
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !1, producer: "rustc", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "enums.rs", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{}
!10 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!11 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!12 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)

; Shape: u64 tag at 0.
!20 = !DICompositeType(tag: DW_TAG_structure_type, name: "Shape", file: !1, size: 192, align: 64, elements: !21, identifier: "shape")
!21 = !{!22}
!22 = !DICompositeType(tag: DW_TAG_variant_part, scope: !20, file: !1, size: 192, align: 64, elements: !23, identifier: "shape-vp", discriminator: !24)
!23 = !{!25, !27, !31}
!24 = !DIDerivedType(tag: DW_TAG_member, scope: !20, file: !1, baseType: !10, size: 64, align: 64, flags: DIFlagArtificial)
!25 = !DIDerivedType(tag: DW_TAG_member, name: "Circle", scope: !22, file: !1, baseType: !26, size: 192, align: 64, extraData: i64 0)
!26 = !DICompositeType(tag: DW_TAG_structure_type, name: "Circle", scope: !20, file: !1, size: 192, align: 64, elements: !33, identifier: "shape-circle")
!27 = !DIDerivedType(tag: DW_TAG_member, name: "Rect", scope: !22, file: !1, baseType: !28, size: 192, align: 64, extraData: i64 1)
!28 = !DICompositeType(tag: DW_TAG_structure_type, name: "Rect", scope: !20, file: !1, size: 192, align: 64, elements: !29, identifier: "shape-rect")
!29 = !{!30, !35}
!30 = !DIDerivedType(tag: DW_TAG_member, name: "w", scope: !28, file: !1, baseType: !10, size: 64, align: 64, offset: 64)
!31 = !DIDerivedType(tag: DW_TAG_member, name: "Empty", scope: !22, file: !1, baseType: !32, size: 192, align: 64, extraData: i64 2)
!32 = !DICompositeType(tag: DW_TAG_structure_type, name: "Empty", scope: !20, file: !1, size: 192, align: 64, elements: !4, identifier: "shape-empty")
!33 = !{!34}
!34 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !26, file: !1, baseType: !10, size: 64, align: 64, offset: 64)
!35 = !DIDerivedType(tag: DW_TAG_member, name: "h", scope: !28, file: !1, baseType: !10, size: 64, align: 64, offset: 128)
!36 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&Shape", baseType: !20, size: 64, align: 64, dwarfAddressSpace: 0)

; Option<u64>: u64 tag at 0, payload at 8.
!40 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<u64>", file: !1, size: 128, align: 64, elements: !41, identifier: "option-u64")
!41 = !{!42}
!42 = !DICompositeType(tag: DW_TAG_variant_part, scope: !40, file: !1, size: 128, align: 64, elements: !43, identifier: "option-u64-vp", discriminator: !44)
!43 = !{!45, !47}
!44 = !DIDerivedType(tag: DW_TAG_member, scope: !40, file: !1, baseType: !10, size: 64, align: 64, flags: DIFlagArtificial)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !42, file: !1, baseType: !46, size: 128, align: 64, extraData: i64 0)
!46 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !40, file: !1, size: 128, align: 64, elements: !4, identifier: "option-u64-none")
!47 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !42, file: !1, baseType: !48, size: 128, align: 64, extraData: i64 1)
!48 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !40, file: !1, size: 128, align: 64, elements: !49, identifier: "option-u64-some")
!49 = !{!50}
!50 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !48, file: !1, baseType: !10, size: 64, align: 64, offset: 64)

; Odd: u32 tag at 0, A's fields at 4 and 8.
!60 = !DICompositeType(tag: DW_TAG_structure_type, name: "Odd", file: !1, size: 96, align: 32, elements: !61, identifier: "odd")
!61 = !{!62}
!62 = !DICompositeType(tag: DW_TAG_variant_part, scope: !60, file: !1, size: 96, align: 32, elements: !63, identifier: "odd-vp", discriminator: !64)
!63 = !{!65, !67}
!64 = !DIDerivedType(tag: DW_TAG_member, scope: !60, file: !1, baseType: !11, size: 32, align: 32, flags: DIFlagArtificial)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "A", scope: !62, file: !1, baseType: !66, size: 96, align: 32, extraData: i32 0)
!66 = !DICompositeType(tag: DW_TAG_structure_type, name: "A", scope: !60, file: !1, size: 96, align: 32, elements: !68, identifier: "odd-a")
!67 = !DIDerivedType(tag: DW_TAG_member, name: "B", scope: !62, file: !1, baseType: !69, size: 96, align: 32, extraData: i32 1)
!68 = !{!70, !71}
!69 = !DICompositeType(tag: DW_TAG_structure_type, name: "B", scope: !60, file: !1, size: 96, align: 32, elements: !4, identifier: "odd-b")
!70 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !66, file: !1, baseType: !11, size: 32, align: 32, offset: 32)
!71 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !66, file: !1, baseType: !11, size: 32, align: 32, offset: 64)
!72 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&Odd", baseType: !60, size: 64, align: 64, dwarfAddressSpace: 0)

; Big: u8 tag at 0, Buf's array at 8, Small's u8 at 1.
!80 = !DICompositeType(tag: DW_TAG_structure_type, name: "Big", file: !1, size: 2624, align: 64, elements: !81, identifier: "big")
!81 = !{!82}
!82 = !DICompositeType(tag: DW_TAG_variant_part, scope: !80, file: !1, size: 2624, align: 64, elements: !83, identifier: "big-vp", discriminator: !84)
!83 = !{!85, !87}
!84 = !DIDerivedType(tag: DW_TAG_member, scope: !80, file: !1, baseType: !12, size: 8, align: 8, flags: DIFlagArtificial)
!85 = !DIDerivedType(tag: DW_TAG_member, name: "Buf", scope: !82, file: !1, baseType: !86, size: 2624, align: 64, extraData: i8 0)
!86 = !DICompositeType(tag: DW_TAG_structure_type, name: "Buf", scope: !80, file: !1, size: 2624, align: 64, elements: !88, identifier: "big-buf")
!87 = !DIDerivedType(tag: DW_TAG_member, name: "Small", scope: !82, file: !1, baseType: !89, size: 2624, align: 64, extraData: i8 1)
!88 = !{!90}
!89 = !DICompositeType(tag: DW_TAG_structure_type, name: "Small", scope: !80, file: !1, size: 2624, align: 64, elements: !93, identifier: "big-small")
!90 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !86, file: !1, baseType: !91, size: 2560, align: 64, offset: 64)
!91 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, size: 2560, align: 64, elements: !92)
!92 = !{!DISubrange(count: 40, lowerBound: 0)}
!93 = !{!94}
!94 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !89, file: !1, baseType: !12, size: 8, align: 8, offset: 8)
!95 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&Big", baseType: !80, size: 64, align: 64, dwarfAddressSpace: 0)

; Record: a u32 member at 0 beside a variant part.
!96 = !DICompositeType(tag: DW_TAG_structure_type, name: "Record", file: !1, size: 128, align: 64, elements: !97, identifier: "record")
!97 = !{!98, !99}
!98 = !DIDerivedType(tag: DW_TAG_member, name: "kind", scope: !96, file: !1, baseType: !11, size: 32, align: 32)
!99 = !DICompositeType(tag: DW_TAG_variant_part, scope: !96, file: !1, size: 128, align: 64, elements: !4, identifier: "record-vp", discriminator: !98)
!170 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&Record", baseType: !96, size: 64, align: 64, dwarfAddressSpace: 0)

; Zero: no bytes.
!171 = !DICompositeType(tag: DW_TAG_structure_type, name: "Zero", file: !1, size: 0, align: 8, elements: !172, identifier: "zero")
!172 = !{!173}
!173 = !DICompositeType(tag: DW_TAG_variant_part, scope: !171, file: !1, size: 0, align: 8, elements: !4, identifier: "zero-vp")

!100 = distinct !DISubprogram(name: "by_value", scope: !1, file: !1, line: 1, type: !101, scopeLine: 1, spFlags: DISPFlagDefinition, unit: !0)
!101 = !DISubroutineType(types: !102)
!102 = !{null, !20}
!103 = !DILocalVariable(name: "s", arg: 1, scope: !100, file: !1, line: 1, type: !20)
!109 = !DILocation(line: 1, scope: !100)

!110 = distinct !DISubprogram(name: "by_ref", scope: !1, file: !1, line: 2, type: !111, scopeLine: 2, spFlags: DISPFlagDefinition, unit: !0)
!111 = !DISubroutineType(types: !112)
!112 = !{null, !36}
!113 = !DILocalVariable(name: "s", arg: 1, scope: !110, file: !1, line: 2, type: !36)
!119 = !DILocation(line: 2, scope: !110)

!120 = distinct !DISubprogram(name: "split", scope: !1, file: !1, line: 3, type: !121, scopeLine: 3, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!121 = !DISubroutineType(types: !122)
!122 = !{!40, !40}
!123 = !DILocalVariable(name: "v", arg: 1, scope: !120, file: !1, line: 3, type: !40)
!129 = !DILocation(line: 3, scope: !120)

!130 = distinct !DISubprogram(name: "odd", scope: !1, file: !1, line: 4, type: !131, scopeLine: 4, spFlags: DISPFlagDefinition, unit: !0)
!131 = !DISubroutineType(types: !132)
!132 = !{null, !72}
!133 = !DILocalVariable(name: "o", arg: 1, scope: !130, file: !1, line: 4, type: !72)
!139 = !DILocation(line: 4, scope: !130)

!140 = distinct !DISubprogram(name: "big", scope: !1, file: !1, line: 5, type: !141, scopeLine: 5, spFlags: DISPFlagDefinition, unit: !0)
!141 = !DISubroutineType(types: !142)
!142 = !{null, !95}
!143 = !DILocalVariable(name: "b", arg: 1, scope: !140, file: !1, line: 5, type: !95)
!149 = !DILocation(line: 5, scope: !140)

!150 = distinct !DISubprogram(name: "record", scope: !1, file: !1, line: 6, type: !151, scopeLine: 6, spFlags: DISPFlagDefinition, unit: !0)
!151 = !DISubroutineType(types: !152)
!152 = !{null, !170}
!153 = !DILocalVariable(name: "r", arg: 1, scope: !150, file: !1, line: 6, type: !170)
!159 = !DILocation(line: 6, scope: !150)

!160 = distinct !DISubprogram(name: "zero", scope: !1, file: !1, line: 7, type: !161, scopeLine: 7, spFlags: DISPFlagDefinition, unit: !0)
!161 = !DISubroutineType(types: !162)
!162 = !{null, !171}
!163 = !DILocalVariable(name: "z", arg: 1, scope: !160, file: !1, line: 7, type: !171)
!169 = !DILocation(line: 7, scope: !160)
