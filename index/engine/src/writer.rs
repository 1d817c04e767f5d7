//! Writing reports into the index: add, replace, move, remove, skip unchanged, and commit
//! whole reports, at the end of a run and at checkpoints during a long one.
//!
//! A report's documents (the report, its sections, its cited documents) are written between
//! two commits, and a replaced or moved report's old documents are deleted in the same
//! commit as its new ones are added: a crash at any moment leaves every report either as it
//! was at the last commit or as it is now, never half there or twice. Segment files a
//! crashed run left behind are deleted when the next writer opens the index.

use crate::budget::Budget;
use crate::error::IndexError;
use crate::folders::{Folders, file_of};
use crate::keys;
use crate::schema::{self, Fields, KIND_CITATION, KIND_REPORT, KIND_SECTION};
use crate::snippet::mention_snippet;
use crate::view::{ReportSummary, SectionRef, period_kind_name};
use serde::Serialize;
use std::collections::BTreeMap;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};
use tantivy::directory::error::LockError;
use tantivy::{Index, IndexWriter, TantivyDocument, TantivyError, Term};
use tracuu_report::Role;
use tracuu_report::{CitedId, Report};

/// How often the writer, holding the budget of reports written and not committed, looks
/// whether the next report waits for that budget (then it commits to free it).
const HOLD_WAIT: Duration = Duration::from_millis(100);

/// How a writer works: its memory and its checkpoints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriterOptions {
    /// Memory tantivy may buffer before it flushes a segment (at least 15 MB per indexing
    /// thread).
    pub heap_bytes: usize,
    /// Memory the reports being read, parsed and written but not yet committed may hold at
    /// once, as estimated by [`ToIndex::cost`] (0: no limit). One report larger than this is
    /// read alone.
    pub memory_budget: u64,
    /// Commit at least this often during a run (`None`: only at the end).
    pub checkpoint_every: Option<Duration>,
    /// Commit after this many reports written since the last commit (`None`: no count).
    pub checkpoint_reports: Option<u64>,
}

impl Default for WriterOptions {
    /// 128 MB for tantivy, 640 MB for the reports in flight, a checkpoint every 60 s or every
    /// 5,000 reports: what fits a 2 GB machine.
    fn default() -> WriterOptions {
        WriterOptions {
            heap_bytes: 128 << 20,
            memory_budget: 640 << 20,
            checkpoint_every: Some(Duration::from_secs(60)),
            checkpoint_reports: Some(5_000),
        }
    }
}

/// The text of one report to index, from a file or an archive entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportText {
    /// Its source: the path relative to the folder given, with `!entry` for an archive entry.
    pub source: String,
    /// The text (composed to NFC by the reader; [`Preparer::prepare`] composes what is not).
    pub text: String,
    /// Characters of the file that could not be decoded and stand as `U+FFFD`.
    pub replaced: u64,
}

impl ReportText {
    /// A text with nothing replaced.
    pub fn new(source: impl Into<String>, text: impl Into<String>) -> ReportText {
        ReportText {
            source: source.into(),
            text: text.into(),
            replaced: 0,
        }
    }
}

/// One item for [`Indexer::ingest`]: a file, or anything else that yields reports.
pub trait ToIndex: Sync {
    /// The reports it holds, or why each could not be read.
    fn read(&self) -> Vec<Result<ReportText, Skipped>>;
    /// Roughly the bytes reading and indexing it holds at once (0 when unknown); see
    /// [`WriterOptions::memory_budget`].
    fn cost(&self) -> u64 {
        0
    }
    /// The folder given to the run that it was found in (absolute): its reports are then
    /// known as that folder's, for later runs to find what is gone.
    fn folder(&self) -> Option<&str> {
        None
    }
}

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
    /// The same text as a report whose file is gone: moved to the new source.
    Moved,
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
    /// Found under another source with the same text (a renamed or moved file): moved, not
    /// indexed twice.
    pub moved: u64,
    /// Removed: their file is gone, or `tracuu remove` named it.
    pub removed: u64,
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
    /// Reports moved: `(from, to)`.
    pub moved: Vec<(String, String)>,
    /// Reports removed.
    pub removed: Vec<String>,
    /// Files indexed although a few of their characters could not be decoded.
    pub replaced: Vec<Replaced>,
    /// Commits written (checkpoints and the last one).
    pub commits: u64,
}

/// A file indexed with characters that could not be decoded (bad bytes in a UTF-8 file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Replaced {
    /// Its source path.
    pub source: String,
    /// Characters shown as `U+FFFD`.
    pub characters: u64,
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
    /// every span then agree on one form. A text the parser fails on (a bug of the parser)
    /// is skipped, with the reason, instead of ending the run.
    pub fn prepare(&self, source: &str, text: &str) -> Result<Prepared, Skipped> {
        let text = tracuu_tokenizer::nfc(text);
        let text = text.as_ref();
        let hash = content_hash(text);
        let key = report_key(source);
        if self.known.get(source) == Some(&hash) {
            return Ok(Prepared {
                source: source.to_string(),
                key,
                hash,
                sections: 0,
                citations: 0,
                docs: None,
            });
        }
        let report = tracuu_report::try_parse(text).map_err(|bug| {
            tracing::error!(source, %bug, "file left out");
            Skipped {
                source: source.to_string(),
                reason: bug.to_string(),
            }
        })?;
        let sections = report.sections.len().max(1) as u64;
        let citations = report.documents.len() as u64;
        let docs = documents(&self.fields, key, source, &hash, text, &report);
        Ok(Prepared {
            source: source.to_string(),
            key,
            hash,
            sections,
            citations,
            docs: Some(docs),
        })
    }
}

/// Writes reports into an index folder; what a run does becomes visible on
/// [`Indexer::commit`] and at checkpoints, whole reports at a time.
pub struct Indexer {
    dir: PathBuf,
    writer: IndexWriter,
    fields: Fields,
    known: HashMap<String, Known>,
    preparer: Preparer,
    summary: IndexSummary,
    dirty: bool,
    options: WriterOptions,
    folders: Folders,
    /// Sources expected to be gone, by content hash: a new source with the same text is
    /// their move. Removed at [`Indexer::commit`] when nothing claimed them.
    gone: HashMap<String, Vec<String>>,
    last_commit: Instant,
    since_commit: u64,
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
        Index::builder()
            .schema(schema)
            .settings(schema::settings())
            .create_in_dir(dir)?
    };
    schema::register_tokenizers(&index);
    Ok(index)
}

impl Indexer {
    /// Opens (or creates) the index in `dir` for writing with the default
    /// [`WriterOptions`]. Fails with [`IndexError::Busy`] when another writer holds it.
    pub fn open(dir: &Path) -> Result<Indexer, IndexError> {
        Indexer::open_with(dir, WriterOptions::default())
    }

    /// Opens (or creates) the index in `dir` for writing, and deletes the files a crashed run
    /// left (segments no commit refers to). Fails with [`IndexError::Busy`] when another
    /// writer holds it.
    pub fn open_with(dir: &Path, options: WriterOptions) -> Result<Indexer, IndexError> {
        let index = open_or_create(dir)?;
        let fields = schema::fields_of(&index.schema())?;
        let writer = index.writer(options.heap_bytes).map_err(|err| match err {
            TantivyError::LockFailure(LockError::LockBusy, _) => IndexError::Busy {
                dir: dir.to_path_buf(),
            },
            other => IndexError::Tantivy(other),
        })?;
        let collected = writer.garbage_collect_files().wait()?;
        if !collected.deleted_files.is_empty() {
            tracing::info!(
                files = collected.deleted_files.len(),
                "deleted files of an unfinished run"
            );
        }
        let known = load_known(&index)?;
        let folders = Folders::load(&index);
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
            options,
            folders,
            gone: HashMap::new(),
            last_commit: Instant::now(),
            since_commit: 0,
        })
    }

    /// The sources last found in `folder` (absolute), as the index recorded them.
    pub fn sources_in(&self, folder: &str) -> Vec<String> {
        self.folders
            .in_root(folder)
            .into_iter()
            .filter(|s| self.known.contains_key(s))
            .collect()
    }

    /// The indexed sources whose file is `path` (absolute) or under it, and the source
    /// named `path` itself when there is one.
    pub fn sources_under(&self, path: &Path) -> Vec<String> {
        let mut found = self.folders.under(path);
        let named = path.to_string_lossy();
        if self.known.contains_key(named.as_ref()) {
            found.push(named.into_owned());
        }
        found.retain(|s| self.known.contains_key(s));
        found.sort();
        found.dedup();
        found
    }

    /// Says that these sources' files are gone: a report added in this run with the same text
    /// is their move (the old one is deleted in the same commit); the others are removed at
    /// [`Indexer::commit`].
    pub fn expect_gone(&mut self, sources: impl IntoIterator<Item = String>) {
        for source in sources {
            if let Some(known) = self.known.get(&source) {
                let same = self.gone.entry(known.hash.clone()).or_default();
                if !same.contains(&source) {
                    same.push(source);
                }
            }
        }
    }

    /// Removes one report; false when the index does not hold it.
    pub fn remove(&mut self, source: &str) -> bool {
        let Some(old) = self.known.remove(source) else {
            return false;
        };
        self.writer
            .delete_term(Term::from_field_u64(self.fields.report_key, old.key));
        self.folders.forget(source);
        self.summary.reports.removed += 1;
        self.summary.sections.removed += old.sections;
        self.summary.citations.removed += old.citations;
        self.summary.removed.push(source.to_string());
        self.dirty = true;
        true
    }

    /// The gone source with this text, if one is waiting to be moved.
    fn take_gone(&mut self, hash: &str) -> Option<String> {
        let same = self.gone.get_mut(hash)?;
        let source = same.pop();
        if same.is_empty() {
            self.gone.remove(hash);
        }
        source
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
        let prepared =
            self.preparer
                .prepare(source, text)
                .map_err(|skip| IndexError::Unparsable {
                    file: skip.source,
                    reason: skip.reason,
                })?;
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
        if let Some(known) = live
            && known.hash == prepared.hash
        {
            let (sections, citations) = (known.sections, known.citations);
            self.summary.reports.unchanged += 1;
            self.summary.sections.unchanged += sections;
            self.summary.citations.unchanged += citations;
            return Ok(Outcome::Unchanged);
        }
        let old = live.map(|known| known.key);
        // The preparer skipped parsing on a stale view (the same source twice in one run,
        // or removed and added again): parse now.
        let prepared = match prepared.docs {
            Some(_) => prepared,
            None => {
                let fresh = Preparer {
                    fields: self.fields.clone(),
                    known: Arc::new(HashMap::new()),
                };
                fresh
                    .prepare(&prepared.source, &text())
                    .map_err(|skip| IndexError::Unparsable {
                        file: skip.source,
                        reason: skip.reason,
                    })?
            }
        };
        let moved_from = match old {
            None => self.take_gone(&prepared.hash),
            Some(_) => None,
        };
        let (outcome, old) = match moved_from {
            Some(from) => {
                let old = self.known.remove(&from).map(|known| known.key);
                self.folders.forget(&from);
                self.summary.moved.push((from, prepared.source.clone()));
                (Outcome::Moved, old)
            }
            None if old.is_some() => (Outcome::Replaced, old),
            None => (Outcome::Added, None),
        };
        let counts = |c: &mut Counts, n: u64| match outcome {
            Outcome::Added => c.added += n,
            Outcome::Replaced => c.replaced += n,
            Outcome::Moved => c.moved += n,
            Outcome::Unchanged => c.unchanged += n,
        };
        counts(&mut self.summary.reports, 1);
        counts(&mut self.summary.sections, prepared.sections);
        counts(&mut self.summary.citations, prepared.citations);
        self.write_new(prepared, old)?;
        Ok(outcome)
    }

    /// Deletes the documents of `old` (a report key) and adds the prepared ones, in one
    /// batch: the next commit holds either both changes or neither.
    fn write_new(&mut self, prepared: Prepared, old: Option<u64>) -> Result<(), IndexError> {
        if let Some(key) = old {
            self.writer
                .delete_term(Term::from_field_u64(self.fields.report_key, key));
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
        self.since_commit += 1;
        Ok(())
    }

    /// Reads and prepares `items` on `threads` threads and writes them in their order:
    /// parsing, the bulk of the work, runs in parallel with tantivy's own indexing threads.
    /// At most [`WriterOptions::memory_budget`] of items (by their [`ToIndex::cost`]) are
    /// read and not yet written at once; checkpoints commit between items. `progress` hears
    /// of each item once it is written.
    pub fn ingest<T: ToIndex>(
        &mut self,
        items: &[T],
        threads: usize,
        mut progress: impl FnMut(usize, &[Skipped]),
    ) -> Result<(), IndexError> {
        /// A report prepared, with its text kept only when it was not parsed (the writer may
        /// need it if the preparer's view was stale).
        type Item = Vec<Result<(Prepared, Option<String>, u64), Skipped>>;
        let next = AtomicUsize::new(0);
        let preparer = self.preparer.clone();
        let budget = Budget::new(self.options.memory_budget);
        std::thread::scope(|scope| {
            let (tx, rx) = mpsc::sync_channel::<(usize, u64, Item)>(threads.max(1) * 2);
            for _ in 0..threads.max(1) {
                let (tx, next, preparer, budget) = (tx.clone(), &next, &preparer, &budget);
                scope.spawn(move || {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        let cost = item.cost();
                        if !budget.admit(i, cost) {
                            break;
                        }
                        let prepared: Item = item
                            .read()
                            .into_iter()
                            .map(|r| {
                                r.and_then(|report| {
                                    let prepared =
                                        preparer.prepare(&report.source, &report.text)?;
                                    let keep = prepared.docs.is_none().then_some(report.text);
                                    Ok((prepared, keep, report.replaced))
                                })
                            })
                            .collect();
                        if tx.send((i, cost, prepared)).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(tx);
            let written = self.write_in_order(items, rx, &budget, &mut progress);
            // On an error, workers waiting for their turn must not wait for ever.
            budget.close();
            written
        })
    }

    /// Writes items as they arrive, in their order, releasing their budget and committing at
    /// checkpoints.
    fn write_in_order<T: ToIndex, I>(
        &mut self,
        items: &[T],
        arrived: mpsc::Receiver<(usize, u64, I)>,
        budget: &Budget,
        progress: &mut impl FnMut(usize, &[Skipped]),
    ) -> Result<(), IndexError>
    where
        I: IntoIterator<Item = Result<(Prepared, Option<String>, u64), Skipped>>,
    {
        let mut pending = BTreeMap::new();
        let mut expected = 0;
        // What is written stays in tantivy's queue and buffers until a commit: its cost is
        // held until then, so the budget counts it. When the next report waits for that
        // budget, a commit frees it (no deadlock whatever the costs); a report that is only
        // slow to read (a long PDF) causes no commit.
        let mut held = 0u64;
        loop {
            let next = if held == 0 {
                arrived.recv().ok()
            } else {
                match arrived.recv_timeout(HOLD_WAIT) {
                    Ok(next) => Some(next),
                    Err(mpsc::RecvTimeoutError::Timeout) => {
                        if budget.starved() {
                            if self.dirty {
                                self.commit_now()?;
                            }
                            budget.release(std::mem::take(&mut held));
                        }
                        continue;
                    }
                    Err(mpsc::RecvTimeoutError::Disconnected) => None,
                }
            };
            let Some((i, cost, item)) = next else { break };
            pending.insert(i, (cost, item));
            while let Some((cost, item)) = pending.remove(&expected) {
                let skipped = self.write_item(&items[expected], item)?;
                held += cost;
                progress(expected, &skipped);
                expected += 1;
                let commits = self.summary.commits;
                self.checkpoint_if_due()?;
                if self.summary.commits != commits {
                    budget.release(std::mem::take(&mut held));
                }
            }
        }
        budget.release(held);
        Ok(())
    }

    /// Writes the reports of one item, and records its skips.
    fn write_item<T: ToIndex>(
        &mut self,
        item: &T,
        reports: impl IntoIterator<Item = Result<(Prepared, Option<String>, u64), Skipped>>,
    ) -> Result<Vec<Skipped>, IndexError> {
        let mut skipped = Vec::new();
        // The sources this item yielded (reports and skips): an archive's entries.
        let mut present = HashSet::new();
        for result in reports {
            present.insert(match &result {
                Ok((prepared, ..)) => prepared.source.clone(),
                Err(skip) => skip.source.clone(),
            });
            match result {
                Ok((prepared, text, replaced)) => {
                    let source = prepared.source.clone();
                    self.add_prepared(prepared, || text.unwrap_or_default())?;
                    if replaced > 0 {
                        self.summary.replaced.push(Replaced {
                            source: source.clone(),
                            characters: replaced,
                        });
                    }
                    if let Some(folder) = item.folder() {
                        self.folders.claim(folder, &source);
                    }
                }
                Err(skip) => {
                    self.summary.reports.skipped += 1;
                    self.summary.skipped.push(skip.clone());
                    skipped.push(skip);
                }
            }
        }
        self.remove_gone_entries(item.folder(), &present);
        Ok(skipped)
    }

    /// Removes the entries an archive held at an earlier run and no longer holds. Only an
    /// archive that was opened (it yielded entries) tells what it holds: one that cannot be
    /// opened any more keeps what it gave.
    fn remove_gone_entries(&mut self, folder: Option<&str>, present: &HashSet<String>) {
        let Some(archive) = present
            .iter()
            .find(|s| s.contains('!'))
            .map(|s| file_of(s).to_string())
        else {
            return;
        };
        let candidates: Vec<String> = match folder {
            Some(root) => self.folders.in_root(root),
            None => self.known.keys().cloned().collect(),
        };
        let mut gone: Vec<String> = candidates
            .into_iter()
            .filter(|s| s.contains('!') && file_of(s) == archive && !present.contains(s))
            .collect();
        gone.sort();
        for source in gone {
            self.remove(&source);
        }
    }

    /// Commits when the last commit is older than [`WriterOptions::checkpoint_every`] or
    /// [`WriterOptions::checkpoint_reports`] reports were written since.
    fn checkpoint_if_due(&mut self) -> Result<(), IndexError> {
        let by_time = self
            .options
            .checkpoint_every
            .is_some_and(|every| self.last_commit.elapsed() >= every);
        let by_count = self
            .options
            .checkpoint_reports
            .is_some_and(|n| self.since_commit >= n.max(1));
        if self.dirty && (by_time || by_count) {
            self.commit_now()?;
        }
        Ok(())
    }

    /// Commits what is written so far, with the folders as the commit's payload, then syncs
    /// the folder.
    fn commit_now(&mut self) -> Result<(), IndexError> {
        let mut prepared = self.writer.prepare_commit()?;
        prepared.set_payload(&self.folders.to_payload());
        prepared.commit()?;
        sync_dir(&self.dir)?;
        self.dirty = false;
        self.since_commit = 0;
        self.last_commit = Instant::now();
        self.summary.commits += 1;
        tracing::debug!(reports = self.known.len(), "checkpoint");
        Ok(())
    }

    /// Records a file that could not be read or parsed.
    pub fn skip(&mut self, source: &str, reason: impl Into<String>) {
        self.summary.reports.skipped += 1;
        self.summary.skipped.push(Skipped {
            source: source.to_string(),
            reason: reason.into(),
        });
    }

    /// Removes the reports expected gone that no new file claimed as their move, commits
    /// everything written since the last checkpoint, then syncs the folder. Without changes
    /// nothing is written.
    pub fn commit(mut self) -> Result<IndexSummary, IndexError> {
        let gone: Vec<String> = self.gone.drain().flat_map(|(_, s)| s).collect();
        for source in gone {
            self.remove(&source);
        }
        if self.dirty {
            self.commit_now()?;
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
pub(crate) struct StoredDocument<'a> {
    #[serde(flatten)]
    pub(crate) cited: &'a CitedId,
    pub(crate) mentions: Vec<StoredMention>,
}

#[derive(Debug, Serialize)]
pub(crate) struct StoredMention {
    pub(crate) section: SectionRef,
    pub(crate) snippet: crate::snippet::Snippet,
    #[serde(skip_serializing_if = "Role::is_mention")]
    pub(crate) role: Role,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) holder: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) pinpoints: Vec<String>,
}

/// A report's own number on its report document, so that a lookup of a document that
/// reports cite finds the document itself when it is indexed: the number's folded key as a
/// term, and its identity (issuer, date, year) with the paths of its articles, stored.
fn own_identity(f: &Fields, report: &Report, doc: &mut TantivyDocument) {
    let meta = &report.metadata;
    let Some(key) = meta
        .number
        .as_deref()
        .and_then(tracuu_report::canonical_key)
    else {
        return;
    };
    let identity = crate::lookup::OwnIdentity {
        key: key.clone(),
        issuer: meta.issuer.as_ref().map(|i| i.name.clone()),
        date: meta.date.clone(),
        year: meta.year,
        articles: report
            .sections
            .iter()
            .filter(|s| s.path.contains("Điều "))
            .map(|s| s.path.clone())
            .collect(),
    };
    doc.add_text(f.key_folded, keys::key_folded(&key));
    doc.add_text(
        f.document_json,
        serde_json::to_string(&identity).unwrap_or_default(),
    );
}

/// Empty facet values for a document that is not a section (see the section documents).
fn no_facets(f: &Fields, doc: &mut TantivyDocument) {
    doc.add_u64(f.year, 0);
    doc.add_u64(f.day, 0);
    doc.add_text(f.period, "");
    doc.add_text(f.unit_name, "");
    doc.add_text(f.category, "");
}

/// A section's own text: its heading and its body.
fn own_range(section: &tracuu_report::Section) -> std::ops::Range<usize> {
    section.heading.start.min(section.body.start)..section.body.end
}

/// The pieces that tile `text` around ranges in order: what precedes the first, and after
/// each range what lies between it and the next (or the end). `None` when the ranges are not
/// in order, overlap, or do not fall on character boundaries.
pub(crate) fn tile(
    text: &str,
    ranges: impl Iterator<Item = std::ops::Range<usize>>,
) -> Option<(&str, Vec<&str>)> {
    let ranges: Vec<_> = ranges.collect();
    let first = ranges.first().map_or(text.len(), |r| r.start);
    let head = text.get(..first)?;
    let mut rests = Vec::with_capacity(ranges.len());
    for (i, range) in ranges.iter().enumerate() {
        let next = ranges.get(i + 1).map_or(text.len(), |r| r.start);
        text.get(range.clone())?;
        rests.push(text.get(range.end..next)?);
    }
    Some((head, rests))
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

    let whole = [tracuu_report::Section {
        path: String::new(),
        title: report.metadata.title.clone().unwrap_or_default(),
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

    let mut doc = TantivyDocument::new();
    doc.add_text(f.kind, KIND_REPORT);
    no_facets(f, &mut doc);
    doc.add_u64(f.report_key, key);
    doc.add_text(f.source, source);
    doc.add_text(f.content_hash, hash);
    doc.add_u64(f.n_sections, report.sections.len().max(1) as u64);
    doc.add_u64(f.n_citations, report.documents.len() as u64);
    doc.add_text(f.summary, &summary_json);
    // The report document holds what precedes the first section; each section its own text
    // and what follows it. When the sections do not tile the text (a parser oddity), the
    // report document holds the text whole instead.
    let pieces = tile(text, sections.iter().map(own_range));
    match &pieces {
        Some((head, _)) => {
            doc.add_u64(f.tiled, 1);
            doc.add_text(f.text, *head);
        }
        None => {
            doc.add_u64(f.tiled, 0);
            doc.add_text(f.text, text);
        }
    }
    own_identity(f, report, &mut doc);
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
        cited[slot].push(keys::key_folded(&citation.cited.key));
        cited[slot].push(keys::key_exact(&citation.cited.key));
    }

    for (ord, section) in sections.iter().enumerate() {
        let own = text.get(own_range(section)).unwrap_or_default();
        let mut doc = TantivyDocument::new();
        doc.add_text(f.kind, KIND_SECTION);
        doc.add_u64(f.report_key, key);
        doc.add_text(f.summary, &summary_json);
        doc.add_u64(f.section_ord, ord as u64);
        doc.add_text(f.path, &section.path);
        doc.add_text(f.title, &section.title);
        doc.add_text(f.category, section.category.as_str());
        // The searchable fields (body, pairs) hold the heading and the body as one text, so
        // a word of the heading is found like any other; `heading` (the heading lines up to
        // the root) only ranks; `title` is only stored, for display.
        doc.add_text(f.body, own);
        doc.add_text(f.pairs, own);
        doc.add_text(f.heading, headings(text, sections, ord));
        doc.add_text(f.text, own);
        if let Some((_, rests)) = &pieces {
            doc.add_text(f.rest, rests[ord]);
        }
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
                pinpoints: c.pinpoints.clone(),
            })
            .collect();
        let stored = StoredDocument {
            cited: &document.cited,
            mentions,
        };
        let mut doc = TantivyDocument::new();
        doc.add_text(f.kind, KIND_CITATION);
        no_facets(f, &mut doc);
        doc.add_u64(f.report_key, key);
        doc.add_text(f.summary, &summary_json);
        doc.add_text(f.key, &document.cited.key);
        doc.add_text(f.key_exact, keys::key_exact(&document.cited.key));
        doc.add_text(f.key_folded, keys::key_folded(&document.cited.key));
        doc.add_text(f.key_hash, keys::key_hash(&document.cited.key));
        doc.add_text(f.c_number, keys::number_form(&document.cited.number));
        if let Some(y) = document.cited.year.and_then(|y| u64::try_from(y).ok()) {
            doc.add_u64(f.c_year, y);
        }
        doc.add_text(f.c_code, keys::type_code_form(&document.cited.code));
        if let Some(t) = &document.cited.doc_type {
            doc.add_text(f.c_type, tracuu_tokenizer::fold(t));
        }
        doc.add_text(
            f.document_json,
            serde_json::to_string(&stored).unwrap_or_default(),
        );
        crate::lookup::light::add_columns(f, &mut doc, &summary_json, &stored);
        out.push(doc);
    }
    out
}

/// The heading lines of section `ord` and of its ancestors, nearest first, one per line: what
/// the `heading` field scores (a khoản is about its article's title too).
fn headings(text: &str, sections: &[tracuu_report::Section], ord: usize) -> String {
    let mut out = String::new();
    let mut at = Some(ord);
    // A parent always comes before its child; the bound guards against a malformed chain.
    for _ in 0..sections.len() {
        let Some(i) = at else { break };
        let Some(section) = sections.get(i) else {
            break;
        };
        if let Some(line) = text.get(section.heading.clone()).filter(|l| !l.is_empty()) {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(line);
        }
        at = section.parent;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stored_form_of_a_cited_document_keeps_its_shape() {
        // Indexes on disk hold this JSON (the stored document and the identity column):
        // its fields and their order are those tracuu has always written.
        let cited = CitedId {
            key: "05/KH-UBND".into(),
            doc_type: Some("Kế hoạch".into()),
            number: "05".into(),
            year: None,
            code: "KH-UBND".into(),
            date: Some("2024-01-11".into()),
            issuer: Some("UBND xã Tân Phú".into()),
            subject: None,
        };
        let identity = concat!(
            r#"{"key":"05/KH-UBND","type":"Kế hoạch","number":"05","year":null,"#,
            r#""code":"KH-UBND","date":"2024-01-11","issuer":"UBND xã Tân Phú","subject":null"#
        );
        assert_eq!(
            serde_json::to_string(&cited).unwrap(),
            format!("{identity}}}")
        );
        let stored = StoredDocument {
            cited: &cited,
            mentions: Vec::new(),
        };
        assert_eq!(
            serde_json::to_string(&stored).unwrap(),
            format!(r#"{identity},"mentions":[]}}"#)
        );
        let back: CitedId = serde_json::from_str(&format!("{identity}}}")).unwrap();
        assert_eq!(back, cited);
    }

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
        let a = indexer.preparer().prepare("a.txt", composed).unwrap();
        let b = indexer.preparer().prepare("b.txt", &decomposed).unwrap();
        assert_eq!(a.hash, b.hash, "the same text once composed");
        assert_eq!(a.sections, b.sections);
    }

    /// A file whose reading and indexing costs more than half the budget.
    struct Heavy(String);

    impl ToIndex for Heavy {
        fn read(&self) -> Vec<Result<ReportText, Skipped>> {
            let text = format!(
                "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n\nBÁO CÁO\nCải cách hành chính năm 2024\n\nI. KẾT QUẢ\nBáo cáo {}.\n",
                self.0
            );
            vec![Ok(ReportText::new(self.0.clone(), text))]
        }
        fn cost(&self) -> u64 {
            700
        }
    }

    #[test]
    fn what_is_written_holds_the_budget_until_a_commit_frees_it_without_deadlock() {
        let dir = tempfile::tempdir().unwrap();
        let options = WriterOptions {
            memory_budget: 1000,
            checkpoint_every: None,
            checkpoint_reports: None,
            ..WriterOptions::default()
        };
        let mut indexer = Indexer::open_with(dir.path(), options).unwrap();
        let items: Vec<Heavy> = (0..6).map(|i| Heavy(format!("{i}.txt"))).collect();
        indexer.ingest(&items, 2, |_, _| {}).unwrap();
        // Two items never fit at once: each waits for the one before to be committed.
        assert!(indexer.summary.commits >= 5, "{}", indexer.summary.commits);
        let summary = indexer.commit().unwrap();
        assert_eq!(summary.reports.added, 6);
    }
}
