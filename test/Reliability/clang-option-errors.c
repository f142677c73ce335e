// A bad option given to clang (-mllvm -sancov-dataflow=, or
// SANCOV_DATAFLOW_OPTIONS) must stop the compile with one message, like a
// bad list file does (bad-options.c) and like opt does
// (test/Pipeline/options.test).
//
// The pipeline is built before clang can take a diagnostic, so the plugin
// reports the error when the module reaches it: one "error:" line, exit 1,
// no crash report (it used to print "error in backend" and a stack dump).
//
// RUN: not %clang -O2 -mllvm -sancov-dataflow='ret;oops' -c %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=CL
// CL: error: sancov-dataflow: invalid parameter 'oops' {{.*}} (in -sancov-dataflow)
// CL-NOT: PLEASE submit
// CL-NOT: Stack dump
// RUN: env SANCOV_DATAFLOW_OPTIONS='args;no-args' not %clang -O0 -c %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=ENV
// ENV: error: sancov-dataflow: parameters 'args' and 'no-args' contradict each other (in SANCOV_DATAFLOW_OPTIONS)
// ENV-NOT: PLEASE submit
// ENV-NOT: Stack dump

int f(int x) { return x; }
