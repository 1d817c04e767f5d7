//! Fuzz target: the four tokenizers (the two the index registers checked against the
//! words of the other two) and the three functions on any input, checking the
//! invariants the crate promises (see `tokenizer/tests/common.rs` for the same checks as a
//! property test).

#![no_main]

use libfuzzer_sys::fuzz_target;
use tantivy_tokenizer_api::{Token, TokenStream, Tokenizer};
use tracuu_tokenizer::{
    BodyTokenizer, ExactTokenizer, FoldedPairTokenizer, FoldedTokenizer, breaks_run, fold,
    has_diacritics, normalize,
};

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

    // The tokenizers the index registers follow the same words; where punctuation ends a
    // run of words (`breaks_run`) the body skips a position and no pair spans it.
    let broken: Vec<bool> = exact
        .iter()
        .enumerate()
        .map(|(i, w)| i > 0 && breaks_run(&text[exact[i - 1].offset_to..w.offset_from]))
        .collect();
    let body = tokens(BodyTokenizer::default(), text);
    let mut b = body.iter();
    let mut skipped = 0;
    for (e, &broken) in exact.iter().zip(&broken) {
        skipped += usize::from(broken);
        let position = e.position + skipped;
        let t = b.next().expect("a body token per word");
        assert_eq!((t.position, t.offset_from, t.offset_to), (position, e.offset_from, e.offset_to));
        assert_eq!(t.text, e.text);
        let folded = fold(&e.text);
        if folded != e.text {
            let t = b.next().expect("the folded body token");
            assert_eq!((t.position, t.offset_from, t.offset_to), (position, e.offset_from, e.offset_to));
            assert_eq!(t.text, folded);
        }
    }
    assert!(b.next().is_none(), "no body token beyond the words");
    let pairs = tokens(FoldedPairTokenizer::default(), text);
    let joined: Vec<&[Token]> = exact
        .windows(2)
        .zip(broken.iter().skip(1))
        .filter(|(_, broken)| !**broken)
        .map(|(w, _)| w)
        .collect();
    assert_eq!(pairs.len(), joined.len());
    for (p, w) in pairs.iter().zip(joined) {
        assert_eq!((p.position, p.offset_from, p.offset_to), (w[0].position, w[0].offset_from, w[1].offset_to));
        assert_eq!(p.text, format!("{} {}", fold(&w[0].text), fold(&w[1].text)));
    }

    let n = normalize(text);
    assert_eq!(normalize(&n), n, "normalize twice");
    let f = fold(text);
    assert_eq!(fold(&f), f, "fold twice");
    assert_eq!(fold(&n), f, "fold(normalize(s)) != fold(s)");
    let _ = has_diacritics(text);
});
