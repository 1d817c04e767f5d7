//! Throughput of the Vietnamese tokenizers against tantivy's default analyzer, in one run.
//!
//! The text is the five real reports concatenated (`../shared/seeds` beside the repository,
//! or the folder named by `TRACUU_SEEDS`); without them, the fixture paragraphs in
//! `benches/fixture.txt`. The baseline is what tantivy indexes text with by default:
//! `SimpleTokenizer` + `LowerCaser` + `AsciiFoldingFilter`. Target: each of ours at least
//! 1.2× the baseline's median throughput.
//!
//! ```text
//! cargo bench -p tracuu-tokenizer --bench tokenize -- --warm-up-time 1 --measurement-time 3
//! ```

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, SimpleTokenizer, TextAnalyzer};
use tantivy_tokenizer_api::TokenStream;
use tracuu_tokenizer::{BodyTokenizer, ExactTokenizer, FoldedTokenizer};

/// The concatenated seeds, or the fixture, and a name for what was read.
fn corpus() -> (String, &'static str) {
    let dir = std::env::var_os("TRACUU_SEEDS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds"),
        PathBuf::from,
    );
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        let text: String = paths
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect::<Vec<_>>()
            .join("\n");
        if !text.is_empty() {
            return (text, "seeds");
        }
    }
    (include_str!("fixture.txt").to_owned(), "fixture")
}

/// Runs `analyzer` over `text` and returns a checksum of what it produced, so nothing is
/// optimised away. All three run inside a `TextAnalyzer`, as tantivy runs them when it
/// indexes, so they pay the same dynamic dispatch.
fn run(analyzer: &mut TextAnalyzer, text: &str) -> usize {
    let mut stream = analyzer.token_stream(text);
    let mut sum = 0;
    while stream.advance() {
        let token = stream.token();
        sum += token.text.len() + token.offset_to;
    }
    sum
}

fn tokenize(c: &mut Criterion) {
    let (text, source) = corpus();
    eprintln!("corpus: {source}, {} bytes", text.len());
    let mut group = c.benchmark_group("tokenize");
    group.throughput(Throughput::Bytes(text.len() as u64));

    let mut baseline = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build();
    group.bench_function("tantivy_default", |b| {
        b.iter(|| run(&mut baseline, black_box(&text)))
    });
    let mut exact = TextAnalyzer::from(ExactTokenizer::default());
    group.bench_function("vi_exact", |b| b.iter(|| run(&mut exact, black_box(&text))));
    let mut folded = TextAnalyzer::from(FoldedTokenizer::default());
    group.bench_function("vi_folded", |b| {
        b.iter(|| run(&mut folded, black_box(&text)))
    });
    // What the index runs: both forms of each word in one stream (more tokens than either).
    let mut body = TextAnalyzer::from(BodyTokenizer::default());
    group.bench_function("vi_body", |b| b.iter(|| run(&mut body, black_box(&text))));
    group.finish();
}

criterion_group!(benches, tokenize);
criterion_main!(benches);
