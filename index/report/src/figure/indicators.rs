//! The canonical indicators of the national form (`indicators.tsv`, written once) and the
//! matching of a printed row to one of them.
//!
//! Matching works on words: the row's text and each indicator's name and aliases are folded
//! (no diacritics, lower case), abbreviations are spelled out (`TTHC`, `VBQPPL`, `DVCTT`,
//! `PAKN` …), text in brackets and filler words are dropped. A row whose words equal a name
//! matches by the rule `exact` (confidence 1); otherwise the name with the best F1 of shared
//! words matches by the rule `words` when the F1 reaches [`MIN_WORDS`]. The kind must agree
//! (a `%` row is only a percent indicator, a `x = 1` legend only a code), and where two
//! indicators share a name (`… đã được xử lý xong` after `kiểm tra` and after `rà soát`) the
//! context words of the rows above decide.

use rustc_hash::FxHashSet;
use serde::Serialize;
use std::collections::HashSet;
use std::sync::LazyLock;

/// The lowest word F1 accepted by the rule `words`.
pub const MIN_WORDS: f32 = 0.66;

/// What kind of value an indicator holds.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorKind {
    /// A count (or an amount of money): parent rows sum it.
    Count,
    /// A percentage: parent rows recompute it from its numerator and denominator.
    Percent,
    /// A code (`Có = 1; Không = 0`): parent rows count each code.
    Code,
}

/// One indicator of the national form.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Indicator {
    /// Stable machine code (`hs_truc_tuyen_ty_le`).
    pub code: &'static str,
    /// Count, percent or code.
    pub kind: IndicatorKind,
    /// Unit of measure (`Hồ sơ`, `%`); empty for codes.
    pub unit: &'static str,
    /// The count a percent is the share of (its numerator), by code.
    pub numerator: Option<&'static str>,
    /// The count a percent is a share of (its denominator), by code.
    pub denominator: Option<&'static str>,
    /// The name as the form prints it.
    pub name: &'static str,
    /// Other names seen for it.
    pub aliases: Vec<&'static str>,
    /// Words a row above must hold when the name alone is ambiguous.
    #[serde(skip)]
    pub context: Option<&'static str>,
}

/// Which indicator a row was matched to, by what rule and how surely.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct IndicatorMatch {
    /// The indicator's code.
    pub code: &'static str,
    /// `exact` (same words as a name or alias) or `words` (best share of words).
    pub rule: &'static str,
    /// 1.0 for `exact`, the word F1 for `words`.
    pub confidence: f32,
}

static TSV: &str = include_str!("indicators.tsv");

/// Every canonical indicator, in the order of the form.
pub fn indicators() -> &'static [Indicator] {
    static ALL: LazyLock<Vec<Indicator>> = LazyLock::new(|| {
        TSV.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| {
                let c: Vec<&'static str> = l.split('\t').collect();
                let get = |i: usize| c.get(i).copied().filter(|s| !s.is_empty());
                Indicator {
                    code: c[0],
                    kind: match c[1] {
                        "percent" => IndicatorKind::Percent,
                        "code" => IndicatorKind::Code,
                        _ => IndicatorKind::Count,
                    },
                    unit: get(2).unwrap_or(""),
                    numerator: get(3),
                    denominator: get(4),
                    context: get(5),
                    name: c[6],
                    aliases: get(7).map_or_else(Vec::new, |a| a.split('|').collect()),
                }
            })
            .collect()
    });
    &ALL
}

/// The indicator with this code.
pub fn indicator(code: &str) -> Option<&'static Indicator> {
    indicators().iter().find(|i| i.code == code)
}

/// Abbreviations of the form, folded, and their words.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("tthc", "thu tuc hanh chinh"),
    ("vbqppl", "van ban quy pham phap luat"),
    ("qppl", "quy pham phap luat"),
    ("vb", "van ban"),
    ("dvctt", "dich vu cong truc tuyen"),
    ("dvc", "dich vu cong"),
    ("pakn", "phan anh kien nghi"),
    ("cchc", "cai cach hanh chinh"),
    ("sncl", "su nghiep cong lap"),
    ("nsnn", "ngan sach nha nuoc"),
    ("cbcc", "can bo cong chuc"),
    ("vtvl", "vi tri viec lam"),
    ("ubnd", "uy ban nhan dan"),
    ("hs", "ho so"),
];

/// Words that tell nothing of the indicator.
const FILLER: &[&str] = &[
    "so", "luong", "tong", "cac", "cua", "va", "da", "duoc", "trong", "do", "tai", "hoac", "la",
    "nhung", "co", "ve", "voi", "theo", "den", "nam",
];

/// The matching words of a text: folded, abbreviations spelled out, brackets and filler out.
pub fn words(text: &str) -> Vec<String> {
    let mut depth = 0usize;
    let mut plain = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(ch),
            _ => {}
        }
    }
    // The old names of online service levels: `mức độ 3` is `một phần`, `mức độ 4` `toàn trình`.
    let folded = tracuu_tokenizer::fold(&plain)
        .replace("muc do 3", "mot phan")
        .replace("muc do 4", "toan trinh");
    let mut out = Vec::new();
    // Footnote markers glued to words (`hồ sơ¹`) are no part of them.
    for w in folded.split(|c: char| !c.is_alphanumeric() || "¹²³⁴⁵⁶⁷⁸⁹⁰".contains(c))
    {
        if w.is_empty() {
            continue;
        }
        match ABBREVIATIONS.iter().find(|(a, _)| *a == w) {
            Some((_, full)) => out.extend(full.split(' ').map(str::to_string)),
            None if !FILLER.contains(&w) => out.push(w.to_string()),
            None => {}
        }
    }
    out
}

struct Names {
    names: Vec<Vec<String>>,
    /// The distinct words of each name, for [`f1`].
    distinct: Vec<Vec<String>>,
    context: Vec<String>,
}

static NAMES: LazyLock<Vec<Names>> = LazyLock::new(|| {
    indicators()
        .iter()
        .map(|i| {
            let names: Vec<Vec<String>> = std::iter::once(i.name)
                .chain(i.aliases.iter().copied())
                .map(words)
                .collect();
            let distinct = names
                .iter()
                .map(|n| {
                    let mut d = n.clone();
                    d.sort_unstable();
                    d.dedup();
                    d
                })
                .collect();
            Names {
                names,
                distinct,
                context: i.context.map_or_else(Vec::new, words),
            }
        })
        .collect()
});

/// The F1 of a name's distinct words `a` against a row's distinct words `b` (the sets are built
/// once: a name's with [`NAMES`], a row's once per row).
fn f1(a: &[String], b: &FxHashSet<&str>) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let common = a.iter().filter(|w| b.contains(w.as_str())).count() as f32;
    if common == 0.0 {
        return 0.0;
    }
    let p = common / b.len() as f32;
    let r = common / a.len() as f32;
    2.0 * p * r / (p + r)
}

/// The lowest word F1 accepted for a row that prints no unit of measure.
const MIN_WORDS_NO_UNIT: f32 = 0.8;

/// Matches a printed row: [`match_indicator`], then a match by words must agree with the
/// row's unit of measure (or, without one, share more words).
pub(crate) fn match_row(
    text: &str,
    unit: Option<&str>,
    kind: Option<IndicatorKind>,
    context: &[&str],
) -> Option<IndicatorMatch> {
    let m = match_indicator(text, kind, context)?;
    if m.rule == "exact" {
        return Some(m);
    }
    let fold = |s: &str| tracuu_tokenizer::fold(s).replace(',', "");
    match (unit, indicator(m.code)) {
        (None, _) if m.confidence < MIN_WORDS_NO_UNIT => None,
        (Some(u), Some(i))
            if i.kind == IndicatorKind::Count && !i.unit.is_empty() && fold(u) != fold(i.unit) =>
        {
            None
        }
        _ => Some(m),
    }
}

/// Matches a row's text to a canonical indicator. `kind` is what the row's unit and value
/// say (`None` when they say nothing); `context` is the text of the rows above it.
pub fn match_indicator(
    text: &str,
    kind: Option<IndicatorKind>,
    context: &[&str],
) -> Option<IndicatorMatch> {
    let row = words(text);
    if row.is_empty() {
        return None;
    }
    let above: HashSet<String> = context.iter().flat_map(|c| words(c)).collect();
    let own: HashSet<&String> = row.iter().collect();
    let row_set: FxHashSet<&str> = row.iter().map(String::as_str).collect();
    let mut best: Option<(f32, bool, usize)> = None;
    for (k, (ind, names)) in indicators().iter().zip(NAMES.iter()).enumerate() {
        if kind.is_some_and(|kd| kd != ind.kind) {
            continue;
        }
        let (score, exact) = names
            .names
            .iter()
            .zip(&names.distinct)
            .map(|(n, distinct)| {
                let exact = *n == row;
                (if exact { 1.0 } else { f1(distinct, &row_set) }, exact)
            })
            .fold((0.0f32, false), |a, b| if b.0 > a.0 { b } else { a });
        if score == 0.0 {
            continue;
        }
        let ctx_ok = names
            .context
            .iter()
            .all(|w| above.contains(w) || own.contains(w));
        let score = if ctx_ok { score } else { score * 0.5 };
        let exact = exact && ctx_ok;
        if best.is_none_or(|(s, _, _)| score > s) {
            best = Some((score, exact, k));
        }
    }
    let (score, exact, k) = best?;
    if exact {
        return Some(IndicatorMatch {
            code: indicators()[k].code,
            rule: "exact",
            confidence: 1.0,
        });
    }
    (score >= MIN_WORDS).then(|| IndicatorMatch {
        code: indicators()[k].code,
        rule: "words",
        confidence: (score * 100.0).round() / 100.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str, kind: Option<IndicatorKind>, ctx: &[&str]) -> Option<&'static str> {
        match_indicator(text, kind, ctx).map(|m| m.code)
    }

    #[test]
    fn the_list_is_consistent() {
        let all = indicators();
        assert!(all.len() > 60);
        let codes: HashSet<_> = all.iter().map(|i| i.code).collect();
        assert_eq!(codes.len(), all.len(), "codes are unique");
        for i in all {
            for part in [i.numerator, i.denominator].into_iter().flatten() {
                let p = indicator(part).expect("a numerator or denominator exists");
                assert_eq!(p.kind, IndicatorKind::Count, "{} of {}", p.code, i.code);
                assert_eq!(i.kind, IndicatorKind::Percent);
            }
        }
    }

    #[test]
    fn abbreviations_and_diacritics_do_not_matter() {
        let m = match_indicator(
            "Số thủ tục hành chính liên thông cùng cấp",
            Some(IndicatorKind::Count),
            &[],
        )
        .unwrap();
        assert_eq!((m.code, m.rule), ("tthc_lien_thong_cung_cap", "exact"));
        assert_eq!(
            code("So TTHC lien thong cung cap", None, &[]),
            Some("tthc_lien_thong_cung_cap")
        );
    }

    #[test]
    fn reworded_rows_match_by_words() {
        let m = match_indicator(
            "Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến trong kỳ",
            Some(IndicatorKind::Percent),
            &[],
        )
        .unwrap();
        assert_eq!((m.code, m.rule), ("hs_truc_tuyen_ty_le", "words"));
        assert!(m.confidence < 1.0 && m.confidence >= MIN_WORDS);
    }

    #[test]
    fn context_tells_shared_names_apart() {
        let row = "Số VBQPPL có kiến nghị xử lý đã được xử lý xong";
        assert_eq!(
            code(row, None, &["Tỷ lệ xử lý VBQPPL sau rà soát"]),
            Some("vbqppl_ra_soat_da_xu_ly")
        );
        assert_eq!(
            code(row, None, &["Kiểm tra, xử lý VBQPPL"]),
            Some("vbqppl_kiem_tra_da_xu_ly")
        );
    }

    #[test]
    fn kind_must_agree_and_strangers_stay_unmatched() {
        assert_eq!(
            code(
                "Số hồ sơ TTHC đã tiếp nhận trực tuyến",
                Some(IndicatorKind::Code),
                &[]
            ),
            None
        );
        assert_eq!(code("Trung cấp", None, &[]), None);
        assert_eq!(code("Bảo trợ xã hội (Cấp huyện)", None, &[]), None);
    }
}
