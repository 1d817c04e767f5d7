//! The tree of sections: numbered headings (`I.`, `1.`, `1.1.`, `a,`), a preamble before
//! them, the closing (`Trên đây …`, `Nơi nhận`, signature) and the appendices.
//!
//! A numbered line is a heading, not a list item, when its number continues the outline
//! (the first child is 1 or 2, a sibling goes up by at most 3, letters may repeat) and its
//! shape is a heading's: the text after the number is short (≤ 150 characters, not ending
//! with `;`), or it has a short title closed by `:` before its body (`2. Triển khai …: …`).
//! A long paragraph behind a number is a list item, and when the first number of a list
//! is a list item, its siblings are list items too. In PDF text (a line break every ~80
//! characters) a heading continues on the next line when that line is a short tail
//! (`… nhà` + `nước tại địa phương`).

use super::category::category_of;
use super::metadata::Regions;
use super::text::{Line, clean, is_upper};
use super::{Category, Section, SectionKind};
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

fn re(p: &str) -> Regex {
    Regex::new(p).expect("valid regex")
}

static ROMAN: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?P<n>[IVX]{1,4})[ \t]*[.,:)][ \t]*(?P<rest>.*)$"));
static MULTI: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?P<n>\d{1,2}(?:\.\d{1,2}){1,3})\.?(?P<sp>[ \t]+)(?P<rest>\S.*)$"));
static SINGLE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?P<n>\d{1,2})[ \t]*[.,)](?P<sp>[ \t]+)(?P<rest>\S.*)$"));
static LETTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?P<n>[a-zđ])[ \t]*[.,)](?P<sp>[ \t]+)(?P<rest>\S.*)$"));
static APPENDIX: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:HỆ THỐNG PHỤ LỤC|PHỤ LỤC|Phụ lục)\b[ \t]*(?P<n>[IVX]{1,4}\b|\d{1,2}\b)?|(?:Biểu mẫu|BIỂU MẪU)[ \t]+(?P<f>\d{1,2})\b)[ \t.:]*(?P<rest>.*)$",
    )
});

/// How a heading is numbered; one style per depth of the outline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Style {
    Roman,
    Arabic(u8),
    Letter,
}

/// How the text after a number looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// A short heading: the whole line.
    Short,
    /// A title closed by `:` at this byte offset in the line, its body after.
    Colon(usize),
    /// A long paragraph: a list item.
    Item,
}

#[derive(Debug, Clone)]
struct Candidate {
    style: Style,
    num: u32,
    label: String,
    title: String,
    shape: Shape,
}

#[derive(Debug, Clone)]
struct Open {
    style: Style,
    num: u32,
    label: String,
    path: String,
    index: usize,
}

/// The sections of a report and where its parts lie.
pub(crate) struct Outline {
    pub sections: Vec<Section>,
    pub regions: Regions,
}

fn roman_value(s: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut prev = 0u32;
    for c in s.chars().rev() {
        let v = match c {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    (total > 0).then_some(total)
}

/// Strips leading spaces and Word markup (`**`).
fn lead_trim(line: &str) -> (usize, &str) {
    let trimmed = line.trim_start_matches(|c: char| c.is_whitespace() || c == '*');
    (line.len() - trimmed.len(), trimmed)
}

fn starts_upper(s: &str) -> bool {
    s.trim_start_matches(['*', '"', '“', '(', ' '])
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Whether a line may start with a heading number at all: the first test of [`candidate`],
/// which spares most lines its four regexes.
fn may_be_numbered(body: &str) -> bool {
    let mut chars = body.chars();
    match chars.next() {
        Some('I' | 'V' | 'X' | '0'..='9') => true,
        Some('a'..='z' | 'đ') => matches!(
            chars.find(|&c| c != ' ' && c != '\t'),
            Some('.' | ',' | ')')
        ),
        _ => false,
    }
}

fn candidate(line: &str) -> Option<(usize, Candidate)> {
    let (lead, body) = lead_trim(line);
    if !may_be_numbered(body) {
        return None;
    }
    let (style, num, label, rest, rest_at) = if let Some(c) = ROMAN.captures(body) {
        let n = roman_value(&c["n"])?;
        let rest = c.name("rest")?;
        (
            Style::Roman,
            n,
            c["n"].to_string(),
            rest.as_str(),
            rest.start(),
        )
    } else if let Some(c) = MULTI.captures(body) {
        if c["sp"].contains('\t') {
            return None;
        }
        let label = c["n"].to_string();
        let depth = label.split('.').count() as u8;
        let last = label.rsplit('.').next()?.parse().ok()?;
        let rest = c.name("rest")?;
        (
            Style::Arabic(depth),
            last,
            label,
            rest.as_str(),
            rest.start(),
        )
    } else if let Some(c) = SINGLE.captures(body) {
        if c["sp"].contains('\t') {
            return None;
        }
        let rest = c.name("rest")?;
        (
            Style::Arabic(1),
            c["n"].parse().ok()?,
            c["n"].to_string(),
            rest.as_str(),
            rest.start(),
        )
    } else if let Some(c) = LETTER.captures(body) {
        if c["sp"].contains('\t') {
            return None;
        }
        let letter = c["n"].chars().next()?;
        let n = if letter == 'đ' {
            5
        } else {
            letter as u32 - 'a' as u32 + 1
        };
        let rest = c.name("rest")?;
        (
            Style::Letter,
            n,
            c["n"].to_string(),
            rest.as_str(),
            rest.start(),
        )
    } else {
        return None;
    };
    if !starts_upper(rest) {
        return None;
    }
    let cleaned = clean(rest);
    let colon = rest.char_indices().find(|&(i, c)| {
        c == ':'
            && !(rest[..i].ends_with(|d: char| d.is_ascii_digit())
                && rest[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
    });
    let shape = match colon.map(|(i, _)| i) {
        Some(i) if !rest[i + 1..].trim().trim_matches('*').is_empty() => {
            let prefix = clean(&rest[..i]);
            if !prefix.is_empty()
                && prefix.chars().count() <= 120
                && prefix.split(' ').count() <= 25
            {
                Shape::Colon(lead + rest_at + i + 1)
            } else {
                Shape::Item
            }
        }
        _ if cleaned.chars().count() <= 150 && !cleaned.ends_with(';') => Shape::Short,
        _ => Shape::Item,
    };
    let title = match shape {
        Shape::Colon(at) => clean(&line[lead + rest_at..at - 1])
            .trim_end_matches('.')
            .to_string(),
        _ => cleaned.trim_end_matches([':', '.']).trim_end().to_string(),
    };
    Some((
        lead,
        Candidate {
            style,
            num,
            label,
            title,
            shape,
        },
    ))
}

/// The next non-blank line after `i`.
fn next_nonblank(text: &str, lines: &[Line], i: usize) -> Option<usize> {
    (i + 1..lines.len()).find(|&j| !lines[j].text(text).trim().is_empty())
}

/// In wrapped text, how a heading line goes on: `Some(j)` when line `j` is its tail,
/// `Err(())` when the line is the start of a paragraph (a list item).
fn wrapped_tail(text: &str, lines: &[Line], i: usize, title: &str) -> Result<Option<usize>, ()> {
    let Some(j) = next_nonblank(text, lines, i) else {
        return Ok(None);
    };
    let next = lines[j].text(text).trim();
    if candidate(next).is_some() || next.starts_with(['-', '+', '*', '•']) {
        return Ok(None);
    }
    let n = next.chars().count();
    let first_lower = next.chars().next().is_some_and(char::is_lowercase);
    let this_len = lines[i].text(text).trim().chars().count();
    if first_lower {
        if n <= 60 {
            return Ok(Some(j));
        }
        if this_len >= 60 {
            return Err(());
        }
    }
    if is_upper(title) && !next.chars().any(char::is_lowercase) && n <= 40 {
        return Ok(Some(j));
    }
    Ok(None)
}

fn is_marker(line: &str, words: &[&str]) -> bool {
    let (_, body) = lead_trim(line);
    let head = &body[..super::text::floor_boundary(body, 24)];
    words.iter().any(|w| starts_with_lowered(head, w))
}

/// Whether the lower case of `text` starts with `prefix` (lower case), without building it.
fn starts_with_lowered(text: &str, prefix: &str) -> bool {
    let mut lowered = text.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| lowered.next() == Some(p))
}

struct Heading {
    start: usize,
    end: usize,
    level: u8,
    path: String,
    title: String,
    parent: Option<usize>,
    kind: SectionKind,
}

/// Reads the outline of a report.
pub(crate) fn outline(text: &str, lines: &[Line], wrapped: bool) -> Outline {
    // Where the appendices begin: a `Phụ lục`/`Biểu mẫu` line after the signature block.
    let mut seen_closing = false;
    let mut appendix_line = lines.len();
    for (i, line) in lines.iter().enumerate() {
        let t = line.text(text);
        if is_marker(t, &["nơi nhận", "trên đây", "tm.", "kt.", "chủ tịch"]) {
            seen_closing = true;
        }
        let (_, body) = lead_trim(t);
        if APPENDIX.is_match(body)
            && clean(body).chars().count() <= 100
            && (seen_closing || line.start * 2 > text.len())
        {
            appendix_line = i;
            break;
        }
    }
    let hard_end = (0..appendix_line)
        .find(|&i| is_marker(lines[i].text(text), &["nơi nhận"]))
        .unwrap_or(appendix_line);

    let legal = legal::is_legal(text, lines, hard_end);
    let mut headings: Vec<Heading> = if legal {
        legal::headings(text, lines, 0, hard_end)
    } else {
        Vec::new()
    };
    let mut stack: Vec<Open> = Vec::new();
    let mut list_mode: HashSet<(Option<usize>, Style)> = HashSet::new();
    let mut i = if legal { hard_end } else { 0 };
    while i < hard_end {
        let line = lines[i];
        let Some((lead, cand)) = candidate(line.text(text)) else {
            i += 1;
            continue;
        };
        let mut shape = cand.shape;
        let mut tail = None;
        if wrapped && shape == Shape::Short {
            match wrapped_tail(text, lines, i, &cand.title) {
                Ok(t) => tail = t,
                Err(()) => shape = Shape::Item,
            }
        }
        let pos = stack.iter().rposition(|o| o.style == cand.style);
        let parent_of = |p: Option<usize>| p.and_then(|p| p.checked_sub(1)).map(|q| stack[q].index);
        let (accept, parent_depth) = match (cand.style, pos) {
            (Style::Roman, _) => {
                let ok = match stack.first().filter(|o| o.style == Style::Roman) {
                    Some(o) => cand.num > o.num && cand.num <= o.num + 2,
                    None => cand.num <= 2,
                };
                (ok, 0)
            }
            (_, Some(p)) => {
                let prev = stack[p].num;
                let ok = if cand.style == Style::Letter {
                    cand.num >= prev && cand.num <= prev + 2
                } else {
                    cand.num > prev && cand.num <= prev + 3
                };
                (ok, p)
            }
            (_, None) => (cand.num <= 2, stack.len()),
        };
        let parent_index = if cand.style == Style::Roman {
            None
        } else if pos.is_some() {
            parent_of(pos)
        } else {
            stack.last().map(|o| o.index)
        };
        let key = (parent_index, cand.style);
        if !accept || list_mode.contains(&key) {
            i += 1;
            continue;
        }
        if shape == Shape::Item {
            if pos.is_none() {
                list_mode.insert(key);
            }
            i += 1;
            continue;
        }
        stack.truncate(parent_depth);
        let component = match (cand.style, stack.last()) {
            (Style::Arabic(d), Some(parent)) if d > 1 && parent.style == Style::Arabic(d - 1) => {
                let prefix = &cand.label[..cand.label.rfind('.').unwrap_or(0)];
                if prefix == parent.label {
                    cand.label
                        .rsplit('.')
                        .next()
                        .unwrap_or(&cand.label)
                        .to_string()
                } else {
                    cand.label.clone()
                }
            }
            _ => cand.label.clone(),
        };
        let path = match stack.last() {
            Some(parent) => format!("{}.{component}", parent.path),
            None => component,
        };
        let mut title = cand.title.clone();
        let end = match (shape, tail) {
            (Shape::Colon(at), _) => line.start + at,
            (_, Some(j)) => {
                title = format!("{title} {}", clean(lines[j].text(text)));
                lines[j].end
            }
            _ => line.end,
        };
        let _ = lead;
        headings.push(Heading {
            start: line.start,
            end,
            level: (stack.len() + 1) as u8,
            path: path.clone(),
            title,
            parent: stack.last().map(|o| o.index),
            kind: SectionKind::Numbered,
        });
        stack.push(Open {
            style: cand.style,
            num: cand.num,
            label: cand.label,
            path,
            index: headings.len() - 1,
        });
        i = tail.map_or(i + 1, |j| j + 1);
    }

    let appendix_start = lines.get(appendix_line).map_or(text.len(), |l| l.start);
    // The closing: `Trên đây …` after the last heading, else `Nơi nhận`, else the signature.
    let after = headings.last().map_or(0, |h| h.end);
    let closing_start = lines[..appendix_line]
        .iter()
        .find(|l| l.start >= after && is_marker(l.text(text), &["trên đây"]))
        .or_else(|| {
            lines[..appendix_line]
                .iter()
                .find(|l| l.start >= after && is_marker(l.text(text), &["nơi nhận", "tm.", "kt."]))
        })
        .map_or(appendix_start, |l| l.start);

    let first_start = headings.first().map_or(closing_start, |h| h.start);
    let mut sections = Vec::new();
    // In a legal document the basis (`Căn cứ …`) is a part of its own after the header.
    let basis = legal
        .then(|| {
            lines
                .iter()
                .take_while(|l| l.start < first_start)
                .find(|l| is_marker(l.text(text), &["căn cứ", "_căn cứ"]))
                .map(|l| l.start)
        })
        .flatten()
        .filter(|&b| b > 0);
    if let Some(b) = basis {
        sections.push(pseudo(SectionKind::Preamble, 0, b));
        let mut part = pseudo(SectionKind::Basis, b, first_start);
        part.path = "Căn cứ".to_string();
        sections.push(part);
    } else if first_start > 0 {
        sections.push(pseudo(SectionKind::Preamble, 0, first_start));
    }
    let offset = sections.len();
    let count = headings.len();
    for (k, h) in headings.iter().enumerate() {
        let next = headings.get(k + 1).map_or(closing_start, |n| n.start);
        let span_end = headings[k + 1..]
            .iter()
            .find(|n| n.level <= h.level)
            .map_or(closing_start, |n| n.start);
        let own = category_of(&h.title);
        let category = own
            .or_else(|| h.parent.map(|p| sections[p + offset].category))
            .unwrap_or(Category::Other);
        sections.push(Section {
            path: h.path.clone(),
            title: h.title.clone(),
            level: h.level,
            category,
            parent: h.parent.map(|p| p + offset),
            span: h.start..span_end,
            heading: h.start..h.end,
            body: h.end..next,
            kind: h.kind,
        });
    }
    debug_assert_eq!(sections.len(), offset + count);
    if closing_start < appendix_start {
        sections.push(pseudo(SectionKind::Closing, closing_start, appendix_start));
    }
    appendices(text, lines, appendix_line, &mut sections);
    Outline {
        sections,
        regions: Regions {
            preamble: 0..first_start,
            closing: closing_start..appendix_start,
            appendix: appendix_start..text.len(),
        },
    }
}

fn pseudo(kind: SectionKind, start: usize, end: usize) -> Section {
    Section {
        path: String::new(),
        title: String::new(),
        level: 0,
        category: Category::Other,
        parent: None,
        span: start..end,
        heading: start..start,
        body: start..end,
        kind,
    }
}

/// Appendix sections: `Phụ lục N` (level 1, path `PL.N`) and `Biểu mẫu N` (level 2 under
/// the current appendix, path `PL.N.BMn`).
fn appendices(text: &str, lines: &[Line], from: usize, sections: &mut Vec<Section>) {
    let first = sections.len();
    let mut current: Option<usize> = None;
    for i in from..lines.len() {
        let line = lines[i];
        let (_, body) = lead_trim(line.text(text));
        let Some(c) = APPENDIX.captures(body) else {
            continue;
        };
        if clean(body).chars().count() > 100 {
            continue;
        }
        let is_form = c.name("f").is_some();
        let n = c.name("n").or(c.name("f")).map(|m| m.as_str().to_string());
        let own = if body.starts_with("HỆ THỐNG") {
            clean(body)
        } else {
            clean(c.name("rest").map_or("", |m| m.as_str()))
        };
        let title = if own.is_empty() {
            next_nonblank(text, lines, i)
                .map(|j| clean(lines[j].text(text)))
                .filter(|t| {
                    t.chars().count() <= 150 && !t.starts_with("STT") && APPENDIX.find(t).is_none()
                })
                .unwrap_or_default()
        } else {
            own
        };
        let (level, parent, path) = match (is_form, current) {
            (true, Some(p)) => (
                2,
                Some(p),
                format!("{}.BM{}", sections[p].path, n.clone().unwrap_or_default()),
            ),
            _ => (
                1,
                None,
                n.as_ref().map_or("PL".to_string(), |n| format!("PL.{n}")),
            ),
        };
        if let Some(last) = sections.len().checked_sub(1).filter(|&l| l >= first) {
            sections[last].body.end = line.start;
        }
        sections.push(Section {
            path,
            title,
            level,
            category: Category::Appendix,
            parent,
            span: line.start..text.len(),
            heading: line.start..line.end,
            body: line.end..text.len(),
            kind: SectionKind::Appendix,
        });
        if level == 1 {
            current = Some(sections.len() - 1);
        }
    }
    // Spans end where the next appendix of the same or a higher level starts.
    for k in first..sections.len() {
        let level = sections[k].level;
        if let Some(next) = sections[k + 1..].iter().find(|s| s.level <= level) {
            sections[k].span.end = next.span.start;
        }
    }
    if first == sections.len() && from < lines.len() {
        // An appendix region without a marker the parser knows: one section for it all.
        let start = lines[from].start;
        sections.push(Section {
            path: "PL".into(),
            title: String::new(),
            level: 1,
            category: Category::Appendix,
            parent: None,
            span: start..text.len(),
            heading: start..start,
            body: start..text.len(),
            kind: SectionKind::Appendix,
        });
    }
}

mod legal;

#[cfg(test)]
mod tests;
