//! [`BodyTokenizer`]: every word once in its exact form and, when that has diacritics, once
//! more folded, at the same position.

use tantivy_tokenizer_api::{Token, TokenStream, Tokenizer};

use crate::canonical::normalize_into;
use crate::folding::fold_into;
use crate::word::{Words, breaks_run};

/// Tokenizer that puts both forms of a word in one field: the exact form
/// ([`crate::normalize`]) and, when it differs, the folded form ([`crate::fold`]) at the
/// same position.
///
/// A folded token has no diacritic and an exact token that differs from its folded form has
/// one, so the two never collide: a query word typed with diacritics looks up its exact form
/// and matches only those diacritics; a word typed without looks up its folded form and
/// matches every way of writing it. Because both forms share the position of their word, a
/// phrase may mix them (`hòa giai`). A word without diacritics (`ubnd`, `05`) gives one token.
///
/// Where punctuation ends a run of words ([`crate::breaks_run`]: `xã Hòa. Giải pháp`), the
/// position skips one, so that no phrase holds the words on both sides.
///
/// Registered in the index as [`crate::BODY`].
#[derive(Clone, Default)]
pub struct BodyTokenizer {
    token: Token,
}

/// The [`TokenStream`] of a [`BodyTokenizer`].
pub struct BodyTokenStream<'a> {
    text: &'a str,
    words: Words<'a>,
    token: &'a mut Token,
    /// The folded form of the current word, still to be handed out.
    folded: String,
    pending: bool,
    /// Where the previous word ended.
    previous_end: Option<usize>,
}

impl Tokenizer for BodyTokenizer {
    type TokenStream<'a> = BodyTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> BodyTokenStream<'a> {
        self.token.reset();
        BodyTokenStream {
            text,
            words: Words::new(text),
            token: &mut self.token,
            folded: String::new(),
            pending: false,
            previous_end: None,
        }
    }
}

impl TokenStream for BodyTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let token = &mut *self.token;
        if self.pending {
            self.pending = false;
            std::mem::swap(&mut token.text, &mut self.folded);
            return true;
        }
        let Some((from, to)) = self.words.next() else {
            return false;
        };
        let gap = match self.previous_end.replace(to) {
            Some(end) if breaks_run(&self.text[end..from]) => 2,
            _ => 1,
        };
        token.position = token.position.wrapping_add(gap);
        token.offset_from = from;
        token.offset_to = to;
        token.text.clear();
        normalize_into(&self.text[from..to], &mut token.text);
        if !token.text.is_ascii() {
            self.folded.clear();
            fold_into(&token.text, &mut self.folded);
            self.pending = self.folded != token.text;
        }
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<(usize, String, usize, usize)> {
        let mut tokenizer = BodyTokenizer::default();
        let mut stream = tokenizer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            out.push((t.position, t.text.clone(), t.offset_from, t.offset_to));
        }
        out
    }

    #[test]
    fn both_forms_share_the_word_position() {
        let got = tokens("Hoà giải ở UBND");
        let want = [
            (0, "hòa", 0, 4),
            (0, "hoa", 0, 4),
            (1, "giải", 5, 11),
            (1, "giai", 5, 11),
            (2, "ở", 12, 15),
            (2, "o", 12, 15),
            (3, "ubnd", 16, 20),
        ];
        let want: Vec<_> = want
            .iter()
            .map(|&(p, t, a, b)| (p, t.to_string(), a, b))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn punctuation_that_ends_a_run_skips_a_position() {
        let positions = |text: &str| -> Vec<(usize, String)> {
            tokens(text)
                .into_iter()
                .filter(|t| t.1.is_ascii())
                .map(|t| (t.0, t.1))
                .collect()
        };
        assert_eq!(
            positions("xã Hòa. Giải pháp"),
            [(0, "xa"), (1, "hoa"), (3, "giai"), (4, "phap")].map(|(p, t)| (p, t.to_string()))
        );
        // A document number, a figure and a wrapped line keep their words side by side.
        assert_eq!(
            positions("05/KH-UBND 1.500 hồ\nsơ")
                .into_iter()
                .map(|t| t.0)
                .collect::<Vec<_>>(),
            [0, 1, 2, 3, 4, 5, 6]
        );
    }

    #[test]
    fn a_word_without_diacritics_is_one_token() {
        let got: Vec<String> = tokens("05/KH-UBND hoa").into_iter().map(|t| t.1).collect();
        assert_eq!(got, ["05", "kh", "ubnd", "hoa"]);
    }

    #[test]
    fn a_folded_token_never_equals_a_differing_exact_one() {
        for (_, text, ..) in tokens("Đảng ủy Nghị định NĐ-CP Phƣơng hƣớng thuỷ lợi")
        {
            let folded = crate::fold(&text);
            assert!(text == folded || crate::has_diacritics(&text), "{text}");
        }
    }
}
