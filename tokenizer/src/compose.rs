//! Canonical composition of whole texts, for readers that hand text to the report parser.

use std::borrow::Cow;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// The text in Unicode NFC. Canonically equivalent to the input, so it displays the same:
/// only the encoding of the letters changes (`o` + U+0300 becomes `ò`). Text already in NFC
/// (nearly all of it) is returned as is, without a copy.
pub fn nfc(text: &str) -> Cow<'_, str> {
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => Cow::Borrowed(text),
        _ => Cow::Owned(text.nfc().collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_text_is_composed_and_composed_text_is_borrowed() {
        let nfd = "Ho\u{300}a Bi\u{300}nh";
        assert_eq!(nfc(nfd), "Hòa Bình");
        assert!(matches!(nfc("Hòa Bình"), Cow::Borrowed(_)));
    }
}
