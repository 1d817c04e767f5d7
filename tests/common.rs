//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::PathBuf;

/// The folder of the real seed reports, `../shared/seeds` beside the repository.
pub fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds")
}

/// The `tracuu` binary built for these tests.
pub fn tracuu_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_tracuu"))
}
