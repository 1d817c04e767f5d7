//! [`WordTokenStream`]: one token per word, its text a function of the word. The stream of
//! both [`crate::ExactTokenizer`] and [`crate::FoldedTokenizer`], which differ only in that
//! function.

use tantivy_tokenizer_api::{Token, TokenStream};

use crate::word::Words;

/// Writes the token text of a word into a cleared buffer.
pub(crate) type Form = fn(&str, &mut String);

/// A stream of one token per word of a text; the token is owned by the tokenizer, so its text
/// buffer is reused from one token and one document to the next.
pub struct WordTokenStream<'a> {
    text: &'a str,
    words: Words<'a>,
    token: &'a mut Token,
    form: Form,
}

impl<'a> WordTokenStream<'a> {
    /// The stream of `text`, starting over with `token`.
    pub(crate) fn new(text: &'a str, token: &'a mut Token, form: Form) -> WordTokenStream<'a> {
        token.reset();
        WordTokenStream {
            text,
            words: Words::new(text),
            token,
            form,
        }
    }
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let Some((from, to)) = self.words.next() else {
            return false;
        };
        let token = &mut *self.token;
        token.position = token.position.wrapping_add(1);
        token.offset_from = from;
        token.offset_to = to;
        token.text.clear();
        (self.form)(&self.text[from..to], &mut token.text);
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}
