//! The `tracuu` program: the CLI, the HTTP API and the web page, wired on the
//! `tracuu-tokenizer` and `tracuu-index` libraries.
//!
//! text → report (`tracuu_report`) → index (`tracuu_index::Indexer`) → search
//! (`tracuu_index::Engine`) → API ([`api`]) → page ([`web`]).

/// `println!` that stops quietly when stdout is closed (`tracuu search … | head`).
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        // What the terminal shows is repaired as the API's answers are: the PDF lookalike
        // `ƣ` as `ư` (same byte length, so offsets printed stay true).
        let line = format!($($arg)*);
        let _ = writeln!(std::io::stdout(), "{}", tracuu_tokenizer::repair_lookalikes(&line));
    }};
}

pub mod api;
pub mod bench;
pub mod cli;
pub mod commands;
pub mod eval;
pub mod origins;
pub mod sources;
pub mod synth;
pub mod text;
pub mod web;
