//! Integration tests, in one binary: one module per area.

mod common;
mod extract;
mod generate;
mod parse;
