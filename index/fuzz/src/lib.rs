//! The report parser's source, compiled on its own for fuzzing (see Cargo.toml).

#[path = "../../src/report/mod.rs"]
pub mod report;
