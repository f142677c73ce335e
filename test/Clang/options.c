// Options reach the automatically scheduled pass through -mllvm; errors
// stop the compile with one message.
//
// RUN: %clang --target=x86_64-linux-gnu -g -O2 -mllvm -sancov-dataflow=no-ret -S -emit-llvm %s -o - | FileCheck %s --check-prefix=NORET
// RUN: env SANCOV_DATAFLOW_OPTIONS=no-args %clang --target=x86_64-linux-gnu -g -O2 -S -emit-llvm %s -o - | FileCheck %s --check-prefix=NOARGS
// RUN: not %clang --target=x86_64-linux-gnu -O2 -mllvm -sancov-dataflow='ret;oops' -c %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: %clang --target=x86_64-linux-gnu -g -O2 -Rpass=sancov-dataflow -c %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK
// REQUIRES: x86-registered-target

// NORET: call void @__sanitizer_cov_trace_args(
// NORET-NOT: call void @__sanitizer_cov_trace_ret(
// NOARGS-NOT: call void @__sanitizer_cov_trace_args(
// NOARGS: call void @__sanitizer_cov_trace_ret(
// BAD: sancov-dataflow: invalid parameter 'oops'
// A user-space compile (PIE by default) adds entry-exit's two hooks to the
// args and ret records.
// REMARK: options.c:[[@LINE+1]]:{{[0-9]+}}: remark: instrumented twice with 4 calls and 0 field tables
int twice(int v) { return 2 * v; }
