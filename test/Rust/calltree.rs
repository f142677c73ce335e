// The default call tree with rustc (ABI A, entry-exit on in user space):
// a function without parameters nests its callees; a panic caught by
// catch_unwind leaves the frames it unwound, and the function that caught
// it goes on calling its own callees.
//
// REQUIRES: rustc
// RUN: %rustc -Copt-level=2 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t 2>/dev/null | FileCheck %s --check-prefix=OUT
// RUN: %dataflow-view --binary %t %t.bin --locations=false --filter '^calltree::[a-z_]+$' | FileCheck %s --match-full-lines

// OUT: caught=true

use std::hint::black_box;

// CHECK:      calltree::noargs() {
// CHECK-NEXT:   calltree::leaf(v=1) -> 2
// CHECK-NEXT:   calltree::leaf(v=2) -> 3
// CHECK-NEXT: } -> 5  // calltree::noargs
#[inline(never)]
pub fn noargs() -> u32 {
    leaf(black_box(1)) + leaf(black_box(2))
}

#[inline(never)]
pub fn leaf(v: u32) -> u32 {
    black_box(v + 1)
}

// CHECK-NEXT: calltree::catches(v=99) {
// CHECK-NEXT:   calltree::may_panic(v=99) <unwound>
// CHECK-NEXT:   calltree::leaf(v=7) -> 8
// CHECK-NEXT: } -> true  // calltree::catches
#[inline(never)]
pub fn may_panic(v: u32) -> u32 {
    if v > 10 {
        panic!("too big: {}", v)
    }
    black_box(v + 1)
}

// fn catches(v) -> bool { let r = catch_unwind(|| may_panic(v)); leaf(7); r.is_err() }
#[inline(never)]
pub fn catches(v: u32) -> bool {
    let r = std::panic::catch_unwind(|| may_panic(black_box(v)));
    leaf(black_box(7));
    black_box(r.is_err())
}

fn main() {
    black_box(noargs());
    let caught = catches(black_box(99));
    println!("caught={}", caught);
}
