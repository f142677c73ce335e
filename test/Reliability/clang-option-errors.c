// A bad option given to clang (-mllvm -sancov-dataflow=, or
// SANCOV_DATAFLOW_OPTIONS) must stop the compile with one message, like a
// bad list file does (bad-options.c) and like opt does
// (test/Pipeline/options.test).
//
// XFAIL: *
// Known bug (docs/RELIABILITY.md, "Found"): the plugin reports option
// errors with reportFatalUsageError() while clang builds its pipeline; in
// clang's in-process cc1 that prints "fatal error: error in backend: ...",
// then "PLEASE submit a bug report" and a 30-frame stack dump. Remove this
// XFAIL when it is fixed.
//
// RUN: not %clang -O2 -mllvm -sancov-dataflow='ret;oops' -c %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=CL
// CL: sancov-dataflow: invalid parameter 'oops' {{.*}} (in -sancov-dataflow)
// CL-NOT: PLEASE submit
// CL-NOT: Stack dump
// RUN: env SANCOV_DATAFLOW_OPTIONS='args;no-args' not %clang -O0 -c %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=ENV
// ENV: sancov-dataflow: parameters 'args' and 'no-args' contradict each other (in SANCOV_DATAFLOW_OPTIONS)
// ENV-NOT: PLEASE submit
// ENV-NOT: Stack dump

int f(int x) { return x; }
