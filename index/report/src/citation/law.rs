//! The kinds of law (`Luật`, `Bộ luật`, `Pháp lệnh`, `Hiến pháp`): the one list of their
//! words and of the body that passes each. Every grammar that reads a law by its name (with
//! its date, with its number, bare, inside an amending law's title) matches the words by
//! [`pattern`] or [`named_pattern`], and the lookup of a law typed by its name
//! ([`law_name_key`](super::law_name_key)) reads them from [`KINDS`].

/// A kind of law.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LawKind {
    /// Its word as printed, and the document type it gives (`Bộ luật`).
    pub(crate) word: &'static str,
    /// The body that passes it.
    pub(crate) issuer: &'static str,
    /// Whether the word is followed by the law's name (`Luật Đất đai`); the constitution's
    /// word is its whole name (`Hiến pháp`).
    pub(crate) named: bool,
}

/// Every kind of law, the constitution last.
pub(crate) const KINDS: [LawKind; 4] = [
    LawKind {
        word: "Luật",
        issuer: "Quốc hội",
        named: true,
    },
    LawKind {
        word: "Bộ luật",
        issuer: "Quốc hội",
        named: true,
    },
    LawKind {
        word: "Pháp lệnh",
        issuer: "Ủy ban Thường vụ Quốc hội",
        named: true,
    },
    CONSTITUTION,
];

/// The constitution.
pub(crate) const CONSTITUTION: LawKind = LawKind {
    word: "Hiến pháp",
    issuer: "Quốc hội",
    named: false,
};

/// The kind whose word is `word`, as printed (single spaces).
pub(crate) fn kind(word: &str) -> Option<&'static LawKind> {
    KINDS.iter().find(|k| k.word == word)
}

/// Whether a document type is a kind of law.
pub(crate) fn is_law(doc_type: &str) -> bool {
    kind(doc_type).is_some()
}

/// The words of every kind as a regex alternation, a space standing for any run of
/// whitespace: `Luật|Bộ\s+luật|Pháp\s+lệnh|Hiến\s+pháp`.
pub(crate) fn pattern() -> String {
    alternation(KINDS.iter())
}

/// [`pattern`] of the kinds whose word is followed by a name: `Luật|Bộ\s+luật|Pháp\s+lệnh`.
pub(crate) fn named_pattern() -> String {
    alternation(KINDS.iter().filter(|k| k.named))
}

fn alternation<'a>(kinds: impl Iterator<Item = &'a LawKind>) -> String {
    kinds
        .map(|k| k.word.replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_patterns_match_each_word_across_any_whitespace() {
        assert_eq!(pattern(), r"Luật|Bộ\s+luật|Pháp\s+lệnh|Hiến\s+pháp");
        assert_eq!(named_pattern(), r"Luật|Bộ\s+luật|Pháp\s+lệnh");
        let any = regex::Regex::new(&format!("^(?:{})$", pattern())).unwrap();
        for written in ["Luật", "Bộ  luật", "Pháp\nlệnh", "Hiến pháp"] {
            assert!(any.is_match(written), "{written}");
        }
        assert!(!any.is_match("luật"));
    }

    #[test]
    fn an_ordinance_is_passed_by_the_standing_committee() {
        assert_eq!(
            kind("Pháp lệnh").map(|k| k.issuer),
            Some("Ủy ban Thường vụ Quốc hội")
        );
        assert_eq!(kind("Bộ luật").map(|k| k.issuer), Some("Quốc hội"));
        assert!(is_law("Hiến pháp") && !is_law("Nghị định"));
    }
}
