//! The letters that ask for each round of reports.

use super::{Doc, Issuer, letter};
use crate::synth::PeriodKind;
use crate::synth::date::Date;
use crate::synth::geo::Place;
use crate::synth::rng::Rng;

/// The letter in which the level above asks for this period's report: from
/// the district People's Committee for a commune, from the provincial
/// Department of Home Affairs for a district. Every unit under the same
/// parent cites the same letter.
pub(crate) fn request_letter(seed: u64, reporter: Place, year: u16, period: PeriodKind) -> Doc {
    let (parent_key, issuer, code, drafting) = match reporter.commune {
        Some(_) => (
            reporter.parent().id(),
            Issuer::Unit(reporter.parent()),
            "UBND",
            "NV",
        ),
        None => (
            1 << 48 | reporter.province as u64,
            Issuer::Department(reporter.province, "Sở Nội vụ"),
            "SNV",
            "CCHC",
        ),
    };
    // One letter per reporting round: the quarter-2 and six-month reports
    // answer the same letter, as do quarter 3 and nine months, quarter 4
    // and the year. Numbers grow through the year, in disjoint bands.
    let (round, month, from, to, band, asked) = match period {
        PeriodKind::Quarter(1) => (
            0u64,
            2u8,
            12u8,
            28u8,
            (120u32, 420u32),
            format!("quý I năm {year}"),
        ),
        PeriodKind::Quarter(2) | PeriodKind::SixMonths => {
            (1, 5, 12, 31, (700, 1000), format!("6 tháng đầu năm {year}"))
        }
        PeriodKind::Quarter(3) | PeriodKind::NineMonths => (
            2,
            8,
            3,
            16,
            (1300, 1600),
            format!("quý III và 9 tháng đầu năm {year}"),
        ),
        _ => (3, 11, 3, 18, (1900, 2300), format!("năm {year}")),
    };
    let mut rng = Rng::derive(&[seed, parent_key, u64::from(year), round, 15]);
    let date = Date::random_in(&mut rng, year, month, from, to);
    let scale = if code == "SNV" { 2 } else { 1 };
    let number = rng.range(band.0, band.1) * scale;
    letter(
        number,
        code,
        drafting,
        issuer,
        date,
        format!("báo cáo kết quả thực hiện công tác cải cách hành chính {asked}"),
        "baocao",
    )
}
