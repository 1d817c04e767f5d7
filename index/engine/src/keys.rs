//! Match forms: how document numbers and unit names are compared.
//!
//! A form is built once when indexing and once per query, through the tokenizer crate's
//! `normalize` (exact: diacritics kept, tone placement canonical) and `fold` (diacritics
//! dropped), so `61/2018/ND-CP`, `61/2018/nđ-cp` and `61/2018/NĐ-CP` meet where they should.

use tracuu_tokenizer::{fold, has_diacritics, normalize};

/// The exact match form of a canonical key: normalised, leading zeros of the number dropped.
pub fn key_exact(key: &str) -> String {
    strip_leading_zeros(&compact(&normalize(key)))
}

/// The folded match form of a canonical key.
pub fn key_folded(key: &str) -> String {
    strip_leading_zeros(&compact(&fold(key)))
}

/// The hash of a key's exact form, 16 hex digits: the first half of a cited document's id.
pub fn key_hash(key: &str) -> String {
    format!(
        "{:016x}",
        xxhash_rust::xxh3::xxh3_64(key_exact(key).as_bytes())
    )
}

/// The folded number part of a document number (`05` → `5`, `14a` → `14a`).
pub fn number_form(number: &str) -> String {
    strip_leading_zeros(&compact(&fold(number)))
}

/// The folded type code of a document code: `KH-UBND` → `kh`, `NĐ-CP` → `nd`, `KH/ĐU` → `kh`.
pub fn type_code_form(code: &str) -> String {
    let folded = fold(code);
    folded
        .split(['-', '/'])
        .next()
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// The forms a unit or place name is indexed under: exact and folded, with whitespace
/// collapsed.
pub fn name_forms(name: &str) -> [String; 2] {
    [
        compact_spaces(&normalize(name)),
        compact_spaces(&fold(name)),
    ]
}

/// The form a user's unit filter is looked up by: exact when typed with diacritics, folded
/// otherwise.
pub fn name_query_form(input: &str) -> String {
    if has_diacritics(input) {
        compact_spaces(&normalize(input))
    } else {
        compact_spaces(&fold(input))
    }
}

fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn compact_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strip_leading_zeros(s: &str) -> String {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 1 {
        let zeros = s[..digits - 1].bytes().take_while(|&b| b == b'0').count();
        s[zeros..].to_string()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_meet_across_spelling_and_zero_padding() {
        assert_eq!(key_folded("05/KH-UBND"), key_folded("5/kh-ubnd"));
        assert_eq!(key_folded("61/2018/NĐ-CP"), "61/2018/nd-cp");
        assert_eq!(key_exact("61/2018/NĐ-CP"), key_exact("61/2018/nđ-cp"));
        assert_ne!(key_exact("61/2018/NĐ-CP"), key_exact("61/2018/ND-CP"));
        assert_eq!(key_folded("0/KH"), "0/kh");
    }

    #[test]
    fn type_code_is_the_first_part_of_the_code() {
        assert_eq!(type_code_form("KH-UBND"), "kh");
        assert_eq!(type_code_form("NĐ-CP"), "nd");
        assert_eq!(type_code_form("KH/ĐU"), "kh");
    }

    #[test]
    fn unit_names_are_matched_with_or_without_diacritics() {
        assert_eq!(name_query_form("luc  binh"), name_forms("Lục Bình")[1]);
        assert_eq!(name_query_form("Lục Bình"), name_forms("Lục Bình")[0]);
    }
}
