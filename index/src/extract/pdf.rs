//! `.pdf` with a text layer, through poppler's `pdftotext` (chosen by measurement over the
//! pure-Rust `pdf-extract`: see the crate's commit history and the lead's report).
//!
//! `pdftotext` in its default (reading-order) mode gives one line per printed line and a blank
//! line between blocks. The result is then reshaped for the parser:
//! - the `ƣ`/`Ƣ` glyph artefact of some Vietnamese fonts is repaired to `ư`/`Ư`;
//! - a printed line that fills the measure is joined with the next one (the paragraph was
//!   wrapped), but short lines (headings, titles, list items) stay on their own;
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
    let out = run_to_stdout(file.path(), limits)?;
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
    Ok(reflow(&repair_glyphs(&raw)))
}

fn run_to_stdout(path: &std::path::Path, limits: &Limits) -> Result<command::Output, Reason> {
    command::run(
        "pdftotext",
        &["-enc", "UTF-8", "-eol", "unix"],
        path,
        &["-"],
        limits.tool_timeout,
        limits.max_entry_bytes,
    )
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

/// Joins wrapped lines into paragraphs (see the module docs).
pub(crate) fn reflow(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for page in text.split('\u{C}') {
        for block in page.split("\n\n") {
            let lines: Vec<&str> = block
                .lines()
                .map(str::trim_end)
                .filter(|l| !l.trim().is_empty())
                .collect();
            if lines.is_empty() || (lines.len() == 1 && is_page_number(lines[0])) {
                continue;
            }
            let measure = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
            let mut para = String::new();
            for (i, line) in lines.iter().enumerate() {
                let line = line.trim();
                if i > 0 {
                    let prev = lines[i - 1].trim();
                    let wrapped = prev.chars().count() * 100 >= measure * 70
                        && measure >= 40
                        && !starts_item(line);
                    if ends_in_code_hyphen(prev) {
                        // `03/KH-` + `UBND`: glued back.
                    } else if wrapped {
                        para.push(' ');
                    } else {
                        para.push('\n');
                    }
                }
                para.push_str(line);
            }
            out.push_str(&para);
            out.push_str("\n\n");
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
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
    fn wrapped_lines_join_and_headings_stay() {
        let text = "I. CÔNG TÁC CHỈ ĐẠO\n\
                    1. Tình hình tổ chức thực hiện\n\n\
                    UBND xã căn cứ vào nội dung, chương trình kế hoạch cải cách của tỉnh\n\
                    để xây dựng Kế hoạch số 03/KH-\n\
                    UBND ngày 11/01/2021 về tự kiểm tra.\n\
                    - Xây dựng kế hoạch tuyên truyền năm 2021 cho toàn bộ cán bộ xã.\n\n\
                    \u{C}2\n\n";
        assert_eq!(
            reflow(text),
            "I. CÔNG TÁC CHỈ ĐẠO\n1. Tình hình tổ chức thực hiện\n\n\
             UBND xã căn cứ vào nội dung, chương trình kế hoạch cải cách của tỉnh để xây dựng Kế hoạch số 03/KH-UBND ngày 11/01/2021 về tự kiểm tra.\n\
             - Xây dựng kế hoạch tuyên truyền năm 2021 cho toàn bộ cán bộ xã.\n"
        );
    }
}
