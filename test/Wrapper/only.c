// SANCOV_DATAFLOW_ONLY lists source files and directories relative to the
// kernel tree; only their compiles get the plugin (KCOV_DATAFLOW_file.o :=
// y, KCOV_DATAFLOW := y). kbuild passes $(srctree)/dir/file.c (srctree
// exported: absolute, "..", or "." in the tree); the wrapper strips it.
//
// RUN: rm -rf %t && mkdir -p %t/src/fs/notify %t/src/arch/x86/fs %t/out/fs
// RUN: cp %s %t/src/fs/pipe.c && cp %s %t/src/fs/open.c
// RUN: cp %s %t/src/fs/notify/fsnotify.c && cp %s %t/src/arch/x86/fs/pipe.c
// RUN: cd %t/out
//
// A selected file without any coverage flag (KCOV_INSTRUMENT_ALL=n): the
// plugin, with coverage on and an allowlist that matches nothing, so noinstr
// keeps nosanitize_coverage and SanitizerCoverage adds nothing.
// RUN: env srctree=%t/src SANCOV_DATAFLOW_ONLY="fs/pipe.c fs/notify" SANCOV_DATAFLOW_CC_VERBOSE=1 %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -g -O2 -c -emit-llvm -S -o fs/pipe.ll %t/src/fs/pipe.c 2> %t/pipe.cmd
// RUN: FileCheck %s --check-prefix=SELECTED-CMD < %t/pipe.cmd
// RUN: FileCheck %s --check-prefixes=IR,NOPC < %t/out/fs/pipe.ll
// SELECTED-CMD: -fpass-plugin={{[^ ]*}}SanCovDataflow.so -fsanitize-coverage=trace-pc -fsanitize-coverage-allowlist={{[^ ]*}}coverage-off.txt --target
//
// A directory selects what lies below it, with or without a trailing
// slash; in-tree (srctree ".") and subdirectory ("..") builds too.
// RUN: env srctree=%t/src SANCOV_DATAFLOW_ONLY="fs/notify" SANCOV_DATAFLOW_CC_VERBOSE=1 %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -O2 -c -o %t/x.o %t/src/fs/notify/fsnotify.c 2>&1 | FileCheck %s --check-prefix=PLUGIN
// RUN: cd %t/src && env srctree=. SANCOV_DATAFLOW_ONLY="./fs/notify/" SANCOV_DATAFLOW_CC_VERBOSE=1 %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -O2 -c -o %t/x.o fs/notify/fsnotify.c 2>&1 | FileCheck %s --check-prefix=PLUGIN
// RUN: cd %t/src/fs && env srctree=.. SANCOV_DATAFLOW_ONLY="fs/pipe.c" SANCOV_DATAFLOW_CC_VERBOSE=1 %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -O2 -c -o %t/x.o ../fs/pipe.c 2>&1 | FileCheck %s --check-prefix=PLUGIN
// PLUGIN: -fpass-plugin=
//
// Anything else passes through untouched, KCOV's own flag included: a
// file of the same name elsewhere, a sibling, a directory prefix that is
// not a path component, the KCOV probe.
// RUN: cd %t/out
// RUN: env srctree=%t/src SANCOV_DATAFLOW_ONLY="fs/pipe.c fs/notify" SANCOV_DATAFLOW_CC_VERBOSE=1 %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -O2 -fsanitize-coverage=trace-pc -c -o %t/x.o %t/src/arch/x86/fs/pipe.c 2>&1 | FileCheck %s --check-prefix=NONE -DSRC=%t/src/arch/x86/fs/pipe.c
// RUN: env srctree=%t/src SANCOV_DATAFLOW_ONLY="fs/pipe.c fs/notify" SANCOV_DATAFLOW_CC_VERBOSE=1 %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -O2 -fsanitize-coverage=trace-pc -c -o %t/x.o %t/src/fs/open.c 2>&1 | FileCheck %s --check-prefix=NONE -DSRC=%t/src/fs/open.c
// RUN: env srctree=%t/src SANCOV_DATAFLOW_ONLY="fs/no" SANCOV_DATAFLOW_CC_VERBOSE=1 %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -O2 -fsanitize-coverage=trace-pc -c -o %t/x.o %t/src/fs/notify/fsnotify.c 2>&1 | FileCheck %s --check-prefix=NONE -DSRC=%t/src/fs/notify/fsnotify.c
// NONE: {{^}}{{[^ ]*}}clang{{[^ ]*}} --target=x86_64-linux-gnu -O2 -fsanitize-coverage=trace-pc -c -o {{[^ ]*}}x.o [[SRC]] {{$}}
// RUN: env srctree=%t/src SANCOV_DATAFLOW_ONLY="fs/pipe.c" SANCOV_DATAFLOW_CC_VERBOSE=1 %sancov-dataflow-cc %clang_noplugin -Werror -fsanitize-coverage=trace-pc -c -x c /dev/null -o %t/x.o 2>&1 | FileCheck %s --check-prefix=PROBE
// PROBE-NOT: -fpass-plugin
//
// A selected file that KCOV instruments keeps KCOV's flag; the plugin's
// callbacks follow SANCOV_DATAFLOW_OPTIONS (here: returns only); with
// SANCOV_DATAFLOW_CMP=1, trace-cmp joins KCOV's trace-pc.
// RUN: env srctree=%t/src SANCOV_DATAFLOW_ONLY="fs/pipe.c" SANCOV_DATAFLOW_OPTIONS=ret SANCOV_DATAFLOW_CMP=1 %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -g -O2 -fsanitize-coverage=trace-pc -S -emit-llvm -o %t/kcov.ll %t/src/fs/pipe.c
// RUN: FileCheck %s --check-prefixes=IR,RET-ONLY,PC,CMP < %t/kcov.ll
// Without a coverage flag, trace-cmp comes with one trace-pc per function.
// RUN: env srctree=%t/src SANCOV_DATAFLOW_ONLY="fs/pipe.c" SANCOV_DATAFLOW_CMP=1 %sancov-dataflow-cc %clang_noplugin --target=x86_64-linux-gnu -g -O2 -S -emit-llvm -o %t/cmp.ll %t/src/fs/pipe.c
// RUN: FileCheck %s --check-prefixes=IR,PC,CMP < %t/cmp.ll
//
// Entries are relative to the tree.
// RUN: env SANCOV_DATAFLOW_ONLY="fs/pipe.c /abs/fs" not %sancov-dataflow-cc %clang_noplugin -c -o %t/x.o %t/src/fs/pipe.c 2>&1 | FileCheck %s --check-prefix=ABS
// RUN: env SANCOV_DATAFLOW_ONLY="../fs" not %sancov-dataflow-cc %clang_noplugin -c -o %t/x.o %t/src/fs/pipe.c 2>&1 | FileCheck %s --check-prefix=DOTDOT
// ABS: sancov-dataflow-cc: SANCOV_DATAFLOW_ONLY: '/abs/fs' is not relative to the kernel tree (list files and directories such as fs/pipe.c kernel/locking/)
// DOTDOT: sancov-dataflow-cc: SANCOV_DATAFLOW_ONLY: '../fs' is not relative
// REQUIRES: x86-registered-target

#if __has_feature(coverage_sanitizer)
int coverage_feature_on;
#endif
// IR: @coverage_feature_on

// IR-LABEL: define {{.*}} @pipe_like(
// NOPC-NOT: call void @__sanitizer_cov_trace_pc()
// PC: call void @__sanitizer_cov_trace_pc()
// NOPC: call void @__sanitizer_cov_trace_args(
// RET-ONLY-NOT: call void @__sanitizer_cov_trace_args(
// CMP: call void @__sanitizer_cov_trace_const_cmp4(i32 8, i32 %
// IR: call void @__sanitizer_cov_trace_ret(
int pipe_like(int v) { return v == 8 ? 4 : 2 * v; }

// IR: define {{.*}} @noinstr_like({{.*}} #[[ATTR:[0-9]+]]
// IR-NOT: call void @__sanitizer_cov
// IR: ret
// IR: attributes #[[ATTR]] = {{{.*}}nosanitize_coverage
__attribute__((no_sanitize("coverage"))) int noinstr_like(int v) {
  return v == 3;
}
