//! Appendices: the statistics table, the list of the unit's documents and
//! results by field, in the three table layouts.

use super::TableLayout;
use super::page::{Page, upper};
use super::writer::{Writer, percent};

pub(crate) fn appendix(
    w: &mut Writer,
    page: &mut Page,
    number: Option<u32>,
    blank_day: bool,
    layout: TableLayout,
    long: bool,
) {
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
    let rows = stats_rows(w);
    let merged = layout == TableLayout::Tabs && w.rng.chance(0.5);
    // A long table breaks over a page in Word exports, and the header is printed again.
    let split_at = (layout == TableLayout::Tabs && w.rng.chance(0.4))
        .then(|| rows.iter().position(|r| r[0] == "4"))
        .flatten();
    let header = if merged {
        vec![
            row("STT", "Chỉ tiêu", "Kết quả thống kê", "", "Ghi chú"),
            row("", "", "Đơn vị tính", "Số liệu", ""),
        ]
    } else {
        vec![row("STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú")]
    };
    let mut all = header.clone();
    for (i, r) in rows.into_iter().enumerate() {
        if Some(i) == split_at {
            all.push(row("", "", "", "", ""));
            all.extend(header.iter().cloned());
        }
        all.push(r);
    }
    table(page, layout, &all);
    if w.rng.chance(if long { 0.7 } else { 0.35 }) {
        plans_table(w, page, layout, label);
    }
    if long {
        by_field_table(w, page, layout, label);
    }
}

/// Fields of administrative procedures handled at commune or district level.
const FIELDS: &[&str] = &[
    "Hộ tịch",
    "Chứng thực",
    "Đất đai",
    "Bảo trợ xã hội",
    "Người có công",
    "Thi đua, khen thưởng",
    "Văn hóa, thể thao",
    "Nông nghiệp",
    "Môi trường",
    "Xây dựng",
    "Tôn giáo, tín ngưỡng",
    "Giáo dục và đào tạo",
];

/// `(field, received, online, on time)`, splitting the report's totals.
fn by_field(w: &mut Writer) -> Vec<(&'static str, u32, u32, u32)> {
    let s = w.stats.clone();
    let k = 6 + w.rng.below(FIELDS.len() - 5);
    let weights: Vec<u32> = (0..k)
        .map(|i| w.rng.range(1, 10) * if i < 3 { 6 } else { 1 })
        .collect();
    let sum: u32 = weights.iter().sum();
    let mut out = Vec::with_capacity(k);
    let mut left = (s.hs_total, s.hs_online, s.hs_late);
    for (i, wt) in weights.iter().enumerate() {
        let last = i + 1 == k;
        let total = if last {
            left.0
        } else {
            (s.hs_total * wt / sum).min(left.0)
        };
        let online = if last {
            left.1
        } else {
            (s.hs_online * wt / sum).min(left.1).min(total)
        };
        let late = if last { left.2.min(total) } else { 0 };
        left = (left.0 - total, left.1 - online, left.2 - late);
        out.push((FIELDS[i], total, online.min(total), total - late));
    }
    out
}

pub(crate) fn by_field_text(w: &mut Writer, page: &mut Page) {
    let period = w.period_text();
    page.para(&format!(
        "Kết quả tiếp nhận, giải quyết hồ sơ theo từng lĩnh vực trong {period}:"
    ));
    for (field, total, online, ontime) in by_field(w) {
        page.line(&format!(
            "- Lĩnh vực {}: tiếp nhận {total} hồ sơ (trực tuyến {online}), giải quyết đúng hạn {ontime} hồ sơ, đạt {};",
            field.to_lowercase(),
            percent(ontime, total)
        ));
    }
    page.blank();
}

fn by_field_table(w: &mut Writer, page: &mut Page, layout: TableLayout, first: &str) {
    let label = if first.starts_with("Biểu") {
        "Biểu mẫu 3"
    } else {
        "Phụ lục 3"
    };
    page.blank();
    page.line(&page.bold(label));
    page.line("KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO LĨNH VỰC");
    page.blank();
    let mut rows = vec![row(
        "STT",
        "Lĩnh vực",
        "Số hồ sơ tiếp nhận",
        "Số hồ sơ trực tuyến",
        "Số hồ sơ đúng hạn",
    )];
    for (i, (field, total, online, ontime)) in by_field(w).into_iter().enumerate() {
        rows.push(row(
            &(i + 1).to_string(),
            field,
            &total.to_string(),
            &online.to_string(),
            &ontime.to_string(),
        ));
    }
    table(page, layout, &rows);
}

/// A second appendix listing the unit's own documents of the year: codes
/// alone in cells, the date in the next cell.
fn plans_table(w: &mut Writer, page: &mut Page, layout: TableLayout, first: &str) {
    let label = if first.starts_with("Biểu") {
        "Biểu mẫu 2"
    } else {
        "Phụ lục 2"
    };
    page.blank();
    page.line(&page.bold(label));
    page.line("DANH MỤC VĂN BẢN CHỈ ĐẠO, ĐIỀU HÀNH CÔNG TÁC CẢI CÁCH HÀNH CHÍNH");
    page.blank();
    let docs: Vec<_> = w
        .own
        .iter()
        .filter(|d| {
            d.date <= w.date && d.date.year == w.year && d.grammar == super::Grammar::Administrative
        })
        .take(10)
        .cloned()
        .collect();
    let mut rows = vec![row(
        "STT",
        "Số, ký hiệu văn bản",
        "Ngày ban hành",
        "Trích yếu nội dung",
        "Ghi chú",
    )];
    for (i, d) in docs.iter().enumerate() {
        let code = w.cite_bare(d);
        let subject = format!("{} {}", d.type_name, d.subject);
        rows.push(row(
            &(i + 1).to_string(),
            &code,
            &d.date.slash_padded(),
            &subject,
            "",
        ));
    }
    table(page, layout, &rows);
}

fn table(page: &mut Page, layout: TableLayout, rows: &[[String; 5]]) {
    for r in rows {
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

/// A count as officials print it: `05` for small numbers now and then, `1.234` with a
/// thousands dot, `-` for none.
fn printed_count(w: &mut Writer, n: u32) -> (String, Option<f64>) {
    if n == 0 && w.rng.chance(0.15) {
        return ("-".to_string(), None);
    }
    let text = if n >= 1000 && w.rng.chance(0.6) {
        format!("{}.{:03}", n / 1000, n % 1000)
    } else if n < 10 && w.rng.chance(0.3) {
        format!("{n:02}")
    } else {
        n.to_string()
    };
    (text, Some(f64::from(n)))
}

/// The statistics table's rows (without its header); each value row is recorded in
/// `w.figures` with the value it means.
fn stats_rows(w: &mut Writer) -> Vec<[String; 5]> {
    let s = w.stats.clone();
    let ontime = s.hs_total - s.hs_late.min(s.hs_total);
    let pct = |part: u32, whole: u32| -> (String, Option<f64>) {
        let text = percent(part, whole);
        let value = if whole == 0 || part >= whole {
            100.0
        } else {
            (u64::from(part) * 10_000 / u64::from(whole)) as f64 / 100.0
        };
        (text, Some(value))
    };
    fn stat(
        w: &mut Writer,
        out: &mut Vec<[String; 5]>,
        row_: (&str, &str, &str),
        cell: (String, Option<f64>),
        note: &str,
    ) {
        let (stt, text, unit) = row_;
        let (mut printed, value) = cell;
        if unit == "%" && w.rng.chance(0.5) {
            printed = printed.trim_end_matches('%').to_string();
        }
        w.figures.push(super::AppendixFigure {
            path: stt.to_string(),
            indicator: text.to_string(),
            unit: unit.to_string(),
            value,
            printed: printed.clone(),
        });
        out.push(row(stt, text, unit, &printed, note));
    }
    let heading = |stt: &str, text: &str| row(stt, text, "", "", "");
    let mut out = vec![heading("1", "Công tác chỉ đạo, điều hành")];
    let c = printed_count(w, s.directives);
    stat(
        w,
        &mut out,
        (
            "1.1",
            "Số văn bản chỉ đạo, điều hành CCHC được ban hành",
            "Văn bản",
        ),
        c,
        "",
    );
    let c = printed_count(w, s.inspections);
    stat(w, &mut out, ("1.2", "Số cuộc kiểm tra CCHC", "Cuộc"), c, "");
    let c = printed_count(w, s.buoi);
    stat(
        w,
        &mut out,
        ("1.3", "Số buổi tuyên truyền CCHC", "Buổi"),
        c,
        "",
    );
    out.push(heading("2", "Cải cách thủ tục hành chính"));
    let c = printed_count(w, s.tthc);
    stat(
        w,
        &mut out,
        ("2.1", "Số TTHC thuộc thẩm quyền giải quyết", "Thủ tục"),
        c,
        "",
    );
    let c = printed_count(w, s.hs_total);
    stat(
        w,
        &mut out,
        ("2.2", "Tổng số hồ sơ TTHC đã tiếp nhận", "Hồ sơ"),
        c,
        "",
    );
    let c = printed_count(w, s.hs_online);
    stat(
        w,
        &mut out,
        ("2.2.1", "Số hồ sơ tiếp nhận trực tuyến", "Hồ sơ"),
        c,
        "",
    );
    let c = printed_count(w, s.hs_total);
    stat(
        w,
        &mut out,
        ("2.3", "Tổng số hồ sơ TTHC đã giải quyết xong", "Hồ sơ"),
        c,
        "",
    );
    let c = printed_count(w, ontime);
    stat(
        w,
        &mut out,
        ("2.3.1", "Số hồ sơ giải quyết đúng hạn", "Hồ sơ"),
        c,
        "",
    );
    stat(
        w,
        &mut out,
        ("2.4", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%"),
        pct(ontime, s.hs_total),
        "",
    );
    let c = printed_count(w, s.pakn);
    stat(
        w,
        &mut out,
        (
            "2.5",
            "Số phản ánh, kiến nghị về quy định hành chính đã tiếp nhận",
            "PAKN",
        ),
        c,
        "",
    );
    out.push(heading("3", "Cải cách tổ chức bộ máy"));
    let c = printed_count(w, s.bien_che);
    stat(
        w,
        &mut out,
        ("3.1", "Tổng số biên chế được giao", "Người"),
        c,
        "",
    );
    let c = printed_count(w, s.bc_present);
    stat(
        w,
        &mut out,
        ("3.2", "Số biên chế có mặt tại thời điểm báo cáo", "Người"),
        c,
        "",
    );
    out.push(heading("4", "Cải cách chế độ công vụ"));
    let c = printed_count(w, 0);
    stat(
        w,
        &mut out,
        ("4.1", "Số cán bộ, công chức bị kỷ luật", "Người"),
        c,
        "",
    );
    let c = printed_count(w, s.trained);
    stat(
        w,
        &mut out,
        (
            "4.2",
            "Số lượt cán bộ, công chức được đào tạo, bồi dưỡng",
            "Lượt",
        ),
        c,
        "",
    );
    out.push(heading("5", "Cải cách tài chính công"));
    stat(
        w,
        &mut out,
        ("5.1", "Ban hành quy chế chi tiêu nội bộ", "Có/Không"),
        ("Có".to_string(), Some(1.0)),
        "",
    );
    out.push(heading(
        "6",
        "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
    ));
    let c = printed_count(w, s.vb_di);
    stat(
        w,
        &mut out,
        (
            "6.1",
            "Số văn bản đi được ký số, gửi trên môi trường điện tử",
            "Văn bản",
        ),
        c,
        "",
    );
    stat(
        w,
        &mut out,
        ("6.2", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến", "%"),
        pct(s.hs_online, s.hs_total),
        "",
    );
    let d = (
        format!("{}%", s.digitised_pct),
        Some(f64::from(s.digitised_pct)),
    );
    stat(
        w,
        &mut out,
        (
            "6.3",
            "Tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa",
            "%",
        ),
        d,
        "Tính đến thời điểm báo cáo",
    );
    out
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
