//! Small text helpers shared by the report parsers: artefact repair, lines, cleaning.

use std::borrow::Cow;

/// Replaces the PDF font artefact `ƣ`/`Ƣ` (U+01A3/U+01A2) by `ư`/`Ư`.
///
/// Both letters take two bytes in UTF-8, so every byte offset into the repaired text is
/// also an offset into the original: the parsers work on the repaired copy and their
/// spans stay valid for the text the caller gave.
pub(crate) fn repair(text: &str) -> Cow<'_, str> {
    // Two substring searches (vectorised) rather than one char-by-char search for either.
    if text.contains('ƣ') || text.contains('Ƣ') {
        Cow::Owned(text.replace('ƣ', "ư").replace('Ƣ', "Ư"))
    } else {
        Cow::Borrowed(text)
    }
}

/// One line of the text: `start..end` without its line break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character (before `\r\n` or `\n`).
    pub end: usize,
}

impl Line {
    /// The line's text.
    pub fn text(self, text: &str) -> &str {
        &text[self.start..self.end]
    }
}

/// Every line of `text`, in order.
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::with_capacity(text.len() / 40 + 1);
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            let end = if i > start && text.as_bytes()[i - 1] == b'\r' {
                i - 1
            } else {
                i
            };
            out.push(Line { start, end });
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(Line {
            start,
            end: text.len(),
        });
    }
    out
}

/// Whether the text looks extracted from a PDF: a line break every ~80 characters.
///
/// Then a line break inside a sentence is soft, and phrases (subjects, headings) may
/// continue on the next non-blank line.
pub(crate) fn is_wrapped(text: &str, lines: &[Line]) -> bool {
    let mut counted = 0usize;
    let mut long = 0usize;
    let mut medium = 0usize;
    for line in lines {
        let n = line.text(text).trim().chars().count();
        if n <= 20 {
            continue;
        }
        counted += 1;
        if n > 150 {
            long += 1;
        } else if (55..=110).contains(&n) {
            medium += 1;
        }
    }
    counted >= 20 && long * 50 <= counted && medium * 10 >= counted * 4
}

/// Removes Word/HTML markup (`**`, `<i>`, `</b>` …) and collapses whitespace.
pub(crate) fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(['*', '<']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if tail.starts_with('*') {
            rest = tail.trim_start_matches('*');
            out.push(' ');
        } else if let Some(close) = tail.find('>').filter(|&c| {
            c <= 4
                && tail[1..c]
                    .trim_start_matches('/')
                    .chars()
                    .all(|ch| ch.is_ascii_alphabetic())
        }) {
            rest = &tail[close + 1..];
        } else {
            out.push('<');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    collapse(&out)
}

/// Collapses every run of whitespace into one space and trims the ends.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The largest char boundary of `text` not after `i`.
pub(crate) fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `text` not before `i`.
pub(crate) fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Runs `slow` (a regex with Unicode `\b` or many captures) only on windows around the
/// matches of `anchor` (a regex the DFA handles), from `before` bytes before each anchor
/// to `after` bytes after it; yields the captures in text order with offsets of `text`.
///
/// A regex with a Unicode word boundary cannot run as a DFA on Vietnamese text; searched
/// over a whole report it would run at a few MB/s.
pub(crate) fn near<'t>(
    slow: &regex::Regex,
    anchor: &regex::Regex,
    text: &'t str,
    before: usize,
    after: usize,
) -> Vec<(usize, regex::Captures<'t>)> {
    near_if(slow, anchor, text, before, after, |_| true)
}

/// [`near`], with `slow` run only on the windows `may` keeps: a cheap necessary condition
/// of a match.
pub(crate) fn near_if<'t>(
    slow: &regex::Regex,
    anchor: &regex::Regex,
    text: &'t str,
    before: usize,
    after: usize,
    may: impl Fn(&str) -> bool,
) -> Vec<(usize, regex::Captures<'t>)> {
    near_with(anchor, text, before, after, |window| {
        if !may(window) {
            return None;
        }
        let c = slow.captures(window)?;
        Some((c.get(0).map_or(0, |m| m.end()), c))
    })
}

/// [`near_if`] with any reader of a window: `read` gives where its match ends in the window
/// and what it read; the next window starts after that end.
pub(crate) fn near_with<'t, T>(
    anchor: &regex::Regex,
    text: &'t str,
    before: usize,
    after: usize,
    read: impl Fn(&'t str) -> Option<(usize, T)>,
) -> Vec<(usize, T)> {
    let mut out = Vec::new();
    let mut done = 0;
    for a in anchor.find_iter(text) {
        let from = floor_boundary(text, a.start().saturating_sub(before)).max(done);
        let to = ceil_boundary(text, a.end() + after);
        if from >= to {
            continue;
        }
        if let Some((end, t)) = read(&text[from..to]) {
            out.push((from, t));
            done = from + end;
        }
    }
    out
}

/// Upper-cases the first letter of each word of an all-capitals name: `HƯƠNG XUÂN` → `Hương Xuân`.
pub(crate) fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                Some(first) => first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// Whether a word is written in capitals only (at least one letter, no lower-case letter).
pub(crate) fn is_upper(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repair_keeps_byte_offsets() {
        let text = "Phƣơng hƣớng Ƣu";
        let fixed = repair(text);
        assert_eq!(fixed, "Phương hướng Ưu");
        assert_eq!(fixed.len(), text.len());
    }

    #[test]
    fn lines_handle_crlf_and_last_line() {
        let text = "a\r\nbc\n\nd";
        let got: Vec<&str> = lines(text).iter().map(|l| l.text(text)).collect();
        assert_eq!(got, ["a", "bc", "", "d"]);
    }

    #[test]
    fn clean_drops_markup() {
        assert_eq!(clean("**Kết quả <i>thực</i>  hiện**"), "Kết quả thực hiện");
        assert_eq!(clean("a < b"), "a < b");
    }

    #[test]
    fn title_case_of_capitals() {
        assert_eq!(title_case("HƯƠNG XUÂN"), "Hương Xuân");
    }

    #[test]
    fn wrapped_text_is_detected() {
        let line =
            "Đây là một dòng văn bản được trích xuất từ tệp PDF với độ dài gần tám mươi ký tự.\n\n";
        let text = line.repeat(30);
        assert!(is_wrapped(&text, &lines(&text)));
        let long = format!("{}\n\n", line.trim().repeat(4)).repeat(30);
        assert!(!is_wrapped(&long, &lines(&long)));
    }
}
