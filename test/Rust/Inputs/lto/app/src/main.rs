use std::hint::black_box;

#[inline(never)]
fn twice(x: u64) -> u64 {
    black_box(x * 2)
}

fn main() {
    let p = lto_lib::Pair { a: 3, b: 4 };
    let w = lto_lib::weigh(black_box(&p), black_box(5));
    println!("{}", twice(black_box(w)));
}
