//! Finding report files and reading their text, through `tracuu_extract`, with each
//! report named by its `source`: its path relative to the folder given on the command line
//! (`archive.zip!entry.docx` for an archive entry).
//!
//! Every file that is not indexed is a [`Skipped`] with its reason, whatever stage refused
//! it: the walk (a pipe, a symlink out of the folders given), the reader (binary data, an
//! encrypted PDF) or the document test (noise that decodes, text that is not Vietnamese).

use std::path::{Path, PathBuf};
use tracuu_extract::{Limits, Walk};
use tracuu_index::{ReportText, Skipped, ToIndex};

/// What reading and indexing a file may hold, per byte of the file: the bytes, the decoded
/// text, the parsed report, the section copies in the index documents, tantivy's postings.
/// Measured on twelve 60 MB text files (`.ci/bench-memory`).
const COST_PER_BYTE: u64 = 10;

/// How many bytes of text a `.zip` may unpack to per byte of the archive, for its cost before
/// it is opened: text compresses about five to one, and the budget must not be exceeded when
/// it does better. The archive's own limits ([`Limits::max_total_uncompressed`]) cap it.
const ZIP_EXPANSION: u64 = 10;

/// A file to index and the source name it is indexed under.
#[derive(Debug, Clone)]
pub struct Input {
    /// Where it is.
    pub path: PathBuf,
    /// Its path relative to the folder given on the command line.
    pub source: String,
    /// The folder given that it was found in (resolved), when one was.
    pub folder: Option<String>,
    /// Its size in bytes.
    pub size: u64,
    /// How much reading it may cost.
    pub limits: Limits,
}

impl Input {
    /// What reading and indexing it may hold at once: a document costs by its size, an
    /// archive by what it may unpack to (all its entries are read together).
    pub fn cost(&self) -> u64 {
        let text = if is_zip(&self.path) {
            self.size
                .saturating_mul(ZIP_EXPANSION)
                .min(self.limits.max_total_uncompressed)
        } else {
            self.size
        };
        text.saturating_mul(COST_PER_BYTE)
    }
}

fn is_zip(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
}

/// Fits what was found to a memory budget (the bytes the readers may hold, see
/// [`tracuu_index::WriterOptions::memory_budget`]), so that no file makes a run exceed it: an
/// archive unpacks at most what the budget can index, and a file whose indexing would cost more
/// than the whole budget is skipped, saying so (the reports it gave before stay indexed).
pub fn fit_to_budget(found: &mut [Found], budget: u64) {
    let text = (budget / COST_PER_BYTE).max(1);
    for item in found.iter_mut() {
        let Found::File(input) = item else { continue };
        let limits = &mut input.limits;
        limits.max_entry_bytes = limits.max_entry_bytes.min(text);
        limits.max_total_uncompressed = limits.max_total_uncompressed.min(text);
        let cost = input.cost();
        if cost > budget {
            *item = Found::Skip(Skipped {
                source: input.source.clone(),
                reason: format!(
                    "file is {:.1} MB: indexing it takes about {} MB, over the {} MB the memory \
                     budget leaves for reading (raise --memory-mb)",
                    input.size as f64 / 1e6,
                    cost.div_ceil(1 << 20),
                    budget >> 20,
                ),
            });
        }
    }
}

/// One thing found by [`discover`]: a file to read, or one that cannot be.
#[derive(Debug)]
pub enum Found {
    /// A file to read.
    File(Input),
    /// Something found that cannot be read, and why.
    Skip(Skipped),
}

impl ToIndex for Found {
    fn read(&self) -> Vec<Result<ReportText, Skipped>> {
        match self {
            Found::File(input) => read(input),
            Found::Skip(skipped) => vec![Err(skipped.clone())],
        }
    }

    fn cost(&self) -> u64 {
        match self {
            Found::File(input) => input.cost(),
            Found::Skip(_) => 0,
        }
    }

    fn folder(&self) -> Option<&str> {
        match self {
            Found::File(input) => input.folder.as_deref(),
            Found::Skip(_) => None,
        }
    }
}

/// What [`discover`] found under the paths given.
#[derive(Debug, Default)]
pub struct Discovered {
    /// Files and skips, in a stable order.
    pub found: Vec<Found>,
    /// The folders given, resolved, each with the sources of the files found in it.
    pub folders: Vec<(String, Vec<String>)>,
    /// The paths given that do not exist.
    pub missing: Vec<PathBuf>,
}

/// Walks files and folders (sorted), giving every supported file with its source name, and
/// a skip for what cannot be walked (an unreadable folder, a symlink loop or a link out of the
/// folders given, a pipe).
pub fn discover(paths: &[PathBuf], walk: &Walk, limits: &Limits) -> Discovered {
    let mut out = Discovered::default();
    for root in paths {
        if std::fs::symlink_metadata(root).is_err() && std::fs::metadata(root).is_err() {
            out.missing.push(root.clone());
            continue;
        }
        let folder = root
            .is_dir()
            .then(|| root.canonicalize().ok())
            .flatten()
            .map(|p| p.display().to_string());
        let base = if root.is_dir() {
            root.as_path()
        } else {
            root.parent().unwrap_or(Path::new(""))
        };
        let mut in_folder = Vec::new();
        for found in tracuu_extract::discover_with(std::slice::from_ref(root), walk) {
            out.found.push(match found {
                Ok(path) => {
                    let source = relative(base, &path);
                    in_folder.push(source.clone());
                    Found::File(Input {
                        size: std::fs::metadata(&path).map_or(0, |m| m.len()),
                        source,
                        path,
                        folder: folder.clone(),
                        limits: limits.clone(),
                    })
                }
                Err(err) => Found::Skip(Skipped {
                    source: relative(base, Path::new(&err.file)),
                    reason: err.reason.to_string(),
                }),
            });
        }
        if let Some(folder) = folder {
            out.folders.push((folder, in_folder));
        }
    }
    out
}

fn relative(base: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    let rel = if rel.as_os_str().is_empty() {
        path
    } else {
        rel
    };
    rel.to_string_lossy().replace('\\', "/")
}

/// Reads the report text(s) of one input: one for a document, one per supported entry of an
/// archive, each entry failing on its own. Text that only decodes (noise, a file that is not
/// Vietnamese) is skipped with the reason.
pub fn read(input: &Input) -> Vec<Result<ReportText, Skipped>> {
    tracuu_extract::read_path(&input.path, &input.limits)
        .into_iter()
        .map(|result| {
            let source = |entry: Option<&str>| match entry {
                Some(entry) => format!("{}!{entry}", input.source),
                None => input.source.clone(),
            };
            match result {
                Ok(extracted) => {
                    let source = source(extracted.entry.as_deref());
                    if let Err(reason) = tracuu_extract::check_document(&extracted.text) {
                        return Err(Skipped {
                            source,
                            reason: reason.to_string(),
                        });
                    }
                    // The text is NFC: the reader composes it, the one place it is done.
                    Ok(ReportText {
                        source,
                        text: extracted.text,
                        replaced: extracted.replaced as u64,
                    })
                }
                Err(err) => {
                    let entry = err.file.split_once('!').map(|(_, e)| e);
                    Err(Skipped {
                        source: source(entry),
                        reason: err.reason.to_string(),
                    })
                }
            }
        })
        .collect()
}
