//! Extraction throughput (written below).
fn main() {}
