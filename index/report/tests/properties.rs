//! Invariants of the parser on generated text: it never panics, sections cover the text
//! once, spans sit on char boundaries, every mention belongs to its document.

use proptest::prelude::*;
use tracuu_report::{canonical_key, extract_citations, find_document_numbers, parse};

/// Pieces of reports, glued in random order: headings, numbers, dates, markup, PDF breaks.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("I. CÔNG TÁC CHỈ ĐẠO\n".to_string()),
        Just("1. Cải cách thể chế\n".to_string()),
        Just("a, Về công tác \n\n".to_string()),
        Just("Kế hoạch số 05/KH-".to_string()),
        Just("UBND ngày 12/01/2024 về việc ".to_string()),
        Just("của UBND huyện Ân Thi".to_string()),
        Just(" - KH/ĐU, ".to_string()),
        Just("Nghị định 61/2018/NĐ-CP ".to_string()),
        Just("UBND xã đã ban hành ".to_string()),
        Just("Luật Tổ chức chính quyền địa phương ngày 19/6/2015".to_string()),
        Just("Trên đây là báo cáo\nNơi nhận:\n".to_string()),
        Just("Phụ lục 1\nSTT\tChỉ tiêu\n1\tSố\t3\n".to_string()),
        Just("TT\n|\n1\n|\n".to_string()),
        Just("Phƣơng hƣớng ".to_string()),
        Just("**".to_string()),
        "[ -~àáảãạăằắđêếềưươơƣ\t\n|:/.,;-]{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn parse_holds_its_invariants(parts in prop::collection::vec(piece(), 0..30)) {
        let text: String = parts.concat();
        let r = parse(&text);
        let mut at = 0;
        for s in &r.sections {
            prop_assert_eq!(s.heading.start, at);
            prop_assert!(s.heading.end <= s.body.end);
            prop_assert!(text.is_char_boundary(s.heading.end));
            at = s.body.end;
        }
        if !r.sections.is_empty() {
            prop_assert_eq!(at, text.len());
        }
        for (i, c) in r.citations.iter().enumerate() {
            prop_assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
            prop_assert!(r.documents[c.document].mentions.contains(&i));
        }
    }

    #[test]
    fn free_text_functions_agree(parts in prop::collection::vec(piece(), 0..10)) {
        let text: String = parts.concat();
        let _ = extract_citations(&text);
        for (range, key) in find_document_numbers(&text) {
            prop_assert_eq!(canonical_key(&key), Some(key.clone()));
            prop_assert_eq!(canonical_key(&text[range]), Some(key));
        }
    }
}
