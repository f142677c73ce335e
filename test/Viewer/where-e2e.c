// where VALUE on a real trace: every argument, field and return that
// carried the value, in order, with the calls open at that point.
// REQUIRES: sancov-rt
// no-entry-exit: the calls this test checks stay in the order and at the
// depth they had without the user-space default's entry-exit records.
// RUN: %clang -mllvm -sancov-dataflow=no-entry-exit -g -O0 %s %rtlib -o %t
// RUN: env SANCOV_DATAFLOW_OUT=%t.trace %t
// RUN: %dataflow-view where 4242 --binary %t %t.trace | FileCheck %s --match-full-lines
// RUN: %dataflow-view where 0x1092 --binary %t %t.trace --format=jsonl | %python -c "import json,sys; [print(o['seq'], o['record'], '/'.join(o['path']), o['name'], o['raw']) for o in map(json.loads, sys.stdin)]" | FileCheck %s --check-prefix=JSONL --match-full-lines
// RUN: %dataflow-view where 7 --binary %t %t.trace | FileCheck %s --check-prefix=NONE --match-full-lines

// CHECK:      tid {{[0-9]+}} seq 0 entry pass: n=4242
// CHECK-NEXT: tid {{[0-9]+}} seq 2 entry pass > consume: b->len=4242
// CHECK-NEXT: tid {{[0-9]+}} seq 3 ret pass > consume: ret=4242
// CHECK-NEXT: tid {{[0-9]+}} seq 4 ret pass: ret=4242
// CHECK-NEXT: 4 records with 0x1092
// CHECK-EMPTY:

// JSONL:      0 entry pass n 0x1092
// JSONL-NEXT: 2 entry pass/consume b->len 0x1092
// JSONL-NEXT: 3 ret pass/consume ret 0x1092
// JSONL-NEXT: 4 ret pass ret 0x1092

// NONE: 0 records with 0x7

struct buf {
  long len;
  const char *data;
};

__attribute__((noinline)) long consume(struct buf *b) { return b->len; }

__attribute__((noinline)) long pass(long n, struct buf *b) {
  b->len = n;
  return consume(b);
}

int main(void) {
  struct buf b = {0, "x"};
  return (int)pass(4242, &b) - 4242;
}
