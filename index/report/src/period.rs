//! The period a report covers: `Quý III năm 2024`, `quý III/2020`, `9 tháng đầu năm 2021`,
//! `6 tháng đầu năm 2024`, `năm 2023`.

use super::{Period, PeriodKind};
use regex::Regex;
use std::sync::LazyLock;

/// A quarter, six or nine months, maybe followed by its year.
static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:\bquý\s+(?P<q>IV|I{1,3}|[1-4])\b|\b(?P<m>[69])\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?)",
        r"(?:\s*(?:năm\s+|/\s*)?(?P<y>(?:19|20)[0-9]{2})\b)?"
    ))
    .expect("valid regex")
});

/// A whole year: `công tác cải cách hành chính năm 2023`.
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bnăm\s+(?P<y>(?:19|20)[0-9]{2})\b").expect("valid regex"));

fn quarter(s: &str) -> Option<u8> {
    Some(match s.to_uppercase().as_str() {
        "I" | "1" => 1,
        "II" | "2" => 2,
        "III" | "3" => 3,
        "IV" | "4" => 4,
        _ => return None,
    })
}

/// The first period named in `s`, with its year when written next to it.
pub(crate) fn find(s: &str) -> Option<Period> {
    PERIOD.captures_iter(s).find_map(|c| {
        let year = c.name("y").and_then(|m| m.as_str().parse().ok());
        if let Some(q) = c.name("q") {
            return Some(Period {
                kind: PeriodKind::Quarter,
                index: quarter(q.as_str()),
                year,
            });
        }
        let kind = match c.name("m")?.as_str() {
            "6" => PeriodKind::SixMonths,
            _ => PeriodKind::NineMonths,
        };
        Some(Period {
            kind,
            index: None,
            year,
        })
    })
}

/// The period a title names: a quarter or months, else a whole year (`… năm 2023`).
pub(crate) fn from_title(title: &str) -> Option<Period> {
    find(title).or_else(|| {
        let y = YEAR.captures(title)?.name("y")?.as_str().parse().ok()?;
        Some(Period {
            kind: PeriodKind::Year,
            index: None,
            year: Some(y),
        })
    })
}

/// The year of a period of the same kind named with a year somewhere in `texts`, in order.
pub(crate) fn year_elsewhere(period: &Period, texts: &[&str]) -> Option<i32> {
    texts.iter().find_map(|t| {
        PERIOD.captures_iter(t).find_map(|c| {
            let y: i32 = c.name("y")?.as_str().parse().ok()?;
            let same = match (period.kind, c.name("q"), c.name("m").map(|m| m.as_str())) {
                (PeriodKind::Quarter, Some(q), _) => quarter(q.as_str()) == period.index,
                (PeriodKind::SixMonths, None, Some("6"))
                | (PeriodKind::NineMonths, None, Some("9")) => true,
                _ => false,
            };
            same.then_some(y)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(kind: PeriodKind, index: Option<u8>, year: Option<i32>) -> Option<Period> {
        Some(Period { kind, index, year })
    }

    #[test]
    fn forms() {
        assert_eq!(
            find("Công tác CCHC Quý III năm 2024"),
            p(PeriodKind::Quarter, Some(3), Some(2024))
        );
        assert_eq!(
            find("công tác CCHC quý III/2020"),
            p(PeriodKind::Quarter, Some(3), Some(2020))
        );
        assert_eq!(
            find("quý 2 năm 2022"),
            p(PeriodKind::Quarter, Some(2), Some(2022))
        );
        assert_eq!(
            find("9 tháng đầu năm 2021"),
            p(PeriodKind::NineMonths, None, Some(2021))
        );
        assert_eq!(
            find("6 tháng đầu năm 2024 trên địa bàn"),
            p(PeriodKind::SixMonths, None, Some(2024))
        );
        assert_eq!(
            find("9 tháng đầu năm."),
            p(PeriodKind::NineMonths, None, None)
        );
        assert_eq!(find("hòa giải ở cơ sở"), None);
    }

    #[test]
    fn whole_year_only_from_a_title() {
        assert_eq!(
            from_title("Công tác cải cách hành chính năm 2023"),
            p(PeriodKind::Year, None, Some(2023))
        );
        assert_eq!(
            from_title("Kết quả quý I năm 2023"),
            p(PeriodKind::Quarter, Some(1), Some(2023))
        );
    }

    #[test]
    fn year_from_another_mention() {
        let period = Period {
            kind: PeriodKind::NineMonths,
            index: None,
            year: None,
        };
        assert_eq!(
            year_elsewhere(
                &period,
                &["quý III/2021", "kết quả 9 tháng đầu năm \n\n2021 của"]
            ),
            Some(2021)
        );
        assert_eq!(year_elsewhere(&period, &["6 tháng đầu năm 2021"]), None);
    }
}
