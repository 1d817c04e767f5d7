//! The tantivy index of reports, and everything that reads it: search, citation lookup,
//! reports and figures.
//!
//! text → `tracuu_report::parse` → [`Indexer`] (a tantivy index on disk) → [`Engine`].
//!
//! | module | holds |
//! |---|---|
//! | `schema` | the fields, their names and analyzers |
//! | `writer`, `budget`, `folders` | [`Indexer`]: reports in, checkpoints, the folders the index equals |
//! | `keys`, `view`, `stored`, `snippet` | how numbers, names and reports are written into documents and read back |
//! | `search` | [`Engine::search`]: the query plan, the tiers, facets, snippets |
//! | `lookup`, `check` | [`Engine::lookup`]: what a document number names, and a draft's citations |
//! | `reports` | [`Engine::report`]: one report whole |
//! | `figures` | the appendix figures compiled for a unit and its parent |
//! | `engine`, `readonly`, `error` | the open index, served read-only when it must be |
//!
//! ```
//! use tracuu_index::{Engine, Indexer, SearchRequest};
//! let dir = tempfile::tempdir().unwrap();
//! let mut indexer = Indexer::open(dir.path()).unwrap();
//! indexer
//!     .add(
//!         "bac-son.txt",
//!         "ỦY BAN NHÂN DÂN\nXÃ BẮC SƠN\n\nBÁO CÁO\nKết quả công tác cải cách hành chính năm 2024\n\n\
//!          I. KẾT QUẢ\n1. Cải cách thủ tục hành chính\nThực hiện Kế hoạch số 05/KH-UBND.\n",
//!     )
//!     .unwrap();
//! indexer.commit().unwrap();
//! let engine = Engine::open(dir.path()).unwrap();
//! let found = engine.search(&SearchRequest::new("thu tuc hanh chinh")).unwrap();
//! assert_eq!(found.hits[0].report.source, "bac-son.txt");
//! ```

mod budget;
mod check;
mod engine;
mod error;
mod figures;
mod folders;
mod keys;
mod lookup;
mod readonly;
mod reports;
mod schema;
mod search;
mod snippet;
mod stored;
mod view;
mod writer;

// Writing: files' texts in, a committed index out.
pub use folders::file_of;
pub use schema::register_tokenizers;
pub use writer::{
    Counts, IndexSummary, Indexer, Outcome, Replaced, ReportText, Skipped, ToIndex, WriterOptions,
    report_key,
};

// Reading: search, citation lookup, reports and figures.
pub use engine::{Engine, Health};
pub use error::IndexError;
pub use figures::{
    Cell, Compiled, FigureRecord, FiguresError, FiguresRequest, Flag, IndicatorView, Inputs,
    PeriodColumn, Row, compile, find_indicators, records_at,
};
pub use lookup::{
    Article, CitedDocumentView, Citing, CitingSection, Indexed, Lookup, MAX_CITATION_CHARS,
    MAX_DRAFT_BYTES, PageRequest, SectionsPage, Status,
};
pub use reports::ReportView;
pub use search::function_words::is_function_word;
pub use search::query::{Word, words};
pub use search::request::{
    Group, InvalidParameter, MoreValues, SearchRequest, Sort, check_query_length, parse_category,
    parse_period,
};
pub use search::{Hit, MatchKind, SearchError, SearchResponse, Tiers};
pub use snippet::{Mark, Snippet};
pub use view::report_id;
