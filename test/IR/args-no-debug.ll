; Without debug info the IR arguments are taken in order: the hidden sret
; argument is skipped (the next parameter keeps index 0), byval arguments are
; passed by address with the byval type's size, pointers are passed as they
; are with size 8, everything else goes through the slot with its store
; size. There is no declared type, so there are no field tables.
; A -gline-tables-only subprogram (no parameter information) is treated the
; same way.
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; The same calls under an aarch64 triple (as on x86-64, u32 operands not extended):
; RUN: %opt -passes=sancov-dataflow -S -mtriple=aarch64-linux-gnu %s | FileCheck %s --check-prefixes=CHECK,A64
; REQUIRES: x86-registered-target, aarch64-registered-target
; A64: target triple = "aarch64-unknown-linux-gnu"

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.big = type { i64, i64, i64, i64, i64 }

; CHECK-NOT: @__sancov_dataflow_fields

; int nd_scalar(int a, long b);
; CHECK-LABEL: define void @nd_scalar(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [8 x i8], align 8
; CHECK-NEXT: store i32 %a, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @nd_scalar to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NEXT: store i64 %b, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @nd_scalar to i64), i32 1, i32 8, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NOT: @__sanitizer_cov_trace_args
; CHECK: ret void
define void @nd_scalar(i32 %a, i64 %b) {
  ret void
}

; void nd_ptr(struct proc *p);
; CHECK-LABEL: define void @nd_ptr(
; CHECK-NOT: alloca
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @nd_ptr to i64), i32 0, i32 8, ptr %p, ptr null, i32 0)
; CHECK-NOT: alloca
; CHECK: ret void
define void @nd_ptr(ptr %p) {
  ret void
}

; struct big nd_sret(int x);
; CHECK-LABEL: define void @nd_sret(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: store i32 %x, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @nd_sret to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0)
; CHECK-NOT: @__sanitizer_cov_trace_args
; CHECK-NOT: ptr %out, ptr null, i32 0)
; CHECK: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @nd_sret to i64), i32 40, ptr %out, ptr null, i32 0)
; CHECK-NEXT: ret void
define void @nd_sret(ptr sret(%struct.big) align 8 %out, i32 %x) {
  store i64 0, ptr %out, align 8
  ret void
}

; void nd_byval(struct big b, int k);
; CHECK-LABEL: define void @nd_byval(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @nd_byval to i64), i32 0, i32 40, ptr %b, ptr null, i32 0)
; CHECK-NEXT: store i32 %k, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @nd_byval to i64), i32 1, i32 4, ptr %[[SLOT]], ptr null, i32 0)
define void @nd_byval(ptr byval(%struct.big) align 8 %b, i32 %k) {
  ret void
}

; void nd_coerced(struct two t);   (a struct coerced into an i64)
; Nothing says it is a struct: reported as the i64 it is, without a table.
; CHECK-LABEL: define void @nd_coerced(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [8 x i8], align 8
; CHECK-NEXT: store i64 %t.coerce, ptr %[[SLOT]], align 8
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @nd_coerced to i64), i32 0, i32 8, ptr %[[SLOT]], ptr null, i32 0)
define void @nd_coerced(i64 %t.coerce) {
  ret void
}

; void nd_void(void);
; CHECK-LABEL: define void @nd_void(
; CHECK-NOT: @__sanitizer_cov_trace_args
; CHECK: notail call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @nd_void to i64), i32 0, ptr null, ptr null, i32 0)
define void @nd_void() {
  ret void
}

; void nd_line_tables_only(int a, void *p);   (-gline-tables-only)
; The subprogram has no parameter types and there are no records.
; CHECK-LABEL: define void @nd_line_tables_only(
; CHECK-NEXT: %[[SLOT:.+]] = alloca [4 x i8], align 4
; CHECK-NEXT: store i32 %a, ptr %[[SLOT]], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @nd_line_tables_only to i64), i32 0, i32 4, ptr %[[SLOT]], ptr null, i32 0) #{{[0-9]+}}, !dbg ![[LOC:[0-9]+]]
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @nd_line_tables_only to i64), i32 1, i32 8, ptr %p, ptr null, i32 0) #{{[0-9]+}}, !dbg ![[LOC]]
define void @nd_line_tables_only(i32 %a, ptr %p) !dbg !100 {
  ret void, !dbg !109
}

; CHECK-DAG: ![[LOC]] = !DILocation(line: 7, scope: ![[SP:[0-9]+]])
; CHECK-DAG: ![[SP]] = distinct !DISubprogram(name: "nd_line_tables_only"

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "args-no-debug.c", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!100 = distinct !DISubprogram(name: "nd_line_tables_only", scope: !1, file: !1, line: 7, type: !101, scopeLine: 7, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!101 = !DISubroutineType(types: !102)
!102 = !{}
!109 = !DILocation(line: 8, column: 3, scope: !100)
