//! The header of a document in the layouts the corpus shows (stacked lines, two columns
//! joined by a tab, a pipe table with one row per line, a pipe table with one cell per line
//! as a legal portal saves it), and the closing block: distribution list and signature.

use super::super::date::Date;
use super::super::page::Page;
use super::super::rng::Rng;

/// What a header holds.
pub(super) struct Header {
    /// The left column, in capitals (`ỦY BAN NHÂN DÂN`, `TỈNH HƯNG YÊN`).
    pub left: Vec<String>,
    /// The right column (`CỘNG HÒA …`, `Độc lập - Tự do - Hạnh phúc`).
    pub right: Vec<String>,
    /// `Số: 1234/QĐ-UBND`.
    pub number: String,
    /// The `V/v …` line of a letter, under the number.
    pub subject: Option<String>,
    /// `Hưng Yên, ngày 12 tháng 5 năm 2023`.
    pub date: String,
}

/// The right column of a state document.
pub(super) fn nation(rng: &mut Rng) -> Vec<String> {
    let motto = if rng.chance(0.2) {
        "Độc lập – Tự do – Hạnh phúc"
    } else {
        "Độc lập - Tự do - Hạnh phúc"
    };
    vec![
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".to_string(),
        motto.to_string(),
    ]
}

/// `Số: 1234/QĐ-UBND`, or for a draft `Số:    /QĐ-UBND` (`code` is what follows the number).
pub(super) fn number_line(number: Option<&str>, code: &str, rng: &mut Rng) -> String {
    match number {
        Some(n) => format!("Số: {n}"),
        None => format!("Số:{}/{code}", " ".repeat(2 + rng.below(5))),
    }
}

/// `Hưng Yên, ngày 12 tháng 5 năm 2023`; with a blank day `ngày    tháng 5 năm 2023`.
pub(super) fn date_line(place: &str, date: Date, blank_day: bool, rng: &mut Rng) -> String {
    if blank_day {
        let gap = " ".repeat(2 + rng.below(4));
        format!("{place}, ngày{gap}tháng {} năm {}", date.month, date.year)
    } else if rng.chance(0.5) {
        format!(
            "{place}, ngày {:02} tháng {:02} năm {}",
            date.day, date.month, date.year
        )
    } else {
        format!(
            "{place}, ngày {} tháng {} năm {}",
            date.day, date.month, date.year
        )
    }
}

/// Writes the header in one of the corpus's layouts.
pub(super) fn header(page: &mut Page, rng: &mut Rng, h: &Header) {
    let rule = |n: usize| "-".repeat(n);
    let cell = |v: &[String], i: usize| v.get(i).cloned().unwrap_or_default();
    let rows = h.left.len().max(h.right.len());
    match rng.below(4) {
        0 => {
            for l in &h.left {
                page.line(l);
            }
            page.line(&rule(7));
            for r in &h.right {
                page.line(r);
            }
            page.line(&rule(15));
            page.line(&h.number);
            if let Some(s) = &h.subject {
                page.line(s);
            }
            page.line(&page.italic(&h.date));
        }
        1 => {
            for i in 0..rows {
                page.line(format!("{}\t{}", cell(&h.left, i), cell(&h.right, i)).trim());
            }
            page.blank();
            page.line(&format!("{}\t{}", h.number, page.italic(&h.date)));
            if let Some(s) = &h.subject {
                page.line(s);
            }
        }
        2 => {
            page.line(&format!("| {} | {} |", cell(&h.left, 0), cell(&h.right, 0)));
            page.line("|---|---|");
            for i in 1..rows {
                page.line(&format!("| {} | {} |", cell(&h.left, i), cell(&h.right, i)));
            }
            page.line(&format!("| {} | *{}* |", h.number, h.date));
            if let Some(s) = &h.subject {
                page.line(&format!("| {s} | |"));
            }
        }
        _ => {
            // A legal portal's table saved as text: one cell per line, `|` between cells.
            page.line("|");
            page.line(&format!("**{}**", h.left.join("\n")));
            page.line(&rule(8));
            page.line("|");
            page.line(&format!("**{}**", cell(&h.right, 0)));
            for r in h.right.iter().skip(1) {
                page.line(r);
            }
            page.line(&rule(15));
            page.line("|");
            page.line("|");
            match h.number.split_once(' ') {
                Some((so, rest)) => {
                    page.line(so);
                    page.line(rest.trim());
                }
                None => page.line(&h.number),
            }
            if let Some(s) = &h.subject {
                page.line(s);
            }
            page.line("|");
            page.line(&format!("*{}*", h.date));
            page.line("|");
        }
    }
    page.blank();
}

/// The closing block: the distribution list, then the role lines and the name (or both
/// columns flattened side by side).
pub(super) fn signature(
    page: &mut Page,
    rng: &mut Rng,
    to: &[String],
    role: &[String],
    name: &str,
) {
    let mut list = vec![page.italic("Nơi nhận:")];
    list.extend(to.iter().cloned());
    if rng.chance(0.3) {
        for (i, t) in list.iter().enumerate() {
            match role.get(i) {
                Some(r) => page.line(&format!("{t}\t{r}")),
                None => page.line(t),
            }
        }
        page.blank();
    } else {
        for t in &list {
            page.line(t);
        }
        page.blank();
        for r in role {
            page.line(&page.bold(r));
        }
        page.blank();
        if rng.chance(0.3) {
            page.line("(Đã ký)");
            page.blank();
        }
    }
    page.line(&page.bold(name));
    page.blank();
}
