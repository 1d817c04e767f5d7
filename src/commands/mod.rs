//! One module per subcommand; each exposes `run`.

pub mod bench;
pub mod cite;
pub mod demo;
pub mod generate;
pub mod index;
pub mod parse;
pub mod remove;
pub mod search;
pub mod serve;

use anyhow::Context;
use std::path::Path;
use tracuu_index::Engine;

/// Opens the index for reading, saying which folder when it cannot.
pub fn open_engine(dir: &Path) -> anyhow::Result<Engine> {
    Engine::open(dir).with_context(|| format!("cannot open index {}", dir.display()))
}
