//! Snapshot tests: what the parser understands of each real seed report.
//!
//! The seeds are read from `../shared/seeds` beside the repository (or from
//! `TRACUU_SEEDS`); the tests are ignored in plain runs:
//! `cargo test -p tracuu-report -- --ignored`. Each snapshot was reviewed line
//! by line against its report; a change is a diff to review again.

use serde_json::{Value, json};
use std::path::PathBuf;
use tracuu_report::{Report, parse};

fn seeds_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("TRACUU_SEEDS") {
        return PathBuf::from(dir);
    }
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    // The repository root's sibling (`index/report` is two folders below the root).
    manifest.join("../../../shared/seeds")
}

fn seed(prefix: &str) -> String {
    let dir = seeds_dir();
    let entry = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed {prefix}_* in {}", dir.display()));
    std::fs::read_to_string(entry.path()).unwrap()
}

/// The `tracuu parse --json` shape: metadata, sections, citations (section as a path),
/// plus documents and tables in short.
fn view(r: &Report) -> Value {
    let m = &r.metadata;
    let path = |i: Option<usize>| i.map(|i| r.sections[i].path.clone());
    json!({
        "metadata": {
            "unit": m.unit.as_ref().map(|u| u.display()),
            "parent": m.parent.as_ref().map(|u| u.display()),
            "province": m.province,
            "number": m.number,
            "date": m.date,
            "year": m.year,
            "period": m.period,
            "title": m.title,
            "signer": m.signer,
            "kind": m.kind,
            "issuer": m.issuer,
        },
        "sections": r.sections.iter().map(|s| json!({
            "path": s.path, "title": s.title, "level": s.level,
            "category": s.category.as_str(), "kind": s.kind,
        })).collect::<Vec<_>>(),
        "citations": r.citations.iter().map(|c| json!({
            "key": c.cited.key, "type": c.cited.doc_type, "number": c.cited.number, "year": c.cited.year,
            "code": c.cited.code, "date": c.cited.date, "issuer": c.cited.issuer, "subject": c.cited.subject,
            "section": path(c.section), "document": c.document,
        })).collect::<Vec<_>>(),
        "documents": r.documents.iter().map(|d| json!({
            "key": d.cited.key, "issuer": d.cited.issuer, "date": d.cited.date, "mentions": d.mentions.len(),
        })).collect::<Vec<_>>(),
        "tables": r.tables.iter().map(|t| json!({
            "section": path(t.section), "columns": t.columns, "rows": t.rows.len(),
        })).collect::<Vec<_>>(),
    })
}

fn check_invariants(text: &str, r: &Report) {
    // Sections cover the text once, in order.
    if let Some(first) = r.sections.first() {
        assert_eq!(first.heading.start, 0);
    }
    for w in r.sections.windows(2) {
        assert_eq!(w[0].body.end, w[1].heading.start);
    }
    if let Some(last) = r.sections.last() {
        assert_eq!(last.body.end, text.len());
    }
    for c in &r.citations {
        assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
        assert!(
            r.documents[c.document]
                .mentions
                .contains(&r.citations.iter().position(|x| x == c).unwrap())
        );
    }
}

macro_rules! seed_test {
    ($name:ident, $prefix:literal) => {
        #[test]
        #[ignore = "reads ../shared/seeds"]
        fn $name() {
            let text = seed($prefix);
            let report = parse(&text);
            check_invariants(&text, &report);
            insta::assert_json_snapshot!(view(&report));
        }
    };
}

seed_test!(seed_000_quarter_unnumbered, "000");
seed_test!(seed_001_pdf_nine_months, "001");
seed_test!(seed_002_six_months, "002");
seed_test!(seed_003_flat_html, "003");
seed_test!(seed_004_district_quarter, "004");
