//! Plain text and Markdown: finding the encoding, decoding, NFC.
//!
//! Order of decisions: a byte-order mark (UTF-8, UTF-16 LE/BE); UTF-16 without a mark (every
//! other byte zero); binary data is refused; valid UTF-8 is UTF-8 and never reinterpreted,
//! and so is text that is UTF-8 but for a few bad bytes (they become `U+FFFD`, counted by the
//! caller), rather than the whole file read in a legacy encoding; anything else is decoded as Windows-1258, TCVN3, VNI and Windows-1252 and the decoding
//! that reads most like Vietnamese ([`legacy::vietnamese_score`]) wins, Windows-1252 when
//! none does. Line ends become `\n`, and the text is composed to NFC.

use super::error::Reason;
use super::legacy;
use unicode_normalization::UnicodeNormalization;

/// Text decoded from bytes, and the encoding it was found in.
#[derive(Debug)]
pub(crate) struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// How many bytes of a legacy-encoded file are scored to pick the encoding.
const SAMPLE: usize = 64 * 1024;

/// Decodes the bytes of a text file whose extension is `ext` (named in errors).
pub(crate) fn decode(bytes: &[u8], ext: &str) -> Result<Decoded, Reason> {
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        (String::from_utf8_lossy(rest).into_owned(), "utf-8")
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        (utf16(rest, encoding_rs::UTF_16LE), "utf-16le")
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        (utf16(rest, encoding_rs::UTF_16BE), "utf-16be")
    } else if let Some(le) = utf16_without_bom(bytes) {
        if le {
            (utf16(bytes, encoding_rs::UTF_16LE), "utf-16le")
        } else {
            (utf16(bytes, encoding_rs::UTF_16BE), "utf-16be")
        }
    } else {
        if is_binary(bytes) {
            return Err(Reason::NotText(ext.to_string()));
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_string(), "utf-8"),
            Err(_) if mostly_utf8(bytes) => (String::from_utf8_lossy(bytes).into_owned(), "utf-8"),
            Err(_) => legacy_decode(bytes),
        }
    };
    if text.contains('\0') {
        return Err(Reason::NotText(ext.to_string()));
    }
    let text = finish(text);
    if text.trim().is_empty() {
        return Err(Reason::Empty);
    }
    Ok(Decoded { text, encoding })
}

fn utf16(bytes: &[u8], encoding: &'static encoding_rs::Encoding) -> String {
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

/// `Some(true)` for UTF-16 LE, `Some(false)` for BE, when most of one byte column is zero
/// and the other is not (ASCII-heavy text written without a byte-order mark).
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_zero = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_zero = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd_zero * 10 >= pairs * 7 && even_zero * 20 <= pairs {
        Some(true)
    } else if even_zero * 10 >= pairs * 7 && odd_zero * 20 <= pairs {
        Some(false)
    } else {
        None
    }
}

/// NUL bytes, or more than 1 in 200 bytes being control characters other than tab, line
/// ends, form feed and the DOS end-of-file mark.
fn is_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(1 << 20)];
    if sample.contains(&0) {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1A)) || b == 0x7F)
        .count();
    controls * 200 > sample.len()
}

/// Whether bytes that are not valid UTF-8 are still UTF-8 with a few bad bytes: at least 10
/// well-formed multi-byte characters for each bad sequence. Legacy Vietnamese encodings and
/// random bytes rarely form even one well-formed multi-byte sequence.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multi, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multi += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    multi >= 20 && bad * 10 <= multi
}

/// Picks the legacy encoding whose decoding of the first [`SAMPLE`] bytes scores best.
fn legacy_decode(bytes: &[u8]) -> (String, &'static str) {
    let sample = &bytes[..bytes.len().min(SAMPLE)];
    type Decoder = fn(&[u8]) -> String;
    let candidates: [(&'static str, Decoder); 3] = [
        ("windows-1258", cp1258),
        ("tcvn3", legacy::decode_tcvn3),
        ("vni", legacy::decode_vni),
    ];
    let best = candidates
        .iter()
        .map(|&(name, decode)| {
            let text: String = decode(sample).nfc().collect();
            (legacy::vietnamese_score(&text), name, decode)
        })
        .max_by_key(|&(score, _, _)| score);
    match best {
        Some((score, name, decode)) if score > 0 => (decode(bytes), name),
        _ => (legacy::decode_cp1252(bytes), "windows-1252"),
    }
}

fn cp1258(bytes: &[u8]) -> String {
    encoding_rs::WINDOWS_1258
        .decode_without_bom_handling(bytes)
        .0
        .into_owned()
}

/// `\r\n` and lone `\r` become `\n`, a leading BOM goes, and the text is composed to NFC.
pub(crate) fn finish(text: String) -> String {
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    };
    let text = match text.strip_prefix('\u{FEFF}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    nfc(text)
}

/// Lines without trailing spaces, at most one blank line in a row, none at either end, and a
/// final newline.
pub(crate) fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = true;
    for line in text.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            if !blank {
                out.push('\n');
            }
            blank = true;
        } else {
            out.push_str(line);
            out.push('\n');
            blank = false;
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Composes to NFC, without copying text that already is.
pub(crate) fn nfc(text: String) -> String {
    match tracuu_tokenizer::nfc(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(composed) => composed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SENTENCE: &str = "Thực hiện Kế hoạch số 05/KH-UBND ngày 12/01/2024 của UBND xã Tân Phú về cải cách hành chính, quý III năm 2024.";

    fn decoded(bytes: &[u8]) -> Decoded {
        decode(bytes, ".txt").expect("decodes")
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let d = decoded(SENTENCE.as_bytes());
        assert_eq!((d.text.as_str(), d.encoding), (SENTENCE, "utf-8"));
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(SENTENCE.as_bytes());
        assert_eq!(decoded(&bom).text, SENTENCE);
    }

    #[test]
    fn nfd_input_comes_out_nfc() {
        let nfd: String = SENTENCE.nfd().collect();
        assert_ne!(nfd, SENTENCE);
        assert_eq!(decoded(nfd.as_bytes()).text, SENTENCE);
    }

    #[test]
    fn utf16_both_orders_with_bom_and_le_without() {
        let le: Vec<u8> = SENTENCE.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = SENTENCE.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let with = |bom: &[u8], body: &[u8]| [bom, body].concat();
        assert_eq!(decoded(&with(b"\xFF\xFE", &le)).encoding, "utf-16le");
        assert_eq!(decoded(&with(b"\xFF\xFE", &le)).text, SENTENCE);
        assert_eq!(decoded(&with(b"\xFE\xFF", &be)).text, SENTENCE);
        assert_eq!(decoded(&le).text, SENTENCE);
    }

    #[test]
    fn windows_1258_with_combining_tones_is_composed() {
        // Windows-1258 has `â ê ô ơ ư ă đ` and a few toned letters; other tones are combining.
        let mut bytes = Vec::new();
        for c in SENTENCE.chars() {
            let mut buf = [0; 4];
            let (one, _, unmappable) = encoding_rs::WINDOWS_1258.encode(c.encode_utf8(&mut buf));
            if !unmappable {
                bytes.extend_from_slice(&one);
                continue;
            }
            let is_tone =
                |m: &char| matches!(m, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}');
            let tone = c.to_string().nfd().find(is_tone).expect("a toned letter");
            let base: String = c.to_string().nfd().filter(|m| !is_tone(m)).nfc().collect();
            bytes.extend_from_slice(&encoding_rs::WINDOWS_1258.encode(&base).0);
            bytes.extend_from_slice(&encoding_rs::WINDOWS_1258.encode(&tone.to_string()).0);
        }
        assert!(std::str::from_utf8(&bytes).is_err());
        let d = decoded(&bytes);
        assert_eq!((d.text.as_str(), d.encoding), (SENTENCE, "windows-1258"));
    }

    #[test]
    fn tcvn3_is_detected() {
        let bytes = encoding_rs::WINDOWS_1252
            .encode("Thùc hiÖn KÕ ho¹ch sè 05/KH-UBND ngµy 12/01/2024 cña UBND x· T©n Phó vÒ c¶i c¸ch hµnh chÝnh, quý III n¨m 2024.")
            .0;
        let d = decoded(&bytes);
        assert_eq!((d.text.as_str(), d.encoding), (SENTENCE, "tcvn3"));
    }

    #[test]
    fn vni_is_detected() {
        let bytes = encoding_rs::WINDOWS_1252
            .encode("Thöïc hieän Keá hoaïch soá 05/KH-UBND ngaøy 12/01/2024 cuûa UBND xaõ Taân Phuù veà caûi caùch haønh chính, quyù III naêm 2024.")
            .0;
        let d = decoded(&bytes);
        assert_eq!((d.text.as_str(), d.encoding), (SENTENCE, "vni"));
    }

    #[test]
    fn valid_utf8_is_never_reinterpreted() {
        // Bytes that would be plausible TCVN3 but form valid UTF-8 stay as written.
        let text = "Céng hßa x· héi";
        assert_eq!(decoded(text.as_bytes()).text, text);
    }

    #[test]
    fn latin1_text_falls_back_to_windows_1252() {
        let bytes = encoding_rs::WINDOWS_1252
            .encode("Réunion à l'école, été 2024")
            .0;
        let d = decoded(&bytes);
        assert_eq!(
            (d.text.as_str(), d.encoding),
            ("Réunion à l'école, été 2024", "windows-1252")
        );
    }

    #[test]
    fn utf8_with_a_few_bad_bytes_stays_utf8() {
        let mut bytes = Vec::new();
        for (i, line) in std::iter::repeat_n(SENTENCE, 4).enumerate() {
            bytes.extend_from_slice(line.as_bytes());
            bytes.extend_from_slice(if i % 2 == 0 {
                b" \xC3\xFF\n"
            } else {
                b" \x9D\n"
            });
        }
        let d = decoded(&bytes);
        assert_eq!(d.encoding, "utf-8");
        assert!(d.text.starts_with(SENTENCE), "{}", d.text);
        assert_eq!(d.text.matches('\u{FFFD}').count(), 6, "{}", d.text);
    }

    #[test]
    fn high_byte_noise_is_not_mostly_utf8() {
        let noise: Vec<u8> = (0..4000u32)
            .map(|i| 0x80 | (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        assert!(!mostly_utf8(&noise));
    }

    #[test]
    fn line_ends_become_newlines() {
        assert_eq!(decoded(b"a\r\nb\rc\n").text, "a\nb\nc\n");
    }

    #[test]
    fn binary_and_empty_are_refused() {
        assert!(matches!(
            decode(b"\x7FELF\x02\x01\x01\0\0\0", ".txt"),
            Err(Reason::NotText(_))
        ));
        let noise: Vec<u8> = (0..4000u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8 | 1)
            .collect();
        assert!(matches!(decode(&noise, ".txt"), Err(Reason::NotText(_))));
        assert!(matches!(decode(b"  \n\r\n ", ".txt"), Err(Reason::Empty)));
    }

    #[test]
    fn the_pdf_glyph_artefact_is_kept_in_text() {
        let text = "Phƣơng hƣớng";
        assert_eq!(decoded(text.as_bytes()).text, text);
    }
}
