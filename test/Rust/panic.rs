// Panics. Unwinding leaves a function without a return record (ABI A has
// no callback on exceptional exits), so the calls a panic unwinds through
// are shown `<unfinished>`, closed by the next return record of a caller
// that is still running, here the function that calls catch_unwind. Every
// record before and after the panic is intact: the viewer reports no error.
// An uncaught panic exits with 101, and the trace written so far is
// readable (the runtime writes through a file mapping).
// -Copt-level=0 and 2, real runtime.
//
// REQUIRES: rustc
// no-entry-exit: this test is about the tree the viewer infers without
// entry-exit records (test/Rust/calltree.rs has the exact one).
// RUN: env SANCOV_DATAFLOW_OPTIONS=no-entry-exit %rustc -Copt-level=0 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t.O0
// RUN: env SANCOV_DATAFLOW_OUT=%t.O0.bin %t.O0 2>%t.O0.err | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s --check-prefix=PANIC < %t.O0.err
// RUN: %dataflow-view --binary %t.O0 %t.O0.bin --locations=false --filter '^panic::[a-z_]+$' 2>%t.O0.view.err | FileCheck %s --match-full-lines
// RUN: count 0 < %t.O0.view.err
// RUN: env SANCOV_DATAFLOW_OUT=%t.O0.uncaught.bin not %t.O0 uncaught 2>/dev/null
// RUN: %dataflow-view --binary %t.O0 %t.O0.uncaught.bin --locations=false --filter '^panic::[a-z_]+$' | FileCheck %s --check-prefix=UNCAUGHT --match-full-lines
// RUN: env SANCOV_DATAFLOW_OPTIONS=no-entry-exit %rustc -Copt-level=2 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t.O2
// RUN: env SANCOV_DATAFLOW_OUT=%t.O2.bin %t.O2 2>%t.O2.err | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s --check-prefix=PANIC < %t.O2.err
// RUN: %dataflow-view --binary %t.O2 %t.O2.bin --locations=false --filter '^panic::[a-z_]+$' 2>%t.O2.view.err | FileCheck %s --match-full-lines
// RUN: count 0 < %t.O2.view.err
// RUN: env SANCOV_DATAFLOW_OUT=%t.O2.uncaught.bin not %t.O2 uncaught 2>/dev/null
// RUN: %dataflow-view --binary %t.O2 %t.O2.uncaught.bin --locations=false --filter '^panic::[a-z_]+$' | FileCheck %s --check-prefix=UNCAUGHT --match-full-lines

// OUT: caught=true after=7
// PANIC: panicked at {{.*}}panic.rs:{{[0-9]+}}:{{[0-9]+}}:
// PANIC-NEXT: too big: 99

use std::hint::black_box;

// CHECK: panic::guard(v=3) {
// CHECK-NEXT:   panic::outer(v=3) {
// CHECK-NEXT:     panic::may_panic(v=3) -> 4
// CHECK-NEXT:   } -> 5  // panic::outer
// CHECK-NEXT: } -> false  // panic::guard
//
// The panic unwinds through may_panic and outer; guard's return ends them.
// CHECK-NEXT: panic::guard(v=99) {
// CHECK-NEXT:   panic::outer(v=99) {
// CHECK-NEXT:     panic::may_panic(v=99) <unfinished>
// CHECK-NEXT:   } <unfinished>  // panic::outer
// CHECK-NEXT: } -> true  // panic::guard
//
// Calls after the panic are recorded as before.
// CHECK-NEXT: panic::after(v=6) {
// CHECK-NEXT:   panic::outer(v=6) {
// CHECK-NEXT:     panic::may_panic(v=6) -> 7
// CHECK-NEXT:   } -> 8  // panic::outer
// CHECK-NEXT: } -> 7  // panic::after
// CHECK-NEXT: panic::main()
//
// Uncaught: nothing returns after the panic, so the calls stay open.
// UNCAUGHT: panic::outer(v=99) {
// UNCAUGHT-NEXT:   panic::may_panic(v=99) <unfinished>
// UNCAUGHT-NEXT: } <unfinished>  // panic::outer
// UNCAUGHT-NOT: {{.}}

#[inline(never)]
pub fn may_panic(v: u32) -> u32 {
    if v > 10 {
        panic!("too big: {}", v)
    }
    black_box(v + 1)
}

#[inline(never)]
pub fn outer(v: u32) -> u32 {
    black_box(may_panic(v) + 1)
}

// Returns whether outer(v) panicked. (The closure is left out of the
// expected output: -O2 inlines it.)
#[inline(never)]
pub fn guard(v: u32) -> bool {
    black_box(std::panic::catch_unwind(|| outer(black_box(v))).is_err())
}

fn main() {
    if std::env::args().nth(1).as_deref() == Some("uncaught") {
        outer(black_box(99));
        return;
    }
    black_box(guard(black_box(3)));
    let caught = guard(black_box(99));
    let after = after(black_box(6));
    println!("caught={} after={}", caught, after);
}

#[inline(never)]
fn after(v: u32) -> u32 {
    outer(black_box(v)) - 1
}
