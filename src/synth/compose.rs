//! The layout of a report: header, title, basis, numbered sections,
//! closing, distribution list, signature and appendix.

use super::cite::Opts;
use super::geo::{Place, all_units};
use super::quirks;
use super::registry;
use super::rng::Rng;
use super::text::{self, Area};
use super::writer::{Writer, percent};
use super::{PeriodKind, Quirks, SyntheticReport, TableLayout, Unit, UnitLevel, roman};

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

    /// Report number `index`.
    pub(crate) fn report(&self, index: usize) -> SyntheticReport {
        let (place, year, period) = self.combos[index % self.combos.len()];
        let writer = Writer::new(self.seed, index as u64, place, year, period);
        compose(writer, index)
    }
}

/// Text being laid out, with the Word markup switch.
struct Page {
    out: String,
    word: bool,
    sep: &'static str,
}

impl Page {
    fn line(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push('\n');
    }
    fn para(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push_str(self.sep);
    }
    fn blank(&mut self) {
        self.out.push('\n');
    }
    fn bold(&self, s: &str) -> String {
        if self.word {
            format!("**{s}**")
        } else {
            s.to_string()
        }
    }
    fn italic(&self, s: &str) -> String {
        if self.word {
            format!("<i>{s}</i>")
        } else {
            s.to_string()
        }
    }
}

fn upper(s: &str) -> String {
    s.to_uppercase()
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
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
    header(&mut w, &mut page, number, blank_day);
    title(&mut w, &mut page);
    recipients(&mut w, &mut page);
    basis(&mut w, &mut page);
    body(&mut w, &mut page);
    closing(&mut w, &mut page);
    if w.rng.chance(0.55) {
        let layout = match (q.word, w.rng.below(3)) {
            (true, _) | (false, 0) => TableLayout::Tabs,
            (false, 1) => TableLayout::PipeRow,
            _ => TableLayout::CellPerLine,
        };
        q.table = Some(layout);
        appendix(&mut w, &mut page, number, blank_day, layout);
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

/// Numbering and case of headings, fixed per report.
struct Style {
    upper: bool,
    spaced_roman: bool,
    letters: u8,
    bullets: bool,
    sub_numbered: bool,
}

fn section(page: &mut Page, st: &Style, n: u8, heading: &str) {
    let h = if st.upper {
        upper(heading)
    } else {
        capitalize(heading)
    };
    let dot = if st.spaced_roman { " . " } else { ". " };
    let line = format!("{}{dot}{h}", roman(n));
    page.para(&page.bold(&line));
}

fn letter_label(st: &Style, i: usize) -> String {
    let l = (b'a' + i as u8) as char;
    match st.letters {
        0 => format!("{l},"),
        1 => format!("{l}."),
        _ => format!("{l})"),
    }
}

/// The template without its `[year]` gate, if usable in `year`.
fn usable(template: &'static str, year: u16) -> Option<&'static str> {
    let Some(rest) = template.strip_prefix('[') else {
        return Some(template);
    };
    let (from, rest) = rest.split_once(']')?;
    (from.parse::<u16>().ok()? <= year).then_some(rest)
}

fn sentences(w: &mut Writer, page: &mut Page, st: &Style, pool: &[&'static str], k: usize) {
    let pool: Vec<&str> = pool.iter().filter_map(|t| usable(t, w.year)).collect();
    let picked = w.rng.sample(pool.len(), k);
    let mut buf: Vec<String> = Vec::new();
    for i in picked {
        let s = w.fill(pool[i]);
        if st.bullets {
            let mark = if w.rng.chance(0.15) { "+" } else { "-" };
            page.line(&format!("{mark} {s}"));
        } else {
            buf.push(s);
            if buf.len() >= 2 || w.rng.chance(0.5) {
                page.para(&buf.join(" "));
                buf.clear();
            }
        }
    }
    if !buf.is_empty() {
        page.para(&buf.join(" "));
    }
    if st.bullets {
        page.blank();
    }
}

fn area(w: &mut Writer, page: &mut Page, st: &Style, number: usize, a: &Area, density: f64) {
    let heading = *w.rng.pick(a.headings);
    let heading = if w.year < 2021 && heading.contains("chính quyền số") {
        "Xây dựng và phát triển Chính quyền điện tử"
    } else {
        heading
    };
    page.para(&page.bold(&format!("{number}. {heading}")));
    for (i, part) in a.parts.iter().enumerate() {
        if a.parts.len() > 1 && w.rng.chance(0.35) && i > 0 {
            continue;
        }
        if a.parts.len() > 1 {
            let t = *w.rng.pick(part.titles);
            let label = if st.sub_numbered {
                format!("{number}.{}.", i + 1)
            } else {
                letter_label(st, i)
            };
            page.para(&format!("{label} {t}"));
        }
        let k = ((part.sentences.len() as f64 * density).round() as usize)
            .clamp(1, part.sentences.len());
        sentences(w, page, st, part.sentences, k);
    }
}

fn body(w: &mut Writer, page: &mut Page) {
    let st = Style {
        upper: w.rng.chance(0.65),
        spaced_roman: w.rng.chance(0.1),
        letters: w.rng.below(3) as u8,
        bullets: w.rng.chance(0.35),
        sub_numbered: w.rng.chance(0.5),
    };
    let density = 0.35 + w.rng.below(60) as f64 / 100.0;
    let mut n = 1u8;
    section(page, &st, n, w.rng.pick::<&str>(text::DIRECTION.headings));
    // The early-year documents, listed one per line.
    if w.rng.chance(0.6) {
        let lead = w.fill("Để triển khai thực hiện nhiệm vụ cải cách hành chính năm {year}, {UBND} đã ban hành các văn bản sau:");
        page.para(&lead);
        let mut early: Vec<_> = w
            .own
            .iter()
            .filter(|d| {
                d.date <= w.date
                    && d.date.year == w.year
                    && d.date.month <= 3
                    && d.type_code == "KH"
            })
            .cloned()
            .collect();
        early.truncate(4 + w.rng.below(8));
        let count = early.len();
        for (i, d) in early.iter().enumerate() {
            let c = w.cite(
                d,
                Opts {
                    self_issuer: false,
                    subject: true,
                },
            );
            let end = if i + 1 == count { "." } else { ";" };
            page.line(&format!("- {c}{end}"));
        }
        page.blank();
    }
    for (i, part) in text::DIRECTION.parts.iter().enumerate() {
        if i > 0 && w.rng.chance(0.3) {
            continue;
        }
        let t = *w.rng.pick(part.titles);
        page.para(&format!("{}. {t}", i + 1));
        let k = ((part.sentences.len() as f64 * density).round() as usize)
            .clamp(1, part.sentences.len());
        sentences(w, page, &st, part.sentences, k);
        if i == 0 && w.place.commune.is_none() {
            let k = 2 + w.rng.below(2);
            sentences(w, page, &st, text::DISTRICT_ONLY, k);
        }
    }
    n += 1;
    let results = *w.rng.pick(&[
        "Kết quả thực hiện các nhiệm vụ cải cách hành chính",
        "Kết quả thực hiện công tác cải cách hành chính",
        "Kết quả chủ yếu đạt được",
        "Kết quả thực hiện các nội dung cải cách hành chính",
    ]);
    section(page, &st, n, results);
    let areas = [
        &text::INSTITUTIONS,
        &text::PROCEDURES,
        &text::ORGANISATION,
        &text::CIVIL_SERVICE,
        &text::FINANCE,
        &text::DIGITAL,
    ];
    let skip = if w.rng.chance(0.2) {
        Some(2 + w.rng.below(3))
    } else {
        None
    };
    let mut number = 1;
    for a in areas {
        if Some(number) == skip {
            number += 1; // numbering that jumps, as in real reports
        }
        area(w, page, &st, number, a, density);
        number += 1;
    }
    n += if w.rng.chance(0.15) { 2 } else { 1 };
    section(
        page,
        &st,
        n,
        w.rng.pick::<&str>(&[
            "Đánh giá chung",
            "Đánh giá chung kết quả thực hiện",
            "Đánh giá, nhận xét",
        ]),
    );
    for (i, (title, pool, k)) in [
        ("Ưu điểm", text::STRENGTHS, 2 + w.rng.below(3)),
        (
            *w.rng
                .pick(&["Hạn chế, khó khăn", "Tồn tại, hạn chế", "Hạn chế"]),
            text::WEAKNESSES,
            2 + w.rng.below(2),
        ),
        ("Nguyên nhân", text::CAUSES, 1 + w.rng.below(2)),
    ]
    .into_iter()
    .enumerate()
    {
        page.para(&format!("{}. {title}", i + 1));
        sentences(w, page, &st, pool, k);
    }
    n += 1;
    let next = w.fill("{next}");
    let tasks = w
        .rng
        .pick(&[
            "Phương hướng, nhiệm vụ",
            "Nhiệm vụ trọng tâm",
            "Phương hướng, nhiệm vụ trọng tâm",
        ])
        .to_string();
    section(page, &st, n, &format!("{tasks} {next}"));
    let k = 4 + w.rng.below(5);
    let bullets = Style {
        bullets: true,
        ..st
    };
    sentences(w, page, &bullets, text::TASKS, k);
    n += 1;
    section(
        page,
        &st,
        n,
        w.rng
            .pick::<&str>(&["Kiến nghị, đề xuất", "Đề xuất, kiến nghị"]),
    );
    if w.rng.chance(0.1) {
        page.para("Không.");
    } else {
        let k = 1 + w.rng.below(3);
        sentences(w, page, &bullets, text::REQUESTS, k);
    }
}

const SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Lương", "Đinh", "Hà", "Nông", "Triệu",
];
const MIDDLE_M: &[&str] = &[
    "Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Xuân", "Thế", "Công", "Ngọc",
];
const MIDDLE_F: &[&str] = &["Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim"];
const GIVEN_M: &[&str] = &[
    "Hùng",
    "Dũng",
    "Tuấn",
    "Sơn",
    "Hải",
    "Bình",
    "Trường",
    "Thắng",
    "Cường",
    "Long",
    "Khánh",
    "Phong",
    "Quý",
    "Toàn",
    "Nam",
];
const GIVEN_F: &[&str] = &[
    "Lan", "Hương", "Hoa", "Nga", "Phương", "Thủy", "Hằng", "Loan", "Yến", "Trang", "Hòa",
];

/// The signer is the same person in all of a unit's reports of a year.
fn signer(w: &Writer, deputy: bool) -> String {
    let mut rng = Rng::derive(&[
        w.seed,
        w.place.id(),
        u64::from(w.year),
        u64::from(deputy),
        41,
    ]);
    let s = rng.pick(SURNAMES);
    if rng.chance(0.3) {
        format!("{s} {} {}", rng.pick(MIDDLE_F), rng.pick(GIVEN_F))
    } else {
        format!("{s} {} {}", rng.pick(MIDDLE_M), rng.pick(GIVEN_M))
    }
}

fn closing(w: &mut Writer, page: &mut Page) {
    let me = format!("{} {}", w.committee, w.place.full_name());
    let period = w.period_text();
    let line = match w.rng.below(3) {
        0 => format!(
            "Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính {period} của {me}./."
        ),
        1 => format!(
            "Trên đây là báo cáo tình hình thực hiện công tác cải cách hành chính {period} của {me}, kính báo cáo {} xem xét, chỉ đạo./.",
            w.parent_name()
        ),
        _ => format!("Trên đây là báo cáo công tác cải cách hành chính {period} của {me}./."),
    };
    page.para(&line);
    let deputy = w.rng.chance(0.6);
    let mut sig = vec!["TM. ỦY BAN NHÂN DÂN".to_string()];
    if deputy {
        sig.push("KT. CHỦ TỊCH".to_string());
        sig.push("PHÓ CHỦ TỊCH".to_string());
    } else {
        sig.push("CHỦ TỊCH".to_string());
    }
    let lvl = w.lvl();
    let mut to = vec![page.italic("Nơi nhận:")];
    if w.place.commune.is_some() {
        to.push("- Như trên;".to_string());
        to.push(format!("- TT Đảng ủy, HĐND {lvl};"));
        to.push(format!("- CT, các PCT UBND {lvl};"));
    } else {
        to.push("- Như trên;".to_string());
        to.push(format!(
            "- TT {}, TT HĐND {lvl};",
            if lvl == "huyện" {
                "Huyện ủy"
            } else {
                "Thị ủy"
            }
        ));
        to.push("- Các cơ quan, đơn vị thuộc UBND;".to_string());
        to.push(w.fill("- UBND các {village};"));
    }
    to.push("- Lưu: VT.".to_string());
    let name = signer(w, deputy);
    if w.rng.chance(0.35) {
        // Two columns flattened: distribution list beside the signature.
        for (i, t) in to.iter().enumerate() {
            match sig.get(i) {
                Some(s) => page.line(&format!("{t}\t{s}")),
                None => page.line(t),
            }
        }
        page.blank();
        page.line(&page.bold(&name));
    } else {
        for t in &to {
            page.line(t);
        }
        page.blank();
        for s in &sig {
            page.line(&page.bold(s));
        }
        page.blank();
        if w.rng.chance(0.3) {
            page.line("(Đã ký)");
            page.blank();
        }
        page.line(&page.bold(&name));
    }
    page.blank();
}

fn appendix(
    w: &mut Writer,
    page: &mut Page,
    number: Option<u32>,
    blank_day: bool,
    layout: TableLayout,
) {
    let s = w.stats.clone();
    let label = *w
        .rng
        .pick(&["Phụ lục I", "Phụ lục", "PHỤ LỤC", "Biểu mẫu 1", "Phụ lục 1"]);
    page.blank();
    page.line(&page.bold(label));
    page.line(&upper(&format!(
        "Số liệu thống kê kết quả thực hiện cải cách hành chính {}",
        w.period_text()
    )));
    let no = match number {
        Some(n) => format!("{n}/BC-UBND"),
        None => "     /BC-UBND".to_string(),
    };
    let date = if blank_day {
        format!("     /{}/{}", w.date.month, w.date.year)
    } else {
        w.date.slash_padded()
    };
    let caption = format!(
        "Kèm theo Báo cáo số {no} ngày {date} của {} {}",
        w.committee,
        w.place.full_name()
    );
    let caption = if w.rng.chance(0.7) {
        format!("({caption})")
    } else {
        caption
    };
    page.line(&page.italic(&caption));
    page.blank();
    let online = percent(s.hs_online, s.hs_total);
    let ontime = percent(s.hs_total - s.hs_late.min(s.hs_total), s.hs_total);
    let rows: Vec<[String; 5]> = vec![
        row("STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"),
        row("1", "Công tác chỉ đạo, điều hành", "", "", ""),
        row(
            "1.1",
            "Số văn bản chỉ đạo, điều hành CCHC được ban hành",
            "Văn bản",
            &s.directives.to_string(),
            "",
        ),
        row(
            "1.2",
            "Số cuộc kiểm tra CCHC",
            "Cuộc",
            &format!("{:02}", s.inspections),
            "",
        ),
        row(
            "1.3",
            "Số buổi tuyên truyền CCHC",
            "Buổi",
            &format!("{:02}", s.buoi),
            "",
        ),
        row("2", "Cải cách thủ tục hành chính", "", "", ""),
        row(
            "2.1",
            "Số TTHC thuộc thẩm quyền giải quyết",
            "Thủ tục",
            &s.tthc.to_string(),
            "",
        ),
        row(
            "2.2",
            "Tổng số hồ sơ TTHC đã tiếp nhận",
            "Hồ sơ",
            &s.hs_total.to_string(),
            "",
        ),
        row(
            "2.2.1",
            "Số hồ sơ tiếp nhận trực tuyến",
            "Hồ sơ",
            &s.hs_online.to_string(),
            "",
        ),
        row(
            "2.3",
            "Số hồ sơ giải quyết đúng hạn",
            "Hồ sơ",
            &(s.hs_total - s.hs_late.min(s.hs_total)).to_string(),
            "",
        ),
        row(
            "2.4",
            "Tỷ lệ hồ sơ giải quyết đúng hạn",
            "%",
            ontime.trim_end_matches('%'),
            "",
        ),
        row(
            "2.5",
            "Số phản ánh, kiến nghị về quy định hành chính đã tiếp nhận",
            "PAKN",
            &format!("{:02}", s.pakn),
            "",
        ),
        row("3", "Cải cách tổ chức bộ máy", "", "", ""),
        row(
            "3.1",
            "Tổng số biên chế được giao",
            "Người",
            &s.bien_che.to_string(),
            "",
        ),
        row(
            "3.2",
            "Số biên chế có mặt tại thời điểm báo cáo",
            "Người",
            &s.bc_present.to_string(),
            "",
        ),
        row("4", "Cải cách chế độ công vụ", "", "", ""),
        row("4.1", "Số cán bộ, công chức bị kỷ luật", "Người", "0", ""),
        row(
            "4.2",
            "Số lượt cán bộ, công chức được đào tạo, bồi dưỡng",
            "Lượt",
            &s.trained.to_string(),
            "",
        ),
        row("5", "Cải cách tài chính công", "", "", ""),
        row(
            "5.1",
            "Ban hành quy chế chi tiêu nội bộ",
            "Có/Không",
            "Có",
            "",
        ),
        row(
            "6",
            "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
            "",
            "",
            "",
        ),
        row(
            "6.1",
            "Số văn bản đi được ký số, gửi trên môi trường điện tử",
            "Văn bản",
            &s.vb_di.to_string(),
            "",
        ),
        row(
            "6.2",
            "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến",
            "%",
            online.trim_end_matches('%'),
            "",
        ),
        row(
            "6.3",
            "Tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa",
            "%",
            &s.digitised_pct.to_string(),
            "Tính đến thời điểm báo cáo",
        ),
    ];
    for r in &rows {
        match layout {
            TableLayout::Tabs => {
                let cells: Vec<String> = if page.word && r[0].matches('.').count() == 2 {
                    r.iter()
                        .map(|c| {
                            if c.is_empty() {
                                String::new()
                            } else {
                                page.italic(c)
                            }
                        })
                        .collect()
                } else {
                    r.to_vec()
                };
                page.line(&cells.join("\t"));
            }
            TableLayout::PipeRow => page.line(&format!("| {} |", r.join(" | "))),
            TableLayout::CellPerLine => {
                for c in r {
                    page.line(c);
                    page.line("|");
                }
            }
        }
    }
}

fn row(a: &str, b: &str, c: &str, d: &str, e: &str) -> [String; 5] {
    [
        a.to_string(),
        b.to_string(),
        c.to_string(),
        d.to_string(),
        e.to_string(),
    ]
}
