//! Markdown to text: the marks that only style the text go, the text and the table cells stay.
//!
//! Documents saved from legal portals come as Markdown whose emphasis is scattered through the
//! words (`**ỦY BAN NHÂN\nDÂN**`, `C**ỤC**`, `*Bắc Ninh, ngày 28 tháng 11 năm 2025*`) and whose
//! punctuation is escaped (`1\.`, `\-`). Shown as they are, the stars end up in snippets and split
//! words for the parser. What goes:
//!
//! - runs of two or more `*` or `_` anywhere (bold);
//! - a single `*` or `_` that opens a line's text or closes it (italics around a whole line);
//! - `#` heading marks at the start of a line;
//! - the backslash of an escaped ASCII punctuation mark (`\.` → `.`).
//!
//! What stays: `|` table cells (the table reader reads them), a lone `*` inside a line such as a
//! footnote mark `(*)`, and everything else.

/// The text of a Markdown document.
pub fn to_text(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    for (i, line) in source.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&line_text(line));
    }
    out
}

fn line_text(line: &str) -> String {
    let line = heading_text(line);
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' && chars.get(i + 1).is_some_and(|n| n.is_ascii_punctuation()) {
            out.push(chars[i + 1]);
            i += 2;
            continue;
        }
        if c == '*' || c == '_' {
            let mut end = i;
            while end < chars.len() && chars[end] == c {
                end += 1;
            }
            let run = end - i;
            let before = out.trim_end_matches([' ', '\t', '\r']).is_empty();
            let after = chars[end..].iter().all(|c| matches!(c, ' ' | '\t' | '\r'));
            let styled = if c == '*' {
                run >= 2
            } else {
                run == 2 || run == 3
            };
            // A single mark that opens the line's text before a word, or closes it after one.
            let opens = before && chars.get(end).is_some_and(|n| n.is_alphanumeric());
            let closes = after
                && out
                    .chars()
                    .last()
                    .is_some_and(|p| p.is_alphanumeric() || ".,:;)”\"".contains(p));
            if styled || opens || closes {
                i = end;
                continue;
            }
            out.extend(&chars[i..end]);
            i = end;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// The line without its `#` heading marks.
fn heading_text(line: &str) -> &str {
    let trimmed = line.trim_start_matches([' ', '\t']);
    let hashes = trimmed.len() - trimmed.trim_start_matches('#').len();
    if (1..=6).contains(&hashes) {
        let rest = &trimmed[hashes..];
        if rest.is_empty() || rest.starts_with([' ', '\t']) {
            return rest.trim_start_matches([' ', '\t']);
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::to_text;

    #[test]
    fn bold_goes_even_inside_words_and_across_lines() {
        assert_eq!(
            to_text("**ỦY BAN NHÂN\nDÂN**\n**TỈNH HÒA BÌNH**"),
            "ỦY BAN NHÂN\nDÂN\nTỈNH HÒA BÌNH"
        );
        assert_eq!(to_text("C**ỤC THUẾ** TỈNH"), "CỤC THUẾ TỈNH");
        assert_eq!(to_text("**Điều 1. **Phê duyệt"), "Điều 1. Phê duyệt");
        assert_eq!(to_text("**\nTHƯ VIỆN**"), "\nTHƯ VIỆN");
        assert_eq!(to_text("__Căn cứ__ Luật"), "Căn cứ Luật");
    }

    #[test]
    fn italics_around_a_line_go() {
        assert_eq!(
            to_text("*Hòa Bình, ngày 02 tháng 3 năm 2025*"),
            "Hòa Bình, ngày 02 tháng 3 năm 2025"
        );
        assert_eq!(
            to_text("  *Kính gửi: Sở Nội vụ.*  "),
            "  Kính gửi: Sở Nội vụ.  "
        );
    }

    #[test]
    fn a_star_inside_the_text_stays() {
        assert_eq!(to_text("Tỷ lệ (*) đạt 100%"), "Tỷ lệ (*) đạt 100%");
        assert_eq!(to_text("3 * 4 = 12"), "3 * 4 = 12");
        assert_eq!(to_text("mã_số_thuế"), "mã_số_thuế");
    }

    #[test]
    fn headings_and_escapes() {
        assert_eq!(
            to_text("# QUYẾT ĐỊNH\n#\n## Điều 2"),
            "QUYẾT ĐỊNH\n\nĐiều 2"
        );
        assert_eq!(to_text("#hashtag"), "#hashtag");
        assert_eq!(
            to_text("1\\. Mục tiêu \\- chung \\*"),
            "1. Mục tiêu - chung *"
        );
        assert_eq!(to_text("C:\\Thư mục"), "C:\\Thư mục");
    }

    #[test]
    fn table_cells_stay() {
        assert_eq!(
            to_text("| **Số hiệu:** | 471/QĐ-UBND |"),
            "| Số hiệu: | 471/QĐ-UBND |"
        );
    }
}
