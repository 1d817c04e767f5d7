//! `tracuu bench`: the speed targets, each against a baseline in the same run.
//!
//! 1. Indexing throughput (MB/s of report text): `tracuu` (parse, both analyzers, stored
//!    text, facets, citations) against tantivy indexing the same section texts into one
//!    field with its default tokenizer. Three alternating rounds; medians.
//! 2. Query latency over the `tracuu` index for a fixed mix of 200 queries, in-process:
//!    p50 and p99 of five rounds; tantivy's `QueryParser` on the baseline index beside it.
//! 3. HTTP throughput with N concurrent keep-alive clients on loopback: `/api/search` over
//!    the query mix, against `/api/health` as the baseline.

pub mod alqac;
pub mod draft;
pub mod figures;
mod http;
mod queries;
pub mod scale;
mod work;

use crate::cli::BenchArgs;
use anyhow::Context;
use std::path::Path;
use std::time::{Duration, Instant};
use tantivy::schema::{Schema, TEXT};
use tantivy::{Index, TantivyDocument};
use tracuu_index::{Engine, Indexer};
use tracuu_report::Report;

/// Runs the benchmark and prints its figures.
pub fn run(args: &BenchArgs) -> anyhow::Result<()> {
    let dir_dir = work::WorkDir::new(args.dir.as_deref(), "tracuu-bench-")?;
    let dir = dir_dir.path();
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    println!(
        "machine: {} cores; corpus: {} generated reports",
        cores(),
        args.reports
    );

    let corpus = crate::synth::generate(args.reports, 7);
    let bytes: usize = corpus.iter().map(|r| r.text.len()).sum();
    let parsed: Vec<Report> = corpus
        .iter()
        .map(|r| tracuu_report::parse(&r.text))
        .collect();
    let sections: Vec<String> = corpus
        .iter()
        .zip(&parsed)
        .flat_map(|(r, p)| {
            p.sections
                .iter()
                .map(|s| {
                    r.text
                        .get(s.heading.start.min(s.body.start)..s.body.end)
                        .unwrap_or("")
                        .to_string()
                })
                .collect::<Vec<_>>()
        })
        .collect();
    println!(
        "text: {:.1} MB in {} reports, {} sections",
        bytes as f64 / 1e6,
        corpus.len(),
        sections.len()
    );

    // 1. Indexing.
    let (mut ours, mut base, mut floor, mut body_only) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for round in 0..args.rounds.max(1) {
        let ours_dir = dir.join(format!("tracuu-{round}"));
        let base_dir = dir.join(format!("baseline-{round}"));
        let started = Instant::now();
        let mut indexer = Indexer::open(&ours_dir)?;
        indexer.ingest(&corpus, cores(), |_, _| {})?;
        indexer.commit()?;
        ours.push(bytes as f64 / 1e6 / started.elapsed().as_secs_f64());
        base.push(baseline_index(&base_dir, &sections, bytes)?);
        floor.push(text_fields_index(
            &dir.join(format!("fields-{round}")),
            &sections,
            bytes,
            true,
        )?);
        body_only.push(text_fields_index(
            &dir.join(format!("body-{round}")),
            &sections,
            bytes,
            false,
        )?);
        println!(
            "  round {}: tracuu {:.2} MB/s, tantivy baseline {:.2} MB/s, tracuu's text fields alone {:.2} MB/s, its body field alone {:.2} MB/s",
            round + 1,
            ours[round],
            base[round],
            floor[round],
            body_only[round]
        );
    }
    let (ours_mbs, base_mbs, floor_mbs, body_mbs) = (
        median(&mut ours),
        median(&mut base),
        median(&mut floor),
        median(&mut body_only),
    );
    println!(
        "indexing: tracuu {ours_mbs:.2} MB/s, baseline {base_mbs:.2} MB/s, ratio {:.2} (target ≥ 0.5)",
        ours_mbs / base_mbs
    );
    println!(
        "  ceiling: the same sections into tracuu's two text fields only (no parsing, no stored or other fields): {floor_mbs:.2} MB/s, ratio {:.2}",
        floor_mbs / base_mbs
    );
    println!(
        "  the body field alone (exact and folded forms with positions, no pairs): {body_mbs:.2} MB/s, ratio {:.2}",
        body_mbs / base_mbs
    );

    if args.indexing_only {
        return Ok(());
    }

    // 2. Query latency.
    let engine = Engine::open(&dir.join("tracuu-0"))?;
    let mix = queries::mix(&parsed);
    for q in &mix {
        engine.search(q)?;
    }
    let mut latencies = Vec::with_capacity(mix.len() * 5);
    let mut per_query = vec![Vec::with_capacity(5); mix.len()];
    for _ in 0..5 {
        for (i, q) in mix.iter().enumerate() {
            let started = Instant::now();
            engine.search(q)?;
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            latencies.push(ms);
            per_query[i].push(ms);
        }
    }
    let mut slowest: Vec<(f64, &tracuu_index::SearchRequest)> = per_query
        .iter_mut()
        .zip(&mix)
        .map(|(times, q)| (median(times), q))
        .collect();
    slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (ms, q) in slowest.iter().take(5) {
        println!(
            "  slow: {ms:.2} ms  {:?} unit={:?} year={:?}",
            q.q, q.unit, q.year
        );
    }
    let base_latencies = baseline_queries(&dir.join("baseline-0"), &mix)?;
    println!(
        "queries ({} × 5): p50 {:.2} ms, p99 {:.2} ms (targets ≤ 5, ≤ 50); tantivy QueryParser on the baseline index: p50 {:.2} ms, p99 {:.2} ms",
        mix.len(),
        percentile(&mut latencies, 0.50),
        percentile(&mut latencies, 0.99),
        percentile(&mut base_latencies.clone(), 0.50),
        percentile(&mut base_latencies.clone(), 0.99),
    );

    // 3. HTTP throughput.
    let runtime = tokio::runtime::Runtime::new()?;
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))?;
    let addr = listener.local_addr()?;
    let app = crate::api::app(crate::api::AppState::new(engine));
    runtime.spawn(async move { axum::serve(listener, app).await });
    let search_paths: Vec<String> = mix.iter().map(search_path).collect();
    let health = vec!["/api/health".to_string()];
    let seconds = Duration::from_secs(args.seconds);
    let (n, failed) = http::load(addr, &search_paths, args.clients, seconds);
    let (h, h_failed) = http::load(addr, &health, args.clients, seconds);
    let (rps, health_rps) = (
        n as f64 / seconds.as_secs_f64(),
        h as f64 / seconds.as_secs_f64(),
    );
    println!(
        "http ({} clients, {} s each): /api/search {rps:.0} req/s ({failed} failed), /api/health {health_rps:.0} req/s ({h_failed} failed), ratio {:.2}",
        args.clients,
        args.seconds,
        rps / health_rps
    );
    runtime.shutdown_background();
    Ok(())
}

fn cores() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
}

fn search_path(request: &tracuu_index::SearchRequest) -> String {
    let mut path = format!("/api/search?q={}", http::encode(&request.q));
    if let Some(unit) = &request.unit {
        path.push_str(&format!("&unit={}", http::encode(unit)));
    }
    if let Some(year) = request.year {
        path.push_str(&format!("&year={year}"));
    }
    path
}

fn baseline_index(dir: &Path, sections: &[String], bytes: usize) -> anyhow::Result<f64> {
    std::fs::create_dir_all(dir)?;
    let mut schema = Schema::builder();
    let body = schema.add_text_field("body", TEXT);
    let started = Instant::now();
    let index = Index::create_in_dir(dir, schema.build())?;
    let mut writer: tantivy::IndexWriter = index.writer(128 * 1024 * 1024)?;
    for text in sections {
        let mut doc = TantivyDocument::new();
        doc.add_text(body, text);
        writer.add_document(doc)?;
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    Ok(bytes as f64 / 1e6 / started.elapsed().as_secs_f64())
}

/// The ceiling of any design with tracuu's search semantics: the section texts indexed into
/// its two text fields alone (`body`: exact and folded forms with positions; `pairs`, unless
/// `with_pairs` is false), with nothing parsed, stored or filtered.
fn text_fields_index(
    dir: &Path,
    sections: &[String],
    bytes: usize,
    with_pairs: bool,
) -> anyhow::Result<f64> {
    use tantivy::schema::{IndexRecordOption, TextFieldIndexing, TextOptions};
    std::fs::create_dir_all(dir)?;
    let text = |tokenizer: &str, record| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(record),
        )
    };
    let mut schema = Schema::builder();
    let body = schema.add_text_field(
        "body",
        text(
            tracuu_tokenizer::BODY,
            IndexRecordOption::WithFreqsAndPositions,
        ),
    );
    let pairs = schema.add_text_field(
        "pairs",
        text(tracuu_tokenizer::FOLDED_PAIRS, IndexRecordOption::WithFreqs),
    );
    let started = Instant::now();
    let index = Index::create_in_dir(dir, schema.build())?;
    tracuu_index::register_tokenizers(&index);
    let mut writer: tantivy::IndexWriter = index.writer(128 * 1024 * 1024)?;
    for text in sections {
        let mut doc = TantivyDocument::new();
        doc.add_text(body, text);
        if with_pairs {
            doc.add_text(pairs, text);
        }
        writer.add_document(doc)?;
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    Ok(bytes as f64 / 1e6 / started.elapsed().as_secs_f64())
}

fn baseline_queries(dir: &Path, mix: &[tracuu_index::SearchRequest]) -> anyhow::Result<Vec<f64>> {
    let index = Index::open_in_dir(dir)?;
    let body = index.schema().get_field("body")?;
    let searcher = index.reader()?.searcher();
    let parser = tantivy::query::QueryParser::for_index(&index, vec![body]);
    let mut out = Vec::new();
    for round in 0..6 {
        for q in mix {
            let started = Instant::now();
            let (query, _) = parser.parse_query_lenient(&q.q);
            searcher.search(
                &query,
                &(
                    tantivy::collector::TopDocs::with_limit(10).order_by_score(),
                    tantivy::collector::Count,
                ),
            )?;
            if round > 0 {
                out.push(started.elapsed().as_secs_f64() * 1000.0);
            }
        }
    }
    Ok(out)
}

fn median(values: &mut [f64]) -> f64 {
    percentile(values, 0.5)
}

fn percentile(values: &mut [f64], p: f64) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    values.sort_by(f64::total_cmp);
    let rank = ((p * values.len() as f64).ceil() as usize).clamp(1, values.len());
    values[rank - 1]
}

impl tracuu_index::ToIndex for crate::synth::SyntheticReport {
    fn read(&self) -> Vec<Result<tracuu_index::ReportText, tracuu_index::Skipped>> {
        vec![Ok(tracuu_index::ReportText::new(
            self.file_name.clone(),
            self.text.clone(),
        ))]
    }
}
