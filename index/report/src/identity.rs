//! What identifies a document, and the one rule that decides whether two descriptions of
//! a document are the same document: used when a report's mentions merge, when the index
//! groups what reports cite, in the lookup and in the draft check.
//!
//! A number is not an identity: `05/KH-UBND` is a different plan in every commune and year.
//! The keys must agree in their [`identity_key`] form (folded, hyphens and spaces removed),
//! and then the issuer, the date and the year, each where both sides give it. A field only one
//! side gives does not tell documents apart; a level without a name (`UBND huyện`) agrees with
//! any unit of that level, a month (`2024-08`) with any day of it, a generic Central body
//! (`Trung ương Đảng`, what the code `/TW` alone tells) with each Central Party body.

use crate::citation::registry::generic_covers;
use crate::date::year_of;
use serde::{Deserialize, Serialize};
use tracuu_tokenizer::fold;

// The one declaration of these fields: a mention (`Citation`), a report's merged document
// (`CitedDocument`), the index's stored form and column, and the lookup's answer embed it,
// flattened (its fields stand in the JSON beside the others). Its doc comment is also the
// OpenAPI document's description.
/// A cited document as a description gives it: its number and the number's parts, and the
/// date, issuer and subject when known.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(utoipa::ToSchema))]
pub struct CitedId {
    /// Canonical number: `05/KH-UBND`, `61/2018/NĐ-CP`, `160-KH/ĐU`, `118/UBND-NV`,
    /// or a law's name for laws cited by name.
    pub key: String,
    /// Document type in Vietnamese (`Kế hoạch`, `Nghị định`, `Công văn` …), when known.
    #[serde(rename = "type")]
    pub doc_type: Option<String>,
    /// The number part (`05`, `14a`).
    pub number: String,
    /// The year: written in the number (`2018` in `61/2018/NĐ-CP`); for a merged document,
    /// else from the date.
    pub year: Option<i32>,
    /// The code after the number (`KH-UBND`, `NĐ-CP`, `UBND-NV`).
    pub code: String,
    /// ISO date (`2024-01-12`, or `2024-01` when the day is blank), when given.
    pub date: Option<String>,
    /// Who issued it (`UBND huyện Bạch Thông`, `Chính phủ`), when told.
    pub issuer: Option<String>,
    /// The `về …` / `V/v` phrase, when given.
    pub subject: Option<String>,
}

impl CitedId {
    /// What [`same_document`] compares of it: key, issuer, date and year.
    pub fn identity(&self) -> DocumentIdentity<'_> {
        DocumentIdentity {
            key: &self.key,
            issuer: self.issuer.as_deref(),
            date: self.date.as_deref(),
            year: self.year,
        }
    }
}

/// What tells one cited document from another: its key, and the issuer, date and year
/// when known.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DocumentIdentity<'a> {
    /// The canonical key (`05/KH-UBND`, `Luật Đất đai`).
    pub key: &'a str,
    /// Who issued it, canonical spelling.
    pub issuer: Option<&'a str>,
    /// ISO date, or `YYYY-MM`.
    pub date: Option<&'a str>,
    /// The year, from the number or the date.
    pub year: Option<i32>,
}

/// Where two mentions were read, which decides how much a bare number proves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// In one document: a number repeated without its date or issuer is the one named
    /// before, unless a fact contradicts.
    SameText,
    /// In different documents: the same number must also share its date, or both name the
    /// same issuer (and no year contradicts): `20/QĐ-UBND` of one commune is not another's.
    AcrossTexts,
}

/// The form in which keys are compared: folded (`NĐ` = `ND`, any case), hyphens and spaces
/// removed (`21NQ/TW` = `21-NQ/TW`). Two keys name the same number when their forms are equal.
pub fn identity_key(key: &str) -> String {
    fold(key)
        .chars()
        .filter(|c| !matches!(c, '-' | '–' | ' ' | '\u{a0}'))
        .collect()
}

/// Whether two mentions name the same document, the one rule for merging mentions in a
/// report and documents across reports: equal [`identity_key`]s, issuers that agree
/// (folded) and dates that agree (`2024-03` agrees with `2024-03-05`), with the stronger
/// proof [`Scope::AcrossTexts`] asks.
pub fn same_document(a: &DocumentIdentity<'_>, b: &DocumentIdentity<'_>, scope: Scope) -> bool {
    same_document_folded((a, &Folded::of(a)), (b, &Folded::of(b)), scope)
}

/// The forms of a description that [`same_document`] compares folded, computed once for a
/// description compared with many (a lookup groups thousands of citations of one number).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded {
    key: String,
    issuer: Option<String>,
}

impl Folded {
    /// The folded forms of `d`.
    pub fn of(d: &DocumentIdentity<'_>) -> Folded {
        Folded {
            key: identity_key(d.key),
            issuer: d.issuer.map(fold),
        }
    }
}

/// [`same_document`] of descriptions whose folded forms ([`Folded::of`]) are given: the same
/// rule, without folding again.
pub fn same_document_folded(
    (a, fa): (&DocumentIdentity<'_>, &Folded),
    (b, fb): (&DocumentIdentity<'_>, &Folded),
    scope: Scope,
) -> bool {
    if fa.key != fb.key && !old_and_new_spelling(a, b) && !legacy_committee_code(a.key, b.key) {
        return false;
    }
    if !differences_folded((a, fa), (b, fb)).is_empty() {
        return false;
    }
    match scope {
        Scope::SameText => true,
        Scope::AcrossTexts => {
            (a.date.is_some() && b.date.is_some()) || (a.issuer.is_some() && b.issuer.is_some())
        }
    }
}

/// `118/TTg` (the number as issued before type codes) and `118/QĐ-TTg` (as later texts
/// write it) with the same date: one document.
fn old_and_new_spelling(a: &DocumentIdentity<'_>, b: &DocumentIdentity<'_>) -> bool {
    let (Some(da), Some(db)) = (a.date, b.date) else {
        return false;
    };
    if da != db {
        return false;
    }
    let split = |k: &str| {
        k.split_once('/')
            .map(|(n, c)| (n.to_string(), c.to_string()))
    };
    let (Some((na, ca)), Some((nb, cb))) = (split(a.key), split(b.key)) else {
        return false;
    };
    let old_new = |old: &str, new: &str| {
        !old.contains(['-', '/']) && new.ends_with(&format!("-{old}")) && !new.contains('/')
    };
    na == nb && (old_new(&ca, &cb) || old_new(&cb, &ca))
}

/// `67/2005/QĐ-UB` (the People's Committee's code as printed before 2006) and
/// `67/2005/QĐ-UBND` (as later texts, or the same text further on, write it): one number,
/// the code `UB` standing for `UBND` in the same place; every other part equal.
fn legacy_committee_code(a: &str, b: &str) -> bool {
    let parts = |k: &str| -> Vec<String> {
        k.split(['/', '-', '–'])
            .map(|p| fold(p.trim()).to_uppercase())
            .collect()
    };
    let (pa, pb) = (parts(a), parts(b));
    let mut legacy = false;
    let agree = pa.len() == pb.len()
        && pa.iter().zip(&pb).all(|(x, y)| {
            let swapped = matches!((x.as_str(), y.as_str()), ("UB", "UBND") | ("UBND", "UB"));
            legacy |= swapped;
            x == y || swapped
        });
    agree && legacy
}

/// A field on which two descriptions disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// Who issued it.
    Issuer,
    /// When.
    Date,
    /// The year (of the number or the date).
    Year,
}

impl Field {
    /// The field's name in Vietnamese, for messages (`ngày ban hành`).
    pub fn label(self) -> &'static str {
        match self {
            Field::Issuer => "cơ quan ban hành",
            Field::Date => "ngày ban hành",
            Field::Year => "năm",
        }
    }
}

/// Whether two issuers can be the same body: equal folded, one a level without a name that
/// the other completes (`UBND huyện` / `UBND huyện Anh Sơn`), or a generic Central body and
/// one it stands for.
fn issuers_agree((a, fa): (&str, &str), (b, fb): (&str, &str)) -> bool {
    if generic_covers(a, b) || generic_covers(b, a) {
        return true;
    }
    let (a, b) = (fa, fb);
    // Only a level without its name is completed (`UBND huyện`), never a name cut short
    // (`HĐND tỉnh Thừa` is not `HĐND tỉnh Thừa Thiên Huế`).
    const LEVELS: &[&str] = &[
        "xa",
        "phuong",
        "thi tran",
        "huyen",
        "quan",
        "thi xa",
        "thanh pho",
        "tinh",
    ];
    let prefix = |long: &str, short: &str| {
        long == short
            || (long.starts_with(short)
                && long[short.len()..].starts_with(' ')
                && LEVELS.iter().any(|l| short.ends_with(&format!(" {l}"))))
    };
    prefix(a, b) || prefix(b, a)
}

/// Whether two dates can be one: equal, or one a month (`2024-08`) the other falls in.
fn dates_agree(a: &str, b: &str) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

/// The fields both sides give and disagree on (the keys are not compared): what
/// `found_with_differences` reports, and what keeps [`same_document`] from holding.
pub fn differences(a: &DocumentIdentity<'_>, b: &DocumentIdentity<'_>) -> Vec<Field> {
    // The keys are not compared: only the issuers are folded.
    let issuer = |d: &DocumentIdentity<'_>| Folded {
        key: String::new(),
        issuer: d.issuer.map(fold),
    };
    differences_folded((a, &issuer(a)), (b, &issuer(b)))
}

fn differences_folded(
    (a, fa): (&DocumentIdentity<'_>, &Folded),
    (b, fb): (&DocumentIdentity<'_>, &Folded),
) -> Vec<Field> {
    let mut out = Vec::new();
    if let (Some(x), Some(y), Some(fx), Some(fy)) = (a.issuer, b.issuer, &fa.issuer, &fb.issuer)
        && !issuers_agree((x, fx), (y, fy))
    {
        out.push(Field::Issuer);
    }
    let year = |d: &DocumentIdentity<'_>| d.year.or_else(|| d.date.and_then(year_of));
    if let (Some(x), Some(y)) = (a.date, b.date)
        && !dates_agree(x, y)
    {
        out.push(Field::Date);
    } else if let (Some(x), Some(y)) = (year(a), year(b))
        && x != y
    {
        out.push(Field::Year);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_document_in_a_text(a: &DocumentIdentity<'_>, b: &DocumentIdentity<'_>) -> bool {
        same_document(a, b, Scope::SameText)
    }

    fn id<'a>(
        key: &'a str,
        issuer: Option<&'a str>,
        date: Option<&'a str>,
    ) -> DocumentIdentity<'a> {
        DocumentIdentity {
            key,
            issuer,
            date,
            year: None,
        }
    }

    #[test]
    fn a_number_alone_is_not_enough_to_differ() {
        assert!(same_document_in_a_text(
            &id("05/KH-UBND", None, None),
            &id("05/KH-UBND", Some("UBND xã Tân Phú"), Some("2024-01-12"))
        ));
        assert!(same_document_in_a_text(
            &id("61/2018/ND-CP", None, None),
            &id("61/2018/NĐ-CP", Some("Chính phủ"), None)
        ));
    }

    #[test]
    fn issuer_and_date_tell_apart() {
        let a = id(
            "20/QĐ-UBND",
            Some("Chủ tịch UBND thị xã An Khê"),
            Some("2023-01-06"),
        );
        let b = id(
            "20/QĐ-UBND",
            Some("Chủ tịch UBND tỉnh Gia Lai"),
            Some("2023-01-09"),
        );
        assert_eq!(differences(&a, &b), [Field::Issuer, Field::Date]);
        assert!(!same_document_in_a_text(&a, &b));
    }

    #[test]
    fn a_level_without_a_name_and_a_month_agree() {
        assert!(same_document_in_a_text(
            &id("12/KH-UBND", Some("UBND huyện"), Some("2024-01")),
            &id("12/KH-UBND", Some("UBND huyện Anh Sơn"), Some("2024-01-10"))
        ));
        assert!(!same_document_in_a_text(
            &id("12/KH-UBND", Some("UBND huyện An"), None),
            &id("12/KH-UBND", Some("UBND huyện Anh Sơn"), None)
        ));
    }

    #[test]
    fn a_name_cut_short_is_another_issuer() {
        assert!(!same_document_in_a_text(
            &id("20/2023/NQ-HĐND", Some("HĐND tỉnh Thừa"), None),
            &id("20/2023/NQ-HĐND", Some("HĐND tỉnh Thừa Thiên Huế"), None)
        ));
    }

    #[test]
    fn years_differ_when_dates_are_missing() {
        let a = DocumentIdentity {
            year: Some(2018),
            ..id("619/QĐ-TTg", None, None)
        };
        let b = id("619/QĐ-TTg", None, Some("2017-05-08"));
        assert_eq!(differences(&a, &b), [Field::Year]);
    }

    #[test]
    fn one_rule_for_the_same_document() {
        let id = |key, issuer, date| DocumentIdentity {
            key,
            issuer,
            date,
            year: None,
        };
        let a = id("21-NQ/TW", Some("Bộ Chính trị"), Some("2008-07-25"));
        let b = id("21NQ/TW", None, None);
        assert!(same_document(&a, &b, Scope::SameText));
        assert!(!same_document(&a, &b, Scope::AcrossTexts));
        let c = id("21-nq/tw", Some("Bộ Chính trị"), Some("2008-07"));
        assert!(same_document(&a, &c, Scope::AcrossTexts));
        let d = id("21-NQ/TW", Some("Ban Bí thư"), None);
        assert!(!same_document(&a, &d, Scope::SameText));
        let e = id("21-NQ/TW", Some("Trung ương Đảng"), None);
        assert!(same_document(&a, &e, Scope::SameText));
        let old = id("118/TTg", None, Some("1996-02-27"));
        let new = id("118/QĐ-TTg", None, Some("1996-02-27"));
        assert!(same_document(&old, &new, Scope::SameText));
        let other = id("118/QĐ-TTg", None, Some("1997-02-27"));
        assert!(!same_document(&old, &other, Scope::SameText));
        assert!(!same_document(
            &id("118/CT-TTg", None, Some("1996-02-27")),
            &new,
            Scope::SameText
        ));
    }

    #[test]
    fn the_legacy_committee_code_is_the_committees_code() {
        let old = id(
            "67/2005/QĐ-UB",
            Some("UBND tỉnh Bình Phước"),
            Some("2005-07-20"),
        );
        let new = id("67/2005/QĐ-UBND", None, Some("2005-07-20"));
        assert!(same_document(&old, &new, Scope::SameText));
        assert!(same_document(
            &id("12/CT-UB", None, None),
            &id("12/CT-UBND", None, None),
            Scope::SameText
        ));
        // Another date, another number, another type: other documents.
        let later = id("67/2005/QĐ-UBND", None, Some("2005-08-02"));
        assert!(!same_document(&old, &later, Scope::SameText));
        let other = id("68/2005/QĐ-UBND", None, Some("2005-07-20"));
        assert!(!same_document(&old, &other, Scope::SameText));
        let directive = id("67/2005/CT-UBND", None, Some("2005-07-20"));
        assert!(!same_document(&old, &directive, Scope::SameText));
        // `UB` is no legacy spelling of another body's code.
        assert!(!same_document(
            &id("67/2005/QĐ-UB", None, None),
            &id("67/2005/QĐ-UBTVQH", None, None),
            Scope::SameText
        ));
    }
}
