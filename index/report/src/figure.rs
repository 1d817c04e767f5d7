//! Figures: the values of the appendix tables, one per row (one per value cell where a
//! table has several value columns), typed and mapped to the national form.
//!
//! A table's columns are given roles by their headers: the row number (`STT`, `TT`), the
//! indicator's text (the first other column), the unit of measure (`Đơn vị tính`), the value
//! (`Số liệu`, `Kết quả`) and the note (`Ghi chú`); a table without a `Số liệu` column has one
//! value column per remaining header (`Năm trước`, `Năm báo cáo` …), and each of its cells
//! that holds a number is a figure named by its column. A PDF table, whose cells the parser
//! cannot tell apart, is split from the end of each row: the value, then a code legend or a
//! known unit of measure.
//!
//! Rows are read in order across the tables of one section that repeat the same header (a
//! table split across pages): a row numbered `I`, `II` starts a group that prefixes the paths
//! of the rows under it (`III.2.1`); a row without a number (`Trong đó`, or an empty `STT`)
//! sits under the last numbered row; a row with neither number nor text carries the rest of
//! the previous row's cells over a page break (`Đã kết nối = 1`) and is merged into it.

mod indicators;
mod value;

pub use indicators::{
    Indicator, IndicatorKind, IndicatorMatch, indicator, indicators, match_indicator,
    words as indicator_words,
};
pub use value::{Value, parse_value};

use super::text::clean;
use super::{Report, SectionKind, Table};
use regex::Regex;
use serde::Serialize;
use std::sync::LazyLock;

/// One value of an appendix table.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Figure {
    /// Index into [`Report::tables`].
    pub table: usize,
    /// Index of the row in its table.
    pub row: usize,
    /// The row number as printed (`2.1.`, `III`); empty when the row has none.
    pub number: String,
    /// The number path from the table's top, group included (`III.2.1`); a row without a
    /// number has the path of the row it sits under.
    pub path: String,
    /// The indicator's text as printed, markup removed.
    pub indicator: String,
    /// The header of the value column, in a table with several value columns.
    pub column: Option<String>,
    /// The unit of measure as printed (`Hồ sơ`, `%`, `Có = 1; Không = 0`).
    pub unit: Option<String>,
    /// The value, typed.
    pub value: Value,
    /// The value as printed.
    pub raw: String,
    /// The note column, when not empty.
    pub note: Option<String>,
    /// Index into [`Report::sections`] of the section the table sits in.
    pub section: Option<usize>,
    /// The canonical indicator of the national form, when one matches.
    pub canonical: Option<IndicatorMatch>,
}

impl Report {
    /// Every figure of the report's appendix tables, in text order.
    /// Only appendix tables count: those in an appendix section, or any table with a
    /// `Đơn vị tính` column (the national form, wherever it is pasted).
    pub fn figures(&self) -> Vec<Figure> {
        let appendix: Vec<Table> = self
            .tables
            .iter()
            .map(|t| {
                let in_appendix = t
                    .section
                    .and_then(|s| self.sections.get(s))
                    .is_some_and(|s| s.kind == SectionKind::Appendix);
                let mut t = t.clone();
                if !in_appendix && roles(&t).unit.is_none() {
                    t.rows.clear();
                }
                t
            })
            .collect();
        figures(&appendix)
    }
}

/// A row number: `1`, `2.1.`, `1.2.3`.
static NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,2}(?:\.\d{1,2}){0,4}\.?$").expect("valid regex"));

/// A number leading a label in a table without an STT column: `1. Số lượng …`.
static LEADING_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<n>\d{1,2}(?:\.\d{1,2}){0,4}\.?)\s+(?P<rest>\S.*)$").expect("valid regex")
});

const ROMAN: &[&str] = &[
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
];

/// What each column of a table holds.
#[derive(Debug)]
struct Roles {
    stt: Option<usize>,
    label: usize,
    unit: Option<usize>,
    /// Value columns and, when the table has several, their headers.
    values: Vec<(usize, Option<String>)>,
    note: Option<usize>,
    /// A PDF table: `[STT, everything else]`.
    pdf: bool,
}

fn roles(table: &Table) -> Roles {
    let folded: Vec<String> = table
        .columns
        .iter()
        .map(|c| tracuu_tokenizer::fold(c))
        .collect();
    let is_stt = |f: &str| matches!(f.trim(), "stt" | "tt");
    // An STT column, by its header or (under a header of `(1)`, `(2)` …) by its numbers.
    let numbered_rows = !table.rows.is_empty()
        && table
            .rows
            .iter()
            .filter(|r| r.first().is_some_and(|c| NUMBER.is_match(c.trim())))
            .count()
            * 2
            > table.rows.len();
    let stt = folded
        .first()
        .filter(|f| is_stt(f) || numbered_rows)
        .map(|_| 0);
    let pdf = table.columns.len() == 2 && stt.is_some() && table.rows.iter().all(|r| r.len() <= 2);
    let unit = folded
        .iter()
        .position(|f| f.contains("don vi tinh") || f.trim() == "dvt");
    let note = folded.iter().position(|f| f.contains("ghi chu"));
    let primary = folded
        .iter()
        .position(|f| f.contains("so lieu") || f.starts_with("ket qua") || f.contains("gia tri"));
    let label = (0..table.columns.len().max(2))
        .find(|&k| Some(k) != stt && Some(k) != unit && Some(k) != note && Some(k) != primary)
        .unwrap_or(1);
    let values = match primary {
        _ if pdf => vec![(1, None)],
        Some(p) => vec![(p, None)],
        None => (0..table.columns.len())
            .filter(|&k| Some(k) != stt && k != label && Some(k) != unit && Some(k) != note)
            .map(|k| (k, Some(table.columns[k].clone())))
            .collect(),
    };
    Roles {
        stt,
        label,
        unit,
        values,
        note,
        pdf,
    }
}

/// The state carried from row to row (and across a table split over pages).
#[derive(Default)]
struct Walk {
    group: Option<String>,
    /// `(path, text)` of the numbered rows so far, for context.
    heads: Vec<(String, String)>,
    last_path: String,
    /// Where numbering restarted at `1` under a deeper row (`2.2` then `1`, `2`): the
    /// row they sit under and the last number seen.
    restart: Option<(String, u32)>,
}

impl Walk {
    fn path(&self, number: &str) -> String {
        let n = number.trim_end_matches('.');
        match &self.group {
            Some(g) => format!("{g}.{n}"),
            None => n.to_string(),
        }
    }

    /// The texts of the rows above `path` (its ancestors by number, and its group).
    fn context(&self, path: &str) -> Vec<String> {
        self.heads
            .iter()
            .filter(|(p, _)| {
                p.as_str() == path
                    || (path.starts_with(p.as_str()) && path.as_bytes().get(p.len()) == Some(&b'.'))
            })
            .map(|(_, t)| t.clone())
            .collect()
    }
}

fn cell(row: &[String], k: Option<usize>) -> String {
    k.and_then(|k| row.get(k))
        .map_or(String::new(), |c| clean(c))
}

/// Every figure of these tables.
pub(crate) fn figures(tables: &[Table]) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::new();
    let mut walk = Walk::default();
    let mut prev: Option<&Table> = None;
    for (t, table) in tables.iter().enumerate() {
        let continued =
            prev.is_some_and(|p| p.columns == table.columns && p.section == table.section);
        if !continued {
            walk = Walk::default();
        }
        prev = Some(table);
        let roles = roles(table);
        for (r, row) in table.rows.iter().enumerate() {
            let (mut number, mut label, unit, raw_pdf, pdf_note) = if roles.pdf {
                let (label, unit, value, note) = split_pdf(&cell(row, Some(1)));
                (cell(row, roles.stt), label, unit, Some(value), note)
            } else {
                (
                    cell(row, roles.stt),
                    cell(row, Some(roles.label)),
                    cell(row, roles.unit),
                    None,
                    None,
                )
            };
            if roles.stt.is_none() {
                if let Some(c) = LEADING_NUMBER.captures(&label.clone()) {
                    number = c["n"].to_string();
                    label = c["rest"].to_string();
                } else if let Some(rest) = label.strip_prefix(['-', '+']) {
                    label = rest.trim().to_string();
                }
            }
            // `Tổng cộng` in the STT column, the text column empty: the words are the text.
            if label.is_empty()
                && number.chars().any(char::is_alphabetic)
                && !ROMAN.contains(&number.trim_end_matches('.'))
            {
                label = std::mem::take(&mut number);
            }
            // A row with neither number nor text continues the previous row over a page break.
            if number.is_empty() && label.is_empty() {
                if let Some(last) = out.last_mut().filter(|_| !unit.is_empty()) {
                    let joined = match &last.unit {
                        Some(u) => format!("{u} {unit}"),
                        None => unit.clone(),
                    };
                    last.unit = Some(joined);
                    let legend = value::legend(last.unit.as_deref().unwrap_or(""));
                    if !legend.is_empty() {
                        last.value = parse_value(&last.raw, last.unit.as_deref());
                    }
                }
                continue;
            }
            let is_group = ROMAN.contains(&number.trim_end_matches('.'));
            let path = if is_group {
                walk.group = Some(number.trim_end_matches('.').to_string());
                walk.group.clone().unwrap_or_default()
            } else if NUMBER.is_match(&number) {
                let single: Option<u32> = number.trim_end_matches('.').parse().ok();
                let deep = walk.last_path.matches('.').count() > usize::from(walk.group.is_some());
                match (single, &walk.restart) {
                    (Some(k), Some((anchor, last))) if k == last + 1 && !unit.is_empty() => {
                        let p = format!("{anchor}.{k}");
                        walk.restart = Some((anchor.clone(), k));
                        p
                    }
                    (Some(1), _) if deep && !unit.is_empty() => {
                        let anchor = walk.last_path.clone();
                        walk.restart = Some((anchor.clone(), 1));
                        format!("{anchor}.1")
                    }
                    _ => {
                        walk.restart = None;
                        walk.path(&number)
                    }
                }
            } else {
                // `Trong đó`, `-`, `a`: not a number; the words belong to the text.
                if !number.is_empty() && !number.chars().any(|c| c.is_ascii_digit()) {
                    number.clear();
                }
                walk.last_path.clone()
            };
            let context = walk.context(&path);
            let numbered = !number.is_empty();
            if numbered {
                walk.heads.push((path.clone(), label.clone()));
                if walk.restart.is_none() {
                    walk.last_path = path.clone();
                }
            }
            // A PDF row is one text cell: its note is what `split_pdf` found, never that cell.
            let note = if roles.pdf {
                pdf_note
            } else {
                Some(cell(row, roles.note)).filter(|n| !n.is_empty())
            };
            let unit = Some(unit).filter(|u| !u.is_empty());
            let values: Vec<(String, Option<String>)> = match raw_pdf {
                Some(v) => vec![(v, None)],
                None => roles
                    .values
                    .iter()
                    .map(|(k, name)| (cell(row, Some(*k)), name.clone()))
                    .collect(),
            };
            let several = values.len() > 1 || values.first().is_some_and(|(_, n)| n.is_some());
            for (raw, column) in values {
                let value = parse_value(&raw, unit.as_deref());
                if several && !matches!(value, Value::Count { .. } | Value::Percent { .. }) {
                    continue;
                }
                let heading = unit.is_none() && value == Value::Blank;
                let ctx: Vec<&str> = context.iter().map(String::as_str).collect();
                let canonical = if heading || is_group {
                    None
                } else {
                    indicators::match_row(
                        &label,
                        unit.as_deref(),
                        value.kind(unit.as_deref()),
                        &ctx,
                    )
                };
                out.push(Figure {
                    table: t,
                    row: r,
                    number: number.clone(),
                    path: path.clone(),
                    indicator: label.clone(),
                    column,
                    unit: unit.clone(),
                    value,
                    raw,
                    note: note.clone(),
                    section: table.section,
                    canonical,
                });
            }
        }
    }
    drop_heading_matches(&mut out);
    out
}

/// A row without a unit that has rows under it is a heading (`Rà soát VBQPPL`, even with a
/// total beside it): it names a group, not an indicator of the form.
fn drop_heading_matches(figs: &mut [Figure]) {
    for k in 0..figs.len() {
        if figs[k].unit.is_some() || figs[k].number.is_empty() || figs[k].canonical.is_none() {
            continue;
        }
        let prefix = format!("{}.", figs[k].path);
        if figs[k + 1..]
            .iter()
            .take_while(|f| f.table >= figs[k].table)
            .any(|f| f.path.starts_with(&prefix))
        {
            figs[k].canonical = None;
        }
    }
}

/// The words of a PDF row with a year that a line break cut after its slash joined again:
/// `IV/20` `21` is `IV/2021`, `12/20` `24` is `12/2024`.
fn join_broken_years(rest: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in rest.split_whitespace() {
        if let Some(prev) = out.last_mut()
            && w.chars().all(|c| c.is_ascii_digit())
            && let Some((_, head)) = prev.rsplit_once('/')
            && !head.is_empty()
            && head.chars().all(|c| c.is_ascii_digit())
            && head.len() + w.len() == 4
            && format!("{head}{w}")
                .parse::<u32>()
                .is_ok_and(|y| (1990..=2100).contains(&y))
        {
            prev.push_str(w);
            continue;
        }
        out.push(w.to_string());
    }
    out
}

/// A note in the last column of a PDF row: a quarter written `Quý IV/2021`.
fn period_note(words: &mut Vec<String>) -> Option<String> {
    let n = words.len();
    if n < 2 || tracuu_tokenizer::fold(&words[n - 2]) != "quy" {
        return None;
    }
    let (quarter, year) = words[n - 1].split_once('/')?;
    let is_year = year.len() == 4 && year.chars().all(|c| c.is_ascii_digit());
    if !["I", "II", "III", "IV"].contains(&quarter) || !is_year {
        return None;
    }
    let note = words.split_off(n - 2).join(" ");
    Some(note)
}

/// Splits the text of a PDF row (`Số nhiệm vụ đề ra Nhiệm vụ 27`) into its text, unit, value
/// and note, from the end: a quarter as note (`Quý IV/2021`, its year joined again when a line
/// break cut it), the value, then a code legend (`Không = 0 Có = 1`) or a known unit.
fn split_pdf(rest: &str) -> (String, String, String, Option<String>) {
    let mut owned = join_broken_years(rest);
    let note = period_note(&mut owned);
    let mut words: Vec<&str> = owned.iter().map(String::as_str).collect();
    let mut value = String::new();
    // The number after a legend's `=` is the legend's (`Có = 1`), not a value.
    let legend_number = words.len() >= 2 && words[words.len() - 2].ends_with('=');
    if !legend_number
        && words.last().is_some_and(|w| {
            w.chars().any(|c| c.is_ascii_digit()) && value::is_number_like(w) || *w == "-"
        })
    {
        value = words.pop().unwrap_or_default().to_string();
    }
    if let Some(eq) = words.iter().position(|w| *w == "=" || w.starts_with('=')) {
        // The legend starts at the capitalised word before the first `=`.
        let mut start = eq;
        while start > 0 {
            start -= 1;
            if words[start].chars().next().is_some_and(char::is_uppercase) {
                break;
            }
        }
        return (
            words[..start].join(" "),
            words[start..].join(" "),
            value,
            note,
        );
    }
    let key = |ws: &[&str]| {
        tracuu_tokenizer::fold(&ws.join(" "))
            .replace(',', "")
            .to_string()
    };
    for k in (1..=5.min(words.len())).rev() {
        let tail = key(&words[words.len() - k..]);
        if value::UNITS.iter().any(|u| key(&[u]) == tail) {
            let at = words.len() - k;
            return (words[..at].join(" "), words[at..].join(" "), value, note);
        }
    }
    (words.join(" "), String::new(), value, note)
}

#[cfg(test)]
mod tests;
