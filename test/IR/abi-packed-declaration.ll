; ABI E's callback declaration in a shared object (PIC, not PIE): bound at
; load time (nonlazybind: glibc's lazy PLT resolver keeps only the argument
; registers, not all that preserve_most promises), and without the noundef
; a declaration from abi.h carries (unused slots are poison).
;
;   #include "sancov-dataflow/abi.h"   // with -DSCDF_ABI=SCDF_ABI_PACKED
;   int f(int a) { return a; }          // built -fPIC for a shared object
;
; RUN: %opt -passes='sancov-dataflow<abi=packed;no-entry-exit>' -S %s | FileCheck %s
; RUN: %opt -passes='sancov-dataflow<abi=packed;no-entry-exit>' %s | %llc -O2 | FileCheck %s --check-prefix=ASM
; REQUIRES: x86-registered-target

target triple = "x86_64-unknown-linux-gnu"

declare preserve_mostcc void @__sanitizer_cov_trace_packed(i64 noundef, i64 noundef, i64 noundef, i64 noundef, i64 noundef, ptr noundef)

; CHECK: declare preserve_mostcc void @__sanitizer_cov_trace_packed(i64, i64, i64, i64, i64, ptr) #[[ATTRS:[0-9]+]]
; CHECK-LABEL: define i32 @f(
; CHECK-NEXT: call preserve_mostcc void @__sanitizer_cov_trace_packed(i32 %a, i64 poison, i64 poison, i64 poison, i64 poison, ptr @__sancov_dataflow_packed)
; CHECK: attributes #[[ATTRS]] = { nonlazybind }
define i32 @f(i32 %a) {
  ret i32 %a
}

; A call through the GOT, never through the PLT.
; ASM-LABEL: f:
; ASM: movq __sanitizer_cov_trace_packed@GOTPCREL(%rip), [[R:%r[a-z0-9]+]]
; ASM: callq *[[R]]
; ASM-NOT: __sanitizer_cov_trace_packed@PLT

!llvm.module.flags = !{!0}
!0 = !{i32 8, !"PIC Level", i32 2}
