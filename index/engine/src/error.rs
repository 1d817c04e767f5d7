//! Errors of the index: opening, writing and reading it.

use std::path::PathBuf;

/// What went wrong with the index.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// Another process is writing to the same index.
    #[error("index is busy: another `tracuu index` is writing to {dir}")]
    Busy {
        /// The index folder.
        dir: PathBuf,
    },
    /// There is no index in the folder.
    #[error("no index in {dir}: run `tracuu index` first")]
    Missing {
        /// The index folder.
        dir: PathBuf,
    },
    /// The folder could not be created or read.
    #[error("cannot use index folder {dir}")]
    Io {
        /// The index folder.
        dir: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The index was written by a version of tracuu with another schema.
    #[error(
        "the index was written by another version of tracuu: delete the folder and run `tracuu index` again"
    )]
    OtherVersion,
    /// tantivy failed.
    #[error(transparent)]
    Tantivy(#[from] tantivy::TantivyError),
    /// The report parser failed on a text (a bug of the parser); nothing of it was written.
    #[error("{file}: {reason}")]
    Unparsable {
        /// The report's source path.
        file: String,
        /// What failed.
        reason: String,
    },
    /// A stored document could not be read back.
    #[error("stored {what} is unreadable: {detail}")]
    Corrupt {
        /// Which stored value.
        what: &'static str,
        /// Why.
        detail: String,
    },
}
