//! The exact form: NFC, lower case, canonical tone placement, `ƣ` read as `ư`.
//!
//! The text is read cluster by cluster ([`Clusters`]). Vietnamese letters, whether typed
//! precomposed or decomposed, are decoded through the letter table, collected into runs
//! ([`Syllable`]) whose tone is moved to its canonical vowel, and written back precomposed.
//! ASCII punctuation and digits are copied. Everything else (other scripts, marks Vietnamese
//! does not use, non-ASCII punctuation) is lower-cased and composed by the Unicode NFC
//! algorithm, so the whole output is one canonical form and normalising twice changes
//! nothing.

use unicode_normalization::UnicodeNormalization;

use crate::cluster::{Cluster, Clusters};
use crate::letter::{Letter, is_vietnamese_mark};
use crate::syllable::Syllable;

/// Appends the exact form of `text` to `out`.
pub(crate) fn normalize_into(text: &str, out: &mut String) {
    if text.is_ascii() {
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
        return;
    }
    let mut syllable = Syllable::new();
    let mut clusters = Clusters::new(text);
    // Byte range of the run of `Other` clusters not written yet.
    let mut other: Option<(usize, usize)> = None;
    while let Some(cluster) = clusters.next() {
        if let Cluster::Other(s) = cluster {
            syllable.finish(out);
            let end = clusters.offset();
            let start = other.map_or(end - s.len(), |(start, _)| start);
            other = Some((start, end));
            continue;
        }
        if let Some((start, end)) = other.take() {
            write_other(&text[start..end], out);
        }
        match cluster {
            Cluster::Letter(letter) => syllable.push(letter, out),
            Cluster::Ascii(b) => {
                syllable.finish(out);
                out.push(b as char);
            }
            Cluster::Other(_) => unreachable!("handled above"),
        }
    }
    syllable.finish(out);
    if let Some((start, end)) = other {
        write_other(&text[start..end], out);
    }
}

/// The generic path for what is not a Vietnamese letter: lower case, `ƣ` → `ư`, NFC.
fn write_other(run: &str, out: &mut String) {
    out.extend(
        run.chars()
            .flat_map(char::to_lowercase)
            .map(|c| match c {
                'ƣ' => 'ư',
                'ð' => 'đ',
                c => c,
            })
            .nfc(),
    );
}

/// Whether `text` carries a Vietnamese diacritic (see [`crate::has_diacritics`]).
pub(crate) fn has_diacritics(text: &str) -> bool {
    if text.is_ascii() {
        return false;
    }
    Clusters::new(text).any(|cluster| match cluster {
        Cluster::Letter(letter) => letter.has_diacritic(),
        Cluster::Ascii(_) => false,
        Cluster::Other(s) => other_has_diacritic(s),
    })
}

/// Whether a cluster that is not a Vietnamese letter still carries a Vietnamese diacritic:
/// decomposed, it is `đ` or `ƣ`, or a vowel followed by a Vietnamese mark among others
/// (`á` with a second tone counts; `ñ`, `ü` and the Cyrillic `й` do not).
fn other_has_diacritic(cluster: &str) -> bool {
    let mut base: Option<Option<Letter>> = None;
    let mut found = false;
    for c in cluster.chars() {
        unicode_normalization::char::decompose_canonical(c, |d| match base {
            None => base = Some(Letter::decode(d)),
            Some(Some(letter)) => {
                found |= letter.has_diacritic() || letter.is_vowel() && is_vietnamese_mark(d);
            }
            Some(None) => {}
        });
    }
    found || base.flatten().is_some_and(Letter::has_diacritic)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalize(text: &str) -> String {
        let mut out = String::new();
        normalize_into(text, &mut out);
        out
    }

    #[test]
    fn ascii_is_only_lower_cased() {
        assert_eq!(normalize("Số: 05/KH-UBND"), "số: 05/kh-ubnd");
        assert_eq!(
            normalize("ISO 9001:2015, iOffice"),
            "iso 9001:2015, ioffice"
        );
    }

    #[test]
    fn decomposed_input_is_composed() {
        assert_eq!(normalize("Ho\u{0300}a Bi\u{0300}nh"), "hòa bình");
        assert_eq!(normalize("HO\u{0323}\u{0302}I"), "hội");
        assert_eq!(normalize("Đ"), "đ");
    }

    #[test]
    fn tone_goes_to_the_old_style_vowel() {
        assert_eq!(normalize("Hoà Bình, THUỶ"), "hòa bình, thủy");
        assert_eq!(normalize("khoẻ lóe"), "khỏe lóe");
    }

    #[test]
    fn pdf_oi_is_read_as_u_horn() {
        assert_eq!(normalize("Phƣơng hƣớng"), "phương hướng");
        assert_eq!(normalize("Lƣơng Xuân TRƢƠNG"), "lương xuân trương");
        assert_eq!(
            normalize("ÐÔNG ðông"),
            "đông đông",
            "the Latin-1 eth read as đ"
        );
    }

    #[test]
    fn other_text_goes_through_nfc() {
        assert_eq!(normalize("Man\u{0303}ana – “Ω”"), "mañana – “ω”");
        assert_eq!(normalize("\u{212B}"), "å");
        assert_eq!(normalize("漢字¹"), "漢字¹");
    }

    #[test]
    fn diacritics_are_detected() {
        for text in ["bán", "đi", "Đ", "phƣơng", "ho\u{0300}a", "ư", "kế hoạch"] {
            assert!(has_diacritics(text), "{text}");
        }
        for text in ["a\u{0301}\u{0300}", "đ\u{0308}", "u\u{0308}\u{031B}"] {
            assert!(has_diacritics(text), "{text}");
        }
        for text in ["ke hoach 05", "ubnd", "61/2018/ND-CP", "", "漢", "¹"] {
            assert!(!has_diacritics(text), "{text}");
        }
        for text in ["ñ", "n\u{0303}", "ü", "й", "\u{0301}", "K\u{0301}"] {
            assert!(!has_diacritics(text), "{text}");
        }
    }
}
