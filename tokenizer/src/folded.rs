//! [`FoldedTokenizer`]: words in the folded form, diacritics removed.

use tantivy_tokenizer_api::{Token, Tokenizer};

use crate::folding::fold_into;
use crate::word_stream::WordTokenStream;

/// Tokenizer whose tokens lose their diacritics: each token is [`crate::fold`] of its word
/// (lower case, no tone or vowel mark, `đ` → `d`, `ƣ` → `u`). It cuts the text exactly where
/// [`crate::ExactTokenizer`] does, so the two streams line up token for token.
///
/// The tokenizer owns the token it hands out, so its text buffer is reused from one token and
/// one document to the next.
#[derive(Clone, Default)]
pub struct FoldedTokenizer {
    token: Token,
}

/// The [`TokenStream`](tantivy_tokenizer_api::TokenStream) of a [`FoldedTokenizer`].
pub type FoldedTokenStream<'a> = WordTokenStream<'a>;

impl Tokenizer for FoldedTokenizer {
    type TokenStream<'a> = FoldedTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> FoldedTokenStream<'a> {
        WordTokenStream::new(text, &mut self.token, fold_into)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy_tokenizer_api::TokenStream;

    fn tokens(text: &str) -> Vec<Token> {
        let mut tokenizer = FoldedTokenizer::default();
        let mut stream = tokenizer.token_stream(text);
        let mut tokens = Vec::new();
        while stream.advance() {
            tokens.push(stream.token().clone());
        }
        tokens
    }

    fn assert_token(token: &Token, position: usize, text: &str, from: usize, to: usize) {
        assert_eq!(token.position, position, "position of {token:?}");
        assert_eq!(token.text, text, "text of {token:?}");
        assert_eq!(token.offset_from, from, "offset_from of {token:?}");
        assert_eq!(token.offset_to, to, "offset_to of {token:?}");
    }

    fn texts(text: &str) -> Vec<String> {
        tokens(text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn diacritics_are_removed_offsets_kept() {
        let tokens = tokens("Ủy ban nhân dân phường Đông Hà");
        assert_eq!(tokens.len(), 7);
        assert_token(&tokens[0], 0, "uy", 0, 4);
        assert_token(&tokens[4], 4, "phuong", 20, 29);
        assert_token(&tokens[5], 5, "dong", 30, 36);
        assert_token(&tokens[6], 6, "ha", 37, 40);
    }

    #[test]
    fn nfc_nfd_and_tone_placement_do_not_matter() {
        assert_eq!(texts("Hòa Bình"), ["hoa", "binh"]);
        assert_eq!(texts("Ho\u{0300}a Bi\u{0300}nh"), ["hoa", "binh"]);
        assert_eq!(texts("hoà thuỷ khoẻ"), texts("hòa thủy khỏe"));
    }

    #[test]
    fn pdf_oi_folds_to_u() {
        assert_eq!(texts("Phƣơng hƣớng"), ["phuong", "huong"]);
        assert_eq!(texts("Lƣơng Xuân Trƣơng"), ["luong", "xuan", "truong"]);
    }

    #[test]
    fn footnote_marks_are_dropped() {
        let tokens = tokens("hồ sơ¹");
        assert_eq!(tokens.len(), 2);
        assert_token(&tokens[1], 1, "so", 5, 8);
    }

    #[test]
    fn a_query_without_diacritics_matches_the_text() {
        assert_eq!(
            texts("Nghị định 61/2018/NĐ-CP"),
            texts("nghi dinh 61/2018/ND-CP")
        );
        assert_eq!(
            texts("Kế hoạch số 05/KH-UBND"),
            texts("ke hoach so 05 kh ubnd")
        );
    }

    #[test]
    fn token_text_is_fold_of_the_word() {
        let text = "THỰC HIỆN Kế hoạch số 03/KH-\nUBND ngày 11/01/2021; thuỷ lợi, Hoà Bình¹";
        for token in tokens(text) {
            let word = &text[token.offset_from..token.offset_to];
            assert_eq!(token.text, crate::fold(word));
        }
    }

    #[test]
    fn the_buffer_is_reset_between_texts() {
        let mut tokenizer = FoldedTokenizer::default();
        {
            let mut stream = tokenizer.token_stream("một hai ba");
            while stream.advance() {}
        }
        let mut stream = tokenizer.token_stream("Bốn");
        assert!(stream.advance());
        assert_token(stream.token(), 0, "bon", 0, 5);
        assert!(!stream.advance());
    }
}
