//! `tracuu bench-draft`: the draft check of a large draft over a large index, beside the time
//! to parse the same draft alone, in the same run.
//!
//! The draft is written from the generated corpus: the citations of its reports, each as the
//! reports write it (number, date, issuer), one per paragraph, until there are `--citations`
//! of them, between paragraphs of plain prose until the draft is `--bytes` long. Each round
//! times, alternating:
//!
//! - parse (the baseline): finding the citations of the draft and merging them into the
//!   documents they name ([`tracuu_report::extract_citations`], `cited_documents`), what the
//!   check does before it asks the index anything;
//! - the check: [`Engine::resolve`], what `POST /api/citations/resolve` runs: that, and each
//!   document looked up, its verdict decided, and the document itself linked when indexed.

use super::work::{WorkDir, generated_index};
use crate::cli::BenchDraftArgs;
use crate::synth::Generator;
use std::time::Instant;
use tracuu_report::{cited_documents, extract_citations};

/// Runs the bench and prints its figures.
pub fn run(args: &BenchDraftArgs) -> anyhow::Result<()> {
    let dir = WorkDir::new(args.dir.as_deref(), "tracuu-bench-draft-")?;
    let engine = generated_index(dir.path(), args.reports)?;
    let draft = draft(args.reports, args.citations, args.bytes);
    let found = extract_citations(&draft);
    let documents = cited_documents(&found);
    println!(
        "draft: {} bytes, {} lines, {} citations naming {} documents ({} numbers)",
        draft.len(),
        draft.lines().count(),
        found.len(),
        documents.len(),
        {
            let mut keys: Vec<&str> = documents.iter().map(|d| d.cited.key.as_str()).collect();
            keys.sort_unstable();
            keys.dedup();
            keys.len()
        }
    );
    // Warm-up: the index's pages and the regexes, and the citation columns the engine keeps
    // parsed (timed: the first check on a freshly opened index).
    let started = Instant::now();
    let rows = engine.resolve(&draft)?;
    let first = started.elapsed().as_secs_f64() * 1e3;
    let statuses = rows.iter().fold(
        std::collections::BTreeMap::<String, usize>::new(),
        |mut m, l| {
            *m.entry(format!("{:?}", l.status)).or_default() += 1;
            m
        },
    );
    println!("check: {} rows, {statuses:?}", rows.len());
    let rounds = args.rounds.max(3);
    let mut parse = Vec::with_capacity(rounds);
    let mut check = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let started = Instant::now();
        let citations = extract_citations(&draft);
        std::hint::black_box(cited_documents(&citations));
        parse.push(started.elapsed().as_secs_f64() * 1e3);
        let started = Instant::now();
        std::hint::black_box(engine.resolve(&draft)?);
        check.push(started.elapsed().as_secs_f64() * 1e3);
    }
    let (p, c) = (median(&mut parse), median(&mut check));
    println!("{:<40} {:>10}", "median of rounds", "ms");
    println!("{:<40} {p:>10.1}", "parse the draft alone (baseline)");
    println!("{:<40} {c:>10.1}", "check the draft (tracuu)");
    println!(
        "{:<40} {:>10.2}×   target: the check under 1,000 ms",
        "check ÷ parse",
        c / p
    );
    println!(
        "{:<40} {first:>10.1}   (the warm-up: columns not parsed yet)",
        "first check after opening the index"
    );
    println!("rounds: parse {parse:.1?} ms, check {check:.1?} ms");
    Ok(())
}

/// The draft: `citations` citations as the generated reports write them, one a paragraph,
/// among paragraphs of prose, about `bytes` long.
fn draft(reports: usize, citations: usize, bytes: usize) -> String {
    const PROSE: &str = "Tiếp tục đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ \
                         người dân và doanh nghiệp; rà soát, đơn giản hóa thủ tục, công khai \
                         minh bạch quy trình giải quyết hồ sơ trên địa bàn.";
    let generator = Generator::new(7);
    let mut written: Vec<String> = Vec::with_capacity(citations);
    let mut seen = std::collections::HashSet::new();
    'reports: for i in 0..reports {
        let report = generator.report(i);
        for c in extract_citations(&report.text) {
            let Some(span) = report.text.get(c.span.clone()) else {
                continue;
            };
            let span = span.split_whitespace().collect::<Vec<_>>().join(" ");
            if seen.insert(span.clone()) {
                written.push(span);
                if written.len() == citations {
                    break 'reports;
                }
            }
        }
    }
    let per_paragraph = bytes / citations.max(1);
    let mut out = String::with_capacity(bytes + 4096);
    for w in &written {
        let start = out.len();
        out.push_str("Căn cứ ");
        out.push_str(w);
        out.push_str(". ");
        while out.len() - start + PROSE.len() < per_paragraph {
            out.push_str(PROSE);
            out.push(' ');
        }
        out.push_str("\n\n");
    }
    while out.len() + PROSE.len() < bytes {
        out.push_str(PROSE);
        out.push('\n');
    }
    out
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}
