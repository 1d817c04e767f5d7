//! The issuing body, from the header's left column: `BỘ TÀI CHÍNH` / `CỤC THUẾ`,
//! `ỦY BAN NHÂN DÂN` / `TỈNH BẮC NINH`, `BAN CHẤP HÀNH TRUNG ƯƠNG` / `ĐOÀN TNCS HỒ CHÍ MINH`.
//!
//! The column's capitals are read as a sequence of bodies, each starting with a word that
//! starts a body's name (`BỘ`, `CỤC`, `SỞ`, `ỦY BAN NHÂN DÂN` …): the last is the issuer, the
//! one before it its parent.

use super::super::text::{collapse, title_case};
use super::super::{Issuer, IssuerLevel};
use super::header::{Header, kind_at};
use regex::Regex;
use std::sync::LazyLock;

/// Phrases of the national motto and the Party's name, printed in the right column.
const MOTTO: &[&str] = &[
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "ĐỘC LẬP - TỰ DO - HẠNH PHÚC",
    "ĐỘC LẬP – TỰ DO – HẠNH PHÚC",
    "ĐỘC LẬP-TỰ DO-HẠNH PHÚC",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
];

/// Words that start the name of a body (the longest match wins).
const STARTS: &[&str] = &[
    "ỦY BAN NHÂN DÂN",
    "UỶ BAN NHÂN DÂN",
    "HỘI ĐỒNG NHÂN DÂN",
    "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
    "UỶ BAN THƯỜNG VỤ QUỐC HỘI",
    "ỦY BAN",
    "UỶ BAN",
    "UBND",
    "HĐND",
    "THỦ TƯỚNG",
    "BỘ",
    "TỔNG CỤC",
    "CHI CỤC",
    "CỤC",
    "SỞ",
    "VĂN PHÒNG",
    "BAN",
    "THUẾ TỈNH",
    "THUẾ THÀNH PHỐ",
    "TỈNH ỦY",
    "TỈNH UỶ",
    "THÀNH ỦY",
    "THÀNH UỶ",
    "HUYỆN ỦY",
    "HUYỆN UỶ",
    "ĐẢNG ỦY",
    "ĐẢNG UỶ",
    "ĐẢNG BỘ",
    "TRUNG ƯƠNG ĐOÀN",
    "TỈNH ĐOÀN",
    "THÀNH ĐOÀN",
    "HUYỆN ĐOÀN",
    "TRUNG TÂM",
];

/// Bodies with a fixed name, by their words in capitals (prefix match).
const FIXED: &[(&str, &str)] = &[
    ("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ"),
    ("VĂN PHÒNG CHÍNH PHỦ", "Văn phòng Chính phủ"),
    ("CHÍNH PHỦ", "Chính phủ"),
    ("ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Ủy ban Thường vụ Quốc hội"),
    ("UỶ BAN THƯỜNG VỤ QUỐC HỘI", "Ủy ban Thường vụ Quốc hội"),
    ("QUỐC HỘI", "Quốc hội"),
    (
        "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN",
        "Ban Chấp hành Trung ương Đoàn",
    ),
    ("BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN", "Ban Bí thư Trung ương Đoàn"),
    ("TRUNG ƯƠNG ĐOÀN", "Trung ương Đoàn"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG", "Ban Chấp hành Trung ương"),
    ("BỘ CHÍNH TRỊ", "Bộ Chính trị"),
    ("BAN BÍ THƯ", "Ban Bí thư"),
];

/// Centrally governed cities: a `thành phố` of province rank.
const CITIES: &[&str] = &[
    "HÀ NỘI",
    "HỒ CHÍ MINH",
    "HẢI PHÒNG",
    "ĐÀ NẴNG",
    "CẦN THƠ",
    "HUẾ",
];

/// Local levels, as printed after a committee's name, and their rank.
const LEVELS: &[(&str, &str, IssuerLevel)] = &[
    ("THÀNH PHỐ", "thành phố", IssuerLevel::District),
    ("THỊ TRẤN", "thị trấn", IssuerLevel::Commune),
    ("THỊ XÃ", "thị xã", IssuerLevel::District),
    ("TỈNH", "tỉnh", IssuerLevel::Province),
    ("HUYỆN", "huyện", IssuerLevel::District),
    ("QUẬN", "quận", IssuerLevel::District),
    ("XÃ", "xã", IssuerLevel::Commune),
    ("PHƯỜNG", "phường", IssuerLevel::Commune),
    ("ĐẶC KHU", "đặc khu", IssuerLevel::Commune),
];

/// The national motto's second line, in any case.
static MOTTO_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)độc\s*lập\s*[-–]\s*tự\s*do\s*[-–]\s*hạnh\s*phúc").expect("valid regex")
});

/// The words of the left column: the capitals of the header's lines that are mostly
/// capitals, up to the kind line, without the number line, the subject, the motto and the
/// Party's name (printed in the right column).
fn column(header: &Header) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut in_subject = false;
    let end = kind_at(header).map_or(header.lines.len(), |(k, _)| k);
    let begin = column_start(header, end);
    for (k, (_, line)) in header.lines[..end].iter().enumerate().skip(begin) {
        // The place and date close the header's columns; what stands before them on their
        // line (a flattened table row) still counts.
        let date_at = line.find("ngày").or_else(|| line.find("Ngày"));
        let line = &line[..date_at.unwrap_or(line.len())];
        let continued = header.continued.get(k).copied().unwrap_or(false);
        if line.contains("V/v") || (in_subject && continued) {
            in_subject = true;
            continue;
        }
        in_subject = false;
        let line = MOTTO_LINE.replace_all(line, " ");
        if line.trim().is_empty() {
            if date_at.is_some() {
                break;
            }
            continue;
        }
        let alphabetic = line
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        let upper: Vec<String> = line
            .split_whitespace()
            .filter(|w| {
                !w.chars().any(char::is_lowercase)
                    && (w.chars().any(char::is_alphabetic) || *w == "-")
                    && !w.chars().any(|c| c.is_ascii_digit() || c == '/')
            })
            .map(|w| match w.trim_matches(['-', '–']) {
                "" if w.chars().count() == 1 => w.to_string(),
                trimmed => trimmed.to_string(),
            })
            .filter(|w| !w.is_empty())
            .collect();
        if upper.is_empty() || upper.len() * 2 < alphabetic {
            continue;
        }
        words.extend(upper);
        if date_at.is_some() {
            break;
        }
    }
    let mut joined = tracuu_tokenizer::nfc(&join_letters(&words))
        .into_owned()
        .replace("HOÀ", "HÒA")
        .replace("UỶ", "ỦY");
    for m in MOTTO {
        joined = joined.replace(m, " ");
    }
    // The Youth Union's header prints its committee over two lines that a conversion may
    // interleave with a department's name: `BAN CHẤP HÀNH TRUNG ƯƠNG` … `ĐOÀN TNCS HỒ CHÍ MINH`.
    if joined.contains("ĐOÀN TNCS HỒ CHÍ MINH") && !joined.contains("TRUNG ƯƠNG ĐOÀN") {
        joined = joined
            .replace("ĐOÀN TNCS HỒ CHÍ MINH", " ")
            .replace("BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN");
    }
    collapse(&joined)
}

/// Whether the header prints the national motto or the Party's name.
pub(crate) fn has_motto(header: &Header) -> bool {
    let end = header.lines.len();
    column_start_at(header, end).is_some()
}

/// Where the left column starts: the lines in capitals just before the national motto (or
/// the Party's name), so that a page's furniture above the document does not count; the
/// whole header when no motto is printed.
fn column_start(header: &Header, end: usize) -> usize {
    column_start_at(header, end).unwrap_or(0)
}

/// The first line of the column before the motto, if a motto is printed.
fn column_start_at(header: &Header, end: usize) -> Option<usize> {
    let motto = |u: String| {
        u.contains("CỘNG HÒA XÃ") || u.contains("CỘNG HOÀ XÃ") || u.contains("ĐẢNG CỘNG SẢN")
    };
    // The motto on one line, else broken over two (`CỘNG` / `HÒA XÃ HỘI …`).
    let m = (0..end)
        .find(|&k| motto(header.lines[k].1.to_uppercase()))
        .or_else(|| {
            (0..end).find(|&k| {
                let next = header.lines.get(k + 1).map_or("", |(_, l)| l.as_str());
                motto(format!("{} {next}", header.lines[k].1).to_uppercase())
            })
        })?;
    let mut k = m;
    while k > 0 {
        let l = &header.lines[k - 1].1;
        let letters: Vec<char> = l.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.is_empty() || letters.iter().any(|c| c.is_lowercase()) {
            break;
        }
        k -= 1;
    }
    Some(k)
}

/// Joins the letters a conversion split off their word (`B Ộ` → `BỘ`, `X Ã HỘI` → `XÃ
/// HỘI`): a lone consonant is never a Vietnamese word.
fn join_letters(words: &[String]) -> String {
    let mut out = String::new();
    let mut glue = false;
    for w in words {
        if !out.is_empty() && !glue {
            out.push(' ');
        }
        out.push_str(w);
        let mut chars = w.chars();
        glue = matches!((chars.next(), chars.next()), (Some(c), None)
            if c.is_alphabetic()
                && tracuu_tokenizer::fold(&c.to_string())
                    .chars()
                    .all(|f| "bcdghklmnpqrstvx".contains(f)));
    }
    out
}

/// Splits the column into bodies at the words that start a body.
fn bodies(column: &str) -> Vec<String> {
    let words: Vec<&str> = column.split(' ').filter(|w| !w.is_empty()).collect();
    let mut out: Vec<Vec<&str>> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let start = STARTS.iter().find_map(|s| {
            let n = s.split(' ').count();
            (i + n <= words.len() && words[i..i + n].join(" ") == *s).then_some(n)
        });
        let fixed = FIXED.iter().find_map(|(s, _)| {
            let n = s.split(' ').count();
            (i + n <= words.len() && words[i..i + n].join(" ") == *s).then_some(n)
        });
        let found = start.max(fixed);
        match (found, out.last()) {
            (Some(n), last) if last.is_none_or(|l| l.len() > 1 || fixed.is_some()) => {
                out.push(words[i..i + n].to_vec());
                i += n;
            }
            (_, Some(_)) => {
                let take = found.unwrap_or(1);
                out.last_mut()
                    .expect("a body")
                    .extend_from_slice(&words[i..i + take]);
                i += take;
            }
            (_, None) => {
                out.push(vec![words[i]]);
                i += 1;
            }
        }
    }
    out.into_iter().map(|w| w.join(" ")).collect()
}

/// A body's name in its usual case: the kind of body capitalised, the proper part with its
/// first word capitalised (and the word after a comma, `và` or a dash): `Bộ Văn hóa, Thể thao
/// và Du lịch`, `Cục Hải quan`.
fn body_case(words: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut capital_next = true;
    for (k, w) in words.split(' ').enumerate() {
        let lower = w.to_lowercase();
        let keep_upper = w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !w.chars().any(|c| {
                "AĂÂEÊIOÔƠUƯYÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ"
                    .contains(c)
            });
        let word = if keep_upper {
            w.to_string()
        } else if capital_next || k == 0 {
            title_case(&lower)
        } else {
            lower.clone()
        };
        capital_next = matches!(lower.as_str(), "và" | "-" | "–")
            || w.ends_with(',')
            || (k == 0 && matches!(lower.as_str(), "bộ" | "cục" | "sở" | "vụ" | "ban" | "hội"))
            || (k == 1 && matches!(words.split(' ').next(), Some("TỔNG" | "CHI" | "VĂN")));
        out.push(word);
    }
    out.join(" ")
}

/// A place name in its usual case (`BẮC NINH` → `Bắc Ninh`).
fn place_case(words: &str) -> String {
    title_case(words)
}

/// A local level and place at the start of `rest` (`TỈNH BẮC NINH`).
fn level_place(rest: &str) -> Option<(&'static str, IssuerLevel, String)> {
    let (word, label, level) = LEVELS
        .iter()
        .find(|(w, _, _)| rest == *w || rest.starts_with(&format!("{w} ")))?;
    let place = rest[word.len()..].trim();
    if place.is_empty() {
        return None;
    }
    let level = if *word == "THÀNH PHỐ" && CITIES.contains(&place) {
        IssuerLevel::Province
    } else {
        *level
    };
    Some((label, level, place_case(place)))
}

/// One body as an [`Issuer`] (without parent).
fn issuer_of(body: &str) -> Issuer {
    if let Some((_, name)) = FIXED
        .iter()
        .find(|(w, _)| body == *w || body.starts_with(&format!("{w} ")))
    {
        return Issuer {
            name: (*name).to_string(),
            parent: None,
            level: Some(IssuerLevel::Central),
            place: None,
        };
    }
    for (prefix, short) in [
        ("ỦY BAN NHÂN DÂN", "UBND"),
        ("UỶ BAN NHÂN DÂN", "UBND"),
        ("UBND", "UBND"),
        ("HỘI ĐỒNG NHÂN DÂN", "HĐND"),
        ("HĐND", "HĐND"),
        ("THUẾ", "Thuế"),
        ("TỈNH ỦY", "Tỉnh ủy"),
        ("TỈNH UỶ", "Tỉnh ủy"),
        ("THÀNH ỦY", "Thành ủy"),
        ("THÀNH UỶ", "Thành ủy"),
        ("HUYỆN ỦY", "Huyện ủy"),
        ("HUYỆN UỶ", "Huyện ủy"),
        ("ĐẢNG ỦY", "Đảng ủy"),
        ("ĐẢNG UỶ", "Đảng ủy"),
        ("TỈNH ĐOÀN", "Tỉnh đoàn"),
        ("THÀNH ĐOÀN", "Thành đoàn"),
        ("HUYỆN ĐOÀN", "Huyện đoàn"),
    ] {
        let Some(rest) = body.strip_prefix(prefix) else {
            continue;
        };
        let rest = rest.trim();
        if let Some((label, level, place)) = level_place(rest) {
            return Issuer {
                name: format!("{short} {label} {place}"),
                parent: None,
                level: Some(level),
                place: Some(place),
            };
        }
        if (short.ends_with("ủy") || short.ends_with("đoàn")) && !rest.is_empty() {
            // `TỈNH ỦY NGHỆ AN`, `TỈNH ĐOÀN NGHỆ AN`: the level is in the body's name.
            let level = match short {
                "Tỉnh ủy" | "Thành ủy" | "Tỉnh đoàn" | "Thành đoàn" => {
                    IssuerLevel::Province
                }
                "Huyện ủy" | "Huyện đoàn" => IssuerLevel::District,
                _ => IssuerLevel::Commune,
            };
            let place = place_case(rest);
            return Issuer {
                name: format!("{short} {place}"),
                parent: None,
                level: Some(level),
                place: Some(place),
            };
        }
    }
    // A body whose name ends with its place: `SỞ NỘI VỤ TỈNH NGHỆ AN`.
    let words: Vec<&str> = body.split(' ').collect();
    for k in 1..words.len() {
        let tail = words[k..].join(" ");
        if let Some((label, level, place)) = level_place(&tail) {
            return Issuer {
                name: format!("{} {label} {place}", body_case(&words[..k].join(" "))),
                parent: None,
                level: Some(level),
                place: Some(place),
            };
        }
    }
    Issuer {
        name: body_case(body),
        parent: None,
        level: None,
        place: None,
    }
}

/// A committee's standing organ that signs for it (`TM. BAN BÍ THƯ`, `TL. BAN BÍ THƯ` under a header
/// `BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN`) is the issuer: `Ban Bí thư Trung ương Đoàn`.
pub(crate) fn standing_organ(issuer: &mut Issuer, role: &str) {
    let Some(of) = issuer.name.strip_prefix("Ban Chấp hành ") else {
        return;
    };
    let role = role.to_uppercase();
    for (organ, name) in [
        ("BAN BÍ THƯ", "Ban Bí thư"),
        ("BAN THƯỜNG VỤ", "Ban Thường vụ"),
    ] {
        let signs_for = ["TM. ", "T/M ", "TL. ", "T/L ", ""]
            .iter()
            .any(|p| role.starts_with(&format!("{p}{organ}")));
        if signs_for {
            let full = format!("{name} {of}");
            issuer.parent = Some(std::mem::replace(&mut issuer.name, full));
            return;
        }
    }
}

/// The issuing body the header names, with its parent, level and place.
pub(crate) fn from_header(header: &Header) -> Option<Issuer> {
    let col = column(header);
    let bodies = bodies(&col);
    let last = bodies.last()?;
    let mut issuer = issuer_of(last);
    // A label (`Số:`) read where the column's capitals were lost is no body.
    if issuer.name.chars().count() < 3 || issuer.name.contains(':') {
        return None;
    }
    if let Some(parent) = bodies.len().checked_sub(2).map(|i| issuer_of(&bodies[i])) {
        if issuer.place.is_none() && parent.place.is_some() && parent.name.starts_with("UBND") {
            // `UBND TỈNH NGHỆ AN` / `SỞ NỘI VỤ`: the department of that province.
            let place = parent.place.clone().expect("a place");
            let label = parent
                .name
                .strip_prefix("UBND ")
                .unwrap_or(&parent.name)
                .to_string();
            issuer.name = format!("{} {label}", issuer.name);
            issuer.level = parent.level;
            issuer.place = Some(place);
        }
        if issuer.level.is_none() {
            issuer.level = parent.level;
        }
        if let Some(of) = parent.name.strip_prefix("Ban Chấp hành ")
            && issuer.name.starts_with("Ban ")
            && !issuer.name.contains(of)
        {
            // `BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN` / `BAN TUYÊN GIÁO`: a department of that committee.
            issuer.name = format!("{} {of}", issuer.name);
        }
        if issuer.level == Some(IssuerLevel::District)
            && parent.level == Some(IssuerLevel::District)
        {
            issuer.level = Some(IssuerLevel::District);
        }
        issuer.parent = Some(parent.name);
    } else if issuer.level.is_none() && issuer.name.starts_with("Bộ ") {
        issuer.level = Some(IssuerLevel::Central);
    }
    if issuer.level == Some(IssuerLevel::District)
        && issuer.parent.is_none()
        && issuer.name.contains("thành phố")
    {
        // A city with no province above it in the header: a centrally governed one is
        // listed in CITIES; another stays a district-level city.
    }
    Some(issuer)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(lines: &[&str]) -> Header {
        Header {
            lines: lines.iter().map(|l| (0, l.to_string())).collect(),
            continued: vec![false; lines.len()],
            flat: lines.join(" "),
        }
    }

    #[test]
    fn committees_ministries_and_departments() {
        let i = from_header(&header(&[
            "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "TỈNH HÒA BÌNH Độc lập - Tự do - Hạnh phúc",
            "Số: 12/QĐ-UBND",
        ]))
        .unwrap();
        assert_eq!(i.name, "UBND tỉnh Hòa Bình");
        assert_eq!(i.level, Some(IssuerLevel::Province));
        assert_eq!(i.place.as_deref(), Some("Hòa Bình"));

        let i = from_header(&header(&["BỘ TÀI CHÍNH", "CỤC HẢI QUAN", "Số: 5/CHQ-GSQL"])).unwrap();
        assert_eq!(i.name, "Cục Hải quan");
        assert_eq!(i.parent.as_deref(), Some("Bộ Tài chính"));

        let i = from_header(&header(&[
            "UBND TỈNH LẠNG SƠN",
            "SỞ NỘI VỤ",
            "Số: 5/SNV-TCBC",
        ]))
        .unwrap();
        assert_eq!(i.name, "Sở Nội vụ tỉnh Lạng Sơn");

        let i = from_header(&header(&[
            "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
            "Số: 5/QĐ-BVHTTDL",
        ]))
        .unwrap();
        assert_eq!(i.name, "Bộ Văn hóa, Thể thao và Du lịch");

        let i = from_header(&header(&["THỦ TƯỚNG CHÍNH PHỦ", "Số: 5/CĐ-TTg"])).unwrap();
        assert_eq!(i.name, "Thủ tướng Chính phủ");

        let i = from_header(&header(&[
            "HỘI ĐỒNG NHÂN DÂN",
            "THÀNH PHỐ HÀ NỘI",
            "Số: 5/2025/NQ-HĐND",
        ]))
        .unwrap();
        assert_eq!(i.name, "HĐND thành phố Hà Nội");
        assert_eq!(i.level, Some(IssuerLevel::Province));
    }

    #[test]
    fn party_and_youth_union() {
        let i = from_header(&header(&[
            "BAN CHẤP HÀNH TRUNG ƯƠNG",
            "ĐOÀN TNCS HỒ CHÍ MINH",
            "Số: 5-KH/TWĐTN",
        ]))
        .unwrap();
        assert_eq!(i.name, "Ban Chấp hành Trung ương Đoàn");
        let i = from_header(&header(&[
            "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM",
            "Số 5-NQ/TW Hà Nội, ngày 1 tháng 2 năm 2025",
        ]))
        .unwrap();
        assert_eq!(i.name, "Ban Chấp hành Trung ương");
        let i = from_header(&header(&[
            "TỈNH ĐOÀN QUẢNG TRỊ\tĐOÀN TNCS HỒ CHÍ MINH",
            "***",
            "Số: 41-KH/TĐTN-VP",
        ]))
        .unwrap();
        assert_eq!(i.name, "Tỉnh đoàn Quảng Trị");
        assert_eq!(i.level, Some(IssuerLevel::Province));
        assert_eq!(i.place.as_deref(), Some("Quảng Trị"));
    }
}
