//! The state of one report being written: its unit, period, statistics,
//! the documents it can cite, and the slot filling of sentence templates.

use super::cite::{self, Opts};
use super::date::Date;
use super::geo::{PROVINCES, Place};
use super::registry::{self, Doc};
use super::rng::Rng;
use super::{Citation, PeriodKind, roman};

/// Numbers a report states; the body and the appendix use the same ones.
#[derive(Debug, Clone)]
pub(crate) struct Stats {
    pub hs_total: u32,
    pub hs_online: u32,
    pub hs_late: u32,
    pub tthc: u32,
    pub bien_che: u32,
    pub bc_present: u32,
    pub vb_di: u32,
    pub hoa_giai: u32,
    pub hoa_giai_ok: u32,
    pub buoi: u32,
    pub luot: u32,
    pub pakn: u32,
    pub trained: u32,
    pub digitised_pct: u32,
    pub directives: u32,
    pub inspections: u32,
}

impl Stats {
    fn new(rng: &mut Rng, district: bool, year: u16, period: PeriodKind) -> Self {
        let months = match period {
            PeriodKind::Quarter(_) => 3,
            PeriodKind::SixMonths => 6,
            PeriodKind::NineMonths => 9,
            PeriodKind::Year => 12,
        };
        let scale = if district { 9 } else { 1 };
        let hs_total = rng.range(15, 90) * months * scale;
        // Online filing grew from a few percent in 2019 to most files in 2024.
        let online_lo = (u32::from(year.saturating_sub(2019)) * 15).min(70);
        let online_pct = rng.range(online_lo + 3, (online_lo + 30).min(100));
        let hs_online = hs_total * online_pct / 100;
        let hs_late = if rng.chance(0.7) {
            0
        } else {
            rng.range(1, 4) * scale
        };
        let bien_che = if district {
            rng.range(60, 140)
        } else {
            rng.range(18, 23)
        };
        let hoa_giai = rng.range(0, 12);
        Stats {
            hs_total,
            hs_online,
            hs_late,
            tthc: if district {
                rng.range(240, 330)
            } else {
                rng.range(95, 140)
            },
            bien_che,
            bc_present: bien_che - rng.range(0, 2),
            vb_di: rng.range(40, 160) * months / 3 * scale.min(4),
            hoa_giai,
            hoa_giai_ok: hoa_giai.saturating_sub(rng.range(0, 2)),
            buoi: rng.range(2, 12) * months / 3,
            luot: rng.range(80, 600) * months / 3,
            pakn: rng.range(0, 3),
            trained: rng.range(2, 15),
            digitised_pct: rng.range(60, 100),
            directives: rng.range(8, 40),
            inspections: rng.range(1, 4),
        }
    }
}

/// `97,58%` (a Vietnamese decimal comma); `100%` when whole.
pub(crate) fn percent(part: u32, whole: u32) -> String {
    if whole == 0 || part >= whole {
        return "100%".to_string();
    }
    let hundredths = (u64::from(part) * 10_000 / u64::from(whole)) as u32;
    if hundredths.is_multiple_of(100) {
        format!("{}%", hundredths / 100)
    } else {
        format!("{},{:02}%", hundredths / 100, hundredths % 100)
    }
}

/// How the period is spelled in this report.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Spelling(pub u8);

pub(crate) fn period_label(kind: PeriodKind, year: u16, spelling: Spelling) -> String {
    match kind {
        PeriodKind::Quarter(q) => match spelling.0 % 5 {
            0 => format!("Quý {} năm {year}", roman(q)),
            1 => format!("quý {}/{year}", roman(q)),
            2 => format!("quý {q} năm {year}", q = q),
            3 => format!("quý {} năm {year}", roman(q)),
            _ => format!("Quý {q}/{year}", q = q),
        },
        PeriodKind::SixMonths if spelling.0 % 3 == 2 => format!("6 tháng năm {year}"),
        PeriodKind::SixMonths => format!("6 tháng đầu năm {year}"),
        PeriodKind::NineMonths if spelling.0 % 3 == 2 => format!("9 tháng năm {year}"),
        PeriodKind::NineMonths => format!("9 tháng đầu năm {year}"),
        PeriodKind::Year => format!("năm {year}"),
    }
}

fn next_label(kind: PeriodKind, year: u16) -> String {
    match kind {
        PeriodKind::Quarter(q @ 1..=3) => format!("quý {} năm {year}", roman(q + 1)),
        PeriodKind::SixMonths => format!("6 tháng cuối năm {year}"),
        PeriodKind::NineMonths => format!("3 tháng cuối năm {year}"),
        _ => format!("năm {}", year + 1),
    }
}

/// One report in progress.
pub(crate) struct Writer {
    pub seed: u64,
    pub rng: Rng,
    pub place: Place,
    pub year: u16,
    pub period: PeriodKind,
    pub spelling: Spelling,
    pub date: Date,
    pub stats: Stats,
    pub own: Vec<Doc>,
    pub above: Vec<Doc>,
    pub province: Vec<Doc>,
    pub national: Vec<Doc>,
    pub citations: Vec<Citation>,
    /// The statistics appendix's values, as written.
    pub figures: Vec<super::AppendixFigure>,
    pub committee: &'static str,
    /// Set when a citation slot found no document to cite.
    missing: bool,
}

impl Writer {
    pub(crate) fn new(seed: u64, index: u64, place: Place, year: u16, period: PeriodKind) -> Self {
        let mut rng = Rng::derive(&[seed, index, place.id(), u64::from(year), 21]);
        let date = report_date(&mut rng, year, period);
        let district = place.commune.is_none();
        let stats = Stats::new(&mut rng, district, year, period);
        let mut own = registry::unit_docs(seed, place, year);
        if matches!(period, PeriodKind::Quarter(1)) {
            own.extend(
                registry::unit_docs(seed, place, year - 1)
                    .into_iter()
                    .filter(|d| d.date.year == year - 1 && d.date.month >= 10),
            );
        }
        let province = registry::province_docs(seed, place.province, year);
        let above = if district {
            province.clone()
        } else {
            registry::unit_docs(seed, place.parent(), year)
        };
        let spelling = Spelling(rng.below(5) as u8);
        let committee = if rng.chance(0.7) {
            "UBND"
        } else {
            "Ủy ban nhân dân"
        };
        Writer {
            seed,
            rng,
            place,
            year,
            period,
            spelling,
            date,
            stats,
            own,
            above,
            province,
            national: registry::national(year),
            citations: Vec::new(),
            figures: Vec::new(),
            committee,
            missing: false,
        }
    }

    /// The period as spelled in this report.
    pub(crate) fn period_text(&self) -> String {
        period_label(self.period, self.year, self.spelling)
    }

    pub(crate) fn lvl(&self) -> &'static str {
        self.place.kind_name().0
    }

    /// `UBND huyện Bạch Thông` / `UBND tỉnh Bắc Kạn`: the level above.
    pub(crate) fn parent_name(&self) -> String {
        match self.place.commune {
            Some(_) => format!("{} {}", self.committee, self.place.parent().full_name()),
            None => {
                let p = self.place.province();
                format!("{} {} {}", self.committee, p.kind, p.name)
            }
        }
    }

    /// `Phòng Nội vụ huyện Bạch Thông` / `Sở Nội vụ tỉnh Bắc Kạn`.
    pub(crate) fn dept_name(&self) -> String {
        match self.place.commune {
            Some(_) => format!("Phòng Nội vụ {}", self.place.parent().full_name()),
            None => {
                let p = self.place.province();
                format!("Sở Nội vụ {} {}", p.kind, p.name)
            }
        }
    }

    /// `thôn`, `tổ dân phố`, or for a district `xã, thị trấn`.
    fn village(&self) -> String {
        match self.place.commune {
            Some(_) if self.lvl() == "xã" => "thôn".to_string(),
            Some(_) => "tổ dân phố".to_string(),
            None => {
                let mut kinds: Vec<&str> = Vec::new();
                for k in ["xã", "phường", "thị trấn"] {
                    if self
                        .place
                        .district()
                        .communes
                        .iter()
                        .any(|(kk, _)| *kk == k)
                    {
                        kinds.push(k);
                    }
                }
                kinds.join(", ")
            }
        }
    }

    /// Cites a document: appends its text and records what it means.
    pub(crate) fn cite(&mut self, doc: &Doc, opts: Opts) -> String {
        let (text, citation) = cite::render(doc, self.place, &mut self.rng, opts);
        self.citations.push(citation);
        text
    }

    /// Cites a document by its code alone (a table cell) and records it.
    pub(crate) fn cite_bare(&mut self, doc: &Doc) -> String {
        self.citations.push(Citation {
            code: doc.code(),
            grammar: doc.grammar,
            form: super::CitationForm::Bare,
            date_form: super::DateForm::SlashPadded,
            comma_before_date: false,
            issuer: doc.issuer.identity(),
            issued: doc.date,
            self_issued: true,
            pinpoint: None,
        });
        doc.code()
    }

    fn pick(&mut self, source: &str, topic: Option<&str>) -> Option<Doc> {
        let date = self.date;
        let list: &[Doc] = match source {
            "own" => &self.own,
            "dist" => &self.above,
            "provdoc" => &self.province,
            _ => &self.national,
        };
        let fits: Vec<&Doc> = list
            .iter()
            .filter(|d| d.date <= date && topic.is_none_or(|t| d.topic == t))
            .filter(|d| {
                source != "law"
                    || matches!(
                        d.grammar,
                        super::Grammar::LawByName | super::Grammar::LawByNumber
                    )
            })
            .filter(|d| d.grammar != super::Grammar::Party)
            .collect();
        if fits.is_empty() {
            return None;
        }
        Some(fits[self.rng.below(fits.len())].clone())
    }

    fn party_doc(&mut self) -> Option<Doc> {
        let mut docs: Vec<Doc> = self
            .own
            .iter()
            .chain(self.province.iter())
            .chain(self.national.iter())
            .filter(|d| d.grammar == super::Grammar::Party && d.date <= self.date)
            .cloned()
            .collect();
        if docs.is_empty() {
            return None;
        }
        let i = self.rng.below(docs.len());
        Some(docs.swap_remove(i))
    }

    /// A district report citing a document of one of its communes.
    fn sub_doc(&mut self) -> Option<String> {
        let communes = self.place.district().communes.len();
        let c = Place {
            commune: Some(self.rng.below(communes)),
            ..self.place
        };
        let docs = registry::unit_docs(self.seed, c, self.year);
        let fits: Vec<&Doc> = docs
            .iter()
            .filter(|d| d.date <= self.date && d.type_code == "KH")
            .collect();
        if fits.is_empty() {
            return None;
        }
        let doc = fits[self.rng.below(fits.len())].clone();
        Some(self.cite(
            &doc,
            Opts {
                self_issuer: true,
                subject: true,
            },
        ))
    }

    /// Fills a sentence template, or gives `None` (and forgets its
    /// citations) when one of its documents does not exist yet at the
    /// report's date: the sentence is then left out.
    pub(crate) fn try_fill(&mut self, template: &str) -> Option<String> {
        let mark = self.citations.len();
        self.missing = false;
        let text = self.fill(template);
        if self.missing {
            self.citations.truncate(mark);
            None
        } else {
            Some(text)
        }
    }

    /// Fills the `{slot}`s of a template; a missing document is replaced by
    /// a generic phrase.
    pub(crate) fn fill(&mut self, template: &str) -> String {
        let mut out = String::with_capacity(template.len() + 64);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let Some(close) = rest[open..].find('}') else {
                out.push_str(&rest[open..]);
                return out;
            };
            let key = &rest[open + 1..open + close];
            let value = self.slot(key);
            out.push_str(&value);
            rest = &rest[open + close + 1..];
        }
        out.push_str(rest);
        out
    }

    fn slot(&mut self, key: &str) -> String {
        if key.contains('|') {
            let words: Vec<&str> = key.split('|').collect();
            return words[self.rng.below(words.len())].to_string();
        }
        let s = self.stats.clone();
        let (source, topic) = match key.split_once(':') {
            Some((a, b)) => (a, Some(b)),
            None => (key, None),
        };
        match source {
            "own" | "dist" | "provdoc" | "nat" | "law" => {
                let subject = source != "law" && self.rng.chance(0.75);
                match self.pick(source, topic) {
                    Some(doc) => {
                        let self_issuer = source == "own" && self.rng.chance(0.3);
                        self.cite(
                            &doc,
                            Opts {
                                self_issuer,
                                subject,
                            },
                        )
                    }
                    None => {
                        self.missing = true;
                        "các văn bản hướng dẫn hiện hành".to_string()
                    }
                }
            }
            "party" => match self.party_doc() {
                Some(doc) => self.cite(
                    &doc,
                    Opts {
                        self_issuer: true,
                        subject: true,
                    },
                ),
                None => {
                    self.missing = true;
                    "các văn bản chỉ đạo của cấp ủy".to_string()
                }
            },
            "sub" => self.sub_doc().unwrap_or_else(|| {
                self.missing = true;
                "các xã đã ban hành kế hoạch đúng thời hạn".to_string()
            }),
            "unit" => self.place.full_name(),
            "lvl" => self.lvl().to_string(),
            "UBND" => format!("{} {}", self.committee, self.lvl()),
            "parent" => self.parent_name(),
            "dept" => self.dept_name(),
            "tinh" => {
                let p = &PROVINCES[self.place.province];
                format!("{} {}", p.kind, p.name)
            }
            "village" => self.village(),
            "period" => self.period_text(),
            "next" => next_label(self.period, self.year),
            "year" => self.year.to_string(),
            "prev_year" => (self.year - 1).to_string(),
            "next_year" => (self.year + 1).to_string(),
            "task_year" => match self.period {
                PeriodKind::Year | PeriodKind::Quarter(4) => self.year + 1,
                _ => self.year,
            }
            .to_string(),
            "fine" => format!(
                "{}.{:03}.000",
                self.rng.range(1, 40),
                self.rng.range(0, 9) * 100
            ),
            "n" => format!("{:02}", self.rng.range(1, 9)),
            "n2" => self.rng.range(3, 40).to_string(),
            "directives" => s.directives.to_string(),
            "m" => self.rng.range(12, 260).to_string(),
            "pct" => percent(self.rng.range(8_500, 10_000), 10_000),
            "pct0" => self.rng.range(60, 95).to_string(),
            "money" => {
                let m = self.rng.range(350, 48_000);
                format!("{}.{:03}", m / 1000, m % 1000)
                    .trim_start_matches("0.")
                    .to_string()
            }
            "hs_total" => s.hs_total.to_string(),
            "hs_online" => s.hs_online.to_string(),
            "hs_ontime" => (s.hs_total - s.hs_late.min(s.hs_total)).to_string(),
            "hs_late" => format!("{:02}", s.hs_late),
            "pct_ontime" => percent(s.hs_total - s.hs_late.min(s.hs_total), s.hs_total),
            "pct_online" => percent(s.hs_online, s.hs_total),
            "tthc" => s.tthc.to_string(),
            "bien_che" => s.bien_che.to_string(),
            "bc_present" => s.bc_present.to_string(),
            "vb_di" => s.vb_di.to_string(),
            "hoa_giai" => format!("{:02}", s.hoa_giai),
            "hoa_giai_ok" => format!("{:02}", s.hoa_giai_ok),
            "pct_hoa_giai" => percent(s.hoa_giai_ok, s.hoa_giai),
            "buoi" => format!("{:02}", s.buoi),
            "luot" => s.luot.to_string(),
            "sat" => percent(self.rng.range(9_500, 10_000), 10_000),
            "pakn" => format!("{:02}", s.pakn),
            _ => String::new(),
        }
    }
}

/// The day a report for `period` is dated.
fn report_date(rng: &mut Rng, year: u16, period: PeriodKind) -> Date {
    match period {
        PeriodKind::Quarter(1) => Date::random_in(rng, year, 3, 10, 28),
        PeriodKind::Quarter(2) | PeriodKind::SixMonths => Date::random_in(rng, year, 6, 5, 25),
        PeriodKind::Quarter(3) | PeriodKind::NineMonths if rng.chance(0.3) => {
            Date::random_in(rng, year, 8, 20, 31)
        }
        PeriodKind::Quarter(3) | PeriodKind::NineMonths => Date::random_in(rng, year, 9, 3, 25),
        _ if rng.chance(0.2) => Date::random_in(rng, year, 11, 25, 30),
        _ => Date::random_in(rng, year, 12, 3, 25),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_uses_a_decimal_comma() {
        assert_eq!(percent(9758, 10_000), "97,58%");
        assert_eq!(percent(5, 5), "100%");
        assert_eq!(percent(1, 2), "50%");
        assert_eq!(percent(3, 0), "100%");
        assert_eq!(percent(1, 3), "33,33%");
    }

    #[test]
    fn a_sentence_whose_document_is_missing_is_left_out() {
        let place = crate::synth::geo::all_units()[1];
        let mut w = Writer::new(3, 0, place, 2023, PeriodKind::Quarter(1));
        let before = w.citations.len();
        assert_eq!(w.try_fill("Theo {nat:motcua} và {own:khong-co}."), None);
        assert_eq!(
            w.citations.len(),
            before,
            "the dropped sentence's citations are forgotten"
        );
        let kept = w.try_fill("Theo {nat:motcua}.").expect("decree 61 exists");
        assert!(kept.contains("61"), "{kept}");
        assert_eq!(w.citations.len(), before + 1);
        assert!(w.fill("{own:khong-co}").contains("văn bản"));
    }

    #[test]
    fn period_spellings() {
        let q = PeriodKind::Quarter(3);
        assert_eq!(period_label(q, 2024, Spelling(0)), "Quý III năm 2024");
        assert_eq!(period_label(q, 2020, Spelling(1)), "quý III/2020");
        assert_eq!(period_label(q, 2023, Spelling(2)), "quý 3 năm 2023");
        assert_eq!(
            period_label(PeriodKind::SixMonths, 2024, Spelling(0)),
            "6 tháng đầu năm 2024"
        );
        assert_eq!(
            period_label(PeriodKind::NineMonths, 2021, Spelling(1)),
            "9 tháng đầu năm 2021"
        );
        assert_eq!(
            period_label(PeriodKind::Year, 2023, Spelling(4)),
            "năm 2023"
        );
    }
}
