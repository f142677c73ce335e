; allowlist/ignorelist files in the SpecialCaseList format and with the
; rules of -fsanitize-coverage-allowlist/-ignorelist.
;
; RUN: %opt -passes='sancov-dataflow<allowlist=%S/Inputs/allow.txt>' -S %s | FileCheck %s --check-prefix=ALLOW
; RUN: %opt -passes='sancov-dataflow<ignorelist=%S/Inputs/ignore.txt>' -S %s | FileCheck %s --check-prefix=IGNORE
; RUN: %opt -passes='sancov-dataflow<ignorelist=%S/Inputs/ignore-src.txt>' -S %s | FileCheck %s --check-prefix=NONE
; The same through the environment (what rustc users do).
; RUN: env SANCOV_DATAFLOW_OPTIONS='ignorelist=%S/Inputs/ignore.txt' %opt -passes='default<O0>' -S %s | FileCheck %s --check-prefix=IGNORE
;
; Given twice, the lists are merged (as clang merges repeated
; -fsanitize-coverage-allowlist= flags): allow.txt allows keep_*,
; allow-other.txt allows other; and a missing second list is an error
; naming it.
; RUN: %opt -passes='sancov-dataflow<allowlist=%S/Inputs/allow.txt;allowlist=%S/Inputs/allow-other.txt>' -S %s | FileCheck %s --check-prefix=TWO
; RUN: not %opt -passes='sancov-dataflow<allowlist=%S/Inputs/allow.txt;allowlist=%t.missing>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=MISSING2
; MISSING2: error: sancov-dataflow: cannot use allowlist '{{.*}}.missing': can't open file
;
; Errors name the list and say what is wrong.
; RUN: not %opt -passes='sancov-dataflow<ignorelist=%t.missing>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=MISSING
; MISSING: error: sancov-dataflow: cannot use ignorelist '{{.*}}.missing': can't open file '{{.*}}.missing': No such file or directory
; RUN: not %opt -passes='sancov-dataflow<allowlist=%S/Inputs/malformed.txt>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=MALFORMED
; MALFORMED: error: sancov-dataflow: cannot use allowlist '{{.*}}malformed.txt': error parsing file '{{.*}}malformed.txt': malformed {{.*}} in line 1

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; TWO-LABEL: define void @keep_one(
; TWO: call void @__sanitizer_cov_trace_args
; ALLOW-LABEL: define void @keep_one(
; ALLOW: call void @__sanitizer_cov_trace_args
; IGNORE-LABEL: define void @keep_one(
; IGNORE: call void @__sanitizer_cov_trace_args
define void @keep_one(i32 %x) {
  ret void
}

; TWO-LABEL: define void @skip_me(
; TWO-NEXT: ret void
; ALLOW-LABEL: define void @skip_me(
; ALLOW-NEXT: ret void
; IGNORE-LABEL: define void @skip_me(
; IGNORE-NEXT: ret void
define void @skip_me(i32 %x) {
  ret void
}

; TWO-LABEL: define void @other(
; TWO: call void @__sanitizer_cov_trace_args
; ALLOW-LABEL: define void @other(
; ALLOW-NEXT: ret void
; IGNORE-LABEL: define void @other(
; IGNORE: call void @__sanitizer_cov_trace_args
define void @other(i32 %x) {
  ret void
}

; NONE-NOT: call void @__sanitizer_cov
