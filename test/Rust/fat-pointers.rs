// Rust fat pointers: a slice, str or trait object reference is two IR
// values (data pointer and length or vtable) but one source parameter; the
// plugin reports it as one record with two fields and the viewer shows it
// as `&[u8] len=5 @0x...`, naming the parts ptr and len (jsonl). Also
// Option<&T> and Option<Box<T>> (a nullable pointer). -Copt-level=0 and 2,
// real runtime.
//
// REQUIRES: rustc
// no-entry-exit: the calls this test checks stay in the order and at the
// depth they had without the user-space default's entry-exit records.
// RUN: env SANCOV_DATAFLOW_OPTIONS=no-entry-exit %rustc -Copt-level=0 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t.O0
// RUN: env SANCOV_DATAFLOW_OUT=%t.O0.bin %t.O0 | FileCheck %s --check-prefix=OUT
// RUN: %dataflow-view --binary %t.O0 %t.O0.bin --locations=false --filter '^<?fat_pointers::' | FileCheck %s --match-full-lines
// RUN: %dataflow-view --binary %t.O0 %t.O0.bin --format=jsonl --filter '^fat_pointers::slice' | FileCheck %s --check-prefix=JSON
// RUN: env SANCOV_DATAFLOW_OPTIONS=no-entry-exit %rustc -Copt-level=2 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t.O2
// RUN: env SANCOV_DATAFLOW_OUT=%t.O2.bin %t.O2 | FileCheck %s --check-prefix=OUT
// RUN: %dataflow-view --binary %t.O2 %t.O2.bin --locations=false --filter '^<?fat_pointers::' | FileCheck %s --match-full-lines
// RUN: %dataflow-view --binary %t.O2 %t.O2.bin --format=jsonl --filter '^fat_pointers::slice' | FileCheck %s --check-prefix=JSON

// OUT: HELLO=[72, 69, 76, 76, 79] sum=368

// One parameter (index 0), two values, named ptr and len; the return value
// follows.
// JSON: {"tid":{{[0-9]+}},"seq":{{[0-9]+}},"depth":0,"pc":"0x{{[0-9a-f]+}}","function":"fat_pointers::slice","linkage_name":"_R{{[0-9A-Za-z_]+}}5slice","file":"{{.*}}fat-pointers.rs","line":{{[0-9]+}},"status":"returned","args":[{"index":0,"name":"s","size":16,"ptr":"0x{{[0-9a-f]+}}","text":"&[u8] len=5 @0x[[P:[0-9a-f]+]]","values":[{"name":"ptr","raw":"0x[[P]]","text":"0x[[P]]"},{"name":"len","raw":"0x5","text":"5"}]}],"return":{"size":8,"ptr":"0x{{[0-9a-f]+}}","text":"109","values":[{"name":"#0","raw":"0x6d","text":"109"}]}}

use std::hint::black_box;

pub trait Speak {
    fn speak(&self, times: u32) -> u32;
}

pub struct Dog {
    pub age: u8,
}

impl Speak for Dog {
    #[inline(never)]
    fn speak(&self, times: u32) -> u32 {
        black_box(self.age as u32 * times)
    }
}

pub struct Point {
    pub x: i32,
    pub y: i32,
}

static BYTES: [u8; 5] = *b"hello";

// &[u8]: the data pointer is the static's address.
// CHECK: fat_pointers::slice(s=&[u8] len=5 @0x[[BYTES:[0-9a-f]+]]) -> 109
#[inline(never)]
pub fn slice(s: &[u8]) -> usize {
    black_box(s.len() + s[0] as usize)
}

// &str: the same shape. Both parts are used: at -O2 a part the function
// never reads is poison and reads as 0.
// CHECK-NEXT: fat_pointers::string(s=&str len=6 @0x{{[0-9a-f]+}}) -> 107
#[inline(never)]
pub fn string(s: &str) -> usize {
    black_box(s.len() + s.as_bytes()[1] as usize)
}

// A sub-slice: the pointer moved by one byte (FileCheck cannot add).
// CHECK-NEXT: fat_pointers::slice(s=&[u8] len=3 @0x{{[0-9a-f]+}}) -> 104
// &mut [T] works the same way; the function changes the first element.
// CHECK-NEXT: fat_pointers::mut_slice(s=&mut [i32] len=3 @0x{{[0-9a-f]+}}) -> 14
#[inline(never)]
pub fn mut_slice(s: &mut [i32]) -> i32 {
    s[0] += 1;
    black_box(s[0] + s.len() as i32)
}

// Box<[u8]> is a fat pointer too.
// CHECK-NEXT: fat_pointers::boxed_slice(b=alloc::boxed::Box<[u8], alloc::alloc::Global> len=2 @0x{{[0-9a-f]+}}) -> 7
#[inline(never)]
pub fn boxed_slice(b: Box<[u8]>) -> usize {
    black_box(b.len() + b[0] as usize)
}

// A fat pointer returned: its two registers become one value.
// CHECK-NEXT: fat_pointers::first_word(s=&str len=11 @0x[[W:[0-9a-f]+]]) -> &str len=5 @0x[[W]]
#[inline(never)]
pub fn first_word(s: &str) -> &str {
    black_box(s.split(' ').next().unwrap())
}

// &dyn Trait: data pointer and vtable; the call through the vtable
// reaches the impl, whose self is the same data pointer.
// CHECK-NEXT: fat_pointers::dyn_ref(s=&dyn fat_pointers::Speak @0x[[DOG:[0-9a-f]+]] vtable=0x{{[0-9a-f]+}}) {
// CHECK-NEXT:   <fat_pointers::Dog as fat_pointers::Speak>::speak(self=0x[[DOG]] {age=3}, times=2) -> 6
// CHECK-NEXT: } -> 6  // fat_pointers::dyn_ref
#[inline(never)]
pub fn dyn_ref(s: &dyn Speak) -> u32 {
    black_box(s.speak(2))
}

// Option<&T> is a nullable pointer described as an enum: the variant is
// named by what the pointer is (0 is None).
// CHECK-NEXT: fat_pointers::opt_ref(p=Some(0x{{[0-9a-f]+}})) -> 11
// CHECK-NEXT: fat_pointers::opt_ref(p=None) -> -1
#[inline(never)]
pub fn opt_ref(p: Option<&Point>) -> i32 {
    black_box(match p {
        Some(p) => p.x,
        None => -1,
    })
}

// CHECK-NEXT: fat_pointers::opt_box(b=Some(0x{{[0-9a-f]+}})) -> 7
// CHECK-NEXT: fat_pointers::opt_box(b=None) -> -1
#[inline(never)]
pub fn opt_box(b: Option<Box<Point>>) -> i32 {
    black_box(match b {
        Some(p) => p.x,
        None => -1,
    })
}

// CHECK-NEXT: fat_pointers::main()
fn main() {
    let mut sum = slice(black_box(&BYTES));
    sum += string(black_box("hello!"));
    sum += slice(black_box(&BYTES[1..4]));
    let mut v = [10, 20, 30];
    sum += mut_slice(black_box(&mut v)) as usize;
    sum += boxed_slice(black_box(vec![5u8, 6].into_boxed_slice()));
    // The whole result is used (see structs.rs, make_pair).
    sum += black_box(first_word(black_box("hello world"))).len();
    let d = Dog { age: 3 };
    sum += dyn_ref(black_box(&d)) as usize;
    let p = Point { x: 11, y: 12 };
    sum += opt_ref(black_box(Some(&p))) as usize;
    sum = sum.wrapping_add(opt_ref(black_box(None)) as usize);
    sum += opt_box(black_box(Some(Box::new(Point { x: 7, y: 8 })))) as usize;
    sum = sum.wrapping_add(opt_box(black_box(None)) as usize);
    println!("HELLO={:?} sum={}", BYTES.to_ascii_uppercase(), sum);
}
