//! A proc-macro without dependencies: `byte_sum!("text")` is the sum of the
//! bytes of a string literal, computed at compile time inside rustc.
use proc_macro::{TokenStream, TokenTree};

#[proc_macro]
pub fn byte_sum(input: TokenStream) -> TokenStream {
    let lit = match input.into_iter().next() {
        Some(TokenTree::Literal(l)) => l.to_string(),
        _ => panic!("byte_sum! takes a string literal"),
    };
    let text = lit.trim_matches('"');
    let sum: u32 = text.bytes().map(u32::from).sum();
    format!("{sum}u32").parse().unwrap()
}
