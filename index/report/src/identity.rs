//! Whether two descriptions of a document can be the same document: the one rule the
//! lookup and the draft check use to compare what is written with what is known.
//!
//! A number is not an identity: the key must agree (compared folded, `NĐ` = `ND`), and then
//! the issuer, the date and the year, each where both sides give it. A field only one side
//! gives does not tell documents apart; a level without a name (`UBND huyện`) agrees with
//! any unit of that level, a month (`2024-08`) with any day of it.

use serde::Serialize;
use tracuu_tokenizer::fold;

/// What a citation or an index says about a document.
#[derive(Debug, Clone, Copy, Default)]
pub struct Identity<'a> {
    /// Canonical key (`05/KH-UBND`).
    pub key: &'a str,
    /// Issuer, when told.
    pub issuer: Option<&'a str>,
    /// ISO date (or `YYYY-MM`), when told.
    pub date: Option<&'a str>,
    /// Year, from the number or the date.
    pub year: Option<i32>,
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

fn issuers_agree(a: &str, b: &str) -> bool {
    let (a, b) = (fold(a), fold(b));
    let prefix = |long: &str, short: &str| {
        long == short || (long.starts_with(short) && long[short.len()..].starts_with(' '))
    };
    prefix(&a, &b) || prefix(&b, &a)
}

fn dates_agree(a: &str, b: &str) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

fn year_of(date: Option<&str>) -> Option<i32> {
    date?.get(..4)?.parse().ok()
}

/// The fields both sides give and disagree on (the keys are not compared).
pub fn differences(a: &Identity<'_>, b: &Identity<'_>) -> Vec<Field> {
    let mut out = Vec::new();
    if let (Some(x), Some(y)) = (a.issuer, b.issuer)
        && !issuers_agree(x, y)
    {
        out.push(Field::Issuer);
    }
    if let (Some(x), Some(y)) = (a.date, b.date)
        && !dates_agree(x, y)
    {
        out.push(Field::Date);
    } else if let (Some(x), Some(y)) = (a.year.or(year_of(a.date)), b.year.or(year_of(b.date)))
        && x != y
    {
        out.push(Field::Year);
    }
    out
}

/// Whether `a` and `b` can be the same document: the same key, and nothing both give differs.
pub fn same_document(a: &Identity<'_>, b: &Identity<'_>) -> bool {
    fold(a.key) == fold(b.key) && differences(a, b).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id<'a>(key: &'a str, issuer: Option<&'a str>, date: Option<&'a str>) -> Identity<'a> {
        Identity {
            key,
            issuer,
            date,
            year: None,
        }
    }

    #[test]
    fn a_number_alone_is_not_enough_to_differ() {
        assert!(same_document(
            &id("05/KH-UBND", None, None),
            &id("05/KH-UBND", Some("UBND xã Tân Phú"), Some("2024-01-12"))
        ));
        assert!(same_document(
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
        assert!(!same_document(&a, &b));
    }

    #[test]
    fn a_level_without_a_name_and_a_month_agree() {
        assert!(same_document(
            &id("12/KH-UBND", Some("UBND huyện"), Some("2024-01")),
            &id("12/KH-UBND", Some("UBND huyện Anh Sơn"), Some("2024-01-10"))
        ));
        assert!(!same_document(
            &id("12/KH-UBND", Some("UBND huyện An"), None),
            &id("12/KH-UBND", Some("UBND huyện Anh Sơn"), None)
        ));
    }

    #[test]
    fn years_differ_when_dates_are_missing() {
        let a = Identity {
            year: Some(2018),
            ..id("619/QĐ-TTg", None, None)
        };
        let b = id("619/QĐ-TTg", None, Some("2017-05-08"));
        assert_eq!(differences(&a, &b), [Field::Year]);
    }
}
