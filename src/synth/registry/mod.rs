//! The documents that units issue and cite, built deterministically per
//! unit and year so that every report citing a document gives it the same
//! number, issuer and date.
//!
//! Numbers restart every year and every issuer keeps its own series, so a
//! commune's plan on administrative reform is `05/KH-UBND` in many
//! communes and years: only the issuer and the date tell them apart.

mod commune;
mod district;
mod national;
mod province;
mod request;

pub(crate) use commune::unit_docs;
pub(crate) use national::national;
pub(crate) use province::province_docs;
pub(crate) use request::request_letter;

use super::Grammar;
use super::date::Date;
use super::geo::Place;

/// Who issued a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Issuer {
    /// The People's Committee of a commune or district.
    Unit(Place),
    /// The chairman of a commune or district People's Committee.
    Chair(Place),
    /// The Party committee of a commune (`Đảng ủy xã`) or district (`Huyện ủy`).
    Party(Place),
    /// A district office (`Phòng Nội vụ`).
    Office(Place, &'static str),
    /// The provincial People's Committee.
    Province(usize),
    /// The chairman of the provincial People's Committee.
    ProvinceChair(usize),
    /// The provincial People's Council.
    ProvinceCouncil(usize),
    /// The provincial Party committee (`Tỉnh ủy`).
    ProvinceParty(usize),
    /// A provincial department (`Sở Nội vụ`, `Sở Tư pháp`).
    Department(usize, &'static str),
    /// The Government.
    Government,
    /// The Prime Minister.
    PrimeMinister,
    /// A ministry or the Government Office.
    Ministry(&'static str),
    /// The National Assembly (laws).
    Assembly,
}

impl Issuer {
    /// A canonical, unambiguous name of the issuer, used as metadata.
    pub(crate) fn identity(&self) -> String {
        use super::geo::PROVINCES;
        let prov = |p: usize| format!("{} {}", PROVINCES[p].kind, PROVINCES[p].name);
        let unit = |pl: &Place| match pl.commune {
            Some(_) => format!(
                "{}, {}, {}",
                pl.full_name(),
                pl.parent().full_name(),
                prov(pl.province)
            ),
            None => format!("{}, {}", pl.full_name(), prov(pl.province)),
        };
        match self {
            Issuer::Unit(pl) => format!("UBND {}", unit(pl)),
            Issuer::Chair(pl) => format!("Chủ tịch UBND {}", unit(pl)),
            Issuer::Party(pl) if pl.commune.is_some() => format!("Đảng ủy {}", unit(pl)),
            Issuer::Party(pl) => {
                let body = match pl.kind_name().0 {
                    "huyện" => "Huyện ủy",
                    "quận" => "Quận ủy",
                    "thành phố" => "Thành ủy",
                    _ => "Thị ủy",
                };
                format!("{body} {}", unit(pl))
            }
            Issuer::Office(pl, o) => format!("{o} {}", unit(pl)),
            Issuer::Province(p) => format!("UBND {}", prov(*p)),
            Issuer::ProvinceChair(p) => format!("Chủ tịch UBND {}", prov(*p)),
            Issuer::ProvinceCouncil(p) => format!("HĐND {}", prov(*p)),
            Issuer::ProvinceParty(p) => format!("Tỉnh ủy {}", prov(*p)),
            Issuer::Department(p, d) => format!("{d} {}", prov(*p)),
            Issuer::Government => "Chính phủ".to_string(),
            Issuer::PrimeMinister => "Thủ tướng Chính phủ".to_string(),
            Issuer::Ministry(m) => (*m).to_string(),
            Issuer::Assembly => "Quốc hội".to_string(),
        }
    }
}

/// One issued document.
#[derive(Debug, Clone)]
pub(crate) struct Doc {
    /// `Kế hoạch`, `Quyết định`, `Công văn`, `Nghị định`, `Luật` …
    pub type_name: &'static str,
    /// `05`, `14a`, `160`.
    pub number: String,
    /// The year written in a legal document's code (`61/2018/NĐ-CP`).
    pub code_year: Option<u16>,
    /// `KH`, `QĐ`, `NĐ`; empty for an official letter.
    pub type_code: &'static str,
    /// `UBND`, `CP`, `ĐU`, `SNV`.
    pub issuer_code: &'static str,
    /// The drafting unit of an official letter (`NV` in `118/UBND-NV`).
    pub drafting: &'static str,
    pub grammar: Grammar,
    pub issuer: Issuer,
    pub date: Date,
    /// What it is about, without `về việc`.
    pub subject: String,
    /// A short tag used to pick a document that fits a sentence.
    pub topic: &'static str,
}

impl Doc {
    /// The canonical code: `05/KH-UBND`, `118/UBND-NV`, `61/2018/NĐ-CP`,
    /// `160-KH/ĐU`; for a law, its name.
    pub(crate) fn code(&self) -> String {
        match self.grammar {
            Grammar::Administrative => {
                format!("{}/{}-{}", self.number, self.type_code, self.issuer_code)
            }
            Grammar::OfficialLetter => {
                format!("{}/{}-{}", self.number, self.issuer_code, self.drafting)
            }
            Grammar::Legal => format!(
                "{}/{}/{}-{}",
                self.number,
                self.code_year.unwrap_or(self.date.year),
                self.type_code,
                self.issuer_code
            ),
            Grammar::Party => format!("{}-{}/{}", self.number, self.type_code, self.issuer_code),
            Grammar::LawByName => self.subject.clone(),
            Grammar::LawByNumber | Grammar::Assembly => format!(
                "{}/{}/{}",
                self.number,
                self.code_year.unwrap_or(self.date.year),
                self.issuer_code
            ),
        }
    }
}

fn num(n: u32) -> String {
    format!("{n:02}")
}

#[allow(clippy::too_many_arguments)]
fn doc(
    type_name: &'static str,
    number: String,
    type_code: &'static str,
    issuer_code: &'static str,
    grammar: Grammar,
    issuer: Issuer,
    date: Date,
    subject: String,
    topic: &'static str,
) -> Doc {
    Doc {
        type_name,
        number,
        code_year: None,
        type_code,
        issuer_code,
        drafting: "",
        grammar,
        issuer,
        date,
        subject,
        topic,
    }
}

fn letter(
    number: u32,
    issuer_code: &'static str,
    drafting: &'static str,
    issuer: Issuer,
    date: Date,
    subject: String,
    topic: &'static str,
) -> Doc {
    Doc {
        drafting,
        ..doc(
            "Công văn",
            number.to_string(),
            "",
            issuer_code,
            Grammar::OfficialLetter,
            issuer,
            date,
            subject,
            topic,
        )
    }
}

#[allow(clippy::too_many_arguments)]
fn legal(
    type_name: &'static str,
    number: &str,
    code_year: u16,
    type_code: &'static str,
    issuer_code: &'static str,
    issuer: Issuer,
    date: Date,
    subject: &str,
    topic: &'static str,
) -> Doc {
    Doc {
        code_year: Some(code_year),
        ..doc(
            type_name,
            number.to_string(),
            type_code,
            issuer_code,
            Grammar::Legal,
            issuer,
            date,
            subject.to_string(),
            topic,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synth::PeriodKind;
    use crate::synth::geo::all_units;

    #[test]
    fn unit_docs_are_deterministic_and_number_plans_from_one() {
        let c = all_units()
            .into_iter()
            .find(|u| u.commune.is_some())
            .expect("a commune");
        let a = unit_docs(9, c, 2023);
        let b = unit_docs(9, c, 2023);
        assert_eq!(
            a.iter().map(Doc::code).collect::<Vec<_>>(),
            b.iter().map(Doc::code).collect::<Vec<_>>()
        );
        assert!(a.iter().any(|d| d.code() == "01/KH-UBND"));
        assert!(a.iter().any(|d| d.topic == "cchc" && d.type_code == "KH"));
    }

    #[test]
    fn plan_numbers_and_dates_rise_together() {
        for unit in all_units() {
            for year in [2019, 2022, 2025] {
                let docs = unit_docs(u64::from(year) * 7, unit, year);
                let mut plans: Vec<(u32, Date)> = docs
                    .iter()
                    .filter(|d| {
                        d.type_code == "KH" && d.date.year == year && d.issuer == Issuer::Unit(unit)
                    })
                    .map(|d| {
                        (
                            d.number.trim_end_matches('a').parse().expect("numeric"),
                            d.date,
                        )
                    })
                    .collect();
                plans.sort();
                assert!(
                    plans.windows(2).all(|w| w[0].1 <= w[1].1),
                    "{unit:?} {year}: {plans:?}"
                );
            }
        }
    }

    #[test]
    fn codes_follow_the_four_grammars() {
        let n = national(2024);
        let codes: Vec<String> = n.iter().map(Doc::code).collect();
        assert!(codes.contains(&"61/2018/NĐ-CP".to_string()));
        assert!(codes.contains(&"06/QĐ-TTg".to_string()));
        assert!(codes.contains(&"Luật Tổ chức chính quyền địa phương".to_string()));
        let c = all_units()
            .into_iter()
            .find(|u| u.commune.is_some())
            .expect("a commune");
        let letter = request_letter(1, c, 2024, PeriodKind::Quarter(3));
        assert!(letter.code().ends_with("/UBND-NV"), "{}", letter.code());
        let p = province_docs(1, 0, 2024);
        assert!(p.iter().any(|d| d.code().ends_with("-CTr/TU")));
        assert!(p.iter().any(|d| d.code().ends_with("/2023/NQ-HĐND")));
    }

    #[test]
    fn siblings_share_the_request_letter() {
        let units = all_units();
        let mut communes = units
            .iter()
            .filter(|u| u.commune.is_some() && u.province == 0 && u.district == 0);
        let a = communes.next().expect("first commune");
        let b = communes.next().expect("second commune");
        let la = request_letter(4, *a, 2022, PeriodKind::SixMonths);
        let lb = request_letter(4, *b, 2022, PeriodKind::SixMonths);
        assert_eq!((la.code(), la.date), (lb.code(), lb.date));
    }
}
