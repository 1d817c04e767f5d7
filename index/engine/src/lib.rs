//! Report parsing, indexing, search and citation lookup for `tracuu`.
//!
//! text → `tracuu_report::parse` → [`Indexer`] (a tantivy index on disk, see [`schema`]) →
//! [`Engine`] (search, citation lookup, reports).

mod budget;
pub mod check;
pub mod engine;
pub mod error;
pub mod figures;
mod folders;
pub mod keys;
pub mod lookup;
mod readonly;
pub mod reports;
pub mod schema;
pub mod search;
pub mod snippet;
pub mod stored;
pub mod view;
pub mod writer;

pub use engine::{Engine, Health};
pub use error::IndexError;
pub use folders::file_of;
pub use lookup::{CitedDocumentView, CitingSection, Lookup, Status};
pub use reports::ReportView;
pub use search::request::{Group, InvalidParameter, MoreValues, SearchRequest, Sort};
pub use search::{Hit, MatchKind, SearchError, SearchResponse, Tiers};
pub use snippet::{Mark, Snippet};
pub use writer::{IndexSummary, Indexer, Outcome, ReportText, Skipped, ToIndex, WriterOptions};
