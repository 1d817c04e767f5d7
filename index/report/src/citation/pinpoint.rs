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
        && window.contains("Luật")
        && let Some(name) = LAW_NAME.captures(window).and_then(|c| c.get(1))
    {
        window = &window[..name.start()];
    }
    let Some(c) = RUN.captures(window) else {
        return Vec::new();
    };
    normalise(c.get(1).map_or("", |m| m.as_str()))
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

    #[test]
    fn no_pinpoint() {
        assert!(at_end("Căn cứ ").is_empty());
        assert!(at_end("tại khoản 2 của Điều này và ").is_empty());
    }
}
