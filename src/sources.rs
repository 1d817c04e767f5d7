//! Finding report files and reading their text.

use std::path::{Path, PathBuf};

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
    /// The text.
    pub text: String,
}

/// Walks files and folders (sorted), giving every supported file with its source name, and a
/// `(source, reason)` error for what cannot be walked.
pub fn discover(paths: &[PathBuf]) -> Vec<Result<Input, (String, String)>> {
    let mut out = Vec::new();
    for root in paths {
        if root.is_dir() {
            walk(root, root, &mut out, 0);
        } else if root.exists() {
            let source = root
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| root.display().to_string());
            out.push(Ok(Input {
                path: root.clone(),
                source,
            }));
        } else {
            out.push(Err((
                root.display().to_string(),
                "no such file or folder".into(),
            )));
        }
    }
    out
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<Result<Input, (String, String)>>, depth: usize) {
    let relative = |p: &Path| {
        p.strip_prefix(root)
            .unwrap_or(p)
            .to_string_lossy()
            .replace('\\', "/")
    };
    if depth > 64 {
        out.push(Err((
            relative(dir),
            "folders nested too deep (a symlink loop?)".into(),
        )));
        return;
    }
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            out.push(Err((relative(dir), format!("cannot read folder: {e}"))));
            return;
        }
    };
    entries.sort();
    for path in entries {
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.file_type().is_symlink() {
            continue;
        }
        if meta.is_dir() {
            walk(root, &path, out, depth + 1);
        } else if is_supported(&path) {
            out.push(Ok(Input {
                source: relative(&path),
                path,
            }));
        }
    }
}

/// Whether the file's extension is one `tracuu` reads.
pub fn is_supported(path: &Path) -> bool {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    matches!(ext.as_str(), "txt" | "md")
}

/// Reads the report text(s) of one input.
pub fn read(input: &Input) -> Result<Vec<ReportText>, String> {
    let bytes = std::fs::read(&input.path).map_err(|e| format!("cannot read: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    // NFC at the door: decomposed text displays the same, and the parser reads one form.
    let text = tracuu_tokenizer::nfc(text).into_owned();
    if text.trim().is_empty() {
        return Err("empty file".into());
    }
    Ok(vec![ReportText {
        source: input.source.clone(),
        text,
    }])
}
