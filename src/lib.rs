//! The `tracuu` program: the CLI, the HTTP API and the web page, wired on the
//! `tracuu-tokenizer` and `tracuu-index` libraries.

pub mod cli;
pub mod commands;
pub mod synth;
