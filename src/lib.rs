//! The `tracuu` program: the CLI, the HTTP API and the web page, wired on the
//! `tracuu-tokenizer` and `tracuu-index` libraries.
//!
//! text → report (`tracuu_report`) → index (`tracuu_index::writer`) → search
//! (`tracuu_index::search`) → API ([`api`]) → page ([`web`]).

/// `println!` that stops quietly when stdout is closed (`tracuu search … | head`).
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
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
