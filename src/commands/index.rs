//! `tracuu index [--index DIR] PATH...`.

use crate::cli::IndexArgs;
use crate::sources;
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Instant;
use tracuu_index::writer::Skipped;
use tracuu_index::{IndexSummary, Indexer};

/// Runs `tracuu index`.
pub fn run(args: &IndexArgs) -> anyhow::Result<()> {
    let summary = index_paths(
        &args.index.dir,
        &args.paths,
        std::io::stderr().is_terminal(),
    )?;
    if args.json {
        crate::say!("{}", serde_json::to_string_pretty(&summary)?);
    } else {
        print_summary(&summary);
    }
    Ok(())
}

/// Indexes every report under `paths` into `dir` in one commit.
pub fn index_paths(dir: &Path, paths: &[PathBuf], progress: bool) -> anyhow::Result<IndexSummary> {
    let started = Instant::now();
    let mut indexer =
        Indexer::open(dir).with_context(|| format!("cannot open index {}", dir.display()))?;
    let inputs = sources::discover(paths);
    crate::origins::remember(dir, paths)
        .with_context(|| format!("cannot write {} in {}", crate::origins::FILE, dir.display()))?;
    let bar = if progress {
        let bar = ProgressBar::new(inputs.len() as u64);
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} · {per_sec} · còn {eta} {wide_msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let total = inputs.len();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    indexer
        .ingest(
            &inputs,
            threads,
            |input| match input {
                Err((source, reason)) => vec![Err(Skipped {
                    source: source.clone(),
                    reason: reason.clone(),
                })],
                Ok(input) => sources::read(input)
                    .into_iter()
                    .map(|r| {
                        r.map(|t| (t.source, t.text))
                            .map_err(|(source, reason)| Skipped { source, reason })
                    })
                    .collect(),
            },
            |i, skipped| {
                for skip in skipped {
                    report_skip(&bar, progress, &skip.source, &skip.reason);
                }
                bar.inc(1);
                if !progress && (i + 1) % 1000 == 0 {
                    eprintln!("read {}/{total} files", i + 1);
                }
            },
        )
        .context("cannot index")?;
    bar.finish_and_clear();
    let summary = indexer.commit().context("cannot commit the index")?;
    tracing::info!(
        reports = summary.reports.added + summary.reports.replaced + summary.reports.unchanged,
        elapsed_ms = started.elapsed().as_millis() as u64,
        "indexed"
    );
    Ok(summary)
}

fn report_skip(bar: &ProgressBar, progress: bool, source: &str, reason: &str) {
    let line = format!("skipped {source}: {reason}");
    if progress {
        bar.println(line);
    } else {
        eprintln!("{line}");
    }
}

fn print_summary(s: &IndexSummary) {
    let line = |name: &str, c: &tracuu_index::writer::Counts, skipped: bool| {
        let mut out = format!(
            "{name:<10} {} added, {} replaced, {} unchanged",
            c.added, c.replaced, c.unchanged
        );
        if skipped {
            out.push_str(&format!(", {} skipped", c.skipped));
        }
        crate::say!("{out}");
    };
    line("reports", &s.reports, true);
    line("sections", &s.sections, false);
    line("citations", &s.citations, false);
}
