; entry-exit: __sanitizer_cov_trace_pc_entry() at entry and
; __sanitizer_cov_trace_pc_exit() before every ret and resume, both notail,
; with LLVM 23's trace-pc-entry-exit semantics; alone or with args/ret; and
; our __sanitizer_cov_trace_pc_resume() where a function goes on after an
; exception or a longjmp left its callees. (The default is in
; entry-exit-default.ll.)
;
; RUN: %opt -passes='sancov-dataflow<entry-exit;no-args;no-ret>' -S %s | FileCheck %s --check-prefixes=CHECK,ALONE
; RUN: %opt -passes='sancov-dataflow<entry-exit>' -S %s | FileCheck %s --check-prefixes=CHECK,WITH
; RUN: %opt -passes='sancov-dataflow<entry-exit;abi=value>' -S %s | FileCheck %s --check-prefixes=CHECK,VALUE

declare void @leaf(i32)
declare void @stop() noreturn
declare i32 @__gxx_personality_v0(...)

; int two_returns(int x) { if (x) return 1; return 2; }
; CHECK-LABEL: define i32 @two_returns(
; CHECK-NEXT: entry:
; WITH-NEXT: [[SLOT:%.*]] = alloca [4 x i8], align 4
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_pc_entry()
; WITH-NEXT: store i32 %x, ptr [[SLOT]], align 4
; WITH-NEXT: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @two_returns to i64), i32 0, i32 4, ptr [[SLOT]], ptr null, i32 0)
; VALUE-NEXT: [[X:%.*]] = zext i32 %x to i64
; VALUE-NEXT: call void @__sanitizer_cov_trace_args(i32 0, i32 4, i64 [[X]], ptr null, i32 0)
; CHECK-NEXT: %c = icmp eq i32 %x, 0
; CHECK: one:
; WITH-NEXT: store i32 1, ptr [[SLOT]]
; WITH-NEXT: call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @two_returns to i64), i32 4, ptr [[SLOT]], ptr null, i32 0)
; VALUE-NEXT: call void @__sanitizer_cov_trace_ret(i32 4, i64 1, ptr null, i32 0)
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_pc_exit()
; CHECK-NEXT: ret i32 1
; CHECK: two:
; WITH-NEXT: store i32 2, ptr [[SLOT]]
; WITH-NEXT: call void @__sanitizer_cov_trace_ret(
; VALUE-NEXT: call void @__sanitizer_cov_trace_ret(i32 4, i64 2, ptr null, i32 0)
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_pc_exit()
; CHECK-NEXT: ret i32 2
define i32 @two_returns(i32 %x) {
entry:
  %c = icmp eq i32 %x, 0
  br i1 %c, label %two, label %one
one:
  ret i32 1
two:
  ret i32 2
}

; A musttail return: the exit hook goes before the call, which must stay
; right before its ret; its value is not reported.
; CHECK-LABEL: define void @tail(
; CHECK: notail call void @__sanitizer_cov_trace_pc_exit()
; CHECK-NEXT: musttail call void @tail_callee(i32 %v)
; CHECK-NEXT: ret void
declare void @tail_callee(i32)
define void @tail(i32 %v) {
  musttail call void @tail_callee(i32 %v)
  ret void
}

; A path that ends in a noreturn call has no exit.
; CHECK-LABEL: define void @noreturn_path(
; CHECK: call void @__sanitizer_cov_trace_pc_entry()
; CHECK-NOT: call void @__sanitizer_cov_trace_pc_exit()
; CHECK: call void @stop()
; CHECK-NEXT: unreachable
; CHECK: call void @__sanitizer_cov_trace_pc_exit()
; CHECK-NEXT: ret void
define void @noreturn_path(i1 %bad) {
  br i1 %bad, label %die, label %ok
die:
  call void @stop()
  unreachable
ok:
  ret void
}

; An exception leaving through a cleanup pad passes the exit hook, after
; the resume hook: the cleanup's own calls are not the unwound callees'.
; CHECK-LABEL: define void @unwinds(
; CHECK: lpad:
; CHECK-NEXT: %lp = landingpad
; CHECK-NEXT: cleanup
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_pc_resume()
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_pc_exit()
; CHECK-NEXT: resume
define void @unwinds() personality ptr @__gxx_personality_v0 {
  invoke void @leaf(i32 1) to label %done unwind label %lpad
done:
  ret void
lpad:
  %lp = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %lp
}

; A landing pad that catches resumes the function: the frames the
; exception left without a cleanup are gone.
; int catches(void) { try { leaf(1); } catch (int) { return 1; } return 0; }
; CHECK-LABEL: define i32 @catches(
; CHECK: lpad:
; CHECK-NEXT: %lp = landingpad
; CHECK-NEXT: catch ptr null
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_pc_resume()
; CHECK-NEXT: %e = extractvalue
; CHECK: ret i32 1
define i32 @catches() personality ptr @__gxx_personality_v0 {
  invoke void @leaf(i32 1) to label %done unwind label %lpad
done:
  ret i32 0
lpad:
  %lp = landingpad { ptr, i32 } catch ptr null
  %e = extractvalue { ptr, i32 } %lp, 0
  %x = call ptr @__cxa_begin_catch(ptr %e)
  call void @__cxa_end_catch()
  ret i32 1
}
declare ptr @__cxa_begin_catch(ptr)
declare void @__cxa_end_catch()

; setjmp returns twice: after its call the function goes on, possibly after
; a longjmp skipped the frames in between.
; int jumps(void) { if (setjmp(env)) return 1; leaf(1); return 0; }
; CHECK-LABEL: define i32 @jumps(
; CHECK: call void @__sanitizer_cov_trace_pc_entry()
; CHECK: %r = call i32 @setjmp(ptr @env)
; CHECK-NEXT: notail call void @__sanitizer_cov_trace_pc_resume()
; CHECK-NEXT: %c = icmp
@env = global [200 x i8] zeroinitializer
declare i32 @setjmp(ptr) returns_twice
define i32 @jumps() {
  %r = call i32 @setjmp(ptr @env)
  %c = icmp ne i32 %r, 0
  br i1 %c, label %again, label %first
again:
  ret i32 1
first:
  call void @leaf(i32 1)
  ret i32 0
}

; ALONE-NOT: @__sanitizer_cov_trace_args
; ALONE-NOT: @__sanitizer_cov_trace_ret
; CHECK: declare void @__sanitizer_cov_trace_pc_entry()
; CHECK: declare void @__sanitizer_cov_trace_pc_exit()
; CHECK: declare void @__sanitizer_cov_trace_pc_resume()
