//! Drives the regex crate (Debian's librust-regex-dev sources, built with
//! the sancov-dataflow plugin like this driver): compiles two patterns and
//! uses them on a line of text.
use regex::Regex;

/// "2023-01-10" -> "10.01.2023", for every date in the text.
fn reformat_dates(re: &Regex, text: &str) -> String {
    re.replace_all(text, "$d.$m.$y").into_owned()
}

fn long_words<'t>(re: &Regex, text: &'t str) -> Vec<&'t str> {
    re.find_iter(text).map(|m| m.as_str()).collect()
}

fn main() {
    let date = Regex::new(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})").unwrap();
    let word = Regex::new(r"\b[a-z]{8,}\b").unwrap();
    let text = "released 2023-01-10, patched 2024-06-30";
    for caps in date.captures_iter(text) {
        println!("year {} month {} day {}", &caps["y"], &caps["m"], &caps["d"]);
    }
    println!("{}", reformat_dates(&date, text));
    println!("{:?}", long_words(&word, text));
    println!("{}", word.is_match("short words"));
}
