// Bad options and unusable list files, through every way options arrive:
// one message naming the problem, exit status 1, no crash report.
// (test/Pipeline/options.test and lists.ll have the parser's messages;
// clang-option-errors.c the stack dump clang adds to option errors.)
//
// RUN: rm -rf %t && mkdir -p %t/adir && echo 'fun:f' > %t/ok.txt
//
// An empty path.
// RUN: not %opt -passes='sancov-dataflow<allowlist=>' -disable-output %S/Inputs/empty.ll 2>&1 | FileCheck %s --check-prefix=EMPTY
// EMPTY: sancov-dataflow: parameter 'allowlist' needs a file: allowlist=PATH
// EMPTY-NOT: Stack dump
//
// A directory, a missing directory, through opt and clang, from the
// pipeline, -mllvm and the environment.
// RUN: not %opt -passes='sancov-dataflow<ignorelist=%t/adir>' -disable-output %S/Inputs/empty.ll 2>&1 | FileCheck %s --check-prefix=DIR
// DIR: error: sancov-dataflow: cannot use ignorelist '{{.*}}adir': can't open file '{{.*}}adir': Is a directory
// DIR-NOT: Stack dump
// RUN: not %clang -O2 -mllvm -sancov-dataflow='ignorelist=%t/adir' -c %s -o %t/x.o 2>&1 | FileCheck %s --check-prefix=CLANG-DIR
// CLANG-DIR: error: sancov-dataflow: cannot use ignorelist '{{.*}}adir': can't open file '{{.*}}adir': Is a directory
// CLANG-DIR-NEXT: 1 error generated.
// CLANG-DIR-NOT: {{.}}
// RUN: env SANCOV_DATAFLOW_OPTIONS='allowlist=%t/no/such/dir/list.txt' not %clang -O0 -c %s -o %t/x.o 2>&1 | FileCheck %s --check-prefix=CLANG-ENV
// CLANG-ENV: error: sancov-dataflow: cannot use allowlist '{{.*}}list.txt': can't open file '{{.*}}list.txt': No such file or directory
// CLANG-ENV-NEXT: 1 error generated.
// CLANG-ENV-NOT: {{.}}
// RUN: test ! -e %t/x.o
// RUN: env SANCOV_DATAFLOW_OPTIONS='ignorelist=%t/adir' not %opt -passes='default<O0>' -disable-output %S/Inputs/empty.ll 2>&1 | FileCheck %s --check-prefix=DIR
//
// The second list is checked too when the first is fine.
// RUN: not %clang -O2 -mllvm -sancov-dataflow='allowlist=%t/ok.txt;ignorelist=%t/missing.txt' -c %s -o %t/x.o 2>&1 | FileCheck %s --check-prefix=SECOND
// SECOND: error: sancov-dataflow: cannot use ignorelist '{{.*}}missing.txt'
//
// A list that is valid but not a SpecialCaseList of ours (a C file) is a
// parse error naming the line.
// RUN: not %clang -O2 -mllvm -sancov-dataflow='ignorelist=%s' -c %s -o %t/x.o 2>&1 | FileCheck %s --check-prefix=NOTLIST
// NOTLIST: error: sancov-dataflow: cannot use ignorelist '{{.*}}bad-options.c': error parsing file '{{.*}}bad-options.c': malformed line 1: '// Bad options

int f(int x) { return x; }
