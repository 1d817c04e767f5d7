//! [`ExactTokenizer`]: words in the exact form, diacritics kept.

use tantivy_tokenizer_api::{Token, Tokenizer};

use crate::canonical::normalize_into;
use crate::word_stream::WordTokenStream;

/// Tokenizer whose tokens keep their diacritics: each token is [`crate::normalize`] of its
/// word (NFC, lower case, old-style tone placement, `ƣ` read as `ư`).
///
/// The tokenizer owns the token it hands out, so its text buffer is reused from one token and
/// one document to the next.
#[derive(Clone, Default)]
pub struct ExactTokenizer {
    token: Token,
}

/// The [`TokenStream`](tantivy_tokenizer_api::TokenStream) of a [`ExactTokenizer`].
pub type ExactTokenStream<'a> = WordTokenStream<'a>;

impl Tokenizer for ExactTokenizer {
    type TokenStream<'a> = ExactTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ExactTokenStream<'a> {
        WordTokenStream::new(text, &mut self.token, normalize_into)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy_tokenizer_api::TokenStream;

    fn tokens(text: &str) -> Vec<Token> {
        let mut tokenizer = ExactTokenizer::default();
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
    fn offsets_point_into_the_original_text() {
        let tokens = tokens("Ủy ban nhân dân xã Bắc Sơn");
        assert_eq!(tokens.len(), 7);
        assert_token(&tokens[0], 0, "ủy", 0, 4);
        assert_token(&tokens[1], 1, "ban", 5, 8);
        assert_token(&tokens[2], 2, "nhân", 9, 14);
        assert_token(&tokens[5], 5, "bắc", 24, 29);
        assert_token(&tokens[6], 6, "sơn", 30, 34);
    }

    #[test]
    fn nfc_and_nfd_give_the_same_tokens() {
        let nfd = tokens("Ho\u{0300}a Bi\u{0300}nh");
        assert_eq!(nfd.len(), 2);
        assert_token(&nfd[0], 0, "hòa", 0, 5);
        assert_token(&nfd[1], 1, "bình", 6, 12);
        assert_eq!(texts("Hòa Bình"), texts("Ho\u{0300}a Bi\u{0300}nh"));
    }

    #[test]
    fn both_tone_placements_give_one_token() {
        for (a, b) in [
            ("hòa", "hoà"),
            ("hóa", "hoá"),
            ("thủy", "thuỷ"),
            ("khỏe", "khoẻ"),
            ("lòe", "loè"),
        ] {
            assert_eq!(texts(a), [a]);
            assert_eq!(texts(b), [a]);
        }
        let tokens = tokens("Hoà");
        assert_token(&tokens[0], 0, "hòa", 0, 4);
    }

    #[test]
    fn pdf_oi_is_read_as_u_horn() {
        assert_eq!(texts("Phƣơng hƣớng"), ["phương", "hướng"]);
        assert_eq!(texts("Lƣơng Xuân Trƣơng"), ["lương", "xuân", "trương"]);
        assert_eq!(texts("LƢƠNG"), ["lương"]);
    }

    #[test]
    fn footnote_marks_are_dropped() {
        let tokens = tokens("hồ sơ¹");
        assert_eq!(tokens.len(), 2);
        assert_token(&tokens[1], 1, "sơ", 5, 8);
    }

    #[test]
    fn codes_and_numbers_split_predictably() {
        assert_eq!(texts("Đ ISO iOffice"), ["đ", "iso", "ioffice"]);
        assert_eq!(texts("COVID-19"), ["covid", "19"]);
        assert_eq!(
            texts("14a 9001:2015 97,58"),
            ["14a", "9001", "2015", "97", "58"]
        );
        assert_eq!(texts("05/KH-UBND"), ["05", "kh", "ubnd"]);
        assert_eq!(texts("61/2018/NĐ-CP"), ["61", "2018", "nđ", "cp"]);
        assert_eq!(texts("61 / 2018 / nđ - cp"), texts("61/2018/NĐ-CP"));
    }

    #[test]
    fn token_text_is_normalize_of_the_word() {
        let text = "THỰC HIỆN Kế hoạch số 03/KH-\nUBND ngày 11/01/2021; thuỷ lợi, Hoà Bình¹";
        for token in tokens(text) {
            let word = &text[token.offset_from..token.offset_to];
            assert_eq!(token.text, crate::normalize(word));
        }
    }

    #[test]
    fn the_buffer_is_reset_between_texts() {
        let mut tokenizer = ExactTokenizer::default();
        {
            let mut stream = tokenizer.token_stream("một hai ba");
            while stream.advance() {}
        }
        let mut stream = tokenizer.token_stream("bốn");
        assert!(stream.advance());
        assert_token(stream.token(), 0, "bốn", 0, 5);
        assert!(!stream.advance());
    }

    #[test]
    fn empty_and_punctuation_only_texts_have_no_tokens() {
        assert!(tokens("").is_empty());
        assert!(tokens(" -- ¹ / \t|").is_empty());
    }
}
