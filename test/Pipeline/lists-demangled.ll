; `fun:` entries match the symbol or, failing that, the demangled name:
; C++ (with its parameter list, as llvm-cxxfilt prints it), Rust v0 and
; Rust legacy (without the trailing `::h<hash>`). Unmangled names are
; matched as they are.
;
; RUN: printf 'fun:ns::skip(int)\nfun:mycrate::skip_v0\nfun:mycrate::skip_legacy\nfun:_ZN2ns12skip_mangledEi\n' > %t.txt
; RUN: %opt -passes='sancov-dataflow<ignorelist=%t.txt>' -S %s | FileCheck %s --check-prefix=IGNORE
; A demangled allowlist (src:* allows the module).
; RUN: printf 'src:*\nfun:ns::keep*\n' > %t.allow
; RUN: %opt -passes='sancov-dataflow<allowlist=%t.allow>' -S %s | FileCheck %s --check-prefix=ALLOW

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; namespace ns { void skip(int x) {} }
; IGNORE-LABEL: define void @_ZN2ns4skipEi(
; IGNORE-NEXT: ret void
; ALLOW-LABEL: define void @_ZN2ns4skipEi(
; ALLOW-NEXT: ret void
define void @_ZN2ns4skipEi(i32 %x) {
  ret void
}

; namespace ns { void skip(long x) {} }: another overload, kept.
; IGNORE-LABEL: define void @_ZN2ns4skipEl(
; IGNORE: call void @__sanitizer_cov_trace_args
define void @_ZN2ns4skipEl(i64 %x) {
  ret void
}

; namespace ns { void keep(int x) {} }
; IGNORE-LABEL: define void @_ZN2ns4keepEi(
; IGNORE: call void @__sanitizer_cov_trace_args
; ALLOW-LABEL: define void @_ZN2ns4keepEi(
; ALLOW: call void @__sanitizer_cov_trace_args
define void @_ZN2ns4keepEi(i32 %x) {
  ret void
}

; namespace ns { void skip_mangled(int x) {} }: listed by its symbol.
; IGNORE-LABEL: define void @_ZN2ns12skip_mangledEi(
; IGNORE-NEXT: ret void
define void @_ZN2ns12skip_mangledEi(i32 %x) {
  ret void
}

; Rust v0: mycrate::skip_v0
; IGNORE-LABEL: define void @_RNvCs1234abcd_7mycrate7skip_v0(
; IGNORE-NEXT: ret void
define void @_RNvCs1234abcd_7mycrate7skip_v0(i32 %x) {
  ret void
}

; Rust legacy: mycrate::skip_legacy::h0123456789abcdef
; IGNORE-LABEL: define void @_ZN7mycrate11skip_legacy17h0123456789abcdefE(
; IGNORE-NEXT: ret void
define void @_ZN7mycrate11skip_legacy17h0123456789abcdefE(i32 %x) {
  ret void
}

; An unmangled C function named like a demangled one is not confused.
; IGNORE-LABEL: define void @skip(
; IGNORE: call void @__sanitizer_cov_trace_args
; ALLOW-LABEL: define void @skip(
; ALLOW-NEXT: ret void
define void @skip(i32 %x) {
  ret void
}
