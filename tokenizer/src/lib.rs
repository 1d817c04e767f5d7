//! Vietnamese diacritics-aware tokenizers for tantivy.
//!
//! Two tokenizers cut a text into the same words and differ only in the text of each token:
//!
//! - [`ExactTokenizer`] keeps the diacritics, in one canonical form: the token is
//!   [`normalize`] of its word;
//! - [`FoldedTokenizer`] removes them: the token is [`fold`] of its word.
//!
//! The index runs [`BodyTokenizer`] (registered as [`BODY`]), which gives both forms of each
//! word at one position, and [`FoldedPairTokenizer`] (as [`FOLDED_PAIRS`]). A query typed with
//! diacritics means them (`bán` is not `bàn`), so the search layer asks [`has_diacritics`]
//! and looks up the exact form or the folded one. Other
//! crates compute index terms with [`normalize`] and [`fold`] directly, without running a
//! token stream: a token's text is always the function applied to the word it came from.
//!
//! # Words
//!
//! A word is a maximal run of letters and digits, with the combining marks that follow them,
//! inside one UAX #29 word boundary (`unicode-segmentation`). Everything else separates
//! words and is dropped: spaces, line breaks, tabs, `|`, `*`, `<`, `/`, `-`, `:`, `,`, `.`,
//! and footnote marks (superscript digits `¹²³⁴…`, so `hồ sơ¹` gives `hồ`, `sơ`). Hence:
//!
//! | text | tokens |
//! |---|---|
//! | `05/KH-UBND` | `05` `kh` `ubnd` |
//! | `61/2018/NĐ-CP` | `61` `2018` `nđ` `cp` (folded: `nd`) |
//! | `14a/KH-UBND` | `14a` `kh` `ubnd` (a number with a letter stays one word) |
//! | `9001:2015` | `9001` `2015` |
//! | `97,58` | `97` `58` (decimal and thousands separators split too) |
//! | `COVID-19` | `covid` `19` |
//! | `ISO`, `iOffice` | `iso`, `ioffice` |
//!
//! Positions are consecutive (0, 1, 2…) across separators, so the sequence a user types
//! (`05/kh-ubnd`, `05 / KH - UBND`, `05 kh ubnd`) is the sequence indexed. Offsets are byte
//! offsets into the original text, which is never altered: snippets come from it.
//!
//! # The exact form
//!
//! [`normalize`]: NFC, lower case (`Đ` → `đ`), and two lookalikes read as the Vietnamese
//! letter they stand for: the PDF artefact `ƣ`/`Ƣ` (U+01A3/U+01A2) as `ư`, and the Latin-1
//! eth `Ð`/`ð` (what a wrong code page shows for `Đ`) as `đ`. Input may be precomposed (NFC)
//! or decomposed (NFD), with the marks in any order.
//!
//! The tone mark goes on its canonical vowel, by the **old style** (*kiểu cũ*), the one the
//! reports mostly write (`hòa`, `hóa`, `ủy` outnumber `hoà`, `hoá`, `uỷ` many times in the
//! seeds). For a syllable `initial + vowels + final`:
//!
//! 1. `gi` and `qu` before another vowel belong to the initial (`già`, `quý`; `qúy` → `quý`);
//! 2. a vowel with a circumflex, breve or horn other than `ư` takes the mark (`tiếng`,
//!    `người`, `hoặc`); failing that, `ư` does (`mưa`, `hữu`);
//! 3. otherwise, with a final consonant, the last vowel (`hoàng`, `huỳnh`);
//! 4. otherwise the middle of three vowels (`ngoài`, `khuỷu`), the first of two (`hòa`,
//!    `thủy`, `khỏe`, `mùa`, `tài`), or the only one.
//!
//! So `hoà` → `hòa`, `hoá` → `hóa`, `thuỷ` → `thủy`, `khoẻ` → `khỏe`, `loè` → `lòe`. A run of
//! letters that is not a well-formed syllable (unknown initial or final, more than three
//! vowels, two tones, `f`/`j`/`w`/`z`) keeps its marks where they are. Everything that is not
//! a Vietnamese letter (other scripts, `ñ`) is lower-cased and composed by Unicode NFC.
//!
//! # The folded form
//!
//! [`fold`]: lower case, every diacritic removed (NFD, then combining marks dropped), `đ` →
//! `d`, `ƣ` → `u`, `ð` → `d`. `fold(normalize(s)) == fold(s)`, and both functions are
//! idempotent.
//!
//! # Example
//!
//! ```
//! use tantivy_tokenizer_api::{TokenStream, Tokenizer};
//! use tracuu_tokenizer::{ExactTokenizer, FoldedTokenizer, fold, has_diacritics, normalize};
//!
//! let text = "Kế hoạch số 05/KH-UBND về thuỷ lợi, Phƣơng hƣớng¹";
//! let mut exact = ExactTokenizer::default();
//! let mut stream = exact.token_stream(text);
//! let mut tokens = Vec::new();
//! while stream.advance() {
//!     tokens.push(stream.token().text.clone());
//! }
//! assert_eq!(
//!     tokens,
//!     ["kế", "hoạch", "số", "05", "kh", "ubnd", "về", "thủy", "lợi", "phương", "hướng"]
//! );
//!
//! let mut folded = FoldedTokenizer::default();
//! let mut stream = folded.token_stream("Thủy lợi");
//! assert!(stream.advance());
//! assert_eq!(stream.token().text, "thuy");
//! assert_eq!((stream.token().offset_from, stream.token().offset_to), (0, 6));
//!
//! assert_eq!(normalize("Thị xã Hương Trà"), "thị xã hương trà");
//! assert_eq!(fold("Thị xã Hương Trà"), "thi xa huong tra");
//! assert!(has_diacritics("hòa giải") && !has_diacritics("hoa giai"));
//! ```

mod body;
mod canonical;
mod cluster;
mod compose;
mod exact;
mod folded;
mod folding;
mod letter;
mod lookalike;
mod pairs;
mod syllable;
mod word;
mod word_stream;

pub use body::{BodyTokenStream, BodyTokenizer};
pub use compose::nfc;
pub use exact::{ExactTokenStream, ExactTokenizer};
pub use folded::{FoldedTokenStream, FoldedTokenizer};
pub use lookalike::repair_lookalikes;
pub use pairs::{FoldedPairTokenStream, FoldedPairTokenizer, folded_pairs};
pub use word::breaks_run;
pub use word_stream::WordTokenStream;

/// Name under which [`BodyTokenizer`] is registered. The number counts the changes of what it
/// indexes (2: a position skipped where punctuation ends a run, [`breaks_run`]); the schema
/// names it, so an index written by other rules is refused as another version.
pub const BODY: &str = "vi_body_2";
/// Name under which [`FoldedPairTokenizer`] is registered, numbered as [`BODY`] is (2: no pair
/// across punctuation that ends a run).
pub const FOLDED_PAIRS: &str = "vi_folded_pairs_2";

/// Whether `text` carries any Vietnamese diacritic: a tone mark, a circumflex, breve or
/// horn, `đ`/`Đ`, or a lookalike read as a Vietnamese letter (`ƣ`, `ð`), precomposed or as
/// combining marks on a vowel. Marks Vietnamese does not use (`ñ`, `ü`) do not count.
///
/// ```
/// assert!(tracuu_tokenizer::has_diacritics("Đ"));
/// assert!(!tracuu_tokenizer::has_diacritics("ke hoach 05/KH-UBND"));
/// ```
pub fn has_diacritics(text: &str) -> bool {
    canonical::has_diacritics(text)
}

/// The folded form of the whole of `text`: lower case, every diacritic removed, `đ` → `d`,
/// `ƣ` → `u`, `ð` → `d`, precomposed or decomposed input alike; characters that are not letters are
/// kept as they are.
///
/// ```
/// assert_eq!(tracuu_tokenizer::fold("Hương Trà"), "huong tra");
/// assert_eq!(tracuu_tokenizer::fold("61/2018/NĐ-CP"), "61/2018/nd-cp");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    folding::fold_into(text, &mut out);
    out
}

/// The exact canonical form of the whole of `text`: NFC, lower case, the tone mark on its
/// old-style vowel (see the crate docs), `ƣ` → `ư`, `ð` → `đ`; characters that are not
/// letters are kept. Idempotent.
///
/// ```
/// assert_eq!(tracuu_tokenizer::normalize("Hoà Bình"), "hòa bình");
/// assert_eq!(tracuu_tokenizer::normalize("Phƣơng"), "phương");
/// ```
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    canonical::normalize_into(text, &mut out);
    out
}
