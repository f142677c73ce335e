// At -O2, DeadArgumentElimination shrinks the IR return type of an
// internal function whose callers use only part of the result
// ({ i64, i32 } -> i32, { ptr, i64 } -> i64), while the DISubprogram still
// declares the whole struct. The remaining value cannot be placed in the
// struct, so the return is reported without a value (`<optimized out>`),
// never as the struct with the value in the wrong field and stale bytes.
//
// REQUIRES: rustc
// RUN: %rustc -Copt-level=2 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t
// RUN: env SANCOV_DATAFLOW_OUT=%t.bin %t
// RUN: %dataflow-view --binary %t %t.bin --locations=false --filter '^ret_shrunk::' | FileCheck %s --match-full-lines

use std::hint::black_box;

pub struct Pair {
    pub lo: u64,
    pub hi: u32,
}

// CHECK: ret_shrunk::make_pair(lo=55) -> {{\{lo=55, hi=3\}|<optimized out>}}
#[inline(never)]
pub fn make_pair(lo: u64) -> Pair {
    black_box(Pair { lo, hi: 3 })
}

// CHECK-NEXT: ret_shrunk::first_word(s=&str len=11 @0x{{[0-9a-f]+}}) -> {{&str len=5 @0x[0-9a-f]+|<optimized out>}}
#[inline(never)]
pub fn first_word(s: &str) -> &str {
    black_box(s.split(' ').next().unwrap())
}

fn main() {
    // Only part of each result is used.
    let hi = make_pair(black_box(55)).hi;
    let len = first_word(black_box("hello world")).len();
    println!("{} {}", hi, len);
}
