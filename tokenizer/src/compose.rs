//! Canonical composition of whole texts, for readers that hand text to the report parser.

use std::borrow::Cow;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// The text in Unicode NFC. Canonically equivalent to the input, so it displays the same:
/// only the encoding of the letters changes (`o` + U+0300 becomes `ò`). Text already in NFC
/// (nearly all of it) is returned as is, without a copy.
pub fn nfc(text: &str) -> Cow<'_, str> {
    if plainly_composed_text(text) {
        return Cow::Borrowed(text);
    }
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => Cow::Borrowed(text),
        _ => Cow::Owned(text.nfc().collect()),
    }
}

/// The specification of [`plainly_composed_text`], char by char, for its tests.
#[cfg(test)]
fn plainly_composed(c: char) -> bool {
    matches!(c, '\0'..='\u{2ff}' | '\u{1e00}'..='\u{1eff}' | '\u{2010}'..='\u{206f}')
}

/// Whether every character of `text` is in NFC whatever surrounds it (quick check `Yes`,
/// combining class 0): below the combining marks (U+0300), the precomposed Vietnamese
/// letters of Latin Extended Additional (U+1E00..=U+1EFF), and general punctuation from
/// U+2010 (`–`, `“`, `…`). This is many times faster than the general quick check, which
/// only text with other characters goes through. Read off the UTF-8 bytes: a
/// byte below 0xCC is ASCII, a continuation byte, or the lead of a character below U+0300;
/// the other two ranges are three-byte sequences checked whole.
fn plainly_composed_text(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        if x < 0xCC {
            i += 1;
            continue;
        }
        let (y, z) = (b.get(i + 1).copied(), b.get(i + 2).copied());
        let ok = match (x, y, z) {
            // U+1E00..=U+1EFF: E1 B8 80 ..= E1 BB BF.
            (0xE1, Some(0xB8..=0xBB), Some(_)) => true,
            // U+2010..=U+206F: E2 80 90 ..= E2 81 AF.
            (0xE2, Some(0x80), Some(0x90..)) | (0xE2, Some(0x81), Some(..=0xAF)) => true,
            _ => false,
        };
        if !ok {
            return false;
        }
        i += 3;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_byte_check_agrees_with_the_char_check(s in "\\PC{0,40}") {
            proptest::prop_assert_eq!(plainly_composed_text(&s), s.chars().all(plainly_composed));
        }
    }

    #[test]
    fn the_byte_check_sees_every_range_edge() {
        for c in [
            '\u{2ff}', '\u{1e00}', '\u{1eff}', '\u{2010}', '\u{206f}', 'ạ', '…', '“',
        ] {
            assert!(
                plainly_composed_text(&format!("a{c}b")),
                "U+{:04X}",
                c as u32
            );
        }
        for c in [
            '\u{300}', '\u{1df}', '\u{1dff}', '\u{1f00}', '\u{200f}', '\u{2070}', '\u{2000}',
        ] {
            let s = format!("a{c}b");
            assert_eq!(
                plainly_composed_text(&s),
                s.chars().all(plainly_composed),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn the_plain_ranges_are_composed_and_of_class_zero() {
        let ranges = [
            '\0'..='\u{2ff}',
            '\u{1e00}'..='\u{1eff}',
            '\u{2010}'..='\u{206f}',
        ];
        for c in ranges.into_iter().flatten() {
            let mut s = String::from("a");
            s.push(c);
            assert_eq!(
                is_nfc_quick(s.chars()),
                IsNormalized::Yes,
                "U+{:04X}",
                c as u32
            );
            assert_eq!(
                unicode_normalization::char::canonical_combining_class(c),
                0,
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn decomposed_text_is_composed_and_composed_text_is_borrowed() {
        let nfd = "Ho\u{300}a Bi\u{300}nh";
        assert_eq!(nfc(nfd), "Hòa Bình");
        assert!(matches!(nfc("Hòa Bình"), Cow::Borrowed(_)));
    }
}
