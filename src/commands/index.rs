//! `tracuu index [--index DIR] PATH...`: makes the index hold what the folders hold.

use crate::cli::IndexArgs;
use crate::sources;
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tracuu_extract::{Limits, Walk};
use tracuu_index::{IndexSummary, Indexer, WriterOptions, file_of};

/// How a run reads and writes.
#[derive(Debug, Clone, Default)]
pub struct IndexOptions {
    /// The writer's memory and checkpoints.
    pub writer: WriterOptions,
    /// How folders are walked (symlinks).
    pub walk: Walk,
    /// What one file may cost.
    pub limits: Limits,
    /// Show a progress bar.
    pub progress: bool,
}

/// What a run did, and the paths given that do not exist.
#[derive(Debug)]
pub struct Run {
    /// The writer's summary.
    pub summary: IndexSummary,
    /// Paths given that do not exist.
    pub missing: Vec<PathBuf>,
}

impl Run {
    /// Reports the index holds from the paths given after the run.
    pub fn indexed(&self) -> u64 {
        let r = &self.summary.reports;
        r.added + r.replaced + r.unchanged + r.moved
    }
}

/// Runs `tracuu index`: non-zero exit when a path does not exist or nothing could be indexed.
pub fn run(args: &IndexArgs) -> anyhow::Result<()> {
    let memory = args.memory_mb.max(64) << 20;
    // tantivy's share: an eighth of the budget, between 32 and 128 MB.
    let heap = (memory / 8).clamp(32 << 20, 128 << 20);
    let options = IndexOptions {
        writer: WriterOptions {
            heap_bytes: heap as usize,
            memory_budget: memory - heap,
            checkpoint_every: (args.checkpoint_secs > 0)
                .then(|| Duration::from_secs(args.checkpoint_secs)),
            checkpoint_reports: (args.checkpoint_reports > 0).then_some(args.checkpoint_reports),
        },
        walk: Walk {
            follow_outside: args.follow_symlinks,
        },
        limits: Limits::default(),
        progress: std::io::stderr().is_terminal(),
    };
    let run = index_with(&args.index.dir, &args.paths, &options)?;
    if args.json {
        crate::say!("{}", serde_json::to_string_pretty(&run.summary)?);
    } else {
        print_summary(&run.summary);
    }
    if !run.missing.is_empty() {
        let names: Vec<String> = run
            .missing
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        anyhow::bail!("no such file or folder: {}", names.join(", "));
    }
    if run.indexed() == 0 && run.summary.reports.removed == 0 {
        anyhow::bail!("nothing could be indexed");
    }
    Ok(())
}

/// Indexes every report under `paths` into `dir` with the default options.
pub fn index_paths(dir: &Path, paths: &[PathBuf], progress: bool) -> anyhow::Result<IndexSummary> {
    let options = IndexOptions {
        progress,
        ..IndexOptions::default()
    };
    Ok(index_with(dir, paths, &options)?.summary)
}

/// Indexes every report under `paths` into `dir`: new and changed files are written, files
/// gone from a folder given are removed (or moved, when the same text turns up under another
/// name), unchanged ones are left.
pub fn index_with(dir: &Path, paths: &[PathBuf], options: &IndexOptions) -> anyhow::Result<Run> {
    let started = Instant::now();
    let mut indexer = Indexer::open_with(dir, options.writer.clone())
        .with_context(|| format!("cannot open index {}", dir.display()))?;
    let mut discovered = sources::discover(paths, &options.walk, &options.limits);
    sources::fit_to_budget(&mut discovered.found, options.writer.memory_budget);
    for (folder, present) in &discovered.folders {
        let present: HashSet<&str> = present.iter().map(String::as_str).collect();
        let gone: Vec<String> = indexer
            .sources_in(folder)
            .into_iter()
            .filter(|source| !present.contains(file_of(source)))
            .collect();
        indexer.expect_gone(gone);
    }
    crate::origins::remember(dir, paths)
        .with_context(|| format!("cannot write {} in {}", crate::origins::FILE, dir.display()))?;
    let items = &discovered.found;
    let bar = if options.progress {
        let bar = ProgressBar::new(items.len() as u64);
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} · {per_sec} · còn {eta} {wide_msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let total = items.len();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    indexer
        .ingest(items, threads, |i, skipped| {
            for skip in skipped {
                report_skip(&bar, options.progress, &skip.source, &skip.reason);
            }
            bar.inc(1);
            if !options.progress && (i + 1) % 1000 == 0 {
                eprintln!("read {}/{total} files", i + 1);
            }
        })
        .context("cannot index")?;
    bar.finish_and_clear();
    for path in &discovered.missing {
        eprintln!("no such file or folder: {}", path.display());
    }
    let summary = indexer.commit().context("cannot commit the index")?;
    tracing::info!(
        reports = summary.reports.added + summary.reports.replaced + summary.reports.unchanged,
        commits = summary.commits,
        elapsed_ms = started.elapsed().as_millis() as u64,
        "indexed"
    );
    Ok(Run {
        summary,
        missing: discovered.missing,
    })
}

fn report_skip(bar: &ProgressBar, progress: bool, source: &str, reason: &str) {
    let line = format!("skipped {source}: {reason}");
    if progress {
        bar.println(line);
    } else {
        eprintln!("{line}");
    }
}

/// Prints what a run did, for people.
pub fn print_summary(s: &IndexSummary) {
    let line = |name: &str, c: &tracuu_index::Counts, skipped: bool| {
        let mut out = format!(
            "{name:<10} {} added, {} replaced, {} unchanged",
            c.added, c.replaced, c.unchanged
        );
        if skipped {
            out.push_str(&format!(", {} skipped", c.skipped));
        }
        out.push_str(&format!(", {} moved, {} removed", c.moved, c.removed));
        crate::say!("{out}");
    };
    line("reports", &s.reports, true);
    line("sections", &s.sections, false);
    line("citations", &s.citations, false);
    for (from, to) in &s.moved {
        crate::say!("moved      {from} -> {to}");
    }
    for source in &s.removed {
        crate::say!("removed    {source}");
    }
    for r in &s.replaced {
        crate::say!(
            "replaced   {} undecodable characters in {} (shown as \u{FFFD})",
            r.characters,
            r.source
        );
    }
}
