; User-space objects reference their ABI's marker, which only a runtime of
; that ABI defines, so mixing ABIs fails at link time. Kernel code (not
; PIC/PIE, or the kernel code model) gets none; the options force it on or
; off; an object with nothing instrumented needs no runtime.
;
; RUN: rm -rf %t && split-file %s %t
; RUN: %opt -passes='sancov-dataflow' -S %t/pie.ll | FileCheck %s --check-prefix=KCOV
; RUN: %opt -passes='sancov-dataflow<abi=value>' -S %t/pie.ll | FileCheck %s --check-prefix=VALUE
; RUN: %opt -passes='sancov-dataflow<abi=value-pc>' -S %t/pie.ll | FileCheck %s --check-prefix=VALUEPC
; RUN: %opt -passes='sancov-dataflow<abi=tag>' -S %t/pie.ll | FileCheck %s --check-prefix=TAG
; RUN: %opt -passes='sancov-dataflow<no-abi-marker>' -S %t/pie.ll | FileCheck %s --check-prefix=NONE
; RUN: %opt -passes='sancov-dataflow' -S %t/kernel.ll | FileCheck %s --check-prefix=NONE
; RUN: %opt -passes='sancov-dataflow' -S %t/nopic.ll | FileCheck %s --check-prefix=NONE
; RUN: %opt -passes='sancov-dataflow<abi-marker>' -S %t/nopic.ll | FileCheck %s --check-prefix=KCOV
; RUN: %opt -passes='sancov-dataflow' -S %t/empty.ll | FileCheck %s --check-prefix=NONE
;
; KCOV: @__sancov_dataflow_abi_kcov_v2 = external constant i8
; KCOV: @__sancov_dataflow_abi_ref = private constant ptr @__sancov_dataflow_abi_kcov_v2
; KCOV: @llvm.used = appending global [2 x ptr] [ptr @kept, ptr @__sancov_dataflow_abi_ref], section "llvm.metadata"
; VALUE: @__sancov_dataflow_abi_ref = private constant ptr @__sancov_dataflow_abi_value{{$}}
; VALUEPC: @__sancov_dataflow_abi_ref = private constant ptr @__sancov_dataflow_abi_value_pc{{$}}
; TAG: @__sancov_dataflow_abi_ref = private constant ptr @__sancov_dataflow_abi_tag{{$}}
; NONE-NOT: __sancov_dataflow_abi

;--- pie.ll
@kept = global i32 0
@llvm.used = appending global [1 x ptr] [ptr @kept], section "llvm.metadata"
define void @f() {
  ret void
}
!llvm.module.flags = !{!0, !1}
!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 7, !"PIE Level", i32 2}

;--- kernel.ll
; -mcmodel=kernel (2), even if position independent.
@kept = global i32 0
define void @f() {
  ret void
}
!llvm.module.flags = !{!0, !1}
!0 = !{i32 1, !"Code Model", i32 2}
!1 = !{i32 8, !"PIC Level", i32 2}

;--- nopic.ll
@kept = global i32 0
@llvm.used = appending global [1 x ptr] [ptr @kept], section "llvm.metadata"
define void @f() {
  ret void
}

;--- empty.ll
declare void @g()
!llvm.module.flags = !{!0, !1}
!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 7, !"PIE Level", i32 2}
