//! The Vietnamese alphabet as a table: every precomposed letter decoded into a base letter
//! (with its circumflex, breve or horn) and a tone, and composed back.
//!
//! A [`Letter`] is always lower case. Vowels carry one of six tones; `đ` and the consonants
//! carry none. The table is the whole of what the crate knows about Vietnamese letters: the
//! exact form composes from it, the folded form strips through it.

/// The twelve vowel bases, each with its six tones: none, grave (huyền), acute (sắc),
/// hook above (hỏi), tilde (ngã), dot below (nặng).
const LOWER: [[char; 6]; 12] = [
    ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
    ['ă', 'ằ', 'ắ', 'ẳ', 'ẵ', 'ặ'],
    ['â', 'ầ', 'ấ', 'ẩ', 'ẫ', 'ậ'],
    ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
    ['ê', 'ề', 'ế', 'ể', 'ễ', 'ệ'],
    ['i', 'ì', 'í', 'ỉ', 'ĩ', 'ị'],
    ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
    ['ô', 'ồ', 'ố', 'ổ', 'ỗ', 'ộ'],
    ['ơ', 'ờ', 'ớ', 'ở', 'ỡ', 'ợ'],
    ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
    ['ư', 'ừ', 'ứ', 'ử', 'ữ', 'ự'],
    ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
];

/// [`LOWER`] in upper case, row for row.
const UPPER: [[char; 6]; 12] = [
    ['A', 'À', 'Á', 'Ả', 'Ã', 'Ạ'],
    ['Ă', 'Ằ', 'Ắ', 'Ẳ', 'Ẵ', 'Ặ'],
    ['Â', 'Ầ', 'Ấ', 'Ẩ', 'Ẫ', 'Ậ'],
    ['E', 'È', 'É', 'Ẻ', 'Ẽ', 'Ẹ'],
    ['Ê', 'Ề', 'Ế', 'Ể', 'Ễ', 'Ệ'],
    ['I', 'Ì', 'Í', 'Ỉ', 'Ĩ', 'Ị'],
    ['O', 'Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'],
    ['Ô', 'Ồ', 'Ố', 'Ổ', 'Ỗ', 'Ộ'],
    ['Ơ', 'Ờ', 'Ớ', 'Ở', 'Ỡ', 'Ợ'],
    ['U', 'Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'],
    ['Ư', 'Ừ', 'Ứ', 'Ử', 'Ữ', 'Ự'],
    ['Y', 'Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ'],
];

/// The letter each vowel base folds to, by vowel code.
const PLAIN: &[u8; 12] = b"aaaeeiooouuy";

/// Vowel codes, by the row of [`LOWER`] they name.
pub(crate) const A: u8 = 0;
pub(crate) const A_BREVE: u8 = 1;
pub(crate) const A_CIRCUMFLEX: u8 = 2;
pub(crate) const E: u8 = 3;
pub(crate) const E_CIRCUMFLEX: u8 = 4;
pub(crate) const I: u8 = 5;
pub(crate) const O: u8 = 6;
pub(crate) const O_CIRCUMFLEX: u8 = 7;
pub(crate) const O_HORN: u8 = 8;
pub(crate) const U: u8 = 9;
pub(crate) const U_HORN: u8 = 10;
pub(crate) const Y: u8 = 11;
/// The code of `đ`; consonants other than `đ` use their ASCII byte as code.
pub(crate) const D_STROKE: u8 = 12;

/// First code point of each range of the lookup table.
const LATIN_START: u32 = 0xC0;
const LATIN_END: u32 = 0x1B0;
const EXTENDED_START: u32 = 0x1EA0;
const EXTENDED_END: u32 = 0x1EF9;

/// Table entry: 0 for "not a Vietnamese letter", else `(code + 1) | tone << 4`.
const fn entry(code: u8, tone: u8) -> u8 {
    (code + 1) | (tone << 4)
}

const fn build(start: u32, end: u32) -> [u8; 256] {
    let mut table = [0u8; 256];
    let mut code = 0;
    while code < 12 {
        let mut tone = 0;
        while tone < 6 {
            let mut case = 0;
            while case < 2 {
                let c = if case == 0 {
                    LOWER[code][tone]
                } else {
                    UPPER[code][tone]
                } as u32;
                if c >= start && c <= end {
                    table[(c - start) as usize] = entry(code as u8, tone as u8);
                }
                case += 1;
            }
            tone += 1;
        }
        code += 1;
    }
    let extras = [
        ('đ', entry(D_STROKE, 0)),
        ('Đ', entry(D_STROKE, 0)),
        // The PDF artefact: LATIN LETTER OI printed where the font meant ư.
        ('ƣ', entry(U_HORN, 0)),
        ('Ƣ', entry(U_HORN, 0)),
        // The Latin-1 eth, which text decoded with the wrong code page shows for Đ.
        ('Ð', entry(D_STROKE, 0)),
        ('ð', entry(D_STROKE, 0)),
    ];
    let mut i = 0;
    while i < extras.len() {
        let c = extras[i].0 as u32;
        if c >= start && c <= end {
            table[(c - start) as usize] = extras[i].1;
        }
        i += 1;
    }
    table
}

static LATIN: [u8; 256] = build(LATIN_START, LATIN_END);
static EXTENDED: [u8; 256] = build(EXTENDED_START, EXTENDED_END);

/// A lower-case Vietnamese letter: a base (vowel code, [`D_STROKE`] or an ASCII consonant)
/// and a tone (0 for none, then grave, acute, hook above, tilde, dot below).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Letter {
    pub(crate) code: u8,
    pub(crate) tone: u8,
}

impl Letter {
    /// Decodes one character, upper or lower case; `None` if it is not a letter of the
    /// Vietnamese (or the plain Latin) alphabet.
    #[inline]
    pub(crate) fn decode(c: char) -> Option<Letter> {
        let u = c as u32;
        if u < 0x80 {
            let b = (c as u8).to_ascii_lowercase();
            return b.is_ascii_lowercase().then(|| Letter::ascii(b));
        }
        let e = if (LATIN_START..=LATIN_END).contains(&u) {
            LATIN[(u - LATIN_START) as usize]
        } else if (EXTENDED_START..=EXTENDED_END).contains(&u) {
            EXTENDED[(u - EXTENDED_START) as usize]
        } else if c == '\u{212A}' {
            // KELVIN SIGN lower-cases to an ASCII `k`.
            return Some(Letter::ascii(b'k'));
        } else {
            0
        };
        (e != 0).then(|| Letter {
            code: (e & 0x0F) - 1,
            tone: e >> 4,
        })
    }

    /// The letter of a lower-case ASCII letter.
    #[inline]
    pub(crate) fn ascii(b: u8) -> Letter {
        let code = match b {
            b'a' => A,
            b'e' => E,
            b'i' => I,
            b'o' => O,
            b'u' => U,
            b'y' => Y,
            _ => b,
        };
        Letter { code, tone: 0 }
    }

    /// Whether the letter is one of the twelve vowels.
    #[inline]
    pub(crate) fn is_vowel(self) -> bool {
        self.code < 12
    }

    /// Whether the letter carries a diacritic: a tone, a circumflex, breve or horn, or the
    /// stroke of `đ`.
    #[inline]
    pub(crate) fn has_diacritic(self) -> bool {
        self.tone != 0
            || matches!(
                self.code,
                A_BREVE | A_CIRCUMFLEX | E_CIRCUMFLEX | O_CIRCUMFLEX | O_HORN | U_HORN | D_STROKE
            )
    }

    /// Applies a combining mark that follows the letter in decomposed text; `false` when the
    /// mark is not one Vietnamese uses or does not fit this letter (the letter is unchanged).
    #[inline]
    pub(crate) fn apply_mark(&mut self, mark: char) -> bool {
        if let Some(tone) = tone_of_mark(mark) {
            if self.is_vowel() && self.tone == 0 {
                self.tone = tone;
                return true;
            }
            return false;
        }
        let code = match (self.code, mark) {
            (A, '\u{0302}') => A_CIRCUMFLEX,
            (A, '\u{0306}') => A_BREVE,
            (E, '\u{0302}') => E_CIRCUMFLEX,
            (O, '\u{0302}') => O_CIRCUMFLEX,
            (O, '\u{031B}') => O_HORN,
            (U, '\u{031B}') => U_HORN,
            _ => return false,
        };
        self.code = code;
        true
    }

    /// The letter as one precomposed lower-case character (NFC).
    #[inline]
    pub(crate) fn compose(self) -> char {
        match self.code {
            0..=11 => LOWER[self.code as usize][self.tone as usize],
            D_STROKE => 'đ',
            b => b as char,
        }
    }

    /// The letter without any diacritic: the ASCII letter it folds to.
    #[inline]
    pub(crate) fn plain(self) -> u8 {
        match self.code {
            0..=11 => PLAIN[self.code as usize],
            D_STROKE => b'd',
            b => b,
        }
    }
}

/// The tone a combining mark stands for, if it is one of the five Vietnamese tone marks (or
/// the deprecated tone marks U+0340/U+0341, canonically equal to grave and acute).
#[inline]
pub(crate) fn tone_of_mark(mark: char) -> Option<u8> {
    match mark {
        '\u{0300}' | '\u{0340}' => Some(1),
        '\u{0301}' | '\u{0341}' => Some(2),
        '\u{0309}' => Some(3),
        '\u{0303}' => Some(4),
        '\u{0323}' => Some(5),
        _ => None,
    }
}

/// Whether `c` is a combining mark Vietnamese uses: a tone mark, the circumflex, the breve or
/// the horn.
#[inline]
pub(crate) fn is_vietnamese_mark(c: char) -> bool {
    tone_of_mark(c).is_some() || matches!(c, '\u{0302}' | '\u{0306}' | '\u{031B}')
}

/// Whether `c` is a combining mark (General_Category M), with a shortcut below U+0300.
#[inline]
pub(crate) fn is_mark(c: char) -> bool {
    let u = c as u32;
    if u < 0x300 {
        false
    } else if u <= 0x36F {
        true
    } else if (0x1E00..=0x1EFF).contains(&u) {
        // Latin Extended Additional: letters only.
        false
    } else {
        unicode_normalization::char::is_combining_mark(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn every_table_letter_composes_back_to_its_lower_case() {
        for (lower, upper) in LOWER.iter().zip(UPPER.iter()) {
            for (&l, &u) in lower.iter().zip(upper.iter()) {
                let from_lower = Letter::decode(l).unwrap();
                let from_upper = Letter::decode(u).unwrap();
                assert_eq!(from_lower, from_upper, "{l} {u}");
                assert_eq!(from_lower.compose(), l);
                assert_eq!(u.to_lowercase().next(), Some(l));
            }
        }
    }

    #[test]
    fn table_agrees_with_unicode_decomposition() {
        for row in LOWER {
            for c in row {
                let nfd: Vec<char> = c.nfd().collect();
                let mut letter = Letter::decode(nfd[0]).unwrap();
                for &m in &nfd[1..] {
                    assert!(letter.apply_mark(m), "{c}: {m:?}");
                }
                assert_eq!(letter.compose(), c);
                assert_eq!(letter.plain() as char, nfd[0]);
            }
        }
    }

    #[test]
    fn d_stroke_and_pdf_oi_decode() {
        assert_eq!(Letter::decode('Đ').unwrap().compose(), 'đ');
        assert_eq!(Letter::decode('đ').unwrap().plain(), b'd');
        assert_eq!(Letter::decode('ƣ').unwrap().compose(), 'ư');
        assert_eq!(Letter::decode('Ƣ').unwrap().compose(), 'ư');
        assert_eq!(Letter::decode('\u{212A}').unwrap().compose(), 'k');
        assert_eq!(Letter::decode('Ð').unwrap().compose(), 'đ');
        assert_eq!(Letter::decode('ð').unwrap().plain(), b'd');
    }

    #[test]
    fn non_vietnamese_characters_do_not_decode() {
        for c in ['ñ', 'ç', 'ü', 'ß', '1', '-', ' ', 'Ω', '漢', '¹'] {
            assert_eq!(Letter::decode(c), None, "{c}");
        }
    }

    #[test]
    fn marks_apply_only_where_vietnamese_puts_them() {
        let mut a = Letter::decode('a').unwrap();
        assert!(a.apply_mark('\u{0306}'));
        assert!(a.apply_mark('\u{0301}'));
        assert_eq!(a.compose(), 'ắ');
        assert!(!a.apply_mark('\u{0300}'), "a second tone");
        assert!(!a.apply_mark('\u{0302}'), "a second modifier");
        let mut n = Letter::decode('n').unwrap();
        assert!(!n.apply_mark('\u{0303}'), "a tone on a consonant");
        let mut i = Letter::decode('i').unwrap();
        assert!(!i.apply_mark('\u{0302}'), "no î in Vietnamese");
    }

    #[test]
    fn diacritic_detection() {
        for c in ['á', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ', 'ƣ', 'ỵ'] {
            assert!(Letter::decode(c).unwrap().has_diacritic(), "{c}");
        }
        for c in ['a', 'e', 'd', 'y', 'k'] {
            assert!(!Letter::decode(c).unwrap().has_diacritic(), "{c}");
        }
    }
}
