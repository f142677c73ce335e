//! A small shop: items parsed from text, a cart with methods, an enum with
//! data, a closure. Built by ../run.sh with the sancov-dataflow plugin; the
//! viewer then shows every call below with its parameters by name.

/// A line of the order, parsed from "ID xQTY @CENTS".
#[derive(Clone, Copy, Debug)]
pub struct Item {
    pub id: u32,
    pub qty: u16,
    pub price_cents: u64,
}

pub struct Cart {
    pub items: Vec<Item>,
    pub discount_percent: Option<u8>,
}

pub enum Payment {
    Cash,
    Card { last4: u16 },
    Voucher(u32),
}

/// "7 x2 @350" -> Item { id: 7, qty: 2, price_cents: 350 }.
pub fn parse_item(line: &str) -> Option<Item> {
    let mut parts = line.split_whitespace();
    let id = parts.next()?.parse().ok()?;
    let qty = parts.next()?.strip_prefix('x')?.parse().ok()?;
    let price_cents = parts.next()?.strip_prefix('@')?.parse().ok()?;
    Some(Item { id, qty, price_cents })
}

impl Cart {
    pub fn new(discount_percent: Option<u8>) -> Cart {
        Cart { items: Vec::new(), discount_percent }
    }

    pub fn add(&mut self, item: Item) {
        self.items.push(item);
    }

    pub fn total(&self) -> u64 {
        let sum: u64 = self.items.iter().map(|i| i.qty as u64 * i.price_cents).sum();
        match self.discount_percent {
            Some(p) => sum - sum * p as u64 / 100,
            None => sum,
        }
    }
}

/// The fee a payment costs, in cents.
pub fn fee(total: u64, payment: Payment) -> u64 {
    match payment {
        Payment::Cash => 0,
        Payment::Card { last4: _ } => total / 100,
        Payment::Voucher(code) => (code % 7) as u64,
    }
}

pub fn checksum(bytes: &[u8]) -> u32 {
    bytes.iter().map(|&b| b as u32).sum()
}

fn main() {
    let order = "7 x2 @350\n12 x1 @1299\nbad line";
    let mut cart = Cart::new(Some(10));
    for line in order.lines() {
        if let Some(item) = parse_item(line) {
            cart.add(item);
        }
    }
    let total = cart.total();
    let fee = fee(total, Payment::Card { last4: 4242 });
    println!("{} items, total {} cents, card fee {} cents", cart.items.len(), total, fee);
    // Computed at compile time by the proc-macro and at run time here.
    assert_eq!(demo_macros::byte_sum!("shop"), checksum(b"shop"));
    println!("{}; checksum {}", env!("DEMO_GREETING"), checksum(b"shop"));
}
