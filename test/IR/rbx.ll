; The x86-64 base-pointer hazard: ABI A's escaping stack slot can force a
; realigned frame (KASAN redzones do), x86-64 then reserves RBX as the base
; pointer, and inline asm that uses RBX no longer compiles. So in a
; function whose inline asm uses RBX in any way (clobber, "=b" output,
; input, sub-registers), no slot is created: values that need one are
; reported as size 0 / null, while values passed directly (pointers, struct
; pointers, byval objects) are still reported. The asm may be anywhere in
; the function. A control function without such asm gets the slot.
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; REQUIRES: x86-registered-target

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.big = type { i64, i64, i64, i64, i64 }

; int rbx_clobber(int x, struct proc *p) { asm volatile("" ::: "rbx"); return x; }
; CHECK-LABEL: define i32 @rbx_clobber(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @rbx_clobber to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @rbx_clobber to i64), i32 1, i32 16, ptr %p, ptr @__sancov_dataflow_fields.proc, i32 3)
; CHECK-NOT: store
; CHECK: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @rbx_clobber to i64), i32 0, ptr null, ptr null, i32 0)
; CHECK-NEXT: ret i32 %x
; CHECK-NOT: alloca
define i32 @rbx_clobber(i32 %x, ptr %p) !dbg !100 {
    #dbg_value(i32 %x, !103, !DIExpression(), !109)
    #dbg_value(ptr %p, !104, !DIExpression(), !109)
  call void asm sideeffect "", "~{rbx},~{dirflag},~{fpsr},~{flags}"(), !dbg !109
  ret i32 %x, !dbg !109
}

; int rbx_cpuid(int leaf) { int b; asm volatile("cpuid" : "=b"(b) : "a"(leaf)); return b; }
; clang writes "=b" as "={bx}".
; CHECK-LABEL: define i32 @rbx_cpuid(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @rbx_cpuid to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
; CHECK: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @rbx_cpuid to i64), i32 0, ptr null, ptr null, i32 0)
define i32 @rbx_cpuid(i32 %leaf) !dbg !110 {
    #dbg_value(i32 %leaf, !113, !DIExpression(), !119)
  %b = call i32 asm sideeffect "cpuid", "={bx},{ax},~{dirflag},~{fpsr},~{flags}"(i32 %leaf), !dbg !119
  ret i32 %b, !dbg !119
}

; The same asm written with the raw "=b" constraint letter.
; CHECK-LABEL: define i32 @rbx_b_letter(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @rbx_b_letter to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
define i32 @rbx_b_letter(i32 %leaf) !dbg !120 {
    #dbg_value(i32 %leaf, !123, !DIExpression(), !129)
  %b = call i32 asm sideeffect "cpuid", "=b,{ax},~{dirflag},~{fpsr},~{flags}"(i32 %leaf), !dbg !129
  ret i32 %b, !dbg !129
}

; void rbx_input(int x) { asm volatile("" :: "b"(x)); }
; CHECK-LABEL: define void @rbx_input(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @rbx_input to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
define void @rbx_input(i32 %x) !dbg !130 {
    #dbg_value(i32 %x, !133, !DIExpression(), !139)
  call void asm sideeffect "", "{bx},~{dirflag},~{fpsr},~{flags}"(i32 %x), !dbg !139
  ret void, !dbg !139
}

; void rbx_ebx(int x) { asm volatile("" ::: "ebx"); }
; CHECK-LABEL: define void @rbx_ebx(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @rbx_ebx to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
define void @rbx_ebx(i32 %x) !dbg !140 {
    #dbg_value(i32 %x, !143, !DIExpression(), !149)
  call void asm sideeffect "", "~{ebx},~{dirflag},~{fpsr},~{flags}"(), !dbg !149
  ret void, !dbg !149
}

; void rbx_bl(int x) { asm volatile("" ::: "bl"); }
; CHECK-LABEL: define void @rbx_bl(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @rbx_bl to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
define void @rbx_bl(i32 %x) !dbg !150 {
    #dbg_value(i32 %x, !153, !DIExpression(), !159)
  call void asm sideeffect "", "~{bl},~{dirflag},~{fpsr},~{flags}"(), !dbg !159
  ret void, !dbg !159
}

; void rbx_later_block(int x, int c) { if (c) asm volatile("" ::: "rbx"); }
; The asm is not in the entry block: still no slot anywhere.
; CHECK-LABEL: define void @rbx_later_block(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @rbx_later_block to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @rbx_later_block to i64), i32 1, i32 0, ptr null, ptr null, i32 0)
; CHECK-NOT: alloca
; CHECK: ret void
define void @rbx_later_block(i32 %x, i32 %c) !dbg !160 {
    #dbg_value(i32 %x, !163, !DIExpression(), !169)
    #dbg_value(i32 %c, !164, !DIExpression(), !169)
  %t = icmp ne i32 %c, 0, !dbg !169
  br i1 %t, label %asm, label %done, !dbg !169

asm:
  call void asm sideeffect "", "~{rbx},~{dirflag},~{fpsr},~{flags}"(), !dbg !169
  br label %done, !dbg !169

done:
  ret void, !dbg !169
}

; struct two { int x, y; };
; void rbx_struct_values(struct two t, struct big b)
; { asm volatile("" ::: "rbx"); }
; The coerced struct needs the slot: size 0. The byval struct is passed by
; address: still reported with its table.
; CHECK-LABEL: define void @rbx_struct_values(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @rbx_struct_values to i64), i32 0, i32 0, ptr null, ptr null, i32 0)
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @rbx_struct_values to i64), i32 1, i32 40, ptr %b, ptr @__sancov_dataflow_fields.big, i32 5)
define void @rbx_struct_values(i64 %t.coerce, ptr byval(%struct.big) align 8 %b) !dbg !170 {
    #dbg_value(i64 %t.coerce, !173, !DIExpression(), !179)
    #dbg_declare(ptr %b, !174, !DIExpression(), !179)
  call void asm sideeffect "", "~{rbx},~{dirflag},~{fpsr},~{flags}"(), !dbg !179
  ret void, !dbg !179
}

; int control(int x, struct proc *p) { asm volatile("" ::: "rcx"); return x; }
; Other registers do not matter: the slot is there.
; CHECK-LABEL: define i32 @control(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: store i32 %x, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @control to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @control to i64), i32 1, i32 16, ptr %p, ptr @__sancov_dataflow_fields.proc, i32 3)
; CHECK: store i32 %x, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @control to i64), i32 4, ptr %[[SLOT]], ptr null, i32 0)
define i32 @control(i32 %x, ptr %p) !dbg !180 {
    #dbg_value(i32 %x, !183, !DIExpression(), !189)
    #dbg_value(ptr %p, !184, !DIExpression(), !189)
  call void asm sideeffect "", "~{rcx},~{dirflag},~{fpsr},~{flags}"(), !dbg !189
  ret i32 %x, !dbg !189
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "rbx.c", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!11 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!12 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)

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

!40 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "big", file: !1, line: 3, size: 320, elements: !41)
!41 = !{!42, !43, !44, !45, !46}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !40, file: !1, line: 3, baseType: !12, size: 64)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !40, file: !1, line: 3, baseType: !12, size: 64, offset: 64)
!44 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !40, file: !1, line: 3, baseType: !12, size: 64, offset: 128)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !40, file: !1, line: 3, baseType: !12, size: 64, offset: 192)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "e", scope: !40, file: !1, line: 3, baseType: !12, size: 64, offset: 256)

!50 = !DISubroutineType(types: !51)
!51 = !{!10, !10, !25}
!52 = !DISubroutineType(types: !53)
!53 = !{!10, !10}
!54 = !DISubroutineType(types: !55)
!55 = !{null, !10}
!56 = !DISubroutineType(types: !57)
!57 = !{null, !10, !10}
!58 = !DISubroutineType(types: !59)
!59 = !{null, !30, !40}

!100 = distinct !DISubprogram(name: "rbx_clobber", scope: !1, file: !1, line: 10, type: !50, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!103 = !DILocalVariable(name: "x", arg: 1, scope: !100, file: !1, line: 10, type: !10)
!104 = !DILocalVariable(name: "p", arg: 2, scope: !100, file: !1, line: 10, type: !25)
!109 = !DILocation(line: 10, scope: !100)

!110 = distinct !DISubprogram(name: "rbx_cpuid", scope: !1, file: !1, line: 11, type: !52, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!113 = !DILocalVariable(name: "leaf", arg: 1, scope: !110, file: !1, line: 11, type: !10)
!119 = !DILocation(line: 11, scope: !110)

!120 = distinct !DISubprogram(name: "rbx_b_letter", scope: !1, file: !1, line: 12, type: !52, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!123 = !DILocalVariable(name: "leaf", arg: 1, scope: !120, file: !1, line: 12, type: !10)
!129 = !DILocation(line: 12, scope: !120)

!130 = distinct !DISubprogram(name: "rbx_input", scope: !1, file: !1, line: 13, type: !54, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!133 = !DILocalVariable(name: "x", arg: 1, scope: !130, file: !1, line: 13, type: !10)
!139 = !DILocation(line: 13, scope: !130)

!140 = distinct !DISubprogram(name: "rbx_ebx", scope: !1, file: !1, line: 14, type: !54, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!143 = !DILocalVariable(name: "x", arg: 1, scope: !140, file: !1, line: 14, type: !10)
!149 = !DILocation(line: 14, scope: !140)

!150 = distinct !DISubprogram(name: "rbx_bl", scope: !1, file: !1, line: 15, type: !54, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!153 = !DILocalVariable(name: "x", arg: 1, scope: !150, file: !1, line: 15, type: !10)
!159 = !DILocation(line: 15, scope: !150)

!160 = distinct !DISubprogram(name: "rbx_later_block", scope: !1, file: !1, line: 16, type: !56, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!163 = !DILocalVariable(name: "x", arg: 1, scope: !160, file: !1, line: 16, type: !10)
!164 = !DILocalVariable(name: "c", arg: 2, scope: !160, file: !1, line: 16, type: !10)
!169 = !DILocation(line: 16, scope: !160)

!170 = distinct !DISubprogram(name: "rbx_struct_values", scope: !1, file: !1, line: 17, type: !58, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!173 = !DILocalVariable(name: "t", arg: 1, scope: !170, file: !1, line: 17, type: !30)
!174 = !DILocalVariable(name: "b", arg: 2, scope: !170, file: !1, line: 17, type: !40)
!179 = !DILocation(line: 17, scope: !170)

!180 = distinct !DISubprogram(name: "control", scope: !1, file: !1, line: 18, type: !50, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!183 = !DILocalVariable(name: "x", arg: 1, scope: !180, file: !1, line: 18, type: !10)
!184 = !DILocalVariable(name: "p", arg: 2, scope: !180, file: !1, line: 18, type: !25)
!189 = !DILocation(line: 18, scope: !180)
