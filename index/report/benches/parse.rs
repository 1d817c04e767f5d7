//! Parsing throughput on the seed reports and on a generated corpus, with baselines
//! measured in the same run.
//!
//! The `seeds` group reads the five seeds in `../shared/seeds` (read at run time, never
//! copied into the repository); without them it falls back to an invented report. The
//! `generated` group reads the folder `$TRACUU_GENERATED` written by `tracuu gen` (reports
//! and every other kind the generator writes); it is left out when the variable is unset:
//! `tracuu gen --reports 300 --out /tmp/gen && TRACUU_GENERATED=/tmp/gen cargo bench -p
//! tracuu-report --bench parse`. Three measurements on the same bytes in each group, so the
//! result also reads as ratios:
//! - `lines`: `text.lines().count()`, the floor of any line-based parser;
//! - `regex_scan`: one pass of a document-number regex, the floor of any citation finder;
//! - `parse`: the whole parser (metadata, sections, citations, tables).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use regex::Regex;
use std::hint::black_box;
use std::path::PathBuf;

/// `../shared/seeds` beside the repository (or `$TRACUU_SEEDS`).
fn seeds_dir() -> PathBuf {
    std::env::var_os("TRACUU_SEEDS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds"),
        PathBuf::from,
    )
}

fn corpus() -> Vec<String> {
    let dir = seeds_dir();
    let mut texts: Vec<String> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
        .collect();
    if texts.is_empty() {
        texts.push(
            "Số: 21/BC-UBND\n\nTân Phú, ngày 10 tháng 7 năm 2024\n\nBÁO CÁO\nCông tác cải cách hành chính quý II năm 2024\n\nI. CÔNG TÁC CHỈ ĐẠO\n\nUBND xã đã ban hành Kế hoạch số 05/KH-UBND ngày 12/01/2024 về cải cách hành chính.\n"
                .repeat(200),
        );
    }
    texts
}

/// The files of `$TRACUU_GENERATED`, in name order; empty when it is unset.
fn generated() -> Vec<String> {
    let Some(dir) = std::env::var_os("TRACUU_GENERATED") else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .filter_map(|e| Some(e.ok()?.path()))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        // Readers hand the parser composed text; some generated files are decomposed.
        .map(|t| tracuu_tokenizer::nfc(&t).into_owned())
        .collect()
}

fn bench(c: &mut Criterion) {
    group(c, "seeds", &corpus());
    let generated = generated();
    if !generated.is_empty() {
        group(c, "generated", &generated);
    }
}

/// The three measurements over `texts`.
fn group(c: &mut Criterion, name: &str, texts: &[String]) {
    let bytes: usize = texts.iter().map(String::len).sum();
    let number = Regex::new(r"\d{1,5}\s*/\s*[A-ZĐ][A-Za-zĐđ]*\s*-\s*[A-ZĐ][A-Za-zĐđ]*").unwrap();
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("lines", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| black_box(t).lines().count())
                .sum::<usize>()
        })
    });
    group.bench_function("regex_scan", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| number.find_iter(black_box(t)).count())
                .sum::<usize>()
        })
    });
    group.bench_function("parse", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| tracuu_report::parse(black_box(t)).citations.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
