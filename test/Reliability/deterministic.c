// The plugin's output depends only on its input: the same compile gives
// byte-identical objects every time (heap addresses differ from run to run
// with ASLR, so an order taken from pointer hashing would show), and
// compiles in two directories agree when the build is reproducible
// (-ffile-prefix-map or -fdebug-compilation-dir), whatever the plugin's own
// path or the paths of its list files. ccache: docs/RELIABILITY.md.
//
// RUN: rm -rf %t && mkdir -p %t/a/src %t/b/deeper/src %t/p1 %t/p2/longer
// RUN: cp %s %t/a/src/det.c && cp %s %t/b/deeper/src/det.c
// RUN: cp %plugin %t/p1/ && cp %plugin %t/p2/longer/
// RUN: echo 'fun:ignored' > %t/a/ign.txt && cp %t/a/ign.txt %t/b/deeper/ign.txt
//
// Instrumented at all (and with field tables): the comparisons below mean
// something.
// RUN: %clang -g -O2 -S -emit-llvm %s -o %t/det.ll
// RUN: FileCheck %s --input-file=%t/det.ll
// CHECK-DAG: @__sancov_dataflow_fields.pair = internal unnamed_addr constant [4 x i64]
// CHECK-DAG: @__sancov_dataflow_fields.bits = internal unnamed_addr constant
// CHECK-DAG: @__sancov_dataflow_fields.wide = internal unnamed_addr constant
// CHECK-DAG: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @take_pair to i64)
// CHECK-DAG: call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @make_wide to i64)
//
// The same compile three times: IR text and objects.
// RUN: %clang -g -O2 -S -emit-llvm %s -o %t/det2.ll
// RUN: cmp %t/det.ll %t/det2.ll
// RUN: %clang -g -O2 -c %s -o %t/1.o
// RUN: %clang -g -O2 -c %s -o %t/2.o
// RUN: %clang -g -O2 -c %s -o %t/3.o
// RUN: cmp %t/1.o %t/2.o
// RUN: cmp %t/1.o %t/3.o
// RUN: llvm-nm %t/1.o | FileCheck %s --check-prefix=SYMS
// SYMS: U __sanitizer_cov_trace_args
// SYMS: U __sanitizer_cov_trace_ret
// RUN: %clang -g -O0 -c %s -o %t/O0-1.o
// RUN: %clang -g -O0 -c %s -o %t/O0-2.o
// RUN: cmp %t/O0-1.o %t/O0-2.o
// ThinLTO and full LTO objects are bitcode (the plugin runs in the
// pre-link compile for ThinLTO, in the link for full LTO).
// RUN: %clang -g -O2 -flto=thin -c %s -o %t/thin-1.o
// RUN: %clang -g -O2 -flto=thin -c %s -o %t/thin-2.o
// RUN: cmp %t/thin-1.o %t/thin-2.o
// RUN: %clang -g -O2 -flto -c %s -o %t/full-1.o
// RUN: %clang -g -O2 -flto -c %s -o %t/full-2.o
// RUN: cmp %t/full-1.o %t/full-2.o
//
// Two directories, absolute source paths mapped away; the plugin loaded
// from two different places; list files at two different paths.
// RUN: cd %t/a && %clang_noplugin -fpass-plugin=%t/p1/SanCovDataflow.so -mllvm -sancov-dataflow='ignorelist=%t/a/ign.txt' -g -O2 -ffile-prefix-map=%t/a=/src -c %t/a/src/det.c -o %t/dir-a.o
// RUN: cd %t/b/deeper && %clang_noplugin -fpass-plugin=%t/p2/longer/SanCovDataflow.so -mllvm -sancov-dataflow='ignorelist=%t/b/deeper/ign.txt' -g -O2 -ffile-prefix-map=%t/b/deeper=/src -c %t/b/deeper/src/det.c -o %t/dir-b.o
// RUN: cmp %t/dir-a.o %t/dir-b.o
// Relative source paths and -fdebug-compilation-dir.
// RUN: cd %t/a && %clang -g -O2 -fdebug-compilation-dir=. -c src/det.c -o %t/rel-a.o
// RUN: cd %t/b/deeper && %clang -g -O2 -fdebug-compilation-dir=. -c src/det.c -o %t/rel-b.o
// RUN: cmp %t/rel-a.o %t/rel-b.o
// The same through opt, which takes the pass parameters from the pipeline.
// RUN: %clang_noplugin -g -O2 -S -emit-llvm %s -o %t/plain.ll
// RUN: %opt -passes='sancov-dataflow<args;ret>' %t/plain.ll -o %t/opt-1.bc
// RUN: %opt -passes='sancov-dataflow<args;ret>' %t/plain.ll -o %t/opt-2.bc
// RUN: cmp %t/opt-1.bc %t/opt-2.bc
//
// Controls: the objects differ where they should (the directory is in the
// debug info without a prefix map; the ignorelist changes the code).
// RUN: cd %t/a && %clang -g -O2 -c %t/a/src/det.c -o %t/nomap-a.o
// RUN: cd %t/b/deeper && %clang -g -O2 -c %t/b/deeper/src/det.c -o %t/nomap-b.o
// RUN: not cmp -s %t/nomap-a.o %t/nomap-b.o
// RUN: echo 'fun:take_pair' > %t/ign2.txt
// RUN: %clang -mllvm -sancov-dataflow='ignorelist=%t/ign2.txt' -g -O2 -c %s -o %t/ign2.o
// RUN: not cmp -s %t/1.o %t/ign2.o

struct pair { long a, b; };
struct bits { unsigned x : 3, y : 7; unsigned char z; };
struct wide { double d[3]; int n; struct pair p; };
union u { int i; float f; };

// Many distinct struct types: the plugin keeps per-type state (declared
// types, field tables) in maps keyed by metadata pointers. (At -O2 clang's
// pipeline merges their identical tables after the pass.)
#define T(n) struct t##n { int f##n; long g; };                          \
  __attribute__((noinline)) long use##n(struct t##n *p) { return p->g + n; }
T(0) T(1) T(2) T(3) T(4) T(5) T(6) T(7) T(8) T(9) T(10) T(11) T(12) T(13)
T(14) T(15) T(16) T(17) T(18) T(19) T(20) T(21) T(22) T(23) T(24) T(25)

__attribute__((noinline)) long take_pair(struct pair p) { return p.a * p.b; }
__attribute__((noinline)) int take_bits(struct bits *b) { return b->x + b->y + b->z; }
__attribute__((noinline)) struct wide make_wide(int n) {
  struct wide w = {{1, 2, 3}, n, {n, n}};
  return w;
}
__attribute__((noinline)) float take_union(union u v) { return v.f; }
__attribute__((noinline)) int ignored(int x) { return x * 3; }

long all(void) {
  struct pair p = {1, 2};
  struct bits b = {1, 2, 3};
  union u v = {.f = 1};
  struct t0 x0 = {0, 0}; struct t25 x25 = {0, 25};
  return take_pair(p) + take_bits(&b) + make_wide(3).n + (long)take_union(v) +
         ignored(2) + use0(&x0) + use25(&x25);
}
