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

/// How [`discover_with`] walks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Walk {
    /// Follow symlinks found inside the folders to anywhere. By default a symlink is
    /// followed only when its target is inside one of the folders given (a link to
    /// `/etc/passwd` in a shared folder must not make it searchable); the others are error
    /// items.
    pub follow_outside: bool,
}

/// [`discover_with`] the default [`Walk`]: symlinks followed only inside the folders given.
pub fn discover(paths: &[PathBuf]) -> Vec<Result<PathBuf, ExtractError>> {
    discover_with(paths, &Walk::default())
}

/// The supported files under `paths`, in a stable order: each argument in turn, folders
/// walked depth-first with entries sorted by name. A file named directly is yielded even when
/// unsupported (reading it then says why). A symlink loop, a dangling link, a link out of the
/// folders given, a pipe, socket or device, or an unreadable folder is an error item; the walk
/// goes on.
pub fn discover_with(paths: &[PathBuf], walk: &Walk) -> Vec<Result<PathBuf, ExtractError>> {
    let roots: Vec<PathBuf> = paths.iter().filter_map(|p| p.canonicalize().ok()).collect();
    let mut walker = Walker {
        roots,
        walk,
        found: Vec::new(),
    };
    for path in paths {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walker.walk(path, &mut Vec::new()),
            Ok(_) => walker.found.push(Ok(path.clone())),
            Err(e) => walker.found.push(Err(ExtractError::new(
                path.display().to_string(),
                io_reason(e),
            ))),
        }
    }
    walker.found
}

struct Walker<'a> {
    /// The paths given, resolved: a symlink may lead anywhere under them.
    roots: Vec<PathBuf>,
    walk: &'a Walk,
    found: Vec<Result<PathBuf, ExtractError>>,
}

impl Walker<'_> {
    fn walk(&mut self, dir: &Path, ancestors: &mut Vec<PathBuf>) {
        let error = |reason| Err(ExtractError::new(dir.display().to_string(), reason));
        let real = match dir.canonicalize() {
            Ok(real) => real,
            Err(e) => return self.found.push(error(io_reason(e))),
        };
        if ancestors.contains(&real) {
            let reason = Reason::SymlinkLoop(format!("leads back to {}", real.display()));
            return self.found.push(error(reason));
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => return self.found.push(error(io_reason(e))),
        };
        let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        ancestors.push(real);
        for path in entries {
            self.entry(path, ancestors);
        }
        ancestors.pop();
    }

    fn entry(&mut self, path: PathBuf, ancestors: &mut Vec<PathBuf>) {
        let error = |reason| Err(ExtractError::new(path.display().to_string(), reason));
        let is_link = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
        if is_link
            && !self.walk.follow_outside
            && let Ok(target) = path.canonicalize()
            && !self.roots.iter().any(|root| target.starts_with(root))
        {
            let reason = Reason::OutsideFolders(target.display().to_string());
            return self.found.push(error(reason));
        }
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => self.walk(&path, ancestors),
            Ok(meta) if meta.is_file() => {
                if is_supported(&path) {
                    self.found.push(Ok(path));
                }
            }
            Ok(meta) => self
                .found
                .push(error(Reason::NotRegular(special_kind(&meta)))),
            Err(e) => {
                let reason = io_reason(e);
                // A dangling link to something unsupported is not worth an error.
                if matches!(reason, Reason::SymlinkLoop(_)) || is_supported(&path) {
                    self.found.push(error(reason));
                }
            }
        }
    }
}

/// What a file that is neither a file nor a folder is, for people.
fn special_kind(meta: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_fifo() {
        "a named pipe"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_block_device() || t.is_char_device() {
        "a device"
    } else {
        "not a file or a folder"
    }
}

/// An I/O error as a reason, telling a symlink loop (`ELOOP`, 40 on Linux) apart.
pub(crate) fn io_reason(e: std::io::Error) -> Reason {
    if e.raw_os_error() == Some(40) {
        Reason::SymlinkLoop("too many levels of symbolic links".to_string())
    } else {
        Reason::Io(e)
    }
}
