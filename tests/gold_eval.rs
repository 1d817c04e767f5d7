//! The parser scored against the hand-labelled gold (`tests/gold`) on the real documents
//! of `../shared/corpus`, with floors at the figures reached: a regression fails.

use std::path::PathBuf;
use tracuu::eval::{Scores, Split, evaluate};

fn corpus_dir() -> PathBuf {
    std::env::var_os("TRACUU_CORPUS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
        PathBuf::from,
    )
}

fn gold_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/gold")
}

fn check(name: &str, s: &Scores, floors: [f64; 6]) {
    let got = [
        s.recall.rate(),
        s.precision.rate(),
        s.issuer.rate(),
        s.number.rate(),
        s.date.rate(),
        s.signer.rate(),
    ];
    let labels = ["recall", "precision", "issuer", "number", "date", "signer"];
    for ((label, g), f) in labels.iter().zip(got).zip(floors) {
        assert!(g >= f, "{name} {label}: {g:.3} fell below {f:.3}");
    }
}

#[test]
#[ignore = "reads ../shared/corpus"]
fn gold_scores_stay_above_their_floors() {
    let eval = evaluate(&gold_dir(), &corpus_dir(), Split::All).expect("gold and corpus read");
    // recall, precision, issuer, own number, own date, own signer
    check(
        "dev",
        &eval.splits["dev"],
        [0.982, 0.996, 0.985, 0.99, 0.99, 0.99],
    );
    check(
        "test",
        &eval.splits["test"],
        [0.988, 0.988, 0.930, 0.99, 0.99, 0.68],
    );
}

#[test]
#[ignore = "reads ../shared/corpus"]
fn every_corpus_document_parses() {
    let dir = corpus_dir().join("documents");
    let mut count = 0;
    for folder in std::fs::read_dir(&dir).expect("corpus documents") {
        let folder = folder.expect("entry").path();
        if !folder.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&folder).expect("folder") {
            let path = file.expect("entry").path();
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            let text = String::from_utf8_lossy(&bytes);
            let report = tracuu_report::parse(tracuu::eval::strip_portal(&text));
            for d in &report.documents {
                assert!(
                    !d.cited.key.starts_with("Luật Luật"),
                    "{}: {}",
                    path.display(),
                    d.cited.key
                );
            }
            count += 1;
        }
    }
    assert!(count >= 700, "only {count} documents read");
}
