// diff of the -O0 and -O2 traces of one deterministic run: no value
// differences; what -O2 removed is reported as such (a call whose result
// was unused, a parameter never read), nothing else.
// REQUIRES: sancov-rt
// no-entry-exit: the calls this test checks stay in the order and at the
// depth they had without the user-space default's entry-exit records.
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -g -O0 %s %rtlib -o %t.O0
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -g -O2 %s %rtlib -o %t.O2
// RUN: env SANCOV_DATAFLOW_OUT=%t.O0.trace %t.O0 || true
// RUN: env SANCOV_DATAFLOW_OUT=%t.O2.trace %t.O2 || true
// RUN: %dataflow-view diff --binary %t.O0 --binary-b %t.O2 %t.O0.trace %t.O2.trace | FileCheck %s --match-full-lines
// RUN: %dataflow-view diff --binary %t.O0 --binary-b %t.O2 %t.O0.trace %t.O2.trace --format=jsonl | %python -c "import json,sys; print([o for o in map(json.loads, sys.stdin) if o['kind'] == 'total'])" | FileCheck %s --check-prefix=JSONL
// A trace against itself.
// RUN: %dataflow-view diff --binary %t.O2 %t.O2.trace %t.O2.trace | FileCheck %s --check-prefix=SAME --match-full-lines

// CHECK:      only in A: get_max(l=0x{{[0-9a-f]+}})  (A tid {{[0-9]+}} seq 3)
// CHECK-NEXT: missing in B: lookup: entry key=5  (A tid {{[0-9]+}} seq 5)
// CHECK-NEXT: missing in B: lookup: entry key=5  (A tid {{[0-9]+}} seq 7)
// CHECK-NEXT: missing in B: lookup: entry key=6  (A tid {{[0-9]+}} seq 9)
// CHECK-NEXT: missing in B: lookup: entry key=7  (A tid {{[0-9]+}} seq 16)
// CHECK-NEXT: == 0 value differences, 4 values missing in one trace, 1 call only in A, 0 calls only in B ==
// CHECK-EMPTY:

// JSONL: [{'kind': 'total', 'value_differences': 0, 'missing_values': 4, 'only_in_a': 1, 'only_in_b': 0}]

// SAME:      == 0 value differences, 0 values missing in one trace, 0 calls only in A, 0 calls only in B ==
// SAME-EMPTY:

struct limits {
  int pid;
  unsigned max;
};

__attribute__((noinline)) int set_max(struct limits *l, unsigned max) {
  l->max = max;
  return 0;
}

__attribute__((noinline)) unsigned get_max(struct limits *l) { return l->max; }

// Fails every second time, whatever the key.
__attribute__((noinline)) int lookup(int key) {
  static int n;
  return ++n % 2 ? 0 : -2;
}

int main(void) {
  struct limits l = {7, 15};
  set_max(&l, 0xffffffffu);
  get_max(&l);
  lookup(5);
  lookup(5);
  lookup(6);
  set_max(&l, 20);
  return (int)get_max(&l) + lookup(7);
}
