//! `tracuu bench-figures`: compiling one indicator of the appendix tables over a large index,
//! against a baseline in the same run.
//!
//! The corpus is generated and indexed one report at a time (100,000 reports are about 1.8 GB
//! of text, more than is worth holding), or an index already in `--dir` is reused. Each case
//! (an indicator, over every unit or over the communes of one district) is then timed, in
//! alternating rounds, three ways:
//!
//! - `tracuu`: [`Engine::figures`], what `GET /api/figures` runs: the indicator's term (and
//!   those of the counts a percent is recomputed from) looked up, the fast columns of the
//!   documents it holds read, the table compiled.
//! - in memory (the baseline): the same records held in memory beforehand (read once from the
//!   index, so the inputs are equal), kept by a plain scan and compiled by the same
//!   [`compile`]. This is what a program holding every figure in memory, a spreadsheet, would
//!   do; the ratio is the price of reading from the index instead, and both tables must be
//!   equal.
//! - a walk over the postings of the same terms, counting their documents: the floor of any
//!   answer read from this index.

use super::work::{WorkDir, generated_index};
use crate::cli::BenchFiguresArgs;
use anyhow::Context;
use std::time::Instant;
use tantivy::Term;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tracuu_index::Engine;
use tracuu_index::{Compiled, FigureRecord, FiguresRequest, Inputs, compile};
use tracuu_report::{IndicatorKind, indicator, indicators};

/// The indicators compiled: a count summed, and a percent recomputed from its two counts.
const CASES: [&str; 2] = ["hs_da_giai_quyet", "hs_dung_han_ty_le"];

/// Runs the bench and prints its figures.
pub fn run(args: &BenchFiguresArgs) -> anyhow::Result<()> {
    let dir = WorkDir::new(args.dir.as_deref(), "tracuu-bench-figures-")?;
    let engine = generated_index(dir.path(), args.reports)?;

    // The records the baseline holds: every record of the indicators compiled and of the
    // counts they are recomputed from, read once.
    let mut codes: Vec<&str> = Vec::new();
    for code in CASES {
        let ind = indicator(code).context("unknown indicator")?;
        codes.extend(
            [Some(ind.code), ind.numerator, ind.denominator]
                .into_iter()
                .flatten(),
        );
        codes.extend(whole_of(code));
    }
    codes.sort_unstable();
    codes.dedup();
    let mut held: Vec<FigureRecord> = Vec::new();
    for code in &codes {
        held.extend(engine.figure_records(code, &FiguresRequest::default())?);
    }
    println!(
        "held in memory for the baseline: {} records of {} indicators",
        held.len(),
        codes.len()
    );

    // The district with the most records of the first indicator.
    let mut parents: std::collections::HashMap<&str, usize> = Default::default();
    for r in held
        .iter()
        .filter(|r| r.code == CASES[0] && !r.parent.is_empty())
    {
        *parents.entry(r.parent.as_str()).or_default() += 1;
    }
    let district = parents
        .into_iter()
        .max_by_key(|(p, n)| (*n, std::cmp::Reverse(*p)))
        .map(|(p, _)| p.to_string());

    println!(
        "{:<60} {:>19} {:>19} {:>13} {:>17} {:>8}",
        "case (records of its terms, table)",
        "tracuu wall / cpu",
        "in memory wall / cpu",
        "ratio (cpu)",
        "term walk wall",
        "ratio"
    );
    for code in CASES {
        for unit in [None, district.clone()] {
            let req = FiguresRequest {
                indicator: code.to_string(),
                unit: unit.clone(),
                year: None,
                period: None,
                units: Vec::new(),
            };
            let case = Case::measure(&engine, &held, &req, args.rounds.max(3))?;
            let name = format!(
                "{code}, {} ({} records, {} × {})",
                unit.as_deref().unwrap_or("every unit"),
                case.records,
                case.rows,
                case.periods
            );
            println!(
                "{name:<60} {:>8.1} / {:>5.1} ms {:>8.1} / {:>5.1} ms {:>12.2}× {:>14.2} ms {:>7.0}×",
                case.ours.0,
                case.ours.1,
                case.memory.0,
                case.memory.1,
                case.ours.1 / case.memory.1,
                case.count.0,
                case.ours.0 / case.count.0
            );
        }
    }
    println!(
        "medians of {} alternating rounds after one warm-up (cpu: time the thread ran on a core); target: under 200 ms over 100,000 reports",
        args.rounds.max(3)
    );
    Ok(())
}

/// The count a count indicator is the part of (`hs_dung_han` of `hs_da_giai_quyet`).
fn whole_of(code: &str) -> Option<&'static str> {
    indicators()
        .iter()
        .find(|p| p.numerator == Some(code))
        .and_then(|p| p.denominator)
}

/// The medians of one case, in milliseconds: (wall clock, on a core).
struct Case {
    ours: (f64, f64),
    memory: (f64, f64),
    count: (f64, f64),
    records: usize,
    rows: usize,
    periods: usize,
}

impl Case {
    fn measure(
        engine: &Engine,
        held: &[FigureRecord],
        req: &FiguresRequest,
        rounds: usize,
    ) -> anyhow::Result<Case> {
        let ind = indicator(&req.indicator).context("unknown indicator")?;
        let terms: Vec<&str> = match ind.kind {
            IndicatorKind::Percent => [Some(ind.code), ind.numerator, ind.denominator]
                .into_iter()
                .flatten()
                .collect(),
            _ => [Some(ind.code), whole_of(ind.code)]
                .into_iter()
                .flatten()
                .collect(),
        };
        let searcher = engine.searcher();
        let field = engine.fields().indicator;
        let mut times: [[Vec<f64>; 2]; 3] = Default::default();
        let mut records = 0;
        let mut shape = (0, 0);
        for round in 0..=rounds {
            let watch = Watch::start();
            let a = engine.figures(req)?;
            let t_ours = watch.stop();

            let watch = Watch::start();
            let b = in_memory(held, req, ind.code);
            let t_memory = watch.stop();

            let watch = Watch::start();
            let mut n = 0;
            for t in &terms {
                n += walk(&searcher, field, t)?;
            }
            let t_count = watch.stop();

            anyhow::ensure!(a == b, "the compiled tables differ for {}", req.indicator);
            if round > 0 {
                for (k, t) in [t_ours, t_memory, t_count].into_iter().enumerate() {
                    times[k][0].push(t.0);
                    times[k][1].push(t.1);
                }
            }
            records = n;
            shape = (a.rows.len(), a.periods.len());
        }
        let [ours, memory, count] =
            times.map(|[mut wall, mut cpu]| (super::median(&mut wall), super::median(&mut cpu)));
        Ok(Case {
            ours,
            memory,
            count,
            records,
            rows: shape.0,
            periods: shape.1,
        })
    }
}

/// The documents holding `term`, counted by walking its postings in every segment (tantivy's
/// `Count` collector would answer from the term's document frequency without walking).
fn walk(
    searcher: &tantivy::Searcher,
    field: tantivy::schema::Field,
    term: &str,
) -> anyhow::Result<usize> {
    use tantivy::query::{EnableScoring, Query};
    let q = TermQuery::new(Term::from_field_text(field, term), IndexRecordOption::Basic);
    let weight = q.weight(EnableScoring::disabled_from_searcher(searcher))?;
    let mut n = 0;
    for reader in searcher.segment_readers() {
        let alive = reader.alive_bitset();
        weight.for_each_no_score(reader, &mut |docs| {
            n += docs
                .iter()
                .filter(|d| alive.is_none_or(|a| a.is_alive(**d)))
                .count();
        })?;
    }
    Ok(n)
}

/// A stopwatch reading both the wall clock and the time this thread spent on a core: on a
/// machine shared with other jobs the first counts their turns too, the second does not.
struct Watch {
    wall: Instant,
    cpu: Option<u64>,
}

impl Watch {
    fn start() -> Watch {
        Watch {
            cpu: thread_cpu_ns(),
            wall: Instant::now(),
        }
    }

    /// Milliseconds since the start: (wall, on a core; the wall when Linux does not say).
    fn stop(&self) -> (f64, f64) {
        let wall = self.wall.elapsed().as_secs_f64() * 1000.0;
        let cpu = match (self.cpu, thread_cpu_ns()) {
            (Some(a), Some(b)) => b.saturating_sub(a) as f64 / 1e6,
            _ => wall,
        };
        (wall, cpu)
    }
}

/// Nanoseconds this thread has run on a core (`/proc/thread-self/schedstat`, Linux; the
/// kernel brings it up to date at scheduler ticks and switches, so it is good to a few
/// milliseconds: read it for the compiles, not for the microseconds of a term walk).
fn thread_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// The baseline: the request answered from records held in memory, by a plain scan.
fn in_memory(held: &[FigureRecord], req: &FiguresRequest, code: &str) -> Compiled {
    let ind = indicator(code).expect("a known indicator");
    let keep = |c: &str| -> Vec<FigureRecord> {
        held.iter()
            .filter(|r| {
                r.code == c
                    && req.unit.as_deref().is_none_or(|u| r.parent == u)
                    && req
                        .year
                        .is_none_or(|y| r.period.starts_with(&format!("{y}-")))
            })
            .cloned()
            .collect()
    };
    let inputs = match ind.kind {
        IndicatorKind::Percent => Inputs {
            own: keep(ind.code),
            numerator: ind.numerator.map(keep).unwrap_or_default(),
            denominator: ind.denominator.map(keep).unwrap_or_default(),
        },
        IndicatorKind::Count => Inputs {
            own: keep(ind.code),
            numerator: Vec::new(),
            denominator: whole_of(ind.code).map(keep).unwrap_or_default(),
        },
        IndicatorKind::Code => Inputs {
            own: keep(ind.code),
            ..Inputs::default()
        },
    };
    let parent = req.unit.as_deref().map(|u| {
        inputs
            .own
            .iter()
            .map(|r| r.parent.as_str())
            .find(|p| !p.is_empty())
            .unwrap_or(u)
            .to_string()
    });
    compile(ind, parent.as_deref(), &inputs)
}
