//! The 8-bit Vietnamese encodings used before Unicode: TCVN3 (ABC) and VNI, and the scoring
//! that tells which decoding of a non-UTF-8 file reads as Vietnamese.
//!
//! - TCVN3 (TCVN 5712:1993, the `.VnTime` fonts) gives each lower-case toned letter one byte in
//!   `0xA1..=0xFE`; upper case exists only for `Ă Â Ê Ô Ơ Ư Đ`. Capitals with a tone were typed
//!   in the `.VnTimeH` font, which draws the lower-case codes as capitals, so a plain-text
//!   export holds `CéNG` for `CỘNG`: [`decode_tcvn3`] upper-cases such letters inside words
//!   whose other letters are all capitals.
//! - VNI (VNI-Windows) writes a base letter followed by one Windows-1252 byte carrying the
//!   marks (`a` + `ù` = `á`, `a` + `á` = `ấ`); `ơ ư đ` and the toned `i`, `ỵ` are single bytes.
//! - Windows-1258 is decoded by `encoding_rs` (it uses combining tone marks; the caller
//!   composes to NFC).

use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{compose, decompose_canonical};

/// Windows-1252, byte by byte (the base layer of TCVN3 and VNI).
static CP1252: LazyLock<[char; 256]> = LazyLock::new(|| {
    let mut table = ['\u{FFFD}'; 256];
    for (b, slot) in table.iter_mut().enumerate() {
        let byte = [b as u8];
        let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
        *slot = text.chars().next().unwrap_or('\u{FFFD}');
    }
    table
});

/// TCVN3: the bytes that differ from Windows-1252.
const TCVN3_LETTERS: [(u8, char); 74] = [
    (0xA1, 'Ă'),
    (0xA2, 'Â'),
    (0xA3, 'Ê'),
    (0xA4, 'Ô'),
    (0xA5, 'Ơ'),
    (0xA6, 'Ư'),
    (0xA7, 'Đ'),
    (0xA8, 'ă'),
    (0xA9, 'â'),
    (0xAA, 'ê'),
    (0xAB, 'ô'),
    (0xAC, 'ơ'),
    (0xAD, 'ư'),
    (0xAE, 'đ'),
    (0xB5, 'à'),
    (0xB6, 'ả'),
    (0xB7, 'ã'),
    (0xB8, 'á'),
    (0xB9, 'ạ'),
    (0xBB, 'ằ'),
    (0xBC, 'ẳ'),
    (0xBD, 'ẵ'),
    (0xBE, 'ắ'),
    (0xC6, 'ặ'),
    (0xC7, 'ầ'),
    (0xC8, 'ẩ'),
    (0xC9, 'ẫ'),
    (0xCA, 'ấ'),
    (0xCB, 'ậ'),
    (0xCC, 'è'),
    (0xCE, 'ẻ'),
    (0xCF, 'ẽ'),
    (0xD0, 'é'),
    (0xD1, 'ẹ'),
    (0xD2, 'ề'),
    (0xD3, 'ể'),
    (0xD4, 'ễ'),
    (0xD5, 'ế'),
    (0xD6, 'ệ'),
    (0xD7, 'ì'),
    (0xD8, 'ỉ'),
    (0xDC, 'ĩ'),
    (0xDD, 'í'),
    (0xDE, 'ị'),
    (0xDF, 'ò'),
    (0xE1, 'ỏ'),
    (0xE2, 'õ'),
    (0xE3, 'ó'),
    (0xE4, 'ọ'),
    (0xE5, 'ồ'),
    (0xE6, 'ổ'),
    (0xE7, 'ỗ'),
    (0xE8, 'ố'),
    (0xE9, 'ộ'),
    (0xEA, 'ờ'),
    (0xEB, 'ở'),
    (0xEC, 'ỡ'),
    (0xED, 'ớ'),
    (0xEE, 'ợ'),
    (0xEF, 'ù'),
    (0xF1, 'ủ'),
    (0xF2, 'ũ'),
    (0xF3, 'ú'),
    (0xF4, 'ụ'),
    (0xF5, 'ừ'),
    (0xF6, 'ử'),
    (0xF7, 'ữ'),
    (0xF8, 'ứ'),
    (0xF9, 'ự'),
    (0xFA, 'ỳ'),
    (0xFB, 'ỷ'),
    (0xFC, 'ỹ'),
    (0xFD, 'ý'),
    (0xFE, 'ỵ'),
];

static TCVN3: LazyLock<[char; 256]> = LazyLock::new(|| {
    let mut table = *CP1252;
    for (byte, letter) in TCVN3_LETTERS {
        table[byte as usize] = letter;
    }
    table
});

/// Decodes TCVN3 bytes, repairing the capitals typed in `.VnTimeH` (see the module docs).
pub(crate) fn decode_tcvn3(bytes: &[u8]) -> String {
    let text: String = bytes.iter().map(|&b| TCVN3[b as usize]).collect();
    restore_capitals(&text)
}

/// Letter counts of one word.
#[derive(Clone, Copy, Default)]
struct Shape {
    ascii_upper: usize,
    ascii_lower: usize,
    other_upper: usize,
    other_lower: usize,
}

impl Shape {
    fn of(word: &str) -> Shape {
        let mut s = Shape::default();
        for c in word.chars() {
            match (c.is_ascii(), c.is_uppercase()) {
                (true, true) => s.ascii_upper += 1,
                (true, false) => s.ascii_lower += 1,
                (false, true) => s.other_upper += 1,
                (false, false) => s.other_lower += 1,
            }
        }
        s
    }

    /// Written in capitals as far as the encoding allows (`B¸O`, `BAN`).
    fn capitals(self) -> bool {
        self.ascii_lower == 0 && self.ascii_upper + self.other_upper >= 2
    }
}

/// Upper-cases the lower-case toned letters of words otherwise in capitals: `BáO` is `BÁO`
/// (two capitals at least), and `Uỷ` is `UỶ` beside another word in capitals (`Uỷ BAN`),
/// while `Tự do` and `Kế hoạch` stay.
fn restore_capitals(text: &str) -> String {
    let words: Vec<(usize, usize)> = text
        .char_indices()
        .filter(|&(i, c)| {
            c.is_alphabetic()
                && !text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphabetic)
        })
        .map(|(start, _)| {
            let len = text[start..]
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(text.len() - start);
            (start, start + len)
        })
        .collect();
    let shapes: Vec<Shape> = words.iter().map(|&(s, e)| Shape::of(&text[s..e])).collect();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (i, &(start, end)) in words.iter().enumerate() {
        let shape = shapes[i];
        if shape.other_lower == 0 || shape.ascii_lower > 0 || shape.ascii_upper == 0 {
            continue;
        }
        // Neighbours on the same line only: `BÁO CÁO` above does not make `Về` a capital.
        let same_line = |from: usize, to: usize| !text[from..to].contains('\n');
        let near_capitals = (i > 0 && shapes[i - 1].capitals() && same_line(words[i - 1].1, start))
            || (shapes.get(i + 1).is_some_and(|s| s.capitals()) && same_line(end, words[i + 1].0));
        if shape.capitals() || near_capitals {
            out.push_str(&text[copied..start]);
            out.push_str(&text[start..end].to_uppercase());
            copied = end;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// The marks a VNI modifier byte (as its Windows-1252 character) adds to the letter before it:
/// `(quality mark, tone mark)` as combining characters, and whether only `a` takes it.
fn vni_modifier(c: char) -> Option<(Option<char>, Option<char>, Modifies)> {
    const CIRC: char = '\u{302}';
    const BREVE: char = '\u{306}';
    let (quality, tone, modifies) = match c.to_lowercase().next()? {
        'ù' => (None, Some('\u{301}'), Modifies::AnyVowel),
        'ø' => (None, Some('\u{300}'), Modifies::AnyVowel),
        'û' => (None, Some('\u{309}'), Modifies::AnyVowel),
        'õ' => (None, Some('\u{303}'), Modifies::AnyVowel),
        'ï' => (None, Some('\u{323}'), Modifies::AnyVowel),
        'â' => (Some(CIRC), None, Modifies::Aeo),
        'á' => (Some(CIRC), Some('\u{301}'), Modifies::Aeo),
        'à' => (Some(CIRC), Some('\u{300}'), Modifies::Aeo),
        'å' => (Some(CIRC), Some('\u{309}'), Modifies::Aeo),
        'ã' => (Some(CIRC), Some('\u{303}'), Modifies::Aeo),
        'ä' => (Some(CIRC), Some('\u{323}'), Modifies::Aeo),
        'ê' => (Some(BREVE), None, Modifies::A),
        'é' => (Some(BREVE), Some('\u{301}'), Modifies::A),
        'è' => (Some(BREVE), Some('\u{300}'), Modifies::A),
        'ú' => (Some(BREVE), Some('\u{309}'), Modifies::A),
        'ü' => (Some(BREVE), Some('\u{303}'), Modifies::A),
        'ë' => (Some(BREVE), Some('\u{323}'), Modifies::A),
        _ => return None,
    };
    Some((quality, tone, modifies))
}

/// Which letters a VNI modifier combines with.
#[derive(Clone, Copy, PartialEq)]
enum Modifies {
    AnyVowel,
    Aeo,
    A,
}

/// A VNI letter that stands alone: `ô` is `ơ`, `ö` is `ư`, `ñ` is `đ`, and the toned `i`, `ỵ`.
fn vni_single(c: char) -> Option<char> {
    Some(match c {
        'ô' => 'ơ',
        'Ô' => 'Ơ',
        'ö' => 'ư',
        'Ö' => 'Ư',
        'ñ' => 'đ',
        'Ñ' => 'Đ',
        'æ' => 'ỉ',
        'Æ' => 'Ỉ',
        'ó' => 'ĩ',
        'Ó' => 'Ĩ',
        'ò' => 'ị',
        'Ò' => 'Ị',
        'î' => 'ỵ',
        'Î' => 'Ỵ',
        _ => return None,
    })
}

/// Decodes VNI bytes.
pub(crate) fn decode_vni(bytes: &[u8]) -> String {
    let chars: Vec<char> = bytes.iter().map(|&b| CP1252[b as usize]).collect();
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 4);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let base = vni_single(c).unwrap_or(c);
        let next = chars.get(i + 1).copied();
        let lower = base.to_lowercase().next().unwrap_or(base);
        let is_vowel = matches!(lower, 'a' | 'e' | 'o' | 'u' | 'y' | 'ơ' | 'ư');
        if let (true, Some((quality, tone, modifies))) = (is_vowel, next.and_then(vni_modifier)) {
            let fits = match modifies {
                Modifies::AnyVowel => true,
                Modifies::Aeo => matches!(lower, 'a' | 'e' | 'o'),
                Modifies::A => lower == 'a',
            };
            if fits {
                // NFC puts the dot below before the circumflex: compose them all at once.
                let letter = [Some(base), quality, tone].into_iter().flatten();
                out.extend(letter.nfc());
                i += 2;
                continue;
            }
        }
        out.push(base);
        i += 1;
    }
    out
}

/// Decodes Windows-1252 (the fallback for text that is not Vietnamese).
pub(crate) fn decode_cp1252(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| CP1252[b as usize]).collect()
}

/// How plausible `text` is as Vietnamese: +2 for each word with a non-ASCII letter that is a
/// well-formed Vietnamese syllable, −3 for each that is not, −1 for each stray symbol
/// (`¸`, `µ`, `§` … are what a wrong decoding leaves). `text` must be NFC.
pub(crate) fn vietnamese_score(text: &str) -> i64 {
    let mut score = 0i64;
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if word.is_ascii() {
            continue;
        }
        score += if is_syllable(word) { 2 } else { -3 };
    }
    for c in text.chars() {
        if !c.is_ascii() && !c.is_alphabetic() && !is_common_symbol(c) {
            score -= 1;
        }
    }
    score
}

fn is_common_symbol(c: char) -> bool {
    matches!(c, '\u{A0}' | '°' | '«' | '»' | '\u{2000}'..='\u{206F}')
}

/// Splits a lower-case letter into its base (with `ă â ê ô ơ ư` kept) and its tone mark.
fn split_tone(c: char) -> Option<(char, bool)> {
    if c.is_ascii_lowercase() || c == 'đ' {
        return Some((c, false));
    }
    let mut parts = ['\0'; 4];
    let mut n = 0;
    decompose_canonical(c, |d| {
        if n < parts.len() {
            parts[n] = d;
        }
        n += 1;
    });
    if n > 3 || !parts[0].is_ascii_lowercase() {
        return None;
    }
    let mut base = parts[0];
    let mut toned = false;
    for &mark in &parts[1..n] {
        match mark {
            '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}' if !toned => toned = true,
            '\u{302}' | '\u{306}' | '\u{31B}' => {
                let with = compose(base, mark)?;
                if !matches!(with, 'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư') {
                    return None;
                }
                base = with;
            }
            _ => return None,
        }
    }
    Some((base, toned))
}

const INITIALS: [&str; 28] = [
    "", "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
];
const FINALS: [&str; 9] = ["", "ch", "ng", "nh", "c", "m", "n", "p", "t"];

/// Whether `word` is a well-formed Vietnamese syllable (initial, 1–3 vowels, final, one tone).
pub(crate) fn is_syllable(word: &str) -> bool {
    let mut bases = String::with_capacity(word.len());
    let mut tones = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        let Some((base, toned)) = split_tone(c) else {
            return false;
        };
        tones += usize::from(toned);
        bases.push(base);
    }
    if tones > 1 {
        return false;
    }
    INITIALS.iter().any(|initial| {
        bases.strip_prefix(initial).is_some_and(|rest| {
            FINALS.iter().any(|fin| {
                rest.strip_suffix(fin).is_some_and(|vowels| {
                    let n = vowels.chars().count();
                    (1..=3).contains(&n) && vowels.chars().all(|v| "aăâeêioôơuưy".contains(v))
                })
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tcvn3_motto_as_printed_on_old_documents() {
        // The national motto as old `.VnTime` files show it when read as Windows-1252.
        let bytes = encoding_rs::WINDOWS_1252
            .encode("Céng hßa x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc")
            .0;
        assert_eq!(
            decode_tcvn3(&bytes),
            "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc"
        );
    }

    #[test]
    fn tcvn3_capitals_typed_in_vntimeh_are_restored() {
        let bytes = encoding_rs::WINDOWS_1252
            .encode("B¸O C¸O Uû BAN Nh©n d©n\nVÒ viÖc")
            .0;
        assert_eq!(decode_tcvn3(&bytes), "BÁO CÁO UỶ BAN Nhân dân\nVề việc");
    }

    #[test]
    fn vni_motto_as_printed_on_old_documents() {
        let bytes = encoding_rs::WINDOWS_1252
            .encode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp - Töï do - Haïnh phuùc")
            .0;
        assert_eq!(
            decode_vni(&bytes),
            "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc"
        );
    }

    #[test]
    fn vni_upper_case_and_horn_letters() {
        let bytes = encoding_rs::WINDOWS_1252
            .encode("COÄNG HOØA; Phöôøng Höông Xuaân")
            .0;
        assert_eq!(decode_vni(&bytes), "CỘNG HÒA; Phường Hương Xuân");
        let bytes = encoding_rs::WINDOWS_1252
            .encode("naêm; Quyeát ñònh; kyõ; thöïc")
            .0;
        assert_eq!(decode_vni(&bytes), "năm; Quyết định; kỹ; thực");
    }

    #[test]
    fn syllables() {
        for ok in [
            "nghiêng", "Việt", "quyết", "hoà", "hòa", "ĐỊNH", "giữ", "ươn", "khuya",
        ] {
            assert!(is_syllable(ok), "{ok}");
        }
        for bad in [
            "vieät",
            "coäng",
            "µ",
            "hµnh",
            "ngµy",
            "été",
            "straße",
            "ặặặặ",
            "xyz",
        ] {
            assert!(!is_syllable(bad), "{bad}");
        }
    }

    #[test]
    fn score_prefers_the_right_decoding() {
        let bytes = encoding_rs::WINDOWS_1252
            .encode("Thùc hiÖn KÕ ho¹ch sè 05/KH-UBND ngµy 12/01/2024")
            .0;
        let tcvn3 = vietnamese_score(&decode_tcvn3(&bytes));
        let vni = vietnamese_score(&decode_vni(&bytes));
        let latin = vietnamese_score(&decode_cp1252(&bytes));
        assert!(
            tcvn3 > 0 && tcvn3 > vni && tcvn3 > latin,
            "{tcvn3} {vni} {latin}"
        );
    }
}
