//! Tests over the five real reports in `../shared/seeds` (not part of the repository).

use std::path::PathBuf;

use crate::common::{both, check_invariants};

/// `../shared/seeds` beside the repository, or the folder named by `TRACUU_SEEDS` (for a
/// checkout that is not beside `shared/`, such as a git worktree).
fn seeds_dir() -> PathBuf {
    std::env::var_os("TRACUU_SEEDS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds"),
        PathBuf::from,
    )
}

/// The text of the seed whose file name starts with `prefix`.
fn seed(prefix: &str) -> String {
    let dir = seeds_dir();
    let entry = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed {prefix} in {}", dir.display()));
    std::fs::read_to_string(entry.path()).expect("seed is UTF-8")
}

/// The exact tokens that follow the first occurrence of `needle` in `text`, from the
/// token whose word starts there.
fn exact_at(text: &str, needle: &str, count: usize) -> Vec<String> {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in seed"));
    let (exact, _) = both(text);
    exact
        .into_iter()
        .skip_while(|t| t.offset_from < at)
        .take(count)
        .map(|t| t.text)
        .collect()
}

#[test]
#[ignore = "reads ../shared/seeds"]
fn every_token_of_every_seed_keeps_the_invariants() {
    for prefix in ["000", "001", "002", "003", "004"] {
        let text = seed(prefix);
        check_invariants(&text).unwrap_or_else(|e| panic!("seed {prefix}: {e}"));
    }
}

#[test]
#[ignore = "reads ../shared/seeds"]
fn pdf_oi_in_seed_001_reads_as_u_horn() {
    let text = seed("001");
    assert_eq!(exact_at(&text, "Phƣơng", 2), ["phương", "hướng"]);
    let (exact, folded) = both(&text);
    assert!(exact.iter().all(|t| !t.text.contains('ƣ')));
    assert!(folded.iter().any(|t| t.text == "phuong"));
}

#[test]
#[ignore = "reads ../shared/seeds"]
fn footnote_mark_in_seed_004_is_not_part_of_the_word() {
    let text = seed("004");
    assert_eq!(exact_at(&text, "hồ sơ¹", 3)[..2], ["hồ", "sơ"]);
    let (exact, _) = both(&text);
    assert!(exact.iter().all(|t| !t.text.contains(['¹', '²', '³'])));
}

#[test]
#[ignore = "reads ../shared/seeds"]
fn citations_in_the_seeds_tokenize_like_typed_queries() {
    let text = seed("001");
    let at = text.find("61/2018/NĐ-CP").expect("citation in seed 001");
    let (_, folded) = both(&text);
    let found: Vec<_> = folded
        .iter()
        .skip_while(|t| t.offset_from < at)
        .take(4)
        .map(|t| t.text.as_str())
        .collect();
    let (_, typed) = both("61/2018/nd-cp");
    let typed: Vec<_> = typed.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(found, typed);
}
