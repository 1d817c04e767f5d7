//! Snippets: short extracts of the original text. A search hit's is data ([`Snippet`]: the
//! text and the marked byte ranges), and so is a citation's mention, the citation marked.

use serde::{Deserialize, Serialize};
use std::ops::Range;
use utoipa::ToSchema;

/// A byte range of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Mark {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// An extract of a section's original text (whitespace runs made one space, `…` where it is
/// cut) and where the query's words stand in it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Snippet {
    /// The extract, as written (not escaped).
    pub text: String,
    /// The matched words: byte ranges into `text`, in order, not overlapping.
    pub marks: Vec<Mark>,
}

impl Snippet {
    /// The text with each mark between `open` and `close` (`«`, `»` for a terminal).
    pub fn render(&self, open: &str, close: &str) -> String {
        self.render_with(open, close, |s| s.to_string())
    }

    /// The text HTML-escaped, each mark in `<mark>…</mark>`.
    pub fn html(&self) -> String {
        self.render_with("<mark>", "</mark>", escape_html)
    }

    fn render_with(&self, open: &str, close: &str, piece: impl Fn(&str) -> String) -> String {
        let mut out = String::with_capacity(self.text.len() + 16 * self.marks.len());
        let mut at = 0;
        for m in &self.marks {
            let (start, end) = (m.start.max(at), m.end.min(self.text.len()));
            let (Some(before), Some(inside)) =
                (self.text.get(at..start), self.text.get(start..end))
            else {
                continue;
            };
            out.push_str(&piece(before));
            out.push_str(open);
            out.push_str(&piece(inside));
            out.push_str(close);
            at = end;
        }
        out.push_str(&piece(self.text.get(at..).unwrap_or("")));
        out
    }
}

/// Characters of context shown before a citation.
const BEFORE: usize = 110;
/// Characters of context shown after a citation.
const AFTER: usize = 150;

/// Escapes `&`, `<`, `>`, `"` and `'` for HTML.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A citation's mention in its sentence: the text around it (whitespace runs made one space,
/// `…` where it is cut) with the citation marked, as data like a search hit's snippet.
pub fn mention_snippet(text: &str, span: Range<usize>) -> Snippet {
    let start = floor_boundary(text, span.start.min(text.len()));
    let end = floor_boundary(text, span.end.clamp(start, text.len()));
    let from = back_chars(text, start, BEFORE);
    let to = forward_chars(text, end, AFTER);
    let mut out = String::with_capacity(to - from + 8);
    if from > 0 {
        out.push('…');
    }
    push_squashed(&mut out, &text[from..start]);
    let mark_start = out.len();
    push_squashed(&mut out, &text[start..end]);
    let mut mark = Mark {
        start: mark_start,
        end: out.len(),
    };
    push_squashed(&mut out, &text[end..to]);
    if to < text.len() {
        out.push('…');
    }
    // Trimmed as shown; the mark moves with the text and never covers the trimmed spaces.
    let lead = out.len() - out.trim_start().len();
    let kept = out.trim().len();
    let text = out[lead..lead + kept].to_string();
    mark.start = mark.start.saturating_sub(lead).min(text.len());
    mark.end = mark.end.saturating_sub(lead).clamp(mark.start, text.len());
    while mark.start < mark.end && text[mark.start..].starts_with(' ') {
        mark.start += 1;
    }
    while mark.end > mark.start && text[..mark.end].ends_with(' ') {
        mark.end -= 1;
    }
    let marks = if mark.start < mark.end {
        vec![mark]
    } else {
        Vec::new()
    };
    Snippet { text, marks }
}

/// Appends `text` with every run of whitespace (line breaks included) made one space: the one
/// rule for the text of every snippet, a search hit's and a mention's.
pub(crate) fn push_squashed(out: &mut String, text: &str) {
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    if space {
        out.push(' ');
    }
}

/// `text` with every run of whitespace made one space (see [`push_squashed`]).
pub(crate) fn squash(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_squashed(&mut out, text);
    out
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Start of the context: at most `n` chars back, moved forward to a word start.
fn back_chars(text: &str, from: usize, n: usize) -> usize {
    let mut start = text[..from]
        .char_indices()
        .rev()
        .nth(n)
        .map(|(i, _)| i)
        .unwrap_or(0);
    if start > 0
        && let Some(space) = text[start..from].find(char::is_whitespace)
    {
        start += space;
        start += text[start..from]
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(from - start);
    }
    start
}

/// End of the context: at most `n` chars on, moved back to a word end.
fn forward_chars(text: &str, from: usize, n: usize) -> usize {
    let mut end = text[from..]
        .char_indices()
        .nth(n)
        .map(|(i, _)| from + i)
        .unwrap_or(text.len());
    if end < text.len()
        && let Some(space) = text[from..end].rfind(char::is_whitespace)
    {
        end = from + space;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn a_mention_snippet_marks_the_citation_as_written(
            before in "[ \\n\\ta-zđ<>&…]{0,160}",
            cited in "[a-z0-9/][ \\na-z0-9/-]{0,20}[a-z0-9]",
            after in "[ \\n\\ta-zđ<>&…]{0,200}",
        ) {
            let text = format!("{before}{cited}{after}");
            let s = mention_snippet(&text, before.len()..before.len() + cited.len());
            proptest::prop_assert_eq!(s.marks.len(), 1);
            let m = s.marks[0];
            let squashed = squash(&cited);
            proptest::prop_assert_eq!(&s.text[m.start..m.end], squashed.trim());
        }
    }

    #[test]
    fn marks_the_citation_and_escapes_the_rest() {
        let text = "Thực hiện <Kế hoạch> số 05/KH-UBND ngày 12/01/2024 & khác";
        let start = text.find("05/").unwrap();
        let s = mention_snippet(text, start..start + "05/KH-UBND".len());
        assert_eq!(
            s.text,
            "Thực hiện <Kế hoạch> số 05/KH-UBND ngày 12/01/2024 & khác"
        );
        assert_eq!(
            s.html(),
            "Thực hiện &lt;Kế hoạch&gt; số <mark>05/KH-UBND</mark> ngày 12/01/2024 &amp; khác"
        );
    }

    #[test]
    fn long_context_is_cut_at_words_with_ellipses() {
        let text = format!("{} 05/KH-UBND {}", "trước ".repeat(60), "sau ".repeat(80));
        let start = text.find("05/").unwrap();
        let s = mention_snippet(&text, start..start + 10);
        assert!(s.text.starts_with("…trước"), "{s:?}");
        assert!(s.text.ends_with("sau…"), "{s:?}");
        assert!(s.html().contains("<mark>05/KH-UBND</mark>"));
    }

    #[test]
    fn a_snippet_renders_its_marks_and_escapes_for_html() {
        let s = Snippet {
            text: "a <hòa giải> & b".into(),
            marks: vec![Mark { start: 3, end: 14 }],
        };
        assert_eq!(s.render("«", "»"), "a <«hòa giải»> & b");
        assert_eq!(s.html(), "a &lt;<mark>hòa giải</mark>&gt; &amp; b");
    }

    #[test]
    fn squash_keeps_one_space_for_any_run_of_whitespace() {
        assert_eq!(squash(" \n\t "), " ");
        assert_eq!(squash("a \n b"), "a b");
        assert_eq!(squash("\na"), " a");
        assert_eq!(squash(""), "");
    }

    #[test]
    fn spans_off_char_boundaries_do_not_panic() {
        let text = "Lương Xuân Trương";
        for a in 0..=text.len() + 2 {
            for b in 0..=text.len() + 2 {
                mention_snippet(text, a..b);
            }
        }
    }
}
