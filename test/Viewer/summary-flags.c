// summary on a real trace: the three kinds of flags, ranked (an extreme
// value accepted first), each with the calls that show it, then the values
// per function, parameter, field and return.
// REQUIRES: sancov-rt
// no-entry-exit: the calls this test checks stay in the order and at the
// depth they had without the user-space default's entry-exit records.
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -g -O0 %s %rtlib -o %t.O0
// RUN: env SANCOV_DATAFLOW_OUT=%t.O0.trace %t.O0 || true
// RUN: %dataflow-view summary --binary %t.O0 %t.O0.trace | FileCheck %s --match-full-lines
// RUN: %dataflow-view summary --binary %t.O0 %t.O0.trace --format=jsonl | %python -c "import json,sys; [print(o['rank'], o['flag'], o['function'], o['occurrences'], [c['seq'] for c in o['calls']]) for o in map(json.loads, sys.stdin) if 'flag' in o]" | FileCheck %s --check-prefix=JSONL --match-full-lines
// -O2 drops lookup's unused key and the first get_max; the extreme value
// still ranks first.
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -g -O2 %s %rtlib -o %t.O2
// RUN: env SANCOV_DATAFLOW_OUT=%t.O2.trace %t.O2 || true
// RUN: %dataflow-view summary --binary %t.O2 %t.O2.trace | FileCheck %s --check-prefix=O2 --match-full-lines

// CHECK:      == flags ==
// CHECK-NEXT: #1 extreme-accepted: set_max(max=4294967295 (0xffffffff)) -> 0  [all-ones, type-max, negative-as-unsigned]  (1 call: tid {{[0-9]+}} seq 0)
// CHECK-NEXT: #2 success-and-error: lookup(key=5) -> 0 and -2  (2 calls: tid {{[0-9]+}} seq 5, tid {{[0-9]+}} seq 7)
// CHECK-NEXT: #3 field-changed: set_max: l->max 15 at entry, 4294967295 (0xffffffff) at entry of get_max  (2 calls: tid {{[0-9]+}} seq 0, tid {{[0-9]+}} seq 11)
// CHECK-NEXT: == functions ==
// CHECK-NEXT: set_max: 2 calls
// CHECK-NEXT:   l: 2 values, 1 distinct, min 0x{{[0-9a-f]+}}, max 0x{{[0-9a-f]+}}
// CHECK-NEXT:   l->pid: 2 values, 1 distinct, min 7, max 7; small
// CHECK-NEXT:   l->max: 2 values, 2 distinct, min 15, max 4294967295 (0xffffffff); all-ones, type-max, negative-as-unsigned, small, large
// CHECK-NEXT:   max: 2 values, 2 distinct, min 20, max 4294967295 (0xffffffff); all-ones, type-max, negative-as-unsigned, small, large
// CHECK-NEXT:   ret: 2 values, 1 distinct, min 0, max 0; zero
// CHECK-NEXT: get_max: 2 calls
// CHECK-NEXT:   l: 2 values, 1 distinct, min 0x{{[0-9a-f]+}}, max 0x{{[0-9a-f]+}}
// CHECK-NEXT:   l->pid: 2 values, 1 distinct, min 7, max 7; small
// CHECK-NEXT:   l->max: 2 values, 2 distinct, min 20, max 4294967295 (0xffffffff); all-ones, type-max, negative-as-unsigned, small, large
// CHECK-NEXT:   ret: 2 values, 2 distinct, min 20, max 4294967295 (0xffffffff); all-ones, type-max, negative-as-unsigned, small, large
// CHECK-NEXT: lookup: 4 calls
// CHECK-NEXT:   key: 4 values, 3 distinct, min 5, max 7; small
// CHECK-NEXT:   ret: 4 values, 2 distinct, min -2, max 0; zero, -errno, small
// CHECK-NEXT: main: 1 call
// CHECK-NEXT:   ret: 1 value, 1 distinct, min 18, max 18; small
// CHECK-EMPTY:

// JSONL:      1 extreme-accepted set_max 1 [0]
// JSONL-NEXT: 2 success-and-error lookup 2 [5, 7]
// JSONL-NEXT: 3 field-changed set_max 2 [0, 11]

// O2: #1 extreme-accepted: set_max(max=4294967295 (0xffffffff)) -> 0  [all-ones, type-max, negative-as-unsigned]  (1 call: tid {{[0-9]+}} seq 0)

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
