//! Hit snippets: the window of a section's original text holding the most query words, as
//! data (the text and the marked byte ranges); the page, the CSV and the terminal each render
//! it their own way.

use super::query::{Mode, Word};
use crate::snippet::{Mark, Snippet, push_squashed};
use std::ops::Range;
use tantivy::tokenizer::{TokenStream, Tokenizer};
use tracuu_tokenizer::{ExactTokenizer, fold};

/// Longest snippet, in bytes of original text (about 160–240 characters).
const WINDOW: usize = 320;

/// The snippet of `text` for `terms`, and which terms the whole text holds.
///
/// A term is a sequence of words marked only where they stand together and in order: a word of
/// one or two syllables, a quoted phrase or a document number, so `nghị định` marks neither the
/// `định` of `quy định` nor a lone `chính` elsewhere. The window is the one holding the most
/// distinct terms, then the most marks.
pub fn snippet(text: &str, terms: &[Vec<Word>], mode: Mode) -> (Snippet, Vec<bool>) {
    let found_at = matches(text, terms, mode);
    let mut found = vec![false; terms.len()];
    for (_, t) in &found_at {
        found[*t] = true;
    }
    let (from, to) = window(text, &found_at, terms.len());
    let mut out = Snippet::default();
    if from > 0 {
        out.text.push('…');
    }
    let mut at = from;
    for (m, _) in found_at
        .iter()
        .filter(|(m, _)| m.start >= from && m.end <= to)
    {
        if m.start < at {
            continue;
        }
        push_squashed(&mut out.text, &text[at..m.start]);
        let start = out.text.len();
        push_squashed(&mut out.text, &text[m.clone()]);
        let end = out.text.len();
        // Runs separated only by a space are marked as one: `hòa giải`.
        match out.marks.last_mut() {
            Some(last) if out.text[last.end..start].chars().all(|c| c == ' ') => last.end = end,
            _ => out.marks.push(Mark { start, end }),
        }
        at = m.end;
    }
    push_squashed(&mut out.text, &text[at..to]);
    if to < text.len() {
        out.text.push('…');
    }
    // Trim, keeping the marks on their bytes.
    let lead = out.text.len() - out.text.trim_start().len();
    out.text = out.text.trim().to_string();
    for m in &mut out.marks {
        m.start = m.start.saturating_sub(lead).min(out.text.len());
        m.end = m.end.saturating_sub(lead).min(out.text.len());
    }
    out.marks.retain(|m| m.end > m.start);
    (out, found)
}

/// One word of the text: its exact form, folded form and byte range.
struct TextWord {
    exact: String,
    folded: String,
    range: Range<usize>,
}

/// Where `text` holds the units of `plan`, as the search marks them in snippets: byte ranges,
/// in order, adjacent words merged.
pub fn marks(text: &str, plan: &super::query::QueryPlan) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for (range, _) in matches(text, &plan.highlight_terms(), Mode::Exact) {
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

/// Every place a term stands whole in `text`: its byte range and the term's index, in order,
/// the longest term where two start at one word.
fn matches(text: &str, terms: &[Vec<Word>], mode: Mode) -> Vec<(Range<usize>, usize)> {
    let mut tokenizer = ExactTokenizer::default();
    let mut stream = tokenizer.token_stream(text);
    let mut tokens: Vec<TextWord> = Vec::new();
    // Where punctuation ends a run of words, no term of several words is marked across it.
    let mut broken: Vec<bool> = Vec::new();
    while stream.advance() {
        let token = stream.token();
        broken.push(tokens.last().is_some_and(|last| {
            tracuu_tokenizer::breaks_run(&text[last.range.end..token.offset_from])
        }));
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
    let mut out: Vec<(Range<usize>, usize)> = Vec::new();
    let mut next = 0;
    for i in 0..tokens.len() {
        if i < next {
            continue;
        }
        let Some((len, t)) = terms
            .iter()
            .enumerate()
            .filter(|(_, term)| {
                !term.is_empty()
                    && tokens
                        .get(i..i + term.len())
                        .is_some_and(|run| run.iter().zip(term.iter()).all(|(t, w)| same(t, w)))
                    && !broken[i + 1..i + term.len()].iter().any(|&b| b)
            })
            .map(|(t, term)| (term.len(), t))
            .max_by_key(|&(len, t)| (len, std::cmp::Reverse(t)))
        else {
            continue;
        };
        out.push((tokens[i].range.start..tokens[i + len - 1].range.end, t));
        next = i + len;
    }
    out
}

/// The window holding the most distinct terms (then the most matches), widened to whole words.
fn window(text: &str, matches: &[(Range<usize>, usize)], terms: usize) -> (usize, usize) {
    let mut best = (0, 0usize, 0usize);
    let mut j = 0;
    let mut seen = vec![0usize; terms];
    let mut distinct = 0;
    for (i, (m, _)) in matches.iter().enumerate() {
        while j < matches.len() && (j <= i || matches[j].0.end <= m.start + WINDOW) {
            if seen[matches[j].1] == 0 {
                distinct += 1;
            }
            seen[matches[j].1] += 1;
            j += 1;
        }
        if (distinct, j - i) > (best.1, best.2) {
            best = (i, distinct, j - i);
        }
        seen[matches[i].1] -= 1;
        if seen[matches[i].1] == 0 {
            distinct -= 1;
        }
    }
    let (start, end) = match matches.get(best.0) {
        Some((first, _)) => {
            let last = &matches[best.0 + best.2 - 1].0;
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
    use crate::search::query::{NoFrequencies, plan};

    fn words(q: &str) -> Vec<Vec<Word>> {
        plan(q, &NoFrequencies)
            .map(|p| p.highlight_terms())
            .unwrap_or_default()
    }

    fn marked(text: &str, q: &str, mode: Mode) -> String {
        snippet(text, &words(q), mode).0.render("[", "]")
    }

    #[test]
    fn a_quoted_phrase_is_marked_only_where_it_stands_whole() {
        let text = "Kiểm soát thủ tục hành chính theo Nghị định của Chính phủ về thủ tục";
        assert_eq!(
            marked(text, "\"thủ tục hành chính\"", Mode::Exact),
            "Kiểm soát [thủ tục hành chính] theo Nghị định của Chính phủ về thủ tục"
        );
        // Free syllables are marked wherever they stand.
        let s = marked(text, "chính phủ", Mode::Exact);
        assert!(s.contains("hành [chính] theo"), "{s}");
        assert!(s.contains("[Chính phủ]"), "{s}");
    }

    #[test]
    fn a_word_is_not_marked_across_the_end_of_a_sentence() {
        assert_eq!(
            marked("Xã Hòa. Giải pháp hòa giải", "\"hòa giải\"", Mode::Exact),
            "Xã Hòa. Giải pháp [hòa giải]"
        );
    }

    #[test]
    fn a_word_of_two_syllables_is_not_marked_inside_another() {
        let text = "Theo quy định tại Nghị định số 61 và các quy định khác";
        let terms = vec![words("\"nghị định\"").remove(0)];
        let (s, found) = snippet(text, &terms, Mode::Exact);
        assert_eq!(
            s.render("[", "]"),
            "Theo quy định tại [Nghị định] số 61 và các quy định khác"
        );
        assert_eq!(found, vec![true]);
    }

    #[test]
    fn a_document_number_is_marked_whole_and_not_its_parts_alone() {
        let text = "Kế hoạch số 05/KH-UBND; kh 05 khác";
        assert_eq!(
            marked(text, "05/kh-ubnd", Mode::Exact),
            "Kế hoạch số [05/KH-UBND]; kh 05 khác"
        );
    }

    #[test]
    fn exact_words_are_marked_only_with_their_diacritics() {
        let text = "UBND xã ban hành quy chế; bán đấu giá tài sản";
        assert_eq!(
            marked(text, "bán", Mode::Exact),
            "UBND xã ban hành quy chế; [bán] đấu giá tài sản"
        );
        assert!(marked(text, "bán", Mode::Loose).contains("[ban] hành"));
    }

    #[test]
    fn the_window_moves_to_the_matches_and_keeps_the_text_as_written() {
        let text = format!(
            "{} <b>hòa giải</b> ở cơ sở {}",
            "mở đầu ".repeat(100),
            "kết ".repeat(100)
        );
        let (s, _) = snippet(&text, &words("hoa giai"), Mode::Loose);
        assert!(
            s.text.starts_with('…') && s.text.ends_with('…'),
            "{}",
            s.text
        );
        assert!(
            s.render("[", "]").contains("<b>[hòa giải]</b>"),
            "{}",
            s.text
        );
    }

    #[test]
    fn the_window_prefers_more_distinct_words() {
        let text = format!(
            "{} hòa giải hòa giải hòa giải {} hòa giải ở cơ sở {}",
            "mở ".repeat(10),
            "giữa ".repeat(150),
            "kết ".repeat(10)
        );
        let (s, found) = snippet(&text, &words("hòa giải cơ sở"), Mode::Exact);
        assert!(
            s.render("[", "]").contains("[hòa giải] ở [cơ sở]"),
            "{}",
            s.text
        );
        assert_eq!(found, vec![true; 4]);
    }

    proptest::proptest! {
        #[test]
        fn snippets_never_panic_and_marks_are_in_the_text(text in "\\PC{0,400}", q in "\\PC{0,20}") {
            let (s, _) = snippet(&text, &words(&q), Mode::Exact);
            for m in &s.marks {
                proptest::prop_assert!(m.start < m.end && m.end <= s.text.len());
                proptest::prop_assert!(s.text.is_char_boundary(m.start) && s.text.is_char_boundary(m.end));
            }
        }
    }

    #[test]
    fn no_match_gives_the_start_of_the_text() {
        assert_eq!(marked("Một hai ba", "bốn", Mode::Exact), "Một hai ba");
    }
}
