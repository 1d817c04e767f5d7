//! Document numbers as users type them: canonical keys, numbers inside a query, and
//! partial citations (`kế hoạch 05`, `NĐ 61`, `Nghị định 61/2018`).

use super::grammar::{Shape, numbers_loose, type_before, type_of_typed_code, type_of_words};
use super::law;
use regex::Regex;
use serde::Serialize;
use std::ops::Range;
use std::sync::LazyLock;
use tracuu_tokenizer::fold;

/// The canonical key of a document number typed any way: `05 / kh - ubnd` → `05/KH-UBND`,
/// `61/2018/nđ-cp` → `61/2018/NĐ-CP`, `160 - KH/ĐU` → `160-KH/ĐU`, `118/UBND - NV` →
/// `118/UBND-NV`. Letters stay as typed apart from case and spacing (`ND` is not turned
/// into `NĐ`); the mixed-case codes get their standard case (`CTr`, `TTr`, `QyĐ`, `TTg`).
/// `None` when `raw` is not exactly one document number.
pub fn canonical_key(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let found = numbers_loose(raw);
    match found.as_slice() {
        [n] if n.start == 0 && n.end == raw.len() => Some(n.key()),
        _ => None,
    }
}

/// Every document number in a search query, with its byte range in `q` and its
/// canonical key: `ke hoach 05/KH-UBND` → `[(9..19, "05/KH-UBND")]`.
pub fn find_document_numbers(q: &str) -> Vec<(Range<usize>, String)> {
    numbers_loose(q)
        .into_iter()
        .map(|n| (n.start..n.end, n.key()))
        .collect()
}

/// A citation as a user types it, maybe partial: any field may be missing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CitationQuery {
    /// The document type (`Kế hoạch`, `Nghị định`), from the words or the code.
    pub doc_type: Option<String>,
    /// The number part (`05`, `14a`).
    pub number: Option<String>,
    /// The year (`2018` in `Nghị định 61/2018` or `61/2018/ND-CP`).
    pub year: Option<i32>,
    /// The code as typed, canonical case: `KH-UBND`, `ND-CP`, or a bare type code `NĐ`.
    pub code: Option<String>,
}

/// Type words, with and without diacritics, before a number.
static TYPED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\b(?P<t>kế\s+hoạch|ke\s+hoach|quyết\s+định|quyet\s+dinh|nghị\s+định|nghi\s+dinh",
        r"|nghị\s+quyết|nghi\s+quyet|thông\s+tư|thong\s+tu|chỉ\s+thị|chi\s+thi|công\s+văn|cong\s+van",
        r"|văn\s+bản|van\s+ban|thông\s+báo|thong\s+bao|chương\s+trình|chuong\s+trinh|hướng\s+dẫn|huong\s+dan",
        r"|tờ\s+trình|to\s+trinh|quy\s+chế|quy\s+che|quy\s+định|quy\s+dinh|đề\s+án|de\s+an|công\s+điện|cong\s+dien",
        r"|báo\s+cáo|bao\s+cao|luật|luat)\s+(?:(?:số|so)\s+)?(?P<num>[0-9]{1,5}[a-z]?)(?:\s*/\s*(?P<year>(?:19|20)[0-9]{2}))?\b"
    ))
    .expect("valid regex")
});

/// A bare type code before a number: `NĐ 61`, `nd 61`, `QĐ số 20`.
static CODED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?P<code>nđ|nd|qđ|qd|nq|kh|tt|ct|cv|tb|ctr|hd|ttr)\s*(?:(?:số|so)\s*)?(?P<num>[0-9]{1,5}[a-z]?)(?:\s*/\s*(?P<year>(?:19|20)[0-9]{2}))?\b",
    )
    .expect("valid regex")
});

/// Type words without diacritics and the type they name.
const ASCII_TYPES: &[(&str, &str)] = &[
    ("ke hoach", "Kế hoạch"),
    ("quyet dinh", "Quyết định"),
    ("nghi dinh", "Nghị định"),
    ("nghi quyet", "Nghị quyết"),
    ("thong tu", "Thông tư"),
    ("chi thi", "Chỉ thị"),
    ("cong van", "Công văn"),
    ("van ban", "Công văn"),
    ("thong bao", "Thông báo"),
    ("chuong trinh", "Chương trình"),
    ("huong dan", "Hướng dẫn"),
    ("to trinh", "Tờ trình"),
    ("quy che", "Quy chế"),
    ("quy dinh", "Quy định"),
    ("de an", "Đề án"),
    ("cong dien", "Công điện"),
    ("bao cao", "Báo cáo"),
    ("luat", "Luật"),
];

fn type_name(words: &str) -> Option<String> {
    let lower = super::super::text::collapse(&words.to_lowercase());
    let found = ASCII_TYPES
        .iter()
        .find(|(w, _)| *w == lower)
        .map(|(_, t)| *t)
        .or_else(|| type_of_words(&lower))?;
    // `Văn bản` before a number is how clerks say `Công văn`.
    Some(
        if found == "Văn bản" {
            "Công văn"
        } else {
            found
        }
        .to_string(),
    )
}

/// The key of a law, code, ordinance or constitution typed by its name alone, as the parser
/// keys one cited by name and date: `Luật Tổ chức chính quyền địa phương`, `luat dat dai`,
/// `Bộ luật Lao động`. Whitespace collapsed; `None` when the text has a digit (a number or
/// a date: [`canonical_key`] and [`parse_citation_query`] read those) or names no kind.
pub fn law_name_key(q: &str) -> Option<String> {
    let words: Vec<&str> = q.split_whitespace().collect();
    if words.len() < 2 || q.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let folded = fold(&words.join(" ").to_lowercase());
    // The kind alone is a law only when it takes no name (`Hiến pháp`; `Luật` needs one).
    law::KINDS
        .iter()
        .any(|k| {
            let rest = folded.strip_prefix(fold(&k.word.to_lowercase()).as_str());
            rest.is_some_and(|r| !k.named || (r.len() > 1 && r.starts_with(' ')))
        })
        .then(|| words.join(" "))
}

/// Reads a partial citation a user typed: `kế hoạch 05` / `ke hoach 05` (type, number),
/// `Nghị định 61/2018` (type, number, year), `NĐ 61` / `nd 61` (code, number, and the
/// type the code names), `61/2018/ND-CP` or `05/kh-ubnd` (a whole number: every field).
/// `None` when the text names no document (`hòa giải`, or a type without a number).
pub fn parse_citation_query(q: &str) -> Option<CitationQuery> {
    if let Some(n) = numbers_loose(q).into_iter().next() {
        let (_, words) = type_before(q, n.start);
        let code_type = match n.shape {
            Shape::Admin => type_of_typed_code(&n.parts[0]).or(Some("Công văn")),
            Shape::Legal | Shape::Party => type_of_typed_code(&n.parts[0]),
            Shape::YearLast => None,
        };
        let before = &q[..n.start];
        let typed = TYPED_BEFORE
            .captures(before)
            .and_then(|c| type_name(&c["t"]));
        let doc_type = typed
            .or_else(|| words.filter(|w| *w != "Văn bản").map(str::to_string))
            .or_else(|| code_type.map(str::to_string));
        return Some(CitationQuery {
            doc_type,
            number: Some(n.number.clone()),
            year: n.year,
            code: Some(n.code()),
        });
    }
    for hay in [q.to_string(), fold(q)] {
        if let Some(c) = TYPED.captures(&hay) {
            return Some(CitationQuery {
                doc_type: type_name(&c["t"]),
                number: Some(c["num"].to_lowercase()),
                year: c.name("year").and_then(|m| m.as_str().parse().ok()),
                code: None,
            });
        }
        if let Some(c) = CODED.captures(&hay) {
            let code = super::grammar::canon_code(&c["code"]);
            return Some(CitationQuery {
                doc_type: type_of_typed_code(&code).map(str::to_string),
                number: Some(c["num"].to_lowercase()),
                year: c.name("year").and_then(|m| m.as_str().parse().ok()),
                code: Some(code),
            });
        }
    }
    None
}

/// Type words without diacritics just before a whole number in a query.
static TYPED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\b(?P<t>ke\s+hoach|quyet\s+dinh|nghi\s+dinh|nghi\s+quyet|thong\s+tu|chi\s+thi|cong\s+van",
        r"|van\s+ban|thong\s+bao|chuong\s+trinh|huong\s+dan|to\s+trinh|quy\s+che|quy\s+dinh|de\s+an|cong\s+dien|bao\s+cao|luat)",
        r"\s+(?:so\s+)?$"
    ))
    .expect("valid regex")
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_law_typed_by_name_is_a_name_key() {
        assert_eq!(
            law_name_key("  Luật Tổ chức  chính quyền địa phương ").as_deref(),
            Some("Luật Tổ chức chính quyền địa phương")
        );
        assert_eq!(
            law_name_key("luat dat dai").as_deref(),
            Some("luat dat dai")
        );
        assert_eq!(
            law_name_key("Bộ luật Lao động").as_deref(),
            Some("Bộ luật Lao động")
        );
        assert_eq!(law_name_key("Luật"), None);
        assert_eq!(law_name_key("Luật Đất đai 2024"), None);
        assert_eq!(
            law_name_key("luật sư tư vấn"),
            Some("luật sư tư vấn".into())
        );
        assert_eq!(law_name_key("hòa giải"), None);
    }

    #[test]
    fn canonical_keys() {
        assert_eq!(canonical_key("05/kh-ubnd").as_deref(), Some("05/KH-UBND"));
        assert_eq!(
            canonical_key(" 05 / KH - UBND ").as_deref(),
            Some("05/KH-UBND")
        );
        assert_eq!(
            canonical_key("61/2018/nđ-cp").as_deref(),
            Some("61/2018/NĐ-CP")
        );
        assert_eq!(
            canonical_key("61/2018/nd-cp").as_deref(),
            Some("61/2018/ND-CP")
        );
        assert_eq!(canonical_key("160 - KH/ĐU").as_deref(), Some("160-KH/ĐU"));
        assert_eq!(
            canonical_key("118/UBND - NV").as_deref(),
            Some("118/UBND-NV")
        );
        assert_eq!(canonical_key("12-ctr/tu").as_deref(), Some("12-CTr/TU"));
        assert_eq!(
            canonical_key("45/2016/qđ-ttg").as_deref(),
            Some("45/2016/QĐ-TTg")
        );
    }

    #[test]
    fn not_document_numbers() {
        assert_eq!(canonical_key("hòa giải"), None);
        assert_eq!(canonical_key("09/8/2024"), None);
        assert_eq!(canonical_key("ISO 9001:2015"), None);
        assert_eq!(canonical_key("05/KH-UBND và 06/KH-UBND"), None);
    }

    #[test]
    fn numbers_in_queries() {
        assert_eq!(
            find_document_numbers("ke hoach 05/KH-UBND"),
            [(9..19, "05/KH-UBND".to_string())]
        );
        let found = find_document_numbers("61/2018/ND-CP hòa giải");
        assert_eq!(found, [(0..13, "61/2018/ND-CP".to_string())]);
        assert!(find_document_numbers("quý 3 2024").is_empty());
    }

    fn q(
        doc_type: Option<&str>,
        number: &str,
        year: Option<i32>,
        code: Option<&str>,
    ) -> Option<CitationQuery> {
        Some(CitationQuery {
            doc_type: doc_type.map(Into::into),
            number: Some(number.into()),
            year,
            code: code.map(Into::into),
        })
    }

    #[test]
    fn partial_citations() {
        assert_eq!(
            parse_citation_query("kế hoạch 05"),
            q(Some("Kế hoạch"), "05", None, None)
        );
        assert_eq!(
            parse_citation_query("ke hoach 05"),
            q(Some("Kế hoạch"), "05", None, None)
        );
        assert_eq!(
            parse_citation_query("Nghị định 61/2018"),
            q(Some("Nghị định"), "61", Some(2018), None)
        );
        assert_eq!(
            parse_citation_query("NĐ 61"),
            q(Some("Nghị định"), "61", None, Some("NĐ"))
        );
        assert_eq!(
            parse_citation_query("nd 61"),
            q(Some("Nghị định"), "61", None, Some("ND"))
        );
        assert_eq!(
            parse_citation_query("Quyết định 20"),
            q(Some("Quyết định"), "20", None, None)
        );
        assert_eq!(
            parse_citation_query("61/2018/ND-CP"),
            q(Some("Nghị định"), "61", Some(2018), Some("ND-CP"))
        );
        assert_eq!(
            parse_citation_query("05/kh-ubnd"),
            q(Some("Kế hoạch"), "05", None, Some("KH-UBND"))
        );
        assert_eq!(
            parse_citation_query("van ban 118/UBND-NV"),
            q(Some("Công văn"), "118", None, Some("UBND-NV"))
        );
    }

    #[test]
    fn no_document_named() {
        assert_eq!(parse_citation_query("hòa giải"), None);
        assert_eq!(parse_citation_query("kế hoạch cải cách"), None);
        assert_eq!(parse_citation_query("quý 3 2024"), None);
    }
}
