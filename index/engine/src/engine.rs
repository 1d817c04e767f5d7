//! The read side of an index: a searcher that follows new commits.

use crate::error::IndexError;
use crate::schema::{self, Fields, KIND_CITATION, KIND_REPORT, KIND_SECTION};
use serde::Serialize;
use std::path::{Path, PathBuf};
use tantivy::collector::Count;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::{Index, IndexReader, ReloadPolicy, Searcher, Term};
use utoipa::ToSchema;

/// An open index for reading: search, citation lookup, reports. Cheap to share behind an
/// `Arc`; every call sees the latest commit (picked up within a second of it).
pub struct Engine {
    dir: PathBuf,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    /// The citation columns parsed so far (see [`crate::lookup::light`]).
    columns: crate::lookup::light::Cache,
}

/// What the index holds.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Health {
    /// `ok`.
    pub status: &'static str,
    /// Reports indexed.
    pub reports: u64,
    /// Sections indexed.
    pub sections: u64,
    /// (report, cited document) pairs indexed.
    pub citations: u64,
}

impl Engine {
    /// Opens the index in `dir` for reading; the folder need not be writable (see
    /// `readonly`).
    pub fn open(dir: &Path) -> Result<Engine, IndexError> {
        if !dir.join("meta.json").exists() {
            return Err(IndexError::Missing {
                dir: dir.to_path_buf(),
            });
        }
        let index = Index::open(crate::readonly::ReadableDirectory::open(dir)?)?;
        let fields = schema::fields_of(&index.schema())?;
        schema::register_tokenizers(&index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::OnCommitWithDelay)
            .try_into()?;
        Ok(Engine {
            dir: dir.to_path_buf(),
            index,
            reader,
            fields,
            columns: Default::default(),
        })
    }

    /// The index folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The tantivy index.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// The schema's fields.
    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    /// A searcher on the latest commit.
    pub fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// The citation columns parsed so far, for every lookup.
    pub(crate) fn columns(&self) -> &crate::lookup::light::Cache {
        &self.columns
    }

    /// Picks up the latest commit now rather than within the next second.
    pub fn reload(&self) -> Result<(), IndexError> {
        Ok(self.reader.reload()?)
    }

    /// Counts of what the index holds.
    pub fn health(&self) -> Result<Health, IndexError> {
        let searcher = self.searcher();
        let count = |kind: &str| -> Result<u64, IndexError> {
            let q = TermQuery::new(
                Term::from_field_text(self.fields.kind, kind),
                IndexRecordOption::Basic,
            );
            Ok(searcher.search(&q, &Count)? as u64)
        };
        Ok(Health {
            status: "ok",
            reports: count(KIND_REPORT)?,
            sections: count(KIND_SECTION)?,
            citations: count(KIND_CITATION)?,
        })
    }
}
