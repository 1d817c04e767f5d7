//! Fuzz target: both tokenizers and the three functions on any input, checking the
//! invariants the crate promises (see `tokenizer/tests/common.rs` for the same checks as a
//! property test).

#![no_main]

use libfuzzer_sys::fuzz_target;
use tantivy_tokenizer_api::{Token, TokenStream, Tokenizer};
use tracuu_tokenizer::{ExactTokenizer, FoldedTokenizer, fold, has_diacritics, normalize};

fn tokens<T: Tokenizer>(mut tokenizer: T, text: &str) -> Vec<Token> {
    let mut stream = tokenizer.token_stream(text);
    let mut tokens = Vec::new();
    while stream.advance() {
        tokens.push(stream.token().clone());
    }
    tokens
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();

    let exact = tokens(ExactTokenizer::default(), text);
    let folded = tokens(FoldedTokenizer::default(), text);
    assert_eq!(exact.len(), folded.len());
    let mut last_end = 0;
    for (i, (e, f)) in exact.iter().zip(&folded).enumerate() {
        assert_eq!((e.offset_from, e.offset_to), (f.offset_from, f.offset_to));
        assert_eq!((e.position, f.position), (i, i));
        assert!(last_end <= e.offset_from && e.offset_from < e.offset_to);
        assert!(text.is_char_boundary(e.offset_from) && text.is_char_boundary(e.offset_to));
        last_end = e.offset_to;
        let word = &text[e.offset_from..e.offset_to];
        assert_eq!(e.text, normalize(word), "{word:?}");
        assert_eq!(f.text, fold(word), "{word:?}");
        assert_eq!(fold(&e.text), f.text, "{word:?}");
    }

    let n = normalize(text);
    assert_eq!(normalize(&n), n, "normalize twice");
    let f = fold(text);
    assert_eq!(fold(&f), f, "fold twice");
    assert_eq!(fold(&n), f, "fold(normalize(s)) != fold(s)");
    let _ = has_diacritics(text);
});
