//! Dates as written in reports (`ngày 09/8/2024`, `ngày 15 tháng 7 năm 2024`) into ISO form.

use regex::Regex;
use std::sync::LazyLock;

/// `ngày` then a date, at the start of the haystack (after spaces, a comma or a parenthesis).
/// The year's word boundary is the character after it, group `after` (not part of the date
/// as read): with a Unicode `\b` the regex would run in the backtracker over the whole
/// haystack, a 400-byte window after every document number.
static NGAY_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[\s,(]*ngày\s+(?:(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))(?P<after>\W|$)",
    )
    .expect("valid regex")
});

/// A date with `ngày`: `ngày 09/8/2024`, `ngày 15 tháng 7 năm 2024`, and `dd/mm/yyyy` alone.
static ANY_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:ngày\s+)?(?:(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\b|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\b)",
    )
    .expect("valid regex")
});

/// The ISO form of a date: `2024-06-15`, or `2024-08` without a day; `None` if invalid.
pub(crate) fn iso(day: Option<u32>, month: u32, year: i32) -> Option<String> {
    if !(1900..=2100).contains(&year) || !(1..=12).contains(&month) {
        return None;
    }
    match day {
        None => Some(format!("{year:04}-{month:02}")),
        Some(d) if d >= 1 && d <= days_in_month(month, year) => {
            Some(format!("{year:04}-{month:02}-{d:02}"))
        }
        Some(_) => None,
    }
}

fn days_in_month(month: u32, year: i32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn from_caps(c: &regex::Captures<'_>) -> Option<String> {
    let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    if c.get(1).is_some() {
        iso(num(1), num(2)?, num(3)? as i32)
    } else {
        iso(num(4), num(5)?, num(6)? as i32)
    }
}

/// A `ngày …` date at the start of `s`: how many bytes it takes and its ISO form.
pub(crate) fn leading_ngay(s: &str) -> Option<(usize, String)> {
    if !starts_with_ngay(s) {
        return None;
    }
    let c = NGAY_DATE.captures(s)?;
    Some((c.name("after")?.start(), from_caps(&c)?))
}

/// Whether `s` starts, after whitespace, commas and parentheses, with `ngày` in any case: a
/// necessary condition of [`NGAY_DATE`], cheaper than the regex (most haystacks fail it).
fn starts_with_ngay(s: &str) -> bool {
    let mut chars = s
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '('))
        .chars();
    matches!(chars.next(), Some('n' | 'N'))
        && matches!(chars.next(), Some('g' | 'G'))
        && matches!(chars.next(), Some('à' | 'À'))
        && matches!(chars.next(), Some('y' | 'Y'))
}

/// The first date anywhere in `s`, ISO.
pub(crate) fn first_date(s: &str) -> Option<String> {
    ANY_DATE.captures_iter(s).find_map(|c| from_caps(&c))
}

/// The year of an ISO date.
pub(crate) fn year_of(iso: &str) -> Option<i32> {
    iso.get(..4)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`NGAY_DATE`] as it was written before its `\b` became group `after`.
    static NGAY_DATE_AS_WRITTEN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^[\s,(]*ngày\s+(?:(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\b|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\b)",
        )
        .expect("valid regex")
    });

    /// What [`leading_ngay`] gave with the regex as written, on the whole haystack.
    fn leading_ngay_as_written(s: &str) -> Option<(usize, String)> {
        let c = NGAY_DATE_AS_WRITTEN.captures(s)?;
        Some((c.get(0)?.end(), from_caps(&c)?))
    }

    fn same_leading_ngay(s: &str) {
        assert_eq!(leading_ngay(s), leading_ngay_as_written(s), "{s:?}");
        assert!(
            starts_with_ngay(s) || !NGAY_DATE_AS_WRITTEN.is_match(s),
            "{s:?}"
        );
    }

    #[test]
    fn leading_ngay_as_the_regex_as_written() {
        for s in [
            ", ngày 09/8/2024 về",
            " (NGÀY 15 tháng 7 năm 2024)",
            " ngày \n\n23/4/2018",
            " Ngày 1.2.2020ạ",
            " ngày 1-2-20201",
            " ngày 1/2/2020_",
            " ngày 1/2/2020",
            " ngày 15 tháng 7 năm 2024b",
            "\u{a0}ngày 3/4/2021",
            " về việc ngày 1/1/2020",
        ] {
            same_leading_ngay(s);
        }
    }

    proptest::proptest! {
        #[test]
        fn leading_ngay_as_the_regex_as_written_on_any(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "ngày", "Ngày", "NGÀY", "ngay", "nga\u{300}y", "tháng", "năm", " ", " ", "\n",
                "\u{a0}", ",", "(", "/", ".", "-", "1", "09", "12", "2024", "2020", "٣", "a",
                "ạ", "_", "x", " ngày 1/2/", ", ngày 15 tháng 7 năm ", "(Ngày 3.4.",
            ]),
            0..14,
        )) {
            same_leading_ngay(&parts.concat());
        }
    }

    #[test]
    fn iso_validates() {
        assert_eq!(iso(Some(9), 8, 2024).as_deref(), Some("2024-08-09"));
        assert_eq!(iso(None, 8, 2024).as_deref(), Some("2024-08"));
        assert_eq!(iso(Some(31), 4, 2024), None);
        assert_eq!(iso(Some(29), 2, 2023), None);
        assert_eq!(iso(Some(1), 13, 2024), None);
    }

    #[test]
    fn leading_forms() {
        assert_eq!(
            leading_ngay(", ngày 09/8/2024 về").map(|d| d.1).as_deref(),
            Some("2024-08-09")
        );
        assert_eq!(
            leading_ngay(" ngày 15 tháng 7 năm 2024")
                .map(|d| d.1)
                .as_deref(),
            Some("2024-07-15")
        );
        assert_eq!(
            leading_ngay(" ngày \n\n23/4/2018").map(|d| d.1).as_deref(),
            Some("2018-04-23")
        );
        assert_eq!(leading_ngay(" về việc ngày 1/1/2020"), None);
    }

    #[test]
    fn first_date_anywhere() {
        assert_eq!(
            first_date("kèm theo ngày 01/9/2021 của").as_deref(),
            Some("2021-09-01")
        );
        assert_eq!(first_date("ISO 9001:2015"), None);
    }
}
