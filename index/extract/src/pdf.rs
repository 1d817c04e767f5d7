//! `.pdf` with a text layer, through poppler's `pdftotext -layout`, chosen by measurement
//! over the pure-Rust `pdf-extract` and over `pdftotext`'s reading-order and `-raw` modes
//! (see the commit that chose it): only the layout mode keeps table rows and the two-column
//! header on one line each, and its indentation tells paragraph starts from wrapped lines.
//!
//! The layout text is then reshaped for the parser:
//! - the `ƣ`/`Ƣ` glyph artefact of some Vietnamese fonts is repaired to `ư`/`Ư`;
//! - a line with runs of 3 spaces or more is a table row: its pieces become tab-separated
//!   cells, and a following line whose single piece sits inside one cell (a wrapped cell) is
//!   appended to that cell;
//! - a printed line that fills the measure is joined with the next one when the next is a
//!   continuation (back at the left margin, not a list item), so wrapped paragraphs become one
//!   line; headings, titles and list items stay on their own lines;
//! - a line ending in a letter and `-` (`Kế hoạch số 03/KH-` + `UBND`) is joined without a
//!   space, since Vietnamese does not hyphenate words: such a break is inside a code;
//! - page breaks become paragraph breaks, and page numbers alone on a line go.

use super::Limits;
use super::command;
use super::error::Reason;

/// The text of a PDF.
pub(crate) fn to_text(bytes: &[u8], limits: &Limits) -> Result<String, Reason> {
    if !command::available("pdftotext") {
        return Err(Reason::MissingTool {
            format: ".pdf",
            tools: "pdftotext",
            install: "poppler-utils",
            alternative: "save the file as .docx",
        });
    }
    let file = command::temp_file(bytes, ".pdf")?;
    let out = command::run(
        "pdftotext",
        &["-layout", "-enc", "UTF-8", "-eol", "unix", "-q"],
        file.path(),
        &["-"],
        limits.tool_timeout,
        limits.max_entry_bytes,
    )?;
    if !out.success {
        let detail = command::failure(&out);
        if detail.to_ascii_lowercase().contains("password") {
            return Err(Reason::Encrypted("PDF"));
        }
        return Err(Reason::Corrupt {
            format: ".pdf",
            detail,
        });
    }
    let raw = String::from_utf8_lossy(&out.stdout);
    if raw.chars().filter(|c| c.is_alphanumeric()).count() < 8 {
        return Err(Reason::NoTextLayer);
    }
    Ok(shape(&repair_glyphs(&raw)))
}

/// `ƣ` → `ư`, `Ƣ` → `Ư`, then NFC.
pub(crate) fn repair_glyphs(text: &str) -> String {
    let repaired: String = text
        .chars()
        .map(|c| match c {
            'ƣ' => 'ư',
            'Ƣ' => 'Ư',
            c => c,
        })
        .collect();
    super::text::finish(repaired)
}

/// A piece of a layout line: its text and its columns (in characters).
#[derive(Debug, Clone)]
struct Piece {
    start: usize,
    end: usize,
    text: String,
}

/// Splits a layout line at runs of 3 spaces or more.
fn pieces(line: &str) -> Vec<Piece> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == ' ' {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while i < chars.len() {
            if chars[i] != ' ' {
                end = i + 1;
                i += 1;
                continue;
            }
            let gap = chars[i..].iter().take_while(|&&c| c == ' ').count();
            if gap >= 3 {
                break;
            }
            i += gap;
        }
        out.push(Piece {
            start,
            end,
            text: chars[start..end].iter().collect(),
        });
        i = end;
    }
    out
}

/// One line of a page, classified.
#[derive(Debug)]
enum Line {
    Blank,
    Text(Piece),
    Row(Vec<Piece>),
}

/// Turns `pdftotext -layout` output into the module's text shape (see the module docs).
pub(crate) fn shape(layout: &str) -> String {
    let mut out = String::with_capacity(layout.len());
    for page in layout.split('\u{C}') {
        let lines = classify(page);
        let texts = || {
            lines.iter().filter_map(|l| match l {
                Line::Text(p) => Some(p),
                _ => None,
            })
        };
        let margin = texts().map(|p| p.start).min().unwrap_or(0);
        let measure = texts().map(|p| p.end).max().unwrap_or(0);
        let mut previous_row: Option<&Vec<Piece>> = None;
        let mut previous_text: Option<&Piece> = None;
        for line in &lines {
            match line {
                Line::Blank => {
                    end_paragraph(&mut out);
                    out.push('\n');
                    previous_text = None;
                    previous_row = None;
                }
                Line::Row(cells) => {
                    end_paragraph(&mut out);
                    out.push_str(&row_text(cells, previous_row, margin));
                    out.push('\n');
                    previous_row = Some(cells);
                    previous_text = None;
                }
                Line::Text(piece) => {
                    previous_row = None;
                    if let Some(prev) = previous_text {
                        if ends_in_code_hyphen(&prev.text) {
                            // `03/KH-` + `UBND`: glued back.
                        } else if continues(prev, piece, margin, measure) {
                            out.push(' ');
                        } else {
                            out.push('\n');
                        }
                    } else {
                        end_paragraph(&mut out);
                    }
                    out.push_str(&piece.text);
                    previous_text = Some(piece);
                }
            }
        }
        end_paragraph(&mut out);
        out.push('\n');
    }
    // At most one blank line in a row, none at the ends.
    let mut text = String::with_capacity(out.len());
    let mut blank = true;
    for line in out.lines() {
        if line.trim().is_empty() || is_page_number(line) {
            if !blank {
                text.push('\n');
            }
            blank = true;
        } else {
            text.push_str(line.trim_end());
            text.push('\n');
            blank = false;
        }
    }
    while text.ends_with("\n\n") {
        text.pop();
    }
    text
}

fn end_paragraph(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

/// Classifies the lines of a page, appending wrapped cell text to its row: a line whose
/// pieces each sit inside a different cell of the row above, leaving its first cell empty
/// (or being a single piece), continues that row.
fn classify(page: &str) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    for raw in page.lines() {
        let found = pieces(raw);
        if found.is_empty() {
            lines.push(Line::Blank);
            continue;
        }
        if let Some(Line::Row(cells)) = lines.last_mut()
            && let Some(targets) = continuation(cells, &found)
        {
            for (piece, target) in found.into_iter().zip(targets) {
                let cell = &mut cells[target];
                cell.text.push(' ');
                cell.text.push_str(&piece.text);
            }
            continue;
        }
        let mut found = found;
        lines.push(match found.len() {
            1 => Line::Text(found.pop().expect("one piece")),
            _ => Line::Row(found),
        });
    }
    lines
}

/// For each piece, the cell of `row` it sits inside, if the pieces continue the row.
fn continuation(row: &[Piece], found: &[Piece]) -> Option<Vec<usize>> {
    let inside = |p: &Piece| {
        row.iter()
            .position(|c| p.start + 1 >= c.start && p.end <= c.end + 1)
    };
    let targets: Vec<usize> = found.iter().map(inside).collect::<Option<_>>()?;
    let distinct = targets.windows(2).all(|w| w[0] < w[1]);
    let first_empty = found.len() == 1 || targets[0] > 0;
    (distinct && first_empty).then_some(targets)
}

/// The cells of a row separated by tabs, with empty cells where the row above had a cell and
/// this one has none (a row starting in its third column starts with two tabs).
fn row_text(cells: &[Piece], above: Option<&Vec<Piece>>, margin: usize) -> String {
    let mut text = String::new();
    let mut column_end = margin;
    for (i, cell) in cells.iter().enumerate() {
        let skipped = above.map_or(0, |row| {
            row.iter()
                .filter(|c| c.start + 1 >= column_end && c.end <= cell.start)
                .count()
        });
        let tabs = if i == 0 { skipped } else { skipped.max(1) };
        text.extend(std::iter::repeat_n('\t', tabs));
        text.push_str(&cell.text);
        column_end = cell.end;
    }
    text
}

/// Whether `next` continues the paragraph of `prev`: `prev` fills most of the measure and
/// `next` is back at the left margin, not a list item. A line indented further than the
/// margin starts a paragraph (Vietnamese reports indent first lines) or is centred.
fn continues(prev: &Piece, next: &Piece, margin: usize, measure: usize) -> bool {
    let width = measure.saturating_sub(margin);
    width >= 30
        && (prev.end - margin) * 100 >= width * 75
        && next.start <= margin + 1
        && !starts_item(&next.text)
}

/// `- `, `+ `, `• `, `1.`, `1.2.`, `a)`, `II.`: a line that starts a new item.
fn starts_item(line: &str) -> bool {
    if line.starts_with(['-', '+', '•', '*', '–']) {
        return true;
    }
    let head: String = line.chars().take_while(|c| !c.is_whitespace()).collect();
    let Some(body) = head.strip_suffix(['.', ')', ',']) else {
        return false;
    };
    let body = body.trim_end_matches('.');
    !body.is_empty()
        && (body.chars().all(|c| c.is_ascii_digit() || c == '.')
            || body.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
            || (body.chars().count() == 1 && body.chars().all(|c| c.is_lowercase())))
}

fn ends_in_code_hyphen(line: &str) -> bool {
    let mut rev = line.chars().rev();
    rev.next() == Some('-') && rev.next().is_some_and(char::is_alphanumeric)
}

fn is_page_number(line: &str) -> bool {
    let t = line.trim().trim_matches(['-', '–', ' ']);
    !t.is_empty() && t.len() <= 4 && t.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glyph_artefact_is_repaired() {
        assert_eq!(
            repair_glyphs("Phƣơng hƣớng; ƢU TIÊN"),
            "Phương hướng; ƯU TIÊN"
        );
    }

    #[test]
    fn layout_becomes_rows_and_paragraphs() {
        let layout = "\
     ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
     Số: 47/BC-UBND                     Tân Phú, ngày 18 tháng 9 năm 2024
                                   BÁO CÁO
     Thực hiện Công văn số 214/UBND-NV ngày 02/9/2024 của UBND huyện Sơn
Hòa về việc báo cáo công tác cải cách hành chính quý III năm 2024, UBND xã Tân
Phú báo cáo kết quả như sau:
     I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
     - Ban hành Kế hoạch số 03/KH-
UBND ngày 11/01/2021 về tự kiểm tra, rà soát và hệ thống hóa văn bản QPPL.

 STT              Chỉ tiêu thống kê              Kết quả thống kê       Ghi chú
                                                Đơn vị       Số liệu
                                                 tính
  1       Số văn bản chỉ đạo CCHC đã ban       Văn bản          6
                         hành

                                     2
\u{C}     II. KẾT QUẢ
";
        assert_eq!(
            shape(layout),
            "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
             Số: 47/BC-UBND\tTân Phú, ngày 18 tháng 9 năm 2024\n\
             BÁO CÁO\n\
             Thực hiện Công văn số 214/UBND-NV ngày 02/9/2024 của UBND huyện Sơn Hòa về việc báo cáo công tác cải cách hành chính quý III năm 2024, UBND xã Tân Phú báo cáo kết quả như sau:\n\
             I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n\
             - Ban hành Kế hoạch số 03/KH-UBND ngày 11/01/2021 về tự kiểm tra, rà soát và hệ thống hóa văn bản QPPL.\n\n\
             STT\tChỉ tiêu thống kê\tKết quả thống kê\tGhi chú\n\
             \t\tĐơn vị tính\tSố liệu\n\
             1\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t6\n\n\
             II. KẾT QUẢ\n"
        );
    }
}
