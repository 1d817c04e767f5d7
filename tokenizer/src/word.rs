//! Where the words are: the byte ranges of the tokens of a text.
//!
//! A word is a letter or a digit followed by letters, digits and combining marks, and it
//! never crosses a word boundary of Unicode's UAX #29 (as computed by
//! `unicode-segmentation`): everything that is not a letter, a digit or a mark separates
//! words, and UAX #29 further separates, for instance, Chinese characters. Footnote marks
//! (superscript and subscript digits and letters, vulgar fractions, circled numbers) are not
//! digits here, so `sơ¹` is the word `sơ`. The inline tags of the Word conversions
//! (`<i>`, `</i>`, `<br/>`: a name of up to ten ASCII letters and digits between `<` or `</`
//! and `>` or `/>`) are markup, not words.
//!
//! UAX #29 never breaks between two letters, digits or marks of the Latin script, so text
//! made of Latin letters, Latin punctuation and combining diacritics is scanned byte by byte
//! ([`Words::next_latin`]); a whitespace-delimited chunk holding anything else is handed to
//! `unicode-segmentation`. The tests check both paths agree.

use unicode_segmentation::{UWordBoundIndices, UnicodeSegmentation};

use crate::letter::is_mark;

/// Whether the text between two words ends a run of words, so that the two are never one
/// word or one phrase: a mark that closes a sentence, a clause or a table cell (`.` `,` `;`
/// `!` `?` `…` `|`) followed by a space or a line break. `xã Hòa. Giải pháp` holds no
/// `hòa giải`; `05/KH-UBND`, `1.500`, `Điều 5.2`, `Số: 27/BC-UBND` and a line wrapped inside a
/// sentence (even across an empty line, as a PDF's page break leaves it) stay runs.
pub fn breaks_run(gap: &str) -> bool {
    let mut mark = false;
    for c in gap.chars() {
        match c {
            '.' | ',' | ';' | '!' | '?' | '…' | '|' => mark = true,
            c if c.is_whitespace() && mark => return true,
            _ => {}
        }
    }
    false
}

/// Whether `c` is a footnote mark rather than a digit or letter.
pub(crate) fn is_footnote_mark(c: char) -> bool {
    matches!(
        c as u32,
        0xB2 | 0xB3 | 0xB9
            | 0xBC..=0xBE
            | 0x2070..=0x209F
            | 0x2150..=0x215F
            | 0x2189
            | 0x2460..=0x24FF
            | 0x2776..=0x2793
    )
}

/// Whether a word can start with `c`: a letter or digit that is neither a mark nor a
/// footnote mark.
pub(crate) fn is_word_start(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() && !is_footnote_mark(c) && !is_mark(c)
    }
}

/// Whether `c` can continue a word: a word start or a combining mark.
pub(crate) fn is_word_part(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_mark(c) || (c.is_alphanumeric() && !is_footnote_mark(c))
    }
}

/// What a character of the Latin ranges is to a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// A letter or digit: starts or continues a word.
    Start,
    /// A combining mark: continues a word.
    Mark,
    /// Separates words.
    Other,
}

/// The class of `c` if it is in the ranges where UAX #29 needs no consulting: Basic Latin,
/// Latin-1, Latin Extended A and B, combining diacritics, Latin Extended Additional (all the
/// Vietnamese letters), general punctuation, superscripts and subscripts.
#[inline]
fn latin_class(c: char) -> Option<Class> {
    Some(match c as u32 {
        0..=0x7F if c.is_ascii_alphanumeric() => Class::Start,
        0..=0x7F => Class::Other,
        0xAA | 0xB5 | 0xBA => Class::Start,
        0x80..=0xBF | 0xD7 | 0xF7 => Class::Other,
        0xC0..=0x24F => Class::Start,
        0x300..=0x36F => Class::Mark,
        0x1E00..=0x1EFF => Class::Start,
        0x2000..=0x209F => Class::Other,
        _ => return None,
    })
}

/// Iterator over the byte ranges `(from, to)` of the words of a text.
pub(crate) struct Words<'a> {
    text: &'a str,
    /// Where the Latin scan resumes.
    pos: usize,
    /// The chunk being segmented by UAX #29, if any.
    unicode: Option<UnicodeChunk<'a>>,
}

/// A chunk of text segmented by UAX #29, and the segment being split into words.
struct UnicodeChunk<'a> {
    base: usize,
    end: usize,
    segments: UWordBoundIndices<'a>,
    segment_pos: usize,
    segment_end: usize,
}

/// What the Latin scan found.
enum Step {
    Word(usize, usize),
    /// A character outside the Latin ranges, in the chunk starting at this offset.
    Unicode(usize),
    End,
}

impl<'a> Words<'a> {
    pub(crate) fn new(text: &'a str) -> Words<'a> {
        Words {
            text,
            pos: 0,
            unicode: None,
        }
    }

    /// Words found by UAX #29 alone, without the Latin scan: the reference the scan is
    /// tested against.
    #[cfg(test)]
    pub(crate) fn unicode_only(text: &'a str) -> Words<'a> {
        let mut words = Words::new(text);
        words.start_unicode(0, text.len());
        words
    }

    fn start_unicode(&mut self, start: usize, end: usize) {
        self.unicode = Some(UnicodeChunk {
            base: start,
            end,
            segments: self.text[start..end].split_word_bound_indices(),
            segment_pos: start,
            segment_end: start,
        });
    }

    /// The next word, tags included.
    fn next_word(&mut self) -> Option<(usize, usize)> {
        loop {
            if let Some(chunk) = &mut self.unicode {
                if let Some(word) =
                    next_in_segment(self.text, &mut chunk.segment_pos, chunk.segment_end)
                {
                    return Some(word);
                }
                if let Some((i, segment)) = chunk.segments.next() {
                    chunk.segment_pos = chunk.base + i;
                    chunk.segment_end = chunk.segment_pos + segment.len();
                    continue;
                }
                self.pos = chunk.end;
                self.unicode = None;
            }
            match self.next_latin() {
                Step::Word(from, to) => return Some((from, to)),
                Step::End => return None,
                Step::Unicode(start) => {
                    let end = self.text.as_bytes()[start..]
                        .iter()
                        .position(u8::is_ascii_whitespace)
                        .map_or(self.text.len(), |n| start + n);
                    self.start_unicode(start, end);
                }
            }
        }
    }

    /// Scans Latin text from `self.pos` for the next word.
    #[inline]
    fn next_latin(&mut self) -> Step {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = self.pos;
        let start = loop {
            let Some(&b) = bytes.get(i) else {
                self.pos = bytes.len();
                return Step::End;
            };
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    break i;
                }
                i += 1;
                continue;
            }
            let c = char_at(text, i);
            match latin_class(c) {
                Some(Class::Start) => break i,
                Some(_) => i += c.len_utf8(),
                None => return Step::Unicode(i),
            }
        };
        while let Some(&b) = bytes.get(i) {
            if b < 0x80 {
                if !b.is_ascii_alphanumeric() {
                    break;
                }
                i += 1;
                continue;
            }
            let c = char_at(text, i);
            match latin_class(c) {
                Some(Class::Start | Class::Mark) => i += c.len_utf8(),
                Some(Class::Other) => break,
                None => return Step::Unicode(start),
            }
        }
        self.pos = i;
        Step::Word(start, i)
    }
}

impl Iterator for Words<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        loop {
            let (from, to) = self.next_word()?;
            if !is_tag_name(self.text.as_bytes(), from, to) {
                return Some((from, to));
            }
        }
    }
}

/// Whether `bytes[from..to]` is the name of an inline tag: `<i>`, `</i>`, `<br/>`.
#[inline]
fn is_tag_name(bytes: &[u8], from: usize, to: usize) -> bool {
    let open = match from.checked_sub(1).map(|i| bytes[i]) {
        Some(b'<') => true,
        Some(b'/') => from >= 2 && bytes[from - 2] == b'<',
        _ => false,
    };
    open && to - from <= 10
        && bytes[from].is_ascii_alphabetic()
        && bytes[from..to].iter().all(u8::is_ascii_alphanumeric)
        && match bytes.get(to) {
            Some(b'>') => true,
            Some(b'/') => bytes.get(to + 1) == Some(&b'>'),
            _ => false,
        }
}

#[inline]
fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or_default()
}

/// The next word in `text[*pos..end]` (one UAX #29 segment), advancing `*pos` past it.
fn next_in_segment(text: &str, pos: &mut usize, end: usize) -> Option<(usize, usize)> {
    let base = *pos;
    let mut chars = text[base..end].char_indices();
    let start = loop {
        match chars.next() {
            Some((i, c)) if is_word_start(c) => break base + i,
            Some(_) => {}
            None => {
                *pos = end;
                return None;
            }
        }
    };
    let stop = chars
        .find(|&(_, c)| !is_word_part(c))
        .map_or(end, |(i, _)| base + i);
    *pos = stop;
    Some((start, stop))
}

#[cfg(test)]
mod tests {

    #[test]
    fn sentence_and_clause_marks_end_a_run() {
        for gap in [". ", ", ", ";\n", "? ", "… ", " | ", ".\n\n", ".) "] {
            assert!(breaks_run(gap), "{gap:?}");
        }
    }

    #[test]
    fn numbers_wraps_and_plain_spaces_stay_runs() {
        for gap in [
            " ", "/", "-", ".", "\n", " \n  ", "- \n\n", ": ", " (", "” ", "**",
        ] {
            assert!(!breaks_run(gap), "{gap:?}");
        }
    }
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        Words::new(text).map(|(from, to)| &text[from..to]).collect()
    }

    #[test]
    fn latin_classes_agree_with_the_general_rule() {
        for c in ('\0'..='\u{36F}')
            .chain('\u{1E00}'..='\u{1EFF}')
            .chain('\u{2000}'..='\u{209F}')
        {
            let expected = if is_word_start(c) {
                Class::Start
            } else if is_word_part(c) {
                Class::Mark
            } else {
                Class::Other
            };
            if let Some(class) = latin_class(c) {
                assert_eq!(class, expected, "{c:?} U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn splits_on_everything_but_letters_digits_and_marks() {
        assert_eq!(words("05/KH-UBND"), ["05", "KH", "UBND"]);
        assert_eq!(words("61/2018/NĐ-CP"), ["61", "2018", "NĐ", "CP"]);
        assert_eq!(words("ISO 9001:2015"), ["ISO", "9001", "2015"]);
        assert_eq!(words("97,58%"), ["97", "58"]);
        assert_eq!(words("14a/KH-UBND"), ["14a", "KH", "UBND"]);
        assert_eq!(words("COVID-19, iOffice"), ["COVID", "19", "iOffice"]);
        assert_eq!(words("**Kế hoạch**"), ["Kế", "hoạch"]);
        assert_eq!(words("x < y > z"), ["x", "y", "z"]);
    }

    #[test]
    fn inline_tags_are_not_words() {
        assert_eq!(words("<i>Nơi nhận:</i>"), ["Nơi", "nhận"]);
        assert_eq!(words("a<br/>b <b>c</b> <sup>1</sup>"), ["a", "b", "c", "1"]);
        assert_eq!(words("<i>漢</i>"), ["漢"]);
        assert_eq!(
            words("<nhận> <i > <1> <abcdefghijk>"),
            ["nhận", "i", "1", "abcdefghijk"]
        );
        assert_eq!(words("<i"), ["i"]);
        assert_eq!(words("i>"), ["i"]);
    }

    #[test]
    fn footnote_marks_are_not_part_of_words() {
        assert_eq!(words("hồ sơ¹; 12 hồ sơ²³"), ["hồ", "sơ", "12", "hồ", "sơ"]);
        assert_eq!(words("x⁴⁵ y₂"), ["x", "y"]);
    }

    #[test]
    fn decomposed_words_stay_whole() {
        assert_eq!(
            words("Ho\u{0300}a Bi\u{0300}nh"),
            ["Ho\u{0300}a", "Bi\u{0300}nh"]
        );
        assert_eq!(
            words("\u{0301}a \u{0301}"),
            ["a"],
            "a mark alone starts no word"
        );
    }

    #[test]
    fn other_scripts_go_through_uax29() {
        assert_eq!(
            words("Hà Nội 漢字 Москва"),
            ["Hà", "Nội", "漢", "字", "Москва"]
        );
        assert_eq!(words("hòa漢ab"), ["hòa", "漢", "ab"]);
        assert_eq!(words("x ʰa"), ["x", "ʰa"]);
    }

    #[test]
    fn latin_scan_agrees_with_uax29() {
        for text in [
            "Hà Nội 漢字 Москва hòa漢ab",
            "a\u{0345}b, \u{0345}b",
            "Ủy ban nhân dân¹ – “Số: 05/KH-UBND” 97,58% ½ ⅓ ①",
            "日本語テキスト ｶﾀｶﾅ 123abc",
            "\u{0301}\n\u{0301}a\u{00AD}b\u{200D}c",
        ] {
            assert_eq!(
                Words::new(text).collect::<Vec<_>>(),
                Words::unicode_only(text).collect::<Vec<_>>(),
                "{text}"
            );
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        #[test]
        fn latin_scan_agrees_with_uax29_on_any_text(
            text in proptest::prop_oneof![
                proptest::prelude::any::<String>(),
                "[a-zA-Z0-9 ,.:/\\-\u{00A0}-\u{0250}\u{0300}-\u{036F}\u{1E00}-\u{1EFF}\u{2000}-\u{209F}\u{0370}-\u{03FF}\u{3040}-\u{30FF}\u{4E00}-\u{4E10}]{0,30}",
            ]
        ) {
            proptest::prop_assert_eq!(
                Words::new(&text).collect::<Vec<_>>(),
                Words::unicode_only(&text).collect::<Vec<_>>()
            );
        }
    }
}
