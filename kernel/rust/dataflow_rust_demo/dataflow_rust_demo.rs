// SPDX-License-Identifier: GPL-2.0

//! sancov-dataflow's kernel Rust check (kernel/rust/e2e.sh): the module's
//! init calls a few functions with integer, struct and reference arguments
//! whose recorded values test/Kernel/full-rust.test checks. `black_box`
//! keeps the optimizer from folding the constants into the callees.

use core::hint::black_box;
use kernel::prelude::*;

module! {
    type: DataflowRustDemo,
    name: "dataflow_rust_demo",
    author: "sancov-dataflow",
    description: "Rust functions with known arguments for dataflow-trace",
    license: "GPL",
}

/// Passed by value (rustc passes its eight bytes in one register).
#[derive(Clone, Copy)]
pub struct Point {
    /// Abscissa.
    pub x: i32,
    /// Ordinate.
    pub y: i32,
}

/// Passed by reference.
pub struct Account {
    /// Account number.
    pub id: u64,
    /// Balance, negative when overdrawn.
    pub balance: i64,
}

/// Two integers in, one out.
#[inline(never)]
pub fn scale(value: u32, factor: u32) -> u32 {
    value.wrapping_mul(factor)
}

/// A struct by value.
#[inline(never)]
pub fn manhattan(p: Point) -> i32 {
    p.x.wrapping_abs().wrapping_add(p.y.wrapping_abs())
}

/// A struct by reference and a negative integer.
#[inline(never)]
pub fn deposit(account: &mut Account, amount: i64) -> i64 {
    account.balance = account.balance.wrapping_add(amount);
    account.balance
}

/// A boolean result.
#[inline(never)]
pub fn is_even(n: u64) -> bool {
    n % 2 == 0
}

struct DataflowRustDemo {
    balance: i64,
}

impl kernel::Module for DataflowRustDemo {
    fn init(_module: &'static ThisModule) -> Result<Self> {
        let product = scale(black_box(7), black_box(6));
        let distance = manhattan(black_box(Point { x: 3, y: -4 }));
        let mut account = Account { id: 1001, balance: 500 };
        let balance = deposit(black_box(&mut account), black_box(-42));
        let even = is_even(black_box(account.id));
        pr_info!("dataflow_rust_demo: {} {} {} {}\n", product, distance, balance, even);
        Ok(DataflowRustDemo { balance })
    }
}

impl Drop for DataflowRustDemo {
    fn drop(&mut self) {
        pr_info!("dataflow_rust_demo: exit with balance {}\n", self.balance);
    }
}
