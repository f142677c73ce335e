// The field tables of Rust enums with data, on rustc's own IR. DWARF has
// no members for such an enum, only a variant part, and which bytes hold
// data depends on the variant: so its table covers the object in 8-byte
// chunks, {0, 8}, {8, 8}, ..., the last pair the remaining bytes, up to
// the 255 bytes a record reports. One table per type per module, shared by
// arguments and returns, by value and by reference. An enum that is a
// struct member stays one pair spanning it.
//
// REQUIRES: rustc
// RUN: %rustc --crate-type=lib -Copt-level=0 -Cdebuginfo=2 --emit=llvm-ir %s -o %t.ll
// RUN: FileCheck %s --input-file=%t.ll
// RUN: FileCheck %s --input-file=%t.ll --check-prefix=SLOT
// RUN: grep -c '^@__sancov_dataflow_fields.Shape ' %t.ll | FileCheck %s --check-prefix=ONE
// RUN: grep -c '^@"__sancov_dataflow_fields.Option<u64>" ' %t.ll | FileCheck %s --check-prefix=ONE
// ONE: {{^1$}}

// CHECK-DAG: @__sancov_dataflow_fields.Shape = internal unnamed_addr constant [6 x i64] [i64 0, i64 8, i64 8, i64 8, i64 16, i64 8], align 8
// CHECK-DAG: @"__sancov_dataflow_fields.Option<u64>" = internal unnamed_addr constant [4 x i64] [i64 0, i64 8, i64 8, i64 8], align 8
// CHECK-DAG: @"__sancov_dataflow_fields.Result<u32, u64>" = internal unnamed_addr constant [4 x i64] [i64 0, i64 8, i64 8, i64 8], align 8
// CHECK-DAG: @__sancov_dataflow_fields.Big = internal unnamed_addr constant [64 x i64] [i64 0, i64 8, i64 8, i64 8, i64 16, i64 8, i64 24, i64 8, i64 32, i64 8, i64 40, i64 8, i64 48, i64 8, i64 56, i64 8, i64 64, i64 8, i64 72, i64 8, i64 80, i64 8, i64 88, i64 8, i64 96, i64 8, i64 104, i64 8, i64 112, i64 8, i64 120, i64 8, i64 128, i64 8, i64 136, i64 8, i64 144, i64 8, i64 152, i64 8, i64 160, i64 8, i64 168, i64 8, i64 176, i64 8, i64 184, i64 8, i64 192, i64 8, i64 200, i64 8, i64 208, i64 8, i64 216, i64 8, i64 224, i64 8, i64 232, i64 8, i64 240, i64 8, i64 248, i64 7], align 8
// CHECK-DAG: @__sancov_dataflow_fields.Holder = internal unnamed_addr constant [4 x i64] [i64 0, i64 16, i64 16, i64 4], align 8

// 24 bytes: a u64 tag at 0, payloads at 8 and 16.
pub enum Shape {
    Circle(u64),
    Rect { w: u64, h: u64 },
    Empty,
}

// 328 bytes: a u8 tag at 0, the array at 8. The table stops at byte 255:
// 32 pairs, the last {248, 7}.
pub enum Big {
    Buf([u64; 40]),
    Small(u8),
}

pub struct Holder {
    pub o: Option<u64>,
    pub id: u32,
}

// By value, in memory: the object, its size, the chunks.
// CHECK-DAG: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @{{.*}}4area to i64), i32 0, i32 24, ptr %s, ptr @__sancov_dataflow_fields.Shape, i32 3)
pub fn area(s: Shape) -> u64 {
    match s {
        Shape::Circle(r) => 3 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Empty => 0,
    }
}

// By reference: the pointer, the enum's size, the same table.
// CHECK-DAG: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @{{.*}}8area_ref to i64), i32 0, i32 24, ptr %s, ptr @__sancov_dataflow_fields.Shape, i32 3)
pub fn area_ref(s: &Shape) -> u64 {
    match s {
        Shape::Circle(r) => 3 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Empty => 0,
    }
}

// Option<u64> in two registers: reassembled in the slot, 16 bytes, 2 chunks.
// SLOT-LABEL: define i64 @{{.*}}7or_nine(i64 %v.0, i64 %v.1)
// SLOT:      %[[G0:[0-9]+]] = getelementptr inbounds i8, ptr %sancov_dataflow.slot, i64 0
// SLOT-NEXT: store i64 %v.0, ptr %[[G0]], align 8
// SLOT-NEXT: %[[G8:[0-9]+]] = getelementptr inbounds i8, ptr %sancov_dataflow.slot, i64 8
// SLOT-NEXT: store i64 %v.1, ptr %[[G8]], align 8
// SLOT-NEXT: notail call void @__sanitizer_cov_trace_args({{.*}}, i32 0, i32 16, ptr %sancov_dataflow.slot, ptr @"__sancov_dataflow_fields.Option<u64>", i32 2)
pub fn or_nine(v: Option<u64>) -> u64 {
    v.unwrap_or(9)
}

// Result<u32, u64>, passed indirectly.
// CHECK-DAG: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @{{.*}}4code to i64), i32 0, i32 16, ptr %r, ptr @"__sancov_dataflow_fields.Result<u32, u64>", i32 2)
pub fn code(r: Result<u32, u64>) -> u64 {
    match r {
        Ok(v) => v as u64,
        Err(e) => e,
    }
}

// Returned in two registers: the return record has the table too.
// CHECK-DAG: call void @__sanitizer_cov_trace_ret(i64 ptrtoint (ptr @{{.*}}4make to i64), i32 16, ptr %sancov_dataflow.slot, ptr @"__sancov_dataflow_fields.Option<u64>", i32 2)
pub fn make(x: u64) -> Option<u64> {
    if x > 0 { Some(x) } else { None }
}

// Larger than a record reports: size 255, 32 chunks.
// CHECK-DAG: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @{{.*}}4last to i64), i32 0, i32 255, ptr %b, ptr @__sancov_dataflow_fields.Big, i32 32)
pub fn last(b: &Big) -> u64 {
    match b {
        Big::Buf(a) => a[39],
        Big::Small(x) => *x as u64,
    }
}

// An enum member of a struct: one pair spanning its 16 bytes, as before.
// CHECK-DAG: call void @__sanitizer_cov_trace_args(i64 ptrtoint (ptr @{{.*}}9holder_id to i64), i32 0, i32 24, ptr %h, ptr @__sancov_dataflow_fields.Holder, i32 2)
pub fn holder_id(h: &Holder) -> u32 {
    h.id
}
