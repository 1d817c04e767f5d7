//! Integration tests, in one binary: one module per area.

mod api;
mod cli;
mod common;
mod crash;
mod extract;
mod extract_seeds;
mod files;
mod folders;
mod generate;
mod parse;
mod seeds;
mod serve;
mod server;
