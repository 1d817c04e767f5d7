//! Function words: the words of a question that carry its grammar, not its subject (`của`,
//! `và`, `là`, `đúng hay sai` …). Outside quotes they do not have to match; they still rank.
//!
//! The list is written by the project, from how officials and legal questions phrase things;
//! it holds exact forms (NFC, lower case, tone on its canonical vowel). A word typed without
//! Words that often start or end a compound (`việc` of `vụ việc`, `sự` of `sự kiện`) are left
//! out: a function word never binds into a word. A word typed without
//! diacritics is one only when it is in the list as typed (`cho`, `khi`): `co` may be `có` or
//! `cơ` (of `co so`), `chi` may be `chỉ` or `chi` (of `chi tieu`), so it stays a word.

/// Single-syllable function words.
const WORDS: &[&str] = &[
    "à", "ạ", "ai", "bị", "bởi", "cả", "các", "cái", "cho", "chỉ", "chứ", "có", "còn", "của",
    "cũng", "đã", "đang", "đâu", "để", "đó", "đến", "gì", "hay", "hoặc", "khi", "không", "là",
    "lại", "mà", "mỗi", "một", "nào", "này", "nên", "nếu", "nhé", "như", "những", "nữa", "ơi", "ở",
    "phải", "ra", "rằng", "rồi", "sao", "sẽ", "tại", "thì", "thế", "trên", "trong", "từ", "vậy",
    "vào", "về", "với", "và", "được", "do", "theo",
];

/// Function phrases: asked as a whole, each of their words is a function word there
/// (`đúng` alone is not one).
const PHRASES: &[&[&str]] = &[
    &["đúng", "hay", "sai"],
    &["đúng", "hoặc", "sai"],
    &["hay", "không"],
    &["như", "thế", "nào"],
    &["thế", "nào"],
    &["bao", "nhiêu"],
    &["bao", "lâu"],
    &["khi", "nào"],
    &["tại", "sao"],
    &["là", "gì"],
    &["có", "phải"],
    &["hay", "chưa"],
    // How a quiz or an exam puts a question.
    &["chọn", "câu", "trả", "lời", "đúng", "nhất"],
    &["câu", "trả", "lời", "đúng"],
    &["đáp", "án", "đúng"],
    &["dưới", "đây"],
    &["sau", "đây"],
    &["cách", "nào"],
    &["như", "vậy"],
    &["cụ", "thể", "là"],
];

/// Whether a word (`exact` form, `typed_with_diacritics` or not) is a function word.
pub fn is_function_word(exact: &str, typed_with_diacritics: bool) -> bool {
    let _ = typed_with_diacritics;
    WORDS.contains(&exact)
}

/// Marks the function words of a run of words given as (`exact`, typed with diacritics):
/// single function words and every word of a function phrase. A phrase typed without
/// diacritics is one too (`nhu the nao`, `bao nhieu`, `la gi`): as a whole it names no
/// subject, where a single syllable (`co`, `the`) might.
pub fn mark(words: &[(&str, bool)]) -> Vec<bool> {
    let mut out: Vec<bool> = words.iter().map(|&(w, d)| is_function_word(w, d)).collect();
    for phrase in PHRASES {
        if phrase.len() > words.len() {
            continue;
        }
        for start in 0..=words.len() - phrase.len() {
            let hit = phrase
                .iter()
                .zip(&words[start..])
                .all(|(p, &(w, d))| *p == w || (!d && tracuu_tokenizer::fold(p) == w));
            if hit {
                out[start..start + phrase.len()].fill(true);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_with_and_without_diacritics() {
        assert!(is_function_word("của", true));
        assert!(is_function_word("cho", false));
        // Without diacritics, `co` may be `cơ` of `co so`: a word.
        assert!(!is_function_word("co", false));
        assert!(!is_function_word("cua", false));
        assert!(!is_function_word("hòa", true));
    }

    #[test]
    fn a_phrase_marks_its_words_but_not_alone() {
        let words = [("đúng", true), ("hay", true), ("sai", true)];
        assert_eq!(mark(&words), vec![true, true, true]);
        let words = [("đúng", true), ("hạn", true)];
        assert_eq!(mark(&words), vec![false, false]);
    }

    #[test]
    fn a_phrase_typed_without_diacritics_is_one_and_its_syllables_alone_are_not() {
        let words = [
            ("hoa", false),
            ("giai", false),
            ("nhu", false),
            ("the", false),
            ("nao", false),
        ];
        assert_eq!(mark(&words), vec![false, false, true, true, true]);
        let words = [
            ("co", false),
            ("bao", false),
            ("nhieu", false),
            ("ho", false),
            ("so", false),
        ];
        assert_eq!(mark(&words), vec![false, true, true, false, false]);
        // Typed with other diacritics, it is not the phrase: `thẻ nào`.
        let words = [("thẻ", true), ("nào", true)];
        assert_eq!(mark(&words), vec![false, true]);
        assert!(!is_function_word("the", false));
    }

    #[test]
    fn the_list_is_in_the_exact_form() {
        for w in WORDS {
            assert_eq!(tracuu_tokenizer::normalize(w), *w);
        }
    }
}
