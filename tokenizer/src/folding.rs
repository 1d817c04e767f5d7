//! The folded form: lower case with every diacritic removed.
//!
//! Folding is four small steps applied to every character, in this order:
//!
//! 1. [`lower`]: Unicode lower case (`Đ` → `đ`, `Ƣ` → `ƣ`);
//! 2. [`decompose`]: canonical decomposition (NFD), so tone and vowel marks become
//!    separate combining characters whether the text was precomposed or not;
//! 3. [`is_kept`]: combining marks are dropped;
//! 4. [`strip`]: the letters whose diacritic is not a combining mark are mapped to their
//!    plain letter: `đ` → `d`, and the lookalikes read as Vietnamese letters, the PDF
//!    artefact `ƣ` → `u` and the Latin-1 eth `ð` (shown for `Đ` by a wrong code page) → `d`.
//!
//! [`fold_into`] fuses the four steps for Vietnamese letters (one table lookup per cluster)
//! and runs them one by one for everything else; the tests check both give the same.

use crate::cluster::{Cluster, Clusters};
use crate::letter::is_mark;

/// Step 1: the lower case of one character.
fn lower(c: char) -> impl Iterator<Item = char> {
    c.to_lowercase()
}

/// Step 2: the canonical decomposition of one character, fed to `emit`.
fn decompose(c: char, emit: impl FnMut(char)) {
    unicode_normalization::char::decompose_canonical(c, emit);
}

/// Step 3: whether a decomposed character survives folding (combining marks do not).
fn is_kept(c: char) -> bool {
    !is_mark(c)
}

/// Step 4: the plain letter of a letter whose diacritic does not decompose.
fn strip(c: char) -> char {
    match c {
        'đ' | 'ð' => 'd',
        'ƣ' => 'u',
        c => c,
    }
}

/// The four steps one after the other, over every character of `text`.
fn fold_steps(text: &str, out: &mut String) {
    for c in text.chars() {
        for l in lower(c) {
            decompose(l, |d| {
                if is_kept(d) {
                    out.push(strip(d));
                }
            });
        }
    }
}

/// Appends the folded form of `text` to `out`.
pub(crate) fn fold_into(text: &str, out: &mut String) {
    if text.is_ascii() {
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
        return;
    }
    for cluster in Clusters::new(text) {
        match cluster {
            Cluster::Letter(letter) => out.push(letter.plain() as char),
            Cluster::Ascii(b) => out.push(b as char),
            Cluster::Other(s) => fold_steps(s, out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(text: &str) -> String {
        let mut out = String::new();
        fold_into(text, &mut out);
        out
    }

    fn steps(text: &str) -> String {
        let mut out = String::new();
        fold_steps(text, &mut out);
        out
    }

    #[test]
    fn step_lower() {
        assert_eq!(lower('Đ').collect::<String>(), "đ");
        assert_eq!(lower('Ƣ').collect::<String>(), "ƣ");
        assert_eq!(lower('Ỗ').collect::<String>(), "ỗ");
        assert_eq!(lower('1').collect::<String>(), "1");
    }

    #[test]
    fn step_decompose() {
        let mut out = String::new();
        decompose('ộ', |c| out.push(c));
        assert_eq!(out, "o\u{0323}\u{0302}");
        out.clear();
        decompose('đ', |c| out.push(c));
        assert_eq!(out, "đ", "the stroke is not a combining mark");
    }

    #[test]
    fn step_is_kept() {
        assert!(!is_kept('\u{0301}'));
        assert!(!is_kept('\u{031B}'));
        assert!(is_kept('o'));
        assert!(is_kept('¹'));
    }

    #[test]
    fn step_strip() {
        assert_eq!(strip('đ'), 'd');
        assert_eq!(strip('ƣ'), 'u');
        assert_eq!(strip('ð'), 'd');
        assert_eq!(strip('o'), 'o');
    }

    #[test]
    fn fused_path_matches_the_steps() {
        let text = "ĐỒNG Ý ƯU TIÊN Ƣu tiên ho\u{0300}a hoà Hòa ngoài khuỷu quốc gia đắk lắk \
                    aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ \
                    uùúủũụ ưừứửữự yỳýỷỹỵ ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ ÈÉẺẼẸÊỀẾỂỄỆ ÌÍỈĨỊ \
                    ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ ÙÚỦŨỤƯỪỨỬỮỰ ỲÝỶỸỴ ÐÔNG ñ Ω ¹ 漢 \u{212A}";
        assert_eq!(fold(text), steps(text));
    }

    #[test]
    fn folds_vietnamese() {
        assert_eq!(fold("Đồng Ý"), "dong y");
        assert_eq!(fold("Hương Trà"), "huong tra");
        assert_eq!(fold("Phƣơng hƣớng"), "phuong huong");
        assert_eq!(fold("Ho\u{0300}a"), "hoa");
        assert_eq!(fold("61/2018/NĐ-CP"), "61/2018/nd-cp");
    }
}
