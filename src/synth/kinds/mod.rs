//! Documents of other kinds than the CCHC report, as the corpus holds them: provincial
//! decisions (`Quyết định` with `Điều 1, 2, 3`), plans (`Kế hoạch`), letters of a ministry or
//! a department (`Công văn` with `V/v` and `Kính gửi`), decrees (`Nghị định` with `Chương`,
//! `Điều`, khoản and điểm), reports and plans of the Youth Union (`123-KH/TĐTN-TNNT`) and the
//! 2025 commune-merger resolutions of the National Assembly Standing Committee.
//!
//! [`generate_documents`] mixes them with the reports of [`super::generate`] (reports stay
//! the majority; document `i`, when a report, is report `i` of `generate`), and each
//! [`SyntheticDocument`] carries what the generator wrote: number, date, kind, issuer, signer
//! and citations. The modules: `layout` (headers in the corpus's layouts, signature blocks),
//! `draft` (the document being written and its citations), `state` (decisions, plans,
//! letters, decrees, merger resolutions), `youth` (Youth Union reports and plans).

mod draft;
mod layout;
mod state;
mod youth;

use super::compose::Plan;
use super::rng::Rng;
use super::{Citation, Date, SyntheticReport};

/// The kind of a generated document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocKind {
    /// A commune or district CCHC report (`Báo cáo`, `36/BC-UBND`).
    Report,
    /// A decision of a provincial People's Committee or its chairman (`1234/QĐ-UBND`).
    Decision,
    /// A plan of a provincial People's Committee (`215/KH-UBND`).
    Plan,
    /// A letter of a ministry or a provincial department (`2345/BNV-CCHC`, `412/SNV-CCHC`).
    Letter,
    /// A decree of the Government (`118/2024/NĐ-CP`).
    Decree,
    /// A report of the Youth Union (`526-BC/TWĐTN-TNTH`, `88-BC/TĐTN-VP`).
    YouthReport,
    /// A plan of the Youth Union (`123-KH/TĐTN-TNNT`).
    YouthPlan,
    /// A 2025 resolution of the National Assembly Standing Committee merging communes
    /// (`1672/NQ-UBTVQH15`).
    Merger,
}

impl DocKind {
    /// Every kind.
    pub const ALL: [DocKind; 8] = [
        DocKind::Report,
        DocKind::Decision,
        DocKind::Plan,
        DocKind::Letter,
        DocKind::Decree,
        DocKind::YouthReport,
        DocKind::YouthPlan,
        DocKind::Merger,
    ];

    /// The kind as a Vietnamese word, as the parser names it (`Quyết định`).
    pub fn word(self) -> &'static str {
        match self {
            DocKind::Report | DocKind::YouthReport => "Báo cáo",
            DocKind::Decision => "Quyết định",
            DocKind::Plan | DocKind::YouthPlan => "Kế hoạch",
            DocKind::Letter => "Công văn",
            DocKind::Decree => "Nghị định",
            DocKind::Merger => "Nghị quyết",
        }
    }

    /// The short code used in file names (`qd`, `kh-doan`).
    pub fn code(self) -> &'static str {
        match self {
            DocKind::Report => "bc",
            DocKind::Decision => "qd",
            DocKind::Plan => "kh",
            DocKind::Letter => "cv",
            DocKind::Decree => "nd",
            DocKind::YouthReport => "bc-doan",
            DocKind::YouthPlan => "kh-doan",
            DocKind::Merger => "nq-sap-xep",
        }
    }
}

/// One generated document of any kind, with what the generator wrote into it.
#[derive(Debug, Clone)]
pub struct SyntheticDocument {
    /// `00042_qd_tinh-hung-yen_2023.txt`: index, kind, issuer and year, ASCII.
    pub file_name: String,
    /// The full text.
    pub text: String,
    /// Its kind.
    pub kind: DocKind,
    /// Its own number in canonical form (`1234/QĐ-UBND`, `526-BC/TWĐTN-TNTH`); `None` for
    /// an unnumbered draft (`Số:   /QĐ-UBND`).
    pub number: Option<String>,
    /// Its date.
    pub date: Date,
    /// Whether the day was left blank in the date line (`ngày   tháng 5 năm 2023`).
    pub blank_day: bool,
    /// The issuing body as the header names it (`UBND tỉnh Hưng Yên`, `Bộ Nội vụ`,
    /// `Ủy ban Thường vụ Quốc hội`); `None` for a report, whose oracle keeps its unit.
    pub issuer: Option<String>,
    /// The signer's name; `None` for a report.
    pub signer: Option<String>,
    /// The role lines above the name, joined by a space (`KT. CHỦ TỊCH PHÓ CHỦ TỊCH`);
    /// `None` for a report.
    pub role: Option<String>,
    /// Every document cited in the text, in order of appearance.
    pub citations: Vec<Citation>,
    /// The report and all it knows, when the document is one.
    pub report: Option<SyntheticReport>,
}

/// Generates `n` documents of every kind from `seed`, byte-identical for the same seed;
/// document `i` does not depend on `n`, and when it is a report it is report `i` of
/// [`super::generate`] with the same seed.
pub fn generate_documents(n: usize, seed: u64) -> Vec<SyntheticDocument> {
    let plan = Plan::new(seed);
    (0..n).map(|i| document(&plan, seed, i)).collect()
}

/// The kind of document `index`: about three in five are reports.
fn kind_of(seed: u64, index: usize) -> DocKind {
    match Rng::derive(&[seed, index as u64, 73]).below(100) {
        0..=59 => DocKind::Report,
        60..=67 => DocKind::Decision,
        68..=74 => DocKind::Plan,
        75..=81 => DocKind::Letter,
        82..=85 => DocKind::Decree,
        86..=90 => DocKind::YouthReport,
        91..=94 => DocKind::YouthPlan,
        _ => DocKind::Merger,
    }
}

/// Document `index` of the mix.
pub(crate) fn document(plan: &Plan, seed: u64, index: usize) -> SyntheticDocument {
    let kind = kind_of(seed, index);
    if kind == DocKind::Report {
        let report = plan.report(index);
        return SyntheticDocument {
            file_name: report.file_name.clone(),
            text: report.text.clone(),
            kind,
            number: report.number.map(|n| format!("{n}/BC-UBND")),
            date: report.date,
            blank_day: false,
            issuer: None,
            signer: None,
            role: None,
            citations: report.citations.clone(),
            report: Some(report),
        };
    }
    let mut rng = Rng::derive(&[seed, index as u64, 79]);
    let written = match kind {
        DocKind::Decision => state::decision(seed, &mut rng),
        DocKind::Plan => state::plan(seed, &mut rng),
        DocKind::Letter => state::letter(seed, &mut rng),
        DocKind::Decree => state::decree(&mut rng),
        DocKind::Merger => state::merger(&mut rng),
        DocKind::YouthReport => youth::youth(seed, &mut rng, false),
        _ => youth::youth(seed, &mut rng, true),
    };
    SyntheticDocument {
        file_name: format!(
            "{index:05}_{}_{}_{}.txt",
            kind.code(),
            super::quirks::slug(&written.issuer),
            written.date.year
        ),
        text: written.text,
        kind,
        number: written.number,
        date: written.date,
        blank_day: written.blank_day,
        issuer: Some(written.issuer),
        signer: Some(written.signer),
        role: Some(written.role),
        citations: written.citations,
        report: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mix_holds_every_kind_and_mostly_reports() {
        let docs = generate_documents(400, 3);
        for kind in DocKind::ALL {
            assert!(
                docs.iter().any(|d| d.kind == kind),
                "{kind:?} never written"
            );
        }
        let reports = docs.iter().filter(|d| d.kind == DocKind::Report).count();
        assert!(reports > 200, "{reports} reports of 400");
        let again = generate_documents(40, 3);
        for (a, b) in docs.iter().zip(&again) {
            assert_eq!(a.text, b.text);
        }
        let plain = super::super::generate(40, 3);
        for (d, r) in docs.iter().zip(&plain) {
            if d.kind == DocKind::Report {
                assert_eq!(d.text, r.text);
            }
        }
    }
}
