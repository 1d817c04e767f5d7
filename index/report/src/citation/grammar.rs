//! The three grammars of document numbers and what their codes mean.
//!
//! - administrative document `number/TYPE-ISSUER` (`05/KH-UBND`), and official letter
//!   `number/ISSUER-UNIT` (`118/UBND-NV`): [`Shape::Admin`];
//! - legal normative document `number/YEAR/TYPE-ISSUER` (`61/2018/NĐ-CP`): [`Shape::Legal`];
//! - Party document `number-TYPE/ISSUER` (`160-KH/ĐU`): [`Shape::Party`].
//!
//! Spaces and line breaks may surround `/` and `-` (`160 - KH/ĐU`, `03/KH-` + line break + `UBND`).

use super::issuer::Context;
use super::registry;
use regex::Regex;
use std::sync::LazyLock;

/// Which grammar a number follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// `05/KH-UBND`, `118/UBND-NV`, `515/KH-BCA-BNN&MT`, and the old `769/TTg`.
    Admin,
    /// `61/2018/NĐ-CP`, `05/2010/TTLT-BCA-BLĐTBXH-BTC`, a law's `60/2024/QH15`.
    Legal,
    /// `160-KH/ĐU`, also printed without its hyphen (`21NQ/TW`).
    Party,
    /// The year last: `1025/PLYK/2025`.
    YearLast,
}

/// A document number found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Number {
    /// Byte range of the number in the text.
    pub start: usize,
    /// End of the number.
    pub end: usize,
    /// The number part (`05`, `14a`, `66.4`).
    pub number: String,
    /// The year written in a legal document's number.
    pub year: Option<i32>,
    /// The code parts after the number, canonical case (`["KH", "UBND"]`).
    pub parts: Vec<String>,
    /// Which grammar.
    pub shape: Shape,
}

impl Number {
    /// The canonical code after the number: `KH-UBND`, `NĐ-CP`, `KH/ĐU`.
    pub fn code(&self) -> String {
        match self.shape {
            Shape::Admin | Shape::Legal | Shape::YearLast => self.parts.join("-"),
            Shape::Party => {
                let mut code = format!("{}/{}", self.parts[0], self.parts[1]);
                for p in &self.parts[2..] {
                    code.push('-');
                    code.push_str(p);
                }
                code
            }
        }
    }

    /// The canonical key: `05/KH-UBND`, `61/2018/NĐ-CP`, `160-KH/ĐU`, `1025/PLYK/2025`.
    pub fn key(&self) -> String {
        match self.shape {
            Shape::Admin => format!("{}/{}", self.number, self.code()),
            Shape::Legal => format!(
                "{}/{}/{}",
                self.number,
                self.year.unwrap_or_default(),
                self.code()
            ),
            Shape::Party => format!("{}-{}", self.number, self.code()),
            Shape::YearLast => format!(
                "{}/{}/{}",
                self.number,
                self.code(),
                self.year.unwrap_or_default()
            ),
        }
    }

    /// The type the code names (`KH` → `Kế hoạch`); for an official letter, `Công văn`; a
    /// law's number (`60/2024/QH15`) names a `Luật`.
    pub fn code_type(&self) -> Option<&'static str> {
        match self.shape {
            Shape::Admin => type_of_code(&self.parts[0]).or(Some("Công văn")),
            Shape::Legal if self.parts.len() == 1 => {
                let code = self.parts[0].trim_end_matches(|c: char| c.is_ascii_digit());
                (code == "QH").then_some("Luật")
            }
            Shape::Legal | Shape::Party => type_of_code(&self.parts[0]),
            Shape::YearLast => None,
        }
    }

    /// The issuer the code tells, `province` completing a provincial body (`TTr-STC` →
    /// `Sở Tài chính tỉnh Bắc Ninh`, `31-CT/TU` → `Tỉnh ủy Bắc Ninh`): `NĐ-CP` →
    /// `Chính phủ`, `QĐ-TTg` → `Thủ tướng Chính phủ`, `60/2024/QH15` → `Quốc hội`, a
    /// joint code the bodies joined by `, ` (`TTLT-BNV-BTC` → `Bộ Nội vụ, Bộ Tài chính`).
    ///
    /// Also whether the code fixes the body beyond doubt (a body of
    /// the whole country: `NĐ-CP`), so that it wins over the words around the number.
    pub fn code_body(&self, ctx: &Context) -> Option<(String, bool)> {
        let province = ctx.province.as_deref();
        let rest: &[String] = match self.shape {
            Shape::Legal if self.parts.len() == 1 => &self.parts,
            Shape::Legal => &self.parts[1..],
            Shape::Admin if self.parts.len() == 1 => &self.parts,
            Shape::Admin if type_of_code(&self.parts[0]).is_some() => &self.parts[1..],
            Shape::Admin => &self.parts[..1],
            Shape::Party => return party_issuer(&self.parts[1], ctx).map(|b| (b, false)),
            Shape::YearLast => return None,
        };
        let first = rest.first()?;
        if let Some(body) = registry::national(first) {
            let joint: Vec<&str> = rest.iter().map_while(|p| registry::national(p)).collect();
            if self.shape == Shape::Legal || type_of_code(&self.parts[0]).is_some() {
                return Some((joint.join(", "), true));
            }
            return Some((body.to_string(), true));
        }
        registry::provincial(first).map(|body| (in_province(body, province), false))
    }
}

/// A body of a province with the province's name: `Sở Tài chính tỉnh Bắc Ninh`.
pub(crate) fn in_province(body: &str, province: Option<&str>) -> String {
    match province {
        Some(p) if !body.ends_with(" tỉnh") => {
            format!("{body} {} {p}", registry::province_level(p))
        }
        Some(p) => format!("{body} {p}"),
        None => body.to_string(),
    }
}

/// The issuer of a Party or mass-organisation number's issuer code (`TW`, `TU`, `TWĐTN`).
/// A committee below the province (`ĐU`, `HU`) is named only when the document's own unit
/// tells which: `Đảng ủy xã Lục Bình` in a commune's document.
fn party_issuer(code: &str, ctx: &Context) -> Option<String> {
    let province = ctx.province.as_deref();
    if let Some(body) = registry::central_party(code) {
        return Some(body.to_string());
    }
    if let Some((prefix, _)) = registry::split_glued_unit(code) {
        return registry::central_party(prefix).map(str::to_string);
    }
    let (body, provincial) = registry::local_party(code)?;
    if !provincial {
        return ctx.local_committee(body);
    }
    Some(match (provincial, province) {
        (true, Some(p)) => {
            let body = if body == "Tỉnh ủy" && registry::is_city(p) {
                "Thành ủy"
            } else {
                body
            };
            format!("{body} {p}")
        }
        _ => body.to_string(),
    })
}

/// A code part: a capital, then letters, digits or `&` (`BNN&MT`, `UBTVQH15`, `BCĐQG1237`).
/// Cyrillic capitals that look like Latin ones (`СР` typed for `CP`) are read as those.
const CODE_STRICT: &str = r"[A-ZĐАВЕКМНОРСТХ][A-Za-zĐđАВЕКМНОРСТХ&0-9]{0,14}";
const CODE_LOOSE: &str = r"[A-Za-zĐđАВЕКМНОРСТХ][A-Za-zĐđАВЕКМНОРСТХ&0-9]{0,14}";

/// Cyrillic capitals that look like Latin ones, and those.
const LOOKALIKES: &[(char, char)] = &[
    ('А', 'A'),
    ('В', 'B'),
    ('Е', 'E'),
    ('К', 'K'),
    ('М', 'M'),
    ('Н', 'H'),
    ('О', 'O'),
    ('Р', 'P'),
    ('С', 'C'),
    ('Т', 'T'),
    ('Х', 'X'),
];

fn number_regex(code: &str, flags: &str) -> Regex {
    let sep = r"\s{0,6}";
    // Joint parts after the first two begin on the line: `05/KH-UBND` + line break + `- UBND
    // xã …` is a list, not a third part; a line may break after their hyphen.
    let more = format!(r"(?:[ \t]{{0,3}}[-–]\s{{0,3}}{code}){{0,4}}");
    let num = r"[0-9]{1,5}(?:\.[0-9]{1,2})?";
    // The number ends where a character that is neither a letter nor a digit follows (or
    // the text ends): matched explicitly, not with `\b`, so the regex runs as a DFA on
    // Vietnamese text (Unicode `\b` would force the slow engine over the whole report).
    let pattern = format!(
        concat!(
            r"{flags}(?P<all>(?P<num>{num}[a-zA-Z]?)(?:",
            r"{sep}/{sep}(?P<year>(?:19|20)[0-9]{{2}}){sep}/{sep}(?P<legal>{code}(?:{sep}[-–]{sep}{code})?{more})",
            r"|{sep}/{sep}(?P<yl>{code}){sep}/{sep}(?P<ylyear>(?:19|20)[0-9]{{2}})",
            r"|{sep}/{sep}(?P<admin>{code}(?:{sep}[-–]{sep}{code})?{more}))",
            r"|(?P<pnum>{num})(?:{sep}(?P<ph>[-–]){sep}|\s?)(?P<p1>{code}){sep}/{sep}(?P<party>{code}(?:{sep}[-–]{sep}{code})?))",
            r"(?:[^\p{{L}}\p{{N}}]|$)"
        ),
        flags = flags,
        num = num,
        sep = sep,
        code = code,
        more = more,
    );
    Regex::new(&pattern).expect("valid regex")
}

/// Numbers as documents write them: codes begin with a capital.
static STRICT: LazyLock<Regex> = LazyLock::new(|| number_regex(CODE_STRICT, ""));
/// Numbers as users type them: any case.
static LOOSE: LazyLock<Regex> = LazyLock::new(|| number_regex(CODE_LOOSE, ""));

/// Every document number in a report's text, in order.
pub(crate) fn numbers(text: &str) -> Vec<Number> {
    scan(&STRICT, text)
}

/// Every document number in a user's text, any case.
pub(crate) fn numbers_loose(text: &str) -> Vec<Number> {
    scan(&LOOSE, text)
}

/// The code parts of a matched code: split at hyphens, canonical case.
fn split_parts(raw: &str) -> Vec<String> {
    raw.split(['-', '–'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(canon_code)
        .collect()
}

/// A single code glued from a type and an issuer when a conversion lost the hyphen
/// (`NĐCP`): the two parts.
fn split_glued_type(parts: &mut Vec<String>) {
    if parts.len() != 1 {
        return;
    }
    let whole = parts[0].clone();
    for (ty, _) in TYPE_CODES {
        if let Some(rest) = whole.strip_prefix(ty)
            && registry::national(&canon_code(rest)).is_some()
        {
            *parts = vec![(*ty).to_string(), canon_code(rest)];
            return;
        }
    }
}

/// `số357/…`: the number glued to the word before it is still a number.
fn glued_to_so(before: &str) -> bool {
    let tail: String = before
        .chars()
        .rev()
        .take(3)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let lower = tail.to_lowercase();
    lower.ends_with("số") && !tail.chars().rev().nth(2).is_some_and(char::is_alphanumeric)
}

/// ` 13` after `QH`: the two digits of a term of office, then no more digits.
fn split_term(after: &str) -> Option<&str> {
    let digits = after.strip_prefix(' ')?;
    let term = digits.get(..2)?;
    (term.chars().all(|c| c.is_ascii_digit())
        && !digits[2..].starts_with(|c: char| c.is_alphanumeric()))
    .then_some(term)
}

/// `No. 120/2016/ND-CP`: a number in an English translation.
fn after_english_no(before: &str) -> bool {
    let t = before.trim_end();
    t.ends_with("No.") || t.ends_with("No") || t.ends_with("no.")
}

fn scan(re: &Regex, text: &str) -> Vec<Number> {
    let mut out = Vec::new();
    for c in re.captures_iter(text) {
        let whole = c.name("all").expect("group all");
        let before = &text[..whole.start()];
        // A number glued to what precedes it (`1.250/…`, `x5/…`) is not a document number.
        if let Some(prev) = before.chars().next_back()
            && (prev.is_alphanumeric() || matches!(prev, '.' | ',' | '/' | '-' | '_' | ':'))
            && !glued_to_so(before)
        {
            continue;
        }
        if after_english_no(before) {
            continue;
        }
        let mut end = whole.end();
        let (shape, number, year, parts) = if let Some(legal) = c.name("legal") {
            let year = c.name("year").and_then(|m| m.as_str().parse().ok());
            let mut parts = split_parts(legal.as_str());
            split_glued_type(&mut parts);
            // `32/2013/QH 13`: the term of office split from its code.
            if let Some(last) = parts.last_mut()
                && (last == "QH" || last == "UBTVQH")
                && let Some(term) = split_term(&text[end..])
            {
                last.push_str(term);
                end += 1 + term.len();
            }
            (Shape::Legal, &c["num"], year, parts)
        } else if let Some(yl) = c.name("yl") {
            let year = c.name("ylyear").and_then(|m| m.as_str().parse().ok());
            (
                Shape::YearLast,
                &c["num"],
                year,
                vec![canon_code(yl.as_str())],
            )
        } else if let Some(admin) = c.name("admin") {
            let mut parts = split_parts(admin.as_str());
            split_glued_type(&mut parts);
            if parts.len() == 1 && registry::national(&parts[0]).is_none() {
                continue;
            }
            (Shape::Admin, &c["num"], None, parts)
        } else {
            let p1 = canon_code(&c["p1"]);
            // Without its hyphen (`21NQ/TW`) the type code must be one.
            if c.name("ph").is_none() && type_of_typed_code(&p1).is_none() {
                continue;
            }
            let mut parts = vec![p1];
            let mut issuer = split_parts(&c["party"]);
            if let Some((prefix, unit)) = registry::split_glued_unit(&issuer[0]) {
                let unit = canon_code(unit);
                issuer.splice(0..1, [prefix.to_string(), unit]);
            }
            parts.extend(issuer);
            (Shape::Party, &c["pnum"], None, parts)
        };
        out.push(Number {
            start: whole.start(),
            end,
            number: number.to_lowercase(),
            year,
            parts,
            shape,
        });
    }
    out
}

/// A code part in its standard case: upper case, except the mixed-case codes
/// `CTr`, `TTr`, `QyĐ`, `TTg`.
pub(crate) fn canon_code(part: &str) -> String {
    let upper: String = part
        .to_uppercase()
        .chars()
        .map(|c| {
            LOOKALIKES
                .iter()
                .find(|(cyr, _)| *cyr == c)
                .map_or(c, |(_, lat)| *lat)
        })
        .collect();
    match upper.as_str() {
        "CTR" => "CTr".into(),
        "TTR" => "TTr".into(),
        "QYĐ" => "QyĐ".into(),
        "QYD" => "QyD".into(),
        "TTG" => "TTg".into(),
        // `OH15`: the `Q` of a National Assembly code read as `O` by OCR.
        _ if upper.len() == 4
            && upper.starts_with("OH")
            && upper[2..].chars().all(|c| c.is_ascii_digit()) =>
        {
            format!("QH{}", &upper[2..])
        }
        _ => upper,
    }
}

/// Type codes (rules on clerical work, and legal documents) and the type they name.
const TYPE_CODES: &[(&str, &str)] = &[
    ("NQ", "Nghị quyết"),
    ("QĐ", "Quyết định"),
    ("CT", "Chỉ thị"),
    ("QC", "Quy chế"),
    ("QyĐ", "Quy định"),
    ("TB", "Thông báo"),
    ("HD", "Hướng dẫn"),
    ("CTr", "Chương trình"),
    ("KH", "Kế hoạch"),
    ("PA", "Phương án"),
    ("ĐA", "Đề án"),
    ("DA", "Dự án"),
    ("BC", "Báo cáo"),
    ("BB", "Biên bản"),
    ("TTr", "Tờ trình"),
    ("CĐ", "Công điện"),
    ("GM", "Giấy mời"),
    ("NĐ", "Nghị định"),
    ("TT", "Thông tư"),
    ("TTLT", "Thông tư liên tịch"),
    ("L", "Luật"),
    ("PL", "Pháp lệnh"),
    ("KL", "Kết luận"),
    ("CV", "Công văn"),
];

/// Codes typed without `Đ` (`ND`, `QD`) as users do, mapped to the code they stand for.
const ASCII_CODES: &[(&str, &str)] = &[("ND", "NĐ"), ("QD", "QĐ"), ("CD", "CĐ"), ("QyD", "QyĐ")];

/// The type a code names: `KH` → `Kế hoạch`.
pub(crate) fn type_of_code(code: &str) -> Option<&'static str> {
    TYPE_CODES.iter().find(|(c, _)| *c == code).map(|(_, t)| *t)
}

/// Like [`type_of_code`], also for codes typed without `Đ` (`ND`) in any case.
pub(crate) fn type_of_typed_code(code: &str) -> Option<&'static str> {
    let canon = canon_code(code);
    let canon = ASCII_CODES
        .iter()
        .find(|(a, _)| *a == canon)
        .map_or(canon.as_str(), |(_, c)| *c);
    type_of_code(canon)
}

/// A type word or abbreviation before a number (`Kế hoạch`, `NĐ`), then `số` (even twice,
/// and with emphasis marks around it: `Nghị quyết số* *76/…`); after a type word also `số`
/// mistyped (`so`, `sô`, `s ố`).
/// `\b` is spelled `(?:^|[^\pL\pN_])`: a regex with a Unicode word boundary cannot run as a
/// DFA, and this one, anchored at the end, runs as a reverse DFA over a window before every
/// number.
static TYPE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:(?:^|[^\pL\pN_])(?P<t>kế\s+hoạch|quyết\s+định|nghị\s+định|nghị\s+quyết|thông\s+tư(?:\s+liên\s+tịch)?",
        r"|chỉ\s+thị|công\s+văn|văn\s+bản|thông\s+báo|chương\s+trình|hướng\s+dẫn|tờ\s+trình|báo\s+cáo",
        r"|quy\s+chế|quy\s+định|đề\s+án|công\s+điện|giấy\s+mời|phương\s+án|biên\s+bản|kết\s+luận",
        r"|luật|pháp\s+lệnh|nđ|qđ|nq|kh|cv|tb|ct|tt)\s*(?:[:.]\s*)?(?:(?:so|sô|s\s?ố)[\s*_]+)?)?(?:(?:^|[^\pL\pN_])(?P<so>số[\s*_]*[:.]?[\s*_]*)){0,2}$"
    ))
    .expect("valid regex")
});

/// Type words as written (lower case, one space) and the canonical type.
const TYPE_WORDS: &[(&str, &str)] = &[
    ("kế hoạch", "Kế hoạch"),
    ("quyết định", "Quyết định"),
    ("nghị định", "Nghị định"),
    ("nghị quyết", "Nghị quyết"),
    ("thông tư", "Thông tư"),
    ("thông tư liên tịch", "Thông tư liên tịch"),
    ("chỉ thị", "Chỉ thị"),
    ("công văn", "Công văn"),
    ("văn bản", "Văn bản"),
    ("thông báo", "Thông báo"),
    ("chương trình", "Chương trình"),
    ("hướng dẫn", "Hướng dẫn"),
    ("tờ trình", "Tờ trình"),
    ("báo cáo", "Báo cáo"),
    ("quy chế", "Quy chế"),
    ("quy định", "Quy định"),
    ("đề án", "Đề án"),
    ("công điện", "Công điện"),
    ("giấy mời", "Giấy mời"),
    ("phương án", "Phương án"),
    ("biên bản", "Biên bản"),
    ("kết luận", "Kết luận"),
    ("luật", "Luật"),
    ("pháp lệnh", "Pháp lệnh"),
    ("nđ", "Nghị định"),
    ("qđ", "Quyết định"),
    ("nq", "Nghị quyết"),
    ("kh", "Kế hoạch"),
    ("cv", "Công văn"),
    ("tb", "Thông báo"),
    ("ct", "Chỉ thị"),
    ("tt", "Thông tư"),
];

/// The canonical type of a type word as written (`kế  hoạch` → `Kế hoạch`).
pub(crate) fn type_of_words(words: &str) -> Option<&'static str> {
    let lower = super::super::text::collapse(&words.to_lowercase());
    TYPE_WORDS
        .iter()
        .find(|(w, _)| *w == lower)
        .map(|(_, t)| *t)
}

/// What stands before a number at `at`: where the mention starts and the type words.
pub(crate) fn type_before(text: &str, at: usize) -> (usize, Option<&'static str>) {
    let from = super::super::text::floor_boundary(text, at.saturating_sub(64));
    let window = &text[from..at];
    match TYPE_BEFORE.captures(window) {
        Some(c) => {
            let whole = c.get(0).expect("group 0");
            // The match may begin with the character that stands for the word boundary.
            let skip = whole
                .as_str()
                .chars()
                .next()
                .filter(|ch| !ch.is_alphanumeric() && *ch != '_')
                .map_or(0, char::len_utf8);
            let ty = c.name("t").and_then(|m| type_of_words(m.as_str()));
            (from + whole.start() + skip, ty)
        }
        None => (at, None),
    }
}

/// The type of a mention: its words, unless they only say `Văn bản`; else its code.
pub(crate) fn doc_type(words: Option<&'static str>, number: &Number) -> Option<&'static str> {
    match words {
        Some(w) if w != "Văn bản" => Some(w),
        _ => number.code_type().or(words),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        numbers(text).iter().map(Number::key).collect()
    }

    #[test]
    fn three_grammars() {
        assert_eq!(keys("số 05/KH-UBND"), ["05/KH-UBND"]);
        assert_eq!(keys("Nghị định 61/2018/NĐ-CP"), ["61/2018/NĐ-CP"]);
        assert_eq!(keys("Kế hoạch số 160 - KH/ĐU"), ["160-KH/ĐU"]);
        assert_eq!(keys("Công văn số 118/UBND - NV"), ["118/UBND-NV"]);
    }

    #[test]
    fn spacing_and_line_breaks() {
        assert_eq!(keys("số 2179 /QĐ-UBND"), ["2179/QĐ-UBND"]);
        assert_eq!(keys("số 03/KH-\n\nUBND ngày"), ["03/KH-UBND"]);
        assert_eq!(keys("Quyết định 07/QĐ- UBND"), ["07/QĐ-UBND"]);
        assert_eq!(keys("số 14a/KH-UBND"), ["14a/KH-UBND"]);
        assert_eq!(keys("số 12-CTr/TU"), ["12-CTr/TU"]);
        assert_eq!(keys("số 45/2016/QĐ-TTg"), ["45/2016/QĐ-TTg"]);
    }

    #[test]
    fn look_alikes_are_not_numbers() {
        assert!(keys("ISO 9001:2015, 97,58%, ngày 09/8/2024, 18/28 nhiệm vụ").is_empty());
        assert!(keys("giai đoạn 2021 - 2025, Covid – 19, 1.250/2401 hồ sơ").is_empty());
        assert!(keys("0912.345.678, b/c, t/h, Quý IV/2021").is_empty());
    }

    #[test]
    fn codes_tell_type_and_issuer() {
        let n = &numbers("61/2018/NĐ-CP")[0];
        assert_eq!(n.code(), "NĐ-CP");
        assert_eq!(n.code_type(), Some("Nghị định"));
        assert_eq!(
            n.code_body(&Context::default()).map(|b| b.0).as_deref(),
            Some("Chính phủ")
        );
        let letter = &numbers("118/UBND-NV")[0];
        assert_eq!(letter.code_type(), Some("Công văn"));
        assert_eq!(letter.code_body(&Context::default()), None);
        assert_eq!(
            numbers("13/CT-TTg")[0]
                .code_body(&Context::default())
                .map(|b| b.0)
                .as_deref(),
            Some("Thủ tướng Chính phủ")
        );
    }

    #[test]
    fn type_words_before() {
        let text = "UBND xã ban hành Kế hoạch số số 03/KH-UBND";
        let at = text.find("03").unwrap();
        let (start, ty) = type_before(text, at);
        assert_eq!(&text[start..at], "Kế hoạch số số ");
        assert_eq!(ty, Some("Kế hoạch"));
        let text = "theo NĐ 277/NĐ-HĐND";
        let (_, ty) = type_before(text, text.find("277").unwrap());
        assert_eq!(ty, Some("Nghị định"));
        let text = "Kế \n\nhoạch số 14/KH-UBND";
        assert_eq!(
            type_before(text, text.find("14").unwrap()),
            (0, Some("Kế hoạch"))
        );
        // Emphasis closed and reopened between `số` and the number.
        let text = "*Căn cứ Nghị quyết số* *76/2025/UBTVQH15;*";
        let at = text.find("76").unwrap();
        let (start, ty) = type_before(text, at);
        assert_eq!(&text[start..at], "Nghị quyết số* *");
        assert_eq!(ty, Some("Nghị quyết"));
    }

    #[test]
    fn so_mistyped_after_a_type_word() {
        for written in [
            "Nghị định so ",
            "Nghị định sô ",
            "Nghị định s ố ",
            "Quyết định SO ",
        ] {
            let text = format!("theo quy định tại khoản 6 Điều 13 {written}126/2020/NĐ-CP và");
            let at = text.find("126").unwrap();
            let (start, ty) = type_before(&text, at);
            assert_eq!(&text[start..at], written, "{written}");
            assert!(ty.is_some(), "{written}");
        }
        // Not a type word: `so` (compared) stays out of the mention.
        let text = "tăng so 05/KH-UBND";
        let at = text.find("05").unwrap();
        assert_eq!(type_before(text, at), (at, None));
    }

    #[test]
    fn laws_and_assembly_numbers() {
        assert_eq!(keys("Luật Đường bộ số 35/2024/QH15"), ["35/2024/QH15"]);
        assert_eq!(keys("Nghị quyết số 81/2025/UBTVQH15"), ["81/2025/UBTVQH15"]);
        assert_eq!(keys("Nghị quyết số 1702/NQ-UBTVQH15"), ["1702/NQ-UBTVQH15"]);
        let law = &numbers("35/2024/QH15")[0];
        assert_eq!(law.code_type(), Some("Luật"));
        assert_eq!(issuer(law).as_deref(), Some("Quốc hội"));
    }

    fn issuer(n: &Number) -> Option<String> {
        n.code_body(&Context::default()).map(|b| b.0)
    }

    #[test]
    fn joint_and_compound_codes() {
        assert_eq!(
            keys("Thông tư liên tịch số 12/2011/TTLT-BYT-BLĐTBXH-BTC"),
            ["12/2011/TTLT-BYT-BLĐTBXH-BTC"]
        );
        let joint = &numbers("12/2011/TTLT-BYT-BTC")[0];
        assert_eq!(issuer(joint).as_deref(), Some("Bộ Y tế, Bộ Tài chính"));
        assert_eq!(keys("Kế hoạch số 77/KH-BYT-BNN&MT"), ["77/KH-BYT-BNN&MT"]);
        assert_eq!(
            keys("Công văn số 4410/SXD-QLN&TTBĐS"),
            ["4410/SXD-QLN&TTBĐS"]
        );
        assert_eq!(keys("Kế hoạch 31/KH-BCĐQG1237"), ["31/KH-BCĐQG1237"]);
        assert_eq!(keys("Nghị quyết số 12.3/2025/NQ-CP"), ["12.3/2025/NQ-CP"]);
        assert_eq!(keys("Công văn số 88/PLYK/2024"), ["88/PLYK/2024"]);
        assert_eq!(
            keys("Thông tư liên tịch số 12/2011/TTLT-BYT-BLĐTBXH-\nBTC ngày"),
            ["12/2011/TTLT-BYT-BLĐTBXH-BTC"]
        );
        assert_eq!(keys("số 05/KH-UBND\n- UBND xã"), ["05/KH-UBND"]);
    }

    #[test]
    fn damaged_spacing_and_lost_hyphens() {
        assert_eq!(keys("Nghị quyết số 14/NQ -CP"), ["14/NQ-CP"]);
        assert_eq!(keys("Công văn số 3120- CV/BTCTW"), ["3120-CV/BTCTW"]);
        assert_eq!(keys("Tờ trình số412/TTr-CP"), ["412/TTr-CP"]);
        assert_eq!(keys("Nghị định số 52/2025/NĐCP"), ["52/2025/NĐ-CP"]);
        assert_eq!(keys("Quyết định số 77/QĐTTg"), ["77/QĐ-TTg"]);
        assert_eq!(keys("Nghị quyết số 36NQ/TW"), ["36-NQ/TW"]);
        assert_eq!(keys("Chỉ thị số 17\nCT/TW"), ["17-CT/TW"]);
        assert_eq!(keys("Kế hoạch số 412KH/TWĐTNBTC"), ["412-KH/TWĐTN-BTC"]);
        assert_eq!(
            keys("Quyết định số 15/CP và số 640/TTg"),
            ["15/CP", "640/TTg"]
        );
        assert_eq!(keys("Quyết định số 44/QĐ-TTG"), ["44/QĐ-TTg"]);
        assert_eq!(keys("Luật số 31/2024/OH15"), ["31/2024/QH15"]);
        assert_eq!(keys("Nghị định số 12/2021/NĐ-СР ngày"), ["12/2021/NĐ-CP"]);
        assert_eq!(keys("Luật số 45/2013/QH 13, Luật"), ["45/2013/QH13"]);
    }

    #[test]
    fn not_numbers_of_other_documents() {
        assert!(keys("Decree No. 15/2020/ND-CP").is_empty());
        assert!(keys("QCVN 01:2021/BYT").is_empty());
        assert!(keys("năm 2024 là 12/TB").is_empty());
    }

    #[test]
    fn party_and_provincial_codes_take_the_place() {
        let ctx = Context {
            province: Some("Bắc Ninh".into()),
            ..Context::default()
        };
        let body = |t: &str| numbers(t)[0].code_body(&ctx);
        assert_eq!(
            body("45/TTr-STC"),
            Some(("Sở Tài chính tỉnh Bắc Ninh".into(), false))
        );
        assert_eq!(body("12-CT/TU"), Some(("Tỉnh ủy Bắc Ninh".into(), false)));
        assert_eq!(body("12-NQ/TW"), Some(("Trung ương Đảng".into(), false)));
        assert_eq!(
            body("7-KH/TWĐTN-BTC"),
            Some(("Trung ương Đoàn".into(), false))
        );
    }

    #[test]
    fn mixed_case_codes() {
        assert_eq!(canon_code("ctr"), "CTr");
        assert_eq!(canon_code("nđ"), "NĐ");
        assert_eq!(type_of_typed_code("nd"), Some("Nghị định"));
    }
}
