// Function names as users know them, from real rustc output in both symbol
// manglings: v0 (rustc 1.95's default) and legacy (-Csymbol-mangling-version
// =legacy, which drops generic arguments and closure numbers; the viewer
// takes those back from DW_AT_name). Generic functions are monomorphised:
// one name per instance. Closures: rustc describes a capturing closure's
// environment (its first parameter) with no DW_TAG_formal_parameter, so the
// viewer puts it back as `self` to keep the plugin's arg_idx and the names
// in step (x is parameter 1, not 0).
//
// REQUIRES: rustc
// no-entry-exit: the calls this test checks stay in the order and at the
// depth they had without the user-space default's entry-exit records.
// RUN: env SANCOV_DATAFLOW_OPTIONS=no-entry-exit %rustc -Copt-level=0 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t.v0.O0
// RUN: env SANCOV_DATAFLOW_OUT=%t.v0.O0.bin %t.v0.O0 | FileCheck %s --check-prefix=OUT
// RUN: %dataflow-view --binary %t.v0.O0 %t.v0.O0.bin --locations=false --filter '^<?names::' | FileCheck %s --check-prefixes=CHECK,V0 --match-full-lines
// RUN: env SANCOV_DATAFLOW_OPTIONS=no-entry-exit %rustc -Copt-level=2 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t.v0.O2
// RUN: env SANCOV_DATAFLOW_OUT=%t.v0.O2.bin %t.v0.O2 | FileCheck %s --check-prefix=OUT
// RUN: %dataflow-view --binary %t.v0.O2 %t.v0.O2.bin --locations=false --filter '^<?names::' | FileCheck %s --check-prefixes=CHECK,V0 --match-full-lines
// RUN: env SANCOV_DATAFLOW_OPTIONS=no-entry-exit %rustc -Zunstable-options -Csymbol-mangling-version=legacy -Copt-level=0 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t.legacy.O0
// RUN: llvm-nm %t.legacy.O0 | FileCheck %s --check-prefix=SYMS
// RUN: env SANCOV_DATAFLOW_OUT=%t.legacy.O0.bin %t.legacy.O0 | FileCheck %s --check-prefix=OUT
// RUN: %dataflow-view --binary %t.legacy.O0 %t.legacy.O0.bin --locations=false --filter '^<?names::' | FileCheck %s --check-prefixes=CHECK,LEGACY --match-full-lines
// RUN: env SANCOV_DATAFLOW_OPTIONS=no-entry-exit %rustc -Zunstable-options -Csymbol-mangling-version=legacy -Copt-level=2 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t.legacy.O2
// RUN: env SANCOV_DATAFLOW_OUT=%t.legacy.O2.bin %t.legacy.O2 | FileCheck %s --check-prefix=OUT
// RUN: %dataflow-view --binary %t.legacy.O2 %t.legacy.O2.bin --locations=false --filter '^<?names::' | FileCheck %s --check-prefixes=CHECK,LEGACY --match-full-lines

// OUT: total=30 sum=114

// The legacy build really is legacy-mangled (v0 names start with _R).
// SYMS: {{[0-9a-f]+}} t _ZN5names5inner6nested17h{{[0-9a-f]+}}E
// SYMS: {{[0-9a-f]+}} t _ZN5names7largest17h{{[0-9a-f]+}}E

use std::hint::black_box;

pub struct Wrapper<T> {
    pub v: T,
}

impl<T: Copy + Into<u64>> Wrapper<T> {
    // A method of a generic type: one instance per T.
    // V0: <names::Wrapper<u8>>::get(self=0x{{[0-9a-f]+}} {v=7}) -> 7
    // V0-NEXT: <names::Wrapper<u32>>::get(self=0x{{[0-9a-f]+}} {v=9}) -> 9
    // LEGACY: names::Wrapper<T>::get<u8>(self=0x{{[0-9a-f]+}} {v=7}) -> 7
    // LEGACY-NEXT: names::Wrapper<T>::get<u32>(self=0x{{[0-9a-f]+}} {v=9}) -> 9
    #[inline(never)]
    pub fn get(&self) -> u64 {
        black_box(self.v.into())
    }
}

pub trait Speak {
    fn speak(&self, times: u32) -> u32;
}

pub struct Dog {
    pub age: u8,
}

impl Speak for Dog {
    // A trait method: <Type as Trait>::method in both manglings.
    // CHECK-NEXT: <names::Dog as names::Speak>::speak(self=0x{{[0-9a-f]+}} {age=4}, times=3) -> 12
    #[inline(never)]
    fn speak(&self, times: u32) -> u32 {
        black_box(self.age as u32 * times)
    }
}

pub mod inner {
    // A function of a module.
    // CHECK-NEXT: names::inner::nested(x=41) -> 42
    #[inline(never)]
    pub fn nested(x: u16) -> u16 {
        std::hint::black_box(x + 1)
    }
}

// A generic function: one instance per type, named with its arguments.
// V0-NEXT: names::largest::<i64>(a=3, b=-9) -> 3
// V0-NEXT: names::largest::<f32>(a=2.5, b=1.0) -> 2.5
// LEGACY-NEXT: names::largest<i64>(a=3, b=-9) -> 3
// LEGACY-NEXT: names::largest<f32>(a=2.5, b=1.0) -> 2.5
#[inline(never)]
pub fn largest<T: PartialOrd + Copy>(a: T, b: T) -> T {
    black_box(if a > b { a } else { b })
}

// A capturing closure passed by value: f is its environment, a struct of
// references to the captured variables (here k). The closure itself gets
// the environment by reference as `self`; rustc gives no location for it.
// V0-NEXT: names::apply::<names::main::{closure#0}>(f={_ref__k=0x{{[0-9a-f]+}}}, v=6) {
// V0-NEXT:   names::main::{closure#0}(self=<optimized out>, x=6) -> 30
// V0-NEXT: } -> 30  // names::apply::<names::main::{closure#0}>
// LEGACY-NEXT: names::apply<names::main::{closure_env#0}>(f={_ref__k=0x{{[0-9a-f]+}}}, v=6) {
// LEGACY-NEXT:   names::main::{closure#0}(self=<optimized out>, x=6) -> 30
// LEGACY-NEXT: } -> 30  // names::apply<names::main::{closure_env#0}>
//
// A closure capturing nothing is a zero-sized struct: `{}`.
// V0-NEXT: names::apply::<names::main::{closure#1}>(f={}, v=8) {
// V0-NEXT:   names::main::{closure#1}(self={{0x[0-9a-f]+|<optimized out>}}, x=8) -> 9
// V0-NEXT: } -> 9  // names::apply::<names::main::{closure#1}>
// LEGACY-NEXT: names::apply<names::main::{closure_env#1}>(f={}, v=8) {
// LEGACY-NEXT:   names::main::{closure#1}(self={{0x[0-9a-f]+|<optimized out>}}, x=8) -> 9
// LEGACY-NEXT: } -> 9  // names::apply<names::main::{closure_env#1}>
#[inline(never)]
pub fn apply<F: Fn(u32) -> u32>(f: F, v: u32) -> u32 {
    black_box(f(v))
}

// FnMut: the environment holds a mutable reference to total.
// V0-NEXT: names::apply_mut::<names::main::{closure#2}>(f={_ref__total=0x{{[0-9a-f]+}}}) {
// LEGACY-NEXT: names::apply_mut<names::main::{closure_env#2}>(f={_ref__total=0x{{[0-9a-f]+}}}) {
// CHECK-NEXT:   names::main::{closure#2}(self=<optimized out>, x=1)
// CHECK-NEXT:   names::main::{closure#2}(self=<optimized out>, x=2)
// CHECK-NEXT: }  // names::{{.*}}
#[inline(never)]
pub fn apply_mut<F: FnMut(u32)>(mut f: F) {
    f(1);
    f(2);
}

// CHECK-NEXT: names::main()
fn main() {
    let mut sum = black_box(&Wrapper { v: 7u8 }).get();
    sum += black_box(&Wrapper { v: 9u32 }).get();
    sum += black_box(&Dog { age: 4 }).speak(black_box(3)) as u64;
    sum += inner::nested(black_box(41)) as u64;
    sum += largest(black_box(3i64), black_box(-9)) as u64;
    sum += largest(black_box(2.5f32), black_box(1.0)) as u64;
    let k = black_box(5u32);
    sum += apply(
        #[inline(never)]
        |x| x * k,
        black_box(6),
    ) as u64;
    sum += apply(
        #[inline(never)]
        |x| x + 1,
        black_box(8),
    ) as u64;
    let mut total = 0u32;
    apply_mut(
        #[inline(never)]
        |x| total += x * 10,
    );
    println!("total={} sum={}", total, sum);
}
