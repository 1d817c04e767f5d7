//! What a citation says about the document it names: its role (`Căn cứ` → basis,
//! `sửa đổi, bổ sung` → amends …) and which document holds that relation, the citing
//! document itself or a neighbouring cited one (`Nghị định 107/2021/NĐ-CP sửa đổi, bổ sung
//! một số điều của Nghị định 61/2018/NĐ-CP`: 107 amends 61).
//!
//! The role comes from the words before the mention, back to the previous mention: the last
//! role phrase there whose distance to the mention is only filler (`một số điều của`, a
//! pinpoint). A phrase that follows a mention in the same clause is that mention's (the
//! holder); at the start of a clause, or for `Căn cứ`, it is the citing document's. A mention
//! with no phrase of its own continues a list (`Căn cứ Luật A; Luật B;`, or the numbered items
//! after `Bãi bỏ các văn bản sau:`) and takes the role of the list's head.

use super::super::text::floor_boundary;
use super::law;
use crate::Citation;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// The relation a citation states between the document holding it and the cited one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Named with no relation (`theo Kế hoạch số 05/KH-UBND`).
    #[default]
    Mention,
    /// `Căn cứ …`: the legal basis.
    Basis,
    /// `sửa đổi`, `bổ sung`.
    Amends,
    /// `thay thế`.
    Replaces,
    /// `bãi bỏ`, `hết hiệu lực`.
    Repeals,
    /// `hướng dẫn`, `quy định chi tiết`.
    Guides,
    /// `thực hiện`, `triển khai`.
    Implements,
}

impl Role {
    /// Whether this is the plain mention (for serde's `skip_serializing_if`).
    pub fn is_mention(&self) -> bool {
        *self == Role::Mention
    }

    /// The machine name (`amends`).
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Mention => "mention",
            Role::Basis => "basis",
            Role::Amends => "amends",
            Role::Replaces => "replaces",
            Role::Repeals => "repeals",
            Role::Guides => "guides",
            Role::Implements => "implements",
        }
    }

    /// Parses a machine name back.
    pub fn from_name(name: &str) -> Option<Role> {
        [
            Role::Mention,
            Role::Basis,
            Role::Amends,
            Role::Replaces,
            Role::Repeals,
            Role::Guides,
            Role::Implements,
        ]
        .into_iter()
        .find(|r| r.as_str() == name)
    }

    /// How a person reads "documents that <role> X", in Vietnamese (`sửa đổi, bổ sung`).
    pub fn label(self) -> &'static str {
        match self {
            Role::Mention => "nhắc đến",
            Role::Basis => "căn cứ",
            Role::Amends => "sửa đổi, bổ sung",
            Role::Replaces => "thay thế",
            Role::Repeals => "bãi bỏ",
            Role::Guides => "hướng dẫn",
            Role::Implements => "thực hiện",
        }
    }
}

/// Role phrases; alternatives that contain another come first (`hướng dẫn thực hiện` is
/// guides, not implements).
static PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:^|[^\pL\pN_])(?:",
        r"(?P<guides>quy\s+định\s+chi\s+tiết(?:\s+và\s+hướng\s+dẫn(?:\s+thi\s+hành|\s+thực\s+hiện)?)?|hướng\s+dẫn(?:\s+thi\s+hành|\s+thực\s+hiện|\s+triển\s+khai)?)",
        r"|(?P<amends>sửa\s+đổi(?:\s*,\s*b\p{L}{1,3}\s+sung|\s+và\s+bổ\s+sung)?|bổ\s+sung)",
        r"|(?P<replaces>thay\s+thế)",
        r"|(?P<repeals>bãi\s+bỏ|hủy\s+bỏ|huỷ\s+bỏ)",
        r"|(?P<basis>căn\s+cứ)",
        r"|(?P<implements>(?:để\s+)?(?:(?:tiếp\s+tục|duy\s+trì)\s+)?(?:triển\s+khai(?:\s+thực\s+hiện)?|thực\s+hiện))",
        r")(?:[^\pL\pN_]|$)"
    ))
    .expect("valid regex")
});

/// What may stand between a role phrase and the mention it governs: articles, clauses,
/// `một số điều của`, `nội dung`, the document's own type words (`Bãi bỏ Quyết định số`).
static FILLER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:[\s,:;*_\x22“”()]|\d+[a-z]?\b|[a-zđ]\)|",
        r"(?:một|số|các|điều|khoản|điểm|của|tại|và|nội|dung|quy|định|tên|gọi|thi|hành|thực|hiện|",
        r"toàn|bộ|phụ|lục|ban|kèm|theo|cho|những|văn|bản|sau|đây|cụ|thể|như|sau|đối|với|",
        r"mục|chương|phần|tiết|[a-zđ]|lần|thứ|trong|đã|được|nêu|bởi|biện|pháp)(?:[^\pL\pN_]|$))*$"
    ))
    .expect("valid regex")
});

/// A law, code, ordinance or constitution named before its number (`Luật Tổ chức chính quyền
/// địa phương số`), after the filler: the name stands between a role phrase and the number
/// it governs. A name runs to the number without `;`, `.`, `:` or a paragraph break.
static NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^[\s,*_\x22“”]*(?:(?:bộ\s+)?luật|pháp\s+lệnh|hiến\s+pháp)(?:[^\pL\pN_])",
        r"[^;:.]{0,200}?(?:[^\pL\pN_]số)?[\s*_]*$"
    ))
    .expect("valid regex")
});

/// `cụm từ “Công an cấp huyện”`: the words a text amends or repeals inside a document.
static QUOTED_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)cụm\s+từ[\s*_]*[“\x22][^”\x22]{0,200}[”\x22][\s*_]*").expect("valid regex")
});

/// A part of a document named before the document (`Quy định … ban hành kèm theo Quyết
/// định số`, `Danh mục … tại Quyết định số`): what acts on the part acts on the document.
static PART_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:^|[^\pL\pN_])(?P<part>quy\s+định|quy\s+chế|điều\s+lệ|danh\s+mục|phụ\s+lục)",
        r"[^\pL\pN_][^;:]{0,400}?[^\pL\pN_](?:(?:được\s+)?ban\s+hành\s+kèm\s+theo|tại)[\s*_]*$"
    ))
    .expect("valid regex")
});

/// `… hướng dẫn thực hiện chế độ trợ cấp … theo Quyết định số`: a guide's title naming
/// what it guides, then the document that set it up.
static GUIDED_UNDER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^[^;:.]{0,250}[^\pL\pN_]theo[\s*_]*$").expect("valid regex"));

/// Whether only filler, or a law's name, stands between a role phrase and the mention.
fn governs(between: &str) -> bool {
    if FILLER.is_match(between) {
        return true;
    }
    if between.contains("\n\n") {
        return false;
    }
    if QUOTED_WORDS.is_match(between) && FILLER.is_match(&QUOTED_WORDS.replace_all(between, " ")) {
        return true;
    }
    // The part opens right after the filler (`một số điều của Quy định …`).
    if let Some(part) = PART_OF.captures(between).and_then(|c| c.name("part"))
        && FILLER.is_match(&between[..part.start()])
        && !between.contains(". ")
        && !between.contains(".\n")
    {
        return true;
    }
    // The law's name may follow filler (`sửa đổi, bổ sung một số điều của Luật Đầu tư số`),
    // when it runs to the number: a name closed by `và` or `,` is another item.
    let name = without_law_title(between).len();
    let open = between.trim_end_matches([' ', '\t', '\n', '*', '_']);
    NAMED.is_match(between)
        || (name < between.len()
            && FILLER.is_match(&between[..name])
            && !open.ends_with(" và")
            && !open.ends_with(','))
}

/// The words before a law's title that runs to their end (`, Luật Đầu tư số` → `, `).
fn without_law_title(gap: &str) -> &str {
    TITLE_BEFORE_NUMBER
        .captures(gap)
        .and_then(|c| c.get(1))
        .map_or(gap, |m| &gap[..m.start()])
}

/// A type word just before a role phrase (`Luật sửa đổi, bổ sung …`, `Nghị định sửa đổi`,
/// `các văn bản hướng dẫn`): the phrase is part of a document's title, not a role of what
/// follows.
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\pL\pN_])(?:luật|pháp\s+lệnh|nghị\s+định|thông\s+tư|nghị\s+quyết|quyết\s+định|văn\s+bản)[\s*_]*$")
        .expect("valid regex")
});

/// A review of the carrying out (`tổng kết 10 năm thực hiện`, `sơ kết việc thực hiện`)
/// just before `thực hiện`: the document reviews the cited one, it does not carry it out.
static REVIEW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\pL\pN_])(?:tổng|sơ)\s+kết(?:\s+\d+\s+năm|\s+việc)?[\s*_]*$")
        .expect("valid regex")
});

/// `được` just before a role phrase: the mention after it holds the relation over the one
/// before (`… đã được sửa đổi, bổ sung bởi Nghị định …`).
static PASSIVE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:^|[^\pL\pN_])được\s*$").expect("valid regex"));

/// `tại`, `theo` after `hướng dẫn` or `thực hiện`: the mention is where the guidance is
/// written (`theo hướng dẫn tại Công văn số …`), not what is guided or carried out.
static WHERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\pL\pN_])(?:tại|theo)(?:[^\pL\pN_]|$)").expect("valid regex")
});

/// `Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số …`: carrying out a
/// direction, a request or a conclusion given in the mention is carrying out the mention.
static DIRECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^[\s*_]*(?:ý\s+kiến(?:\s+chỉ\s+đạo)?|(?:sự\s+)?chỉ\s+đạo|yêu\s+cầu|kết\s+luận)",
        r"(?:[^\pL\pN_][^;.:]{0,160})?[^\pL\pN_](?:tại|theo)[\s*_]*$"
    ))
    .expect("valid regex")
});

/// `hết hiệu lực` after a mention: the citing document repeals it.
static EXPIRES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)hết\s+hiệu\s+lực").expect("valid regex"));

fn role_of(caps: &regex::Captures<'_>) -> Role {
    [
        ("guides", Role::Guides),
        ("amends", Role::Amends),
        ("replaces", Role::Replaces),
        ("repeals", Role::Repeals),
        ("basis", Role::Basis),
        ("implements", Role::Implements),
    ]
    .into_iter()
    .find(|(g, _)| caps.name(g).is_some())
    .map_or(Role::Mention, |(_, r)| r)
}

/// Whether the line break at `i` only wraps a sentence: the next line goes on in lower case,
/// or the line ends with a word that cannot close a clause (`của` before the issuer on the
/// next line: `… ngày 07 tháng 11 năm 2022 của` / `Chính phủ quy định …`).
fn soft_break(text: &str, i: usize) -> bool {
    let lower_next = text[i + 1..]
        .trim_start_matches([' ', '\t', '*', '_'])
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    lower_next || OPEN_END.is_match(&text[floor_boundary(text, i.saturating_sub(12))..i])
}

/// A word that leaves its clause open at the end of a line.
static OPEN_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\pL\pN_])(?:của|và|các|tại|theo|về|với|số|ngày|tháng|năm|bởi|do)[ \t]*$")
        .expect("valid regex")
});

/// A paragraph break: a blank line, or, in text that is not hard-wrapped, a line break that
/// does not go on in lower case.
fn paragraph_start(text: &str, at: usize, wrapped: bool) -> usize {
    let lo = floor_boundary(text, at.saturating_sub(3000));
    let hay = &text[lo..at];
    let found = if wrapped {
        hay.rfind("\n\n").map(|i| i + 2)
    } else {
        hay.match_indices('\n')
            .rev()
            .find(|(i, _)| !soft_break(text, lo + i))
            .map(|(i, _)| i + 1)
    };
    found.map_or(lo, |i| lo + i)
}

/// A clause ends at `;`, `.` + space, `:` or a paragraph break.
fn has_clause_break(s: &str, wrapped: bool) -> bool {
    s.contains(';')
        || s.contains(". ")
        || s.contains(".\n")
        || s.contains(':')
        || s.contains("\n\n")
        || (!wrapped && s.match_indices('\n').any(|(i, _)| !soft_break(s, i)))
}

/// What may open a sentence before its first words: list marks, emphasis, a table cell.
static OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\s*_#|>\-+•]*(?:(?:\d{1,3}(?:\.\d{1,3})*\s*[.)]|[a-zđ]\)|[ivx]{1,5}\.)[\s*_]*)?(?:nhằm\s+)?$")
        .expect("valid regex")
});

/// Whether `before`, the paragraph up to a role phrase, leaves the phrase opening its
/// sentence (after `.`, `;`, `:` or a table cell, or at the paragraph's start; in text that
/// is not hard-wrapped a paragraph is a line).
fn opens_sentence(before: &str) -> bool {
    let start = before
        .rfind([';', ':', '|'])
        .map(|i| i + 1)
        .into_iter()
        .chain(before.rfind(". ").map(|i| i + 2))
        .chain(before.rfind(".\n").map(|i| i + 2))
        .max()
        .unwrap_or(0);
    OPENING.is_match(&before[start..])
}

/// A list item's opening (`2. `, `a) `, `- `) at the start of a paragraph.
static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[*_]*\s*)?(?:\d{1,3}\s*[.)]|[a-zđ]\)|[-+•])\s").expect("valid regex")
});

/// Sets `role` and `holder` of every citation (`citations` in text order). `self_refs` are
/// the spans of the citing document's own short forms (`Quyết định này`), which hold a
/// relation as the document itself does.
pub(crate) fn assign(
    text: &str,
    citations: &mut [Citation],
    self_refs: &[std::ops::Range<usize>],
    wrapped: bool,
) {
    // The role and holder of the last mention held by the document itself, by paragraph.
    let mut head: Option<(Role, Option<String>, usize)> = None;
    for i in 0..citations.len() {
        let start = citations[i].span.start;
        let para = paragraph_start(text, start, wrapped);
        // The previous mention, or the one that contains this one (a law named by what it
        // amends: `Luật sửa đổi, bổ sung một số điều của Luật Đất đai`).
        let prev = citations[..i]
            .iter()
            .rev()
            .find(|p| p.span.start < start)
            .map(|p| (p.span.clone(), p.cited.key.clone()));
        let prev_self = self_refs
            .iter()
            .filter(|r| r.end <= start && r.start >= para)
            .map(|r| r.end)
            .max();
        let gap_from = match &prev {
            Some((span, _)) if span.end > start => span.start + 1,
            Some((span, _)) => span.end,
            None => para,
        }
        .max(para)
        .max(prev_self.unwrap_or(0));
        let gap_from = floor_boundary(text, gap_from.min(start));
        let gap = &text[gap_from..start];
        let phrase = PHRASE
            .captures_iter(gap)
            .filter(|c| {
                let end = floor_boundary(gap, c.get(0).map_or(0, |m| m.end()));
                let between = &gap[end..];
                let carried = matches!(role_of(c), Role::Guides | Role::Implements);
                let at = c.get(0).map_or(0, |m| m.start());
                let titled = TITLE.is_match(&gap[..at])
                    || (role_of(c) == Role::Implements && REVIEW.is_match(&gap[..at]));
                // A guide named just after a mention, in its clause, guides what it names
                // after `theo` (`số 08/2012/TTLT … hướng dẫn thực hiện chế độ … theo`).
                let guided_under = role_of(c) == Role::Guides
                    && prev
                        .as_ref()
                        .is_some_and(|(span, _)| span.start >= para && span.end <= start)
                    && !has_clause_break(&gap[..at], wrapped)
                    && GUIDED_UNDER.is_match(between);
                !titled
                    && ((governs(between) && !(carried && WHERE.is_match(between)))
                        || (role_of(c) == Role::Implements && DIRECTION.is_match(between))
                        || guided_under)
            })
            .last();
        let mut acts = None;
        let passive_prev = phrase.as_ref().and_then(|c| {
            let at = gap_from + c.get(0).map_or(0, |m| m.start());
            let p = prev.as_ref()?;
            (p.0.end <= at && PASSIVE.is_match(&text[p.0.end..at]))
                .then(|| (role_of(c), p.1.clone()))
        });
        let (role, holder) = if let Some((role, key)) = passive_prev {
            acts = Some(crate::Acts { role, key });
            match head.clone() {
                Some((role, holder, head_para)) if head_para == para => (role, holder),
                _ => (Role::Mention, None),
            }
        } else if let Some(c) = phrase {
            let role = role_of(&c);
            let at = gap_from + c.get(0).map_or(0, |m| m.start());
            let before = &text[gap_from..at];
            // `Tờ trình số 395/TTr-UBND … (Thực hiện khoản 3 Điều 15 Luật …)`: carrying out
            // named in brackets after a mention is a note of the citing text, no relation of
            // the mention. (Inside its subject it is one: `Nghị quyết số 03/NQ-CP … về ban
            // hành Chương trình hành động … thực hiện Nghị quyết số 57-NQ/TW`.)
            let inside_title = role == Role::Implements
                && (before.trim_end().ends_with('(')
                    || c.get(0).is_some_and(|m| m.as_str().starts_with('(')));
            let held_by_prev = role != Role::Basis
                && !inside_title
                && prev_self.is_none_or(|e| e < gap_from)
                && match &prev {
                    Some((span, _)) => {
                        span.start >= para
                            && (span.end > start || !has_clause_break(before, wrapped))
                    }
                    None => false,
                };
            let holder = if held_by_prev {
                prev.as_ref().map(|(_, key)| key.clone())
            } else {
                None
            };
            // The document carries out what its opening words name (`Thực hiện …, UBND xã
            // báo cáo`); an action inside a sentence (`tiếp tục quán triệt và triển khai
            // thực hiện …`) is a task it sets, not its own relation.
            let role =
                if role == Role::Implements && holder.is_none() && !opens_sentence(&text[para..at])
                {
                    Role::Mention
                } else {
                    role
                };
            (role, holder)
        } else if let Some(p) = citations[..i].iter().rev().find(|p| p.span.start < start)
            && p.cited.key == citations[i].cited.key
            && NAMED_HEREAFTER.is_match(gap)
        {
            (p.role, p.holder.clone())
        } else if let Some((role, holder, shared)) = joined_to_passive(gap, &citations[..i], start)
        {
            acts = Some(shared);
            (role, holder)
        } else if let Some((role, holder)) = joined_to_prev(
            gap,
            &citations[..i],
            start,
            citations[i].cited.doc_type.as_deref(),
        ) {
            (role, holder)
        } else if let Some((role, holder, head_para)) = head.clone()
            && head_para == para
            && continues_list(gap)
        {
            (role, holder)
        } else if let Some(item) = ITEM.find(&text[para..start])
            && FILLER.is_match(&text[para + item.end()..start])
            && let Some(role) = list_role(text, para, wrapped)
        {
            (role, None)
        } else {
            (Role::Mention, None)
        };
        let role = if role == Role::Mention && expires_after(text, citations, i) {
            Role::Repeals
        } else {
            role
        };
        // A document named again just after itself holds no relation over itself.
        let (role, holder) = if holder.as_deref() == Some(citations[i].cited.key.as_str()) {
            (Role::Mention, None)
        } else {
            (role, holder)
        };
        if holder.is_none() {
            head = Some((role, None, para));
        }
        citations[i].role = role;
        citations[i].holder = holder;
        citations[i].acts = acts;
    }
}

/// The role of the list whose item starts at `para`: walking back over the items to the
/// paragraph that introduces them with a role phrase and `:` (`Bãi bỏ các văn bản sau:`).
fn list_role(text: &str, para: usize, wrapped: bool) -> Option<Role> {
    let mut end = para;
    for _ in 0..60 {
        let before = text[..end].trim_end();
        if before.is_empty() {
            return None;
        }
        let start = paragraph_start(text, before.len(), wrapped);
        let p = &text[start..before.len()];
        if p.ends_with(':') {
            // The introducing sentence is the paragraph's last; its last role phrase counts.
            let sentence = p.rfind(". ").map_or(p, |i| &p[i + 2..]);
            return PHRASE.captures_iter(sentence).last().map(|c| role_of(&c));
        }
        if !ITEM.is_match(p) {
            return None;
        }
        end = start;
    }
    None
}

/// `… của Quyết định số 118/TTg và Điều 3, Quyết định số 20/2000/QĐ-TTg`: a mention
/// joined to the previous one by `và` or `,` (no `;`) shares its role and holder, when the
/// previous one is held by a neighbour.
fn joined_to_prev(
    gap: &str,
    before: &[Citation],
    start: usize,
    this_type: Option<&str>,
) -> Option<(Role, Option<String>)> {
    let prev = before.iter().rev().find(|p| p.span.start < start)?;
    if prev.holder.is_none() || prev.role == Role::Mention || !joins(gap) {
        return None;
    }
    // `… theo Quyết định số 40/2011/QĐ-TTg và số 17/2014/TTLT-…`: an item of the holder's
    // type, not the previous one's, goes on with the list of holders.
    if let Some(this) = this_type
        && prev.cited.doc_type.as_deref() != Some(this)
        && before
            .iter()
            .rev()
            .find(|h| Some(&h.cited.key) == prev.holder.as_ref())
            .is_some_and(|h| h.cited.doc_type.as_deref() == Some(this))
    {
        return None;
    }
    Some((prev.role, prev.holder.clone()))
}

/// `… được sửa đổi, bổ sung tại Luật số 62/2020/QH14, Luật số 47/2024/QH15`: a mention
/// joined by `,` or `và` to one that acts on an earlier document acts on it too, and shares
/// its role and holder.
fn joined_to_passive(
    gap: &str,
    before: &[Citation],
    start: usize,
) -> Option<(Role, Option<String>, crate::Acts)> {
    let prev = before.iter().rev().find(|p| p.span.start < start)?;
    let acts = prev.acts.clone()?;
    joins(gap).then(|| (prev.role, prev.holder.clone(), acts))
}

/// Whether the words between two mentions join them in one list of a clause: `và` or `,`,
/// then only filler, with no `;`.
fn joins(gap: &str) -> bool {
    if gap.contains(';') || gap.len() > 120 {
        return false;
    }
    let gap = without_law_title(gap);
    gap.rfind(" và ")
        .map(|i| &gap[i + " và ".len()..])
        .or_else(|| gap.rfind(',').map(|i| &gap[i + 1..]))
        .is_some_and(|tail| FILLER.is_match(tail) && !CLAUSE_VERB.is_match(tail))
}

/// Whether the words between two mentions continue a list (`; `, `, `, ` và `, maybe with
/// the next type and issuer: `; các Quyết định của Thủ tướng Chính phủ số`). A table cell
/// boundary (a line that is only `|`) between them starts something else: the subject line
/// of a letter's header is no list head for its body.
fn continues_list(gap: &str) -> bool {
    if gap.lines().any(|l| l.trim() == "|") {
        return false;
    }
    // A law's title before its number is part of the next item (`và Pháp lệnh sửa đổi, bổ
    // sung một số điều của Pháp lệnh … số`).
    let gap = without_law_title(gap);
    let last = gap.rfind([';', ',']).map(|i| i + 1);
    let tail = match last {
        Some(i) => &gap[i..],
        None => match gap.rfind(" và ") {
            Some(i) => &gap[i + " và ".len()..],
            None => return false,
        },
    };
    tail.len() < 90 && !tail.contains(". ") && !CLAUSE_VERB.is_match(tail)
}

/// `(sau đây viết tắt là Quyết định số …)`: the document just named, named again by the
/// form the text will use; it keeps the role and holder it was given.
static NAMED_HEREAFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\(\s*sau\s+đây\s+(?:được\s+)?(?:viết|gọi)\s+tắt\s+là[\s*_\x22“]*$")
        .expect("valid regex")
});

/// A law's title running to the end of the words before its number.
static TITLE_BEFORE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &[
            r"(?:^|[^\pL\pN_])((?:",
            &law::named_pattern(),
            r")\s[^;:.]{0,200}?(?:số)?[\s*_]*)$",
        ]
        .concat(),
    )
    .expect("valid regex")
});

/// Verbs that start a new clause rather than continue a list.
static CLAUSE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)ban\s+hành|xây\s+dựng|đã|được|theo|tại|đề\s+nghị|yêu\s+cầu|báo\s+cáo")
        .expect("valid regex")
});

/// `Quyết định số 20/QĐ-UBND … hết hiệu lực`: the phrase after the mention, in its sentence,
/// before the next mention (a repealed document's title may run to some 500 letters).
fn expires_after(text: &str, citations: &[Citation], i: usize) -> bool {
    let from = citations[i].span.end;
    let next = citations
        .get(i + 1)
        .map_or(text.len(), |c| c.span.start.max(from));
    let to = floor_boundary(text, next.min(from + 800));
    let after = &text[from..to];
    let sentence = after
        .find(". ")
        .or_else(|| after.find(".\n"))
        .map_or(after, |e| &after[..e]);
    EXPIRES.is_match(sentence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::citation::{Context, extract};

    /// The citations of `text` with their roles set.
    fn assigned(text: &str, wrapped: bool) -> Vec<Citation> {
        let mut cs = extract(text, &Context::default());
        assign(text, &mut cs, &[], wrapped);
        cs
    }

    fn roles(text: &str) -> Vec<(String, &'static str, Option<String>)> {
        assigned(text, false)
            .into_iter()
            .map(|c| (c.cited.key, c.role.as_str(), c.holder))
            .collect()
    }

    fn r(
        key: &str,
        role: &'static str,
        holder: Option<&str>,
    ) -> (String, &'static str, Option<String>) {
        (key.into(), role, holder.map(Into::into))
    }

    #[test]
    fn basis_lines_and_lists() {
        let text = "Căn cứ Nghị định số 24/2019/NĐ-CP ngày 02/4/2019 của Chính phủ; Nghị định số 12/2021/NĐ-CP ngày 10/3/2021 của Chính phủ;\nCăn cứ Quyết định số 215/QĐ-UBND ngày 05/02/2024 của UBND tỉnh;";
        assert_eq!(
            roles(text),
            [
                r("24/2019/NĐ-CP", "basis", None),
                r("12/2021/NĐ-CP", "basis", None),
                r("215/QĐ-UBND", "basis", None)
            ]
        );
    }

    #[test]
    fn a_neighbour_holds_the_relation() {
        let text = "Căn cứ Nghị định số 88/2022/NĐ-CP ngày 14/9/2022 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 15/2019/NĐ-CP ngày 30/01/2019 của Chính phủ quy định chi tiết một số điều của Luật Chăn nuôi năm 2018;";
        assert_eq!(
            roles(text),
            [
                r("88/2022/NĐ-CP", "basis", None),
                r("15/2019/NĐ-CP", "amends", Some("88/2022/NĐ-CP")),
                r("Luật Chăn nuôi", "guides", Some("15/2019/NĐ-CP")),
            ]
        );
    }

    #[test]
    fn the_document_itself_amends_replaces_repeals() {
        let text = "Điều 1. Sửa đổi, bổ sung khoản 2 Điều 4 Quyết định số 31/2020/QĐ-UBND ngày 12/8/2020 của UBND tỉnh như sau:\nĐiều 2. Quyết định này thay thế Quyết định số 07/2019/QĐ-UBND ngày 03/3/2019.\nĐiều 3. Bãi bỏ Quyết định số 44/2018/QĐ-UBND.";
        let mut cs = extract(text, &Context::default());
        let this = text.find("Quyết định này").unwrap();
        let own = vec![std::ops::Range {
            start: this,
            end: this + "Quyết định này".len(),
        }];
        assign(text, &mut cs, &own, false);
        let got: Vec<_> = cs
            .iter()
            .map(|c| (c.role.as_str(), c.holder.clone()))
            .collect();
        assert_eq!(
            got,
            [("amends", None), ("replaces", None), ("repeals", None)]
        );
    }

    #[test]
    fn a_repeal_list_after_a_colon() {
        let text = "Điều 2. Bãi bỏ các văn bản sau đây:\n1. Quyết định số 76/2016/QĐ-UBND ngày 20/10/2016 của UBND tỉnh về việc ban hành quy định.\n2. Quyết định số 11/2017/QĐ-UBND ngày 10/4/2017 của UBND tỉnh.\nĐiều 3. Giao Sở Y tế hướng dẫn theo Công văn số 15/SYT-NVY.";
        let got: Vec<_> = roles(text).into_iter().map(|(_, r, _)| r).collect();
        assert_eq!(got, ["repeals", "repeals", "mention"]);
    }

    #[test]
    fn implements_and_plain_mentions() {
        let text = "Thực hiện Kế hoạch số 05/KH-UBND ngày 11/01/2024 của UBND huyện.\nTheo Công văn số 118/UBND-NV ngày 19/02/2024, UBND xã đã báo cáo.";
        assert_eq!(
            roles(text),
            [
                r("05/KH-UBND", "implements", None),
                r("118/UBND-NV", "mention", None)
            ]
        );
    }

    #[test]
    fn laws_named_before_their_number_in_a_basis_line() {
        let text = "Căn cứ Luật Tổ chức\nchính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;\nCăn cứ Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công số 90/2025/QH15;\nTheo Luật Thủ đô số 39/2024/QH15, thành phố được giao.";
        let got: Vec<_> = roles(text).into_iter().map(|(_, r, h)| (r, h)).collect();
        assert_eq!(
            got,
            [
                ("basis", None),
                ("basis", None),
                ("basis", None),
                ("mention", None)
            ]
        );
    }

    #[test]
    fn a_review_of_the_carrying_out_is_no_implementation() {
        let text = "Về việc xây dựng báo cáo tổng kết 10 năm thực hiện Kết luận số 88-KL/TW ngày 18/02/2014 của Bộ Chính trị.\nUBND tỉnh sơ kết việc thực hiện Chỉ thị số 31/CT-TTg.\nThực hiện Kế hoạch số 05/KH-UBND ngày 11/01/2024 của UBND huyện.";
        let got: Vec<_> = roles(text).into_iter().map(|(_, r, _)| r).collect();
        assert_eq!(got, ["mention", "mention", "implements"]);
    }

    #[test]
    fn passive_amendment() {
        let text = "Căn cứ Nghị định số 15/2019/NĐ-CP ngày 30/01/2019 của Chính phủ đã được sửa đổi, bổ sung bởi Nghị định số 88/2022/NĐ-CP ngày 14/9/2022 của Chính phủ;";
        let mut cs = extract(text, &Context::default());
        assign(text, &mut cs, &[], false);
        assert_eq!(cs[1].role, Role::Basis);
        assert_eq!(
            cs[1].acts,
            Some(crate::Acts {
                role: Role::Amends,
                key: "15/2019/NĐ-CP".into()
            })
        );
    }

    #[test]
    fn the_constitution_amended_by_a_resolution_in_a_basis_line() {
        let text = "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung một số điều theo Nghị quyết số* *120/2025/QH15;";
        let cs = assigned(text, false);
        let got: Vec<_> = cs
            .iter()
            .map(|c| (c.cited.key.as_str(), c.role.as_str()))
            .collect();
        assert_eq!(got, [("Hiến pháp", "basis"), ("120/2025/QH15", "basis")]);
        assert_eq!(
            cs[1].acts,
            Some(crate::Acts {
                role: Role::Amends,
                key: "Hiến pháp".into()
            })
        );
    }

    #[test]
    fn every_document_of_a_passive_list_amends() {
        let text = "- Luật Xây dựng số 50/2014/QH13 được sửa đổi, bổ sung tại Luật số 62/2020/QH14, Luật số 47/2024/QH15;\n- Nghị định số 15/2021/NĐ-CP ngày 03/3/2021 của Chính phủ (được sửa đổi, bổ sung tại Nghị định số 35/2023/NĐ-CP ngày 20/6/2023 và Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ);";
        let cs = assigned(text, false);
        let acts: Vec<_> = cs
            .iter()
            .map(|c| {
                (
                    c.cited.key.as_str(),
                    c.acts.as_ref().map(|a| (a.role, a.key.as_str())),
                )
            })
            .collect();
        assert_eq!(
            acts,
            [
                ("50/2014/QH13", None),
                ("62/2020/QH14", Some((Role::Amends, "50/2014/QH13"))),
                ("47/2024/QH15", Some((Role::Amends, "50/2014/QH13"))),
                ("15/2021/NĐ-CP", None),
                ("35/2023/NĐ-CP", Some((Role::Amends, "15/2021/NĐ-CP"))),
                ("175/2024/NĐ-CP", Some((Role::Amends, "15/2021/NĐ-CP"))),
            ]
        );
    }

    #[test]
    fn an_amending_ordinance_named_before_its_number_continues_the_basis_list() {
        let text = "Căn cứ Pháp lệnh Ưu đãi đối với người tham gia kháng chiến và gia đình họ số 12/2008/PL-UBTVQH12 ngày 10 tháng 5 năm 2008 của Ủy ban Thường vụ Quốc hội và Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Ưu đãi đối với người tham gia kháng chiến và gia đình họ số 08/2014/PL-UBTVQH13 ngày 20 tháng 6 năm 2014 của Ủy ban Thường vụ Quốc hội;";
        let got: Vec<_> = roles(text).into_iter().map(|(_, r, _)| r).collect();
        assert_eq!(got, ["basis", "basis"]);
    }

    #[test]
    fn a_name_given_in_brackets_keeps_the_role_and_the_list_goes_on() {
        let text = "Căn cứ Quyết định số 45/2019/QĐ-TTg ngày 02 tháng 3 năm 2019 của Thủ tướng Chính phủ về chế độ trợ cấp (sau đây viết tắt là Quyết định số 45/2019/QĐ-TTg) và Quyết định số 12/2021/QĐ-TTg ngày 05 tháng 4 năm 2021 của Thủ tướng Chính phủ sửa đổi, bổ sung Quyết định số 45/2019/QĐ-TTg;";
        let got: Vec<_> = roles(text).into_iter().map(|(_, r, _)| r).collect();
        assert_eq!(got, ["basis", "basis", "basis", "amends"]);
    }

    #[test]
    fn a_law_written_number_first_amends_the_laws_its_title_lists() {
        let text = "Căn cứ Luật số 12/2025/QH15 sửa đổi, bổ sung một số điều của Luật Quy hoạch số 21/2017/QH14, Luật Đầu tư số 61/2020/QH14 và Luật Xây dựng số 50/2014/QH13;";
        assert_eq!(
            roles(text),
            [
                r("12/2025/QH15", "basis", None),
                r("21/2017/QH14", "amends", Some("12/2025/QH15")),
                r("61/2020/QH14", "amends", Some("12/2025/QH15")),
                r("50/2014/QH13", "amends", Some("12/2025/QH15")),
            ]
        );
    }

    #[test]
    fn a_sentence_wrapped_in_lower_case_stays_one_clause() {
        let text = "- Nghị định số 31/2021/NĐ-CP ngày 26/3/2021 của Chính phủ sửa đổi, bổ\nsung một số điều của Nghị định số 11/2019/NĐ-CP;";
        assert_eq!(
            roles(text),
            [
                r("31/2021/NĐ-CP", "mention", None),
                r("11/2019/NĐ-CP", "amends", Some("31/2021/NĐ-CP"))
            ]
        );
    }

    #[test]
    fn a_line_broken_after_cua_goes_on_with_the_issuer() {
        let text = "Căn cứ Nghị định số 30/2019/NĐ-CP ngày 12 tháng 3 năm 2019 của\nChính phủ quy định chi tiết một số điều của Luật Thống kê năm 2015;";
        assert_eq!(
            roles(text),
            [
                r("30/2019/NĐ-CP", "basis", None),
                r("Luật Thống kê", "guides", Some("30/2019/NĐ-CP"))
            ]
        );
    }

    #[test]
    fn a_document_is_not_its_own_holder() {
        let text = "Báo cáo gồm: đánh giá việc thực hiện Kết luận số 12-KL/TW, kết quả sau 5 năm triển khai thực hiện Kết luận số 12-KL/TW.";
        assert!(roles(text).iter().all(|(k, _, h)| h.as_deref() != Some(k)));
    }

    #[test]
    fn a_mention_joined_by_va_shares_the_neighbours_relation() {
        let text = "Quyết định số 17/2009/QĐ-TTg ngày 05/3/2009 về việc sửa đổi, bổ sung Điều 2 của Quyết định số 28/2004/QĐ-TTg và Điều 3, Quyết định số 40/2006/QĐ-TTg ngày 03/02/2006.";
        assert_eq!(
            roles(text)[2],
            r("40/2006/QĐ-TTg", "amends", Some("17/2009/QĐ-TTg"))
        );
    }

    #[test]
    fn a_list_does_not_run_past_a_table_cell() {
        let text = "*V/v*\n|\nTriển khai Nghị định\n45/2024/NĐ-CP\n|\nHà Nội, ngày 02 tháng 3 năm 2025\n|\nKính gửi: Bộ Tài chính.\nNgày 20 tháng 02 năm\n2025, Văn phòng nhận văn bản số\n12/CV-HHDN của Hiệp hội Doanh nghiệp gửi Thủ tướng.";
        let cs = assigned(text, true);
        let got: Vec<_> = cs
            .iter()
            .map(|c| (c.cited.key.as_str(), c.role.as_str()))
            .collect();
        assert_eq!(
            got,
            [("45/2024/NĐ-CP", "implements"), ("12/CV-HHDN", "mention")]
        );
    }

    #[test]
    fn an_action_in_the_body_is_no_implementation_of_the_document() {
        let text = "Thực hiện Chỉ thị số 05-CT/TU ngày 02/3/2024 của Tỉnh ủy; Kế hoạch số 14/KH-UBND ngày 10/3/2024 của UBND tỉnh, UBND xã báo cáo như sau:\n3. Nhiệm vụ năm tới\nTiếp tục quán triệt, tuyên truyền và triển khai thực hiện Kết luận số 12-KL/TW; Chỉ thị số 33-CT/TW ngày 03/01/2019 của Bộ Chính trị; Quyết định số 405/QĐ-TTg ngày 10/4/2021.\n- Để triển khai Kế hoạch số 20/KH-UBND, giao Văn phòng chủ trì.\nDuy trì thực hiện Quyết định số 08/2021/QĐ-UBND của UBND tỉnh.";
        let got: Vec<_> = roles(text).into_iter().map(|(_, r, _)| r).collect();
        assert_eq!(
            got,
            [
                "implements",
                "implements",
                "mention",
                "mention",
                "mention",
                "implements",
                "implements"
            ]
        );
    }

    #[test]
    fn carrying_out_a_direction_given_in_a_document() {
        let text = "Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 812/UBND-VX ngày 04/4/2024 và Công văn số 955/UBND-VX ngày 19/4/2024, Sở Y tế báo cáo như sau:\nThực hiện theo hướng dẫn tại Công văn số 15/SYT-NVY.";
        let got: Vec<_> = roles(text).into_iter().map(|(_, r, _)| r).collect();
        assert_eq!(got, ["implements", "implements", "mention"]);
    }

    #[test]
    fn the_documents_that_guide_are_not_the_citing_one() {
        let text = "Các cơ quan rà soát các văn bản hướng dẫn Nghị định số 15/2021/NĐ-CP ngày 03/3/2021 của Chính phủ.";
        assert_eq!(roles(text), [r("15/2021/NĐ-CP", "mention", None)]);
    }

    #[test]
    fn carrying_out_in_brackets_after_a_mention_is_no_relation_of_it() {
        let text = "Xét Tờ trình số 395/TTr-UBND ngày 19/11/2025 của UBND Thành phố đề nghị ban hành Nghị quyết quy định chi thu nhập (Thực hiện khoản 3 Điều 15 Luật Thủ đô số 39/2024/QH15).\nKế hoạch số 12/KH-UBND ngày 10/3/2024 của UBND tỉnh về việc thực hiện Chỉ thị số 05-CT/TU ngày 02/3/2024 của Tỉnh ủy.";
        let got: Vec<_> = roles(text).into_iter().map(|(_, r, h)| (r, h)).collect();
        assert_eq!(
            got,
            [
                ("mention", None),
                ("mention", None),
                ("mention", None),
                ("implements", Some("12/KH-UBND".to_string())),
            ]
        );
    }

    #[test]
    fn amends_with_bo_sung_mistyped() {
        let text = "Căn cứ Nghị định số 198/2004/NĐ-CP ngày 03/12/2004 của Chính phủ về thu tiền sử dụng đất; Nghị định số 44/2008/NĐ-CP ngày 09/4/2008 của Chính phủ về sửa đổi, bổi sung một số Điều của Nghị định số 198/2004/NĐ-CP.";
        assert_eq!(
            roles(text)[2],
            r("198/2004/NĐ-CP", "amends", Some("44/2008/NĐ-CP"))
        );
    }

    #[test]
    fn a_rule_issued_with_a_decision_is_the_decision() {
        let text = "2. Quyết định số 52/2020/QĐ-UBND ngày 20 tháng 11 năm 2020 của UBND tỉnh Sửa đổi một số điều của Quy định về nội dung chi, mức chi hỗ trợ cho người nghèo trên địa bàn tỉnh ban hành kèm theo Quyết định số 28/2016/QĐ-UBND ngày 05 tháng 5 năm 2016 của UBND tỉnh.\nCăn cứ Quy chế hoạt động của Ban Chấp hành, Quy chế thi đua, khen thưởng ban hành kèm theo Quyết định số 109-QĐ/TWĐTN-VP ngày 15/8/2018;\nĐiều 3. Quyết định này thay thế Danh mục thủ tục hành chính có số thứ tự 01, 02 lĩnh vực Tổ chức cán bộ tại Quyết định số 1740/QĐ-UBND ngày 30/6/2025 của Chủ tịch UBND tỉnh.";
        let mut cs = extract(text, &Context::default());
        let this = text.find("Quyết định này").unwrap();
        let own = vec![std::ops::Range {
            start: this,
            end: this + "Quyết định này".len(),
        }];
        assign(text, &mut cs, &own, false);
        let got: Vec<_> = cs
            .iter()
            .map(|c| (c.cited.key.as_str(), c.role.as_str(), c.holder.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("52/2020/QĐ-UBND", "mention", None),
                ("28/2016/QĐ-UBND", "amends", Some("52/2020/QĐ-UBND")),
                ("109-QĐ/TWĐTN-VP", "basis", None),
                ("1740/QĐ-UBND", "replaces", None),
            ]
        );
    }

    #[test]
    fn a_phrase_repealed_in_a_document_repeals_in_it() {
        let text = "Điều 2. Bãi bỏ cụm từ *“Công an cấp\nhuyện”* tại điểm a khoản 1 Điều 3 Nghị quyết số 38/2024/NQ-HĐND ngày 10 tháng 12 năm 2024 của HĐND tỉnh.";
        assert_eq!(roles(text), [r("38/2024/NQ-HĐND", "repeals", None)]);
    }

    #[test]
    fn a_guide_of_a_scheme_under_a_decision_guides_the_decision() {
        let text = "Thực hiện theo hướng dẫn tại các Thông tư liên tịch số 01/2012/TTLT-BQP-BLĐTBXH-BTC ngày 05 tháng 01 năm 2012 của liên Bộ hướng dẫn thực hiện Quyết định số 62/2011/QĐ-TTg; số 08/2012/TTLT-BLĐTBXH-BNV-BTC ngày 16 tháng 4 năm 2012 của liên Bộ hướng dẫn thực hiện chế độ trợ cấp đối với thanh niên xung phong theo Quyết định số 40/2011/QĐ-TTg.\nThực hiện theo hướng dẫn tại Công văn số 15/SYT-NVY.";
        let got: Vec<_> = roles(text)
            .into_iter()
            .filter(|(k, _, _)| k.starts_with("40/") || k.starts_with("15/"))
            .collect();
        assert_eq!(
            got,
            [
                r(
                    "40/2011/QĐ-TTg",
                    "guides",
                    Some("08/2012/TTLT-BLĐTBXH-BNV-BTC")
                ),
                r("15/SYT-NVY", "mention", None),
            ]
        );
        // The next item of the guides' list is no guided document.
        let text = "Thực hiện theo hướng dẫn tại các Thông tư liên tịch số 08/2012/TTLT-BLĐTBXH-BNV-BTC ngày 16 tháng 4 năm 2012 của liên Bộ hướng dẫn thực hiện chế độ trợ cấp theo Quyết định số 40/2011/QĐ-TTg và số 17/2014/TTLT-BLĐTBXH-BTC ngày 01 tháng 8 năm 2014 của liên Bộ.";
        assert_eq!(roles(text)[2].2, None);
        // Words before the part that are no filler: no relation through the part.
        let text = "2. Số tiền thanh toán căn cứ vào nội dung yêu cầu giám định theo quy định tại Biểu phí ban hành kèm theo Thông tư số 243/2016/TT-BTC ngày 11 tháng 11 năm 2016 của Bộ Tài chính.";
        assert_eq!(roles(text), [r("243/2016/TT-BTC", "mention", None)]);
    }

    #[test]
    fn expiry_after_the_mention() {
        let text = "Quyết định số 09/2015/QĐ-UBND ngày 02/3/2015 của UBND tỉnh hết hiệu lực kể từ ngày Quyết định này có hiệu lực.";
        assert_eq!(roles(text), [r("09/2015/QĐ-UBND", "repeals", None)]);
        // After a long title, in the same sentence.
        let text = "2. Thông tư liên tịch số 30/2012/TTLT-BTC-BNV ngày 20 tháng 02 năm 2012 của Bộ Tài chính, Bộ Nội vụ hướng dẫn lập dự toán, quản lý, sử dụng và quyết toán kinh phí bảo đảm cho công tác thi đua, khen thưởng của các cơ quan, đơn vị thuộc ngành Nội vụ ở trung ương và địa phương hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực thi hành.";
        assert_eq!(roles(text), [r("30/2012/TTLT-BTC-BNV", "repeals", None)]);
    }
}
