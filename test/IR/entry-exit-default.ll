; entry-exit is on by default wherever the ABI marker is referenced (user
; space: the runtime linked there defines the hooks) and off for the
; kernel, whose output does not change; entry-exit and no-entry-exit force
; it either way, in every ABI.
;
; RUN: rm -rf %t && split-file %s %t
; RUN: %opt -passes='sancov-dataflow' -S %t/pie.ll | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='sancov-dataflow<abi=value>' -S %t/pie.ll | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='sancov-dataflow<abi=value-pc>' -S %t/pic.ll | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='sancov-dataflow<abi=tag>' -S %t/pic.ll | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='sancov-dataflow<abi-marker>' -S %t/nopic.ll | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='sancov-dataflow<entry-exit>' -S %t/kernel.ll | FileCheck %s --check-prefix=ON
; RUN: %opt -passes='sancov-dataflow' -S %t/kernel.ll | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes='sancov-dataflow' -S %t/nopic.ll | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes='sancov-dataflow<no-entry-exit>' -S %t/pie.ll | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes='sancov-dataflow<no-abi-marker>' -S %t/pie.ll | FileCheck %s --check-prefix=OFF
;
; The kernel's output is the same as with no-entry-exit, byte for byte.
; RUN: %opt -passes='sancov-dataflow' -S %t/kernel.ll -o %t/kernel-default.ll
; RUN: %opt -passes='sancov-dataflow<no-entry-exit>' -S %t/kernel.ll -o %t/kernel-off.ll
; RUN: diff %t/kernel-default.ll %t/kernel-off.ll
;
; With only entry-exit left, a parameterless void function still gets its
; hooks, so its callees nest under it.
; RUN: %opt -passes='sancov-dataflow<no-args;no-ret>' -S %t/pie.ll | FileCheck %s --check-prefix=ON
;
; ON-LABEL: define void @noargs(
; ON-NEXT: notail call void @__sanitizer_cov_trace_pc_entry()
; ON-NEXT: call void @leaf(i32 1)
; ON-NEXT: call void @leaf(i32 2)
; ON: notail call void @__sanitizer_cov_trace_pc_exit()
; ON-NEXT: ret void
; OFF-LABEL: define void @noargs(
; OFF-NEXT: call void @leaf(i32 1)
; OFF-NEXT: call void @leaf(i32 2)
; OFF-NOT: __sanitizer_cov_trace_pc_
; OFF: ret void
; OFF-NOT: __sanitizer_cov_trace_pc_

;--- pie.ll
declare void @leaf(i32)
; void noargs(void) { leaf(1); leaf(2); }
define void @noargs() {
  call void @leaf(i32 1)
  call void @leaf(i32 2)
  ret void
}
!llvm.module.flags = !{!0, !1}
!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 7, !"PIE Level", i32 2}

;--- pic.ll
declare void @leaf(i32)
define void @noargs() {
  call void @leaf(i32 1)
  call void @leaf(i32 2)
  ret void
}
!llvm.module.flags = !{!0}
!0 = !{i32 8, !"PIC Level", i32 2}

;--- nopic.ll
declare void @leaf(i32)
define void @noargs() {
  call void @leaf(i32 1)
  call void @leaf(i32 2)
  ret void
}

;--- kernel.ll
; -mcmodel=kernel (2), even if position independent.
declare void @leaf(i32)
define void @noargs() {
  call void @leaf(i32 1)
  call void @leaf(i32 2)
  ret void
}
!llvm.module.flags = !{!0, !1}
!0 = !{i32 1, !"Code Model", i32 2}
!1 = !{i32 8, !"PIC Level", i32 2}
