//! Whether extracted text is a document worth indexing: Vietnamese words, few characters that
//! could not be decoded.
//!
//! Random bytes decode to *something* in any legacy encoding, and a `.txt` of English or of
//! "hello world" decodes fine: neither is a report. The test is a statistic of the words, not a
//! list: a word (text between spaces, punctuation at its ends dropped) counts for Vietnamese
//! when every part of it between hyphens, slashes or dots is a well-formed Vietnamese syllable,
//! and against when one part is not. Numbers and short capitalised abbreviations (`UBND`,
//! `KH-UBND`, `HĐND`) count for neither side.

use super::error::Reason;
use super::legacy::is_syllable;
use rustc_hash::FxHashMap;
use std::cell::RefCell;

/// How many characters are looked at: the start of a long file says what it is.
const SAMPLE_CHARS: usize = 200_000;
/// Fewest Vietnamese words a document has.
const MIN_WORDS: usize = 5;
/// Share (in percent) of the counted words that must be Vietnamese.
const MIN_SHARE: usize = 60;
/// Most replacement characters (`U+FFFD`) per 1,000 characters.
const MAX_REPLACED_PER_MILLE: usize = 10;

/// What the words of a text are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Words {
    /// Words that read as Vietnamese.
    pub vietnamese: usize,
    /// Words that do not.
    pub other: usize,
}

/// Counts the words of `text` (NFC) that read as Vietnamese and those that do not, in its
/// first [`SAMPLE_CHARS`] characters.
pub fn words(text: &str) -> Words {
    let end = text
        .char_indices()
        .nth(SAMPLE_CHARS)
        .map_or(text.len(), |(i, _)| i);
    let mut words = Words::default();
    JUDGED.with_borrow_mut(|judged| {
        for word in text[..end].split_whitespace() {
            let verdict = match judged.get(word) {
                Some(&verdict) => verdict,
                None => {
                    let verdict = judge(word);
                    if judged.len() >= MAX_JUDGED {
                        judged.clear();
                    }
                    judged.insert(word.to_string(), verdict);
                    verdict
                }
            };
            match verdict {
                Some(true) => words.vietnamese += 1,
                Some(false) => words.other += 1,
                None => {}
            }
        }
    });
    words
}

/// Most words a thread keeps judged (then it starts afresh): documents share most of their
/// words, so each is judged once per thread rather than once per occurrence.
const MAX_JUDGED: usize = 50_000;

thread_local! {
    /// The words this thread judged (the judgement is a function of the word alone).
    static JUDGED: RefCell<FxHashMap<String, Option<bool>>> = RefCell::default();
}

/// Whether a word (text between spaces) reads as Vietnamese, or `None` when it counts for
/// neither side (a number, an abbreviation, punctuation).
fn judge(word: &str) -> Option<bool> {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    if word.is_empty() || word.chars().any(|c| c.is_numeric()) {
        return None;
    }
    let parts: Vec<&str> = word
        .split(['-', '/', '.', '\'', '’', '_'])
        .filter(|p| !p.is_empty())
        .collect();
    if parts.iter().all(|p| is_abbreviation(p)) {
        return None;
    }
    Some(parts.iter().all(|p| is_syllable(p) || is_abbreviation(p)))
}

/// `UBND`, `HĐND`, `KH`: two to eight capital letters.
fn is_abbreviation(part: &str) -> bool {
    let n = part.chars().count();
    (2..=8).contains(&n) && part.chars().all(char::is_uppercase)
}

/// Accepts `text` as a document, or says why it is not one: too many characters that could not
/// be decoded ([`Reason::Garbled`]), or too few Vietnamese words ([`Reason::NotVietnamese`]).
pub fn check_document(text: &str) -> Result<(), Reason> {
    let chars = text.chars().count();
    let replaced = text.matches('\u{FFFD}').count();
    if replaced * 1000 > chars * MAX_REPLACED_PER_MILLE {
        return Err(Reason::Garbled { replaced, chars });
    }
    let w = words(text);
    let counted = w.vietnamese + w.other;
    if w.vietnamese < MIN_WORDS || w.vietnamese * 100 < counted * MIN_SHARE {
        return Err(Reason::NotVietnamese {
            vietnamese: w.vietnamese,
            words: counted,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ\n\nSố: 21/BC-UBND\n\nBÁO CÁO\nKết quả thực hiện công tác cải cách hành chính quý III năm 2024\n\nThực hiện Kế hoạch số 05/KH-UBND của UBND huyện, xã đã triển khai các nhiệm vụ trọng tâm.\n";

    #[test]
    fn a_report_is_a_document() {
        assert_eq!(check_document(REPORT).map_err(|e| e.to_string()), Ok(()));
        let w = words(REPORT);
        assert_eq!(w.other, 0, "{w:?}");
    }

    #[test]
    fn hello_world_and_english_are_not() {
        for text in [
            "hello world\n",
            "The quarterly report on administrative reform was approved by the committee.\n",
        ] {
            assert!(
                matches!(check_document(text), Err(Reason::NotVietnamese { .. })),
                "{text}"
            );
        }
    }

    #[test]
    fn a_few_replacement_characters_pass_and_many_do_not() {
        let mut text = REPORT.replacen("Kết", "K\u{FFFD}t", 1);
        assert!(check_document(&text).is_ok());
        text.push_str(&"\u{FFFD}".repeat(50));
        assert!(matches!(
            check_document(&text),
            Err(Reason::Garbled { replaced: 51, .. })
        ));
    }

    #[test]
    fn noise_decoded_as_letters_is_not_a_document() {
        // What random high bytes become in a legacy decoding: letters and symbols, no words.
        let noise: String = (0..3000u32)
            .map(|i| char::from_u32(0xC0 + (i.wrapping_mul(2_654_435_761) >> 25) % 0x3F).unwrap())
            .collect();
        assert!(check_document(&noise).is_err());
    }
}
