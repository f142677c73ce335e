// KNOWN PLUGIN BUG (lib/Plugin, reported; XFAIL until fixed): at -O2,
// DeadArgumentElimination shrinks the IR return type of an internal
// function whose callers use only part of the result ({ i64, i32 } -> i32,
// { ptr, i64 } -> i64), but the DISubprogram still declares the whole
// struct. The plugin stores the remaining IR value at offset 0 of a slot
// sized for the declared struct and reports it with the struct's table:
// the value lands in the wrong field and the other fields are stale slot
// bytes. Seen: `make_pair(lo=55) -> {lo=3, hi=<stale>}` and
// `first_word(...) -> &str len=<stale> @0x5`. Expected: the correct value,
// or `<optimized out>` when the IR value does not cover the declared type.
//
// REQUIRES: rustc
// XFAIL: *
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
