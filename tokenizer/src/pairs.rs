//! [`FoldedPairTokenizer`]: each two adjacent words as one token, folded.

use tantivy_tokenizer_api::{Token, TokenStream, Tokenizer};

use crate::folding::fold_into;
use crate::word::{Words, breaks_run};

/// Tokenizer whose tokens are the pairs of adjacent words, folded and joined by a space:
/// `Thủ tục hành chính` gives `thu tuc`, `tuc hanh`, `hanh chinh`. A search for words in a
/// row asks for their pairs: plain term lookups, far cheaper than a phrase query over
/// positions, so every section with the words adjacent and in order can be ranked first.
///
/// Registered in the index as [`crate::FOLDED_PAIRS`]. Words are cut exactly as
/// [`crate::FoldedTokenizer`] cuts them; a pair's offsets span both words. Two words with
/// punctuation between them that ends a run ([`crate::breaks_run`]: `Hòa. Giải`) are no pair.
#[derive(Clone, Default)]
pub struct FoldedPairTokenizer {
    token: Token,
    previous: String,
}

/// The [`TokenStream`] of a [`FoldedPairTokenizer`].
pub struct FoldedPairTokenStream<'a> {
    text: &'a str,
    words: Words<'a>,
    token: &'a mut Token,
    previous: &'a mut String,
    previous_from: Option<usize>,
    previous_end: Option<usize>,
}

impl Tokenizer for FoldedPairTokenizer {
    type TokenStream<'a> = FoldedPairTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> FoldedPairTokenStream<'a> {
        self.token.reset();
        self.previous.clear();
        FoldedPairTokenStream {
            text,
            words: Words::new(text),
            token: &mut self.token,
            previous: &mut self.previous,
            previous_from: None,
            previous_end: None,
        }
    }
}

impl TokenStream for FoldedPairTokenStream<'_> {
    fn advance(&mut self) -> bool {
        loop {
            let Some((from, to)) = self.words.next() else {
                return false;
            };
            let token = &mut *self.token;
            let previous_end = self.previous_end.replace(to);
            let Some(previous_from) = self.previous_from.replace(from) else {
                fold_into(&self.text[from..to], self.previous);
                continue;
            };
            if previous_end.is_some_and(|end| breaks_run(&self.text[end..from])) {
                // A pair's position stays its first word's.
                token.position = token.position.wrapping_add(1);
                self.previous.clear();
                fold_into(&self.text[from..to], self.previous);
                continue;
            }
            token.position = token.position.wrapping_add(1);
            token.offset_from = previous_from;
            token.offset_to = to;
            token.text.clear();
            token.text.push_str(self.previous);
            token.text.push(' ');
            self.previous.clear();
            fold_into(&self.text[from..to], self.previous);
            token.text.push_str(self.previous);
            return true;
        }
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// The pairs of adjacent words of `text`, folded: what [`FoldedPairTokenizer`] indexes.
pub fn folded_pairs(text: &str) -> Vec<String> {
    let mut tokenizer = FoldedPairTokenizer::default();
    let mut stream = tokenizer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjacent_words_pair_up_folded() {
        assert_eq!(
            folded_pairs("Thủ tục hành chính"),
            ["thu tuc", "tuc hanh", "hanh chinh"]
        );
    }

    #[test]
    fn pairs_cross_punctuation_like_positions_do() {
        assert_eq!(folded_pairs("05/KH-UBND"), ["05 kh", "kh ubnd"]);
    }

    #[test]
    fn no_pair_across_the_end_of_a_sentence_or_a_clause() {
        assert_eq!(
            folded_pairs("xã Hòa. Giải pháp; hòa giải"),
            ["xa hoa", "giai phap", "hoa giai"]
        );
    }

    #[test]
    fn one_word_or_none_gives_no_pair() {
        assert!(folded_pairs("hòa").is_empty());
        assert!(folded_pairs("  ").is_empty());
    }

    #[test]
    fn offsets_span_both_words_and_positions_count_up() {
        let mut tokenizer = FoldedPairTokenizer::default();
        let mut stream = tokenizer.token_stream("Hòa giải ở");
        assert!(stream.advance());
        let t = stream.token().clone();
        assert_eq!(
            (t.position, t.text.as_str(), t.offset_from, t.offset_to),
            (0, "hoa giai", 0, 11)
        );
        assert!(stream.advance());
        let t = stream.token().clone();
        assert_eq!(
            (t.position, t.text.as_str(), t.offset_from, t.offset_to),
            (1, "giai o", 5, 15)
        );
        assert!(!stream.advance());
    }
}
