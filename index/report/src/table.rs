//! Statistics tables (STT / Chỉ tiêu / Đơn vị tính / Số liệu …), in the three layouts
//! the seeds use:
//!
//! - **tabs** (Word export): a header line whose first cell is `STT`/`TT`, maybe one to
//!   three header lines under it (first cell empty, no numbers) that name the columns
//!   under a spanning group (`Kết quả thống kê` → `Đơn vị tính`, `Số liệu`); then one row
//!   per line with tabs, until a line without a tab;
//! - **pipes** (flattened HTML): one cell per line (a cell may span lines), cells
//!   separated by `|` lines; rows are cut where the STT column counts 1, 2, 3 …, or, in
//!   a table without STT, at each cell that holds words (`1. Số lượng …`, `+ Tự sửa đổi`);
//! - **lines** (PDF text): `STT` alone on a line, then one row per line starting with its
//!   STT number (`1.2.1 Số nhiệm vụ … 27`) and the lines that continue it. Cells cannot be
//!   told apart there: a row is `[STT, the rest]`, under the columns `STT` and the header
//!   text.

use super::text::{Line, clean};
use super::{Section, Table, section_at};
use regex::Regex;
use std::sync::LazyLock;

/// A row number in a PDF table: `1`, `1.2`, `2.3.`, `1.2.1`.
static ROW_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<n>\d{1,2}(?:\.\d{1,2}){0,3})\.?(?:\s+(?P<rest>\S.*))?$").expect("valid regex")
});

/// A line that ends a table in the one-cell-per-line layouts.
static TABLE_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:HỆ THỐNG PHỤ LỤC|PHỤ LỤC|Phụ lục|Biểu mẫu|BIỂU MẪU)\b").expect("valid regex")
});

fn is_stt(cell: &str) -> bool {
    if cell.len() > 16 {
        return false;
    }
    let compact: String = clean(cell).chars().filter(|c| !c.is_whitespace()).collect();
    compact == "STT" || compact == "TT"
}

fn is_numeric(cell: &str) -> bool {
    !cell.is_empty()
        && cell
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | '(' | ')' | '/' | '-'))
}

fn cells(line: &str) -> Vec<String> {
    line.split('\t').map(clean).collect()
}

/// Every table in the report, in text order.
pub(crate) fn tables(text: &str, lines: &[Line], sections: &[Section]) -> Vec<Table> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].text(text);
        let next = if t.contains('\t') && is_stt(t.split('\t').next().unwrap_or("")) {
            tab_table(text, lines, i, &mut out)
        } else if pipe_row(t).is_some_and(|c| c.first().is_some_and(|c| is_stt(c))) {
            pipe_row_table(text, lines, i, &mut out)
        } else if !t.contains('\t')
            && !t.trim().is_empty()
            && t.trim() != "|"
            && next_is_pipe(text, lines, i)
        {
            pipe_table(text, lines, pipe_start(text, lines, i), &mut out)
        } else if is_stt(t) && !t.contains('\t') {
            line_table(text, lines, i, &mut out)
        } else {
            i + 1
        };
        i = next.max(i + 1);
    }
    for table in &mut out {
        table.section = section_at(sections, table.span.start);
    }
    out
}

fn next_is_pipe(text: &str, lines: &[Line], i: usize) -> bool {
    (i + 1..lines.len())
        .find(|&j| !lines[j].text(text).trim().is_empty())
        .is_some_and(|j| lines[j].text(text).trim() == "|")
}

/// A pipe table's first cell may span lines (`Năm` + `Nội dung`): walk back over them,
/// up to a title in capitals, a marker or a blank line.
fn pipe_start(text: &str, lines: &[Line], i: usize) -> usize {
    let mut start = i;
    while start > 0 {
        let prev = lines[start - 1].text(text).trim();
        if prev.is_empty()
            || prev == "|"
            || prev.chars().count() > 20
            || super::text::is_upper(prev)
            || TABLE_END.is_match(prev)
        {
            break;
        }
        start -= 1;
    }
    start
}

fn tab_table(text: &str, lines: &[Line], start: usize, out: &mut Vec<Table>) -> usize {
    let mut columns = cells(lines[start].text(text));
    let mut i = start + 1;
    let mut extra = 0;
    while i < lines.len() && extra < 3 {
        let t = lines[i].text(text);
        // PDF text puts a blank line between lines, header lines too.
        if t.trim().is_empty()
            && lines
                .get(i + 1)
                .is_some_and(|l| l.text(text).starts_with('\t'))
        {
            i += 1;
            continue;
        }
        let row = cells(t);
        // Header lines name columns: no numbers, no `x = 1` codes, no sentences.
        if !t.starts_with('\t')
            || row.iter().any(|c| {
                is_numeric(c) || c.contains('=') || c.ends_with('.') || c.chars().count() > 40
            })
        {
            break;
        }
        for (k, cell) in row.into_iter().enumerate() {
            if cell.is_empty() {
                continue;
            }
            if k < columns.len() {
                columns[k] = cell;
            } else {
                columns.push(cell);
            }
        }
        i += 1;
        extra += 1;
    }
    while columns.last().is_some_and(String::is_empty) {
        columns.pop();
    }
    let mut rows = Vec::new();
    let mut end = lines[i.min(lines.len()) - 1].end;
    while i < lines.len() {
        let t = lines[i].text(text);
        if t.trim().is_empty() {
            i += 1;
            continue;
        }
        if !t.contains('\t') || is_stt(t.split('\t').next().unwrap_or("")) {
            break;
        }
        let mut row = cells(t);
        while row.len() > columns.len() && row.last().is_some_and(String::is_empty) {
            row.pop();
        }
        rows.push(row);
        end = lines[i].end;
        i += 1;
    }
    out.push(Table {
        section: None,
        columns,
        rows,
        span: lines[start].start..end,
    });
    i
}

/// The cells of a `| 1 | Số cuộc kiểm tra | Cuộc | 2 |` line (Markdown-like rows).
fn pipe_row(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    let inner = t.strip_prefix('|')?.strip_suffix('|')?;
    let cells: Vec<String> = inner.split('|').map(clean).collect();
    (cells.len() >= 2).then_some(cells)
}

/// A table of `| … | … |` rows: the first holds the header; a row that PDF extraction broke
/// over lines (its first line does not end with `|`) is joined back.
fn pipe_row_table(text: &str, lines: &[Line], start: usize, out: &mut Vec<Table>) -> usize {
    let columns = pipe_row(lines[start].text(text)).unwrap_or_default();
    let mut rows = Vec::new();
    let mut end = lines[start].end;
    let mut i = start + 1;
    let mut pending = String::new();
    while i < lines.len() {
        let t = lines[i].text(text).trim();
        if t.is_empty() {
            i += 1;
            continue;
        }
        if pending.is_empty() && !t.starts_with('|') {
            break;
        }
        if !pending.is_empty() {
            pending.push(' ');
        }
        pending.push_str(t);
        i += 1;
        if let Some(cells) = pipe_row(&pending) {
            if cells.len() >= columns.len() || !pending.ends_with('|') {
                end = lines[i - 1].end;
                if !cells.first().is_some_and(|c| is_stt(c)) {
                    rows.push(cells);
                }
                pending.clear();
            }
        } else if pending.matches('|').count() > columns.len() + 1 {
            break;
        }
    }
    out.push(Table {
        section: None,
        columns,
        rows,
        span: lines[start].start..end,
    });
    i
}

/// Reads `|`-separated cells from line `start` on; returns the cells and where they end.
fn pipe_cells(text: &str, lines: &[Line], start: usize) -> (Vec<String>, usize, usize) {
    let mut cells = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut i = start;
    let mut end = lines[start].end;
    while i < lines.len() {
        let t = lines[i].text(text).trim();
        if TABLE_END.is_match(t) {
            break;
        }
        if t == "|" {
            cells.push(clean(&current.join(" ")));
            current.clear();
            end = lines[i].end;
        } else if !t.is_empty() {
            current.push(t);
        }
        i += 1;
    }
    if !current.is_empty() {
        // Text after the last `|` is not part of the table.
        i -= current.len().min(i);
    }
    (cells, i, end)
}

fn pipe_table(text: &str, lines: &[Line], start: usize, out: &mut Vec<Table>) -> usize {
    let (cells, next, end) = pipe_cells(text, lines, start);
    // Rows are counted by STT only in a table that has an STT column.
    let first_row = cells
        .first()
        .filter(|c| is_stt(c))
        .and_then(|_| cells.iter().position(|c| c == "1" || c == "1."));
    let (columns, rows) = match first_row {
        Some(h) => (cells[..h].to_vec(), rows_by_number(&cells[h..], h)),
        None => {
            let h = cells
                .iter()
                .position(|c| {
                    c.starts_with(|ch: char| ch.is_ascii_digit() || ch == '-' || ch == '+')
                        && c.chars().any(char::is_alphabetic)
                })
                .unwrap_or(cells.len());
            (cells[..h].to_vec(), rows_by_label(&cells[h..]))
        }
    };
    out.push(Table {
        section: None,
        columns,
        rows,
        span: lines[start].start..end,
    });
    next
}

/// Cuts cells into rows where the STT column counts 1, 2, 3 …
fn rows_by_number(cells: &[String], header: usize) -> Vec<Vec<String>> {
    let len = (2..=header.max(2) + 4)
        .find(|&l| {
            cells.get(l).is_some_and(|c| c == "2" || c == "2.")
                && cells
                    .get(2 * l)
                    .is_none_or(|c| c == "3" || c == "3." || cells.len() < 3 * l)
        })
        .unwrap_or(header.max(1));
    cells.chunks(len).map(<[String]>::to_vec).collect()
}

/// Cuts cells into rows at each cell that holds words.
fn rows_by_label(cells: &[String]) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    for c in cells {
        if c.chars().any(char::is_alphabetic) || rows.is_empty() {
            rows.push(vec![c.clone()]);
        } else if let Some(last) = rows.last_mut() {
            last.push(c.clone());
        }
    }
    rows
}

fn line_table(text: &str, lines: &[Line], start: usize, out: &mut Vec<Table>) -> usize {
    let mut header: Vec<String> = Vec::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut in_header = true;
    let mut i = start + 1;
    let mut end = lines[start].end;
    while i < lines.len() {
        let t = lines[i].text(text).trim();
        if TABLE_END.is_match(t) {
            break;
        }
        if t.is_empty() {
            i += 1;
            continue;
        }
        if is_stt(t) {
            // The header again, after a page break.
            in_header = true;
        } else if let Some(c) = ROW_NUMBER
            .captures(t)
            .filter(|c| c.name("rest").is_some() || c["n"].contains('.'))
        {
            in_header = false;
            let rest = c.name("rest").map_or(String::new(), |m| clean(m.as_str()));
            rows.push(vec![c["n"].to_string(), rest]);
        } else if in_header {
            if rows.is_empty() {
                header.push(clean(t));
            }
        } else if let Some(last) = rows.last_mut() {
            let joined = format!("{} {}", last[1], clean(t));
            last[1] = joined.trim().to_string();
        }
        end = lines[i].end;
        i += 1;
    }
    out.push(Table {
        section: None,
        columns: vec!["STT".to_string(), header.join(" ")],
        rows,
        span: lines[start].start..end,
    });
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines;

    fn read(text: &str) -> Vec<Table> {
        tables(text, &lines(text), &[])
    }

    #[test]
    fn tab_layout_with_spanning_header() {
        let text = "Phụ lục\nSTT\tChỉ tiêu\tKết quả\t\tGhi chú\n\t\tĐơn vị tính\tSố liệu\t\n1\tSố văn bản\tVăn bản\t8\t\n\n1.1\tTỷ lệ\t%\t73\t\nHết bảng\n";
        let t = read(text);
        assert_eq!(t.len(), 1);
        assert_eq!(
            t[0].columns,
            ["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"]
        );
        assert_eq!(
            t[0].rows,
            [
                ["1", "Số văn bản", "Văn bản", "8", ""],
                ["1.1", "Tỷ lệ", "%", "73", ""]
            ]
        );
        assert!(text[t[0].span.clone()].ends_with("73\t"));
    }

    #[test]
    fn pipe_layout_counts_rows() {
        let text = "TT\n|\nKế hoạch\n|\nNgày\n|\nSố nhiệm vụ\ntrong kế hoạch\n|\n1\n|\nKế hoạch năm\n|\n25/12/2019\n|\n30\n|\n2\n|\nKế hoạch kiểm tra\n|\n02/01/2020\n|\n7\n|\nPhụ lục 2\n";
        let t = read(text);
        assert_eq!(
            t[0].columns,
            ["TT", "Kế hoạch", "Ngày", "Số nhiệm vụ trong kế hoạch"]
        );
        assert_eq!(t[0].rows.len(), 2);
        assert_eq!(t[0].rows[1], ["2", "Kế hoạch kiểm tra", "02/01/2020", "7"]);
    }

    #[test]
    fn pipe_layout_rows_with_fewer_cells_than_header() {
        let text = "TT\n|\nTiêu chí\n|\nTổng\n|\nCấp tỉnh\n|\nCấp xã\n|\n1\n|\nSố TTHC công khai\n|\n15\n|\n15\n|\n2\n|\nSố TTHC một cửa\n|\n12\n|\n12\n|\n";
        let t = read(text);
        assert_eq!(
            t[0].rows,
            [
                ["1", "Số TTHC công khai", "15", "15"],
                ["2", "Số TTHC một cửa", "12", "12"]
            ]
        );
    }

    #[test]
    fn tab_header_lines_apart_by_blank_lines() {
        let text = "STT\tChỉ tiêu\tKết quả thống kê\t\tGhi chú \n \n\t\tĐơn vị tính\tSố liệu\t \n \n1.1\tSố cuộc kiểm tra CCHC\tCuộc\t2\t \n";
        let t = read(text);
        assert_eq!(
            t[0].columns,
            ["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"]
        );
        assert_eq!(
            t[0].rows,
            [["1.1", "Số cuộc kiểm tra CCHC", "Cuộc", "2", ""]]
        );
    }

    #[test]
    fn pipe_row_layout_with_a_row_broken_over_lines() {
        let text = "| STT | Chỉ tiêu | Đơn vị tính | Số liệu | Ghi chú |\n\n| 1.1 | Số cuộc kiểm tra | Cuộc | 02 |  |\n\n| 6.3 | Tỷ lệ hồ sơ được số hóa | % | 85% | Tính đến thời điểm \n\nbáo cáo |\n\nTrên đây";
        let t = read(text);
        assert_eq!(
            t[0].columns,
            ["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"]
        );
        assert_eq!(
            t[0].rows,
            [
                ["1.1", "Số cuộc kiểm tra", "Cuộc", "02", ""],
                [
                    "6.3",
                    "Tỷ lệ hồ sơ được số hóa",
                    "%",
                    "85%",
                    "Tính đến thời điểm báo cáo"
                ]
            ]
        );
    }

    #[test]
    fn pdf_line_layout() {
        let text = "STT \n\nChỉ tiêu thống kê \n\n1 Công tác chỉ đạo \n\n1.1 Số nhiệm vụ đề ra Nhiệm vụ 27 \n\n1.2 \nSố bộ phận đã \n\nkiểm tra 10/10 \n";
        let t = read(text);
        assert_eq!(t[0].columns, ["STT", "Chỉ tiêu thống kê"]);
        assert_eq!(t[0].rows.len(), 3);
        assert_eq!(t[0].rows[2], ["1.2", "Số bộ phận đã kiểm tra 10/10"]);
    }
}
