//! Walking files and folders for the files this module reads.

use super::Format;
use super::error::{ExtractError, Reason};
use std::path::{Path, PathBuf};

/// Whether `path` names a file this module reads (by its extension; Office lock files
/// `~$…` and hidden files are not).
pub fn is_supported(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    !name.starts_with("~$") && !name.starts_with('.') && Format::from_name(name).is_some()
}

/// The supported files under `paths`, in a stable order: each argument in turn, folders
/// walked depth-first with entries sorted by name. A file named directly is yielded even when
/// unsupported (reading it then says why). A symlink loop, a dangling link or an unreadable
/// folder is an error item; the walk goes on.
pub fn discover(paths: &[PathBuf]) -> Vec<Result<PathBuf, ExtractError>> {
    let mut found = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &mut Vec::new(), &mut found),
            Ok(_) => found.push(Ok(path.clone())),
            Err(e) => found.push(Err(ExtractError::new(
                path.display().to_string(),
                io_reason(e),
            ))),
        }
    }
    found
}

fn walk(dir: &Path, ancestors: &mut Vec<PathBuf>, found: &mut Vec<Result<PathBuf, ExtractError>>) {
    let error = |reason| Err(ExtractError::new(dir.display().to_string(), reason));
    let real = match dir.canonicalize() {
        Ok(real) => real,
        Err(e) => return found.push(error(io_reason(e))),
    };
    if ancestors.contains(&real) {
        let reason = Reason::SymlinkLoop(format!("leads back to {}", real.display()));
        return found.push(error(reason));
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return found.push(error(io_reason(e))),
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    ancestors.push(real);
    for path in entries {
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, ancestors, found),
            Ok(meta) if meta.is_file() && is_supported(&path) => found.push(Ok(path)),
            Ok(_) => {}
            Err(e) => {
                let reason = io_reason(e);
                // A dangling link to something unsupported is not worth an error.
                if matches!(reason, Reason::SymlinkLoop(_)) || is_supported(&path) {
                    found.push(Err(ExtractError::new(path.display().to_string(), reason)));
                }
            }
        }
    }
    ancestors.pop();
}

/// An I/O error as a reason, telling a symlink loop (`ELOOP`, 40 on Linux) apart.
pub(crate) fn io_reason(e: std::io::Error) -> Reason {
    if e.raw_os_error() == Some(40) {
        Reason::SymlinkLoop("too many levels of symbolic links".to_string())
    } else {
        Reason::Io(e)
    }
}
