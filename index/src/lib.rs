//! Report parsing, indexing, search and citation lookup for `tracuu`.

pub mod extract;
pub mod report;

pub use report::{Report, parse};
