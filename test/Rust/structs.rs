// Rust structs as parameters and return values, recorded with the real
// runtime and named by the viewer, at -Copt-level=0 and 2: one function per
// way rustc passes a struct.
//
// REQUIRES: rustc
// no-entry-exit: the calls this test checks stay in the order and at the
// depth they had without the user-space default's entry-exit records.
// RUN: env SANCOV_DATAFLOW_OPTIONS=no-entry-exit %rustc -Copt-level=0 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t.O0
// RUN: env SANCOV_DATAFLOW_OUT=%t.O0.bin %t.O0 | FileCheck %s --check-prefix=OUT
// RUN: %dataflow-view --binary %t.O0 %t.O0.bin --locations=false --filter '^<?structs::' | FileCheck %s --match-full-lines
// RUN: env SANCOV_DATAFLOW_OPTIONS=no-entry-exit %rustc -Copt-level=2 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t.O2
// RUN: env SANCOV_DATAFLOW_OUT=%t.O2.bin %t.O2 | FileCheck %s --check-prefix=OUT
// RUN: %dataflow-view --binary %t.O2 %t.O2.bin --locations=false --filter '^<?structs::' | FileCheck %s --match-full-lines

// OUT: sum=1054

use std::hint::black_box;

#[repr(C)]
pub struct CPoint {
    pub x: i32,
    pub y: i32,
}

// Rust reorders the fields of a plain struct (b at offset 0, c at 8, a at
// 10); DWARF keeps declaration order with the real offsets, and so do the
// plugin's table and the viewer.
pub struct Plain {
    pub a: u8,
    pub b: u64,
    pub c: u16,
}

// 16 bytes: passed in two registers (an LLVM scalar pair).
pub struct Pair {
    pub lo: u64,
    pub hi: u32,
}

// 32 bytes: passed by pointer, returned through sret.
pub struct Big {
    pub a: u64,
    pub b: u64,
    pub c: u64,
    pub d: u64,
}

pub struct Counter {
    pub n: u64,
    pub step: u32,
}

// Newtypes are passed as what they wrap (one integer, one pointer) but are
// described by their own DWARF struct: a slot laid out like the struct,
// never a pointer to it.
pub struct Meters(pub u64);
pub struct Handle<'a>(pub &'a CPoint);

// A reference to a repr(C) struct: the pointer and the fields it points to.
// CHECK: structs::c_by_ref(p=0x{{[0-9a-f]+}} {x=3, y=-4}) -> -1
#[inline(never)]
pub fn c_by_ref(p: &CPoint) -> i32 {
    black_box(p.x + p.y)
}

// A repr(C) struct by value, 8 bytes: one i64 in IR.
// CHECK-NEXT: structs::c_by_value(p={x=5, y=6}) -> 30
#[inline(never)]
pub fn c_by_value(p: CPoint) -> i32 {
    black_box(p.x * p.y)
}

// CHECK-NEXT: structs::plain_by_ref(p=0x{{[0-9a-f]+}} {a=1, b=2, c=3}) -> 6
#[inline(never)]
pub fn plain_by_ref(p: &Plain) -> u64 {
    black_box(p.a as u64 + p.b + p.c as u64)
}

// 24 bytes by value: rustc passes a pointer to a copy.
// CHECK-NEXT: structs::plain_by_value(p={a=7, b=8, c=9}) -> 504
#[inline(never)]
pub fn plain_by_value(p: Plain) -> u64 {
    black_box(p.a as u64 * p.b * p.c as u64)
}

// CHECK-NEXT: structs::pair_by_value(p={lo=100, hi=7}) -> 107
#[inline(never)]
pub fn pair_by_value(p: Pair) -> u64 {
    black_box(p.lo + p.hi as u64)
}

// A struct returned in two registers.
// CHECK-NEXT: structs::make_pair(lo=55) -> {lo=55, hi=3}
#[inline(never)]
pub fn make_pair(lo: u64) -> Pair {
    black_box(Pair { lo, hi: 3 })
}

// A struct returned through the hidden sret pointer (not a parameter).
// CHECK-NEXT: structs::make_big(a=100) -> {a=100, b=101, c=102, d=103}
#[inline(never)]
pub fn make_big(a: u64) -> Big {
    black_box(Big { a, b: a + 1, c: a + 2, d: a + 3 })
}

impl Counter {
    // An associated function returning a struct.
    // CHECK-NEXT: <structs::Counter>::new(step=3) -> {n=10, step=3}
    #[inline(never)]
    pub fn new(step: u32) -> Counter {
        black_box(Counter { n: 10, step })
    }

    // &self is parameter 0, named self, with the fields it points to.
    // CHECK-NEXT: <structs::Counter>::get(self=0x{{[0-9a-f]+}} {n=10, step=3}) -> 10
    #[inline(never)]
    pub fn get(&self) -> u64 {
        black_box(self.n)
    }

    // &mut self: the fields as they were at entry.
    // CHECK-NEXT: <structs::Counter>::bump(self=0x{{[0-9a-f]+}} {n=10, step=3}, by=2)
    #[inline(never)]
    pub fn bump(&mut self, by: u32) {
        self.n += by as u64 * self.step as u64;
        black_box(&self);
    }

    // A reference returned: the pointer and the value it points to.
    // CHECK-NEXT: <structs::Counter>::n_ref(self=0x[[C:[0-9a-f]+]] {n=16, step=3}) -> 0x[[C]] (*ret=16)
    #[inline(never)]
    pub fn n_ref(&self) -> &u64 {
        black_box(&self.n)
    }

    // self by value (16 bytes, two registers). Both fields are used: at
    // -O2 a field the function never reads is described as poison and
    // reads as 0 (docs/RUST.md).
    // CHECK-NEXT: <structs::Counter>::into_n(self={n=16, step=3}) -> 19
    #[inline(never)]
    pub fn into_n(self) -> u64 {
        black_box(self.n + self.step as u64)
    }
}

// CHECK-NEXT: structs::newtype(m={__0=21}) -> 42
#[inline(never)]
pub fn newtype(m: Meters) -> u64 {
    black_box(m.0 * 2)
}

// The pointer inside the newtype is shown as the struct's field.
// CHECK-NEXT: structs::newtype_ref(h={__0=0x{{[0-9a-f]+}}}) -> 41
#[inline(never)]
pub fn newtype_ref(h: Handle) -> i32 {
    black_box(h.0.x)
}

// Box<T> is a pointer to T: the fields on the heap are read.
// CHECK-NEXT: structs::boxed(b=0x{{[0-9a-f]+}} {x=13, y=14}) -> 13
#[inline(never)]
pub fn boxed(b: Box<CPoint>) -> i32 {
    black_box(b.x)
}

// A tuple is a struct with fields __0, __1.
// CHECK-NEXT: structs::tuple(t={__0=4, __1=5}) -> 9
#[inline(never)]
pub fn tuple(t: (u8, u32)) -> u32 {
    black_box(t.0 as u32 + t.1)
}

// Scalars: char, f64, bool, array by value.
// CHECK-NEXT: structs::scalars(c='Z', f=0.5, b=true, a=[1, 2, 3]) -> 97.5
#[inline(never)]
pub fn scalars(c: char, f: f64, b: bool, a: [u16; 3]) -> f64 {
    black_box(c as u32 as f64 + f + b as u32 as f64 + (a[0] + a[1] + a[2]) as f64)
}

// main has no parameters (no ENTRY record): it shows when it returns.
// CHECK-NEXT: structs::main()
fn main() {
    let mut sum = c_by_ref(black_box(&CPoint { x: 3, y: -4 })) as i64;
    sum += c_by_value(black_box(CPoint { x: 5, y: 6 })) as i64;
    sum += plain_by_ref(black_box(&Plain { a: 1, b: 2, c: 3 })) as i64;
    sum += plain_by_value(black_box(Plain { a: 7, b: 8, c: 9 })) as i64;
    sum += pair_by_value(black_box(Pair { lo: 100, hi: 7 })) as i64;
    // The whole result is used: the optimiser shrinks the return type of a
    // function whose callers use only part of it (docs/RUST.md).
    let p = black_box(make_pair(black_box(55)));
    sum += (p.lo + p.hi as u64) as i64;
    sum += make_big(black_box(100)).d as i64;
    let mut c = Counter::new(black_box(3));
    sum += c.get() as i64;
    c.bump(black_box(2));
    sum += *c.n_ref() as i64;
    sum += black_box(c).into_n() as i64;
    sum += newtype(black_box(Meters(21))) as i64;
    let p = CPoint { x: 41, y: 42 };
    sum += newtype_ref(black_box(Handle(&p))) as i64;
    sum += boxed(black_box(Box::new(CPoint { x: 13, y: 14 }))) as i64;
    sum += tuple(black_box((4, 5))) as i64;
    sum += scalars(black_box('Z'), black_box(0.5), black_box(true), black_box([1, 2, 3])) as i64;
    println!("sum={}", sum);
}
