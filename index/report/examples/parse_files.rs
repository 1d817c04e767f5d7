//! Parses every file of the folders given, composed as readers hand them over, `ROUNDS`
//! times (default 1), and prints the bytes and citations read: a fixed workload for
//! `perf stat -e instructions` or `valgrind --tool=callgrind`, whose counts the machine's
//! load does not change:
//!
//! `cargo run --release -p tracuu-report --example parse_files -- DIR… [--rounds N]`

use std::path::PathBuf;

fn main() {
    let mut rounds = 1;
    let mut dirs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--rounds" {
            rounds = args
                .next()
                .and_then(|n| n.parse().ok())
                .expect("--rounds N");
        } else {
            dirs.push(PathBuf::from(a));
        }
    }
    let mut texts = Vec::new();
    for dir in dirs {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("folder")
            .filter_map(|e| Some(e.ok()?.path()))
            .filter(|p| p.is_file())
            .collect();
        paths.sort();
        for p in paths {
            if let Ok(bytes) = std::fs::read(&p) {
                let text = String::from_utf8_lossy(&bytes);
                texts.push(tracuu_tokenizer::nfc(&text).into_owned());
            }
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut citations = 0;
    for _ in 0..rounds {
        for t in &texts {
            citations += tracuu_report::parse(t).citations.len();
        }
    }
    println!(
        "{} files, {bytes} bytes, {rounds} rounds, {citations} citations",
        texts.len()
    );
}
