; Where the calls go and what they look like. The args calls go at the
; entry block's first insertion point after the static allocas, and move
; down only past the definitions of the values they report: never to the
; end of the entry block, so a function that opens a user-access window
; with inline asm at entry (stac) has its calls before the window (the
; kernel RFC's compiler put them before the entry block's terminator, inside
; the window, and objtool complained). Every call is a plain `notail` call,
; marked nomerge, with a debug location: the subprogram's scopeLine for args
; calls, the ret's own location for ret calls.
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; REQUIRES: x86-registered-target

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.proc = type { i32, i32, i64 }

declare void @use(ptr)

; void pl_allocas(struct proc *p, int n) { char buf[16]; int x; use(buf); use(&x); }
; CHECK-LABEL: define void @pl_allocas(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: %buf = alloca [16 x i8], align 16
; CHECK-NEXT: %x = alloca i32, align 4
; CHECK-NEXT: #dbg_value(ptr %p,
; CHECK-NEXT: #dbg_value(i32 %n,
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @pl_allocas to i64), i32 0, i32 16, ptr %p, ptr @__sancov_dataflow_fields.proc, i32 3) #[[ATTR:[0-9]+]], !dbg ![[ALLOCAS_ENTRY:[0-9]+]]
; CHECK-NEXT: store i32 %n, ptr %[[SLOT]], align 4, !dbg ![[ALLOCAS_ENTRY]]
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @pl_allocas to i64), i32 1, i32 4, ptr %[[SLOT]], ptr null, i32 0) #[[ATTR]], !dbg ![[ALLOCAS_ENTRY]]
; CHECK-NEXT: call void @use(ptr %buf)
; CHECK-NEXT: call void @use(ptr %x)
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @pl_allocas to i64), i32 0, ptr null, ptr null, i32 0) #[[ATTR]], !dbg ![[ALLOCAS_RET:[0-9]+]]
; CHECK-NEXT: ret void, !dbg ![[ALLOCAS_RET]]
define void @pl_allocas(ptr %p, i32 %n) !dbg !100 {
  %buf = alloca [16 x i8], align 16
  %x = alloca i32, align 4
    #dbg_value(ptr %p, !103, !DIExpression(), !108)
    #dbg_value(i32 %n, !104, !DIExpression(), !108)
  call void @use(ptr %buf), !dbg !108
  call void @use(ptr %x), !dbg !108
  ret void, !dbg !109
}

; long pl_stac(struct proc *p, long __user *uptr)
; { stac(); long v = *uptr; clac(); p->flags = v; return v; }
; The calls come first, before the user-access window opens.
; CHECK-LABEL: define i64 @pl_stac(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [8 x i8], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @pl_stac to i64), i32 0, i32 16, ptr %p, ptr @__sancov_dataflow_fields.proc, i32 3)
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @pl_stac to i64), i32 1, i32 8, ptr %uptr, ptr null, i32 0)
; CHECK-NEXT: #dbg_value(ptr %p,
; CHECK-NEXT: #dbg_value(ptr %uptr,
; CHECK-NEXT: call void asm sideeffect "stac", "~{memory},~{dirflag},~{fpsr},~{flags}"()
; CHECK-NEXT: %v = load volatile i64, ptr %uptr, align 8
; CHECK-NEXT: call void asm sideeffect "clac", "~{memory},~{dirflag},~{fpsr},~{flags}"()
; CHECK-NOT: @__sanitizer_cov_trace_args
; CHECK: ret i64 %v
define i64 @pl_stac(ptr %p, ptr %uptr) !dbg !110 {
    #dbg_value(ptr %p, !113, !DIExpression(), !118)
    #dbg_value(ptr %uptr, !114, !DIExpression(), !118)
  call void asm sideeffect "stac", "~{memory},~{dirflag},~{fpsr},~{flags}"(), !dbg !118
  %v = load volatile i64, ptr %uptr, align 8, !dbg !118
  call void asm sideeffect "clac", "~{memory},~{dirflag},~{fpsr},~{flags}"(), !dbg !118
  %f = getelementptr inbounds nuw i8, ptr %p, i64 8
  store i64 %v, ptr %f, align 8, !dbg !118
  ret i64 %v, !dbg !118
}

; int pl_get_user(int __user *uptr, int *out)
; { stac(); unsafe_get_user(*out, uptr, efault); clac(); return 0;
;   efault: clac(); return -EFAULT; }
; The entry block ends in an asm goto inside the window: the calls are at
; its start, not before its terminator.
; CHECK-LABEL: define i32 @pl_get_user(
; CHECK-NEXT: entry:
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @pl_get_user to i64), i32 0, i32 8, ptr %uptr, ptr null, i32 0)
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @pl_get_user to i64), i32 1, i32 8, ptr %out, ptr null, i32 0)
; CHECK-NEXT: #dbg_value(ptr %uptr,
; CHECK-NEXT: #dbg_value(ptr %out,
; CHECK-NEXT: call void asm sideeffect "stac", "~{memory},~{dirflag},~{fpsr},~{flags}"()
; CHECK-NEXT: %v = callbr i32 asm
; CHECK-NOT: @__sanitizer_cov_trace_args
; CHECK: ret i32 0
define i32 @pl_get_user(ptr %uptr, ptr %out) !dbg !120 {
entry:
    #dbg_value(ptr %uptr, !123, !DIExpression(), !128)
    #dbg_value(ptr %out, !124, !DIExpression(), !128)
  call void asm sideeffect "stac", "~{memory},~{dirflag},~{fpsr},~{flags}"(), !dbg !128
  %v = callbr i32 asm "1: movl $1, $0\0A.pushsection __ex_table,\22a\22\0A.long 1b - ., ${2:l} - .\0A.popsection", "=r,*m,!i,~{dirflag},~{fpsr},~{flags}"(ptr elementtype(i32) %uptr)
          to label %ok [label %efault], !dbg !128

ok:
  store i32 %v, ptr %out, align 4, !dbg !128
  call void asm sideeffect "clac", "~{memory},~{dirflag},~{fpsr},~{flags}"(), !dbg !128
  ret i32 0, !dbg !128

efault:
  call void asm sideeffect "clac", "~{memory},~{dirflag},~{fpsr},~{flags}"(), !dbg !128
  ret i32 -14, !dbg !128
}

; void pl_vla(int n) { char vla[n]; use(vla); }   (no debug info)
; A dynamic alloca is code, not part of the frame: the calls go before it
; (and before the size computation that precedes it).
; CHECK-LABEL: define void @pl_vla(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: store i32 %n, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @pl_vla to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: %n.wide = zext i32 %n to i64
; CHECK-NEXT: %vla = alloca i8, i64 %n.wide, align 16
define void @pl_vla(i32 %n) {
  %n.wide = zext i32 %n to i64
  %vla = alloca i8, i64 %n.wide, align 16
  call void @use(ptr %vla)
  ret void
}

; void pl_ret_no_loc(void);   (the ret has no !dbg: line 0 in the function)
; CHECK-LABEL: define void @pl_ret_no_loc(
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @pl_ret_no_loc to i64), i32 0, ptr null, ptr null, i32 0) #[[ATTR]], !dbg ![[NOLOC:[0-9]+]]
; CHECK-NEXT: ret void
define void @pl_ret_no_loc() !dbg !130 {
  ret void
}

; void pl_no_debug(int n);   (no debug info: no location is invented)
; CHECK-LABEL: define void @pl_no_debug(
; CHECK: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @pl_no_debug to i64), i32 0, i32 4, ptr %{{.+}}, ptr null, i32 0) #[[ATTR]]{{$}}
; CHECK: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @pl_no_debug to i64), i32 0, ptr null, ptr null, i32 0) #[[ATTR]]{{$}}
define void @pl_no_debug(i32 %n) {
  ret void
}

; int pl_tail(int x) { return callee(x); }   (a tail call before the ret)
; The ret call goes between the call and the ret; it is itself notail.
; CHECK-LABEL: define i32 @pl_tail(
; CHECK: %r = tail call i32 @callee(i32 %x)
; CHECK-NEXT: store i32 %r, ptr %[[SLOT:.+]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @pl_tail to i64), i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: ret i32 %r
define i32 @pl_tail(i32 %x) {
  %r = tail call i32 @callee(i32 %x)
  ret i32 %r
}

declare i32 @callee(i32)

; CHECK-DAG: declare void @__sanitizer_cov_trace_args(i64, i32, i32, ptr, ptr, i32)
; CHECK-DAG: declare void @__sanitizer_cov_trace_ret(i64, i32, ptr, ptr, i32)
; CHECK-DAG: attributes #[[ATTR]] = { nomerge }
; The args calls: the scopeLine (41), column 0, in the function.
; CHECK-DAG: ![[ALLOCAS_ENTRY]] = !DILocation(line: 41, scope: ![[ALLOCAS_SP:[0-9]+]])
; CHECK-DAG: ![[ALLOCAS_SP]] = distinct !DISubprogram(name: "pl_allocas"
; The ret call: the ret's own location.
; CHECK-DAG: ![[ALLOCAS_RET]] = !DILocation(line: 45, column: 7, scope: ![[ALLOCAS_SP]])
; CHECK-DAG: ![[NOLOC]] = !DILocation(line: 0, scope: ![[NOLOC_SP:[0-9]+]])
; CHECK-DAG: ![[NOLOC_SP]] = distinct !DISubprogram(name: "pl_ret_no_loc"

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "placement.c", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!11 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!12 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!14 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !10, size: 64)

!20 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "proc", file: !1, line: 1, size: 128, elements: !21)
!21 = !{!22, !23, !24}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "pid", scope: !20, file: !1, line: 1, baseType: !10, size: 32)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "max", scope: !20, file: !1, line: 1, baseType: !11, size: 32, offset: 32)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !20, file: !1, line: 1, baseType: !12, size: 64, offset: 64)
!25 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !20, size: 64)

!100 = distinct !DISubprogram(name: "pl_allocas", scope: !1, file: !1, line: 40, type: !101, scopeLine: 41, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!101 = !DISubroutineType(types: !102)
!102 = !{null, !25, !10}
!103 = !DILocalVariable(name: "p", arg: 1, scope: !100, file: !1, line: 40, type: !25)
!104 = !DILocalVariable(name: "n", arg: 2, scope: !100, file: !1, line: 40, type: !10)
!108 = !DILocation(line: 42, column: 3, scope: !100)
!109 = !DILocation(line: 45, column: 7, scope: !100)

!110 = distinct !DISubprogram(name: "pl_stac", scope: !1, file: !1, line: 50, type: !111, scopeLine: 50, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!111 = !DISubroutineType(types: !112)
!112 = !{!12, !25, !13}
!113 = !DILocalVariable(name: "p", arg: 1, scope: !110, file: !1, line: 50, type: !25)
!114 = !DILocalVariable(name: "uptr", arg: 2, scope: !110, file: !1, line: 50, type: !13)
!118 = !DILocation(line: 51, scope: !110)

!120 = distinct !DISubprogram(name: "pl_get_user", scope: !1, file: !1, line: 60, type: !121, scopeLine: 60, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!121 = !DISubroutineType(types: !122)
!122 = !{!10, !14, !14}
!123 = !DILocalVariable(name: "uptr", arg: 1, scope: !120, file: !1, line: 60, type: !14)
!124 = !DILocalVariable(name: "out", arg: 2, scope: !120, file: !1, line: 60, type: !14)
!128 = !DILocation(line: 61, scope: !120)

!130 = distinct !DISubprogram(name: "pl_ret_no_loc", scope: !1, file: !1, line: 70, type: !131, scopeLine: 70, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!131 = !DISubroutineType(types: !132)
!132 = !{null}
