; AArch64 (AAPCS64) argument shapes. A struct larger than 16 bytes is passed
; indirectly: a plain pointer to the caller's copy, described at -O2 by a
; #dbg_value with DW_OP_deref and at -O0 by a #dbg_declare with DW_OP_deref
; on the slot the prologue stores the pointer into. It is reported by the
; object's address, size and table. A struct larger than 16 bytes is
; returned through a buffer whose address comes in x8 (an sret argument),
; reported from the buffer. A 16-byte struct comes as [2 x i64] and is
; reassembled in the slot. HFAs and smaller structs: args-aarch64-registers.ll.
; clang 22 also marks the indirect pointer `dead_on_return`, an attribute
; LLVM 19 cannot parse and the pass does not read: left out here.
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; REQUIRES: aarch64-registered-target

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.big = type { i64, i64, i64, i64, i64 }
%struct.pair = type { i64, i64 }

; CHECK-DAG: @__sancov_dataflow_fields.big = internal unnamed_addr constant [10 x i64] [i64 0, i64 8, i64 8, i64 8, i64 16, i64 8, i64 24, i64 8, i64 32, i64 8], align 8
; CHECK-DAG: @__sancov_dataflow_fields.pair = internal unnamed_addr constant [4 x i64] [i64 0, i64 8, i64 8, i64 8], align 8

; struct big { long a, b, c, d, e; };
; void a64_big(struct big b, int k);   (-O2)
; CHECK-LABEL: define void @a64_big(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a64_big to i64), i32 0, i32 40, ptr %b, ptr @__sancov_dataflow_fields.big, i32 5)
; CHECK-NEXT: store i32 %k, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a64_big to i64), i32 1, i32 4, ptr %[[SLOT]], ptr null, i32 0)
define void @a64_big(ptr noundef readonly nocapture %b, i32 noundef %k) !dbg !100 {
    #dbg_value(ptr %b, !103, !DIExpression(DW_OP_deref), !109)
    #dbg_value(i32 %k, !104, !DIExpression(), !109)
  ret void
}

; void a64_big_O0(struct big b, int k);   (-O0)
; CHECK-LABEL: define void @a64_big_O0(
; CHECK-NEXT: entry:
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: %b.indirect_addr = alloca ptr, align 8
; CHECK-NEXT: %k.addr = alloca i32, align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a64_big_O0 to i64), i32 0, i32 40, ptr %b, ptr @__sancov_dataflow_fields.big, i32 5)
; CHECK-NEXT: store i32 %k, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a64_big_O0 to i64), i32 1, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: store ptr %b, ptr %b.indirect_addr, align 8
define void @a64_big_O0(ptr noundef %b, i32 noundef %k) #0 !dbg !110 {
entry:
  %b.indirect_addr = alloca ptr, align 8
  %k.addr = alloca i32, align 4
  store ptr %b, ptr %b.indirect_addr, align 8
    #dbg_declare(ptr %b.indirect_addr, !113, !DIExpression(DW_OP_deref), !119)
  store i32 %k, ptr %k.addr, align 4
    #dbg_declare(ptr %k.addr, !114, !DIExpression(), !119)
  ret void, !dbg !119
}

; void sink(void *);
; long a64_big_mut(struct big b) { b.a += 1; sink(&b); return b.e; }
;   (-O2: the callee owns the caller's copy and writes it; the record is
;   made before the first write)
; CHECK-LABEL: define i64 @a64_big_mut(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [8 x i8], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a64_big_mut to i64), i32 0, i32 40, ptr %b, ptr @__sancov_dataflow_fields.big, i32 5)
; CHECK-NEXT: #dbg_value(ptr %b, {{.+}}, !DIExpression(DW_OP_deref),
; CHECK-NEXT: %a = load i64, ptr %b, align 8
; CHECK-NEXT: %inc = add nsw i64 %a, 1
; CHECK-NEXT: store i64 %inc, ptr %b, align 8
; CHECK:      notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @a64_big_mut to i64), i32 8, ptr %[[SLOT]], ptr null, i32 0)
define i64 @a64_big_mut(ptr noundef %b) !dbg !140 {
    #dbg_value(ptr %b, !143, !DIExpression(DW_OP_deref), !149)
  %a = load i64, ptr %b, align 8
  %inc = add nsw i64 %a, 1
  store i64 %inc, ptr %b, align 8
  tail call void @sink(ptr noundef nonnull %b)
  %e.addr = getelementptr inbounds i8, ptr %b, i64 32
  %e = load i64, ptr %e.addr, align 8
  ret i64 %e
}

declare void @sink(ptr)

; struct big a64_mk_big(long a) { struct big b = {a, 1, 2, 3, 4}; return b; }
;   (-O2: returned through the buffer whose address comes in x8, an sret
;   argument in IR; reported from the buffer at the return)
; CHECK-LABEL: define void @a64_mk_big(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [8 x i8], align 8
; CHECK-NEXT: store i64 %a, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a64_mk_big to i64), i32 0, i32 8, ptr %[[SLOT]], ptr null, i32 0)
; CHECK:      store <2 x i64> <i64 3, i64 4>, ptr %d.addr, align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @a64_mk_big to i64), i32 40, ptr %agg.result, ptr @__sancov_dataflow_fields.big, i32 5)
; CHECK-NEXT: ret void
define void @a64_mk_big(ptr dead_on_unwind noalias writable writeonly sret(%struct.big) align 8 nocapture %agg.result, i64 noundef %a) !dbg !150 {
    #dbg_value(i64 %a, !153, !DIExpression(), !159)
    #dbg_declare(ptr %agg.result, !154, !DIExpression(), !159)
  store i64 %a, ptr %agg.result, align 8
  %b.addr = getelementptr inbounds i8, ptr %agg.result, i64 8
  store <2 x i64> <i64 1, i64 2>, ptr %b.addr, align 8
  %d.addr = getelementptr inbounds i8, ptr %agg.result, i64 24
  store <2 x i64> <i64 3, i64 4>, ptr %d.addr, align 8
  ret void
}

; struct pair { long x; long y; };
; void a64_pair(struct pair p);   (-O2: [2 x i64] split by extractvalue)
; CHECK-LABEL: define void @a64_pair(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [16 x i8], align 8
; CHECK-NEXT: %x = extractvalue [2 x i64] %p.coerce, 0
; CHECK-NEXT: %y = extractvalue [2 x i64] %p.coerce, 1
; CHECK-NEXT: #dbg_value(i64 %x,
; CHECK-NEXT: #dbg_value(i64 %y,
; CHECK-NEXT: %[[G0:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 0
; CHECK-NEXT: store i64 %x, ptr %[[G0]], align 8
; CHECK-NEXT: %[[G8:.+]] = getelementptr inbounds i8, ptr %[[SLOT]], i64 8
; CHECK-NEXT: store i64 %y, ptr %[[G8]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a64_pair to i64), i32 0, i32 16, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.pair, i32 2)
define void @a64_pair([2 x i64] %p.coerce) !dbg !120 {
  %x = extractvalue [2 x i64] %p.coerce, 0
  %y = extractvalue [2 x i64] %p.coerce, 1
    #dbg_value(i64 %x, !123, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !129)
    #dbg_value(i64 %y, !123, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !129)
  ret void
}

; void a64_pair_O0(struct pair p);   (-O0: the [2 x i64] stored whole)
; CHECK-LABEL: define void @a64_pair_O0(
; CHECK-NEXT: entry:
; CHECK-NEXT: %[[SLOT:.+]] = alloca [16 x i8], align 8
; CHECK-NEXT: %p = alloca %struct.pair, align 8
; CHECK-NEXT: store [2 x i64] %p.coerce, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @a64_pair_O0 to i64), i32 0, i32 16, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.pair, i32 2)
; CHECK-NEXT: store [2 x i64] %p.coerce, ptr %p, align 8
define void @a64_pair_O0([2 x i64] %p.coerce) #0 !dbg !130 {
entry:
  %p = alloca %struct.pair, align 8
  store [2 x i64] %p.coerce, ptr %p, align 8
    #dbg_declare(ptr %p, !133, !DIExpression(), !139)
  ret void, !dbg !139
}

attributes #0 = { noinline nounwind optnone }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "args-aarch64.c", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!11 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)

!20 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "big", file: !1, line: 1, size: 320, elements: !21)
!21 = !{!22, !23, !24, !25, !26}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !20, file: !1, line: 1, baseType: !11, size: 64)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !20, file: !1, line: 1, baseType: !11, size: 64, offset: 64)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !20, file: !1, line: 1, baseType: !11, size: 64, offset: 128)
!25 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !20, file: !1, line: 1, baseType: !11, size: 64, offset: 192)
!26 = !DIDerivedType(tag: DW_TAG_member, name: "e", scope: !20, file: !1, line: 1, baseType: !11, size: 64, offset: 256)

!30 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pair", file: !1, line: 2, size: 128, elements: !31)
!31 = !{!32, !33}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !30, file: !1, line: 2, baseType: !11, size: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !30, file: !1, line: 2, baseType: !11, size: 64, offset: 64)

!40 = !DISubroutineType(types: !41)
!41 = !{null, !20, !10}
!42 = !DISubroutineType(types: !43)
!43 = !{null, !30}
!44 = !DISubroutineType(types: !45)
!45 = !{!11, !20}
!46 = !DISubroutineType(types: !47)
!47 = !{!20, !11}

!100 = distinct !DISubprogram(name: "a64_big", scope: !1, file: !1, line: 3, type: !40, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!103 = !DILocalVariable(name: "b", arg: 1, scope: !100, file: !1, line: 3, type: !20)
!104 = !DILocalVariable(name: "k", arg: 2, scope: !100, file: !1, line: 3, type: !10)
!109 = !DILocation(line: 3, scope: !100)

!110 = distinct !DISubprogram(name: "a64_big_O0", scope: !1, file: !1, line: 4, type: !40, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!113 = !DILocalVariable(name: "b", arg: 1, scope: !110, file: !1, line: 4, type: !20)
!114 = !DILocalVariable(name: "k", arg: 2, scope: !110, file: !1, line: 4, type: !10)
!119 = !DILocation(line: 4, scope: !110)

!120 = distinct !DISubprogram(name: "a64_pair", scope: !1, file: !1, line: 5, type: !42, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!123 = !DILocalVariable(name: "p", arg: 1, scope: !120, file: !1, line: 5, type: !30)
!129 = !DILocation(line: 5, scope: !120)

!130 = distinct !DISubprogram(name: "a64_pair_O0", scope: !1, file: !1, line: 6, type: !42, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!133 = !DILocalVariable(name: "p", arg: 1, scope: !130, file: !1, line: 6, type: !30)
!139 = !DILocation(line: 6, scope: !130)

!140 = distinct !DISubprogram(name: "a64_big_mut", scope: !1, file: !1, line: 8, type: !44, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!143 = !DILocalVariable(name: "b", arg: 1, scope: !140, file: !1, line: 8, type: !20)
!149 = !DILocation(line: 8, scope: !140)

!150 = distinct !DISubprogram(name: "a64_mk_big", scope: !1, file: !1, line: 9, type: !46, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!153 = !DILocalVariable(name: "a", arg: 1, scope: !150, file: !1, line: 9, type: !11)
!154 = !DILocalVariable(name: "b", scope: !150, file: !1, line: 9, type: !20)
!159 = !DILocation(line: 9, scope: !150)
