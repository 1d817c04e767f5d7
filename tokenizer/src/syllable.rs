//! Canonical tone placement: which vowel of a syllable carries the tone mark.
//!
//! The rule is documented in the crate docs; this module implements it.
//!
//! Vietnamese writes the same syllable two ways when its vowels are `oa`, `oe` or `uy` and
//! nothing follows them: `hòa`/`hoà`, `khỏe`/`khoẻ`, `thủy`/`thuỷ`. The exact form picks the
//! **old style** (*kiểu cũ*), the one the reports themselves use (`hòa`, `hóa`, `ủy` outnumber
//! `hoà`, `hoá`, `uỷ` many times over in the seeds), and moves the mark there. The rule, applied
//! to a syllable `initial + vowels + final`:
//!
//! 1. `gi` and `qu` before another vowel are part of the initial (`già`, `quý`);
//! 2. a vowel with a circumflex, breve or horn other than `ư` takes the mark (`tiếng`,
//!    `người`, `hoặc`); failing that, `ư` takes it (`mưa`, `hưu`);
//! 3. otherwise, with a final consonant the last vowel takes it (`hoàng`, `huỳnh`);
//! 4. otherwise the middle of three vowels (`ngoài`, `khuỷu`) or the first of two
//!    (`hòa`, `thủy`, `mùa`, `tài`) or the only one.
//!
//! A run of letters that is not a well-formed syllable (unknown initial or final, more than
//! three vowels, more than one tone, a letter outside the alphabet) is left as written.

use crate::letter::{
    A_BREVE, A_CIRCUMFLEX, D_STROKE, E_CIRCUMFLEX, I, Letter, O_CIRCUMFLEX, O_HORN, U, U_HORN,
};

/// Longest run of letters treated as a syllable (`nghiêng` has seven).
pub(crate) const MAX_LETTERS: usize = 8;

/// A run of letters being collected, written out with its tone in place.
pub(crate) struct Syllable {
    letters: [Letter; MAX_LETTERS],
    len: usize,
    /// The run outgrew [`MAX_LETTERS`]: it is not a syllable and is written as it is.
    long: bool,
}

impl Syllable {
    pub(crate) fn new() -> Syllable {
        Syllable {
            letters: [Letter { code: 0, tone: 0 }; MAX_LETTERS],
            len: 0,
            long: false,
        }
    }

    /// Adds the next letter of the run.
    #[inline]
    pub(crate) fn push(&mut self, letter: Letter, out: &mut String) {
        if self.len == MAX_LETTERS {
            self.long = true;
            self.write(out);
        }
        self.letters[self.len] = letter;
        self.len += 1;
    }

    /// Ends the run: places its tone and writes it out.
    #[inline]
    pub(crate) fn finish(&mut self, out: &mut String) {
        if self.len == 0 {
            self.long = false;
            return;
        }
        if !self.long {
            place_tone(&mut self.letters[..self.len]);
        }
        self.write(out);
        self.long = false;
    }

    fn write(&mut self, out: &mut String) {
        for letter in &self.letters[..self.len] {
            out.push(letter.compose());
        }
        self.len = 0;
    }
}

/// Moves the tone of a syllable onto the vowel the old-style rule chooses.
pub(crate) fn place_tone(letters: &mut [Letter]) {
    let mut toned = None;
    for (i, letter) in letters.iter().enumerate() {
        if letter.tone != 0 {
            if toned.is_some() {
                return;
            }
            toned = Some(i);
        }
    }
    let Some(from) = toned else { return };
    let Some(to) = tone_position(letters) else {
        return;
    };
    if from != to {
        letters[to].tone = letters[from].tone;
        letters[from].tone = 0;
    }
}

/// The index of the vowel that carries the tone, or `None` if `letters` is not a syllable.
fn tone_position(letters: &[Letter]) -> Option<usize> {
    let vowels_start = letters.iter().position(|l| l.is_vowel())?;
    let initial = &letters[..vowels_start];
    let vowels_end = letters[vowels_start..]
        .iter()
        .position(|l| !l.is_vowel())
        .map_or(letters.len(), |n| vowels_start + n);
    let last = &letters[vowels_end..];
    if !is_initial(initial) || !is_final(last) {
        return None;
    }
    let mut start = vowels_start;
    if vowels_end - start > 1 {
        let glide = letters[start].code;
        match initial {
            [g] if g.code == b'g' && glide == I => start += 1,
            [q] if q.code == b'q' && glide == U => start += 1,
            _ => {}
        }
    }
    let vowels = &letters[start..vowels_end];
    if vowels.len() > 3 {
        return None;
    }
    let modified = |l: &Letter| {
        matches!(
            l.code,
            A_BREVE | A_CIRCUMFLEX | E_CIRCUMFLEX | O_CIRCUMFLEX | O_HORN
        )
    };
    if let Some(i) = vowels.iter().rposition(modified) {
        return Some(start + i);
    }
    if let Some(i) = vowels.iter().position(|l| l.code == U_HORN) {
        return Some(start + i);
    }
    if !last.is_empty() {
        return Some(vowels_end - 1);
    }
    Some(match vowels.len() {
        3 => start + 1,
        _ => start,
    })
}

/// Whether the consonants before the vowels form a Vietnamese initial.
fn is_initial(letters: &[Letter]) -> bool {
    let mut codes = [0u8; 3];
    if letters.len() > codes.len() {
        return false;
    }
    for (code, letter) in codes.iter_mut().zip(letters) {
        *code = letter.code;
    }
    matches!(
        &codes[..letters.len()],
        [] | [b'b' | b'c' | b'd' | D_STROKE | b'g' | b'h' | b'k' | b'l' | b'm' | b'n']
            | [b'p' | b'q' | b'r' | b's' | b't' | b'v' | b'x']
            | [b'c' | b'g' | b'k' | b'n' | b'p' | b't', b'h']
            | [b'n', b'g']
            | [b't', b'r']
            | [b'n', b'g', b'h']
    )
}

/// Whether the consonants after the vowels form a Vietnamese final (`k` included for the
/// Central Highlands names such as `Đắk Lắk`).
fn is_final(letters: &[Letter]) -> bool {
    let mut codes = [0u8; 2];
    if letters.len() > codes.len() {
        return false;
    }
    for (code, letter) in codes.iter_mut().zip(letters) {
        *code = letter.code;
    }
    matches!(
        &codes[..letters.len()],
        [] | [b'c' | b'k' | b'm' | b'n' | b'p' | b't'] | [b'c' | b'n', b'h'] | [b'n', b'g']
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the placement over a lower-case NFC word.
    fn placed(word: &str) -> String {
        let mut out = String::new();
        let mut syllable = Syllable::new();
        for c in word.chars() {
            syllable.push(Letter::decode(c).unwrap(), &mut out);
        }
        syllable.finish(&mut out);
        out
    }

    #[test]
    fn old_style_for_open_oa_oe_uy() {
        for (new, old) in [
            ("hoà", "hòa"),
            ("hoá", "hóa"),
            ("thuỷ", "thủy"),
            ("khoẻ", "khỏe"),
            ("loè", "lòe"),
            ("uỷ", "ủy"),
            ("toạ", "tọa"),
        ] {
            assert_eq!(placed(new), old, "{new}");
            assert_eq!(placed(old), old, "{old}");
        }
    }

    #[test]
    fn final_consonant_puts_the_mark_on_the_last_vowel() {
        assert_eq!(placed("hòang"), "hoàng");
        assert_eq!(placed("hoàng"), "hoàng");
        assert_eq!(placed("hùynh"), "huỳnh");
        assert_eq!(placed("tóan"), "toán");
    }

    #[test]
    fn modified_vowels_take_the_mark() {
        assert_eq!(placed("tíêng"), "tiếng");
        assert_eq!(placed("tíếng"), "tíếng", "two tones: left alone");
        assert_eq!(placed("ngừơi"), "người");
        assert_eq!(placed("họăc"), "hoặc");
        assert_eq!(placed("thúê"), "thuế");
        assert_eq!(placed("mưa"), "mưa");
        assert_eq!(placed("mưá"), "mứa");
        assert_eq!(placed("hưũ"), "hữu");
        assert_eq!(placed("nguyễn"), "nguyễn");
        assert_eq!(placed("đắk"), "đắk");
    }

    #[test]
    fn gi_and_qu_belong_to_the_initial() {
        assert_eq!(placed("gìa"), "già");
        assert_eq!(placed("già"), "già");
        assert_eq!(placed("gì"), "gì");
        assert_eq!(placed("qúy"), "quý");
        assert_eq!(placed("qúa"), "quá");
        assert_eq!(placed("quốc"), "quốc");
        assert_eq!(placed("gọi"), "gọi");
    }

    #[test]
    fn three_vowels_take_the_mark_in_the_middle() {
        assert_eq!(placed("ngòai"), "ngoài");
        assert_eq!(placed("khủyu"), "khuỷu");
        assert_eq!(placed("xóay"), "xoáy");
    }

    #[test]
    fn two_open_vowels_take_it_on_the_first() {
        assert_eq!(placed("muà"), "mùa");
        assert_eq!(placed("taì"), "tài");
        assert_eq!(placed("miá"), "mía");
        assert_eq!(placed("keọ"), "kẹo");
    }

    #[test]
    fn non_syllables_are_left_as_written() {
        assert_eq!(placed("fiaà"), "fiaà", "f is not an initial");
        assert_eq!(placed("hoaxà"), "hoaxà", "x is not a final");
        assert_eq!(placed("oaieà"), "oaieà", "four vowels");
        assert_eq!(placed("abcdefghià"), "abcdefghià", "longer than a syllable");
    }
}
