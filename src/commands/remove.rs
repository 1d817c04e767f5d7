//! `tracuu remove [--index DIR] PATH...`: takes the reports of a file or a folder out of the
//! index.

use crate::cli::RemoveArgs;
use anyhow::Context;
use std::path::{Path, PathBuf};
use tracuu_index::Indexer;

/// Runs `tracuu remove`: non-zero exit when a path names no indexed report.
pub fn run(args: &RemoveArgs) -> anyhow::Result<()> {
    let mut indexer = Indexer::open(&args.index.dir)
        .with_context(|| format!("cannot open index {}", args.index.dir.display()))?;
    let mut unknown = Vec::new();
    for path in &args.paths {
        let mut sources = indexer.sources_under(path);
        sources.extend(indexer.sources_under(&absolute(path)));
        sources.sort();
        sources.dedup();
        if sources.is_empty() {
            unknown.push(path.display().to_string());
        }
        for source in sources {
            indexer.remove(&source);
        }
    }
    let summary = indexer.commit().context("cannot commit the index")?;
    if args.json {
        crate::say!("{}", serde_json::to_string_pretty(&summary)?);
    } else {
        for source in &summary.removed {
            crate::say!("removed    {source}");
        }
        crate::say!(
            "reports    {} removed ({} sections, {} citations)",
            summary.reports.removed,
            summary.sections.removed,
            summary.citations.removed
        );
    }
    if !unknown.is_empty() {
        anyhow::bail!("no indexed report under {}", unknown.join(", "));
    }
    Ok(())
}

/// `path` made absolute and resolved as far as it exists (a deleted file's folder may
/// still be there).
fn absolute(path: &Path) -> PathBuf {
    if let Ok(real) = path.canonicalize() {
        return real;
    }
    if let (Some(parent), Some(name)) = (path.parent(), path.file_name()) {
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        if let Ok(real) = parent.canonicalize() {
            return real.join(name);
        }
    }
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}
