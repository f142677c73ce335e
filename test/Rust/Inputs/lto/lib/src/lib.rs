//! A library crate: with LTO its bitcode is optimised again with the
//! application's, in the same rustc process that loaded the plugin.
pub struct Pair {
    pub a: u64,
    pub b: u32,
}

#[inline(never)]
pub fn weigh(p: &Pair, k: u32) -> u64 {
    std::hint::black_box(p.a * k as u64 + p.b as u64)
}
