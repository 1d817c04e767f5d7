//! Writing reports into the index: add, replace, skip unchanged, commit once.

use crate::error::IndexError;
use crate::keys;
use crate::report::{self, Report};
use crate::schema::{self, Fields, KIND_CITATION, KIND_REPORT, KIND_SECTION};
use crate::snippet::mention_snippet;
use crate::view::{ReportSummary, SectionRef, period_kind_name};
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use tantivy::collector::DocSetCollector;
use tantivy::directory::error::LockError;
use tantivy::query::TermQuery;
use tantivy::schema::{Facet, IndexRecordOption, Value};
use tantivy::{Index, IndexWriter, TantivyDocument, TantivyError, Term};

/// Memory the writer may buffer before it flushes a segment.
const WRITER_BUDGET: usize = 128 * 1024 * 1024;

/// What happened to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// A new report.
    Added,
    /// A changed file: its old version was replaced.
    Replaced,
    /// The same text as already indexed: nothing to do.
    Unchanged,
}

/// Counts of one kind of thing in a run.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// New.
    pub added: u64,
    /// Replacing an older version.
    pub replaced: u64,
    /// Already indexed as they are.
    pub unchanged: u64,
    /// Not indexed (reports only).
    pub skipped: u64,
}

/// A file that was not indexed, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    /// Its source path.
    pub source: String,
    /// Why it was skipped.
    pub reason: String,
}

/// What a run did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct IndexSummary {
    /// Reports (files).
    pub reports: Counts,
    /// Sections of those reports.
    pub sections: Counts,
    /// Cited documents of those reports.
    pub citations: Counts,
    /// The files skipped, with reasons.
    pub skipped: Vec<Skipped>,
}

struct Known {
    key: u64,
    hash: String,
}

/// Writes reports into an index folder; everything a run does becomes visible at once, on
/// [`Indexer::commit`], or not at all.
pub struct Indexer {
    dir: PathBuf,
    writer: IndexWriter,
    fields: Fields,
    known: HashMap<String, Known>,
    summary: IndexSummary,
    dirty: bool,
}

/// Opens the index in `dir`, creating it (and the folder) if missing.
pub fn open_or_create(dir: &Path) -> Result<Index, IndexError> {
    std::fs::create_dir_all(dir).map_err(|source| IndexError::Io {
        dir: dir.to_path_buf(),
        source,
    })?;
    let index = if dir.join("meta.json").exists() {
        let index = Index::open_in_dir(dir)?;
        schema::fields_of(&index.schema())?;
        index
    } else {
        let (schema, _) = schema::build();
        Index::create_in_dir(dir, schema)?
    };
    schema::register_tokenizers(&index);
    Ok(index)
}

impl Indexer {
    /// Opens (or creates) the index in `dir` for writing. Fails with [`IndexError::Busy`]
    /// when another writer holds it.
    pub fn open(dir: &Path) -> Result<Indexer, IndexError> {
        let index = open_or_create(dir)?;
        let fields = schema::fields_of(&index.schema())?;
        let writer = index.writer(WRITER_BUDGET).map_err(|err| match err {
            TantivyError::LockFailure(LockError::LockBusy, _) => IndexError::Busy {
                dir: dir.to_path_buf(),
            },
            other => IndexError::Tantivy(other),
        })?;
        let known = load_known(&index, &fields)?;
        Ok(Indexer {
            dir: dir.to_path_buf(),
            writer,
            fields,
            known,
            summary: IndexSummary::default(),
            dirty: false,
        })
    }

    /// How many reports the index held when it was opened, plus those added since.
    pub fn report_count(&self) -> usize {
        self.known.len()
    }

    /// Parses and adds one report, replacing an older version from the same source.
    pub fn add(&mut self, source: &str, text: &str) -> Result<Outcome, IndexError> {
        let hash = content_hash(text);
        let key = report_key(source);
        let outcome = match self.known.get(source) {
            Some(known) if known.hash == hash => Outcome::Unchanged,
            Some(known) => {
                self.writer
                    .delete_term(Term::from_field_u64(self.fields.report_key, known.key));
                Outcome::Replaced
            }
            None => Outcome::Added,
        };
        let report = report::parse(text);
        let sections = report.sections.len().max(1) as u64;
        let citations = report.documents.len() as u64;
        let counts = |c: &mut Counts, n: u64| match outcome {
            Outcome::Added => c.added += n,
            Outcome::Replaced => c.replaced += n,
            Outcome::Unchanged => c.unchanged += n,
        };
        counts(&mut self.summary.reports, 1);
        counts(&mut self.summary.sections, sections);
        counts(&mut self.summary.citations, citations);
        if outcome == Outcome::Unchanged {
            return Ok(outcome);
        }
        for doc in documents(&self.fields, key, source, &hash, text, &report) {
            self.writer.add_document(doc)?;
        }
        self.known.insert(source.to_string(), Known { key, hash });
        self.dirty = true;
        Ok(outcome)
    }

    /// Records a file that could not be read or parsed.
    pub fn skip(&mut self, source: &str, reason: impl Into<String>) {
        self.summary.reports.skipped += 1;
        self.summary.skipped.push(Skipped {
            source: source.to_string(),
            reason: reason.into(),
        });
    }

    /// Commits everything added in this run at once, then syncs the folder. Without changes
    /// nothing is written.
    pub fn commit(mut self) -> Result<IndexSummary, IndexError> {
        if self.dirty {
            self.writer.commit()?;
            self.writer.wait_merging_threads()?;
            sync_dir(&self.dir)?;
        }
        Ok(self.summary)
    }
}

/// The key of a report, from its source path.
pub fn report_key(source: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(source.as_bytes())
}

fn content_hash(text: &str) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(text.as_bytes()))
}

fn sync_dir(dir: &Path) -> Result<(), IndexError> {
    std::fs::File::open(dir)
        .and_then(|f| f.sync_all())
        .map_err(|source| IndexError::Io {
            dir: dir.to_path_buf(),
            source,
        })
}

fn load_known(index: &Index, fields: &Fields) -> Result<HashMap<String, Known>, IndexError> {
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let query = TermQuery::new(
        Term::from_field_text(fields.kind, KIND_REPORT),
        IndexRecordOption::Basic,
    );
    let mut known = HashMap::new();
    for address in searcher.search(&query, &DocSetCollector)? {
        let doc: TantivyDocument = searcher.doc(address)?;
        let source = doc.get_first(fields.source).and_then(|v| v.as_str());
        let hash = doc.get_first(fields.content_hash).and_then(|v| v.as_str());
        let key = doc.get_first(fields.report_key).and_then(|v| v.as_u64());
        if let (Some(source), Some(hash), Some(key)) = (source, hash, key) {
            known.insert(
                source.to_string(),
                Known {
                    key,
                    hash: hash.to_string(),
                },
            );
        }
    }
    Ok(known)
}

/// One document a cited document becomes in a report: the document and its mentions there.
#[derive(Debug, Serialize)]
struct StoredDocument<'a> {
    key: &'a str,
    #[serde(rename = "type")]
    doc_type: Option<&'a str>,
    number: &'a str,
    year: Option<i32>,
    code: &'a str,
    date: Option<&'a str>,
    issuer: Option<&'a str>,
    subject: Option<&'a str>,
    mentions: Vec<StoredMention>,
}

#[derive(Debug, Serialize)]
struct StoredMention {
    section: SectionRef,
    snippet: String,
}

/// The tantivy documents of one report.
fn documents(
    f: &Fields,
    key: u64,
    source: &str,
    hash: &str,
    text: &str,
    report: &Report,
) -> Vec<TantivyDocument> {
    let summary = ReportSummary::of(key, source, report);
    let summary_json = serde_json::to_string(&summary).unwrap_or_default();
    let mut out = Vec::with_capacity(report.sections.len() + report.documents.len() + 1);

    let mut doc = TantivyDocument::new();
    doc.add_text(f.kind, KIND_REPORT);
    doc.add_u64(f.report_key, key);
    doc.add_text(f.source, source);
    doc.add_text(f.content_hash, hash);
    doc.add_text(f.summary, &summary_json);
    doc.add_text(f.text, text);
    doc.add_text(
        f.report_json,
        serde_json::to_string(report).unwrap_or_default(),
    );
    out.push(doc);

    // Filters and facets every section of the report carries.
    let meta = &report.metadata;
    let mut unit_terms = Vec::new();
    for unit in [&meta.unit, &meta.parent].into_iter().flatten() {
        unit_terms.extend(keys::name_forms(&unit.name));
        unit_terms.extend(keys::name_forms(&unit.display()));
    }
    if let Some(province) = &meta.province {
        unit_terms.extend(keys::name_forms(province));
        unit_terms.extend(keys::name_forms(&format!("tỉnh {province}")));
    }
    unit_terms.sort();
    unit_terms.dedup();
    let year = summary.year.and_then(|y| u64::try_from(y).ok());
    let period = meta.period.as_ref().map(|p| period_kind_name(p.kind));

    let mut cited: Vec<Vec<String>> = vec![Vec::new(); report.sections.len().max(1)];
    for citation in &report.citations {
        let slot = citation.section.unwrap_or(0).min(cited.len() - 1);
        cited[slot].push(keys::key_folded(&citation.key));
        cited[slot].push(keys::key_exact(&citation.key));
    }

    let whole = [crate::report::Section {
        path: String::new(),
        title: meta.title.clone().unwrap_or_default(),
        level: 0,
        category: crate::report::Category::Other,
        parent: None,
        span: 0..text.len(),
        heading: 0..0,
        body: 0..text.len(),
        kind: crate::report::SectionKind::Preamble,
    }];
    let sections: &[crate::report::Section] = if report.sections.is_empty() {
        &whole
    } else {
        &report.sections
    };
    for (ord, section) in sections.iter().enumerate() {
        let heading = text.get(section.heading.clone()).unwrap_or_default();
        let body = text.get(section.body.clone()).unwrap_or_default();
        let own = text
            .get(section.heading.start.min(section.body.start)..section.body.end)
            .unwrap_or_default();
        let mut doc = TantivyDocument::new();
        doc.add_text(f.kind, KIND_SECTION);
        doc.add_u64(f.report_key, key);
        doc.add_text(f.summary, &summary_json);
        doc.add_u64(f.section_ord, ord as u64);
        doc.add_text(f.path, &section.path);
        doc.add_text(f.title, &section.title);
        doc.add_text(f.category, section.category.as_str());
        doc.add_text(f.heading_exact, heading);
        doc.add_text(f.heading_folded, heading);
        doc.add_text(f.body_exact, body);
        doc.add_text(f.body_folded, body);
        doc.add_text(f.text, own);
        let mut keys_here = cited[ord].clone();
        keys_here.sort();
        keys_here.dedup();
        for k in keys_here {
            doc.add_text(f.cite_keys, k);
        }
        for t in &unit_terms {
            doc.add_text(f.unit_terms, t);
        }
        if let Some(y) = year {
            doc.add_u64(f.year, y);
            doc.add_facet(f.facet_year, Facet::from_path([y.to_string()]));
        }
        if let Some(p) = period {
            doc.add_text(f.period, p);
            doc.add_facet(f.facet_period, Facet::from_path([p]));
        }
        if let Some(unit) = &summary.unit {
            doc.add_facet(f.facet_unit, Facet::from_path([unit.as_str()]));
        }
        doc.add_facet(
            f.facet_section,
            Facet::from_path([section.category.as_str()]),
        );
        out.push(doc);
    }

    for document in &report.documents {
        let mentions = document
            .mentions
            .iter()
            .filter_map(|&i| report.citations.get(i))
            .map(|c| StoredMention {
                section: c
                    .section
                    .and_then(|s| report.sections.get(s))
                    .map(SectionRef::of)
                    .unwrap_or_else(|| SectionRef::of(&whole[0])),
                snippet: mention_snippet(text, c.span.clone()),
            })
            .collect();
        let stored = StoredDocument {
            key: &document.key,
            doc_type: document.doc_type.as_deref(),
            number: &document.number,
            year: document.year,
            code: &document.code,
            date: document.date.as_deref(),
            issuer: document.issuer.as_deref(),
            subject: document.subject.as_deref(),
            mentions,
        };
        let mut doc = TantivyDocument::new();
        doc.add_text(f.kind, KIND_CITATION);
        doc.add_u64(f.report_key, key);
        doc.add_text(f.summary, &summary_json);
        doc.add_text(f.key, &document.key);
        doc.add_text(f.key_exact, keys::key_exact(&document.key));
        doc.add_text(f.key_folded, keys::key_folded(&document.key));
        doc.add_text(f.key_hash, keys::key_hash(&document.key));
        doc.add_text(f.c_number, keys::number_form(&document.number));
        if let Some(y) = document.year.and_then(|y| u64::try_from(y).ok()) {
            doc.add_u64(f.c_year, y);
        }
        doc.add_text(f.c_code, keys::type_code_form(&document.code));
        if let Some(t) = &document.doc_type {
            doc.add_text(f.c_type, tracuu_tokenizer::fold(t));
        }
        doc.add_text(
            f.document_json,
            serde_json::to_string(&stored).unwrap_or_default(),
        );
        out.push(doc);
    }
    out
}
