//! Lookalike letters repaired for display, byte for byte.
//!
//! Some PDF fonts map the Vietnamese `ư`/`Ư` to the Latin letters `ƣ`/`Ƣ` (U+01A3/U+01A2,
//! "oi"), so extracted text reads "Phƣơng hƣớng". Search already reads them as `ư`
//! ([`crate::normalize`], [`crate::fold`]); [`repair_lookalikes`] shows them as `ư` too,
//! leaving case and tone marks as written. Each replacement has the same UTF-8 length as the
//! letter it replaces, so byte offsets into the text (sections, citations, marks) stay valid.

use std::borrow::Cow;

/// `text` with the PDF lookalikes `ƣ`/`Ƣ` shown as `ư`/`Ư`; case, tone marks and every other
/// character as written, and the same length in bytes.
///
/// ```
/// use tracuu_tokenizer::repair_lookalikes;
/// assert_eq!(repair_lookalikes("Phƣơng hƣớng, TRƢỜNG"), "Phương hướng, TRƯỜNG");
/// assert_eq!(repair_lookalikes("Phương hướng").len(), "Phƣơng hƣớng".len());
/// ```
pub fn repair_lookalikes(text: &str) -> Cow<'_, str> {
    if !text.contains(['ƣ', 'Ƣ']) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                'ƣ' => 'ư',
                'Ƣ' => 'Ư',
                c => c,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_tone_marks_case_and_length() {
        let pdf = "Kết quả thực hiện Phƣơng án; TRƢỜNG học; hƣởng ứng";
        let shown = repair_lookalikes(pdf);
        assert_eq!(shown, "Kết quả thực hiện Phương án; TRƯỜNG học; hưởng ứng");
        assert_eq!(shown.len(), pdf.len());
        // Offsets of later text are unchanged.
        assert_eq!(pdf.find("học"), shown.find("học"));
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(repair_lookalikes("Hòa Bình"), Cow::Borrowed(_)));
    }
}
