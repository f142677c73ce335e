// Stock rustc loads the plugin with -Zllvm-plugins and the callbacks get
// the values the program passed, with exactly one call per parameter
// whatever the codegen-unit and LTO settings (rustc runs OptimizerLast
// twice under ThinLTO).
//
// RUN: %clang_noplugin -O2 -c %S/../Values/Inputs/receiver.c -o %t.receiver.o
// RUN: %rustc -Copt-level=0 -Cdebuginfo=2 %s -Clink-arg=%t.receiver.o -Clink-arg=-rdynamic -o %t.O0
// RUN: %t.O0 | FileCheck %s
// RUN: %rustc -Copt-level=2 -Cdebuginfo=2 %s -Clink-arg=%t.receiver.o -Clink-arg=-rdynamic -o %t.O2
// RUN: %t.O2 | FileCheck %s
// RUN: %rustc -Copt-level=2 -Ccodegen-units=1 -Cdebuginfo=2 %s -Clink-arg=%t.receiver.o -Clink-arg=-rdynamic -o %t.cgu1
// RUN: %t.cgu1 | FileCheck %s
// RUN: %rustc -Copt-level=2 -Clto=fat -Cdebuginfo=2 %s -Clink-arg=%t.receiver.o -Clink-arg=-rdynamic -o %t.fat
// RUN: %t.fat | FileCheck %s
// RUN: %rustc -Copt-level=2 -Clto=thin -Cdebuginfo=2 %s -Clink-arg=%t.receiver.o -Clink-arg=-rdynamic -o %t.thin
// RUN: %t.thin | FileCheck %s
// REQUIRES: rustc

use std::hint::black_box;

pub struct Point {
    pub x: i32,
    pub y: u64,
}

// Rust orders fields by size: y is at offset 0, x at 8.
// CHECK: ENTRY t_by_ref #0 size=16 fields=[8:4]=0x3,[0:8]=0x4
// CHECK-NEXT: ENTRY t_by_ref #1 size=4 val=0x7
// CHECK-NEXT: RET t_by_ref size=8 val=0xe
#[no_mangle]
#[inline(never)]
pub fn t_by_ref(p: &Point, k: u32) -> u64 {
    p.x as u64 + p.y + k as u64
}

pub struct Big {
    a: u64,
    b: u64,
    c: u64,
    d: u64,
}

// CHECK-NEXT: ENTRY t_big #0 size=32 fields=[0:8]=0x1,[8:8]=0x2,[16:8]=0x3,[24:8]=0x4
// CHECK-NEXT: RET t_big size=8 val=0xa
#[no_mangle]
#[inline(never)]
pub fn t_big(b: Big) -> u64 {
    b.a + b.b + b.c + b.d
}

// A slice is a (pointer, length) pair passed in two registers.
// CHECK-NEXT: ENTRY t_slice #0 size=16 fields=[0:8]=0x{{[0-9a-f]+}},[8:8]=0x5
// CHECK-NEXT: RET t_slice size=8 val=0x6d
#[no_mangle]
#[inline(never)]
pub fn t_slice(s: &[u8]) -> usize {
    // Not a pure function, so callers cannot drop the call before the
    // plugin sees it.
    black_box(s.len() + s[0] as usize)
}

fn main() {
    let p = Point { x: 3, y: 4 };
    let mut v = t_by_ref(black_box(&p), black_box(7));
    v += t_big(black_box(Big { a: 1, b: 2, c: 3, d: 4 }));
    v += t_slice(black_box(b"hello")) as u64;
    black_box(v);
}
