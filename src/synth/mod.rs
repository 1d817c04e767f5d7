//! Synthetic reports (placeholder until the generator lands).

use std::path::{Path, PathBuf};

/// Writes `n` synthetic reports into `dir`.
pub fn write_corpus(dir: &Path, n: usize, seed: u64) -> std::io::Result<Vec<PathBuf>> {
    let _ = (dir, n, seed);
    Err(std::io::Error::other("the generator is not built yet"))
}

/// A generated report.
pub struct SyntheticReport {
    /// Its file name.
    pub file_name: String,
    /// Its text.
    pub text: String,
}

/// Generates `n` reports.
pub fn generate(n: usize, seed: u64) -> Vec<SyntheticReport> {
    let _ = (n, seed);
    Vec::new()
}
