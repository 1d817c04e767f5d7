//! Integration tests, in one binary: one module per area.

mod api;
mod cli;
mod cli_page;
mod common;
mod crash;
mod eval;
mod export;
mod extract;
mod extract_seeds;
mod figures;
mod files;
mod filters;
mod folders;
mod generate;
mod gold_eval;
mod parse;
mod portal;
mod seeds;
mod serve;
mod server;
