//! The subject of a cited document: the `về …` / `về việc …` / `V/v …` / `vv …` phrase.

use super::super::text::{ceil_boundary, clean};
use super::issuer::{Issuer, pattern_before_whitespace};
use regex::Regex;
use std::sync::LazyLock;

/// The marker that opens a subject, at the start of the haystack.
static MARKER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^[\s,]*(?:về\s+việc|v/v|vv|về)[\s:]+").expect("valid regex"));

/// `của <issuer>` closing a subject. Only whitespace follows the issuer, so its word
/// boundaries always hold and are left out: the regex runs as a reverse DFA.
static TRAILING_ISSUER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\sc[ủu]a\s+(?:{})\s*$",
        pattern_before_whitespace()
    ))
    .expect("valid regex")
});

/// Phrases that start another object of the sentence, not part of the subject.
const STOPS: &[&str] = &[" và các văn bản", " gắn với "];

/// The longest subject kept, in characters; longer phrases are cut at a word.
const MAX_CHARS: usize = 300;

/// A subject phrase read after a citation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Subject {
    /// The phrase without its marker, markup and line breaks.
    pub text: String,
    /// Byte offset where it ends in the text.
    pub end: usize,
    /// The issuer when the phrase ends with `của <issuer>`.
    pub issuer: Option<Issuer>,
}

/// Reads a subject starting at `pos`, not running past `limit` (the next citation).
///
/// It ends at `;`, at a full stop followed by a space, or at a line break when line
/// breaks are hard (not `wrapped`); a soft line break in wrapped text ends it only
/// before a bullet.
pub(crate) fn subject_at(text: &str, pos: usize, limit: usize, wrapped: bool) -> Option<Subject> {
    let limit = ceil_boundary(text, limit.min(pos + 2000).max(pos));
    let hay = &text[pos..limit];
    let m = MARKER.find(hay)?;
    let body_start = pos + m.end();
    let body = &text[body_start..limit];
    let mut end = body.len();
    let mut chars = body.char_indices().peekable();
    let mut seen_text = false;
    while let Some((i, c)) = chars.next() {
        match c {
            ';' => {
                end = i;
                break;
            }
            ',' if starts_clause(&body[i + 1..]) => {
                end = i;
                break;
            }
            ':' if !body[i + 1..].starts_with(|d: char| d.is_ascii_digit()) => {
                end = i;
                break;
            }
            ' ' if STOPS.iter().any(|s| body[i..].starts_with(s)) => {
                end = i;
                break;
            }
            '.' => {
                let next = chars.peek().map(|&(_, n)| n);
                if next.is_none_or(char::is_whitespace) {
                    end = i;
                    break;
                }
            }
            '\n' => {
                let rest = body[i..].trim_start();
                let bullet = rest.starts_with(['-', '+', '•', '*'])
                    || rest.chars().next().is_some_and(|ch| ch.is_ascii_digit());
                if (!wrapped && seen_text) || (wrapped && bullet) {
                    end = i;
                    break;
                }
            }
            c if !c.is_whitespace() => seen_text = true,
            _ => {}
        }
    }
    let mut raw = &body[..end];
    // A parenthesis left open was cut off: drop it.
    if let Some(open) = raw.rfind('(')
        && !raw[open..].contains(')')
    {
        raw = &raw[..open];
    }
    let mut phrase = clean(raw);
    // Connectors left dangling before the next mention.
    loop {
        let trimmed = phrase.trim_end_matches(['.', '…', ',', ' ', '-', '–']);
        let cut = [" và các", " và", " của", " theo"]
            .iter()
            .find_map(|t| trimmed.strip_suffix(t));
        let next = cut.unwrap_or(trimmed).to_string();
        if next == phrase {
            break;
        }
        phrase = next;
    }
    if phrase.chars().count() > MAX_CHARS {
        let cut: String = phrase.chars().take(MAX_CHARS).collect();
        phrase = match cut.rfind(' ') {
            Some(i) => cut[..i].to_string(),
            None => cut,
        };
    }
    if phrase.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return None;
    }
    let issuer = if phrase.contains("của") || phrase.contains("cua") {
        TRAILING_ISSUER
            .captures(&phrase)
            .and_then(|c| Issuer::from_captures(&c))
    } else {
        None
    };
    Some(Subject {
        text: phrase,
        end: body_start + end,
        issuer,
    })
}

/// Whether a new clause starts here (after a comma): the subject ended before it.
fn starts_clause(rest: &str) -> bool {
    let head: String = rest
        .trim_start()
        .chars()
        .take(16)
        .collect::<String>()
        .to_lowercase();
    [
        "ubnd",
        "ủy ban",
        "uỷ ban",
        "thực hiện",
        "căn cứ",
        "đồng thời",
        "triển khai thực hiện",
    ]
    .iter()
    .any(|w| head.starts_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::citation::issuer::Context;

    fn subj(text: &str, wrapped: bool) -> Option<String> {
        subject_at(text, 0, text.len(), wrapped).map(|s| s.text)
    }

    #[test]
    fn markers() {
        assert_eq!(
            subj(" về việc tăng cường an toàn; Quyết định", false).as_deref(),
            Some("tăng cường an toàn")
        );
        assert_eq!(
            subj(" vv tuyên truyền chuyển đổi số năm 2024;", false).as_deref(),
            Some("tuyên truyền chuyển đổi số năm 2024")
        );
        assert_eq!(
            subj(", V/v báo cáo định kỳ.", false).as_deref(),
            Some("báo cáo định kỳ")
        );
        assert_eq!(subj(" của UBND xã", false), None);
    }

    #[test]
    fn hard_and_soft_line_breaks() {
        assert_eq!(
            subj(" về thực hiện công tác\nCCHC năm 2021", false).as_deref(),
            Some("thực hiện công tác")
        );
        assert_eq!(
            subj(" về thực hiện công tác \n\nCCHC năm 2021; Kế", true).as_deref(),
            Some("thực hiện công tác CCHC năm 2021")
        );
        assert_eq!(
            subj(" về việc\n\nthông báo tuyển dụng.", false).as_deref(),
            Some("thông báo tuyển dụng")
        );
    }

    #[test]
    fn trailing_issuer() {
        let text = " về ứng dụng CNTT giai đoạn 2021 – 2025 của UBND \n\nhuyện Hòa Bình.";
        let s = subject_at(text, 0, text.len(), true).unwrap();
        let issuer = s.issuer.unwrap().render(&Context::default());
        assert_eq!(issuer.as_deref(), Some("UBND huyện Hòa Bình"));
        let text = " về kết luận của Chủ tịch UBND xã tại hội nghị.";
        let inner = subject_at(text, 0, text.len(), false).unwrap();
        assert_eq!(inner.issuer, None);
    }
}
