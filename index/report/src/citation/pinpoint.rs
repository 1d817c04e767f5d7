//! Pinpoints: the article, clause and point a citation names before the document
//! (`điểm a khoản 2 Điều 3 Nghị định số 61/2018/NĐ-CP`, `khoản 2 và khoản 3 Điều 13 …`),
//! normalised to `điểm a khoản 2 Điều 3`.

use super::super::text::floor_boundary;
use regex::Regex;
use std::sync::LazyLock;

/// A run of pinpoint words ending just before a mention (`của` may close it).
static RUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:^|[^\pL\pN_])((?:(?:điểm\s+[a-zđ]|khoản\s+\d{1,3}[a-z]?|điều\s+\d{1,4}[a-z]?)",
        r"(?:\s*(?:,|;|và|hoặc)\s*)?\s*)+)(?:của\s+)?$"
    ))
    .expect("valid regex")
});

/// One pinpoint word and its value.
static PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(điểm|khoản|điều)\s+(\d{1,4}[a-z]?|[a-zđ])").expect("valid regex")
});

/// The pinpoints written just before `at`, in the order written, normalised.
pub(crate) fn before(text: &str, at: usize) -> Vec<String> {
    let from = floor_boundary(text, at.saturating_sub(200));
    let Some(c) = RUN.captures(&text[from..at]) else {
        return Vec::new();
    };
    let run = c.get(1).map_or("", |m| m.as_str());
    let mut out = Vec::new();
    let mut points: Vec<String> = Vec::new();
    let mut clauses: Vec<(String, Vec<String>)> = Vec::new();
    for p in PART.captures_iter(run) {
        let value = p[2].to_lowercase();
        match p[1].to_lowercase().as_str() {
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
    fn no_pinpoint() {
        assert!(at_end("Căn cứ ").is_empty());
        assert!(at_end("tại khoản 2 của Điều này và ").is_empty());
    }
}
