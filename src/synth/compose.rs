//! Which report is written for which unit and period, and the layout of
//! its opening: header, number and date, title, recipients and basis. The
//! body, the closing and the appendices are in `body`, `signature` and
//! `appendix`.

use super::appendix::appendix;
use super::body::body;
use super::cite::Opts;
use super::geo::{Place, all_units};
use super::page::{Page, upper};
use super::quirks;
use super::registry;
use super::rng::Rng;
use super::signature::closing;
use super::writer::Writer;
use super::{PeriodKind, Quirks, SyntheticReport, TableLayout, Unit, UnitLevel};

/// Which unit and period report `i` is about, for one seed.
pub(crate) struct Plan {
    seed: u64,
    combos: Vec<(Place, u16, PeriodKind)>,
}

impl Plan {
    /// Every (unit, year, period) of 2019–mid 2025, visited in a
    /// seed-dependent order without repetition until all are used.
    pub(crate) fn new(seed: u64) -> Self {
        let mut combos = Vec::new();
        for place in all_units() {
            for year in 2019..=2025u16 {
                for kind in PeriodKind::ALL {
                    let before_reform = matches!(
                        kind,
                        PeriodKind::Quarter(1) | PeriodKind::Quarter(2) | PeriodKind::SixMonths
                    );
                    if year < 2025 || before_reform {
                        combos.push((place, year, kind));
                    }
                }
            }
        }
        let mut rng = Rng::derive(&[seed, 31]);
        for i in (1..combos.len()).rev() {
            let j = rng.below(i + 1);
            combos.swap(i, j);
        }
        Plan { seed, combos }
    }

    /// How many distinct (unit, year, period) there are; report `i` and
    /// report `i + len()` are about the same unit and period.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.combos.len()
    }

    /// Report number `index`.
    pub(crate) fn report(&self, index: usize) -> SyntheticReport {
        let (place, year, period) = self.combos[index % self.combos.len()];
        let writer = Writer::new(self.seed, index as u64, place, year, period);
        compose(writer, index)
    }
}

fn choose_quirks(rng: &mut Rng) -> Quirks {
    let pdf = rng.chance(0.12);
    Quirks {
        nfd: !pdf && rng.chance(0.1),
        pdf,
        word: !pdf && rng.chance(0.3),
        old_tone: rng.chance(0.2),
        footnotes: rng.chance(0.12),
        table: None,
    }
}

fn compose(mut w: Writer, index: usize) -> SyntheticReport {
    let mut q = choose_quirks(&mut w.rng);
    let sep = if w.rng.chance(0.7) { "\n\n" } else { "\n" };
    let mut page = Page {
        out: String::with_capacity(24_000),
        word: q.word,
        sep,
    };
    let number = if w.rng.chance(0.15) {
        None
    } else {
        let base = match w.period {
            PeriodKind::Quarter(1) => 12,
            PeriodKind::Quarter(2) | PeriodKind::SixMonths => 55,
            PeriodKind::Quarter(3) | PeriodKind::NineMonths => 95,
            _ => 150,
        };
        let scale = if w.place.commune.is_none() { 3 } else { 1 };
        Some((base + w.rng.range(0, 60)) * scale)
    };
    let blank_day = w.rng.chance(0.15);
    // Short, ordinary and long reports: how much of each section is written.
    let (density, appendix_chance, long) = match w.rng.below(100) {
        0..=19 => (0.15 + w.rng.below(15) as f64 / 100.0, 0.25, false),
        20..=74 => (0.4 + w.rng.below(40) as f64 / 100.0, 0.55, false),
        _ => (0.85 + w.rng.below(16) as f64 / 100.0, 0.85, true),
    };
    header(&mut w, &mut page, number, blank_day);
    title(&mut w, &mut page);
    recipients(&mut w, &mut page);
    basis(&mut w, &mut page);
    body(&mut w, &mut page, density, long);
    closing(&mut w, &mut page);
    if w.rng.chance(appendix_chance) {
        let layout = match (q.word, w.rng.below(3)) {
            (true, _) | (false, 0) => TableLayout::Tabs,
            (false, 1) => TableLayout::PipeRow,
            _ => TableLayout::CellPerLine,
        };
        q.table = Some(layout);
        appendix(&mut w, &mut page, number, blank_day, layout, long);
    }
    let mut text = page.out;
    if q.old_tone {
        text = quirks::old_tone(&text);
    }
    if q.footnotes {
        text = quirks::footnotes(&text, &mut w.rng);
    }
    if q.pdf {
        text = quirks::pdf(&text, &mut w.rng);
    }
    if q.nfd {
        text = quirks::nfd(&text);
    }
    let (kind, name) = w.place.kind_name();
    let p = w.place.province();
    let unit = Unit {
        level: if w.place.commune.is_some() {
            UnitLevel::Commune
        } else {
            UnitLevel::District
        },
        kind: kind.to_string(),
        name: name.to_string(),
        district: w.place.parent().full_name(),
        province: format!("{} {}", p.kind, p.name),
    };
    SyntheticReport {
        file_name: format!(
            "{index:05}_{}_{}-{}.txt",
            quirks::slug(&w.place.full_name()),
            w.year,
            w.period.code()
        ),
        text,
        unit,
        year: w.year,
        period: w.period,
        number,
        date: w.date,
        citations: w.citations,
        quirks: q,
        figures: w.figures,
    }
}

fn date_line(w: &Writer, blank_day: bool) -> String {
    let place = w.place.place_name();
    if blank_day {
        let gap = " ".repeat(1 + (w.date.day as usize % 4));
        format!(
            "{place}, ngày{gap}tháng {} năm {}",
            w.date.month, w.date.year
        )
    } else {
        format!(
            "{place}, ngày {:02} tháng {} năm {}",
            w.date.day, w.date.month, w.date.year
        )
    }
}

fn header(w: &mut Writer, page: &mut Page, number: Option<u32>, blank_day: bool) {
    let unit_up = upper(&w.place.full_name());
    let motto = if w.rng.chance(0.2) {
        "Độc lập – Tự do – Hạnh phúc"
    } else {
        "Độc lập - Tự do - Hạnh phúc"
    };
    let nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    let no = match number {
        Some(n) => format!("Số: {n}/BC-UBND"),
        None => format!("Số:{}/BC-UBND", " ".repeat(1 + w.rng.below(6))),
    };
    let date = page.italic(&date_line(w, blank_day));
    match w.rng.below(5) {
        0 => {
            page.line("ỦY BAN NHÂN DÂN");
            page.line(&unit_up);
            page.blank();
            page.line(nation);
            page.line(motto);
            page.blank();
            page.line(&no);
            page.blank();
            page.line(&date);
        }
        1 => {
            page.line(&format!("ỦY BAN NHÂN DÂN {nation}"));
            page.line(&format!("{unit_up} {motto}"));
            page.line(&format!("{no} {date}"));
        }
        2 => {
            page.line(&format!("ỦY BAN NHÂN DÂN\t{nation}"));
            page.line(&format!("{unit_up}\t{motto}"));
            page.blank();
            page.line(&format!("{no}\t{date}"));
        }
        3 if w.place.commune.is_some() => {
            page.line(&format!("UBND {}", upper(&w.place.parent().full_name())));
            page.line(&format!("UBND {unit_up}"));
            page.blank();
            page.line(nation);
            page.line(motto);
            page.line(&no);
            page.line(&date);
        }
        _ => {
            // The header block was lost in conversion, as in many files.
            page.blank();
            page.blank();
            page.line(&no);
            page.blank();
            page.line(&date);
        }
    }
    page.blank();
}

fn title(w: &mut Writer, page: &mut Page) {
    let period = w.period_text();
    let unit = w.place.full_name();
    let lines: Vec<String> = match w.rng.below(6) {
        0 => vec![format!("Công tác cải cách hành chính {period}")],
        1 => vec![format!(
            "Kết quả thực hiện công tác cải cách hành chính {period}"
        )],
        2 => vec![
            format!("Tình hình cải cách hành chính {period}."),
            format!("Phương hướng, nhiệm vụ trọng tâm {}", w.fill("{next}")),
        ],
        3 => vec![format!(
            "Về tổ chức thực hiện công tác cải cách hành chính {period}"
        )],
        4 => vec![
            "Công tác cải cách hành chính".to_string(),
            format!("{period} trên địa bàn {unit}"),
        ],
        _ => vec![
            "Kết quả thực hiện công tác cải cách hành chính".to_string(),
            format!("{unit} {period}"),
        ],
    };
    page.line(&page.bold("BÁO CÁO"));
    let joined = lines.join("\n");
    page.line(&page.bold(&joined));
    page.blank();
}

fn recipients(w: &mut Writer, page: &mut Page) {
    if w.rng.chance(0.4) {
        return;
    }
    let parent = w.parent_name();
    let dept = w.dept_name();
    if w.rng.chance(0.3) {
        page.line(&format!("Kính gửi: {dept}."));
    } else {
        page.line("Kính gửi:");
        page.blank();
        page.line(&format!("- {parent};"));
        page.line(&format!("- {dept}."));
    }
    page.blank();
}

fn basis(w: &mut Writer, page: &mut Page) {
    let letter = registry::request_letter(w.seed, w.place, w.year, w.period);
    let me = format!("{} {}", w.committee, w.place.full_name());
    let period = w.period_text();
    match w.rng.below(4) {
        0 | 1 => {
            let cited = w.cite(
                &letter,
                Opts {
                    self_issuer: false,
                    subject: true,
                },
            );
            if w.rng.chance(0.5) {
                page.para(&format!("Thực hiện {cited}, {me} báo cáo kết quả thực hiện công tác cải cách hành chính {period}, cụ thể như sau:"));
            } else {
                page.para(&format!("Thực hiện {cited}."));
                page.para(&format!(
                    "{me} báo cáo tình hình cải cách hành chính trong {period} cụ thể như sau:"
                ));
            }
        }
        2 => {
            let basis = w.fill("Thực hiện {own:cchc}; {provdoc:cchc}.");
            page.para(&basis);
            page.para(&format!(
                "{me} báo cáo kết quả thực hiện công tác cải cách hành chính {period} như sau:"
            ));
        }
        _ => {
            let plan = w.fill("{own:cchc}");
            page.para(&format!("Thực hiện {plan}, {me} xin báo cáo tình hình thực hiện công tác cải cách hành chính {period} như sau:"));
        }
    }
}
