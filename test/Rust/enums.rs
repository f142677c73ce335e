// Rust enums with data. DWARF describes them as a struct holding a
// DW_TAG_variant_part: a discriminant (a real tag, or a niche in another
// field: Option<&T> uses the null pointer) and one member per variant.
// Variant parts are not members, so the plugin's table for an enum covers
// its bytes in 8-byte chunks, and the runtime records all of them. The
// viewer picks the variant from the discriminant and shows its payload:
// `Rect{w=3, h=4}`, `Circle(5)`, `None`, `Some(77)` for a 16-byte
// Option<u64> (test/Rust/enum-payloads.rs has larger payloads). An enum
// that is a struct field is decoded from its table entry's first 8 bytes.
// A C-like enum is a DW_TAG_enumeration_type: its enumerator is named.
// -Copt-level=0 and 2, real runtime.
//
// REQUIRES: rustc
// no-entry-exit: the calls this test checks stay in the order and at the
// depth they had without the user-space default's entry-exit records.
// RUN: env SANCOV_DATAFLOW_OPTIONS=no-entry-exit %rustc -Copt-level=0 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t.O0
// RUN: env SANCOV_DATAFLOW_OUT=%t.O0.bin %t.O0 | FileCheck %s --check-prefix=OUT
// RUN: %dataflow-view --binary %t.O0 %t.O0.bin --locations=false --filter '^enums::' | FileCheck %s --match-full-lines
// RUN: env SANCOV_DATAFLOW_OPTIONS=no-entry-exit %rustc -Copt-level=2 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t.O2
// RUN: env SANCOV_DATAFLOW_OUT=%t.O2.bin %t.O2 | FileCheck %s --check-prefix=OUT
// RUN: %dataflow-view --binary %t.O2 %t.O2.bin --locations=false --filter '^enums::' | FileCheck %s --match-full-lines

// OUT: sum=334

use std::hint::black_box;

// 8 bytes: a u16 tag at 0; Circle's u32 at 4; Rect's w at 2, h at 4.
pub enum Shape {
    Circle(u32),
    Rect { w: u16, h: u16 },
    Empty,
}

#[repr(u8)]
#[derive(Clone, Copy)]
pub enum Color {
    Red = 1,
    Green = 2,
}

pub struct Job {
    pub state: Result<u32, u8>,
    pub id: u32,
}

// By value: tuple variants print like a tuple, struct variants with field
// names, unit variants by name.
// CHECK: enums::area(s=Circle(5)) -> 75
// CHECK-NEXT: enums::area(s=Rect{w=3, h=4}) -> 12
// CHECK-NEXT: enums::area(s=Empty) -> 0
#[inline(never)]
pub fn area(s: Shape) -> u32 {
    black_box(match s {
        Shape::Circle(r) => 3 * r * r,
        Shape::Rect { w, h } => w as u32 * h as u32,
        Shape::Empty => 0,
    })
}

// By reference: the pointer with the enum's table (one chunk: Shape is 8
// bytes), read through the pointer.
// CHECK-NEXT: enums::area_ref(s=0x{{[0-9a-f]+}} (*s=Rect{w=5, h=6})) -> 30
#[inline(never)]
pub fn area_ref(s: &Shape) -> u32 {
    black_box(match s {
        Shape::Circle(r) => 3 * r * r,
        Shape::Rect { w, h } => *w as u32 * *h as u32,
        Shape::Empty => 0,
    })
}

// Result<u32, u8>: a tag and the payload of either variant.
// CHECK-NEXT: enums::unwrap_or_code(r=Ok(7)) -> 7
// CHECK-NEXT: enums::unwrap_or_code(r=Err(3)) -> 103
#[inline(never)]
pub fn unwrap_or_code(r: Result<u32, u8>) -> u32 {
    black_box(match r {
        Ok(v) => v,
        Err(e) => 100 + e as u32,
    })
}

// Option<bool>: no tag, a niche: 0 and 1 are Some, 2 is None.
// CHECK-NEXT: enums::tristate(v=Some(true)) -> 1
// CHECK-NEXT: enums::tristate(v=None) -> 2
#[inline(never)]
pub fn tristate(v: Option<bool>) -> u8 {
    black_box(match v {
        Some(true) => 1,
        Some(false) => 0,
        None => 2,
    })
}

// Option<u64> is 16 bytes: the tag in the first chunk, the payload in the
// second.
// CHECK-NEXT: enums::or_nine(v=Some(77)) -> 77
// CHECK-NEXT: enums::or_nine(v=None) -> 9
#[inline(never)]
pub fn or_nine(v: Option<u64>) -> u64 {
    black_box(v.unwrap_or(9))
}

// A C-like enum is an enumeration type.
// CHECK-NEXT: enums::color(c=Green) -> 2
#[inline(never)]
pub fn color(c: Color) -> u8 {
    black_box(c as u8)
}

// An enum returned by value.
// CHECK-NEXT: enums::parse_digit(c='7') -> Ok(7)
// CHECK-NEXT: enums::parse_digit(c='x') -> Err(120)
#[inline(never)]
pub fn parse_digit(c: char) -> Result<u32, u8> {
    black_box(c.to_digit(10).ok_or(c as u8))
}

// An enum field of a struct is decoded from the table entry that spans it.
// CHECK-NEXT: enums::job_id(j=0x{{[0-9a-f]+}} {state=Err(4), id=9}) -> 9
#[inline(never)]
pub fn job_id(j: &Job) -> u32 {
    black_box(j.id + if j.state.is_ok() { 1 } else { 0 })
}

// CHECK-NEXT: enums::main()
fn main() {
    let mut sum = area(black_box(Shape::Circle(5)));
    sum += area(black_box(Shape::Rect { w: 3, h: 4 }));
    sum += area(black_box(Shape::Empty));
    sum += area_ref(black_box(&Shape::Rect { w: 5, h: 6 }));
    sum += unwrap_or_code(black_box(Ok(7)));
    sum += unwrap_or_code(black_box(Err(3)));
    sum += tristate(black_box(Some(true))) as u32;
    sum += tristate(black_box(None)) as u32;
    sum += or_nine(black_box(Some(77))) as u32;
    sum += or_nine(black_box(None)) as u32;
    sum += color(black_box(Color::Green)) as u32;
    // Both results are used whole (see structs.rs, make_pair).
    let a = black_box(parse_digit(black_box('7')));
    let b = black_box(parse_digit(black_box('x')));
    sum += a.unwrap_or(0) + b.unwrap_err() as u32 - 120;
    sum += job_id(black_box(&Job { state: Err(4), id: 9 }));
    let _ = Color::Red;
    println!("sum={}", sum);
}
