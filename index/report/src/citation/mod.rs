//! Citations: every mention of another document, what it says about that document, and
//! the merged list of distinct cited documents.
//!
//! The pipeline for a report: [`grammar`] finds document numbers (three grammars, any
//! spacing) and the type words before them; after each number come, in any order, a date
//! (`ngày …`) and an issuer (`của …`), then a subject (`về …`, [`subject`]). When the
//! issuer is not written next to the number it comes, in this order of trust, from a code
//! that fixes it (`NĐ-CP`), from `của <issuer>` closing the subject, or from the clause
//! that introduces the mention (`UBND xã đã ban hành …`, `Ban hành …` at the start of a
//! sentence: the reporting unit). Laws cited by name with a date are citations too.
//! [`merge`] then groups the mentions into documents.

mod grammar;
mod issuer;
mod key;
mod law;
mod merge;
mod pinpoint;
pub(crate) mod registry;
mod relate;
mod role;
mod short_form;
mod subject;

pub(crate) use issuer::Context;
pub use key::{
    CitationQuery, canonical_key, find_document_numbers, law_name_key, parse_citation_query,
};
pub use role::Role;

/// The document type a type code names, typed with or without `Đ` in any case: `KH` →
/// `Kế hoạch`, `nd` → `Nghị định`; `None` for a code that names no type (`Đ`, `UBND`).
pub fn type_of_code(code: &str) -> Option<&'static str> {
    grammar::type_of_typed_code(code)
}

use super::date::{iso, leading_ngay, year_of};
use super::text::{ceil_boundary, collapse, floor_boundary, is_wrapped, lines, near_with, repair};
use super::{Citation, CitedDocument, CitedId};
use grammar::Number;
use issuer::Issuer;
use regex::Regex;
use std::sync::LazyLock;

/// Citations in a free block of text, such as a draft a clerk pastes, with no report
/// around it: `section` is `None`; the issuer is set only when the text tells it (a level
/// without a name stays as written, `UBND huyện`); `document` indexes the list that
/// [`cited_documents`] returns for these citations.
pub fn extract_citations(text: &str) -> Vec<Citation> {
    let work = repair(text);
    let ctx = Context {
        wrapped: is_wrapped(&work, &lines(&work)),
        ..Context::default()
    };
    let mut citations = extract(&work, &ctx);
    relate::annotate(&work, &mut citations, &ctx);
    merge::merge(&mut citations);
    citations
}

/// The distinct documents that `citations` (as returned by [`extract_citations`]) merge
/// into, by key, issuer and date; `document` of each citation indexes this list.
pub fn cited_documents(citations: &[Citation]) -> Vec<CitedDocument> {
    let mut copy = citations.to_vec();
    merge::merge(&mut copy)
}

/// Extracts and merges, for [`super::parse`]: sets `document`, leaves `section` to the caller.
/// Also returns where the text names itself (`Quyết định này`).
pub(crate) fn extract_merged(
    text: &str,
    ctx: &Context,
) -> (
    Vec<Citation>,
    Vec<CitedDocument>,
    Vec<std::ops::Range<usize>>,
) {
    let mut citations = extract(text, ctx);
    let self_mentions = relate::annotate(text, &mut citations, ctx);
    let docs = merge::merge(&mut citations);
    (citations, docs, self_mentions)
}

/// The canonical key of a document number at the start of `s` (after spaces), if any.
pub(crate) fn leading_number(s: &str) -> Option<String> {
    let n = grammar::numbers(s).into_iter().next()?;
    s[..n.start].trim().is_empty().then(|| n.key())
}

/// `của <issuer>` right after a number or a date. The issuer's word boundary is the
/// character after it, group `after` (not part of the match as read): with a Unicode `\b`
/// the regex would run in the backtracker over the whole window after every number.
static OF_ISSUER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^[\s,]*c[ủu]a\s+(?:{})(?P<after>\W|$)",
        issuer::pattern_before_whitespace()
    ))
    .expect("valid regex")
});

/// Whether `s` starts, after whitespace and commas, with `của` or `cua` in any case and a
/// whitespace: a necessary condition of [`OF_ISSUER`], cheaper than the regex (most windows
/// after a number or a date fail it).
fn starts_with_cua(s: &str) -> bool {
    let mut chars = s
        .trim_start_matches(|c: char| c.is_whitespace() || c == ',')
        .chars();
    matches!(chars.next(), Some('c' | 'C'))
        && matches!(chars.next(), Some('ủ' | 'Ủ' | 'u' | 'U'))
        && matches!(chars.next(), Some('a' | 'A'))
        && chars.next().is_some_and(char::is_whitespace)
}

/// [`OF_ISSUER`]'s captures at the start of `s`, run only where [`starts_with_cua`] holds.
fn of_issuer(s: &str) -> Option<regex::Captures<'_>> {
    starts_with_cua(s).then(|| OF_ISSUER.captures(s)).flatten()
}

/// The issuer of a clause that issues what follows (`UBND xã đã ban hành`, `Đảng ủy xã
/// ban hành`), matched on the text that ends at the verb.
/// The issuer is followed by whitespace here, so the regex runs as a reverse DFA.
static ISSUING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:{})\s+(?:đã\s+)?(?:xây\s+dựng\s+và\s+)?(?:ký\s+)?$",
        issuer::pattern_before_whitespace()
    ))
    .expect("valid regex")
});

/// A sentence that starts with the verb and no subject: the reporting unit issues.
static ISSUING_NO_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)(?:^[ \t]*(?:[-+•*][ \t]*)?|[.;:][ \t]+)(?:Ban\s+hành|Xây\s+dựng)\s")
        .expect("valid regex")
});

/// `Ngày 03/1/2024 UBND xã đã ban hành` just before a mention: the date is the mention's.
static DATE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\pL\pN_])ngày\s+(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\s*,?[^.;\d]{0,60}?(?:ban\s+hành|xây\s+dựng)\s+$")
        .expect("valid regex")
});

/// A law, code, ordinance or constitution cited by name with its date or year:
/// `Luật Tổ chức chính quyền địa phương ngày 19/6/2015`, `Pháp lệnh … ngày 29 tháng 6 năm
/// 2005`, `Luật Đất đai năm 2024`. Test-only: [`dated_law`] reads what it matches; its
/// bounded name (`{2,200}` of a Unicode class) cost more to compile than any other regex of
/// the parser, and ran in the PikeVM.
#[cfg(test)]
static LAW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[
        r"^(?P<kind>",
        &law::pattern(),
        r")\s+(?:(?P<name>\p{L}[\p{L}\s,\-]{2,200}?)\s*,?\s+)?",
        r"(?:(?i:ngày)\s+(?P<d>\d{1,2})\s*(?:/|\s+tháng\s+)\s*(?P<m>\d{1,2})\s*(?:/|\s+năm\s+)\s*(?P<y>\d{4})",
        r"|năm\s+(?P<year>(?:19|20)\d{2}))\b",
    ]
    .concat())
    .expect("valid regex")
});

/// The kind of a law at the start of a window and the whitespace after it.
static LAW_KIND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[r"^(?P<kind>", &law::pattern(), r")\s+"].concat()).expect("valid regex")
});

/// The characters a law's name is made of, from its start.
static LAW_NAME_RUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\p{L}\s,\-]*").expect("valid regex"));

/// A letter at the start: how a law's name begins.
static LEADING_LETTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{L}").expect("valid regex"));

/// The date or year of [`LAW`], at the start.
const LAW_DATE: &str = concat!(
    r"(?:(?i:ngày)\s+(?P<d>\d{1,2})\s*(?:/|\s+tháng\s+)\s*(?P<m>\d{1,2})\s*(?:/|\s+năm\s+)\s*(?P<y>\d{4})",
    r"|năm\s+(?P<year>(?:19|20)\d{2}))\b"
);

/// What follows a law's name in [`LAW`]: its date or year.
static LAW_NAME_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^\s*,?\s+{LAW_DATE}")).expect("valid regex"));

/// [`LAW`]'s date or year with no name before it.
static LAW_BARE_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^{LAW_DATE}")).expect("valid regex"));

/// What [`LAW`] or [`NUMBERED_LAW`] reads at the start of a window, offsets of the window.
struct LawMatch<'t> {
    /// The end of the match.
    end: usize,
    kind: &'t str,
    name: Option<std::ops::Range<usize>>,
    /// The groups after the name (date or number), on the rest of the window.
    tail: regex::Captures<'t>,
}

impl<'t> LawMatch<'t> {
    /// A group after the name.
    fn group(&self, name: &str) -> Option<&'t str> {
        self.tail.name(name).map(|m| m.as_str())
    }
}

/// [`LAW`] (`numbered` false) or [`NUMBERED_LAW`] at the start of `window`, read as the regex
/// reads it: after the kind, its whitespace and the name's first letter, the shortest name of
/// 2 to 200 more characters that `tail` follows; without a name, `bare` when given.
fn law_at<'t>(
    window: &'t str,
    numbered: bool,
    tail: &Regex,
    bare: Option<&Regex>,
) -> Option<LawMatch<'t>> {
    let k = LAW_KIND.captures(window)?;
    let kind = k.name("kind")?.as_str();
    if numbered && !law::kind(&collapse(kind)).is_some_and(|k| k.named) {
        return None;
    }
    let at = k.get(0)?.end();
    let rest = &window[at..];
    if LEADING_LETTER.is_match(rest) {
        let run = LAW_NAME_RUN.find(rest).map_or(0, |m| m.end());
        // The name ends before the character at `i`, the `count`-th after its first letter;
        // the tail starts with whitespace or `,`, both in the run, so the name never ends
        // where the run does.
        for (count, (i, c)) in rest[..run].char_indices().skip(1).enumerate() {
            let more = count; // characters after the first letter, before `i`
            if more < 2 {
                continue;
            }
            if more > 200 {
                break;
            }
            if !(c.is_whitespace() || c == ',') {
                continue;
            }
            if let Some(t) = tail.captures(&rest[i..]) {
                return Some(LawMatch {
                    end: at + i + t.get(0)?.end(),
                    kind,
                    name: Some(at..at + i),
                    tail: t,
                });
            }
        }
    }
    let t = bare?.captures(rest)?;
    Some(LawMatch {
        end: at + t.get(0)?.end(),
        kind,
        name: None,
        tail: t,
    })
}

/// [`numbered_law`] on a window [`may_be_numbered_law`] keeps, for [`near_with`].
fn read_numbered(w: &str) -> Option<(usize, (&str, LawMatch<'_>))> {
    may_be_numbered_law(w)
        .then(|| numbered_law(w))
        .flatten()
        .map(|m| (m.end, (w, m)))
}

/// [`dated_law`] on a window [`may_be_dated_law`] keeps, for [`near_with`].
fn read_dated(w: &str) -> Option<(usize, (&str, LawMatch<'_>))> {
    may_be_dated_law(w)
        .then(|| dated_law(w))
        .flatten()
        .map(|m| (m.end, (w, m)))
}

/// [`LAW`] at the start of `window`.
fn dated_law(window: &str) -> Option<LawMatch<'_>> {
    law_at(window, false, &LAW_NAME_DATE, Some(&LAW_BARE_DATE))
}

/// [`NUMBERED_LAW`] at the start of `window`.
fn numbered_law(window: &str) -> Option<LawMatch<'_>> {
    law_at(window, true, &NUMBERED_LAW_TAIL, None)
}

/// The constitution by its full name, with no date or year: the one in force.
static CONSTITUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"Hiến\s+pháp\s+nước\s+Cộng\s+(?:hòa|hoà)\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam")
        .expect("valid regex")
});

/// Where a law may be named (anchor for [`LAW`]).
static LUAT: LazyLock<Regex> = LazyLock::new(|| Regex::new(&law::pattern()).expect("valid regex"));

/// A law named with its number: `Luật Quản lý thuế số 38/2019/QH14`; the same law named
/// with its date elsewhere takes the number as its key. Test-only: [`numbered_law`] reads
/// what it matches.
#[cfg(test)]
static NUMBERED_LAW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[r"^(?:", &law::named_pattern(), r")\s+(?P<name>\p{L}[\p{L}\s,\-]{2,200}?)\s*,?\s+số\s*(?P<n>[0-9]{1,4}\s*/\s*(?:19|20)[0-9]{2}\s*/\s*[A-Z][A-Z0-9\-]{1,20})"].concat())
        .expect("valid regex")
});

/// What follows a law's name in [`NUMBERED_LAW`]: its number.
static NUMBERED_LAW_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*,?\s+số\s*(?P<n>[0-9]{1,4}\s*/\s*(?:19|20)[0-9]{2}\s*/\s*[A-Z][A-Z0-9\-]{1,20})",
    )
    .expect("valid regex")
});

/// Abbreviations inside law names and what they stand for.
const LAW_WORDS: &[(&str, &str)] = &[
    ("HĐND", "Hội đồng nhân dân"),
    ("UBND", "Ủy ban nhân dân"),
    ("NSNN", "ngân sách nhà nước"),
    ("NCC", "người có công"),
];

/// The verbs of [`ISSUING`], to skip windows without them cheaply.
static ISSUING_VERB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)ban\s+hành|xây\s+dựng").expect("valid regex"));

/// Words that show a clause is carrying out a document, not issuing it.
const NOT_ISSUING: &[&str] = &["thực hiện", "triển khai", "theo ", "căn cứ"];

/// A province or centrally-run city named in a document's header (`UỶ BAN NHÂN DÂN` +
/// `TỈNH BẮC NINH`), one of the registry's. Test-only: [`header_names`] reads its matches
/// (its `{1,40}` of a Unicode class was costly to compile).
#[cfg(test)]
static HEADER_PROVINCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:TỈNH ĐOÀN|TỈNH|THÀNH PHỐ|Tỉnh|Thành phố|tỉnh|thành phố)[ \t]+(\p{Lu}[\p{L}\- ]{1,40})",
    )
    .expect("valid regex")
});

/// [`HEADER_PROVINCE`] up to the name's capital and the character after it.
static HEADER_PROVINCE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:TỈNH ĐOÀN|TỈNH|THÀNH PHỐ|Tỉnh|Thành phố|tỉnh|thành phố)[ \t]+\p{Lu}[\p{L}\- ]")
        .expect("valid regex")
});

/// The characters of a name after a level in the header, from its start.
static HEADER_NAME_RUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\p{L}\- ]*").expect("valid regex"));

/// The names [`HEADER_PROVINCE`] captures in `head`, in order: a capital and the up to 40
/// characters of the run after it (the regex's greedy `{1,40}` with nothing after it).
fn header_names(head: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(m) = HEADER_PROVINCE_HEAD.find_at(head, pos) {
        // The match ends with the capital and one character of the run.
        let mut back = m.as_str().chars().rev();
        let second = back.next().map_or(0, char::len_utf8);
        let capital = back.next().map_or(0, char::len_utf8);
        let start = m.end() - second - capital;
        let after = start + capital;
        let run = HEADER_NAME_RUN.find(&head[after..]).map_or(0, |r| r.end());
        let len: usize = head[after..after + run]
            .chars()
            .take(40)
            .map(char::len_utf8)
            .sum();
        out.push(&head[start..after + len]);
        pos = after + len;
    }
    out
}

/// The province the document's header names, when the metadata did not give one.
fn header_province(text: &str) -> Option<String> {
    let head = &text[..floor_boundary(text, text.len().min(3000))];
    header_names(head).into_iter().find_map(|name| {
        let raw = collapse(name.trim());
        let titled = super::text::title_case(&raw.to_lowercase());
        registry::province_prefix(&titled).map(str::to_string)
    })
}

/// Every citation in `text` (already repaired), in text order, `document` not yet set.
pub(crate) fn extract(text: &str, ctx: &Context) -> Vec<Citation> {
    let filled;
    let ctx = if ctx.province.is_none()
        && let Some(p) = header_province(text)
    {
        filled = Context {
            province: Some(p),
            ..ctx.clone()
        };
        &filled
    } else {
        ctx
    };
    let nums = grammar::numbers(text);
    let starts: Vec<(usize, Option<&'static str>)> = nums
        .iter()
        .map(|n| grammar::type_before(text, n.start))
        .collect();
    let mut out = Vec::with_capacity(nums.len());
    let mut prev_end = 0;
    for (i, n) in nums.iter().enumerate() {
        let (start, words) = starts[i];
        let next_start = starts.get(i + 1).map_or(text.len(), |s| s.0);
        if is_own_report(text, n, start, words, ctx) {
            prev_end = n.end;
            continue;
        }
        let (mut citation, tail_end) =
            read_mention(text, n, start, words, next_start, prev_end, ctx);
        if let Some(named) = level_named_before(text, &citation, out.last()) {
            citation.cited.issuer = Some(named);
        }
        out.push(citation);
        prev_end = tail_end;
    }
    out.extend(laws(text, ctx));
    out.sort_by_key(|c| c.span.start);
    out
}

/// The report's own number (`Kèm theo Báo cáo số 36/BC-UBND`) is not a citation.
fn is_own_report(text: &str, n: &Number, start: usize, words: Option<&str>, ctx: &Context) -> bool {
    if ctx.own_number.as_deref() == Some(n.key().as_str()) {
        return true;
    }
    let before = &text[floor_boundary(text, start.saturating_sub(40))..start];
    words == Some("Báo cáo") && before.to_lowercase().contains("kèm theo")
}

fn read_mention(
    text: &str,
    n: &Number,
    start: usize,
    words: Option<&'static str>,
    next_start: usize,
    prev_end: usize,
    ctx: &Context,
) -> (Citation, usize) {
    let mut pos = n.end;
    let mut date = None;
    let mut explicit: Option<Issuer> = None;
    for _ in 0..3 {
        let hay = &text[pos..ceil_boundary(text, (pos + 400).min(next_start.max(pos)))];
        if date.is_none()
            && let Some((len, d)) = leading_ngay(hay)
        {
            date = Some(d);
            pos += len;
            continue;
        }
        if explicit.is_none()
            && let Some(c) = of_issuer(hay)
        {
            explicit = Issuer::from_captures(&c);
            pos += c.name("after").map_or(0, |m| m.start());
            continue;
        }
        break;
    }
    if date.is_none() {
        date = date_before(text, start);
    }
    let subject = subject::subject_at(text, pos, next_start, ctx.wrapped);
    // A code that names a body of the whole country fixes the issuer; otherwise the words
    // around the number come first, then the code.
    let (code_body, fixed) = n
        .code_body(ctx)
        .map_or((None, false), |(b, f)| (Some(b), f));
    let issuer = code_body
        .clone()
        .filter(|_| fixed)
        .or_else(|| explicit.as_ref().and_then(|i| i.render(ctx)))
        .or(code_body)
        .or_else(|| {
            subject
                .as_ref()
                .and_then(|s| s.issuer.as_ref())
                .and_then(|i| i.render(ctx))
        })
        .or_else(|| clause_issuer(text, start, prev_end, ctx));
    let tail_end = subject.as_ref().map_or(pos, |s| s.end);
    let issuer_written = explicit
        .as_ref()
        .and_then(|i| i.render(ctx))
        .filter(|w| Some(w) != issuer.as_ref());
    let citation = Citation {
        cited: CitedId {
            key: n.key(),
            doc_type: grammar::doc_type(words, n).map(str::to_string),
            number: n.number.clone(),
            year: n.year,
            code: n.code(),
            date,
            issuer,
            subject: subject.map(|s| s.text),
        },
        section: None,
        span: start..n.end,
        document: 0,
        issuer_written,
        ..Citation::default()
    };
    (citation, tail_end)
}

/// `… của Ủy ban nhân dân tỉnh Bình Phước sửa đổi Quyết định số 67/2005/QĐ-UBND … của Ủy
/// ban nhân dân tỉnh`: a level written without its name, in the clause of a mention whose
/// issuer is a body of that level with its name, is that body (not the citing document's
/// unit of that level).
fn level_named_before(text: &str, c: &Citation, prev: Option<&Citation>) -> Option<String> {
    let prev = prev?;
    let named = prev.cited.issuer.as_deref()?;
    let after = &text[c.span.end..ceil_boundary(text, (c.span.end + 200).min(text.len()))];
    // The issuer as written after the number (and its date), without the context's names.
    let mut pos = 0;
    if let Some((len, _)) = leading_ngay(after) {
        pos = len;
    }
    let caps = of_issuer(&after[pos..])?;
    let written = Issuer::from_captures(&caps)?;
    if !written.lacks_name() {
        return None;
    }
    let level = written.render(&Context::default())?;
    let between = text.get(prev.span.end..c.span.start)?;
    let one_clause = between.len() < 600
        && !between.contains([';', ':'])
        && !between.contains(". ")
        && !between.contains(".\n")
        && !between.contains("\n\n");
    (one_clause
        && named.len() > level.len()
        && named.starts_with(&level)
        && named[level.len()..].starts_with(' ')
        && c.cited
            .issuer
            .as_deref()
            .is_some_and(|i| i != named && i.starts_with(&level)))
    .then(|| named.to_string())
}

fn date_before(text: &str, at: usize) -> Option<String> {
    let window = &text[floor_boundary(text, at.saturating_sub(120))..at];
    let c = DATE_BEFORE.captures(window)?;
    let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    iso(num(1), num(2)?, num(3)? as i32)
}

/// Where the sentence holding `at` begins; a bullet list item reaches back to the sentence
/// that ends with `:` and introduces the list.
fn sentence_start(text: &str, at: usize, wrapped: bool) -> usize {
    let lo = floor_boundary(text, at.saturating_sub(800));
    let hay = &text[lo..at];
    let mut start = lo;
    if let Some(i) = hay.rfind(". ").or_else(|| hay.rfind(".\n")) {
        start = start.max(lo + i + 2);
    }
    if !wrapped {
        let mut line_start = hay.rfind('\n').map_or(lo, |i| lo + i + 1);
        let line = text[line_start..at].trim_start();
        if line.chars().next().is_some_and(char::is_lowercase) {
            // A sentence broken by a stray paragraph break (`UBND` + `ban hành …`).
            let before = text[lo..line_start].trim_end();
            line_start = before.rfind('\n').map_or(lo, |i| lo + i + 1);
        }
        start = start.max(line_start);
        let line = text[line_start..at].trim_start();
        // A line longer than the window has its start outside it: a dash at the window's cut
        // is inside that line, no bullet.
        let at_line_start = line_start == 0 || text.as_bytes()[line_start - 1] == b'\n';
        if at_line_start && line.starts_with(['-', '+', '•']) {
            // Walk back over the list to the line that introduces it.
            let lo = floor_boundary(text, at.saturating_sub(6000));
            let mut cursor = line_start;
            while cursor > lo {
                let before = text[lo..cursor - 1].trim_end();
                let prev_start = before.rfind('\n').map_or(lo, |i| lo + i + 1);
                let prev = text[prev_start..lo + before.len()].trim();
                if prev.ends_with(':') {
                    let intro = &text[prev_start..lo + before.len()];
                    return intro.rfind(". ").map_or(prev_start, |i| prev_start + i + 2);
                }
                if !prev.starts_with(['-', '+', '•']) {
                    break;
                }
                cursor = prev_start;
            }
        }
    }
    start
}

/// The issuer told by the clause that introduces the mention at `at`.
fn clause_issuer(text: &str, at: usize, prev_end: usize, ctx: &Context) -> Option<String> {
    let from = sentence_start(text, at, ctx.wrapped);
    if from >= at {
        return None;
    }
    let window = &text[from..at];
    if !ISSUING_VERB.is_match(window) {
        return None;
    }
    let mut best: Option<(usize, usize, Option<String>)> = None;
    for verb in ISSUING_VERB.find_iter(window) {
        // The issuer stands just before the verb.
        let lead = floor_boundary(window, verb.start().saturating_sub(160));
        let Some(c) = ISSUING.captures(&window[lead..verb.start()]) else {
            continue;
        };
        let Some(m) = c.get(0) else {
            continue;
        };
        let start = lead + m.start();
        let before = window[..start].trim_end().to_lowercase();
        if before.ends_with("của") || before.ends_with("cua") {
            continue;
        }
        let who = Issuer::from_captures(&c).and_then(|i| {
            if i.is_bare_committee() {
                ctx.self_issuer()
            } else {
                i.render(ctx)
            }
        });
        best = Some((start, verb.end(), who));
    }
    for m in ISSUING_NO_SUBJECT.find_iter(window) {
        if best.as_ref().is_none_or(|b| m.start() > b.0) {
            best = Some((m.start(), m.end(), ctx.self_issuer()));
        }
    }
    let (_, end, who) = best?;
    let gap_from = (from + end).max(prev_end).max(at.saturating_sub(40));
    let gap_from = floor_boundary(text, gap_from.min(at));
    let gap = text[gap_from..at].to_lowercase();
    if NOT_ISSUING.iter().any(|w| gap.contains(w)) {
        return None;
    }
    who
}

/// A law's name as compared: folded, one space.
fn law_name_form(name: &str) -> String {
    tracuu_tokenizer::fold(&collapse(name))
}

/// The opening run of `window` that a law's kind and name may span: letters, whitespace,
/// `,` and `-` (a superset of [`LAW`]'s and [`NUMBERED_LAW`]'s name classes).
fn name_run(window: &str) -> &str {
    let end = window
        .find(|c: char| !(c.is_alphabetic() || c.is_whitespace() || matches!(c, ',' | '-')))
        .unwrap_or(window.len());
    &window[..end]
}

/// Whether [`LAW`] may match `window`: its `ngày` (any case) or `năm` stands in the opening
/// run of name characters.
fn may_be_dated_law(window: &str) -> bool {
    let run = name_run(window);
    run.contains("năm")
        || run.char_indices().any(|(i, c)| {
            matches!(c, 'n' | 'N') && {
                let mut rest = run[i + 1..].chars();
                matches!(rest.next(), Some('g' | 'G'))
                    && matches!(rest.next(), Some('à' | 'À'))
                    && matches!(rest.next(), Some('y' | 'Y'))
            }
        })
}

/// Whether [`NUMBERED_LAW`] may match `window`: its `số` stands in the opening run of name
/// characters.
fn may_be_numbered_law(window: &str) -> bool {
    name_run(window).contains("số")
}

fn laws(text: &str, ctx: &Context) -> Vec<Citation> {
    let mut out: Vec<Citation> = Vec::new();
    // Names of laws cited with their number, to give the same law named by date that key.
    let mut numbered: Vec<(String, String, usize)> = Vec::new();
    for (at, (w, c)) in near_with(&LUAT, text, 0, 300, read_numbered) {
        if let (Some(n), Some(name)) = (c.group("n"), c.name.clone())
            && let Some(key) = leading_number(n)
        {
            numbered.push((law_name_form(&w[name]), key, at));
        }
    }
    for (offset, (w, c)) in near_with(&LUAT, text, 0, 400, read_dated) {
        if text[..offset]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        // A law named inside another's name (`Luật sửa đổi … của Luật Đất đai ngày …`).
        if out.last().is_some_and(|l| offset < l.span.end) {
            continue;
        }
        let kind = law::kind(&collapse(c.kind)).unwrap_or(&law::KINDS[0]);
        let num = |g: &str| c.group(g).and_then(|m| m.parse::<u32>().ok());
        let date = match (num("d"), num("m"), num("y")) {
            (Some(d), Some(m), Some(y)) => iso(Some(d), m, y as i32),
            _ => None,
        };
        let year = date
            .as_deref()
            .and_then(year_of)
            .or_else(|| num("year").map(|y| y as i32));
        let mut short = false;
        let (key, name_end) = if !kind.named {
            // One constitution a year: its name (`nước Cộng hòa …`) is not part of the key.
            (kind.word.to_string(), offset + c.kind.len())
        } else {
            let Some(name) = c.name.clone() else {
                continue;
            };
            let raw = &w[name.clone()];
            if !ctx.wrapped && raw.contains('\n') {
                continue;
            }
            let mut name_text = collapse(raw.trim_end_matches([',', ' ', '-']));
            for (short, long) in LAW_WORDS {
                name_text = name_text
                    .split(' ')
                    .map(|w| if w == *short { *long } else { w })
                    .collect::<Vec<_>>()
                    .join(" ");
            }
            let words = name_text.split(' ').count();
            let lower = name_text.to_lowercase();
            if !(2..=30).contains(&words)
                || lower.starts_with("luật ")
                || lower.starts_with("này")
                || [
                    " trong ",
                    " được ",
                    " đã ",
                    " các văn bản",
                    " và các ",
                    " có hiệu lực",
                    " từ ",
                ]
                .iter()
                .any(|w| format!(" {lower} ").contains(w))
            {
                continue;
            }
            let form = law_name_form(&name_text);
            let key = match numbered.iter().find(|(n, _, _)| *n == form) {
                Some((_, key, at)) => {
                    // Named by its date after its number: a short form, written with the date.
                    short = *at < offset;
                    key.clone()
                }
                // `Luật sửa đổi, bổ sung …` is how the amending laws are titled.
                None if lower.starts_with("sửa đổi") => {
                    format!("{} s{}", kind.word, &name_text[1..])
                }
                None => {
                    let mut chars = name_text.chars();
                    let first: String = chars
                        .next()
                        .into_iter()
                        .flat_map(char::to_uppercase)
                        .collect();
                    format!("{} {first}{}", kind.word, chars.as_str())
                }
            };
            let name_end = if short {
                offset + c.end
            } else {
                offset + name.start + raw.trim_end_matches([',', ' ', '-']).len()
            };
            (key, name_end)
        };
        // A key taken from the same law's number carries that number's parts.
        let parts = grammar::numbers(&key).into_iter().next();
        out.push(Citation {
            cited: CitedId {
                key,
                doc_type: Some(kind.word.into()),
                number: parts.as_ref().map(|n| n.number.clone()).unwrap_or_default(),
                year: parts.as_ref().and_then(|n| n.year).or(year),
                code: parts.as_ref().map(Number::code).unwrap_or_default(),
                date,
                issuer: Some(kind.issuer.into()),
                subject: None,
            },
            section: None,
            span: offset..name_end,
            document: 0,
            short_form: short,
            ..Citation::default()
        });
    }
    for m in CONSTITUTION.find_iter(text) {
        if out.iter().any(|c| c.span.start == m.start()) {
            continue;
        }
        out.push(Citation {
            cited: CitedId {
                key: law::CONSTITUTION.word.into(),
                doc_type: Some(law::CONSTITUTION.word.into()),
                issuer: Some(law::CONSTITUTION.issuer.into()),
                ..CitedId::default()
            },
            span: m.start()..m.start() + m.as_str().find("pháp").map_or(0, |i| i + "pháp".len()),
            ..Citation::default()
        });
    }
    out
}

#[cfg(test)]
mod tests;
