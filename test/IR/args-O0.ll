; -O0 input (clang -g -O0; the pass is required, so it runs on optnone
; functions): parameters are only described by #dbg_declare on their stack
; slots, which the prologue writes AFTER the entry point. The values reported
; are the incoming IR arguments the prologue stores (never loads from the
; slots), found through those stores, and the calls come right after the
; static allocas, before the prologue stores.
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; The same calls under an aarch64 triple (as on x86-64, u32 operands not extended):
; RUN: %opt -passes=sancov-dataflow -S -mtriple=aarch64-linux-gnu %s | FileCheck %s --check-prefixes=CHECK,A64
; REQUIRES: x86-registered-target, aarch64-registered-target
; A64: target triple = "aarch64-unknown-linux-gnu"

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.proc = type { i32, i32, i64 }
%struct.two = type { i32, i32 }
%struct.pair = type { i64, i64 }
%struct.big = type { i64, i64, i64, i64, i64 }

; CHECK-DAG: @__sancov_dataflow_fields.proc = internal unnamed_addr constant [6 x i64] [i64 0, i64 4, i64 4, i64 4, i64 8, i64 8], align 8
; CHECK-DAG: @__sancov_dataflow_fields.two = internal unnamed_addr constant [4 x i64] [i64 0, i64 4, i64 4, i64 4], align 8
; CHECK-DAG: @__sancov_dataflow_fields.pair = internal unnamed_addr constant [4 x i64] [i64 0, i64 8, i64 8, i64 8], align 8
; CHECK-DAG: @__sancov_dataflow_fields.big = internal unnamed_addr constant [10 x i64] [i64 0, i64 8, i64 8, i64 8, i64 16, i64 8, i64 24, i64 8, i64 32, i64 8], align 8

; void o_scalar(int a, long b) { int x = a; }
; The local `x` (a #dbg_declare without arg:) is not a parameter.
; CHECK-LABEL: define void @o_scalar(
; CHECK-NEXT: entry:
; CHECK-NEXT: %[[SLOT:.+]] = alloca [8 x i8], align 8
; CHECK-NEXT: %a.addr = alloca i32, align 4
; CHECK-NEXT: %b.addr = alloca i64, align 8
; CHECK-NEXT: %x = alloca i32, align 4
; CHECK-NEXT: store i32 %a, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @o_scalar to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: store i64 %b, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @o_scalar to i64), i32 1, i32 8, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: store i32 %a, ptr %a.addr, align 4
; CHECK-NOT: @__sanitizer_cov_trace_args
; CHECK: ret void
define void @o_scalar(i32 noundef %a, i64 noundef %b) #0 !dbg !100 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i64, align 8
  %x = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
    #dbg_declare(ptr %a.addr, !103, !DIExpression(), !109)
  store i64 %b, ptr %b.addr, align 8
    #dbg_declare(ptr %b.addr, !104, !DIExpression(), !109)
    #dbg_declare(ptr %x, !105, !DIExpression(), !109)
  %0 = load i32, ptr %a.addr, align 4, !dbg !109
  store i32 %0, ptr %x, align 4, !dbg !109
  ret void, !dbg !109
}

; void o_float(float f, double d);
; CHECK-LABEL: define void @o_float(
; CHECK-NEXT: entry:
; CHECK-NEXT: %[[SLOT:.+]] = alloca [8 x i8], align 8
; CHECK-NEXT: %f.addr = alloca float, align 4
; CHECK-NEXT: %d.addr = alloca double, align 8
; CHECK-NEXT: store float %f, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @o_float to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: store double %d, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @o_float to i64), i32 1, i32 8, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: store float %f, ptr %f.addr, align 4
define void @o_float(float noundef %f, double noundef %d) #0 !dbg !110 {
entry:
  %f.addr = alloca float, align 4
  %d.addr = alloca double, align 8
  store float %f, ptr %f.addr, align 4
    #dbg_declare(ptr %f.addr, !113, !DIExpression(), !119)
  store double %d, ptr %d.addr, align 8
    #dbg_declare(ptr %d.addr, !114, !DIExpression(), !119)
  ret void, !dbg !119
}

; struct proc { int pid; unsigned max; long flags; };
; void o_ptr(struct proc *p);
; CHECK-LABEL: define void @o_ptr(
; CHECK-NEXT: entry:
; CHECK-NEXT: %p.addr = alloca ptr, align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @o_ptr to i64), i32 0, i32 16, ptr %p, ptr @__sancov_dataflow_fields.proc, i32 3)
; CHECK-NEXT: store ptr %p, ptr %p.addr, align 8
; CHECK-NOT: alloca
; CHECK: ret void
define void @o_ptr(ptr noundef %p) #0 !dbg !120 {
entry:
  %p.addr = alloca ptr, align 8
  store ptr %p, ptr %p.addr, align 8
    #dbg_declare(ptr %p.addr, !123, !DIExpression(), !129)
  %0 = load ptr, ptr %p.addr, align 8, !dbg !129
  ret void, !dbg !129
}

; struct two { int x; int y; };
; void o_coerced(struct two t);
; The prologue stores the coerced i64 into the struct's slot.
; CHECK-LABEL: define void @o_coerced(
; CHECK-NEXT: entry:
; CHECK-NEXT: %[[SLOT:.+]] = alloca [8 x i8], align 8
; CHECK-NEXT: %t = alloca %struct.two, align 4
; CHECK-NEXT: store i64 %t.coerce, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @o_coerced to i64), i32 0, i32 8, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.two, i32 2)
; CHECK-NEXT: store i64 %t.coerce, ptr %t, align 4
define void @o_coerced(i64 %t.coerce) #0 !dbg !130 {
entry:
  %t = alloca %struct.two, align 4
  store i64 %t.coerce, ptr %t, align 4
    #dbg_declare(ptr %t, !133, !DIExpression(), !139)
  ret void, !dbg !139
}

; struct pair { long x; long y; };
; void o_split(struct pair p);
; Two coerced pieces stored at offsets 0 and 8 of the struct's slot.
; CHECK-LABEL: define void @o_split(
; CHECK-NEXT: entry:
; CHECK-NEXT: %[[SLOT:.+]] = alloca [16 x i8], align 8
; CHECK-NEXT: %p = alloca %struct.pair, align 8
; CHECK-NEXT: %[[G0:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 0
; CHECK-NEXT: store i64 %p.coerce0, ptr %[[G0]], align 8
; CHECK-NEXT: %[[G8:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 8
; CHECK-NEXT: store i64 %p.coerce1, ptr %[[G8]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @o_split to i64), i32 0, i32 16, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.pair, i32 2)
; CHECK-NEXT: %p.0 = getelementptr inbounds nuw { i64, i64 }, ptr %p, i32 0, i32 0
define void @o_split(i64 %p.coerce0, i64 %p.coerce1) #0 !dbg !140 {
entry:
  %p = alloca %struct.pair, align 8
  %p.0 = getelementptr inbounds nuw { i64, i64 }, ptr %p, i32 0, i32 0
  store i64 %p.coerce0, ptr %p.0, align 8
  %p.1 = getelementptr inbounds nuw { i64, i64 }, ptr %p, i32 0, i32 1
  store i64 %p.coerce1, ptr %p.1, align 8
    #dbg_declare(ptr %p, !143, !DIExpression(), !149)
  ret void, !dbg !149
}

; struct big { long a, b, c, d, e; };
; void o_byval(struct big b);
; #dbg_declare directly on the incoming byval pointer: the object itself.
; CHECK-LABEL: define void @o_byval(
; CHECK-NOT: alloca
; CHECK-NEXT: entry:
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @o_byval to i64), i32 0, i32 40, ptr %b, ptr @__sancov_dataflow_fields.big, i32 5)
define void @o_byval(ptr noundef byval(%struct.big) align 8 %b) #0 !dbg !150 {
entry:
    #dbg_declare(ptr %b, !153, !DIExpression(), !159)
  ret void, !dbg !159
}

; void o_bool(bool b);
; The prologue stores bool as `zext i1 %b to i8`: the call goes after that
; cast (the value it reports) and before the prologue store.
; CHECK-LABEL: define void @o_bool(
; CHECK-NEXT: entry:
; CHECK-NEXT: %[[SLOT:.+]] = alloca [1 x i8], align 1
; CHECK-NEXT: %b.addr = alloca i8, align 1
; CHECK-NEXT: %storedv = zext i1 %b to i8
; CHECK-NEXT: store i8 %storedv, ptr %[[SLOT]], align 1
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @o_bool to i64), i32 0, i32 1, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: store i8 %storedv, ptr %b.addr, align 1
define void @o_bool(i1 noundef zeroext %b) #0 !dbg !160 {
entry:
  %b.addr = alloca i8, align 1
  %storedv = zext i1 %b to i8
  store i8 %storedv, ptr %b.addr, align 1
    #dbg_declare(ptr %b.addr, !163, !DIExpression(), !169)
  ret void, !dbg !169
}

; void o_reassigned(int a, int b) { a = b; }
; The user's `a = b` (a load then a store into a's slot) is not the
; prologue: a is still reported as %a.
; CHECK-LABEL: define void @o_reassigned(
; CHECK-NEXT: entry:
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: %a.addr = alloca i32, align 4
; CHECK-NEXT: %b.addr = alloca i32, align 4
; CHECK-NEXT: store i32 %a, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @o_reassigned to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: store i32 %b, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @o_reassigned to i64), i32 1, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: store i32 %a, ptr %a.addr, align 4
define void @o_reassigned(i32 noundef %a, i32 noundef %b) #0 !dbg !170 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
    #dbg_declare(ptr %a.addr, !173, !DIExpression(), !179)
  store i32 %b, ptr %b.addr, align 4
    #dbg_declare(ptr %b.addr, !174, !DIExpression(), !179)
  %0 = load i32, ptr %b.addr, align 4, !dbg !179
  store i32 %0, ptr %a.addr, align 4, !dbg !179
  ret void, !dbg !179
}

attributes #0 = { noinline nounwind optnone uwtable }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "args-O0.c", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!11 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!12 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!13 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!14 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!15 = !DIBasicType(name: "_Bool", size: 8, encoding: DW_ATE_boolean)

!20 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "proc", file: !1, line: 1, size: 128, elements: !21)
!21 = !{!22, !23, !24}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !20, file: !1, line: 1, baseType: !10, size: 32)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "max", scope: !20, file: !1, line: 1, baseType: !11, size: 32, offset: 32)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !20, file: !1, line: 1, baseType: !12, size: 64, offset: 64)
!25 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !20, size: 64)

!30 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "two", file: !1, line: 2, size: 64, elements: !31)
!31 = !{!32, !33}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !30, file: !1, line: 2, baseType: !10, size: 32)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !30, file: !1, line: 2, baseType: !10, size: 32, offset: 32)

!40 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pair", file: !1, line: 3, size: 128, elements: !41)
!41 = !{!42, !43}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !40, file: !1, line: 3, baseType: !12, size: 64)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !40, file: !1, line: 3, baseType: !12, size: 64, offset: 64)

!50 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "big", file: !1, line: 4, size: 320, elements: !51)
!51 = !{!52, !53, !54, !55, !56}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !50, file: !1, line: 4, baseType: !12, size: 64)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !50, file: !1, line: 4, baseType: !12, size: 64, offset: 64)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !50, file: !1, line: 4, baseType: !12, size: 64, offset: 128)
!55 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !50, file: !1, line: 4, baseType: !12, size: 64, offset: 192)
!56 = !DIDerivedType(tag: DW_TAG_member, name: "e", scope: !50, file: !1, line: 4, baseType: !12, size: 64, offset: 256)

!100 = distinct !DISubprogram(name: "o_scalar", scope: !1, file: !1, line: 10, type: !101, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!101 = !DISubroutineType(types: !102)
!102 = !{null, !10, !12}
!103 = !DILocalVariable(name: "a", arg: 1, scope: !100, file: !1, line: 10, type: !10)
!104 = !DILocalVariable(name: "b", arg: 2, scope: !100, file: !1, line: 10, type: !12)
!105 = !DILocalVariable(name: "x", scope: !100, file: !1, line: 10, type: !10)
!109 = !DILocation(line: 10, scope: !100)

!110 = distinct !DISubprogram(name: "o_float", scope: !1, file: !1, line: 11, type: !111, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!111 = !DISubroutineType(types: !112)
!112 = !{null, !13, !14}
!113 = !DILocalVariable(name: "f", arg: 1, scope: !110, file: !1, line: 11, type: !13)
!114 = !DILocalVariable(name: "d", arg: 2, scope: !110, file: !1, line: 11, type: !14)
!119 = !DILocation(line: 11, scope: !110)

!120 = distinct !DISubprogram(name: "o_ptr", scope: !1, file: !1, line: 12, type: !121, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!121 = !DISubroutineType(types: !122)
!122 = !{null, !25}
!123 = !DILocalVariable(name: "p", arg: 1, scope: !120, file: !1, line: 12, type: !25)
!129 = !DILocation(line: 12, scope: !120)

!130 = distinct !DISubprogram(name: "o_coerced", scope: !1, file: !1, line: 13, type: !131, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!131 = !DISubroutineType(types: !132)
!132 = !{null, !30}
!133 = !DILocalVariable(name: "t", arg: 1, scope: !130, file: !1, line: 13, type: !30)
!139 = !DILocation(line: 13, scope: !130)

!140 = distinct !DISubprogram(name: "o_split", scope: !1, file: !1, line: 14, type: !141, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!141 = !DISubroutineType(types: !142)
!142 = !{null, !40}
!143 = !DILocalVariable(name: "p", arg: 1, scope: !140, file: !1, line: 14, type: !40)
!149 = !DILocation(line: 14, scope: !140)

!150 = distinct !DISubprogram(name: "o_byval", scope: !1, file: !1, line: 15, type: !151, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!151 = !DISubroutineType(types: !152)
!152 = !{null, !50}
!153 = !DILocalVariable(name: "b", arg: 1, scope: !150, file: !1, line: 15, type: !50)
!159 = !DILocation(line: 15, scope: !150)

!160 = distinct !DISubprogram(name: "o_bool", scope: !1, file: !1, line: 16, type: !161, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!161 = !DISubroutineType(types: !162)
!162 = !{null, !15}
!163 = !DILocalVariable(name: "b", arg: 1, scope: !160, file: !1, line: 16, type: !15)
!169 = !DILocation(line: 16, scope: !160)

!170 = distinct !DISubprogram(name: "o_reassigned", scope: !1, file: !1, line: 17, type: !171, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!171 = !DISubroutineType(types: !172)
!172 = !{null, !10, !10}
!173 = !DILocalVariable(name: "a", arg: 1, scope: !170, file: !1, line: 17, type: !10)
!174 = !DILocalVariable(name: "b", arg: 2, scope: !170, file: !1, line: 17, type: !10)
!179 = !DILocation(line: 17, scope: !170)
