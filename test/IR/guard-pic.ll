; guard in position-independent code (user space): the guard byte may live
; in another module of the process (the runtime in the executable, the
; instrumented code in a shared object), so it is not dso_local and is
; reached through the GOT; guard.ll has the kernel's side (dso_local).
;
; RUN: %opt -passes='sancov-dataflow<guard>' -S %s | FileCheck %s

; CHECK: @__sancov_dataflow_guard = external global i8

; int id(int x) { return x; }
; CHECK-LABEL: define i32 @id(
; CHECK: load i8, ptr @__sancov_dataflow_guard, align 1, {{.*}}!nosanitize
define i32 @id(i32 %x) !dbg !8 {
entry:
  ret i32 %x, !dbg !12
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4, !5}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "guard-pic.c", directory: "/tmp")
!3 = !{i32 7, !"Dwarf Version", i32 5}
!4 = !{i32 2, !"Debug Info Version", i32 3}
!5 = !{i32 8, !"PIC Level", i32 2}
!8 = distinct !DISubprogram(name: "id", scope: !1, file: !1, line: 1, type: !9, scopeLine: 1, unit: !0, retainedNodes: !{})
!9 = !DISubroutineType(types: !{!10, !10})
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!12 = !DILocation(line: 1, column: 20, scope: !8)
