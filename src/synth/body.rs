//! The body of a report: numbered sections over direction, the six reform
//! areas, assessment, tasks and requests, written from sentence templates.

use super::appendix::by_field_text;
use super::cite::Opts;
use super::page::{Page, capitalize, upper};
use super::roman;
use super::text::{self, Area};
use super::writer::Writer;

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

/// The template without its gate (`[2022]`: from that year on, `[xa]`:
/// communes only), if usable in `year` by a commune or not.
fn usable(template: &'static str, year: u16, commune: bool) -> Option<&'static str> {
    let Some(rest) = template.strip_prefix('[') else {
        return Some(template);
    };
    let (gate, rest) = rest.split_once(']')?;
    let ok = match gate {
        "xa" => commune,
        from => from.parse::<u16>().ok()? <= year,
    };
    ok.then_some(rest)
}

fn sentences(w: &mut Writer, page: &mut Page, st: &Style, pool: &[&'static str], k: usize) {
    let commune = w.place.commune.is_some();
    let pool: Vec<&str> = pool
        .iter()
        .filter_map(|t| usable(t, w.year, commune))
        .collect();
    let picked = w.rng.sample(pool.len(), k);
    // One bullet mark per list: mostly `-`, sometimes `+`.
    let mark = if w.rng.chance(0.2) { "+" } else { "-" };
    let mut buf: Vec<String> = Vec::new();
    for i in picked {
        let Some(s) = w.try_fill(pool[i]) else {
            continue;
        };
        if st.bullets {
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

pub(crate) fn body(w: &mut Writer, page: &mut Page, density: f64, long: bool) {
    let st = Style {
        upper: w.rng.chance(0.65),
        spaced_roman: w.rng.chance(0.1),
        letters: w.rng.below(3) as u8,
        bullets: w.rng.chance(0.35),
        sub_numbered: w.rng.chance(0.5),
    };
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
        if long && std::ptr::eq(a, &text::PROCEDURES) {
            by_field_text(w, page);
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gates_select_templates_by_year_and_level() {
        assert_eq!(usable("[2022]Đề án 06", 2021, true), None);
        assert_eq!(usable("[2022]Đề án 06", 2022, true), Some("Đề án 06"));
        assert_eq!(usable("[xa]Tủ sách", 2020, false), None);
        assert_eq!(usable("[xa]Tủ sách", 2020, true), Some("Tủ sách"));
        assert_eq!(usable("Không cổng", 2019, false), Some("Không cổng"));
        assert_eq!(usable("[bad", 2019, false), None);
    }

    #[test]
    fn every_template_slot_is_known() {
        let place = crate::synth::geo::all_units()[1];
        let mut w = Writer::new(1, 0, place, 2024, crate::synth::PeriodKind::Year);
        let areas = [
            &text::DIRECTION,
            &text::INSTITUTIONS,
            &text::PROCEDURES,
            &text::ORGANISATION,
            &text::CIVIL_SERVICE,
            &text::FINANCE,
            &text::DIGITAL,
        ];
        let pools = areas
            .iter()
            .flat_map(|a| a.parts.iter().map(|p| p.sentences))
            .chain([
                text::STRENGTHS,
                text::WEAKNESSES,
                text::CAUSES,
                text::TASKS,
                text::REQUESTS,
                text::DISTRICT_ONLY,
            ]);
        for pool in pools {
            for t in pool {
                let t = usable(t, 2024, true)
                    .or_else(|| usable(t, 2024, false))
                    .expect("gate");
                let filled = w.fill(t);
                assert!(!filled.contains('{') && !filled.contains('}'), "{filled}");
                let slots = t.matches('{').count();
                // An unknown slot fills with nothing and leaves a double space.
                assert!(slots == 0 || !filled.contains("  "), "unknown slot in {t}");
            }
        }
    }
}
