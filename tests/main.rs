//! Integration tests, in one binary: one module per area.

mod api;
mod cli;
mod cli_page;
mod common;
mod eval;
mod export;
mod extract;
mod extract_seeds;
mod filters;
mod generate;
mod gold_eval;
mod parse;
mod portal;
mod seeds;
mod serve;
