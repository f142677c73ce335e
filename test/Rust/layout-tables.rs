// The differential layout check (test/Viewer/layout-tables.test) on Rust
// shapes: every table the plugin emits equals the one dataflow-view derives
// from the object's DWARF (structs, tuples, slices, trait objects, enums
// with data: byte chunks, large enums capped at 255 bytes, niche enums).
//
// REQUIRES: rustc
// RUN: rm -rf %t && mkdir -p %t
// RUN: %rustc --crate-type=lib -Copt-level=0 -Cdebuginfo=2 --emit=llvm-ir,obj %s -o %t/l0
// RUN: %dataflow-view --dump-tables --binary %t/l0.o > %t/l0.tables
// RUN: %python %S/../Viewer/Inputs/layout/layout-diff.py %t/l0.tables %t/l0.ll | FileCheck %s
// RUN: %rustc --crate-type=lib -Copt-level=2 -Cdebuginfo=2 --emit=llvm-ir,obj %s -o %t/l2
// RUN: %dataflow-view --dump-tables --binary %t/l2.o > %t/l2.tables
// RUN: %python %S/../Viewer/Inputs/layout/layout-diff.py %t/l2.tables %t/l2.ll | FileCheck %s
// CHECK-NOT: difference:
// CHECK: tables compared: {{[1-9][0-9]*}}, differences: 0{{$}}

pub struct Point { pub x: i32, pub y: u8, pub z: u64 }
pub struct Tuple(pub u8, pub u16, pub u64);
pub struct Nested { pub p: Point, pub arr: [u16; 3], pub s: &'static str }
#[repr(C, packed)]
pub struct Packed { pub a: u8, pub b: u32 }
#[repr(C, align(32))]
pub struct Aligned { pub a: u8 }
pub struct Zst;
pub struct WithZst { pub z: Zst, pub a: u32 }
pub enum Shape { Circle(f64), Rect { w: u32, h: u32 }, Empty }
pub enum Big { Small(u8), Large([u64; 40]) }
pub struct HasEnum { pub s: Shape, pub n: u8 }

#[inline(never)] pub fn point(p: &Point) -> i32 { p.x }
#[inline(never)] pub fn tuple(t: &Tuple) -> u8 { t.0 }
#[inline(never)] pub fn nested(n: &Nested) -> usize { n.s.len() }
#[inline(never)] pub fn packed(p: &Packed) -> u8 { p.a }
#[inline(never)] pub fn aligned(a: &Aligned) -> u8 { a.a }
#[inline(never)] pub fn with_zst(w: &WithZst) -> u32 { w.a }
#[inline(never)] pub fn shape(s: &Shape) -> u32 { match s { Shape::Rect { w, .. } => *w, _ => 0 } }
#[inline(never)] pub fn big(b: &Big) -> u8 { match b { Big::Small(x) => *x, _ => 1 } }
#[inline(never)] pub fn has_enum(h: &HasEnum) -> u8 { h.n }
#[inline(never)] pub fn opt(o: &Option<u64>) -> bool { o.is_some() }
#[inline(never)] pub fn niche(o: &Option<&Point>) -> bool { o.is_some() }
#[inline(never)] pub fn res(r: &Result<u32, String>) -> bool { r.is_ok() }
#[inline(never)] pub fn slice(s: &[u8]) -> usize { s.len() }
#[inline(never)] pub fn dynref(d: &dyn Fn(u8) -> u8) -> u8 { d(1) }
#[inline(never)] pub fn pp(p: &&Point) -> i32 { p.x }
