//! Integration tests of `tracuu-tokenizer`, one module per area.

mod common;
mod properties;
mod seeds;
mod snapshots;
