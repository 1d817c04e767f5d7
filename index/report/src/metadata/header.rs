//! The header of a document: the issuing body's lines, `Số: …`, the place and date, the kind
//! line (`QUYẾT ĐỊNH`) and the title or `V/v` line.
//!
//! Headers come in many layouts: two columns flattened onto one line, a pipe table with one
//! cell per line, markdown bold and italics (even inside a word: `n**ă**m`), words broken
//! across lines. The header is read as one flat string: markup and table pipes become spaces
//! and every run of whitespace one space, so a layout only changes where the spaces fall.

use super::super::date::iso;
use super::super::text::{Line, clean, collapse, is_upper};
use regex::Regex;
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("valid regex")
}

/// How far a header reaches at most, in bytes.
const HEADER_BYTES: usize = 8000;

/// Lines that begin the body: the header ends before them.
const BODY_STARTS: &[&str] = &[
    "căn cứ",
    "kính gửi",
    "thực hiện",
    "triển khai",
    "trên cơ sở",
];

/// The header: its lines (cleaned of markup) up to the body.
pub(crate) struct Header {
    /// Cleaned non-empty lines, with the byte offset of each in the text.
    pub lines: Vec<(usize, String)>,
    /// For each line, whether it starts inside a markup span (`*…*`, `**…**`) opened on an
    /// earlier line: the line continues that one (`*V/v thuế suất thuế` / `GTGT*`).
    pub continued: Vec<bool>,
    /// The lines joined by one space.
    pub flat: String,
}

/// Cleans a header line: table pipes, backslash escapes and `_` become spaces; markdown
/// stars and heading marks go without a trace, since they also stand inside words
/// (`C**ỤC THUẾ**`, `n**ă**m`); then HTML markup goes and whitespace collapses.
pub(crate) fn clean_line(line: &str) -> String {
    let unpiped: String = line
        .chars()
        .filter(|c| !matches!(c, '*' | '#'))
        .map(|c| {
            if matches!(c, '|' | '\\' | '_') {
                ' '
            } else {
                c
            }
        })
        .collect();
    clean(&unpiped)
}

/// Toggles the open markup spans by the star runs of a line: a run of one star toggles
/// italics, two bold, three both.
fn toggle_spans(line: &str, italic: &mut bool, bold: &mut bool) {
    let mut run = 0;
    for c in line.chars().chain(std::iter::once(' ')) {
        if c == '*' {
            run += 1;
            continue;
        }
        match run {
            0 => {}
            1 => *italic = !*italic,
            2 => *bold = !*bold,
            _ => {
                *italic = !*italic;
                *bold = !*bold;
            }
        }
        run = 0;
    }
}

/// Whether a cleaned line starts the body.
fn starts_body(cleaned: &str) -> bool {
    let lower = cleaned.to_lowercase();
    lower == "kính" || BODY_STARTS.iter().any(|w| lower.starts_with(w))
}

impl Header {
    /// Reads the header of `text`: lines up to the first line of the body, at most
    /// [`HEADER_BYTES`] bytes (and never past `limit`).
    pub(crate) fn read(text: &str, lines: &[Line], limit: usize) -> Header {
        let limit = limit.min(HEADER_BYTES);
        let mut out = Vec::new();
        let mut continued = Vec::new();
        let (mut italic, mut bold) = (false, false);
        for line in lines {
            if line.start >= limit {
                break;
            }
            let open = italic || bold;
            toggle_spans(line.text(text), &mut italic, &mut bold);
            let cleaned = clean_line(line.text(text));
            if cleaned.is_empty() || cleaned.chars().all(|c| matches!(c, '-' | '–' | '=' | ' ')) {
                continue;
            }
            if starts_body(&cleaned) {
                break;
            }
            out.push((line.start, cleaned));
            continued.push(open);
        }
        let flat = out
            .iter()
            .map(|(_, l)| l.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        Header {
            lines: out,
            continued,
            flat,
        }
    }
}

/// `Số:` (or `SỐ`, `Số` before a number) and what follows it.
static NUMBER_LABEL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|[^\p{L}\p{N}])(?:Số|SỐ)(?P<colon>\s*:)?\s*"));
/// A document number at the start of a string: `36/BC-UBND`, `84/2025/QĐ-UBND`,
/// `60-NQ/TW`, `34 KH/TWĐTNTNNT` (hyphen printed as a space), `572KH/TWĐTN` (hyphen lost),
/// `3257/TNI-QLDN1`, `12 /QĐ - UBND`.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<n>\d{1,6}[a-z]?)(?P<sep>\s*[/\-–]\s*|\s+|)(?P<code>[\p{L}\d&.]+(?:\s*[/\-–]\s*[\p{L}\d&.]+)*)",
    )
});
/// What an unnumbered copy prints where the number goes: `/QĐ-UBND`, `…/BC`, `QĐ/TW`.
static BLANK_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:[.…_\s]*[/\-]|[\p{Lu}Đ]{1,10}\s*[/\-]\s*\p{Lu})"));

/// What the header says after `Số`: `Some(Some(number))`, `Some(None)` for an unnumbered
/// copy, `None` when there is no number line.
pub(crate) fn number(flat: &str) -> Option<Option<String>> {
    for c in NUMBER_LABEL.captures_iter(flat) {
        let rest = &flat[c.get(0)?.end()..];
        let colon = c.name("colon").is_some();
        if let Some(n) = NUMBER.captures(rest) {
            let code = n["code"].trim_end_matches(['.', ',']);
            let joined = code.contains(['/', '-', '–']) || n["sep"].contains(['/', '-', '–']);
            if !joined || !code.chars().any(char::is_uppercase) {
                continue;
            }
            let code: String = code
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| if c == '–' { '-' } else { c })
                .collect();
            // A Party or Youth Union number printed with a space or nothing for its hyphen
            // (`34 KH/TW`, `572KH/TW`) gets it back.
            let sep = if n["sep"].trim() == "/" { "/" } else { "-" };
            // The Youth Union's unit glued to its committee's code when the hyphen was lost
            // (`526BC/TWĐTNTNTH`) is split again, as the citations of that number are.
            let code = match code.split_once('/') {
                Some((kind, issuer)) if sep == "-" && !issuer.contains('-') => {
                    match super::super::citation::registry::split_glued_unit(issuer) {
                        Some((body, unit)) => format!("{kind}/{body}-{unit}"),
                        None => code,
                    }
                }
                _ => code,
            };
            return Some(Some(format!("{}{sep}{code}", &n["n"])));
        }
        if colon {
            // `Số:` with no number after it: an unnumbered copy when a code stands there.
            return BLANK_NUMBER.is_match(rest).then_some(None);
        }
    }
    None
}

/// The place and date: `Hà Nội, ngày 20 tháng 11 năm 2025`, the day or month maybe blank,
/// `tháng12` glued, `Hà Nội ngày` without a comma, `Ngày 8 tháng 1 năm 2019` in its own cell;
/// never in capitals, which is how a title quotes another document's date.
pub(crate) static DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:ngày|Ngày)\s*(?P<d>\d{1,2}|\d \d)?[\s.…]*tháng\s*(?P<m>\d{1,2}|\d \d)?[\s.…]*năm\s*(?P<y>\d{4})\b",
    )
});

/// The document's date from the header: ISO, `YYYY-MM` with a blank day, `YYYY` with a
/// blank day and month.
pub(crate) fn date(flat: &str) -> Option<String> {
    DATE.captures_iter(flat).find_map(|c| {
        // A digit split off its number by a conversion (`tháng 0 6`) joins it again.
        let num = |g: &str| {
            c.name(g)
                .and_then(|m| m.as_str().replace(' ', "").parse::<u32>().ok())
        };
        let year = num("y")? as i32;
        match (num("d"), num("m")) {
            (_, Some(m)) => iso(num("d"), m, year),
            (None, None) if (1900..=2100).contains(&year) => Some(format!("{year:04}")),
            _ => None,
        }
    })
}

/// Kinds of documents, as printed on the kind line (upper case) and as named.
const KINDS: &[(&str, &str)] = &[
    ("NGHỊ QUYẾT LIÊN TỊCH", "Nghị quyết liên tịch"),
    ("THÔNG TƯ LIÊN TỊCH", "Thông tư liên tịch"),
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "Chương trình"),
    ("KẾ HOẠCH PHỐI HỢP", "Kế hoạch"),
    ("BÁO CÁO", "Báo cáo"),
    ("KẾ HOẠCH", "Kế hoạch"),
    ("QUYẾT ĐỊNH", "Quyết định"),
    ("CÔNG VĂN", "Công văn"),
    ("NGHỊ QUYẾT", "Nghị quyết"),
    ("CHỈ THỊ", "Chỉ thị"),
    ("THÔNG BÁO", "Thông báo"),
    ("TỜ TRÌNH", "Tờ trình"),
    ("CÔNG ĐIỆN", "Công điện"),
    ("HƯỚNG DẪN", "Hướng dẫn"),
    ("NGHỊ ĐỊNH", "Nghị định"),
    ("THÔNG TƯ", "Thông tư"),
    ("BỘ LUẬT", "Bộ luật"),
    ("LUẬT", "Luật"),
    ("PHÁP LỆNH", "Pháp lệnh"),
    ("CHƯƠNG TRÌNH", "Chương trình"),
    ("QUY ĐỊNH", "Quy định"),
    ("KẾT LUẬN", "Kết luận"),
    ("THÔNG TRI", "Thông tri"),
    ("QUY CHẾ", "Quy chế"),
    ("ĐỀ ÁN", "Đề án"),
    ("PHƯƠNG ÁN", "Phương án"),
    ("ĐIỀU LỆ", "Điều lệ"),
    ("HIẾN PHÁP", "Hiến pháp"),
    ("LỆNH", "Lệnh"),
];

/// Type codes of a number (`QĐ` in `12/QĐ-UBND`, `NQ` in `60-NQ/TW`) and their kinds.
const CODES: &[(&str, &str)] = &[
    ("VBHN", "Văn bản hợp nhất"),
    ("QĐ", "Quyết định"),
    ("NQ", "Nghị quyết"),
    ("KH", "Kế hoạch"),
    ("KHPH", "Kế hoạch"),
    ("BC", "Báo cáo"),
    ("TB", "Thông báo"),
    ("CT", "Chỉ thị"),
    ("TTR", "Tờ trình"),
    ("CĐ", "Công điện"),
    ("HD", "Hướng dẫn"),
    ("NĐ", "Nghị định"),
    ("TT", "Thông tư"),
    ("TTLT", "Thông tư liên tịch"),
    ("NQLT", "Nghị quyết liên tịch"),
    ("CTR", "Chương trình"),
    ("KL", "Kết luận"),
    ("QĐI", "Quy định"),
    ("QYĐ", "Quy định"),
    ("TTRI", "Thông tri"),
    ("CV", "Công văn"),
    ("L", "Luật"),
];

/// The kind word a cleaned line prints alone (`QUYẾT ĐỊNH`, `**NGHỊ QUYẾT**`, `QUYẾT ĐỊNH:`),
/// if any.
pub(crate) fn kind_line(cleaned: &str) -> Option<&'static str> {
    let t = cleaned.trim_end_matches([':', '.', ' ']).trim();
    if !is_upper(t) {
        return None;
    }
    let t = collapse(t);
    KINDS.iter().find(|(word, _)| t == *word).map(|(_, k)| *k)
}

/// `(Ban hành kèm theo Quyết định số … ngày 19 tháng 11 năm 2018 …)`: a text issued with
/// a decision, dated by it.
static ATTACHED: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)kèm\s+theo\s+[^()]{0,120}?(?P<date>ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4})")
});

/// The date of the decision a text was issued with, from its caption after the title.
pub(crate) fn attached_date(flat: &str) -> Option<String> {
    date(&ATTACHED.captures(flat)?["date"])
}

/// The kind line of a header: its index and kind; a kind word broken over two lines
/// (`QUYẾT` / `ĐỊNH`) counts, at its first line.
pub(crate) fn kind_at(header: &Header) -> Option<(usize, &'static str)> {
    let lines = &header.lines;
    (0..lines.len()).find_map(|k| {
        kind_line(&lines[k].1)
            .or_else(|| {
                let next = lines.get(k + 1)?;
                kind_line(&format!("{} {}", lines[k].1, next.1))
            })
            .map(|kind| (k, kind))
    })
}

/// The kind a number's code tells: the first part that is a type code
/// (`84/2025/QĐ-UBND` → `Quyết định`, `60-NQ/TW` → `Nghị quyết`).
pub(crate) fn kind_of_number(number: &str) -> Option<&'static str> {
    let mut parts = number.split(['/', '-']).skip(1);
    let mut part = parts.next()?;
    if part.chars().all(|c| c.is_ascii_digit()) {
        part = parts.next()?;
    }
    if part.starts_with("QH") && part[2..].chars().all(|c| c.is_ascii_digit()) {
        return Some("Luật");
    }
    let upper = part.to_uppercase();
    CODES.iter().find(|(c, _)| *c == upper).map(|(_, k)| *k)
}

/// `V/v …` or `Về việc …`: a letter's subject line, as printed after the number.
static SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|\s)(?:V/v|V/V|v/v)\s*:?\s*(?P<s>.*)$"));

/// The subject of a letter: the `V/v` line and the lines that continue it, up to the place
/// and date or the recipients.
pub(crate) fn subject(header: &Header) -> Option<String> {
    let i = header.lines.iter().position(|(_, l)| SUBJECT.is_match(l))?;
    let first = SUBJECT.captures(&header.lines[i].1)?["s"].to_string();
    let mut parts = vec![first];
    for (_, l) in &header.lines[i + 1..] {
        if parts.len() >= 4 || DATE.is_match(l) || l.contains(", ngày") || l.ends_with(',') {
            break;
        }
        if kind_line(l).is_some() || is_upper(l) || l.starts_with("Kính") {
            break;
        }
        parts.push(l.clone());
    }
    let s = collapse(&parts.join(" "));
    let s = s.trim_start_matches(['“', '"', ' ']);
    let s = s.trim_matches(|c: char| c == '"' || c == '“' || c == '”' || c == ' ');
    (!s.is_empty()).then(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_every_spelling() {
        let n = |s: &str| number(s).flatten();
        assert_eq!(n("Số: 36/BC-UBND Hà Nội").as_deref(), Some("36/BC-UBND"));
        assert_eq!(n("Số: 84/2025/QĐ-UBND").as_deref(), Some("84/2025/QĐ-UBND"));
        assert_eq!(n("ĐẢNG Số 60-NQ/TW Hà Nội").as_deref(), Some("60-NQ/TW"));
        assert_eq!(
            n("Số: 34 KH/TWĐTNTNNT").as_deref(),
            Some("34-KH/TWĐTN-TNNT")
        );
        assert_eq!(
            n("Số: 572KH/TWĐTNĐKTHTN").as_deref(),
            Some("572-KH/TWĐTN-ĐKTHTN")
        );
        assert_eq!(
            n("Số: 3257/TNI-QLDN1 V/v thuế").as_deref(),
            Some("3257/TNI-QLDN1")
        );
        assert_eq!(n("Số: 12 /QĐ-TTg").as_deref(), Some("12/QĐ-TTg"));
        assert_eq!(number("Số: /QĐ-UBND Tân Phú"), Some(None));
        assert_eq!(number("Số:      QĐ/TWĐTN"), Some(None));
        assert_eq!(number("Số lượng 12 người"), None);
    }

    #[test]
    fn dates_in_every_spelling() {
        assert_eq!(
            date("Hà Nội, ngày 20 tháng 11 năm 2025").as_deref(),
            Some("2025-11-20")
        );
        assert_eq!(
            date("Hà Nội ngày 01 tháng12 năm 2025").as_deref(),
            Some("2025-12-01")
        );
        assert_eq!(
            date("Tân Phú, ngày    tháng 8 năm 2024").as_deref(),
            Some("2024-08")
        );
        assert_eq!(
            date("Hà Nội, ngày … tháng … năm 2022").as_deref(),
            Some("2022")
        );
        assert_eq!(
            date("Hà Nội, ngày 26 tháng 0 6 năm 2018").as_deref(),
            Some("2018-06-26")
        );
        assert_eq!(
            attached_date(
                "QUY CHẾ (Ban hành kèm theo Quyết định số 5-QĐ/TW ngày 9 tháng 1 năm 2019)"
            )
            .as_deref(),
            Some("2019-01-09")
        );
    }

    #[test]
    fn kinds_from_lines_and_codes() {
        assert_eq!(kind_line("QUYẾT ĐỊNH:"), Some("Quyết định"));
        assert_eq!(kind_line("Quyết định"), None);
        assert_eq!(kind_of_number("84/2025/QĐ-UBND"), Some("Quyết định"));
        assert_eq!(kind_of_number("60-NQ/TW"), Some("Nghị quyết"));
        assert_eq!(kind_of_number("60/2024/QH15"), Some("Luật"));
        assert_eq!(kind_of_number("11306/VPCP-NN"), None);
    }
}
