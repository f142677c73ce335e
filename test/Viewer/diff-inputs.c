// diff of one program's traces on two inputs: the first and then every
// differing argument and return value, with the path of calls to it, and
// the call only the second run makes (which does not shift the pairing of
// the calls after it).
// REQUIRES: sancov-rt
// no-entry-exit: the calls this test checks stay in the order and at the
// depth they had without the user-space default's entry-exit records.
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -g -O0 %s %rtlib -o %t
// RUN: env SANCOV_DATAFLOW_OUT=%t.3.trace %t 3 || true
// RUN: env SANCOV_DATAFLOW_OUT=%t.4.trace %t 4 || true
// RUN: %dataflow-view diff --binary %t %t.3.trace %t.4.trace | FileCheck %s --match-full-lines
// With --context, the paired calls since the previous difference (at most
// N) come before a difference.
// RUN: %dataflow-view diff --binary %t %t.3.trace %t.4.trace --context 2 | FileCheck %s --check-prefix=CONTEXT --match-full-lines
// RUN: %dataflow-view diff --binary %t %t.3.trace %t.4.trace --format=jsonl | %python -c "import json,sys; [print(o['kind'], '/'.join(o.get('path_a', o.get('path_b', []))), o.get('name', ''), o.get('value_a', ''), o.get('value_b', '')) for o in map(json.loads, sys.stdin)]" | FileCheck %s --check-prefix=JSONL --match-full-lines

// CHECK:      #1 value: main > step: entry n=3 | n=4  (A tid [[A:[0-9]+]] seq 2, B tid [[B:[0-9]+]] seq 2)
// CHECK-NEXT: #2 value: main > step: ret ret=3 | ret=4  (A tid [[A]] seq 2, B tid [[B]] seq 2)
// CHECK-NEXT: #3 value: main > step: entry n=3 | n=4  (A tid [[A]] seq 5, B tid [[B]] seq 5)
// CHECK-NEXT: #4 value: main > step: ret ret=4 | ret=5  (A tid [[A]] seq 5, B tid [[B]] seq 5)
// CHECK-NEXT: #5 value: main > step: entry n=3 | n=4  (A tid [[A]] seq 8, B tid [[B]] seq 8)
// CHECK-NEXT: #6 value: main > step: ret ret=5 | ret=6  (A tid [[A]] seq 8, B tid [[B]] seq 8)
// CHECK-NEXT: only in B: main > extra(n=4)  (B tid [[B]] seq 11)
// CHECK-NEXT: #7 value: main > check: entry n=3 | n=4  (A tid [[A]] seq 11, B tid [[B]] seq 13)
// CHECK-NEXT: #8 value: main > check: ret ret=0 | ret=-22  (A tid [[A]] seq 11, B tid [[B]] seq 13)
// CHECK-NEXT: #9 value: main: ret ret=0 | ret=1  (A tid [[A]] seq 0, B tid [[B]] seq 0)
// CHECK-NEXT: == 9 value differences, 0 values missing in one trace, 0 calls only in A, 1 call only in B ==
// CHECK-EMPTY:

// CONTEXT:      before: main(argc=2, argv=0x{{[0-9a-f]+}}) | main(argc=2, argv=0x{{[0-9a-f]+}})  (A tid [[A:[0-9]+]] seq 0, B tid [[B:[0-9]+]] seq 0)
// CONTEXT-NEXT: #1 value: main > step: entry n=3 | n=4  (A tid [[A]] seq 2, B tid [[B]] seq 2)
// CONTEXT-NEXT: #2 value: main > step: ret ret=3 | ret=4  (A tid [[A]] seq 2, B tid [[B]] seq 2)
// CONTEXT:      only in B: main > extra(n=4)  (B tid [[B]] seq 11)
// CONTEXT-NEXT: #7 value: main > check: entry n=3 | n=4  (A tid [[A]] seq 11, B tid [[B]] seq 13)

// JSONL:      arg_value main/step n 3 4
// JSONL-NEXT: ret_value main/step ret 3 4
// JSONL:      only_in_b main/extra
// JSONL-NEXT: arg_value main/check n 3 4
// JSONL-NEXT: ret_value main/check ret 0 -22
// JSONL-NEXT: ret_value main ret 0 1
// JSONL-NEXT: total

#include <stdlib.h>

__attribute__((noinline)) int check(int n) { return n > 3 ? -22 : 0; }
__attribute__((noinline)) int extra(int n) { return n * 2; }
__attribute__((noinline)) int step(int i, int n) { return i + n; }

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 3;
  int s = 0;
  for (int i = 0; i < 3; i++)
    s += step(i, n);
  // Only for inputs above 3: a call the other run does not make.
  if (n > 3)
    s += extra(n);
  s += check(n);
  return s & 1;
}
