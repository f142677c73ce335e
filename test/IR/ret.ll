; Return values: one __sanitizer_cov_trace_ret call immediately before every
; `ret` (none before `resume` or `unreachable`, none on a musttail path),
; with the ret's debug location. The declared return type decides how the
; value is reported, as for parameters: scalars through the slot, struct
; pointers directly with the struct's size and table, an sret buffer by
; address with the declared struct's size and table, a struct returned in
; registers reassembled in the slot with its table, void / poison as size 0.
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; The same calls under an aarch64 triple (as on x86-64, u32 operands not extended):
; RUN: %opt -passes=sancov-dataflow -S -mtriple=aarch64-linux-gnu %s | FileCheck %s --check-prefixes=CHECK,A64
; RUN: %opt -passes=sancov-dataflow -S %s | grep '^@__sancov_dataflow_fields' | count 6
; REQUIRES: x86-registered-target, aarch64-registered-target
; A64: target triple = "aarch64-unknown-linux-gnu"

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.proc = type { i32, i32, i64 }
%struct.trio = type { i64, i64, i64 }
%struct.huge = type { [300 x i8], i64 }

@g = external global %struct.proc, align 8
@sink = global i64 0, align 8

; CHECK-DAG: @__sancov_dataflow_fields.proc = internal unnamed_addr constant [6 x i64] [i64 0, i64 4, i64 4, i64 4, i64 8, i64 8], align 8
; CHECK-DAG: @__sancov_dataflow_fields.trio = internal unnamed_addr constant [6 x i64] [i64 0, i64 8, i64 8, i64 8, i64 16, i64 8], align 8
; CHECK-DAG: @__sancov_dataflow_fields.pair = internal unnamed_addr constant [4 x i64] [i64 0, i64 8, i64 8, i64 8], align 8
; CHECK-DAG: @__sancov_dataflow_fields.three = internal unnamed_addr constant [6 x i64] [i64 0, i64 4, i64 4, i64 4, i64 8, i64 4], align 8
; CHECK-DAG: @__sancov_dataflow_fields.box = internal unnamed_addr constant [2 x i64] [i64 0, i64 8], align 8
; CHECK-DAG: @__sancov_dataflow_fields.huge = internal unnamed_addr constant [4 x i64] [i64 0, i64 300, i64 304, i64 8], align 8

; int r_scalar(void);
; CHECK-LABEL: define i32 @r_scalar(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: %r = load volatile i32, ptr @sink
; CHECK-NEXT: store i32 %r, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @r_scalar to i64), i32 4, ptr %[[SLOT]], ptr null, i32 0) #[[ATTR:[0-9]+]], !dbg ![[RETLOC:[0-9]+]]
; CHECK-NEXT: ret i32 %r, !dbg ![[RETLOC]]
define i32 @r_scalar() !dbg !100 {
  %r = load volatile i32, ptr @sink, align 4
  ret i32 %r, !dbg !108
}

; int r_two_returns(int x) { if (x > 3) return x * 2; return 7; }
; One call before each ret; the constant 7 is stored like any value.
; CHECK-LABEL: define i32 @r_two_returns(
; CHECK: big:
; CHECK-NEXT: %d = shl nsw i32 %x, 1
; CHECK-NEXT: store i32 %d, ptr %[[SLOT:.+]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @r_two_returns to i64), i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: ret i32 %d
; CHECK: small:
; CHECK-NEXT: store i32 7, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @r_two_returns to i64), i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: ret i32 7
; CHECK-NOT: @__sanitizer_cov_trace_ret
; CHECK: }
define i32 @r_two_returns(i32 noundef %x) !dbg !110 {
    #dbg_value(i32 %x, !113, !DIExpression(), !118)
  %c = icmp sgt i32 %x, 3
  br i1 %c, label %big, label %small

big:
  %d = shl nsw i32 %x, 1
  ret i32 %d

small:
  ret i32 7
}

; struct proc *r_struct_ptr(void);
; CHECK-LABEL: define ptr @r_struct_ptr(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @r_struct_ptr to i64), i32 16, ptr @g, ptr @__sancov_dataflow_fields.proc, i32 3)
; CHECK-NEXT: ret ptr @g
define ptr @r_struct_ptr() !dbg !120 {
  ret ptr @g
}

; struct proc *r_null_struct_ptr(void);   (returns NULL: still the pointer)
; CHECK-LABEL: define ptr @r_null_struct_ptr(
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @r_null_struct_ptr to i64), i32 16, ptr null, ptr @__sancov_dataflow_fields.proc, i32 3)
; CHECK-NEXT: ret ptr null
define ptr @r_null_struct_ptr() !dbg !125 {
  ret ptr null
}

; void *r_void_ptr(void *p);
; CHECK-LABEL: define ptr @r_void_ptr(
; CHECK-NOT: alloca
; CHECK: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @r_void_ptr to i64), i32 8, ptr %p, ptr null, i32 0)
; CHECK-NEXT: ret ptr %p
define ptr @r_void_ptr(ptr %p) !dbg !130 {
    #dbg_value(ptr %p, !133, !DIExpression(), !138)
  ret ptr %p
}

; struct trio { long a, b, c; };
; struct trio r_sret(long v);
; The hidden sret argument is not parameter 0; the buffer is the return
; value, reported right before the ret (after it has been written).
; CHECK-LABEL: define void @r_sret(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [8 x i8], align 8
; CHECK-NEXT: store i64 %v, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @r_sret to i64), i32 0, i32 8, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NOT: @__sanitizer_cov_trace_args
; CHECK: store i64 %v, ptr %out, align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @r_sret to i64), i32 24, ptr %out, ptr @__sancov_dataflow_fields.trio, i32 3)
; CHECK-NEXT: ret void
define void @r_sret(ptr noalias sret(%struct.trio) align 8 %out, i64 noundef %v) !dbg !140 {
    #dbg_value(i64 %v, !143, !DIExpression(), !148)
  store i64 %v, ptr %out, align 8
  ret void
}

; struct huge r_sret_huge(void);   (ret_size clamped to 255)
; CHECK-LABEL: define void @r_sret_huge(
; CHECK: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @r_sret_huge to i64), i32 255, ptr %out, ptr @__sancov_dataflow_fields.huge, i32 2)
define void @r_sret_huge(ptr noalias sret(%struct.huge) align 8 %out) !dbg !145 {
  ret void
}

; struct pair { long x, y; };
; struct pair r_regs(long v);   (returned in RAX:RDX as { i64, i64 })
; CHECK-LABEL: define { i64, i64 } @r_regs(
; CHECK: %r = insertvalue { i64, i64 } %r0, i64 %v, 1
; CHECK-NEXT: store { i64, i64 } %r, ptr %[[SLOT:.+]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @r_regs to i64), i32 16, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.pair, i32 2)
; CHECK-NEXT: ret { i64, i64 } %r
define { i64, i64 } @r_regs(i64 noundef %v) !dbg !150 {
  %r0 = insertvalue { i64, i64 } poison, i64 %v, 0
  %r = insertvalue { i64, i64 } %r0, i64 %v, 1
  ret { i64, i64 } %r
}

; struct three { int a, b, c; };
; struct three r_three(void);   ({ i64, i32 }: 16 bytes in IR, 12 declared)
; The slot holds the whole IR value; the size is the declared one.
; CHECK-LABEL: define { i64, i32 } @r_three(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [16 x i8], align 8
; CHECK: store { i64, i32 } %r, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @r_three to i64), i32 12, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.three, i32 3)
; CHECK-NEXT: ret { i64, i32 } %r
define { i64, i32 } @r_three(i64 %ab, i32 %c) !dbg !155 {
  %r0 = insertvalue { i64, i32 } poison, i64 %ab, 0
  %r = insertvalue { i64, i32 } %r0, i32 %c, 1
  ret { i64, i32 } %r
}

; typedef struct box { void *p; } box_t;
; box_t r_box(void *p);   (returned as one pointer)
; The struct, not a pointer to it: through the slot, size 8, the table.
; CHECK-LABEL: define ptr @r_box(
; CHECK: store ptr %p, ptr %[[SLOT:.+]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @r_box to i64), i32 8, ptr %[[SLOT]], ptr @__sancov_dataflow_fields.box, i32 1)
; CHECK-NEXT: ret ptr %p
define ptr @r_box(ptr %p) !dbg !160 {
  ret ptr %p
}

; void r_void(void);
; CHECK-LABEL: define void @r_void(
; CHECK-NOT: alloca
; CHECK-NEXT: store volatile i64 1, ptr @sink
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @r_void to i64), i32 0, ptr null, ptr null, i32 0)
; CHECK-NEXT: ret void
define void @r_void() !dbg !165 {
  store volatile i64 1, ptr @sink, align 8
  ret void
}

; int r_musttail(int x) { __attribute__((musttail)) return r_tailee(x); }
; The args call is there; nothing may separate the musttail call and ret.
; CHECK-LABEL: define i32 @r_musttail(
; CHECK: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @r_musttail to i64), i32 0, i32 4,
; CHECK: %r = musttail call i32 @r_tailee(i32 %x)
; CHECK-NEXT: ret i32 %r
; CHECK-NOT: @__sanitizer_cov_trace_ret
; CHECK: }
define i32 @r_musttail(i32 %x) !dbg !170 {
    #dbg_value(i32 %x, !173, !DIExpression(), !178)
  %r = musttail call i32 @r_tailee(i32 %x)
  ret i32 %r
}

declare i32 @r_tailee(i32)

; int r_musttail_or_not(int x);   (one musttail path, one plain path)
; CHECK-LABEL: define i32 @r_musttail_or_not(
; CHECK: tail:
; CHECK-NEXT: %r = musttail call i32 @r_tailee(i32 %x)
; CHECK-NEXT: ret i32 %r
; CHECK: plain:
; CHECK-NEXT: store i32 0, ptr %[[SLOT:.+]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @r_musttail_or_not to i64), i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: ret i32 0
define i32 @r_musttail_or_not(i32 %x) !dbg !175 {
  %c = icmp eq i32 %x, 0
  br i1 %c, label %plain, label %tail

tail:
  %r = musttail call i32 @r_tailee(i32 %x)
  ret i32 %r

plain:
  ret i32 0
}

; int r_poison(void);   (the returned value is poison)
; CHECK-LABEL: define i32 @r_poison(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @r_poison to i64), i32 0, ptr null, ptr null, i32 0)
; CHECK-NEXT: ret i32 poison
define i32 @r_poison() !dbg !180 {
  ret i32 poison
}

; bool r_bool(int x);
; CHECK-LABEL: define zeroext i1 @r_bool(
; CHECK: %[[Z:.+]] = zext i1 %b to i8
; CHECK-NEXT: store i8 %[[Z]], ptr %[[SLOT:.+]], align 1
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @r_bool to i64), i32 1, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: ret i1 %b
define zeroext i1 @r_bool(i32 %x) !dbg !185 {
  %b = icmp eq i32 %x, 0
  ret i1 %b
}

; void r_eh(void) { may_throw(); }   (C++: the exception path ends in resume)
; CHECK-LABEL: define void @r_eh(
; CHECK: cont:
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @r_eh to i64), i32 0, ptr null, ptr null, i32 0)
; CHECK-NEXT: ret void
; CHECK: lpad:
; CHECK-NOT: @__sanitizer_cov_trace_ret
; CHECK: resume
define void @r_eh() personality ptr @__gxx_personality_v0 !dbg !190 {
  invoke void @may_throw()
          to label %cont unwind label %lpad

cont:
  ret void

lpad:
  %lp = landingpad { ptr, i32 }
          cleanup
  resume { ptr, i32 } %lp
}

; void r_noreturn(void) { abort(); }
; CHECK-LABEL: define void @r_noreturn(
; CHECK-NOT: @__sanitizer_cov_trace_ret
; CHECK: unreachable
define void @r_noreturn() !dbg !195 {
  call void @abort()
  unreachable
}

declare void @may_throw()
declare i32 @__gxx_personality_v0(...)
declare void @abort() noreturn

; The ret call carries the ret's location; calls are never merged.
; CHECK: attributes #[[ATTR]] = { nomerge }
; CHECK: ![[RETLOC]] = !DILocation(line: 12, column: 3, scope: !

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "ret.c", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!11 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!12 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!14 = !DIBasicType(name: "_Bool", size: 8, encoding: DW_ATE_boolean)
!15 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)

!20 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "proc", file: !1, line: 1, size: 128, elements: !21)
!21 = !{!22, !23, !24}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !20, file: !1, line: 1, baseType: !10, size: 32)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "max", scope: !20, file: !1, line: 1, baseType: !11, size: 32, offset: 32)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !20, file: !1, line: 1, baseType: !12, size: 64, offset: 64)
!25 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !20, size: 64)

!30 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "trio", file: !1, line: 2, size: 192, elements: !31)
!31 = !{!32, !33, !34}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !30, file: !1, line: 2, baseType: !12, size: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !30, file: !1, line: 2, baseType: !12, size: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !30, file: !1, line: 2, baseType: !12, size: 64, offset: 128)

!40 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pair", file: !1, line: 3, size: 128, elements: !41)
!41 = !{!42, !43}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !40, file: !1, line: 3, baseType: !12, size: 64)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !40, file: !1, line: 3, baseType: !12, size: 64, offset: 64)

!50 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "three", file: !1, line: 4, size: 96, elements: !51)
!51 = !{!52, !53, !54}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !50, file: !1, line: 4, baseType: !10, size: 32)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !50, file: !1, line: 4, baseType: !10, size: 32, offset: 32)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !50, file: !1, line: 4, baseType: !10, size: 32, offset: 64)

!60 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "box", file: !1, line: 5, size: 64, elements: !61)
!61 = !{!62}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "p", scope: !60, file: !1, line: 5, baseType: !13, size: 64)
!63 = !DIDerivedType(tag: DW_TAG_typedef, name: "box_t", file: !1, line: 5, baseType: !60)

!70 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "huge", file: !1, line: 6, size: 2496, elements: !71)
!71 = !{!72, !73}
!72 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !70, file: !1, line: 6, baseType: !74, size: 2400)
!73 = !DIDerivedType(tag: DW_TAG_member, name: "tail", scope: !70, file: !1, line: 6, baseType: !12, size: 64, offset: 2432)
!74 = !DICompositeType(tag: DW_TAG_array_type, baseType: !15, size: 2400, elements: !75)
!75 = !{!76}
!76 = !DISubrange(count: 300)

!100 = distinct !DISubprogram(name: "r_scalar", scope: !1, file: !1, line: 11, type: !101, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!101 = !DISubroutineType(types: !102)
!102 = !{!10}
!108 = !DILocation(line: 12, column: 3, scope: !100)

!110 = distinct !DISubprogram(name: "r_two_returns", scope: !1, file: !1, line: 13, type: !111, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!111 = !DISubroutineType(types: !112)
!112 = !{!10, !10}
!113 = !DILocalVariable(name: "x", arg: 1, scope: !110, file: !1, line: 13, type: !10)
!118 = !DILocation(line: 0, scope: !110)

!120 = distinct !DISubprogram(name: "r_struct_ptr", scope: !1, file: !1, line: 14, type: !121, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!121 = !DISubroutineType(types: !122)
!122 = !{!25}

!125 = distinct !DISubprogram(name: "r_null_struct_ptr", scope: !1, file: !1, line: 15, type: !121, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)

!130 = distinct !DISubprogram(name: "r_void_ptr", scope: !1, file: !1, line: 16, type: !131, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!131 = !DISubroutineType(types: !132)
!132 = !{!13, !13}
!133 = !DILocalVariable(name: "p", arg: 1, scope: !130, file: !1, line: 16, type: !13)
!138 = !DILocation(line: 0, scope: !130)

!140 = distinct !DISubprogram(name: "r_sret", scope: !1, file: !1, line: 17, type: !141, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!141 = !DISubroutineType(types: !142)
!142 = !{!30, !12}
!143 = !DILocalVariable(name: "v", arg: 1, scope: !140, file: !1, line: 17, type: !12)
!148 = !DILocation(line: 0, scope: !140)

!145 = distinct !DISubprogram(name: "r_sret_huge", scope: !1, file: !1, line: 18, type: !146, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!146 = !DISubroutineType(types: !147)
!147 = !{!70}

!150 = distinct !DISubprogram(name: "r_regs", scope: !1, file: !1, line: 19, type: !151, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!151 = !DISubroutineType(types: !152)
!152 = !{!40, !12}

!155 = distinct !DISubprogram(name: "r_three", scope: !1, file: !1, line: 20, type: !156, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!156 = !DISubroutineType(types: !157)
!157 = !{!50}

!160 = distinct !DISubprogram(name: "r_box", scope: !1, file: !1, line: 21, type: !161, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!161 = !DISubroutineType(types: !162)
!162 = !{!63, !13}

!165 = distinct !DISubprogram(name: "r_void", scope: !1, file: !1, line: 22, type: !166, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!166 = !DISubroutineType(types: !167)
!167 = !{null}

!170 = distinct !DISubprogram(name: "r_musttail", scope: !1, file: !1, line: 23, type: !111, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!173 = !DILocalVariable(name: "x", arg: 1, scope: !170, file: !1, line: 23, type: !10)
!178 = !DILocation(line: 0, scope: !170)

!175 = distinct !DISubprogram(name: "r_musttail_or_not", scope: !1, file: !1, line: 24, type: !111, scopeLine: 24, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)

!180 = distinct !DISubprogram(name: "r_poison", scope: !1, file: !1, line: 25, type: !101, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)

!185 = distinct !DISubprogram(name: "r_bool", scope: !1, file: !1, line: 26, type: !186, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!186 = !DISubroutineType(types: !187)
!187 = !{!14, !10}

!190 = distinct !DISubprogram(name: "r_eh", scope: !1, file: !1, line: 27, type: !166, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)

!195 = distinct !DISubprogram(name: "r_noreturn", scope: !1, file: !1, line: 28, type: !166, scopeLine: 28, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
