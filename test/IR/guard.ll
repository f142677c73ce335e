; guard: the guard byte is loaded once, where the entry records go, and
; the body after the load is cloned: the instrumented copy runs while the
; byte is set, a copy without records (ABI A's stores included) otherwise,
; so an idle call tests the byte once.
;
; RUN: %opt -passes='sancov-dataflow<guard;entry-exit>' -S %s | FileCheck %s --check-prefixes=CHECK,A
; RUN: %opt -passes='sancov-dataflow<guard;entry-exit;abi=value>' -S %s | FileCheck %s --check-prefixes=CHECK,C
; RUN: %opt -passes='sancov-dataflow<guard;entry-exit>' -pass-remarks=sancov-dataflow -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK

; Without PIC (the kernel) the guard is dso_local: a direct load, never a
; GOT load (the kernel's relocs tool refuses GOTPCRELX); guard-pic.ll has
; the user-space side.
; CHECK: @__sancov_dataflow_guard = external dso_local global i8

; int pick(int x) { if (x) return 1; return 2; }
; CHECK-LABEL: define i32 @pick(
; CHECK-NEXT: entry:
; A-NEXT: [[SLOT:%.*]] = alloca [4 x i8]
; CHECK-NEXT: [[G:%.*]] = load i8, ptr @__sancov_dataflow_guard, align 1, !nosanitize
; CHECK-NEXT: [[ON:%.*]] = icmp ne i8 [[G]], 0
; CHECK-NEXT: br i1 [[ON]], label %sancov_dataflow.traced, label %sancov_dataflow.traced.plain, !prof [[COLD:![0-9]+]]
; CHECK: sancov_dataflow.traced:
; CHECK-NEXT: call void @__sanitizer_cov_trace_pc_entry()
; A-NEXT: store i32 %x, ptr [[SLOT]]
; C-NEXT: zext i32 %x to i64
; CHECK-NEXT: call void @__sanitizer_cov_trace_args(
; CHECK-NEXT: %c = icmp eq i32 %x, 0
; CHECK-NEXT: br i1 %c, label %two, label %one
; CHECK: one:
; A-NEXT: store i32 1, ptr [[SLOT]]
; CHECK-NEXT: call void @__sanitizer_cov_trace_ret(
; CHECK-NEXT: call void @__sanitizer_cov_trace_pc_exit()
; CHECK-NEXT: ret i32 1
; CHECK: two:
; CHECK: call void @__sanitizer_cov_trace_pc_exit()
; CHECK-NEXT: ret i32 2
; CHECK: sancov_dataflow.traced.plain:
; CHECK-NEXT: %c.plain = icmp eq i32 %x, 0
; CHECK-NEXT: br i1 %c.plain, label %two.plain, label %one.plain
; CHECK: one.plain:
; CHECK-NEXT: ret i32 1
; CHECK: two.plain:
; CHECK-NEXT: ret i32 2
; CHECK-NEXT: }
define i32 @pick(i32 %x) {
entry:
  %c = icmp eq i32 %x, 0
  br i1 %c, label %two, label %one
one:
  ret i32 1
two:
  ret i32 2
}

; A block whose address is taken cannot have a second copy: each group of
; records then tests the byte itself.
; int jump(int x) {
;   static void *t[] = {&&a, &&b};
;   goto *t[x & 1];
; a: return 1;
; b: return 2;
; }
; CHECK-LABEL: define i32 @jump(
; CHECK: [[ON:%.*]] = icmp ne i8 {{%.*}}, 0
; CHECK-NEXT: br i1 [[ON]], label %sancov_dataflow.on, label %entry.cont, !prof [[COLD]]
; CHECK: a:
; CHECK-NEXT: br i1 [[ON]],
; CHECK: b:
; CHECK-NEXT: br i1 [[ON]],
; CHECK-NOT: .plain:
; CHECK: }
; REMARK: remark: <unknown>:0:0: instrumented pick with 6 calls and 0 field tables{{$}}
; REMARK: remark: <unknown>:0:0: instrumented jump with 6 calls and 0 field tables; the guard is tested per group of records (the body cannot be duplicated)
@jump.t = internal constant [2 x ptr] [ptr blockaddress(@jump, %a), ptr blockaddress(@jump, %b)]
define i32 @jump(i32 %x) {
entry:
  %i = and i32 %x, 1
  %idx = zext i32 %i to i64
  %p = getelementptr [2 x ptr], ptr @jump.t, i64 0, i64 %idx
  %t = load ptr, ptr %p
  indirectbr ptr %t, [label %a, label %b]
a:
  ret i32 1
b:
  ret i32 2
}


; Inline assembly that defines a label by name cannot be there twice in
; one object (the Linux kernel's int3_selftest); numeric labels can.
; void named(void) { asm volatile("named_ip:\n\tnop"); }
; void numeric(void) { asm volatile("1: nop; jmp 1b"); }
; CHECK-LABEL: define void @named(
; CHECK-NOT: .plain:
; CHECK: }
; CHECK-LABEL: define void @numeric(
; CHECK: sancov_dataflow.traced.plain:
; CHECK-NEXT: call void asm sideeffect "1: nop; jmp 1b", ""()
; REMARK: remark: <unknown>:0:0: instrumented named with {{[0-9]+}} calls and 0 field tables; the guard is tested per group of records (the body cannot be duplicated)
; REMARK: remark: <unknown>:0:0: instrumented numeric with {{[0-9]+}} calls and 0 field tables{{$}}
define void @named() {
entry:
  call void asm sideeffect "named_ip:\0A\09nop", ""()
  ret void
}
define void @numeric() {
entry:
  call void asm sideeffect "1: nop; jmp 1b", ""()
  ret void
}

; CHECK: [[COLD]] = !{!"branch_weights", i32 1, i32 1000}
