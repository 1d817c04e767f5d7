//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// The folder of the real seed reports: `$TRACUU_SEEDS`, or `../shared/seeds` beside the
/// repository.
pub fn seeds_dir() -> PathBuf {
    std::env::var_os("TRACUU_SEEDS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"),
        PathBuf::from,
    )
}

/// The project's own fixture reports.
pub fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reports")
}

/// The `tracuu` binary built for these tests.
pub fn tracuu_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_tracuu"))
}

/// Runs `tracuu` with arguments.
pub fn tracuu(args: &[&str]) -> Output {
    Command::new(tracuu_bin())
        .args(args)
        .env_remove("TRACUU_INDEX")
        .output()
        .expect("tracuu runs")
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Indexes `paths` into a new index in a temporary folder through the library.
pub fn build_index(paths: &[PathBuf]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    tracuu::commands::index::index_paths(dir.path(), paths, false).expect("index builds");
    dir
}

/// An index of the fixture reports, built once for the whole test binary.
pub fn fixture_index() -> &'static Path {
    static INDEX: OnceLock<tempfile::TempDir> = OnceLock::new();
    INDEX.get_or_init(|| build_index(&[fixtures_dir()])).path()
}
