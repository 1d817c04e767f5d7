//! Where the indexed files came from, so the page can offer a report's original file.
//!
//! A report's `source` is its path relative to the folder given to `tracuu index`; that
//! folder is remembered here, in `origins.json` in the index folder, as an absolute path
//! (every folder ever indexed into it, newest first).

use std::io;
use std::path::{Path, PathBuf};

/// The file, in the index folder, that lists the source folders.
pub const FILE: &str = "origins.json";

fn base(root: &Path) -> PathBuf {
    let base = if root.is_dir() {
        root
    } else {
        root.parent().unwrap_or(Path::new("."))
    };
    let base = if base.as_os_str().is_empty() {
        Path::new(".")
    } else {
        base
    };
    std::fs::canonicalize(base).unwrap_or_else(|_| base.to_path_buf())
}

/// The source folders recorded for the index in `index_dir`.
pub fn folders(index_dir: &Path) -> Vec<PathBuf> {
    std::fs::read(index_dir.join(FILE))
        .ok()
        .and_then(|b| serde_json::from_slice::<Vec<PathBuf>>(&b).ok())
        .unwrap_or_default()
}

/// Records the folders the sources of `paths` are named relative to (as `tracuu index` names
/// them), newest first, keeping those recorded before.
pub fn remember(index_dir: &Path, paths: &[PathBuf]) -> io::Result<()> {
    let mut all: Vec<PathBuf> = paths.iter().map(|p| base(p)).collect();
    for old in folders(index_dir) {
        if !all.contains(&old) {
            all.push(old);
        }
    }
    all.dedup();
    let json = serde_json::to_vec_pretty(&all).map_err(io::Error::other)?;
    std::fs::write(index_dir.join(FILE), json)
}

/// The file a report's `source` names, if it still exists under a recorded folder (for an
/// archive entry `a.zip!b.docx`, the archive). A source that would lead outside its folder
/// (`..`) is refused.
pub fn locate(index_dir: &Path, source: &str) -> Option<PathBuf> {
    let file = source.split('!').next().unwrap_or(source);
    let relative = Path::new(file);
    if relative.is_absolute()
        || relative
            .components()
            .any(|c| !matches!(c, std::path::Component::Normal(_)))
    {
        return None;
    }
    folders(index_dir)
        .into_iter()
        .map(|folder| folder.join(relative))
        .find(|path| path.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_source_under_a_remembered_folder() {
        let index = tempfile::tempdir().unwrap();
        let docs = tempfile::tempdir().unwrap();
        std::fs::create_dir(docs.path().join("2024")).unwrap();
        std::fs::write(docs.path().join("2024/bc.txt"), "BÁO CÁO").unwrap();
        remember(index.path(), &[docs.path().to_path_buf()]).unwrap();
        assert!(locate(index.path(), "2024/bc.txt").is_some());
        assert!(locate(index.path(), "2024/khong-co.txt").is_none());
        assert!(locate(index.path(), "../etc/passwd").is_none());
        assert!(locate(index.path(), "/etc/passwd").is_none());
    }
}
