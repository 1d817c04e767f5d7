//! Search and lookup over the five real reports in `../shared/seeds` (run by `.ci/run`).

use crate::common::{build_index, seeds_dir};
use std::collections::BTreeSet;
use std::sync::OnceLock;
use tracuu_index::{Engine, SearchRequest, Status};

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<(tempfile::TempDir, Engine)> = OnceLock::new();
    &ENGINE
        .get_or_init(|| {
            let dir = build_index(&[seeds_dir()]);
            let engine = Engine::open(dir.path()).expect("seed index opens");
            (dir, engine)
        })
        .1
}

fn seed_numbers(q: &str) -> BTreeSet<String> {
    let mut request = SearchRequest::new(q);
    request.limit = 100;
    request.group = tracuu_index::Group::Report;
    engine()
        .search(&request)
        .expect("search runs")
        .hits
        .iter()
        .map(|h| h.report.source[..3].to_string())
        .collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
#[ignore = "reads ../shared/seeds"]
fn a_plan_number_finds_the_three_reports_that_cite_it() {
    assert_eq!(seed_numbers("05/KH-UBND"), set(&["001", "002", "004"]));
    assert_eq!(seed_numbers("05/kh-ubnd"), set(&["001", "002", "004"]));
}

#[test]
#[ignore = "reads ../shared/seeds"]
fn the_lookup_of_a_shared_number_is_ambiguous_across_three_units() {
    let lookup = engine().lookup("05/KH-UBND").expect("lookup runs");
    assert_eq!(lookup.status, Status::Ambiguous);
    assert_eq!(lookup.documents.len(), 3, "{:#?}", lookup.documents);
    let units: BTreeSet<Option<String>> = lookup
        .documents
        .iter()
        .map(|d| d.cited_by[0].report.unit.clone())
        .collect();
    assert_eq!(units.len(), 3, "{units:?}");
}

#[test]
#[ignore = "reads ../shared/seeds"]
fn tone_placement_and_missing_diacritics_find_the_same_reports() {
    let a = seed_numbers("hòa giải");
    assert!(!a.is_empty());
    assert_eq!(seed_numbers("hoà giải"), a);
    assert_eq!(seed_numbers("hoa giai"), a);
}

#[test]
#[ignore = "reads ../shared/seeds"]
fn a_word_typed_with_diacritics_is_not_matched_by_another() {
    let response = engine()
        .search(&SearchRequest::new("bán"))
        .expect("search runs");
    assert_eq!(response.matches, 0);
    assert_eq!(response.tiers.partial, 0);
}

#[test]
#[ignore = "reads ../shared/seeds"]
fn a_name_printed_with_the_pdf_glyph_is_found_first() {
    // 003 has the three words apart (`phường Hương Xuân`, `lương`, `trương`): it may match,
    // but the report with the name itself comes first.
    let response = engine()
        .search(&SearchRequest::new("Lương Xuân Trương"))
        .expect("search runs");
    assert!(response.matches >= 1);
    assert!(
        response.hits[0].report.source.starts_with("001"),
        "{:?}",
        response.hits[0]
    );
    assert!(
        response.hits[0]
            .snippet
            .html()
            .contains("<mark>Lƣơng Xuân Trƣơng</mark>")
    );
}

#[test]
#[ignore = "reads ../shared/seeds"]
fn the_decree_on_the_one_stop_shop_is_found_however_typed() {
    for q in [
        "61/2018/NĐ-CP",
        "61/2018/ND-CP",
        "Nghị định 61/2018",
        "NĐ 61",
    ] {
        let lookup = engine().lookup(q).expect("lookup runs");
        assert_eq!(lookup.status, Status::Found, "{q}: {lookup:?}");
        assert_eq!(lookup.documents[0].cited.key, "61/2018/NĐ-CP");
    }
}

#[test]
#[ignore = "reads ../shared/seeds"]
fn the_two_decisions_20_of_seed_004_are_told_apart_by_issuer_and_date() {
    let town = engine()
        .lookup("Quyết định số 20/QĐ-UBND ngày 06/01/2023 của Chủ tịch UBND thị xã")
        .expect("lookup runs");
    assert_eq!(town.status, Status::Found, "{town:#?}");
    assert_eq!(town.documents[0].cited.date.as_deref(), Some("2023-01-06"));
    let province = engine()
        .lookup("Quyết định số 20/QĐ-UBND ngày 09/01/2023 của Chủ tịch UBND tỉnh")
        .expect("lookup runs");
    assert_eq!(province.status, Status::Found, "{province:#?}");
    assert_eq!(
        province.documents[0].cited.date.as_deref(),
        Some("2023-01-09")
    );
    assert_ne!(town.documents[0].id, province.documents[0].id);
    let bare = engine().lookup("20/QĐ-UBND").expect("lookup runs");
    assert_eq!(bare.status, Status::Ambiguous);
}

#[test]
#[ignore = "reads ../shared/seeds"]
fn hoa_giai_matches_only_where_the_word_stands_whole() {
    for q in ["hòa giải", "hoà giải", "hoa giai"] {
        let mut request = SearchRequest::new(q);
        request.limit = 100;
        let response = engine().search(&request).expect("search runs");
        assert_eq!(
            response.words.len(),
            1,
            "{q} is one word: {:?}",
            response.words
        );
        assert_eq!(response.tiers.words, 0, "{q}");
        assert!(response.matches > 0, "{q}");
        for hit in response.hits.iter().filter(|h| h.match_kind.is_match()) {
            let s = &hit.snippet;
            assert!(
                s.marks.iter().any(|m| {
                    tracuu_tokenizer::fold(&s.text[m.start..m.end]).to_lowercase() == "hoa giai"
                }),
                "{q}: {}",
                s.render("[", "]")
            );
        }
    }
}

#[test]
#[ignore = "reads ../shared/seeds"]
fn tiers_come_in_order_and_partial_hits_name_what_they_lack() {
    let mut request = SearchRequest::new("hòa giải ở cơ sở chuyển đổi số");
    request.limit = 100;
    let response = engine().search(&request).expect("search runs");
    let order = |k: tracuu_index::MatchKind| k as u8;
    assert!(
        response
            .hits
            .windows(2)
            .all(|w| order(w[0].match_kind) <= order(w[1].match_kind))
    );
    assert!(response.tiers.partial > 0, "{:?}", response.tiers);
    for hit in &response.hits {
        if hit.match_kind == tracuu_index::MatchKind::Partial {
            assert!(!hit.missing.is_empty(), "{hit:?}");
        }
    }
}

#[test]
#[ignore = "reads ../shared/seeds"]
fn a_question_typed_as_is_finds_its_section() {
    let request = SearchRequest::new(
        "Trong năm qua, xã đã thực hiện việc tiếp nhận và giải quyết hồ sơ thủ tục hành chính \
         qua dịch vụ công trực tuyến như thế nào, tỷ lệ hồ sơ giải quyết đúng hạn là bao nhiêu?",
    );
    let response = engine()
        .search(&request)
        .expect("a long question is not refused");
    assert!(response.total > 0);
    assert!(
        response.words.iter().any(|w| w.role == "optional"),
        "{:?}",
        response.words
    );
    let first = &response.hits[0];
    assert!(
        first.snippet.marks.len() >= 3,
        "the best passage holds several of the words: {}",
        first.snippet.render("[", "]")
    );
}
