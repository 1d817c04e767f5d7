//! The command line: every subcommand and its arguments.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::net::SocketAddr;
use std::path::PathBuf;

/// Search engine for Vietnamese administrative reports.
#[derive(Debug, Parser)]
#[command(name = "tracuu", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show what is understood of one report: metadata, sections, citations.
    Parse(ParseArgs),
    /// Index report files and folders: re-running skips unchanged files, removes reports whose
    /// file is gone and moves renamed ones.
    Index(IndexArgs),
    /// Remove the reports of a file or a folder from the index.
    Remove(RemoveArgs),
    /// Search the indexed report sections.
    Search(SearchArgs),
    /// Compile one indicator of the appendix tables over units and periods.
    Figures(crate::commands::figures::FiguresArgs),
    /// Look up a cited document by its number, whole or partial (`kế hoạch 05`, `NĐ 61`).
    Cite(CiteArgs),
    /// Serve the HTTP API and the web page.
    Serve(ServeArgs),
    /// Write synthetic documents (mostly reports) for demos, tests and benchmarks.
    Gen(GenArgs),
    /// Generate 300 synthetic documents (mostly reports), index them and serve them.
    Demo(DemoArgs),
    /// Measure indexing throughput and query latency on a generated corpus.
    Bench(BenchArgs),
    /// Score the parser against the hand-labelled gold documents.
    Eval(EvalArgs),
    /// Measure search recall on the ALQAC legal questions, beside SQLite FTS5.
    BenchAlqac(BenchAlqacArgs),
    /// Measure indexing and queries at several corpus sizes, beside SQLite FTS5 and a plain
    /// tantivy field, and write the table and the cost curve.
    BenchScale(BenchScaleArgs),
    /// Measure compiling one indicator of the appendix tables over a generated index, beside
    /// the same compile from records held in memory.
    BenchFigures(BenchFiguresArgs),
    /// Measure the draft check of a large draft (2,000 citations, 1 MB) over a generated
    /// index, beside the time to parse the draft alone.
    BenchDraft(BenchDraftArgs),
}

/// A system the scale bench indexes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BenchSystem {
    /// tracuu's whole pipeline, as `tracuu index` runs it.
    Tracuu,
    /// SQLite FTS5, one row per section, `unicode61 remove_diacritics 2`.
    Fts5,
    /// tantivy, one plain text field per section, its default tokenizer.
    Tantivy,
}

/// Arguments of `tracuu bench-scale`.
#[derive(Debug, Args)]
pub struct BenchScaleArgs {
    /// Corpus sizes, in reports, separated by commas.
    #[arg(long, value_delimiter = ',', default_values_t = [10_000, 30_000])]
    pub reports: Vec<usize>,
    /// Rounds of indexing and of the query mix (medians are reported).
    #[arg(long, default_value_t = 3)]
    pub rounds: usize,
    /// Concurrent HTTP clients for the throughput test.
    #[arg(long, default_value_t = 16)]
    pub clients: usize,
    /// Seconds of HTTP load, for `/api/search` and for `/api/health` each.
    #[arg(long, default_value_t = 10)]
    pub seconds: u64,
    /// Where to write the table (`scale.md`), the figures (`scale.json`) and the cost curve
    /// (`scale.svg`).
    #[arg(long, default_value = "bench-scale")]
    pub out: PathBuf,
    /// Work folder for the corpora and the indexes (a temporary one when absent).
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Keep the corpora and the first round's indexes in the work folder.
    #[arg(long)]
    pub keep: bool,
    /// Seed of the generated corpora.
    #[arg(long, default_value_t = 7)]
    pub seed: u64,
    /// Rewrite `scale.md` and `scale.svg` from the `scale.json` in `--out`, measuring nothing.
    #[arg(long)]
    pub replot: bool,
    /// Print the API paths of the query mix over the corpus folder `--files` (section hits,
    /// then `group=report`), one a line, measuring nothing: for profiling `tracuu serve`.
    #[arg(long, requires = "files")]
    pub print_mix: bool,
    /// Internal: index one system in this process and print its figures.
    #[arg(long, hide = true, value_enum, requires_all = ["files", "index"])]
    pub one: Option<BenchSystem>,
    /// Internal: the corpus folder for `--one`.
    #[arg(long, hide = true)]
    pub files: Option<PathBuf>,
    /// Internal: the index to build with `--one`.
    #[arg(long, hide = true)]
    pub index: Option<PathBuf>,
}

/// Arguments of `tracuu bench-figures`.
#[derive(Debug, Args)]
pub struct BenchFiguresArgs {
    /// Reports in the generated corpus.
    #[arg(long, default_value_t = 10_000)]
    pub reports: usize,
    /// Index folder (a temporary one when absent; an index already there is reused as it
    /// is, so a second run skips the indexing).
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Timed rounds after a warm-up (at least 3; the median is reported).
    #[arg(long, default_value_t = 5)]
    pub rounds: usize,
}

/// Arguments of `tracuu bench-draft`.
#[derive(Debug, Args)]
pub struct BenchDraftArgs {
    /// Reports in the generated corpus.
    #[arg(long, default_value_t = 10_000)]
    pub reports: usize,
    /// Citations in the draft.
    #[arg(long, default_value_t = 2_000)]
    pub citations: usize,
    /// Size of the draft in bytes.
    #[arg(long, default_value_t = 1_000_000)]
    pub bytes: usize,
    /// Index folder (a temporary one when absent; an index already there is reused).
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Timed rounds after a warm-up (at least 3; the median is reported).
    #[arg(long, default_value_t = 5)]
    pub rounds: usize,
}

/// Arguments of `tracuu bench-alqac`.
#[derive(Debug, Args)]
pub struct BenchAlqacArgs {
    /// The ALQAC folder (`articles.json`, `train_questions.json`).
    #[arg(long, default_value = "../shared/corpus/alqac")]
    pub corpus: PathBuf,
    /// List the questions whose first hit is not an answer.
    #[arg(long)]
    pub misses: bool,
    /// Index folder (a temporary one when absent; an existing index there is updated, so a
    /// second run skips the indexing).
    #[arg(long)]
    pub dir: Option<PathBuf>,
}

/// Where the index lives.
#[derive(Debug, Args)]
pub struct IndexDir {
    /// The index folder.
    #[arg(long = "index", env = "TRACUU_INDEX", default_value = "tracuu-index")]
    pub dir: PathBuf,
}

/// Arguments of `tracuu parse`.
#[derive(Debug, Args)]
pub struct ParseArgs {
    /// The report file.
    pub file: PathBuf,
    /// Print one JSON object instead of a readable summary.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `tracuu index`.
#[derive(Debug, Args)]
pub struct IndexArgs {
    /// The index.
    #[command(flatten)]
    pub index: IndexDir,
    /// Files and folders to index; a report's source is its path relative to the folder given.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
    /// Follow symlinks that lead outside the folders given (by default they are skipped).
    #[arg(long)]
    pub follow_symlinks: bool,
    /// Memory the run may use, in MB (the reports being read and tantivy's buffers).
    #[arg(long, env = "TRACUU_MEMORY_MB", default_value_t = 1024)]
    pub memory_mb: u64,
    /// Commit whole reports at least every this many seconds (0: only at the end), so a
    /// crash keeps what was committed.
    #[arg(long, default_value_t = 60)]
    pub checkpoint_secs: u64,
    /// Commit after this many reports written (0: no count).
    #[arg(long, default_value_t = 5000)]
    pub checkpoint_reports: u64,
}

/// Arguments of `tracuu remove`.
#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The index.
    #[command(flatten)]
    pub index: IndexDir,
    /// Files or folders whose reports to remove (their source names work too).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
}

/// One hit per section, or one per report.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum GroupArg {
    /// Every matching section.
    Section,
    /// The best section of each report.
    Report,
}

/// Arguments of `tracuu search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The index.
    #[command(flatten)]
    pub index: IndexDir,
    /// What to search for: words (with or without diacritics), "a phrase", document numbers.
    pub query: String,
    /// Only reports of this unit or of units under it (`Lục Bình`, `huyen bach thong`).
    #[arg(long)]
    pub unit: Option<String>,
    /// Only reports of this year.
    #[arg(long)]
    pub year: Option<i32>,
    /// Only sections of this category, by its Vietnamese name with or without diacritics
    /// (`thủ tục hành chính`, `chinh quyen so`) or machine name (`procedures`).
    #[arg(long)]
    pub section: Option<String>,
    /// Only reports of this period kind: `quý`, `6 tháng`, `9 tháng`, `năm` (with or without
    /// diacritics) or `quarter`, `six_months`, `nine_months`, `year`.
    #[arg(long)]
    pub period: Option<String>,
    /// Hits per page (1–100).
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Hits to skip.
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// One hit per section or per report.
    #[arg(long, value_enum, default_value = "section")]
    pub group: GroupArg,
    /// Print the JSON response.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `tracuu cite`.
#[derive(Debug, Args)]
pub struct CiteArgs {
    /// The index.
    #[command(flatten)]
    pub index: IndexDir,
    /// The citation (`05/KH-UBND`, `Nghị định 61/2018`); with --draft, a file of text to check.
    pub citation: String,
    /// Treat the argument as a file holding a draft: find and look up every citation in it.
    #[arg(long)]
    pub draft: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `tracuu serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The index.
    #[command(flatten)]
    pub index: IndexDir,
    /// Address to listen on. Beyond loopback (`0.0.0.0:8080`) a token is required.
    #[arg(long, env = "TRACUU_ADDR", default_value = "127.0.0.1:8080", value_parser = parse_addr)]
    pub addr: SocketAddr,
    /// The access token every `/api/` request must send (`Authorization: Bearer …`), at
    /// least 16 characters; the page asks for it once.
    #[arg(long, env = "TRACUU_TOKEN", conflicts_with = "token_file")]
    pub token: Option<String>,
    /// A file holding the access token (kept out of the process list).
    #[arg(long)]
    pub token_file: Option<PathBuf>,
    /// Another `Host` this server answers for (a name or `name:port`), besides its address
    /// and `localhost` on loopback; repeat for more.
    #[arg(long)]
    pub allow_host: Vec<String>,
    /// Longest wait for a request's header, from the connection's start or its last
    /// response, in milliseconds.
    #[arg(long, default_value_t = 10_000)]
    pub header_timeout_ms: u64,
    /// Longest time to answer one request, reading its body included, in milliseconds.
    #[arg(long, default_value_t = 30_000)]
    pub request_timeout_ms: u64,
    /// Most connections served at once; more wait to be accepted.
    #[arg(long, default_value_t = 256)]
    pub max_connections: usize,
}

/// Arguments of `tracuu gen`.
#[derive(Debug, Args)]
pub struct GenArgs {
    /// How many documents to write: about three in five are CCHC reports, the others
    /// decisions, plans, letters, decrees, Youth Union reports and plans and 2025 commune
    /// merger resolutions.
    #[arg(long, default_value_t = 300)]
    pub reports: usize,
    /// The folder to write them into (created if missing).
    #[arg(long)]
    pub out: PathBuf,
    /// Seed of the generator: the same seed writes the same documents.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

/// Arguments of `tracuu demo`.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080", value_parser = parse_addr)]
    pub addr: SocketAddr,
    /// How many documents to generate (mostly reports, some of every other kind).
    #[arg(long, default_value_t = 300)]
    pub reports: usize,
}

/// Arguments of `tracuu bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Reports in the generated corpus.
    #[arg(long, default_value_t = 10_000)]
    pub reports: usize,
    /// Concurrent HTTP clients for the throughput test.
    #[arg(long, default_value_t = 16)]
    pub clients: usize,
    /// Seconds of HTTP load.
    #[arg(long, default_value_t = 10)]
    pub seconds: u64,
    /// Work folder (a temporary one when absent).
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Indexing rounds (the median is reported).
    #[arg(long, default_value_t = 3)]
    pub rounds: usize,
    /// Measure indexing only (skip the query and HTTP parts).
    #[arg(long)]
    pub indexing_only: bool,
}

/// Which gold documents `tracuu eval` scores.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SplitArg {
    /// The development documents.
    Dev,
    /// The held-out documents.
    Test,
    /// Both, each split and together.
    All,
}

/// Arguments of `tracuu eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// The gold folder (holding `documents/*.json`).
    #[arg(long, default_value = "tests/gold")]
    pub gold: PathBuf,
    /// The corpus folder (holding `documents/`).
    #[arg(long, default_value = "../shared/corpus")]
    pub corpus: PathBuf,
    /// Which split to score.
    #[arg(long, value_enum, default_value = "all")]
    pub split: SplitArg,
    /// Also list, per file, the missed and extra keys, wrong issuers and own fields.
    #[arg(long)]
    pub misses: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    /// Score instead the document's own number, date, signer, kind and issuer against the
    /// legal portal's metadata block of each file of this folder.
    #[arg(
        long,
        num_args = 0..=1,
        default_missing_value = "../shared/corpus/documents/tnt305_official_docs"
    )]
    pub portal: Option<PathBuf>,
}

/// Parses a listening address: `127.0.0.1:8080`, `[::1]:8080`, or a host name with a port
/// (`localhost:8082`, resolved to 127.0.0.1 so the page stays on this machine).
pub fn parse_addr(value: &str) -> Result<SocketAddr, String> {
    let value = value.trim();
    if let Ok(addr) = value.parse() {
        return Ok(addr);
    }
    let (host, port) = value
        .rsplit_once(':')
        .ok_or_else(|| format!("`{value}` is not HOST:PORT (for example localhost:8080)"))?;
    let port: u16 = port
        .parse()
        .map_err(|_| format!("`{port}` is not a port number (0–65535)"))?;
    if host.eq_ignore_ascii_case("localhost") {
        return Ok(SocketAddr::from(([127, 0, 0, 1], port)));
    }
    use std::net::ToSocketAddrs;
    (host, port)
        .to_socket_addrs()
        .ok()
        .and_then(|mut addrs| addrs.next())
        .ok_or_else(|| {
            format!("cannot resolve `{host}`; give an IP address such as 0.0.0.0:{port}")
        })
}

#[cfg(test)]
mod addr_tests {
    use super::parse_addr;

    #[test]
    fn localhost_and_addresses_are_accepted() {
        assert_eq!(
            parse_addr("localhost:8082").unwrap().to_string(),
            "127.0.0.1:8082"
        );
        assert_eq!(
            parse_addr("LOCALHOST:1").unwrap().to_string(),
            "127.0.0.1:1"
        );
        assert_eq!(parse_addr("0.0.0.0:80").unwrap().to_string(), "0.0.0.0:80");
        assert_eq!(parse_addr("[::1]:8080").unwrap().to_string(), "[::1]:8080");
        assert!(parse_addr("localhost").is_err());
        assert!(parse_addr("localhost:port").is_err());
    }
}
