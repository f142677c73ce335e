; Shared input: one function with a parameter, one without debug info.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define i32 @inc(i32 %x) {
  %r = add i32 %x, 1
  ret i32 %r
}

define void @ptr_only(ptr %p) {
  store i8 0, ptr %p
  ret void
}
