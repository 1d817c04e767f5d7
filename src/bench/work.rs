//! Where a bench works: its folder (`--dir`, or a temporary one), and the generated index the
//! figures and draft benches share, reused when the folder already holds one.

use crate::synth::Generator;
use std::path::{Path, PathBuf};
use std::time::Instant;
use tracuu_index::{Engine, Indexer, ReportText, Skipped, ToIndex};

/// The folder a bench writes its corpora and indexes to: `--dir` when given (kept after the
/// run), else a temporary folder removed when this is dropped.
pub struct WorkDir {
    path: PathBuf,
    _temp: Option<tempfile::TempDir>,
}

impl WorkDir {
    /// `dir`, or a new temporary folder named with `prefix`.
    pub fn new(dir: Option<&Path>, prefix: &str) -> anyhow::Result<Self> {
        Ok(match dir {
            Some(dir) => WorkDir {
                path: dir.to_path_buf(),
                _temp: None,
            },
            None => {
                let temp = tempfile::Builder::new().prefix(prefix).tempdir()?;
                WorkDir {
                    path: temp.path().to_path_buf(),
                    _temp: Some(temp),
                }
            }
        })
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// The index of the first `reports` generated reports in `dir`, opened: the one already there
/// when `dir` holds an index (said so), else built.
pub fn generated_index(dir: &Path, reports: usize) -> anyhow::Result<Engine> {
    if dir.join("meta.json").exists() {
        println!("reusing the index in {}", dir.display());
    } else {
        index(dir, reports)?;
    }
    let engine = Engine::open(dir)?;
    let health = engine.health()?;
    println!(
        "index: {} reports, {} sections",
        health.reports, health.sections
    );
    Ok(engine)
}

/// One generated report, made when the indexer asks for it.
struct Lazy<'a> {
    generator: &'a Generator,
    i: usize,
}

impl ToIndex for Lazy<'_> {
    fn read(&self) -> Vec<Result<ReportText, Skipped>> {
        let r = self.generator.report(self.i);
        vec![Ok(ReportText::new(r.file_name, r.text))]
    }

    fn cost(&self) -> u64 {
        // About 18 KB of text a report, parsed.
        100_000
    }
}

/// Indexes the first `n` generated reports into `dir`, one at a time as the indexer asks.
fn index(dir: &Path, n: usize) -> anyhow::Result<()> {
    let generator = Generator::new(7);
    let items: Vec<Lazy> = (0..n)
        .map(|i| Lazy {
            generator: &generator,
            i,
        })
        .collect();
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let started = Instant::now();
    let mut indexer = Indexer::open(dir)?;
    let step = (n / 20).max(1);
    indexer.ingest(&items, threads, |i, _| {
        if (i + 1) % step == 0 {
            eprintln!(
                "  indexed {} of {n} reports in {:.0} s",
                i + 1,
                started.elapsed().as_secs_f64()
            );
        }
    })?;
    indexer.commit()?;
    println!(
        "indexed {n} generated reports in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
