//! Synthetic reports (placeholder until the generator lands).

use std::path::{Path, PathBuf};

/// Writes `n` synthetic reports into `dir`.
pub fn write_corpus(dir: &Path, n: usize, seed: u64) -> std::io::Result<Vec<PathBuf>> {
    let _ = (dir, n, seed);
    Err(std::io::Error::other("the generator is not built yet"))
}
