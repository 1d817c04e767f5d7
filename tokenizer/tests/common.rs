//! Helpers shared by the test modules.

use tantivy_tokenizer_api::{Token, TokenStream, Tokenizer};
use tracuu_tokenizer::{BodyTokenizer, ExactTokenizer, FoldedPairTokenizer, FoldedTokenizer};

/// Every token of `text` under `tokenizer`.
pub fn tokens<T: Tokenizer>(tokenizer: &mut T, text: &str) -> Vec<Token> {
    let mut stream = tokenizer.token_stream(text);
    let mut tokens = Vec::new();
    while stream.advance() {
        tokens.push(stream.token().clone());
    }
    tokens
}

/// The tokens of `text` from both tokenizers.
pub fn both(text: &str) -> (Vec<Token>, Vec<Token>) {
    (
        tokens(&mut ExactTokenizer::default(), text),
        tokens(&mut FoldedTokenizer::default(), text),
    )
}

/// Checks every invariant the tokenizers promise on `text`, with a message naming the
/// broken one: offsets on char boundaries, non-decreasing and non-overlapping; positions
/// 0, 1, 2…; both tokenizers cut the same words; the exact token is `normalize` of its word
/// and the folded one `fold` of it; `fold(exact) == folded`; normalising twice changes
/// nothing.
pub fn check_invariants(text: &str) -> Result<(), String> {
    use tracuu_tokenizer::{fold, normalize};
    let (exact, folded) = both(text);
    if exact.len() != folded.len() {
        return Err(format!(
            "{} exact tokens, {} folded",
            exact.len(),
            folded.len()
        ));
    }
    let mut last_end = 0;
    for (i, (e, f)) in exact.iter().zip(&folded).enumerate() {
        let (from, to) = (e.offset_from, e.offset_to);
        if (f.offset_from, f.offset_to) != (from, to) {
            return Err(format!("offsets differ: {e:?} {f:?}"));
        }
        if e.position != i || f.position != i {
            return Err(format!("position {i} expected: {e:?} {f:?}"));
        }
        if from < last_end || from >= to || to > text.len() {
            return Err(format!("bad offsets after {last_end}: {e:?}"));
        }
        if !text.is_char_boundary(from) || !text.is_char_boundary(to) {
            return Err(format!("offsets off char boundaries: {e:?}"));
        }
        last_end = to;
        let word = &text[from..to];
        if e.text != normalize(word) {
            return Err(format!("exact {e:?} is not normalize({word:?})"));
        }
        if f.text != fold(word) {
            return Err(format!("folded {f:?} is not fold({word:?})"));
        }
        if fold(&e.text) != f.text {
            return Err(format!("fold(exact) != folded: {e:?} {f:?}"));
        }
        if normalize(&e.text) != e.text {
            return Err(format!("normalize not idempotent on {e:?}"));
        }
        if e.text.is_empty() {
            return Err(format!("empty token {e:?}"));
        }
    }
    Ok(())
}

/// Checks the two tokenizers the index registers against the words `ExactTokenizer` cuts:
/// [`BodyTokenizer`] gives each word's exact token and then, only when it differs, its
/// folded token, both at the word's position and offsets; [`FoldedPairTokenizer`] gives one
/// token per two adjacent words, `fold(a) + " " + fold(b)`, spanning both, at the position of
/// the first.
pub fn check_registered_invariants(text: &str) -> Result<(), String> {
    use tracuu_tokenizer::{breaks_run, fold};
    let words = tokens(&mut ExactTokenizer::default(), text);
    let body = tokens(&mut BodyTokenizer::default(), text);
    // Whether punctuation ending a run stands before each word: the body skips a position
    // there, and no pair spans it.
    let broken: Vec<bool> = words
        .iter()
        .enumerate()
        .map(|(i, w)| i > 0 && breaks_run(&text[words[i - 1].offset_to..w.offset_from]))
        .collect();
    let mut expected = Vec::with_capacity(body.len());
    let mut skipped = 0;
    for (w, &broken) in words.iter().zip(&broken) {
        skipped += usize::from(broken);
        let position = w.position + skipped;
        let folded = fold(&w.text);
        expected.push((position, w.offset_from, w.offset_to, w.text.clone()));
        if folded != w.text {
            expected.push((position, w.offset_from, w.offset_to, folded));
        }
    }
    let got: Vec<_> = body
        .iter()
        .map(|t| (t.position, t.offset_from, t.offset_to, t.text.clone()))
        .collect();
    if got != expected {
        return Err(format!("body tokens {got:?}, expected {expected:?}"));
    }
    let pairs = tokens(&mut FoldedPairTokenizer::default(), text);
    let expected: Vec<_> = words
        .windows(2)
        .zip(broken.iter().skip(1))
        .filter(|(_, broken)| !**broken)
        .map(|(w, _)| w)
        .map(|w| {
            (
                w[0].position,
                w[0].offset_from,
                w[1].offset_to,
                format!("{} {}", fold(&w[0].text), fold(&w[1].text)),
            )
        })
        .collect();
    let got: Vec<_> = pairs
        .iter()
        .map(|t| (t.position, t.offset_from, t.offset_to, t.text.clone()))
        .collect();
    if got != expected {
        return Err(format!("pair tokens {got:?}, expected {expected:?}"));
    }
    Ok(())
}
