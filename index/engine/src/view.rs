//! The shapes that search results, lookups and reports are shown in (JSON for the API and
//! `--json`): built from a parsed [`Report`](crate::Report), stored in the index, read back.

use serde::{Deserialize, Serialize};
use tracuu_report::{Period, PeriodKind, Report, Section};
use utoipa::ToSchema;

/// A report as it appears in a hit or a citing list.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, ToSchema)]
pub struct ReportSummary {
    /// Stable id of the report (16 hex digits, from its source path).
    pub id: String,
    /// Path of the file, relative to the folder given to `tracuu index`.
    pub source: String,
    /// The document's kind as a Vietnamese word (`Báo cáo`, `Quyết định`, `Công văn` …), when
    /// the header or the number names it. Absent in an index written before it was stored.
    #[serde(default)]
    pub kind: Option<String>,
    /// The title after the kind line (`BÁO CÁO`, `QUYẾT ĐỊNH` …) or the `V/v` line.
    pub title: Option<String>,
    /// The reporting unit (`xã Lục Bình`), or for a document that is no unit's report, the
    /// body that issued it (`Bộ Tài chính`).
    pub unit: Option<String>,
    /// Its parent unit (`huyện Bạch Thông`), or the body printed above the issuer.
    pub parent: Option<String>,
    /// The province, when named.
    pub province: Option<String>,
    /// The year the report was written.
    pub year: Option<i32>,
    /// ISO date (`2024-06-15`, or `2024-08` when the day is blank).
    pub date: Option<String>,
    /// The period, in words (`Quý III/2024`).
    pub period: Option<String>,
    /// The report's own number (`36/BC-UBND`).
    pub number: Option<String>,
}

/// A section as it appears in a hit.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, ToSchema)]
pub struct SectionRef {
    /// Path (`II.2`); empty for the preamble.
    pub path: String,
    /// The heading as written.
    pub title: String,
    /// Category machine name (`procedures`).
    pub category: String,
}

/// Formats a report id from its key.
pub fn report_id(key: u64) -> String {
    format!("{key:016x}")
}

/// Parses a report id back into its key.
pub fn parse_report_id(id: &str) -> Option<u64> {
    if id.len() != 16 {
        return None;
    }
    u64::from_str_radix(id, 16).ok()
}

/// The period in words, as officials write it: `Quý III/2024`, `6 tháng đầu năm 2024`.
pub fn period_label(period: &Period) -> String {
    let year = period.year.map(|y| y.to_string());
    match period.kind {
        PeriodKind::Quarter => {
            let roman = match period.index {
                Some(1) => "I",
                Some(2) => "II",
                Some(3) => "III",
                Some(4) => "IV",
                _ => "?",
            };
            match year {
                Some(y) => format!("Quý {roman}/{y}"),
                None => format!("Quý {roman}"),
            }
        }
        PeriodKind::SixMonths => format!("6 tháng {}", year.unwrap_or_default())
            .trim()
            .to_string(),
        PeriodKind::NineMonths => format!("9 tháng {}", year.unwrap_or_default())
            .trim()
            .to_string(),
        PeriodKind::Year => format!("Năm {}", year.unwrap_or_default())
            .trim()
            .to_string(),
    }
}

/// The machine name of a period kind (`quarter`, `six_months`, `nine_months`, `year`).
pub fn period_kind_name(kind: PeriodKind) -> &'static str {
    kind.as_str()
}

/// Every period kind machine name.
pub const PERIOD_KINDS: [&str; 4] = ["quarter", "six_months", "nine_months", "year"];

impl ReportSummary {
    /// The summary of a parsed report.
    pub fn of(key: u64, source: &str, report: &Report) -> ReportSummary {
        let m = &report.metadata;
        // A document that is no commune's report (a decision, a ministry's letter) is shown,
        // faceted and filtered by the body that issued it, with the body above it.
        let (unit, parent) = match (&m.unit, &m.issuer) {
            (Some(unit), _) => (Some(unit.display()), m.parent.as_ref().map(|u| u.display())),
            (None, Some(issuer)) => (Some(issuer.name.clone()), issuer.parent.clone()),
            (None, None) => (None, m.parent.as_ref().map(|u| u.display())),
        };
        ReportSummary {
            id: report_id(key),
            source: source.to_string(),
            kind: m.kind.clone(),
            title: m.title.clone(),
            unit,
            parent,
            province: m.province.clone(),
            year: m.year.or(m.period.as_ref().and_then(|p| p.year)),
            date: m.date.clone(),
            period: m.period.as_ref().map(period_label),
            number: m.number.clone(),
        }
    }
}

impl SectionRef {
    /// The reference of a parsed section.
    pub fn of(section: &Section) -> SectionRef {
        SectionRef {
            path: section.path.clone(),
            title: section.title.clone(),
            category: section.category.as_str().to_string(),
        }
    }
}

/// The report's date as a sortable number `yyyymmdd`: `yyyymm00` for a month, `yyyy0000` for
/// a year alone, 0 when nothing is known.
pub fn day(summary: &ReportSummary) -> u64 {
    let digits = |s: &str| s.parse::<u64>().ok();
    if let Some(date) = &summary.date {
        let mut parts = date.split('-');
        if let (Some(y), m, d) = (parts.next().and_then(digits), parts.next(), parts.next()) {
            let m = m.and_then(digits).unwrap_or(0).min(12);
            let d = d.and_then(digits).unwrap_or(0).min(31);
            return y * 10_000 + m * 100 + d;
        }
    }
    summary
        .year
        .and_then(|y| u64::try_from(y).ok())
        .map_or(0, |y| y * 10_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_names_the_documents_kind_and_reads_an_index_written_without_it() {
        let decision = tracuu_report::parse(
            "ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\n\nSố: 07/2016/QĐ-UBND\n\nBình An, ngày 03 tháng 3 năm 2016\n\nQUYẾT ĐỊNH\nBan hành Quy định quản lý chợ\n\nĐiều 1. Phạm vi điều chỉnh\n",
        );
        let summary = ReportSummary::of(1, "qd.txt", &decision);
        assert_eq!(summary.kind.as_deref(), Some("Quyết định"));
        assert_eq!(summary.number.as_deref(), Some("07/2016/QĐ-UBND"));
        let report = tracuu_report::parse(
            "ỦY BAN NHÂN DÂN\nXÃ LỤC BÌNH\n\nSố: 36/BC-UBND\n\nLục Bình, ngày 15 tháng 6 năm 2024\n\nBÁO CÁO\nKết quả công tác cải cách hành chính\n",
        );
        assert_eq!(
            ReportSummary::of(2, "bc.txt", &report).kind.as_deref(),
            Some("Báo cáo")
        );

        // A summary stored before the kind was: read back with no kind, not an error.
        let mut old = serde_json::to_value(&summary).unwrap();
        old.as_object_mut().unwrap().remove("kind");
        let read: ReportSummary = serde_json::from_value(old).unwrap();
        assert_eq!(read.kind, None);
        assert_eq!(read.number, summary.number);
    }
}
