// The value ABIs with rustc: abi=value with entry-exit at -Copt-level=0 and
// 2 (exact nesting, a parameterless function's callees nested under it, a
// u128 whole, a struct passed by value in a register), and abi=value-pc.
//
// REQUIRES: rustc
// RUN: env SANCOV_DATAFLOW_OPTIONS='abi=value;entry-exit' %rustc -Copt-level=0 -Cdebuginfo=2 %s -Clink-arg=%rtlib-value -o %t.O0
// RUN: env SANCOV_DATAFLOW_OUT=%t.O0.bin %t.O0 | FileCheck %s --check-prefix=OUT
// RUN: %dataflow-view --binary %t.O0 %t.O0.bin --locations=false --filter '^abi_value::' | FileCheck %s --match-full-lines
// RUN: env SANCOV_DATAFLOW_OPTIONS='abi=value;entry-exit' %rustc -Copt-level=2 -Cdebuginfo=2 %s -Clink-arg=%rtlib-value -o %t.O2
// RUN: env SANCOV_DATAFLOW_OUT=%t.O2.bin %t.O2 | FileCheck %s --check-prefix=OUT
// RUN: %dataflow-view --binary %t.O2 %t.O2.bin --locations=false --filter '^abi_value::' | FileCheck %s --match-full-lines
// RUN: env SANCOV_DATAFLOW_OPTIONS='abi=value-pc' %rustc -Copt-level=2 -Cdebuginfo=2 %s -Clink-arg=%rtlib-value-pc -o %t.B
// RUN: env SANCOV_DATAFLOW_OUT=%t.B.bin %t.B | FileCheck %s --check-prefix=OUT
// RUN: %dataflow-view --binary %t.B %t.B.bin --locations=false --filter '^abi_value::' | FileCheck %s --check-prefix=B --match-full-lines
// A runtime of another ABI does not link.
// RUN: env SANCOV_DATAFLOW_OPTIONS='abi=value' not %rustc -Copt-level=0 %s -Clink-arg=%rtlib -o %t.bad 2>&1 | FileCheck %s --check-prefix=LINK

// OUT: s=76
// CHECK: abi_value::main() {
// CHECK-NEXT:   abi_value::noargs() {
// CHECK-NEXT:     abi_value::scale(p=0x{{[0-9a-f]+}} {x=1, y=2}, k=3) -> 9
// CHECK-NEXT:     abi_value::scale(p=0x{{[0-9a-f]+}} {x=4, y=5}, k=6) -> 54
// CHECK-NEXT:   } -> 63  // abi_value::noargs
// CHECK-NEXT:   abi_value::wide(v=18446744073709551623 (0x10000000000000007)) -> 18446744073709551624 (0x10000000000000008)
// CHECK-NEXT:   abi_value::by_value(p={x=9, y=4}) -> 5
// CHECK-NEXT: }  // abi_value::main
// B: abi_value::scale(p=0x{{[0-9a-f]+}} {x=1, y=2}, k=3) -> 9
// B: abi_value::by_value(p={x=9, y=4}) -> 5
// LINK: undefined symbol: __sancov_dataflow_abi_value

use std::hint::black_box;

#[repr(C)]
pub struct Pair {
    pub x: i32,
    pub y: i32,
}

#[inline(never)]
pub fn scale(p: &Pair, k: i64) -> i64 {
    black_box((p.x as i64 + p.y as i64) * k)
}

#[inline(never)]
pub fn wide(v: u128) -> u128 {
    black_box(v + 1)
}

#[inline(never)]
pub fn by_value(p: Pair) -> i32 {
    black_box(p.x - p.y)
}

#[inline(never)]
pub fn noargs() -> i64 {
    scale(&Pair { x: 1, y: 2 }, 3) + scale(&Pair { x: 4, y: 5 }, 6)
}

fn main() {
    let s = noargs() + wide(black_box((1u128 << 64) + 7)) as i64 + by_value(black_box(Pair { x: 9, y: 4 })) as i64;
    println!("s={}", s);
}
