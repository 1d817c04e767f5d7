//! Pinpoints: the article, clause and point a citation names before the document
//! (`điểm a khoản 2 Điều 3 Nghị định số 61/2018/NĐ-CP`, `khoản 2 và khoản 3 Điều 13 …`),
//! normalised to `điểm a khoản 2 Điều 3`.

use super::super::text::floor_boundary;
use regex::Regex;
use std::sync::LazyLock;

/// A run of pinpoint words ending just before a mention (`của` may close it). A word may
/// take `các` and a list of bare values (`khoản 2, 3 và 4`, `các Điều 48, 49`).
static RUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:^|[^\pL\pN_])((?:(?:các\s+)?",
        r"(?:điểm\s+[a-zđ](?:\s*(?:,|và)\s*[a-zđ]\b)*",
        r"|khoản\s+\d{1,3}[a-z]?(?:\s*(?:,|và)\s*\d{1,3}[a-z]?\b)*",
        r"|điều\s+\d{1,4}[a-z]?(?:\s*(?:,|và)\s*\d{1,4}[a-z]?\b)*)",
        r"(?:\s*(?:,|;|và|hoặc)\s*)?\s*)+)(?:của\s+)?$"
    ))
    .expect("valid regex")
});

/// One pinpoint word and its values (`khoản 2, 3 và 4`).
static PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(điểm|khoản|điều)\s+((?:\d{1,4}[a-z]?|[a-zđ])\b",
        r"(?:\s*(?:,|và)\s*(?:\d{1,4}[a-z]?|[a-zđ])\b)*)"
    ))
    .expect("valid regex")
});

/// The values of one part, split at `,` and `và`.
static VALUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\d{1,4}[a-z]?|\b[a-zđ]\b").expect("valid regex"));

/// A law's name (and `số`) before its number (`Luật Hộ tịch số 60/2014/QH13`): the
/// pinpoints stand before the name.
static LAW_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\pL\pN_])(Luật(?:[ \t]+[\pL,]+){1,12}[ \t]+(?:số[ \t]+)?)$")
        .expect("valid regex")
});

/// The pinpoints written just before `at`, in the order written, normalised.
pub(crate) fn before(text: &str, at: usize) -> Vec<String> {
    let from = floor_boundary(text, at.saturating_sub(200));
    let mut window = &text[from..at];
    if window.ends_with(' ')
        && may_end_law_name(window)
        && let Some(name) = LAW_NAME.captures(window).and_then(|c| c.get(1))
    {
        window = &window[..name.start()];
    }
    if !may_end_run(window) {
        return Vec::new();
    }
    let Some(c) = RUN.captures(window) else {
        return Vec::new();
    };
    normalise(c.get(1).map_or("", |m| m.as_str()))
}

/// Whether [`LAW_NAME`] may match `window`: its `Luật` stands after the last character
/// that is not a letter, `,`, space or tab. The regexes that end at `$` run backwards
/// through bounded Unicode classes: these checks keep them off most windows.
fn may_end_law_name(window: &str) -> bool {
    let from = window
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphabetic() || matches!(c, ',' | ' ' | '\t')))
        .map_or(0, |(i, c)| i + c.len_utf8());
    window[from..].contains("Luật")
}

/// Whether `s` ends with `word`, whose letters are matched in either case.
fn ends_with_word<'a>(s: &'a str, word: &[(char, char)]) -> Option<&'a str> {
    let mut rest = s;
    for &(lo, up) in word.iter().rev() {
        let c = rest.chars().next_back()?;
        if c != lo && c != up {
            return None;
        }
        rest = &rest[..rest.len() - c.len_utf8()];
    }
    Some(rest)
}

/// Whether [`RUN`] may match `window`: a run ends with a value (`2`, `2a`, `b`), then
/// perhaps `,`, `;`, `và` or `hoặc`, then perhaps `của` and whitespace. A value letter
/// stands after a digit, whitespace, `,` or `và`; digits are any `\d`.
fn may_end_run(window: &str) -> bool {
    const CUA: &[(char, char)] = &[('c', 'C'), ('ủ', 'Ủ'), ('a', 'A')];
    const VA: &[(char, char)] = &[('v', 'V'), ('à', 'À')];
    const HOAC: &[(char, char)] = &[('h', 'H'), ('o', 'O'), ('ặ', 'Ặ'), ('c', 'C')];
    let value_end = |s: &str| {
        let mut chars = s.chars().rev();
        match chars.next() {
            Some(c) if c.is_numeric() => true,
            Some(c) if c.is_ascii_alphabetic() || matches!(c, 'đ' | 'Đ' | '\u{212a}' | 'ſ') => {
                chars.next().is_none_or(|p| {
                    p.is_whitespace() || p.is_numeric() || matches!(p, ',' | 'à' | 'À')
                })
            }
            _ => false,
        }
    };
    let ends = |s: &str| {
        let s = s.trim_end();
        value_end(s)
            || s.strip_suffix([',', ';'])
                .or_else(|| ends_with_word(s, VA))
                .or_else(|| ends_with_word(s, HOAC))
                .is_some_and(|r| value_end(r.trim_end()))
    };
    let t = window.trim_end();
    ends(t) || (t.len() < window.len() && ends_with_word(t, CUA).is_some_and(ends))
}

/// The pinpoints of a run of pinpoint words, in the order written: points and clauses wait
/// for the article that closes them (`khoản 2 và khoản 3 Điều 13`).
fn normalise(run: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut points: Vec<String> = Vec::new();
    let mut clauses: Vec<(String, Vec<String>)> = Vec::new();
    for (word, value) in PART.captures_iter(run).flat_map(|p| {
        let word = p[1].to_lowercase();
        let values: Vec<String> = VALUE
            .find_iter(&p[2])
            .map(|v| v.as_str().to_lowercase())
            .collect();
        values.into_iter().map(move |v| (word.clone(), v))
    }) {
        match word.as_str() {
            "điểm" => points.push(value),
            "khoản" => clauses.push((value, std::mem::take(&mut points))),
            _ => {
                let article = format!("Điều {value}");
                if clauses.is_empty() && points.is_empty() {
                    out.push(article.clone());
                }
                for p in points.drain(..) {
                    out.push(format!("điểm {p} {article}"));
                }
                for (k, ps) in clauses.drain(..) {
                    if ps.is_empty() {
                        out.push(format!("khoản {k} {article}"));
                    }
                    for p in ps {
                        out.push(format!("điểm {p} khoản {k} {article}"));
                    }
                }
            }
        }
    }
    out
}

/// An article heading: `Điều 1.`, `**Điều 2. **`.
static ARTICLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\s*_#]*Điều\s+\d{1,4}[a-z]?\s*[.:]").expect("valid regex"));

/// An amending instruction: `1. Sửa đổi khoản 1 Điều 7 như sau:`, `b) Bãi bỏ Điều 9.`
static INSTRUCTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\s*_]*(?:\d{1,3}[a-z]?\s*[.)]|[a-zđ]\))?[\s*_]*(?:Sửa\s+đổi|Bổ\s+sung|Bãi\s+bỏ|Thay\s+thế|Bỏ)\b")
        .expect("valid regex")
});

/// A lettered sub-item of an amending instruction: `b) Bổ sung khoản 2a như sau:`.
static SUB_ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\s*_]*[a-zđ]\)").expect("valid regex"));

/// The articles, clauses and points an amending article changes: under `Điều 1. Sửa đổi,
/// bổ sung một số điều của Nghị định số 72/2020/NĐ-CP`, each instruction line (`1. Sửa đổi
/// khoản 1 Điều 7 như sau:`) up to the next article names a pinpoint of the amended
/// document; they are added to the mention in the heading (`headed`: its start).
pub(crate) fn amended(text: &str, headed: usize) -> Vec<String> {
    let line_start = text[..headed].rfind('\n').map_or(0, |i| i + 1);
    if !ARTICLE.is_match(&text[line_start..]) {
        return Vec::new();
    }
    let body_start = text[headed..]
        .find('\n')
        .map_or(text.len(), |i| headed + i + 1);
    let mut out = Vec::new();
    // The article the current numbered item changes: its lettered sub-items that name only
    // a clause or point (`b) Bổ sung khoản 2a như sau:`) are of that article.
    let mut article: Option<String> = None;
    for line in text[body_start..].lines() {
        if ARTICLE.is_match(line) {
            break;
        }
        if !INSTRUCTION.is_match(line) {
            continue;
        }
        let head = line
            .find("như sau")
            .or_else(|| line.find(':'))
            .map_or(line, |i| &line[..i]);
        let named = PART
            .captures_iter(head)
            .filter(|p| p[1].to_lowercase() == "điều")
            .last()
            .and_then(|p| Some(VALUE.find_iter(&p[2]).last()?.as_str().to_string()));
        let head = match (&named, &article) {
            (None, Some(a)) if SUB_ITEM.is_match(line) => format!("{head} Điều {a}"),
            _ => head.to_string(),
        };
        if !SUB_ITEM.is_match(line) {
            article = named;
        }
        for p in normalise(&head) {
            if !out.contains(&p) {
                out.push(p);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at_end(text: &str) -> Vec<String> {
        before(text, text.len())
    }

    #[test]
    fn article_clause_point() {
        assert_eq!(
            at_end("theo quy định tại khoản 2 Điều 3 "),
            ["khoản 2 Điều 3"]
        );
        assert_eq!(at_end("Căn cứ Điều 5 "), ["Điều 5"]);
        assert_eq!(
            at_end("quy định tại điểm a khoản 2 Điều 3 của "),
            ["điểm a khoản 2 Điều 3"]
        );
        assert_eq!(at_end("Sửa đổi Điều 12 "), ["Điều 12"]);
        // A law cited by name and number: the pinpoint stands before its name.
        assert_eq!(
            at_end("theo quy định tại khoản 4 Điều 9 Luật Đất đai "),
            ["khoản 4 Điều 9"]
        );
        assert!(at_end("Căn cứ Luật Đất đai ").is_empty());
    }

    #[test]
    fn lists_share_the_article() {
        assert_eq!(
            at_end("theo mức quy định tại khoản 2 và khoản 3 Điều 13 "),
            ["khoản 2 Điều 13", "khoản 3 Điều 13"]
        );
        assert_eq!(
            at_end("tại điểm đ, điểm e khoản 1 Điều 2 "),
            ["điểm đ khoản 1 Điều 2", "điểm e khoản 1 Điều 2"]
        );
        assert_eq!(at_end("Điều 7, Điều 9 "), ["Điều 7", "Điều 9"]);
    }

    #[test]
    fn bare_numbers_continue_a_list() {
        assert_eq!(
            at_end("người thân quy định tại khoản 1, 3 và 5 Điều 21 "),
            ["khoản 1 Điều 21", "khoản 3 Điều 21", "khoản 5 Điều 21"]
        );
        assert_eq!(
            at_end("theo điểm a, b khoản 4 Điều 8 "),
            ["điểm a khoản 4 Điều 8", "điểm b khoản 4 Điều 8"]
        );
        assert_eq!(at_end("quy định tại Điều 30, 31 "), ["Điều 30", "Điều 31"]);
    }

    #[test]
    fn cac_before_the_articles() {
        assert_eq!(
            at_end("theo khoản 3 Điều 20 và các Điều 24, Điều 25 "),
            ["khoản 3 Điều 20", "Điều 24", "Điều 25"]
        );
        assert_eq!(at_end("tại các Điều 11 và 12 "), ["Điều 11", "Điều 12"]);
    }

    #[test]
    fn an_amending_article_names_what_it_changes() {
        let text = "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 40/2019/NĐ-CP như sau:\n1. Sửa đổi khoản 1 Điều 7 như sau:\n\"1. Mức trợ cấp theo khoản 2 Điều này.\"\n2. Bổ sung khoản 4a vào sau khoản 4 Điều 12 như sau:\na) Sửa đổi, bổ sung điểm b khoản 2 Điều 11 như sau:\nĐiều 2. Hiệu lực thi hành\n1. Bãi bỏ Điều 30.";
        let at = text.find("Nghị định số").unwrap();
        assert_eq!(
            amended(text, at),
            [
                "khoản 1 Điều 7",
                "khoản 4a Điều 12",
                "khoản 4 Điều 12",
                "điểm b khoản 2 Điều 11"
            ]
        );
        let other = "Căn cứ Nghị định số 40/2019/NĐ-CP;\n1. Sửa đổi Điều 7.";
        assert!(amended(other, other.find("Nghị").unwrap()).is_empty());
    }

    #[test]
    fn a_sub_item_takes_the_article_of_its_item() {
        let text = "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 21/2019/NĐ-CP như sau:\n3. Sửa đổi, bổ sung Điều 9 như sau:\na) Sửa đổi tên điều như sau:\nb) Sửa đổi khoản 1 Điều 9 như sau:\nc) Bổ sung khoản 2a như sau:\n4. Bổ sung khoản 5 như sau:\nĐiều 2. Hiệu lực thi hành";
        let at = text.find("Nghị định số").unwrap();
        assert_eq!(
            amended(text, at),
            ["Điều 9", "khoản 1 Điều 9", "khoản 2a Điều 9"]
        );
    }

    /// The checks before the regexes keep every window they match.
    fn same_as_regexes(window: &str) {
        if LAW_NAME.is_match(window) {
            assert!(may_end_law_name(window), "{window:?}");
        }
        if RUN.is_match(window) {
            assert!(may_end_run(window), "{window:?}");
        }
    }

    #[test]
    fn prefilters_keep_the_matches() {
        for w in [
            "theo quy định tại khoản 2 Điều 3 ",
            "tại điểm a, b và c khoản 2 Điều 3 của ",
            "tại Điều 5của ",
            "tại ĐIỀU 5 hoặc ",
            "khoản 2a; ",
            "điểm đ và ",
            "theo Luật Hộ tịch số ",
            "Điều 3 Luật Đất đai, Luật Nhà ở ",
        ] {
            assert!(RUN.is_match(w) || LAW_NAME.is_match(w), "{w:?}");
            same_as_regexes(w);
        }
        assert!(!may_end_run("Thực hiện "));
        assert!(!may_end_run("ngày 15/3/2024 của UBND, "));
    }

    proptest::proptest! {
        #[test]
        fn prefilters_keep_the_matches_on_any(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "điểm", "ĐIỂM", "khoản", "Khoản", "điều", "Điều", "các", "của", "CỦA", "và",
                "VÀ", "hoặc", "Luật", "số", " ", " ", "\t", "\n", ",", ";", "a", "b", "đ", "K",
                "ſ", "1", "23", "٣", "x", "Đất", "_", "5a",
            ]),
            0..30,
        )) {
            same_as_regexes(&parts.concat());
        }
    }

    #[test]
    fn no_pinpoint() {
        assert!(at_end("Căn cứ ").is_empty());
        assert!(at_end("tại khoản 2 của Điều này và ").is_empty());
    }
}
