//! Integration tests, in one binary: one module per area.

mod api;
mod cli;
mod common;
mod extract;
mod extract_seeds;
mod figures;
mod generate;
mod parse;
mod seeds;
mod serve;
