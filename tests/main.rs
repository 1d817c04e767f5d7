//! Integration tests, in one binary: one module per area.

mod api;
mod cli;
mod common;
mod extract;
mod extract_seeds;
mod generate;
mod parse;
mod portal;
mod seeds;
mod serve;
