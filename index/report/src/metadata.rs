//! Facts about the report itself: unit, parent, province, number, date, period, title, signer.
//!
//! Each fact is read from the place reports put it (the header, the basis sentence, the
//! closing sentence, an appendix caption); a fact the text does not give stays `None`.

use super::date::{first_date, iso, year_of};
use super::period;
use super::text::{Line, clean, collapse, floor_boundary, is_upper, near, title_case};
use super::unit::{LEVEL, NAME, clean_name, tier, unit};
use super::{Issuer, IssuerLevel, Metadata, Signer, Unit};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

mod header;
mod issuer;
mod signer;

use header::Header;

/// Where the parts of the report lie, found by the section parser.
#[derive(Debug, Clone)]
pub(crate) struct Regions {
    /// Before the first numbered heading: header, title, basis.
    pub preamble: Range<usize>,
    /// From `Trên đây …` / `Nơi nhận` to the appendices.
    pub closing: Range<usize>,
    /// The appendices.
    pub appendix: Range<usize>,
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("valid regex")
}

/// The report's own number in an appendix caption.
static CAPTION_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)kèm\s+theo\s+báo\s+cáo\s+số\s*:?[ \t]*(?P<rest>[^\n]{0,40})"));
/// The place and date line: `Bắc Sơn, ngày 15 tháng 6 năm 2024`, day maybe blank.
static PLACE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i),\s*ngày\s+(?:(?P<d>\d{1,2})\s+)?tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})\b")
});
/// An appendix caption's date: `Kèm theo Báo cáo số … ngày 01/9/2021`.
static CAPTION_DATE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)kèm\s+theo\s+báo\s+cáo[^\n]{0,60}?(?P<date>ngày[^\n]{0,30})"));
/// The unit in capitals under `ỦY BAN NHÂN DÂN`: `PHƯỜNG HƯƠNG XUÂN`.
static HEADER_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?m)^[ \t*]*(?P<level>XÃ|PHƯỜNG|THỊ TRẤN|THỊ XÃ|HUYỆN|QUẬN|THÀNH PHỐ)[ \t]+(?P<name>\p{Lu}+\b(?:[ \t]+\p{Lu}+\b){0,3})",
    )
});
/// The committee reporting: `UBND xã Bắc Sơn báo cáo`.
static REPORTING: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^(?:UBND|(?:ủy|uỷ)\s+ban\s+nhân\s+dân)\s+(?P<level>{LEVEL}) +(?P<name>{NAME})\s+(?:xin\s+)?báo\s+cáo"
    ))
});
/// The closing sentence: `Trên đây là báo cáo … của UBND xã Lục Bình`.
static CLOSING_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?is)trên\s+đây.{{0,300}}?của\s+(?:UBND|(?:ủy|uỷ)\s+ban\s+nhân\s+dân)\s+(?P<level>{LEVEL}) +(?P<name>{NAME})"
    ))
});
/// The appendix caption: `Kèm theo Báo cáo số … của Ủy ban nhân dân thị xã Duyên Hải`.
static CAPTION_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^kèm\s+theo\s+báo\s+cáo[^\n]{{0,80}}?của\s+(?:UBND|(?:ủy|uỷ)\s+ban\s+nhân\s+dân)\s+(?P<level>{LEVEL}) +(?P<name>{NAME})"
    ))
});
/// A unit named as a body: `UBND huyện Ân Thi`, `Phòng Nội vụ thị xã Hương Trà`.
static BODY_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^(?:UBND|(?:ủy|uỷ)\s+ban\s+nhân\s+dân|HĐND|hội\s+đồng\s+nhân\s+dân|phòng\s+nội\s+vụ|sở\s+nội\s+vụ)\s+(?P<level>{LEVEL}) +(?P<name>{NAME})"
    ))
});
/// A province named anywhere: `tỉnh Trà Vinh`.
static PROVINCE: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"^tỉnh +(?P<name>{NAME})")));
/// Where a committee is named (anchor for [`REPORTING`] and [`BODY_UNIT`]).
static COMMITTEE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)ubnd|ủy\s+ban\s+nhân|uỷ\s+ban\s+nhân|hđnd|hội\s+đồng\s+nhân|phòng\s+nội\s+vụ|sở\s+nội\s+vụ",
    )
});
/// Where a province may be named.
static TINH: LazyLock<Regex> = LazyLock::new(|| re("tỉnh "));
/// Where an appendix caption is.
static KEM_THEO: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)kèm\s+theo"));

/// The signer's role lines.
static ROLE: LazyLock<Regex> =
    LazyLock::new(|| re(r"TM\.\s*(?:ỦY|UỶ) BAN NHÂN DÂN|KT\.\s*CHỦ TỊCH|PHÓ CHỦ TỊCH|CHỦ TỊCH"));
/// A personal name: two to five capitalised syllables.
static PERSON: LazyLock<Regex> = LazyLock::new(|| re(r"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$"));

/// Vietnamese family names, to tell a signer's name from other capitalised words.
pub(crate) const SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Lương", "Cao", "Đinh", "Trương", "Lâm", "Mai", "Đào", "Tô", "Hà",
    "Tạ", "Châu", "Thái", "Lưu", "Quách", "Từ", "Kiều", "Triệu", "La", "Đoàn", "Trịnh", "Chu",
    "Tăng", "Lại", "Vương", "Thân", "Giang", "Hứa", "Mạc", "Lục", "Nông", "Lò", "Sầm", "Văn",
    "Doãn", "Khổng", "Âu", "Diệp", "Phùng", "Tống", "Kim", "Ninh", "Lã", "Vi", "Hầu",
];

/// Reads the metadata of a report, given the regions the section parser found.
pub(crate) fn read(text: &str, lines: &[Line], regions: &Regions) -> Metadata {
    let preamble = &text[regions.preamble.clone()];
    let closing = &text[regions.closing.clone()];
    let appendix = &text[regions.appendix.clone()];
    let head = &text[..floor_boundary(text, 3000)];

    let unit = reporting_unit(head, text, closing, appendix);
    let parent = unit
        .as_ref()
        .and_then(|u| parent_unit(u, preamble, closing, text));
    let province = match (&unit, &parent) {
        (Some(u), _) if u.level == super::UnitLevel::Tinh => Some(u.name.clone()),
        (_, Some(p)) if p.level == super::UnitLevel::Tinh => Some(p.name.clone()),
        _ => only_one(
            near(&PROVINCE, &TINH, &text[..regions.appendix.start], 0, 60)
                .into_iter()
                .filter_map(|(_, c)| clean_name(&c["name"])),
        ),
    };

    let header = Header::read(text, lines, regions.appendix.start);
    let kind_line = header::kind_at(&header);
    let kind_at = kind_line.map(|(k, _)| k);
    let before_kind = match kind_at {
        Some(k) => header.lines[..k]
            .iter()
            .map(|(_, l)| l.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        None => header.flat.clone(),
    };
    let number = match header::number(&before_kind) {
        Some(found) => found,
        None => own_number(appendix),
    };
    // The date stands before the kind line; after it, a date is the title's.
    let date = header::date(&before_kind)
        .or_else(|| {
            kind_at
                .is_none()
                .then(|| header::date(&header.flat))
                .flatten()
        })
        .or_else(|| header::attached_date(&header.flat))
        .or_else(|| report_date(head, appendix));
    let subject = header::subject(&header);
    let kind = document_kind(
        number.as_deref(),
        kind_line.map(|(_, kind)| kind),
        subject.is_some(),
    );
    let title = title(text, lines, regions.preamble.end).or(subject);
    // A text with no number line, no kind line and no motto (an article, a page of
    // questions) has no header to read an issuer from.
    let has_header =
        header::number(&before_kind).is_some() || kind_at.is_some() || issuer::has_motto(&header);
    let issuer = has_header.then(|| issuer::from_header(&header)).flatten();
    let mut period = title.as_deref().and_then(period::from_title);
    if period.is_none() {
        period = period::find(preamble).or_else(|| period::find(closing));
    }
    if let Some(p) = period.as_mut()
        && p.year.is_none()
    {
        p.year = period::year_elsewhere(p, &[preamble, closing, text]);
    }
    let signer = signer::block(text, lines, regions.closing.start, regions.appendix.start)
        .or_else(|| signer::block(text, lines, 0, text.len()))
        .or_else(|| signer(closing));
    let mut issuer =
        issuer.or_else(|| committee_of(unit.as_ref(), number.as_deref(), signer.as_ref()));
    if let (Some(i), Some(role)) = (
        issuer.as_mut(),
        signer.as_ref().and_then(|s| s.role.as_deref()),
    ) {
        issuer::standing_organ(i, role);
    }
    Metadata {
        unit,
        parent,
        province,
        number,
        year: date.as_deref().and_then(year_of),
        date,
        period,
        title,
        signer,
        kind: kind.map(str::to_string),
        issuer,
    }
}

/// A report whose header lost its left column: the People's Committee of the reporting unit,
/// when the number's code (`36/BC-UBND`) or the signer's role (`TM. ỦY BAN NHÂN DÂN`) says
/// the committee issued it.
fn committee_of(
    unit: Option<&Unit>,
    number: Option<&str>,
    signer: Option<&Signer>,
) -> Option<Issuer> {
    let unit = unit?;
    let by_code = number.is_some_and(|n| n.ends_with("-UBND"));
    let by_role = signer
        .and_then(|s| s.role.as_deref())
        .is_some_and(|r| r.contains("ỦY BAN NHÂN DÂN") || r.contains("UỶ BAN NHÂN DÂN"));
    if !(by_code || by_role) {
        return None;
    }
    let level = match tier(unit.level) {
        0 => IssuerLevel::Commune,
        1 => IssuerLevel::District,
        _ => IssuerLevel::Province,
    };
    Some(Issuer {
        name: format!("UBND {}", unit.display()),
        parent: None,
        level: Some(level),
        place: Some(unit.name.clone()),
    })
}

/// The one distinct value an iterator yields, `None` if none or several.
fn only_one(values: impl Iterator<Item = String>) -> Option<String> {
    let mut found: Option<String> = None;
    for v in values {
        match &found {
            None => found = Some(v),
            Some(f) if *f == v => {}
            Some(_) => return None,
        }
    }
    found
}

fn captured_unit(re: &Regex, hay: &str) -> Option<Unit> {
    re.captures_iter(hay)
        .find_map(|c| unit(&c["level"], &c["name"]))
}

/// Like [`captured_unit`] over a long text: only near committee names.
fn unit_near(re: &Regex, anchor: &Regex, hay: &str) -> Option<Unit> {
    near(re, anchor, hay, 0, 160)
        .into_iter()
        .find_map(|(_, c)| unit(&c["level"], &c["name"]))
}

fn reporting_unit(head: &str, text: &str, closing: &str, appendix: &str) -> Option<Unit> {
    let header_zone = &head[..floor_boundary(head, 600)];
    captured_unit(&HEADER_UNIT, header_zone)
        .or_else(|| unit_near(&REPORTING, &COMMITTEE, text))
        .or_else(|| captured_unit(&CLOSING_UNIT, closing))
        .or_else(|| unit_near(&CAPTION_UNIT, &KEM_THEO, appendix))
}

/// The parent: a unit one tier up named in the basis, then in the closing and recipients,
/// then the only such unit named anywhere.
fn parent_unit(u: &Unit, preamble: &str, closing: &str, text: &str) -> Option<Unit> {
    let want = tier(u.level) + 1;
    let up = |hay: &str| -> Vec<Unit> {
        near(&BODY_UNIT, &COMMITTEE, hay, 0, 120)
            .into_iter()
            .filter_map(|(_, c)| unit(&c["level"], &c["name"]))
            .filter(|p| tier(p.level) == want)
            .collect()
    };
    if let Some(p) = up(preamble).into_iter().next() {
        return Some(p);
    }
    if let Some(p) = up(closing).into_iter().next() {
        return Some(p);
    }
    let all = up(text);
    let first = all.first()?.clone();
    all.iter().all(|p| *p == first).then_some(first)
}

fn number_in(rest: &str) -> Option<String> {
    super::citation::leading_number(rest)
}

/// The kind: a consolidated text by its code, else the kind line, else a letter by its
/// `V/v` line, else the code of its number; a numbered document whose code names no kind
/// (`11306/VPCP-NN`) is a letter.
fn document_kind(
    number: Option<&str>,
    line: Option<&'static str>,
    has_subject: bool,
) -> Option<&'static str> {
    let by_code = number.and_then(header::kind_of_number);
    if by_code == Some("Văn bản hợp nhất") {
        return by_code;
    }
    line.or(has_subject.then_some("Công văn"))
        .or(by_code)
        .or(number.map(|_| "Công văn"))
}

/// The number an appendix caption gives (`Kèm theo Báo cáo số 12/BC-UBND`).
fn own_number(appendix: &str) -> Option<String> {
    CAPTION_NUMBER
        .captures(appendix)
        .and_then(|c| number_in(&c["rest"]))
}

fn report_date(head: &str, appendix: &str) -> Option<String> {
    if let Some(c) = PLACE_DATE.captures(head) {
        let num = |g: &str| c.name(g).and_then(|m| m.as_str().parse::<u32>().ok());
        return iso(num("d"), num("m")?, num("y")? as i32);
    }
    CAPTION_DATE
        .captures(appendix)
        .and_then(|c| first_date(&c["date"]))
}

/// Lines that end the title block.
fn ends_title(line: &str) -> bool {
    let lower = line.to_lowercase();
    [
        "kính gửi",
        "thực hiện",
        "căn cứ",
        "theo ",
        "để ",
        "triển khai",
    ]
    .iter()
    .any(|w| lower.starts_with(w))
        || line.chars().count() > 160
        || line.starts_with(['-', '+'])
}

/// The title: the lines after the kind line (`BÁO CÁO`, `QUYẾT ĐỊNH` …) up to the body,
/// the enacting authority's line in bold capitals, or a rule.
fn title(text: &str, lines: &[Line], preamble_end: usize) -> Option<String> {
    let limit = preamble_end.max(lines.get(60).map_or(text.len(), |l| l.start));
    let start = lines.iter().take(120).position(|l| {
        l.start <= limit && header::kind_line(&clean(&l.text(text).replace('|', " "))).is_some()
    })?;
    let end = if preamble_end > lines[start].start {
        preamble_end
    } else {
        limit
    };
    let mut parts: Vec<String> = Vec::new();
    for line in &lines[start + 1..] {
        if line.start >= end || parts.len() >= 6 {
            break;
        }
        let raw = line.text(text).trim();
        let cleaned = clean(raw);
        if cleaned.chars().count() <= 2 {
            // Blank lines, and stray letters a PDF extraction leaves.
            continue;
        }
        let rule = cleaned.chars().all(|c| matches!(c, '-' | '_' | '=' | ' '));
        let authority = raw.starts_with("**") && raw.ends_with("**") && is_upper(&cleaned);
        // A line in capitals after a title in lower case is the enacting body's.
        let capitals_after = !parts.is_empty()
            && is_upper(&cleaned)
            && parts.iter().all(|p| p.chars().any(char::is_lowercase));
        if ends_title(&cleaned)
            || header::kind_line(&cleaned).is_some()
            || (!parts.is_empty() && (rule || authority))
            || capitals_after
        {
            break;
        }
        if rule {
            continue;
        }
        parts.push(cleaned);
    }
    (!parts.is_empty()).then(|| collapse(&parts.join(" ")))
}

fn signer(closing: &str) -> Option<Signer> {
    let roles: Vec<regex::Match<'_>> = ROLE.find_iter(closing).collect();
    let from = roles.first().map_or(0, |m| m.start());
    let role = (!roles.is_empty()).then(|| {
        roles
            .iter()
            .map(|m| collapse(m.as_str()))
            .collect::<Vec<_>>()
            .join(" ")
    });
    let name = closing[from..].lines().find_map(|line| {
        let segment = line.rsplit(';').next().unwrap_or(line);
        let cleaned = clean(segment);
        let words: Vec<&str> = cleaned.split(' ').collect();
        (PERSON.is_match(&cleaned) && SURNAMES.contains(&words[0])).then_some(cleaned)
    })?;
    Some(Signer {
        name: if name.chars().any(char::is_lowercase) {
            name
        } else {
            title_case(&name)
        },
        role,
    })
}

#[cfg(test)]
mod tests;
