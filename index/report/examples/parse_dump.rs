//! Serialises what the parser reads in every file of the folders given, one JSON line per
//! file, to compare the parser's output before and after a change that must not alter it:
//!
//! `cargo run --release -p tracuu-report --example parse_dump -- OUT DIR…`
//!
//! Folders are walked recursively, files in name order. Each file is parsed as read (lossy
//! UTF-8) and, when composing it changes it, once more composed; `extract_citations` runs on
//! it too, and the figures of the first parse. The text itself is never written, only the parse.

use std::io::Write;
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            files(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let out_path = args.next().expect("usage: parse_dump OUT DIR…");
    let mut paths = Vec::new();
    for dir in args {
        files(Path::new(&dir), &mut paths);
    }
    let mut out = std::io::BufWriter::new(std::fs::File::create(&out_path).expect("create OUT"));
    for path in &paths {
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        let composed = tracuu_tokenizer::nfc(&text);
        let parse = tracuu_report::parse(&text);
        let line = serde_json::json!({
            "file": path.display().to_string(),
            "figures": parse.figures(),
            "parse": parse,
            "parse_nfc": (composed != text).then(|| tracuu_report::parse(&composed)),
            "extract_citations": tracuu_report::extract_citations(&composed),
        });
        writeln!(out, "{line}").expect("write");
    }
    eprintln!("{} files", paths.len());
}
