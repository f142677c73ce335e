; Attributes inferred before the pass that the inserted calls make false are
; dropped, on the function and on its call sites: a later pipeline (rustc's
; ThinLTO post-link) would otherwise delete calls to a `memory(none)`
; function whose result it knows, and the records with them. `nocapture` is
; LLVM 19's spelling, which LLVM 22 reads as `captures(none)`.
;
; RUN: %opt -passes=sancov-dataflow -S %s | FileCheck %s
; RUN: %opt -passes='sancov-dataflow,function(instcombine),dce' -S %s | FileCheck %s --check-prefix=KEPT

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; size_t len(const char *s, size_t n) { return n; }
; CHECK: define i64 @len(ptr readonly %s, i64 returned %n) #[[ATTRS:[0-9]+]]
; The sret buffer is read back for the return record: not writeonly.
; CHECK: define void @make(ptr noalias sret(i64) %out) #[[ATTRS]]
; CHECK: call i64 @len(ptr %p, i64 5) #[[CALLATTRS:[0-9]+]]
; CHECK-NOT: attributes #[[ATTRS]] = {{.*}}memory
; CHECK-NOT: attributes #[[ATTRS]] = {{.*}}nosync
; CHECK: attributes #[[ATTRS]] = { nounwind willreturn }
; CHECK: attributes #[[CALLATTRS]] = { nounwind }
define i64 @len(ptr readonly nocapture %s, i64 returned %n) #0 {
  ret i64 %n
}

define void @make(ptr noalias writeonly sret(i64) %out) #0 {
  store i64 1, ptr %out
  ret void
}

; KEPT-LABEL: define i64 @caller(
; KEPT: call i64 @len(
define i64 @caller(ptr %p) {
  %r = call i64 @len(ptr nocapture %p, i64 5) #1
  ret i64 5
}

attributes #0 = { nofree nosync nounwind willreturn memory(none) }
attributes #1 = { nounwind memory(none) }
