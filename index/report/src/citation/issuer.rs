//! Who issued a cited document, told by the text around it, in one canonical spelling.
//!
//! `Ủy ban nhân dân tỉnh Trà Vinh` and `UBND tỉnh Trà Vinh` both become `UBND tỉnh Trà Vinh`;
//! a level without a name (`UBND huyện`, `Chủ tịch UBND tỉnh`) takes the name of the
//! reporting unit, its parent or its province when the level matches; a self-issue
//! (`UBND xã đã ban hành …`) becomes `UBND xã <reporting unit>`.

use super::super::unit::{LEVEL, NAME, clean_name, parse_level};
use super::super::{Unit, UnitLevel};
use regex::Captures;

/// What the parser knows of the report when it reads a citation.
#[derive(Debug, Clone, Default)]
pub(crate) struct Context {
    /// The reporting unit.
    pub unit: Option<Unit>,
    /// Its parent.
    pub parent: Option<Unit>,
    /// The province.
    pub province: Option<String>,
    /// The report's own number, never a citation.
    pub own_number: Option<String>,
    /// Whether line breaks are soft (PDF text).
    pub wrapped: bool,
}

impl Context {
    /// The name of the unit at `level` that the report is about: the unit, its parent or
    /// the province.
    fn name_at(&self, level: UnitLevel) -> Option<&str> {
        [&self.unit, &self.parent]
            .into_iter()
            .flatten()
            .find(|u| u.level == level)
            .map(|u| u.name.as_str())
            .or_else(|| {
                // A centrally-run city is the `thành phố` of its own documents.
                let city = |p: &&str| CITIES.contains(p);
                let province = self.province.as_deref();
                match level {
                    UnitLevel::Tinh => province,
                    UnitLevel::ThanhPho => province.filter(city),
                    _ => None,
                }
            })
    }

    /// A Party committee below the province named by the document's units: `Đảng ủy` of a
    /// commune's document is `Đảng ủy xã Lục Bình`, `Huyện ủy` takes the district's name.
    pub fn local_committee(&self, body: &str) -> Option<String> {
        match body {
            "Đảng ủy" => self
                .unit
                .as_ref()
                .map(|u| format!("{body} {}", u.display())),
            "Huyện ủy" => self
                .name_at(UnitLevel::Huyen)
                .map(|n| format!("{body} {n}")),
            _ => None,
        }
    }

    /// The reporting unit's People's Committee, `UBND xã Lục Bình`.
    pub fn self_issuer(&self) -> Option<String> {
        self.unit.as_ref().map(|u| format!("UBND {}", u.display()))
    }
}

/// The centrally-run cities, as the context names their province.
const CITIES: &[&str] = &[
    "Hà Nội",
    "Hồ Chí Minh",
    "Hải Phòng",
    "Đà Nẵng",
    "Cần Thơ",
    "Huế",
];

/// Regex of an issuer phrase, with named groups read by [`Issuer::from_captures`]; use with `(?i)`.
pub(crate) fn pattern() -> String {
    format!(
        concat!(
            r"(?P<chair>(?:phó\s+)?chủ\s+tịch\s+)?(?:(?P<ubnd>ubnd|(?:ủy|uỷ)\s+ban\s+nhân\s+dân)|(?P<hdnd>(?P<board>ban\s+(?:pháp\s+chế|kinh\s+tế\s*-\s*ngân\s+sách|văn\s+hóa\s*-\s*xã\s+hội|dân\s+tộc|đô\s+thị|kinh\s+tế)\s+)?(?:hđnd|hội\s+đồng\s+nhân\s+dân))",
            r"|(?P<body>{bodies})",
            r"|(?P<pm>thủ\s+tướng\s+chính\s+phủ)|(?P<office>văn\s+phòng\s+chính\s+phủ)|(?P<gov>chính\s+phủ)|(?P<qh>quốc\s+hội)",
            r"|(?P<party>(?:ban\s+thường\s+vụ\s+|ban\s+chấp\s+hành\s+|thường\s+trực\s+)?(?:tỉnh|huyện|thị|thành|đảng)\s+(?:ủy|uỷ))",
            r"|(?P<dept>(?:bộ|sở|phòng)\s+(?:tư\s+pháp|nội\s+vụ|tài\s+chính|kế\s+hoạch\s+và\s+đầu\s+tư|thông\s+tin\s+và\s+truyền\s+thông",
            r"|y\s+tế|giáo\s+dục\s+và\s+đào\s+tạo|tài\s+nguyên\s+và\s+môi\s+trường|xây\s+dựng|công\s+an|công\s+thương",
            r"|văn\s+hóa[^\n;.]{{0,30}}?du\s+lịch|văn\s+hóa\s+và\s+thông\s+tin|lao\s+động\s*-\s*thương\s+binh\s+và\s+xã\s+hội",
            r"|nông\s+nghiệp\s+và\s+phát\s+triển\s+nông\s+thôn|giao\s+thông\s+vận\s+tải|khoa\s+học\s+và\s+công\s+nghệ",
            r"|nông\s+nghiệp\s+và\s+môi\s+trường|quốc\s+phòng|ngoại\s+giao|dân\s+tộc\s+và\s+tôn\s+giáo|ngoại\s+vụ)))",
            r"(?:\s+(?P<level>{level})(?: +(?P<name>{name}))?)?\b"
        ),
        level = LEVEL,
        name = NAME,
        bodies = bodies_pattern(),
    )
}

/// Bodies named in full, lower case, and their canonical spelling; longer names first where
/// one begins another.
const BODIES: &[(&str, &str)] = &[
    ("ủy ban thường vụ quốc hội", "Ủy ban Thường vụ Quốc hội"),
    ("ủy ban pháp luật và tư pháp", "Ủy ban Pháp luật và Tư pháp"),
    ("bộ chính trị", "Bộ Chính trị"),
    ("ban bí thư trung ương đoàn", "Ban Bí thư Trung ương Đoàn"),
    ("ban bí thư", "Ban Bí thư"),
    (
        "ban chấp hành trung ương đoàn",
        "Ban Chấp hành Trung ương Đoàn",
    ),
    (
        "ban thường vụ trung ương đoàn",
        "Ban Thường vụ Trung ương Đoàn",
    ),
    ("ban chấp hành trung ương đảng", "Ban Chấp hành Trung ương"),
    ("ban chấp hành trung ương", "Ban Chấp hành Trung ương"),
    ("trung ương đoàn", "Trung ương Đoàn"),
    ("ban tổ chức trung ương", "Ban Tổ chức Trung ương"),
    ("ban tuyên giáo trung ương", "Ban Tuyên giáo Trung ương"),
    ("ban dân vận trung ương", "Ban Dân vận Trung ương"),
    ("ban kinh tế trung ương", "Ban Kinh tế Trung ương"),
    ("ban nội chính trung ương", "Ban Nội chính Trung ương"),
    ("ủy ban kiểm tra trung ương", "Ủy ban Kiểm tra Trung ương"),
    ("văn phòng trung ương đảng", "Văn phòng Trung ương Đảng"),
    ("ngân hàng nhà nước việt nam", "Ngân hàng Nhà nước Việt Nam"),
    ("ngân hàng nhà nước", "Ngân hàng Nhà nước Việt Nam"),
    ("thanh tra chính phủ", "Thanh tra Chính phủ"),
    ("kiểm toán nhà nước", "Kiểm toán nhà nước"),
    ("bảo hiểm xã hội việt nam", "Bảo hiểm xã hội Việt Nam"),
];

/// [`BODIES`] as regex alternatives, any spacing.
fn bodies_pattern() -> String {
    BODIES
        .iter()
        .map(|(b, _)| {
            b.replace("ủy", "(?:ủy|uỷ)")
                .replace("trung ương", "(?:trung ương|tw|t\\.ư)")
                .replace(' ', r"\s+")
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// The canonical spelling of a body of [`BODIES`] as written.
fn body_name(raw: &str) -> Option<&'static str> {
    let lower = super::super::text::collapse(&raw.to_lowercase())
        .replace("uỷ", "ủy")
        .replace(" tw", " trung ương")
        .replace(" t.ư", " trung ương");
    BODIES.iter().find(|(b, _)| *b == lower).map(|(_, n)| *n)
}

/// [`pattern`] for where the issuer is always followed by whitespace: every `\b` in it stands
/// between a letter or digit and that whitespace, where it always holds, so it is left out.
/// Without a Unicode word boundary a regex can run as a DFA (in reverse, when it is anchored
/// at the end).
pub(crate) fn pattern_before_whitespace() -> String {
    pattern().replace(r"\b", "")
}

/// The body that issues: which kind, before its unit.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Body {
    Ubnd,
    Hdnd,
    /// A board of a People's Council (`Ban Pháp chế`).
    Board(String),
    Fixed(&'static str),
    Party(String),
    Dept(String),
}

/// An issuer phrase read from the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Issuer {
    chair: Option<&'static str>,
    body: Body,
    level: Option<UnitLevel>,
    name: Option<String>,
}

impl Issuer {
    /// Reads the groups of [`pattern`].
    pub fn from_captures(c: &Captures<'_>) -> Option<Issuer> {
        let chair = c.name("chair").map(|m| {
            if m.as_str().to_lowercase().starts_with("phó") {
                "Phó Chủ tịch "
            } else {
                "Chủ tịch "
            }
        });
        let body = if c.name("ubnd").is_some() {
            Body::Ubnd
        } else if c.name("hdnd").is_some() {
            match c.name("board") {
                Some(b) => Body::Board(board_name(b.as_str())),
                None => Body::Hdnd,
            }
        } else if let Some(m) = c.name("body") {
            Body::Fixed(body_name(m.as_str())?)
        } else if c.name("pm").is_some() {
            Body::Fixed("Thủ tướng Chính phủ")
        } else if c.name("office").is_some() {
            Body::Fixed("Văn phòng Chính phủ")
        } else if c.name("gov").is_some() {
            Body::Fixed("Chính phủ")
        } else if c.name("qh").is_some() {
            Body::Fixed("Quốc hội")
        } else if let Some(m) = c.name("party") {
            Body::Party(party_name(m.as_str()))
        } else {
            Body::Dept(dept_name(c.name("dept")?.as_str()))
        };
        let level = c.name("level").and_then(|m| parse_level(m.as_str()));
        let name = c.name("name").and_then(|m| clean_name(m.as_str()));
        Some(Issuer {
            chair,
            body,
            level,
            name,
        })
    }

    /// Whether the phrase names only `UBND`/`Ủy ban nhân dân`, no level: in a report, the
    /// reporting unit itself.
    pub fn is_bare_committee(&self) -> bool {
        self.body == Body::Ubnd && self.level.is_none() && self.chair.is_none()
    }

    /// Whether the phrase names a level without its name (`Ủy ban nhân dân tỉnh`).
    pub fn lacks_name(&self) -> bool {
        self.level.is_some() && self.name.is_none()
    }

    /// The canonical issuer string, completing a missing name from the context;
    /// `None` when the phrase says too little (`UBND` alone).
    pub fn render(&self, ctx: &Context) -> Option<String> {
        let base = match &self.body {
            Body::Fixed(s) => return Some(format!("{}{s}", self.chair.unwrap_or(""))),
            Body::Ubnd => "UBND".to_string(),
            Body::Hdnd => "HĐND".to_string(),
            Body::Board(b) => format!("{b} HĐND"),
            Body::Party(p) => {
                // `Tỉnh ủy` names the province's Party committee.
                if (p.ends_with("Tỉnh ủy") || p.ends_with("Thành ủy")) && self.level.is_none()
                {
                    return Some(match ctx.province.as_deref() {
                        Some(prov) => format!("{p} {prov}"),
                        None => p.clone(),
                    });
                }
                if self.level.is_none() {
                    return Some(p.clone());
                }
                p.clone()
            }
            Body::Dept(d) => {
                if self.level.is_none() {
                    if d.starts_with("Sở ") {
                        return Some(super::grammar::in_province(d, ctx.province.as_deref()));
                    }
                    return Some(d.clone());
                }
                d.clone()
            }
        };
        let level = self.level?;
        // A province's name runs on into the next word (`tỉnh Bình Phước Thành lập …`).
        // Or it is broken at a line end (`tỉnh Thừa` + line break + `Thiên Huế`).
        let name = self.name.as_deref().map(|n| match level {
            UnitLevel::Tinh | UnitLevel::ThanhPho => super::registry::province_prefix(n)
                .or_else(|| super::registry::complete_province(n, ctx.province.as_deref()))
                .unwrap_or(n),
            _ => n,
        });
        let name = name
            .or_else(|| ctx.name_at(level))
            .map(|n| format!(" {n}"))
            .unwrap_or_default();
        Some(format!(
            "{}{base} {}{name}",
            self.chair.unwrap_or(""),
            level.label()
        ))
    }
}

/// `ban  pháp chế` → `Ban Pháp chế`, `ban kinh tế - ngân sách` → `Ban Kinh tế - Ngân sách`.
fn board_name(raw: &str) -> String {
    let lower = super::super::text::collapse(&raw.to_lowercase());
    let lower = lower.trim().replace(" - ", "-").replace('-', " - ");
    let mut out = String::new();
    for (i, w) in lower.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        // `Ban`, the first word of the name and the word after a dash are capitalised.
        let cap = i <= 1 || out.ends_with("- ");
        let mut chars = w.chars();
        if cap && let Some(f) = chars.next() {
            out.extend(f.to_uppercase());
            out.push_str(chars.as_str());
        } else {
            out.push_str(w);
        }
    }
    out
}

fn party_name(raw: &str) -> String {
    let lower = super::super::text::collapse(&raw.to_lowercase()).replace("uỷ", "ủy");
    let (prefix, body) = [
        ("ban thường vụ ", "Ban Thường vụ "),
        ("ban chấp hành ", "Ban Chấp hành "),
        ("thường trực ", "Thường trực "),
    ]
    .iter()
    .find_map(|(p, canon)| lower.strip_prefix(p).map(|rest| (*canon, rest.to_string())))
    .unwrap_or(("", lower.clone()));
    let body = match body.as_str() {
        "tỉnh ủy" | "tỉnh uy" => "Tỉnh ủy",
        "huyện ủy" | "huyện uy" => "Huyện ủy",
        "thị ủy" | "thị uy" => "Thị ủy",
        "thành ủy" | "thành uy" => "Thành ủy",
        _ => "Đảng ủy",
    };
    format!("{prefix}{body}")
}

fn dept_name(raw: &str) -> String {
    let collapsed = super::super::text::collapse(raw);
    let mut words = collapsed.split(' ');
    let kind = match words.next().map(str::to_lowercase).as_deref() {
        Some("bộ") => "Bộ",
        Some("sở") => "Sở",
        _ => "Phòng",
    };
    let rest: Vec<&str> = words.collect();
    let rest = rest.join(" ");
    let mut chars = rest.chars();
    let first: String = chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .collect();
    format!("{kind} {first}{}", chars.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    fn render(phrase: &str, ctx: &Context) -> Option<String> {
        let re = Regex::new(&format!("(?i)^{}", pattern())).unwrap();
        let c = re.captures(phrase)?;
        Issuer::from_captures(&c)?.render(ctx)
    }

    fn ctx() -> Context {
        Context {
            unit: Some(Unit {
                level: UnitLevel::Xa,
                name: "Tân Phú".into(),
            }),
            parent: Some(Unit {
                level: UnitLevel::Huyen,
                name: "Đồng Xuân".into(),
            }),
            province: Some("Phú Yên".into()),
            ..Context::default()
        }
    }

    #[test]
    fn two_spellings_one_issuer() {
        let none = Context::default();
        assert_eq!(
            render("Ủy ban nhân dân tỉnh Trà Vinh", &none).as_deref(),
            Some("UBND tỉnh Trà Vinh")
        );
        assert_eq!(
            render("UBND tỉnh Trà Vinh về", &none).as_deref(),
            Some("UBND tỉnh Trà Vinh")
        );
        assert_eq!(
            render("UBND \n\nhuyện Hoằng Hóa", &none).as_deref(),
            Some("UBND huyện Hoằng Hóa")
        );
    }

    #[test]
    fn fixed_bodies() {
        let none = Context::default();
        assert_eq!(
            render("Thủ tướng Chính \n\nphủ", &none).as_deref(),
            Some("Thủ tướng Chính phủ")
        );
        assert_eq!(render("Chính phủ", &none).as_deref(), Some("Chính phủ"));
        assert_eq!(
            render("Sở Tư pháp về việc", &none).as_deref(),
            Some("Sở Tư pháp")
        );
        assert_eq!(render("Bộ Tư pháp.", &none).as_deref(), Some("Bộ Tư pháp"));
    }

    #[test]
    fn central_bodies_and_councils_boards() {
        let c = ctx();
        assert_eq!(
            render("Ban Bí thư TW Đoàn TNCS", &c).as_deref(),
            Some("Ban Bí thư Trung ương Đoàn")
        );
        assert_eq!(render("Bộ Chính trị", &c).as_deref(), Some("Bộ Chính trị"));
        assert_eq!(
            render("Ban Pháp chế\nHội đồng nhân dân tỉnh;", &c).as_deref(),
            Some("Ban Pháp chế HĐND tỉnh Phú Yên")
        );
        assert_eq!(
            render("Ủy ban nhân dân tỉnh Thừa\nThiên Huế", &c).as_deref(),
            Some("UBND tỉnh Thừa Thiên Huế")
        );
        assert_eq!(
            render("Sở Y tế về", &c).as_deref(),
            Some("Sở Y tế tỉnh Phú Yên")
        );
    }

    #[test]
    fn missing_names_come_from_the_report() {
        let c = ctx();
        assert_eq!(
            render("Chủ tịch UBND tỉnh", &c).as_deref(),
            Some("Chủ tịch UBND tỉnh Phú Yên")
        );
        assert_eq!(
            render("UBND huyện", &c).as_deref(),
            Some("UBND huyện Đồng Xuân")
        );
        assert_eq!(
            render("Đảng ủy xã", &c).as_deref(),
            Some("Đảng ủy xã Tân Phú")
        );
        assert_eq!(
            render("Ban Thường vụ Tỉnh ủy", &c).as_deref(),
            Some("Ban Thường vụ Tỉnh ủy Phú Yên")
        );
        assert_eq!(
            render("Chủ tịch UBND tỉnh", &Context::default()).as_deref(),
            Some("Chủ tịch UBND tỉnh")
        );
        assert_eq!(
            render("Hội đồng nhân dân tỉnh Hưng Yên", &c).as_deref(),
            Some("HĐND tỉnh Hưng Yên")
        );
        // `V/v` after the level is the subject, not a place.
        assert_eq!(
            render("Chủ tịch UBND tỉnh V/v công bố", &c).as_deref(),
            Some("Chủ tịch UBND tỉnh Phú Yên")
        );
        // In a centrally-run city's own document, `thành phố` is the city.
        let city = Context {
            province: Some("Cần Thơ".into()),
            ..Context::default()
        };
        assert_eq!(
            render("Chủ tịch UBND thành phố", &city).as_deref(),
            Some("Chủ tịch UBND thành phố Cần Thơ")
        );
        assert_eq!(
            render("UBND thành phố", &c).as_deref(),
            Some("UBND thành phố")
        );
    }

    #[test]
    fn bare_committee_says_too_little() {
        assert_eq!(render("UBND về", &ctx()), None);
        assert_eq!(
            render("UBND xã Căn cứ", &Context::default()).as_deref(),
            Some("UBND xã")
        );
    }
}
