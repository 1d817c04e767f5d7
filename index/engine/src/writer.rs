//! Writing reports into the index: add, replace, skip unchanged, commit once.

use crate::error::IndexError;
use crate::keys;
use crate::schema::{self, Fields, KIND_CITATION, KIND_REPORT, KIND_SECTION};
use crate::snippet::mention_snippet;
use crate::view::{ReportSummary, SectionRef, period_kind_name};
use serde::Serialize;
use std::collections::BTreeMap;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use tantivy::directory::error::LockError;
use tantivy::{Index, IndexWriter, TantivyDocument, TantivyError, Term};
use tracuu_report::Report;
use tracuu_report::Role;

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
    sections: u64,
    citations: u64,
}

/// A report parsed and turned into index documents: the part of indexing that runs on many
/// threads. Made by [`Preparer::prepare`], written by [`Indexer::add_prepared`].
pub struct Prepared {
    source: String,
    key: u64,
    hash: String,
    sections: u64,
    citations: u64,
    /// `None` when the text was already indexed as it is (nothing was parsed).
    docs: Option<Vec<TantivyDocument>>,
}

/// Parses reports into [`Prepared`] documents; shared by the threads of one run.
#[derive(Clone)]
pub struct Preparer {
    fields: Fields,
    known: Arc<HashMap<String, String>>,
}

impl Preparer {
    /// Parses `text` unless the index already holds it unchanged under `source`.
    /// Text in NFD is composed first (it displays the same): the parser, the stored text and
    /// every span then agree on one form.
    pub fn prepare(&self, source: &str, text: &str) -> Prepared {
        let text = tracuu_tokenizer::nfc(text);
        let text = text.as_ref();
        let hash = content_hash(text);
        let key = report_key(source);
        if self.known.get(source) == Some(&hash) {
            return Prepared {
                source: source.to_string(),
                key,
                hash,
                sections: 0,
                citations: 0,
                docs: None,
            };
        }
        let report = tracuu_report::parse(text);
        let sections = report.sections.len().max(1) as u64;
        let citations = report.documents.len() as u64;
        let docs = documents(&self.fields, key, source, &hash, text, &report);
        Prepared {
            source: source.to_string(),
            key,
            hash,
            sections,
            citations,
            docs: Some(docs),
        }
    }
}

/// Writes reports into an index folder; everything a run does becomes visible at once, on
/// [`Indexer::commit`], or not at all.
pub struct Indexer {
    dir: PathBuf,
    writer: IndexWriter,
    fields: Fields,
    known: HashMap<String, Known>,
    preparer: Preparer,
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
        let known = load_known(&index)?;
        let preparer = Preparer {
            fields: fields.clone(),
            known: Arc::new(
                known
                    .iter()
                    .map(|(source, k)| (source.clone(), k.hash.clone()))
                    .collect(),
            ),
        };
        Ok(Indexer {
            dir: dir.to_path_buf(),
            writer,
            fields,
            known,
            preparer,
            summary: IndexSummary::default(),
            dirty: false,
        })
    }

    /// How many reports the index held when it was opened, plus those added since.
    pub fn report_count(&self) -> usize {
        self.known.len()
    }

    /// What prepares reports for this indexer, to share with worker threads.
    pub fn preparer(&self) -> &Preparer {
        &self.preparer
    }

    /// Parses and adds one report, replacing an older version from the same source.
    pub fn add(&mut self, source: &str, text: &str) -> Result<Outcome, IndexError> {
        let prepared = self.preparer.prepare(source, text);
        self.add_prepared(prepared, || text.to_string())
    }

    /// Writes a prepared report. `text` is asked for only in the rare case the preparer's
    /// view was stale (the same source twice in one run, changed in between).
    pub fn add_prepared(
        &mut self,
        prepared: Prepared,
        text: impl FnOnce() -> String,
    ) -> Result<Outcome, IndexError> {
        let live = self.known.get(&prepared.source);
        let outcome = match live {
            Some(known) if known.hash == prepared.hash => Outcome::Unchanged,
            Some(_) => Outcome::Replaced,
            None => Outcome::Added,
        };
        let (sections, citations) = match (outcome, live) {
            (Outcome::Unchanged, Some(known)) => (known.sections, known.citations),
            _ => (prepared.sections, prepared.citations),
        };
        let counts = |c: &mut Counts, n: u64| match outcome {
            Outcome::Added => c.added += n,
            Outcome::Replaced => c.replaced += n,
            Outcome::Unchanged => c.unchanged += n,
        };
        if outcome == Outcome::Unchanged {
            counts(&mut self.summary.reports, 1);
            counts(&mut self.summary.sections, sections);
            counts(&mut self.summary.citations, citations);
            return Ok(outcome);
        }
        let prepared = match prepared.docs {
            Some(_) => prepared,
            None => {
                let fresh = Preparer {
                    fields: self.fields.clone(),
                    known: Arc::new(HashMap::new()),
                };
                fresh.prepare(&prepared.source, &text())
            }
        };
        counts(&mut self.summary.reports, 1);
        counts(&mut self.summary.sections, prepared.sections);
        counts(&mut self.summary.citations, prepared.citations);
        if let Some(old) = self.known.get(&prepared.source) {
            self.writer
                .delete_term(Term::from_field_u64(self.fields.report_key, old.key));
        }
        for doc in prepared.docs.into_iter().flatten() {
            self.writer.add_document(doc)?;
        }
        self.known.insert(
            prepared.source,
            Known {
                key: prepared.key,
                hash: prepared.hash,
                sections: prepared.sections,
                citations: prepared.citations,
            },
        );
        self.dirty = true;
        Ok(outcome)
    }

    /// Reads and prepares `items` on `threads` threads and writes them in their order:
    /// parsing, the bulk of the work, runs in parallel with tantivy's own indexing threads.
    /// `read` turns an item into reports (`(source, text)`) or skips (`(source, reason)`);
    /// `progress` hears of each item once it is written.
    pub fn ingest<T: Sync>(
        &mut self,
        items: &[T],
        threads: usize,
        read: impl Fn(&T) -> Vec<Result<(String, String), Skipped>> + Sync,
        mut progress: impl FnMut(usize, &[Skipped]),
    ) -> Result<(), IndexError> {
        type Item = Vec<Result<(Prepared, String), Skipped>>;
        let next = AtomicUsize::new(0);
        let preparer = self.preparer.clone();
        std::thread::scope(|scope| {
            let (tx, rx) = mpsc::sync_channel::<(usize, Item)>(threads.max(1) * 4);
            for _ in 0..threads.max(1) {
                let (tx, next, read, preparer) = (tx.clone(), &next, &read, &preparer);
                scope.spawn(move || {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        let prepared: Item = read(item)
                            .into_iter()
                            .map(|r| {
                                r.map(|(source, text)| (preparer.prepare(&source, &text), text))
                            })
                            .collect();
                        if tx.send((i, prepared)).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(tx);
            let mut pending = BTreeMap::new();
            let mut expected = 0;
            for (i, item) in rx {
                pending.insert(i, item);
                while let Some(item) = pending.remove(&expected) {
                    let mut skipped = Vec::new();
                    for result in item {
                        match result {
                            Ok((prepared, text)) => {
                                self.add_prepared(prepared, || text)?;
                            }
                            Err(skip) => {
                                self.summary.reports.skipped += 1;
                                self.summary.skipped.push(skip.clone());
                                skipped.push(skip);
                            }
                        }
                    }
                    progress(expected, &skipped);
                    expected += 1;
                }
            }
            Ok(())
        })
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

fn load_known(index: &Index) -> Result<HashMap<String, Known>, IndexError> {
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let mut known = HashMap::new();
    let mut value = String::new();
    for segment in searcher.segment_readers() {
        let fast = segment.fast_fields();
        let (Some(sources), Some(hashes)) = (
            fast.str(schema::name::SOURCE)?,
            fast.str(schema::name::CONTENT_HASH)?,
        ) else {
            continue;
        };
        let keys = fast.u64(schema::name::REPORT_KEY)?;
        let n_sections = fast.u64(schema::name::N_SECTIONS)?;
        let n_citations = fast.u64(schema::name::N_CITATIONS)?;
        for doc in segment.doc_ids_alive() {
            let (Some(source), Some(hash)) = (sources.ords().first(doc), hashes.ords().first(doc))
            else {
                continue;
            };
            let (Some(key), Some(sections), Some(citations)) = (
                keys.first(doc),
                n_sections.first(doc),
                n_citations.first(doc),
            ) else {
                continue;
            };
            sources
                .ord_to_str(source, &mut value)
                .map_err(|e| IndexError::Corrupt {
                    what: "report source",
                    detail: e.to_string(),
                })?;
            let source_text = value.clone();
            hashes
                .ord_to_str(hash, &mut value)
                .map_err(|e| IndexError::Corrupt {
                    what: "report hash",
                    detail: e.to_string(),
                })?;
            known.insert(
                source_text,
                Known {
                    key,
                    hash: value.clone(),
                    sections,
                    citations,
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
    #[serde(skip_serializing_if = "Role::is_mention")]
    role: Role,
    #[serde(skip_serializing_if = "Option::is_none")]
    holder: Option<String>,
}

/// Empty facet values for a document that is not a section (see the section documents).
fn no_facets(f: &Fields, doc: &mut TantivyDocument) {
    doc.add_u64(f.year, 0);
    doc.add_u64(f.day, 0);
    doc.add_text(f.period, "");
    doc.add_text(f.unit_name, "");
    doc.add_text(f.category, "");
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
    no_facets(f, &mut doc);
    doc.add_u64(f.report_key, key);
    doc.add_text(f.source, source);
    doc.add_text(f.content_hash, hash);
    doc.add_u64(f.n_sections, report.sections.len().max(1) as u64);
    doc.add_u64(f.n_citations, report.documents.len() as u64);
    doc.add_text(f.summary, &summary_json);
    doc.add_text(f.text, text);
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
    // Many communes share a name (there are many xã Bắc Sơn): the facet names the unit with
    // its parent when the report gives it, and that value filters too.
    let unit_facet = match (&summary.unit, &summary.parent) {
        (Some(unit), Some(parent)) => format!("{unit}, {parent}"),
        (Some(unit), None) => unit.clone(),
        (None, _) => String::new(),
    };
    if !unit_facet.is_empty() {
        unit_terms.extend(keys::name_forms(&unit_facet));
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

    let whole = [tracuu_report::Section {
        path: String::new(),
        title: meta.title.clone().unwrap_or_default(),
        level: 0,
        category: tracuu_report::Category::Other,
        parent: None,
        span: 0..text.len(),
        heading: 0..0,
        body: 0..text.len(),
        kind: tracuu_report::SectionKind::Preamble,
    }];
    let sections: &[tracuu_report::Section] = if report.sections.is_empty() {
        &whole
    } else {
        &report.sections
    };
    for (ord, section) in sections.iter().enumerate() {
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
        // The searchable fields (body, pairs) hold the heading and the body as one text, so
        // a word of the heading is found like any other; `title` is only stored, for display.
        doc.add_text(f.body, own);
        doc.add_text(f.pairs, own);
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
        // Every document has a value (0 or "" for none) in each facet column, so the columns
        // are dense and the facet counter reads them without an index of who has a value.
        doc.add_u64(f.year, year.unwrap_or(0));
        doc.add_u64(f.day, crate::view::day(&summary));
        doc.add_text(f.period, period.unwrap_or(""));
        doc.add_text(f.unit_name, &unit_facet);
        out.push(doc);
    }

    out.extend(crate::figures::documents(f, key, report));

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
                role: c.role,
                holder: c.holder.clone(),
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
        no_facets(f, &mut doc);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_text_is_indexed_like_composed_text() {
        let composed = "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n\nSố: 12/BC-UBND\n\nHòa Bình, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCải cách hành chính quý I năm 2024\n";
        let decomposed: String = composed
            .chars()
            .flat_map(|c| match c {
                'Ủ' => vec!['U', '\u{309}'],
                'Ò' => vec!['O', '\u{300}'],
                'ò' => vec!['o', '\u{300}'],
                'ả' => vec!['a', '\u{309}'],
                c => vec![c],
            })
            .collect();
        assert_ne!(composed, decomposed);
        let dir = tempfile::tempdir().unwrap();
        let indexer = Indexer::open(dir.path()).unwrap();
        let a = indexer.preparer().prepare("a.txt", composed);
        let b = indexer.preparer().prepare("b.txt", &decomposed);
        assert_eq!(a.hash, b.hash, "the same text once composed");
        assert_eq!(a.sections, b.sections);
    }
}
