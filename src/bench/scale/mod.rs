//! `tracuu bench-scale`: indexing and queries at several corpus sizes, each beside SQLite
//! FTS5 and a plain tantivy field in the same run.
//!
//! For each size the generated corpus is written to files, with a list of its sections (file,
//! byte range, unit, year) beside it. Each system then indexes it, whole pipeline from the
//! files, in a process of its own (so its peak memory is its own), rounds alternating between
//! the systems: tracuu as `tracuu index` does it; FTS5 and tantivy one row or document per
//! section, the same section texts. Then the query mix, over `tracuu serve` (a child process,
//! one keep-alive connection; section hits and `group=report`), over FTS5 (bm25, limit 10,
//! and the count) and over tantivy (`QueryParser`, top 10 and count); the HTTP throughput with
//! N clients against `/api/health`; a citation lookup whole and paged. The table goes to
//! `scale.md`, the figures to `scale.json`, the cost curve to `scale.svg`.

mod build;
mod chart;
mod probe;

use crate::cli::{BenchScaleArgs, BenchSystem};
use anyhow::Context;
use build::{Cost, sections_file, size_of};
use probe::{Latency, Lookup, Throughput};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;

/// The systems, in the order of the table.
const SYSTEMS: [BenchSystem; 3] = [BenchSystem::Tracuu, BenchSystem::Fts5, BenchSystem::Tantivy];

/// One system's indexing at one size.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Indexing {
    /// The system's name in the table.
    pub system: String,
    /// Each round's cost.
    pub rounds: Vec<Cost>,
    /// Median wall time, in seconds.
    pub seconds: f64,
    /// Median CPU time, in seconds.
    pub cpu_seconds: f64,
    /// Largest peak memory of the rounds, in MB.
    pub peak_mb: f64,
    /// The index on disk, in MB.
    pub index_mb: f64,
}

/// Everything measured at one corpus size.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SizeResult {
    /// Reports in the corpus.
    pub reports: usize,
    /// Sections in the corpus (rows of the baselines).
    pub sections: usize,
    /// MB of report text (the files).
    pub text_mb: f64,
    /// The load average before and after.
    pub load: (String, String),
    /// Indexing, one per system.
    pub indexing: Vec<Indexing>,
    /// Query latency, one line per system and mode.
    pub queries: Vec<Latency>,
    /// The query mix's size.
    pub mix: usize,
    /// HTTP throughput.
    pub http: Throughput,
    /// Citation lookups.
    pub lookups: Vec<Lookup>,
    /// Peak memory of `tracuu serve` under all this, in MB.
    pub serve_peak_mb: f64,
}

/// Runs `tracuu bench-scale`.
pub fn run(args: &BenchScaleArgs) -> anyhow::Result<()> {
    if let Some(system) = args.one {
        let (Some(files), Some(index)) = (&args.files, &args.index) else {
            anyhow::bail!("--one needs --files and --index");
        };
        return build::run_one(system, files, index);
    }
    if args.replot {
        let path = args.out.join("scale.json");
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let results: Vec<SizeResult> = serde_json::from_str(&text)?;
        return chart::write(&args.out, &results);
    }
    if args.print_mix {
        let files = args.files.as_deref().unwrap_or(Path::new("."));
        let (mut keys, mut units) = (Vec::new(), Vec::new());
        for entry in std::fs::read_dir(files)? {
            let text = std::fs::read_to_string(entry?.path())?;
            let report = tracuu_report::parse(&text);
            keys.extend(report.documents.into_iter().map(|d| d.cited.key));
            units.extend(report.metadata.unit.map(|u| u.name));
        }
        let mix = super::queries::mix_of(keys, units);
        for by_report in [false, true] {
            for q in &mix {
                println!("{}", probe::search_path(q, by_report));
            }
        }
        return Ok(());
    }
    let work_dir = super::work::WorkDir::new(args.dir.as_deref(), "tracuu-bench-scale-")?;
    let work = work_dir.path();
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create {}", args.out.display()))?;
    let mut results = Vec::new();
    for &n in &args.reports {
        let size_dir = work.join(n.to_string());
        let result = one_size(args, n, &size_dir);
        if !args.keep {
            let _ = std::fs::remove_dir_all(&size_dir);
        }
        results.push(result?);
        chart::write(&args.out, &results)?;
        println!(
            "wrote {} (scale.md, scale.json, scale.svg)",
            args.out.display()
        );
    }
    Ok(())
}

fn one_size(args: &BenchScaleArgs, n: usize, dir: &Path) -> anyhow::Result<SizeResult> {
    let load_before = load();
    let files = dir.join("corpus");
    println!("{n} reports: writing the corpus to {}", files.display());
    let corpus = write_corpus(&files, n, args.seed)?;
    println!(
        "  {:.1} MB of text, {} sections",
        corpus.bytes as f64 / 1e6,
        corpus.sections
    );
    let text_mb = corpus.bytes as f64 / 1e6;

    let mut costs: Vec<Vec<Cost>> = vec![Vec::new(); SYSTEMS.len()];
    let mut sizes = vec![0.0; SYSTEMS.len()];
    for round in 0..args.rounds.max(1) {
        for (s, &system) in SYSTEMS.iter().enumerate() {
            let index = dir.join(format!("{}-{round}", name(system)));
            let cost = build::spawn(system, &files, &index)?;
            println!(
                "  round {}: {:<8} {:7.1} s  {:6.2} MB/s  cpu {:7.1} s  peak {:6.0} MB",
                round + 1,
                name(system),
                cost.seconds,
                text_mb / cost.seconds,
                cost.cpu_seconds,
                cost.peak_mb
            );
            if round == 0 {
                sizes[s] = size_of(&index) as f64 / 1e6;
            } else {
                let _ = std::fs::remove_dir_all(&index);
            }
            costs[s].push(cost);
        }
    }
    let indexing: Vec<Indexing> = SYSTEMS
        .iter()
        .zip(costs)
        .zip(sizes)
        .map(|((&system, rounds), index_mb)| {
            let mut seconds: Vec<f64> = rounds.iter().map(|c| c.seconds).collect();
            let mut cpu: Vec<f64> = rounds.iter().map(|c| c.cpu_seconds).collect();
            Indexing {
                system: label(system).to_string(),
                seconds: probe::percentile(&mut seconds, 0.5),
                cpu_seconds: probe::percentile(&mut cpu, 0.5),
                peak_mb: rounds.iter().map(|c| c.peak_mb).fold(0.0, f64::max),
                index_mb,
                rounds,
            }
        })
        .collect();

    let mix = super::queries::mix_of(corpus.keys, corpus.units);
    println!("  queries: a mix of {} over tracuu serve", mix.len());
    let server = probe::Server::start(&dir.join("tracuu-0"))?;
    println!("  (tracuu serve is pid {})", server.pid());
    let rounds = args.rounds.max(1);
    let mut queries = vec![
        probe::tracuu_http(server.addr, &mix, false, rounds)?,
        probe::tracuu_http(server.addr, &mix, true, rounds)?,
    ];
    let http = probe::throughput(server.addr, &mix, args.clients, args.seconds);
    let lookups = vec![
        probe::lookup(server.addr, "/api/citations?q=05%2FKH-UBND")?,
        probe::lookup(server.addr, "/api/citations?q=05%2FKH-UBND&limit=20")?,
    ];
    let serve_peak_mb = server.peak_mb().unwrap_or(f64::NAN);
    drop(server);
    println!("  queries: SQLite FTS5");
    queries.push(probe::fts5(
        &dir.join("fts5-0").join("fts5.db"),
        &mix,
        rounds,
    )?);
    println!("  queries: tantivy");
    queries.push(probe::tantivy_plain(&dir.join("tantivy-0"), &mix, rounds)?);
    for q in &queries {
        println!(
            "  {:<55} p50 {:8.2} ms  p95 {:8.2} ms  p99 {:8.2} ms  ({} failed)",
            q.name, q.p50, q.p95, q.p99, q.failed
        );
    }
    println!(
        "  http, {} clients: /api/search {:.0} req/s, /api/health {:.0} req/s ({} failed)",
        http.clients, http.search_rps, http.health_rps, http.failed
    );
    for l in &lookups {
        println!("  {}: {:.1} ms, {} bytes", l.path, l.ms, l.bytes);
    }
    Ok(SizeResult {
        reports: n,
        sections: corpus.sections,
        text_mb,
        load: (load_before, load()),
        indexing,
        queries,
        mix: mix.len(),
        http,
        lookups,
        serve_peak_mb,
    })
}

/// What writing a corpus left: its size, its sections, the keys and units for the mix.
struct Corpus {
    bytes: u64,
    sections: usize,
    keys: Vec<String>,
    units: Vec<String>,
}

/// Writes the generated corpus and its sections list (parsed with tracuu's parser, untimed).
fn write_corpus(files: &Path, n: usize, seed: u64) -> anyhow::Result<Corpus> {
    let paths = crate::synth::write_corpus(files, n, seed)?;
    let mut list = std::io::BufWriter::new(std::fs::File::create(sections_file(files))?);
    let (mut keys, mut units) = (BTreeSet::new(), BTreeSet::new());
    let (mut bytes, mut sections) = (0, 0);
    for path in &paths {
        let text = std::fs::read_to_string(path)?;
        bytes += text.len() as u64;
        let report = tracuu_report::parse(&text);
        let file = path
            .file_name()
            .and_then(|f| f.to_str())
            .unwrap_or_default();
        let unit = report
            .metadata
            .unit
            .as_ref()
            .map(|u| u.name.clone())
            .unwrap_or_default();
        for s in &report.sections {
            let start = s.heading.start.min(s.body.start);
            writeln!(
                list,
                "{file}\t{start}\t{}\t{}\t{}",
                s.body.end,
                unit.replace(['\t', '\n'], " "),
                report.metadata.year.unwrap_or(0)
            )?;
            sections += 1;
        }
        keys.extend(report.documents.into_iter().map(|d| d.cited.key));
        if !unit.is_empty() {
            units.insert(unit);
        }
    }
    list.flush()?;
    Ok(Corpus {
        bytes,
        sections,
        keys: keys.into_iter().collect(),
        units: units.into_iter().collect(),
    })
}

fn name(system: BenchSystem) -> &'static str {
    match system {
        BenchSystem::Tracuu => "tracuu",
        BenchSystem::Fts5 => "fts5",
        BenchSystem::Tantivy => "tantivy",
    }
}

fn label(system: BenchSystem) -> &'static str {
    match system {
        BenchSystem::Tracuu => "tracuu",
        BenchSystem::Fts5 => "SQLite FTS5",
        BenchSystem::Tantivy => "tantivy, one field",
    }
}

/// The load averages, from `/proc/loadavg`.
fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}
