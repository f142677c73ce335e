// Rust enums with data, end to end: the plugin passes a table of 8-byte
// chunks for an enum ({0, 8}, {8, 8}, ...; test/Rust/enum-tables.rs), the
// runtime records one word per chunk, and the viewer rebuilds the bytes and
// shows the variant with its whole payload, wherever it lies: by value, by
// reference, returned, in a tagged enum and in a Result. An enum larger than
// a record holds is shown up to byte 255. An enum that is a struct field is
// still one table entry, its first 8 bytes. -Copt-level=0 and 2, real
// runtime.
//
// REQUIRES: rustc
// no-entry-exit: the calls this test checks stay in the order and at the
// depth they had without the user-space default's entry-exit records.
// RUN: env SANCOV_DATAFLOW_OPTIONS=no-entry-exit %rustc -Copt-level=0 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t.O0
// RUN: env SANCOV_DATAFLOW_OUT=%t.O0.bin %t.O0 | FileCheck %s --check-prefix=OUT
// RUN: %dataflow-view --binary %t.O0 %t.O0.bin --locations=false --filter '^enum_payloads::' | FileCheck %s --match-full-lines
// RUN: %dataflow-view --binary %t.O0 %t.O0.bin --format=jsonl --filter '^enum_payloads::or_nine$' | FileCheck %s --check-prefix=JSON
// RUN: env SANCOV_DATAFLOW_OPTIONS=no-entry-exit %rustc -Copt-level=2 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t.O2
// RUN: env SANCOV_DATAFLOW_OUT=%t.O2.bin %t.O2 | FileCheck %s --check-prefix=OUT
// RUN: %dataflow-view --binary %t.O2 %t.O2.bin --locations=false --filter '^enum_payloads::' | FileCheck %s --match-full-lines
// RUN: %dataflow-view --binary %t.O2 %t.O2.bin --format=jsonl --filter '^enum_payloads::or_nine$' | FileCheck %s --check-prefix=JSON

// OUT: sum=396

use std::hint::black_box;

// 24 bytes: a u64 tag at 0; Circle's payload at 8, Rect's w at 8, h at 16.
// Before enums had tables only the tag was recorded: `Rect{...}`.
pub enum Shape {
    Circle(u64),
    Rect { w: u64, h: u64 },
    Empty,
}

// 328 bytes: a u8 tag at 0, Buf's array at 8.
pub enum Big {
    Buf([u64; 40]),
    Small(u8),
}

pub struct Holder {
    pub o: Option<u64>,
    pub id: u32,
}

// By value.
// CHECK: enum_payloads::area(s=Rect{w=3, h=4}) -> 12
#[inline(never)]
pub fn area(s: Shape) -> u64 {
    black_box(match s {
        Shape::Circle(r) => 3 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Empty => 0,
    })
}

// By reference: the same table, read through the pointer.
// CHECK-NEXT: enum_payloads::area_ref(s=0x{{[0-9a-f]+}} (*s=Rect{w=3, h=4})) -> 12
#[inline(never)]
pub fn area_ref(s: &Shape) -> u64 {
    black_box(match s {
        Shape::Circle(r) => 3 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Empty => 0,
    })
}

// Option<u64>: the payload is in the second chunk.
// CHECK-NEXT: enum_payloads::or_nine(v=Some(7)) -> 7
// JSON: "args":[{"index":0,"name":"v","size":16,"ptr":"0x{{[0-9a-f]+}}","text":"Some(7)","values":[{"name":"@0","raw":"0x1","text":"0x1"},{"name":"@8","raw":"0x7","text":"0x7"}]}]
#[inline(never)]
pub fn or_nine(v: Option<u64>) -> u64 {
    black_box(v.unwrap_or(9))
}

// Result<u32, u64>: a u32 tag at 0, Ok's u32 at 4, Err's u64 at 8.
// CHECK-NEXT: enum_payloads::code(r=Err(300)) -> 300
// CHECK-NEXT: enum_payloads::code(r=Ok(5)) -> 5
#[inline(never)]
pub fn code(r: Result<u32, u64>) -> u64 {
    black_box(match r {
        Ok(v) => v as u64,
        Err(e) => e,
    })
}

// Returned in two registers.
// CHECK-NEXT: enum_payloads::make(x=11) -> Some(11)
#[inline(never)]
pub fn make(x: u64) -> Option<u64> {
    black_box(if x > 0 { Some(x) } else { None })
}

// Larger than a record: its bytes up to 255, where the array's 31st
// element is cut.
// CHECK-NEXT: enum_payloads::last(b=0x{{[0-9a-f]+}} (*b=Buf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, ...]))) -> 40
#[inline(never)]
pub fn last(b: &Big) -> u64 {
    black_box(match b {
        Big::Buf(a) => a[39],
        Big::Small(x) => *x as u64,
    })
}

// A struct field of enum type: all of its bytes, tag and payload.
// CHECK-NEXT: enum_payloads::holder_id(h=0x{{[0-9a-f]+}} {o=Some(8), id=9}) -> 9
#[inline(never)]
pub fn holder_id(h: &Holder) -> u32 {
    black_box(match h.o {
        Some(v) => h.id + v as u32 - 8,
        None => h.id,
    })
}

// CHECK-NEXT: enum_payloads::main()
fn main() {
    let mut sum = area(black_box(Shape::Rect { w: 3, h: 4 }));
    sum += area_ref(black_box(&Shape::Rect { w: 3, h: 4 }));
    sum += or_nine(black_box(Some(7)));
    sum += code(black_box(Err(300)));
    sum += code(black_box(Ok(5)));
    sum += make(black_box(11)).unwrap_or(0);
    let mut buf = [0u64; 40];
    for (i, v) in buf.iter_mut().enumerate() {
        *v = i as u64 + 1;
    }
    sum += last(black_box(&Big::Buf(buf)));
    sum += holder_id(black_box(&Holder { o: Some(8), id: 9 })) as u64;
    let _ = black_box(Shape::Circle(1));
    let _ = black_box(Shape::Empty);
    let _ = black_box(Big::Small(1));
    println!("sum={}", sum);
}
