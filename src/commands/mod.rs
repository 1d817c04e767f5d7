//! One module per subcommand; each exposes `run`.

pub mod bench;
pub mod cite;
pub mod demo;
pub mod eval;
pub mod figures;
pub mod generate;
pub mod index;
pub mod parse;
pub mod remove;
pub mod search;
pub mod serve;

use anyhow::Context;

/// A search or lookup that ran and found nothing: the binary exits with 1 and says nothing
/// more, as grep does; any other error exits with 2.
#[derive(Debug)]
pub struct NothingFound;

impl std::fmt::Display for NothingFound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("nothing found")
    }
}

impl std::error::Error for NothingFound {}
use std::path::Path;
use tracuu_index::Engine;

/// Opens the index for reading, saying which folder when it cannot.
pub fn open_engine(dir: &Path) -> anyhow::Result<Engine> {
    Engine::open(dir).with_context(|| format!("cannot open index {}", dir.display()))
}
