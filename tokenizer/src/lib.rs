//! Vietnamese diacritics-aware tokenizers (skeleton: replaced by the tokenizer work).

use tantivy_tokenizer_api::{Token, TokenStream, Tokenizer};

/// Name under which [`ExactTokenizer`] is registered.
pub const EXACT: &str = "vi_exact";
/// Name under which [`FoldedTokenizer`] is registered.
pub const FOLDED: &str = "vi_folded";

/// Tokens keep their diacritics, lower-cased, in one canonical form.
#[derive(Clone, Default)]
pub struct ExactTokenizer;
/// Tokens with every diacritic removed and `đ` mapped to `d`.
#[derive(Clone, Default)]
pub struct FoldedTokenizer;

/// Whether the text carries any Vietnamese diacritic.
pub fn has_diacritics(text: &str) -> bool {
    text.chars().any(|c| !c.is_ascii() && c.is_alphabetic())
}

/// The folded (diacritic-free, lower-case) form of `text`.
pub fn fold(text: &str) -> String {
    text.to_lowercase()
}

/// The exact canonical form of `text`: lower-cased, NFC, canonical tone placement.
pub fn normalize(text: &str) -> String {
    text.to_lowercase()
}

/// Token stream of the skeleton tokenizers.
pub struct SimpleStream {
    tokens: Vec<Token>,
    index: usize,
}

fn split(text: &str, folded: bool) -> SimpleStream {
    let mut tokens = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            let word = &text[s..i];
            tokens.push(Token {
                offset_from: s,
                offset_to: i,
                position: tokens.len(),
                text: if folded { fold(word) } else { normalize(word) },
                position_length: 1,
            });
        }
    }
    SimpleStream { tokens, index: 0 }
}

impl TokenStream for SimpleStream {
    fn advance(&mut self) -> bool {
        self.index += 1;
        self.index <= self.tokens.len()
    }
    fn token(&self) -> &Token {
        &self.tokens[self.index - 1]
    }
    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.index - 1]
    }
}

impl Tokenizer for ExactTokenizer {
    type TokenStream<'a> = SimpleStream;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> SimpleStream {
        split(text, false)
    }
}

impl Tokenizer for FoldedTokenizer {
    type TokenStream<'a> = SimpleStream;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> SimpleStream {
        split(text, true)
    }
}
