//! One system indexing one corpus, in a process of its own (`tracuu bench-scale --one …`), so
//! its peak memory is its own: the whole pipeline, from the files to a committed index.

use crate::cli::{BenchSystem, IndexArgs, IndexDir};
use anyhow::Context;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;
use tantivy::schema::{Schema, TEXT};
use tantivy::{Index, TantivyDocument};

/// The prefix of the line a child prints its figures on.
const MARK: &str = "BENCH-SCALE ";

/// What one indexing run cost.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Cost {
    /// Wall time from opening the files to the committed index, in seconds.
    pub seconds: f64,
    /// CPU time of the process (user and system, every thread), in seconds.
    pub cpu_seconds: f64,
    /// Peak resident memory of the process (`VmHWM`), in MB.
    pub peak_mb: f64,
}

/// One section of the corpus: its file, its byte range, its unit and year (for filters).
#[derive(Debug, Clone)]
pub struct SectionRow {
    /// The file name in the corpus folder.
    pub file: String,
    /// Byte range of the section (heading and body) in the file's text.
    pub range: std::ops::Range<usize>,
    /// The reporting unit's name, or empty.
    pub unit: String,
    /// The report's year, or 0.
    pub year: i32,
}

/// The sections list beside a corpus folder (`corpus` → `corpus.sections.tsv`): what the
/// baselines index, one row per section, the same texts tracuu's sections hold.
pub fn sections_file(files: &Path) -> PathBuf {
    files.with_extension("sections.tsv")
}

/// Reads a sections list.
pub fn read_sections(path: &Path) -> anyhow::Result<Vec<SectionRow>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut out = Vec::new();
    for line in text.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        let [file, start, end, unit, year] = cols[..] else {
            anyhow::bail!("bad sections line: {line}");
        };
        out.push(SectionRow {
            file: file.to_string(),
            range: start.parse()?..end.parse()?,
            unit: unit.to_string(),
            year: year.parse()?,
        });
    }
    Ok(out)
}

/// Runs `tracuu bench-scale --one SYSTEM` as a child process and reads its figures.
pub fn spawn(system: BenchSystem, files: &Path, index: &Path) -> anyhow::Result<Cost> {
    let name = match system {
        BenchSystem::Tracuu => "tracuu",
        BenchSystem::Fts5 => "fts5",
        BenchSystem::Tantivy => "tantivy",
    };
    let output = Command::new(std::env::current_exe()?)
        .args(["bench-scale", "--one", name, "--files"])
        .arg(files)
        .arg("--index")
        .arg(index)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .context("cannot run the indexing child")?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        anyhow::bail!("{name} indexing failed ({}): {stdout}", output.status);
    }
    let line = stdout
        .lines()
        .find_map(|l| l.strip_prefix(MARK))
        .with_context(|| format!("{name} indexing printed no figures: {stdout}"))?;
    Ok(serde_json::from_str(line)?)
}

/// The child's side: indexes `files` into `index` with one system and prints its cost.
pub fn run_one(system: BenchSystem, files: &Path, index: &Path) -> anyhow::Result<()> {
    let started = Instant::now();
    match system {
        BenchSystem::Tracuu => tracuu(files, index)?,
        BenchSystem::Fts5 => fts5(files, index)?,
        BenchSystem::Tantivy => tantivy_plain(files, index)?,
    }
    let cost = Cost {
        seconds: started.elapsed().as_secs_f64(),
        cpu_seconds: cpu_seconds().unwrap_or(f64::NAN),
        peak_mb: peak_mb().unwrap_or(f64::NAN),
    };
    println!("{MARK}{}", serde_json::to_string(&cost)?);
    Ok(())
}

/// As `tracuu index --index INDEX FILES` runs, with its default options.
fn tracuu(files: &Path, index: &Path) -> anyhow::Result<()> {
    crate::commands::index::run(&IndexArgs {
        index: IndexDir {
            dir: index.to_path_buf(),
        },
        paths: vec![files.to_path_buf()],
        json: false,
        follow_symlinks: false,
        memory_mb: 1024,
        checkpoint_secs: 60,
        checkpoint_reports: 5000,
    })
}

/// Calls `add` with every section's text, reading each file once.
fn each_section(
    files: &Path,
    mut add: impl FnMut(&SectionRow, &str) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let rows = read_sections(&sections_file(files))?;
    let mut current: Option<(String, String)> = None;
    for row in &rows {
        if current.as_ref().is_none_or(|(name, _)| *name != row.file) {
            let path = files.join(&row.file);
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            current = Some((row.file.clone(), text));
        }
        let text = current.as_ref().map_or("", |(_, t)| t.as_str());
        add(row, text.get(row.range.clone()).unwrap_or(""))?;
    }
    Ok(())
}

/// SQLite FTS5 in a file, one row per section, in one transaction.
fn fts5(files: &Path, index: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(index)?;
    let db = rusqlite::Connection::open(index.join("fts5.db"))?;
    db.execute_batch(
        "CREATE VIRTUAL TABLE s USING fts5(body, unit UNINDEXED, year UNINDEXED, tokenize='unicode61 remove_diacritics 2');",
    )?;
    let tx = db.unchecked_transaction()?;
    {
        let mut insert = tx.prepare("INSERT INTO s (body, unit, year) VALUES (?1, ?2, ?3)")?;
        each_section(files, |row, text| {
            insert.execute((text, &row.unit, row.year))?;
            Ok(())
        })?;
    }
    tx.commit()?;
    Ok(())
}

/// tantivy, one `TEXT` field per section, its default tokenizer, a 128 MB writer.
fn tantivy_plain(files: &Path, index: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(index)?;
    let mut schema = Schema::builder();
    let body = schema.add_text_field("body", TEXT);
    let tantivy_index = Index::create_in_dir(index, schema.build())?;
    let mut writer: tantivy::IndexWriter = tantivy_index.writer(128 * 1024 * 1024)?;
    each_section(files, |_, text| {
        let mut doc = TantivyDocument::new();
        doc.add_text(body, text);
        writer.add_document(doc)?;
        Ok(())
    })?;
    writer.commit()?;
    writer.wait_merging_threads()?;
    Ok(())
}

/// Peak resident memory of this process, from `/proc/self/status`.
fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// Peak resident memory of another process (`VmHWM`), while it runs.
pub fn peak_mb_of(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// User and system CPU time of this process, from `/proc/self/stat` (100 ticks a second, as
/// Linux reports them to user space).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    // Fields 14 and 15 of stat(5); `after` starts at field 3.
    let user: f64 = fields.get(11)?.parse().ok()?;
    let system: f64 = fields.get(12)?.parse().ok()?;
    Some((user + system) / 100.0)
}

/// Bytes of every file under `path`.
pub fn size_of(path: &Path) -> u64 {
    let Ok(meta) = std::fs::metadata(path) else {
        return 0;
    };
    if meta.is_file() {
        return meta.len();
    }
    std::fs::read_dir(path)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| size_of(&e.path()))
                .sum()
        })
        .unwrap_or(0)
}
