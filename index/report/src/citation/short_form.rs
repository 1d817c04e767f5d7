//! Short forms: a document named again without its full number, resolved to its
//! antecedent as eyecite resolves `Id.` and `supra`.
//!
//! - `Quyết định này`, `Nghị định này`: the citing document itself, when the type is its own
//!   (or a `Quy định`/`Quy chế` it issues); another type names the last cited document of that
//!   type (`Luật này` in a decision on a law);
//! - `Kế hoạch nêu trên`, `Quyết định số 20 nêu trên`, `văn bản nêu trên`: the last cited
//!   document of that type (and number);
//! - `Kết luận số 88` after `Kết luận số 88-KL/TW`: the number alone, after the full form.
//!
//! Each short form of another document becomes a citation of it with its own span
//! (`short_form` set); the document's own short forms are returned as spans.

use super::super::text::{floor_boundary, lines};
use super::grammar::{canon_code, type_of_code, type_of_words};
use crate::Citation;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

const TYPES: &str = concat!(
    r"nghị\s+định|quyết\s+định|thông\s+tư(?:\s+liên\s+tịch)?|nghị\s+quyết|kế\s+hoạch|công\s+điện",
    r"|chỉ\s+thị|quy\s+định|quy\s+chế|luật|pháp\s+lệnh|công\s+văn|văn\s+bản|thông\s+báo",
    r"|chương\s+trình|hướng\s+dẫn|báo\s+cáo|tờ\s+trình|đề\s+án|kết\s+luận|phương\s+án"
);

/// `<Type> này`, `<Type> (số N) nêu trên`, `<Type> (số) N` (the number alone).
static SHORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:^|[^\pL\pN_])(?P<t>{TYPES})(?:\s+(?P<this>này)|(?:\s+số)?(?:\s+(?P<n>\d{{1,5}}[a-z]?))?\s+(?P<above>(?:đã\s+)?nêu\s+trên|nói\s+trên|trên\s+đây)|(?:\s+số)?\s+(?P<alone>\d{{1,5}}[a-z]?))(?P<after>[^\pL\pN_]|$)"
    ))
    .expect("valid regex")
});

/// What a short form resolved to.
pub(crate) struct Resolved {
    /// Citations of other documents, to add to the list.
    pub citations: Vec<Citation>,
    /// Spans that name the citing document itself.
    pub self_refs: Vec<Range<usize>>,
}

/// The citing document's own type: its header's type line (`QUYẾT ĐỊNH`), else the type
/// code of its own number.
pub(crate) fn own_kind(text: &str, own_number: Option<&str>) -> Option<&'static str> {
    for line in lines(text).iter().take(60) {
        let s = text[line.start..line.end]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '#' | '_' | '|'));
        if s.is_empty() || s.chars().any(char::is_lowercase) {
            continue;
        }
        if let Some(t) = type_of_words(s).filter(|t| t.len() > 3) {
            return Some(t);
        }
    }
    let code = own_number?
        .split(['/', '-'])
        .find(|p| !p.is_empty() && !p.chars().all(|c| c.is_ascii_digit()))?;
    type_of_code(&canon_code(code))
}

/// Whether a mention of `written` type can be a document of type `of`.
fn same_type(written: &str, of: Option<&str>) -> bool {
    written == "Văn bản" || of.is_some_and(|t| t == written)
}

/// Finds and resolves the short forms of `text`; `citations` are the full mentions, in order.
pub(crate) fn resolve(text: &str, citations: &[Citation], own: Option<&str>) -> Resolved {
    let mut out = Resolved {
        citations: Vec::new(),
        self_refs: Vec::new(),
    };
    // The full citations in text order, with the furthest end reached so far: whether a
    // short form overlaps one, and which stand before it, are binary searches, not a pass
    // over every citation per short form (a long file holds thousands of each).
    let mut full: Vec<&Citation> = citations.iter().collect();
    full.sort_by_key(|f| f.span.start);
    let reach: Vec<usize> = full
        .iter()
        .scan(0, |m, f| {
            *m = f.span.end.max(*m);
            Some(*m)
        })
        .collect();
    for c in SHORT.captures_iter(text) {
        let (Some(t), Some(after)) = (c.name("t"), c.name("after")) else {
            continue;
        };
        let start = t.start();
        let end = after.start();
        let starting_before_end = full.partition_point(|f| f.span.start < end);
        if starting_before_end > 0 && reach[starting_before_end - 1] > start {
            continue;
        }
        let Some(ty) = type_of_words(t.as_str()) else {
            continue;
        };
        // None overlaps: those starting before `start` end before it.
        let before = &full[..full.partition_point(|f| f.span.start < start)];
        let antecedent = |number: Option<&str>| {
            before
                .iter()
                .rev()
                .find(|f| {
                    same_type(ty, f.doc_type.as_deref())
                        && number.is_none_or(|n| f.number.eq_ignore_ascii_case(n))
                        && !f.number.is_empty()
                        || (number.is_none()
                            && ty == "Luật"
                            && f.doc_type.as_deref() == Some("Luật"))
                })
                .map(|f| Citation::clone(f))
        };
        let found = if c.name("this").is_some() {
            // `văn bản này` is as often the portal's page or a generic phrase.
            if ty == "Văn bản" {
                continue;
            }
            let own_type = own.is_none_or(|o| o == ty)
                || matches!(ty, "Quy định" | "Quy chế" | "Văn bản")
                || (ty == "Kế hoạch" && own == Some("Chương trình"));
            if own_type {
                out.self_refs.push(start..end);
                continue;
            }
            before
                .iter()
                .rev()
                .find(|f| f.doc_type.as_deref() == Some(ty))
                .map(|f| Citation::clone(f))
        } else if c.name("above").is_some() {
            antecedent(c.name("n").map(|m| m.as_str()))
        } else if let Some(n) = c.name("alone") {
            // Not the head of a full number (`88-KL/TW`, `05/KH-UBND`) nor a date.
            let rest = &text[n.end()..floor_boundary(text, (n.end() + 3).min(text.len()))];
            // `Văn bản` + a count in a table's unit column (`Văn bản\t12`) is no citation.
            if rest.starts_with(['/', '-', '.'])
                || ty == "Văn bản"
                || text[t.end()..n.start()].contains(['\t', '\n', '|'])
            {
                continue;
            }
            antecedent(Some(n.as_str()))
        } else {
            None
        };
        if let Some(mut a) = found {
            a.span = start..end;
            a.subject = None;
            a.short_form = true;
            a.pinpoints = Vec::new();
            a.role = Default::default();
            a.holder = None;
            out.citations.push(a);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::citation::{Context, extract};

    fn run(text: &str, own: Option<&str>) -> (Vec<(String, String)>, Vec<String>) {
        let cs = extract(text, &Context::default());
        let r = resolve(text, &cs, own);
        (
            r.citations
                .iter()
                .map(|c| (text[c.span.clone()].to_string(), c.key.clone()))
                .collect(),
            r.self_refs
                .iter()
                .map(|s| text[s.clone()].to_string())
                .collect(),
        )
    }

    #[test]
    fn this_document() {
        let (cs, own) = run(
            "Quyết định này có hiệu lực kể từ ngày ký. Các cơ quan thi hành Quy định này.",
            Some("Quyết định"),
        );
        assert!(cs.is_empty());
        assert_eq!(own, ["Quyết định này", "Quy định này"]);
    }

    #[test]
    fn above_and_number_alone() {
        let text = "Thực hiện Kế hoạch số 05/KH-UBND ngày 11/01/2024 của UBND huyện; Quyết định số 20/QĐ-UBND ngày 06/01/2023. Để triển khai Kế hoạch nêu trên và Quyết định số 20 nêu trên, UBND xã đã họp. Kết quả thực hiện Kế hoạch 05 đạt yêu cầu.";
        let (cs, own) = run(text, Some("Báo cáo"));
        assert!(own.is_empty());
        assert_eq!(
            cs,
            [
                ("Kế hoạch nêu trên".to_string(), "05/KH-UBND".to_string()),
                ("Quyết định số 20 nêu trên".into(), "20/QĐ-UBND".into()),
                ("Kế hoạch 05".into(), "05/KH-UBND".into()),
            ]
        );
    }

    #[test]
    fn another_type_with_this_names_the_cited_one() {
        let text = "Căn cứ Luật Thuế tài nguyên ngày 25/11/2009; theo quy định tại Điều 3 Luật này, UBND tỉnh quyết định.";
        let (cs, own) = run(text, Some("Quyết định"));
        assert!(own.is_empty());
        assert_eq!(
            cs,
            [("Luật này".to_string(), "Luật Thuế tài nguyên".to_string())]
        );
    }

    #[test]
    fn no_antecedent_no_short_form() {
        let (cs, _) = run(
            "Quyết định số 20 nêu trên chưa được ban hành.",
            Some("Báo cáo"),
        );
        assert!(cs.is_empty());
        let (cs, _) = run("Kế hoạch số 05/KH-UBND và Kế hoạch số 05/KH-UBND.", None);
        assert!(cs.is_empty());
    }

    #[test]
    fn own_kind_from_header() {
        assert_eq!(
            own_kind("ỦY BAN NHÂN DÂN\n\n**QUYẾT ĐỊNH**\n\nVề việc", None),
            Some("Quyết định")
        );
        assert_eq!(own_kind("nội dung", Some("12/KH-UBND")), Some("Kế hoạch"));
    }
}
