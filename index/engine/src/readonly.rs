//! Reading an index the process may not write: a read-only mount, or files owned by the
//! service account that indexes them.
//!
//! tantivy's reader takes the meta lock (`.tantivy-meta.lock`, created on first use) while it
//! opens segments, so that a writer's garbage collection does not delete them meanwhile. Where
//! the lock file cannot be created the folder cannot be written by this process either; the
//! reader then goes on without the lock (a writer of another account could still collect a
//! segment while it opens, and the next reload picks up the new commit).

use std::io;
use std::path::Path;
use std::sync::Arc;
use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, MmapDirectory, WatchCallback, WatchHandle, WritePtr,
};

/// A [`MmapDirectory`] whose locks are skipped where the folder refuses to be written.
#[derive(Debug, Clone)]
pub(crate) struct ReadableDirectory {
    inner: MmapDirectory,
}

impl ReadableDirectory {
    /// Opens the folder.
    pub(crate) fn open(dir: &Path) -> tantivy::Result<ReadableDirectory> {
        Ok(ReadableDirectory {
            inner: MmapDirectory::open(dir)?,
        })
    }
}

/// Whether an error means the folder cannot be written by this process.
fn cannot_write(err: &io::Error) -> bool {
    matches!(
        err.kind(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
    )
}

impl Directory for ReadableDirectory {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        self.inner.get_file_handle(path)
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.inner.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.inner.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.inner.open_write(path)
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.inner.atomic_read(path)
    }

    fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        self.inner.atomic_write(path, data)
    }

    fn sync_directory(&self) -> io::Result<()> {
        self.inner.sync_directory()
    }

    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        match self.inner.acquire_lock(lock) {
            Err(LockError::IoError(err)) if cannot_write(&err) => {
                tracing::debug!(lock = %lock.filepath.display(), "read-only index: lock skipped");
                Ok(DirectoryLock::from(Box::new(())))
            }
            other => other,
        }
    }

    fn watch(&self, watch_callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.inner.watch(watch_callback)
    }
}
