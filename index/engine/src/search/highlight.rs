//! Hit snippets: the densest window of a section's original text, the matched words marked.

use super::query::{Mode, Word};
use crate::snippet::{escape_html, squash};
use std::ops::Range;
use tantivy::tokenizer::{TokenStream, Tokenizer};
use tracuu_tokenizer::{ExactTokenizer, fold};

/// Longest snippet, in bytes of original text (about 160–240 characters).
const WINDOW: usize = 320;

/// The snippet of `text` for `terms`: HTML-escaped, matches in `<mark>…</mark>`.
///
/// A term is a sequence of words marked only where they stand together and in order: one word
/// for a free word, several for a quoted phrase or a document number, so `"thủ tục hành
/// chính"` marks the phrase and not a lone `chính` elsewhere.
pub fn snippet(text: &str, terms: &[Vec<Word>], mode: Mode) -> String {
    let matches = matches(text, terms, mode);
    let (from, to) = window(text, &matches);
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    let mut at = from;
    for m in matches.iter().filter(|m| m.start >= from && m.end <= to) {
        out.push_str(&escape_html(&squash(&text[at..m.start])));
        out.push_str("<mark>");
        out.push_str(&escape_html(&text[m.clone()]));
        out.push_str("</mark>");
        at = m.end;
    }
    out.push_str(&escape_html(&squash(&text[at..to])));
    if to < text.len() {
        out.push('…');
    }
    out.trim().to_string()
}

/// One word of the text: its exact form, folded form and byte range.
struct TextWord {
    exact: String,
    folded: String,
    range: Range<usize>,
}

/// Where `text` holds what the query `q` searches for, as the search marks it in snippets:
/// byte ranges, in order, adjacent words merged. Empty when `q` has nothing to search for.
pub fn marks(text: &str, q: &str) -> Vec<Range<usize>> {
    match super::query::plan(q) {
        Ok(plan) => matches(text, &plan.highlight_terms(), Mode::Exact),
        Err(_) => Vec::new(),
    }
}

fn matches(text: &str, terms: &[Vec<Word>], mode: Mode) -> Vec<Range<usize>> {
    let mut tokenizer = ExactTokenizer::default();
    let mut stream = tokenizer.token_stream(text);
    let mut tokens = Vec::new();
    while stream.advance() {
        let token = stream.token();
        tokens.push(TextWord {
            folded: fold(&token.text),
            exact: token.text.clone(),
            range: token.offset_from..token.offset_to,
        });
    }
    let same = |t: &TextWord, w: &Word| {
        if w.exact_in(mode) {
            t.exact == w.exact
        } else {
            t.folded == w.folded
        }
    };
    let mut out: Vec<Range<usize>> = Vec::new();
    for i in 0..tokens.len() {
        // The longest term that starts here.
        let Some(len) = terms
            .iter()
            .filter(|term| {
                !term.is_empty()
                    && tokens
                        .get(i..i + term.len())
                        .is_some_and(|run| run.iter().zip(term.iter()).all(|(t, w)| same(t, w)))
            })
            .map(Vec::len)
            .max()
        else {
            continue;
        };
        let range = tokens[i].range.start..tokens[i + len - 1].range.end;
        // Runs that overlap, or are separated only by spaces, are marked as one:
        // `<mark>hòa giải</mark>`.
        match out.last_mut() {
            Some(last) if last.end >= range.start => last.end = last.end.max(range.end),
            Some(last) if text[last.end..range.start].chars().all(|c| c == ' ') => {
                last.end = range.end;
            }
            _ => out.push(range),
        }
    }
    out
}

/// The window holding the most matches, widened to whole words.
fn window(text: &str, matches: &[Range<usize>]) -> (usize, usize) {
    let mut best = (0, 0usize);
    let mut j = 0;
    for (i, m) in matches.iter().enumerate() {
        while j < matches.len() && matches[j].end <= m.start + WINDOW {
            j += 1;
        }
        if j - i > best.1 {
            best = (i, j - i);
        }
    }
    let (start, end) = match matches.get(best.0) {
        Some(first) => {
            let last = &matches[best.0 + best.1 - 1];
            let slack = WINDOW.saturating_sub(last.end - first.start) / 3;
            (
                first.start.saturating_sub(slack),
                (last.end + WINDOW / 2).max(first.start + WINDOW - slack),
            )
        }
        None => (0, WINDOW),
    };
    (word_start(text, start), word_end(text, end))
}

fn word_start(text: &str, at: usize) -> usize {
    if at == 0 {
        return 0;
    }
    let mut i = at.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    match text[..i].rfind(char::is_whitespace) {
        Some(space) => space + text[space..].chars().next().map_or(1, char::len_utf8),
        None => 0,
    }
}

fn word_end(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    let mut i = at;
    while !text.is_char_boundary(i) {
        i += 1;
    }
    match text[i..].find(char::is_whitespace) {
        Some(space) => i + space,
        None => text.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(q: &str) -> Vec<Vec<Word>> {
        crate::search::query::plan(q)
            .map(|p| p.highlight_terms())
            .unwrap_or_default()
    }

    #[test]
    fn a_quoted_phrase_is_marked_only_where_it_stands_whole() {
        let text = "Kiểm soát thủ tục hành chính theo Nghị định của Chính phủ về thủ tục";
        let s = snippet(text, &words("\"thủ tục hành chính\""), Mode::Exact);
        assert_eq!(
            s,
            "Kiểm soát <mark>thủ tục hành chính</mark> theo Nghị định của Chính phủ về thủ tục"
        );
        // Free words are marked wherever they stand.
        let s = snippet(text, &words("chính phủ"), Mode::Exact);
        assert!(s.contains("hành <mark>chính</mark> theo"), "{s}");
        assert!(s.contains("<mark>Chính phủ</mark>"), "{s}");
    }

    #[test]
    fn a_document_number_is_marked_whole_and_not_its_parts_alone() {
        let text = "Kế hoạch số 05/KH-UBND; kh 05 khác";
        let s = snippet(text, &words("05/kh-ubnd"), Mode::Exact);
        assert_eq!(s, "Kế hoạch số <mark>05/KH-UBND</mark>; kh 05 khác");
    }

    #[test]
    fn exact_words_are_marked_only_with_their_diacritics() {
        let text = "UBND xã ban hành quy chế; bán đấu giá tài sản";
        let s = snippet(text, &words("bán"), Mode::Exact);
        assert_eq!(
            s,
            "UBND xã ban hành quy chế; <mark>bán</mark> đấu giá tài sản"
        );
        let s = snippet(text, &words("bán"), Mode::Loose);
        assert!(s.contains("<mark>ban</mark> hành"), "{s}");
    }

    #[test]
    fn the_window_moves_to_the_matches_and_escapes() {
        let text = format!(
            "{} <b>hòa giải</b> ở cơ sở {}",
            "mở đầu ".repeat(100),
            "kết ".repeat(100)
        );
        let s = snippet(&text, &words("hoa giai"), Mode::Loose);
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(
            s.contains("&lt;b&gt;<mark>hòa giải</mark>&lt;/b&gt;"),
            "{s}"
        );
    }

    proptest::proptest! {
        #[test]
        fn snippets_never_panic(text in "\\PC{0,400}", q in "\\PC{0,20}") {
            let words = words(&q);
            let s = snippet(&text, &words, Mode::Exact);
            proptest::prop_assert_eq!(s.matches("<mark>").count(), s.matches("</mark>").count());
        }
    }

    #[test]
    fn no_match_gives_the_start_of_the_text() {
        assert_eq!(
            snippet("Một hai ba", &words("bốn"), Mode::Exact),
            "Một hai ba"
        );
    }
}
