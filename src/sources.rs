//! Finding report files and reading their text, through `tracuu_extract`, with each
//! report named by its `source`: its path relative to the folder given on the command line
//! (`archive.zip!entry.docx` for an archive entry).

use std::path::{Path, PathBuf};
use tracuu_extract::Limits;

/// A file to index and the source name it is indexed under.
#[derive(Debug, Clone)]
pub struct Input {
    /// Where it is.
    pub path: PathBuf,
    /// Its path relative to the folder given on the command line.
    pub source: String,
}

/// The text of one report read from a file (an archive gives several).
#[derive(Debug, Clone)]
pub struct ReportText {
    /// The source name: the input's, with `!entry` for an archive entry.
    pub source: String,
    /// The text, in NFC.
    pub text: String,
}

/// What could not be read: its source name and why.
pub type Unreadable = (String, String);

/// Walks files and folders (sorted), giving every supported file with its source name, and
/// an error for what cannot be walked (an unreadable folder, a symlink loop, a missing path).
pub fn discover(paths: &[PathBuf]) -> Vec<Result<Input, Unreadable>> {
    let mut out = Vec::new();
    for root in paths {
        let base = if root.is_dir() {
            root.as_path()
        } else {
            root.parent().unwrap_or(Path::new(""))
        };
        for found in tracuu_extract::discover(std::slice::from_ref(root)) {
            out.push(match found {
                Ok(path) => Ok(Input {
                    source: relative(base, &path),
                    path,
                }),
                Err(err) => Err((relative(base, Path::new(&err.file)), err.reason.to_string())),
            });
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
/// archive, each entry failing on its own.
pub fn read(input: &Input) -> Vec<Result<ReportText, Unreadable>> {
    tracuu_extract::read_path(&input.path, &Limits::default())
        .into_iter()
        .map(|result| {
            let source = |entry: Option<&str>| match entry {
                Some(entry) => format!("{}!{entry}", input.source),
                None => input.source.clone(),
            };
            match result {
                Ok(extracted) => {
                    let source = source(extracted.entry.as_deref());
                    if extracted.text.trim().is_empty() {
                        return Err((source, "no text in it".to_string()));
                    }
                    // NFC at the door: extract composes already; this keeps it so for any reader.
                    let text = tracuu_tokenizer::nfc(&extracted.text).into_owned();
                    Ok(ReportText { source, text })
                }
                Err(err) => {
                    let entry = err.file.split_once('!').map(|(_, e)| e);
                    Err((source(entry), err.reason.to_string()))
                }
            }
        })
        .collect()
}
