//! Writing a registry document into running text, in the clean form or in
//! one of the messy forms real reports contain.

use super::geo::{PROVINCES, Place};
use super::registry::{Doc, Issuer};
use super::rng::Rng;
use super::{Citation, CitationForm, DateForm, Grammar};

/// What to write around the code.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Opts {
    /// Write `của …` for a document the reporting unit issued itself.
    pub self_issuer: bool,
    /// Write the subject (`về việc …`).
    pub subject: bool,
}

fn abbreviation(type_name: &str) -> Option<&'static str> {
    Some(match type_name {
        "Nghị định" => "NĐ",
        "Quyết định" => "QĐ",
        "Công văn" => "CV",
        "Thông tư" => "TT",
        "Nghị quyết" => "NQ",
        _ => return None,
    })
}

fn province_name(p: usize) -> String {
    format!("{} {}", PROVINCES[p].kind, PROVINCES[p].name)
}

fn committee(rng: &mut Rng) -> &'static str {
    if rng.chance(0.6) {
        "UBND"
    } else {
        "Ủy ban nhân dân"
    }
}

/// `của UBND huyện Bạch Thông`, `của Chủ tịch UBND tỉnh`, `của Chính phủ` …
pub(crate) fn issuer_phrase(issuer: &Issuer, reporter: Place, rng: &mut Rng) -> String {
    let own_parent = |pl: &Place| reporter.commune.is_some() && reporter.parent() == *pl;
    match issuer {
        Issuer::Unit(pl) if *pl == reporter => {
            let (kind, _) = pl.kind_name();
            if rng.chance(0.5) {
                format!("của {} {kind}", committee(rng))
            } else {
                format!("của {} {}", committee(rng), pl.full_name())
            }
        }
        Issuer::Unit(pl) => {
            if own_parent(pl) && rng.chance(0.2) {
                format!("của {} {}", committee(rng), pl.kind_name().0)
            } else {
                format!("của {} {}", committee(rng), pl.full_name())
            }
        }
        Issuer::Chair(pl) => {
            if rng.chance(0.5) {
                format!("của Chủ tịch {} {}", committee(rng), pl.kind_name().0)
            } else {
                format!("của Chủ tịch {} {}", committee(rng), pl.full_name())
            }
        }
        Issuer::Party(pl) => match pl.commune {
            Some(_) if rng.chance(0.5) => format!("của Đảng ủy {}", pl.kind_name().0),
            Some(_) => format!("của Ban Chấp hành Đảng bộ {}", pl.full_name()),
            None => {
                let body = match pl.kind_name().0 {
                    "huyện" => "Huyện ủy",
                    "thành phố" => "Thành ủy",
                    "quận" => "Quận ủy",
                    _ => "Thị ủy",
                };
                format!("của Ban Thường vụ {body} {}", pl.kind_name().1)
            }
        },
        Issuer::Office(pl, office) => format!("của {office} {}", pl.full_name()),
        Issuer::Province(p) => {
            if rng.chance(0.3) {
                format!("của {} {}", committee(rng), PROVINCES[*p].kind)
            } else {
                format!("của {} {}", committee(rng), province_name(*p))
            }
        }
        Issuer::ProvinceChair(p) => {
            if rng.chance(0.6) {
                format!("của Chủ tịch UBND {}", PROVINCES[*p].kind)
            } else {
                format!("của Chủ tịch {} {}", committee(rng), province_name(*p))
            }
        }
        Issuer::ProvinceCouncil(p) => {
            if rng.chance(0.5) {
                format!("của HĐND {}", PROVINCES[*p].kind)
            } else {
                format!("của Hội đồng nhân dân {}", province_name(*p))
            }
        }
        Issuer::ProvinceParty(p) => {
            let body = if PROVINCES[*p].kind == "tỉnh" {
                "Tỉnh ủy"
            } else {
                "Thành ủy"
            };
            format!("của Ban Thường vụ {body}")
        }
        Issuer::Department(p, d) => {
            if rng.chance(0.5) {
                format!("của {d}")
            } else {
                format!("của {d} {}", province_name(*p))
            }
        }
        Issuer::Government => "của Chính phủ".to_string(),
        Issuer::PrimeMinister => "của Thủ tướng Chính phủ".to_string(),
        Issuer::Ministry(m) => format!("của {m}"),
        Issuer::Assembly => String::new(),
    }
}

fn is_self(issuer: &Issuer, reporter: Place) -> bool {
    matches!(issuer, Issuer::Unit(p) | Issuer::Chair(p) | Issuer::Party(p) if *p == reporter)
}

fn pick_form(doc: &Doc, rng: &mut Rng) -> CitationForm {
    if doc.grammar == Grammar::LawByName {
        return CitationForm::ByName;
    }
    if doc.grammar == Grammar::LawByNumber {
        return CitationForm::Standard;
    }
    let roll = rng.below(100);
    match roll {
        0..=5 => CitationForm::SpacedHyphen,
        6..=11 => CitationForm::SpaceBeforeSlash,
        12..=16 => CitationForm::LineBreak,
        17..=21 => CitationForm::DoubledSo,
        22..=29 => CitationForm::WithoutSo,
        30..=36 if abbreviation(doc.type_name).is_some() => CitationForm::Abbreviated,
        _ => CitationForm::Standard,
    }
}

fn code_text(doc: &Doc, form: CitationForm) -> String {
    let code = doc.code();
    match (form, doc.grammar) {
        (CitationForm::SpacedHyphen, Grammar::Party) => {
            format!("{} - {}/{}", doc.number, doc.type_code, doc.issuer_code)
        }
        (CitationForm::SpacedHyphen, _) => match code.rfind('-') {
            Some(i) => format!("{} - {}", &code[..i], &code[i + 1..]),
            None => code,
        },
        (CitationForm::SpaceBeforeSlash, _) => match code.find('/') {
            Some(i) => format!("{} {}", &code[..i], &code[i..]),
            None => code,
        },
        (CitationForm::LineBreak, Grammar::Party) => match code.find('/') {
            Some(i) => format!("{}\n{}", &code[..=i], &code[i + 1..]),
            None => code,
        },
        (CitationForm::LineBreak, _) => match code.rfind('-') {
            Some(i) => format!("{}\n{}", &code[..=i], &code[i + 1..]),
            None => code,
        },
        _ => code,
    }
}

/// Writes `doc` as cited by `reporter` and returns the text with what it means.
pub(crate) fn render(doc: &Doc, reporter: Place, rng: &mut Rng, opts: Opts) -> (String, Citation) {
    let form = pick_form(doc, rng);
    let date_form = match rng.below(100) {
        0..=44 => DateForm::Slash,
        45..=69 => DateForm::SlashPadded,
        70..=91 => DateForm::Words,
        _ if doc.grammar == Grammar::LawByName => DateForm::Slash,
        _ => DateForm::Absent,
    };
    let comma =
        date_form != DateForm::Absent && doc.grammar != Grammar::LawByName && rng.chance(0.15);
    let mut out = String::with_capacity(160);
    let lower = rng.chance(0.08);
    // An official letter is also called `Văn bản` (`Văn bản số 2001/UBND-NV`).
    let type_name = if doc.type_name == "Công văn" && rng.chance(0.25) {
        "Văn bản"
    } else if doc.grammar == Grammar::LawByNumber {
        // The law's name stands before its number: `Luật Hộ tịch số 60/2014/QH13`.
        doc.subject.as_str()
    } else {
        doc.type_name
    };
    let lower = lower && doc.grammar != Grammar::LawByNumber;
    let type_name = if lower {
        type_name.to_lowercase()
    } else {
        type_name.to_string()
    };
    match form {
        CitationForm::ByName => out.push_str(&doc.subject),
        CitationForm::DoubledSo => {
            out.push_str(&type_name);
            out.push_str(" số số ");
        }
        CitationForm::WithoutSo => {
            out.push_str(&type_name);
            out.push(' ');
        }
        CitationForm::Abbreviated => {
            out.push_str(abbreviation(doc.type_name).unwrap_or(doc.type_name));
            out.push(' ');
        }
        _ => {
            out.push_str(&type_name);
            out.push_str(" số ");
        }
    }
    if form != CitationForm::ByName {
        out.push_str(&code_text(doc, form));
    }
    if comma {
        out.push(',');
    }
    match date_form {
        DateForm::Slash => {
            out.push_str(" ngày ");
            out.push_str(&doc.date.slash());
        }
        DateForm::SlashPadded => {
            out.push_str(" ngày ");
            out.push_str(&doc.date.slash_padded());
        }
        DateForm::Words => {
            out.push_str(" ngày ");
            out.push_str(&doc.date.words());
        }
        DateForm::Absent => {}
    }
    let self_issued = is_self(&doc.issuer, reporter);
    let by_law = matches!(doc.grammar, Grammar::LawByName | Grammar::LawByNumber);
    if (!self_issued || opts.self_issuer) && !by_law {
        out.push(' ');
        out.push_str(&issuer_phrase(&doc.issuer, reporter, rng));
    }
    if opts.subject && !by_law {
        let lead = match rng.below(100) {
            0..=54 => " về việc ",
            55..=69 => " vv ",
            70..=77 => " V/v ",
            _ => " về ",
        };
        let subject = doc.subject.as_str();
        let core = subject
            .strip_prefix("về việc ")
            .or_else(|| subject.strip_prefix("về "))
            .unwrap_or(subject);
        out.push_str(lead);
        out.push_str(core);
    }
    let citation = Citation {
        code: doc.code(),
        grammar: doc.grammar,
        form,
        date_form,
        comma_before_date: comma,
        issuer: doc.issuer.identity(),
        issued: doc.date,
        self_issued,
        pinpoint: None,
    };
    (out, citation)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synth::geo::all_units;
    use crate::synth::registry::{national, unit_docs};

    #[test]
    fn every_form_is_written_as_documented() {
        let c = all_units()
            .into_iter()
            .find(|u| u.commune.is_some())
            .expect("a commune");
        let docs = unit_docs(1, c, 2024);
        let kh = docs
            .iter()
            .find(|d| d.code() == "03/KH-UBND")
            .expect("plan 03");
        assert_eq!(code_text(kh, CitationForm::LineBreak), "03/KH-\nUBND");
        assert_eq!(code_text(kh, CitationForm::SpaceBeforeSlash), "03 /KH-UBND");
        assert_eq!(code_text(kh, CitationForm::SpacedHyphen), "03/KH - UBND");
        let nd = national(2024)
            .into_iter()
            .find(|d| d.code() == "130/2005/NĐ-CP")
            .expect("decree 130");
        assert_eq!(
            code_text(&nd, CitationForm::SpacedHyphen),
            "130/2005/NĐ - CP"
        );
    }

    #[test]
    fn rendering_names_issuer_and_date() {
        let c = all_units()
            .into_iter()
            .find(|u| u.commune.is_some())
            .expect("a commune");
        let nd = national(2024)
            .into_iter()
            .find(|d| d.code() == "61/2018/NĐ-CP")
            .expect("decree 61");
        let mut rng = Rng::new(3);
        for _ in 0..50 {
            let (text, cit) = render(
                &nd,
                c,
                &mut rng,
                Opts {
                    self_issuer: false,
                    subject: true,
                },
            );
            assert!(text.contains("của Chính phủ"), "{text}");
            assert!(text.contains("một cửa liên thông"), "{text}");
            assert_eq!(cit.code, "61/2018/NĐ-CP");
            assert!(!cit.self_issued);
        }
    }
}
