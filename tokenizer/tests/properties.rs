//! Property tests: the invariants hold on any string, and bad input never panics.

use proptest::prelude::*;
use tracuu_tokenizer::{fold, has_diacritics, normalize};
use unicode_normalization::UnicodeNormalization;

use crate::common::{both, check_invariants, check_registered_invariants};

/// Pieces of text in the style of the reports: Vietnamese letters in both cases and both
/// tone placements, decomposed marks, the PDF `ƣ`, footnote marks, citations, markup and
/// other scripts.
const PIECES: &[&str] = &[
    "a",
    "ă",
    "â",
    "e",
    "ê",
    "i",
    "o",
    "ô",
    "ơ",
    "u",
    "ư",
    "y",
    "đ",
    "Đ",
    "ƣ",
    "Ƣ",
    "h",
    "n",
    "g",
    "q",
    "t",
    "c",
    "k",
    "nh",
    "ng",
    "ch",
    "tr",
    "gi",
    "qu",
    "oa",
    "oe",
    "uy",
    "ươ",
    "iê",
    "à",
    "á",
    "ả",
    "ã",
    "ạ",
    "ờ",
    "ớ",
    "ở",
    "ỡ",
    "ợ",
    "Ủ",
    "Ỷ",
    "Ộ",
    "Ễ",
    "hoà",
    "hòa",
    "THUỶ",
    "\u{0300}",
    "\u{0301}",
    "\u{0303}",
    "\u{0309}",
    "\u{0323}",
    "\u{0302}",
    "\u{0306}",
    "\u{031B}",
    "\u{0308}",
    "\u{0345}",
    "\u{20DD}",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "|",
    "*",
    "**",
    "<i>",
    "</i>",
    "/",
    "-",
    ":",
    ",",
    ".",
    "%",
    "¹",
    "²",
    "³",
    "⁴",
    "½",
    "①",
    "0",
    "1",
    "05",
    "2024",
    "14a",
    "KH",
    "UBND",
    "NĐ-CP",
    "–",
    "“",
    "”",
    "\u{00A0}",
    "\u{00AD}",
    "\u{200B}",
    "\u{200D}",
    "漢",
    "字",
    "Ω",
    "\u{212A}",
    "\u{212B}",
    "İ",
    "ß",
    "ﬁ",
    "ñ",
    "й",
    "ア",
    "ｶ",
    "한",
    "\u{1100}\u{1161}",
    "🇻🇳",
    "👍🏽",
    "\u{FEFF}",
    "\u{1F600}",
];

fn vietnamese_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..48).prop_map(|p| p.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![vietnamese_like(), any::<String>(), "\\PC{0,40}"]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn invariants_hold(text in any_text()) {
        if let Err(e) = check_invariants(&text) {
            return Err(TestCaseError::fail(format!("{e} in {text:?}")));
        }
    }

    #[test]
    fn the_registered_tokenizers_follow_the_words(text in any_text()) {
        if let Err(e) = check_registered_invariants(&text) {
            return Err(TestCaseError::fail(format!("{e} in {text:?}")));
        }
    }

    #[test]
    fn whole_string_forms_are_consistent(text in any_text()) {
        let n = normalize(&text);
        prop_assert_eq!(normalize(&n), n.clone(), "normalize twice");
        let f = fold(&text);
        prop_assert_eq!(fold(&f), f.clone(), "fold twice");
        prop_assert_eq!(fold(&n), f, "fold(normalize(s)) == fold(s)");
        let _ = has_diacritics(&text);
    }

    #[test]
    fn nfc_and_nfd_give_the_same_tokens(text in vietnamese_like()) {
        let nfc: String = text.nfc().collect();
        let nfd: String = text.nfd().collect();
        let texts = |t: &str| {
            let (exact, folded) = both(t);
            (
                exact.into_iter().map(|t| t.text).collect::<Vec<_>>(),
                folded.into_iter().map(|t| t.text).collect::<Vec<_>>(),
            )
        };
        prop_assert_eq!(texts(&nfc), texts(&nfd));
        prop_assert_eq!(normalize(&nfc), normalize(&nfd));
        prop_assert_eq!(fold(&nfc), fold(&nfd));
        prop_assert_eq!(has_diacritics(&nfc), has_diacritics(&nfd));
    }

    #[test]
    fn fold_ignores_decomposition_of_any_text(text in any::<String>()) {
        let nfd: String = text.nfd().collect();
        prop_assert_eq!(fold(&text), fold(&nfd));
    }

    #[test]
    fn normalize_gives_nfc(text in any_text()) {
        let n = normalize(&text);
        let nfc: String = n.nfc().collect();
        prop_assert_eq!(n, nfc);
    }
}
