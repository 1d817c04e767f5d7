//! A document being written: its page, its random stream and the citations written so far.

use super::super::cite::{Opts, render};
use super::super::date::Date;
use super::super::geo::{PROVINCES, Place};
use super::super::page::Page;
use super::super::registry::{Doc, Issuer};
use super::super::rng::Rng;
use super::super::{Citation, CitationForm, DateForm, Grammar};

/// What a writer of one kind hands back.
pub(super) struct Written {
    pub text: String,
    pub number: Option<String>,
    pub date: Date,
    pub blank_day: bool,
    pub issuer: String,
    pub signer: String,
    pub role: String,
    pub citations: Vec<Citation>,
}

/// A document cited in a grammar the registry does not write (a resolution of the
/// Assembly, a Youth Union plan, a department's submission).
pub(super) struct Cited<'a> {
    /// `Nghị quyết`, `Tờ trình`; for a law by number, the law's name.
    pub type_name: &'a str,
    /// `202/2025/QH15`.
    pub code: String,
    pub grammar: Grammar,
    /// The issuer as the parser names it (`Quốc hội`).
    pub issuer: String,
    /// Written after the code and date (`của Quốc hội`), when it is.
    pub phrase: Option<String>,
    pub date: Option<Date>,
    pub subject: Option<&'a str>,
}

/// A document in progress.
pub(super) struct Draft<'a> {
    pub rng: &'a mut Rng,
    pub page: Page,
    pub citations: Vec<Citation>,
    /// The unit that cites registry documents (a district of the document's province).
    pub reporter: Place,
    /// The date of the document: nothing later is cited.
    pub date: Date,
}

impl<'a> Draft<'a> {
    pub(super) fn new(rng: &'a mut Rng, reporter: Place, date: Date) -> Self {
        let word = rng.chance(0.3);
        let sep = if rng.chance(0.7) { "\n\n" } else { "\n" };
        Draft {
            rng,
            page: Page {
                out: String::with_capacity(8_000),
                word,
                sep,
            },
            citations: Vec::new(),
            reporter,
            date,
        }
    }

    /// Cites a registry document in one of its written forms, with its issuer.
    pub(super) fn cite(&mut self, doc: &Doc, subject: bool) -> String {
        // A subject that names another document (`… của Nghị định số 61/2018/NĐ-CP`) would
        // be a citation the oracle does not hold.
        let subject = subject && !doc.subject.contains('/');
        let (text, mut citation) = render(
            doc,
            self.reporter,
            self.rng,
            Opts {
                self_issuer: true,
                subject,
            },
        );
        if let Issuer::ProvinceParty(p) = doc.issuer {
            // Written `của Ban Thường vụ Tỉnh ủy`: the standing committee issued it.
            let body = if PROVINCES[p].kind == "tỉnh" {
                "Tỉnh ủy"
            } else {
                "Thành ủy"
            };
            citation.issuer = format!("Ban Thường vụ {body} {}", PROVINCES[p].name);
        }
        self.citations.push(citation);
        text
    }

    /// Cites a registry document at an article, clause or point (`khoản 2 Điều 3 …`).
    pub(super) fn cite_at(&mut self, doc: &Doc) -> String {
        let article = self.rng.range(1, 12);
        let pin = match self.rng.below(3) {
            0 => format!("Điều {article}"),
            1 => format!("khoản {} Điều {article}", self.rng.range(1, 5)),
            _ => format!(
                "điểm {} khoản {} Điều {article}",
                ["a", "b", "c", "d"][self.rng.below(4)],
                self.rng.range(1, 5)
            ),
        };
        let text = self.cite(doc, false);
        if let Some(c) = self.citations.last_mut() {
            c.pinpoint = Some(pin.clone());
        }
        format!("{pin} {text}")
    }

    /// Cites a document of a grammar the registry does not hold.
    pub(super) fn cite_new(&mut self, c: Cited<'_>) -> String {
        let mut out = format!("{} số {}", c.type_name, c.code);
        let date_form = match c.date {
            Some(d) if self.rng.chance(0.5) => {
                out.push_str(&format!(" ngày {}", d.slash()));
                DateForm::Slash
            }
            Some(d) => {
                out.push_str(&format!(" ngày {}", d.words()));
                DateForm::Words
            }
            None => DateForm::Absent,
        };
        if let Some(p) = &c.phrase {
            out.push(' ');
            out.push_str(p);
        }
        if let Some(s) = c.subject {
            out.push_str(" về ");
            out.push_str(s);
        }
        self.citations.push(Citation {
            code: c.code,
            grammar: c.grammar,
            form: CitationForm::Standard,
            date_form,
            comma_before_date: false,
            issuer: c.issuer,
            issued: c.date.unwrap_or(self.date),
            self_issued: false,
            pinpoint: None,
        });
        out
    }

    /// Up to `k` of `docs` issued before the document, in a random order without repeats.
    pub(super) fn some<'d>(&mut self, docs: &'d [Doc], k: usize) -> Vec<&'d Doc> {
        let fit: Vec<&Doc> = docs.iter().filter(|d| d.date < self.date).collect();
        let picked = self.rng.sample(fit.len(), k);
        picked.into_iter().map(|i| fit[i]).collect()
    }

    /// The finished document.
    pub(super) fn finish(self, head: Head) -> Written {
        Written {
            text: self.page.out,
            number: head.number,
            date: self.date,
            blank_day: head.blank_day,
            issuer: head.issuer,
            signer: head.signer,
            role: head.role.join(" "),
            citations: self.citations,
        }
    }
}

/// Who wrote a document and how it is numbered.
pub(super) struct Head {
    pub number: Option<String>,
    pub blank_day: bool,
    pub issuer: String,
    pub signer: String,
    pub role: Vec<String>,
}

/// A date in `year`, no later than mid-2025 and not in the first days of January.
pub(super) fn date_in(rng: &mut Rng, year: u16) -> Date {
    let last = if year >= 2025 { 6 } else { 12 };
    Date::random_months(rng, year, 2, last, 1, 28)
}
