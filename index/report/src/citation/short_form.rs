//! Short forms: a document named again without its full number, resolved to its
//! antecedent as eyecite resolves `Id.` and `supra`.
//!
//! - `Quyết định này`, `Nghị định này`: the citing document itself, when the type is its own
//!   (or a `Quy định`/`Quy chế` it issues); another type names the last cited document of that
//!   type (`Luật này` in a decision on a law);
//! - `Kế hoạch nêu trên`, `Quyết định số 20 nêu trên`, `văn bản nêu trên`: the last cited
//!   document of that type (and number);
//! - `Kết luận số 88` after `Kết luận số 88-KL/TW`: the number alone, after the full form.
//!
//! Each short form of another document becomes a citation of it with its own span
//! (`short_form` set); the document's own short forms are returned as spans.

use super::super::text::{floor_boundary, lines};
use super::grammar::{canon_code, type_of_code, type_of_words};
use super::law;
use crate::{Citation, CitedId};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

const TYPES: &str = concat!(
    r"nghị\s+định|quyết\s+định|thông\s+tư(?:\s+liên\s+tịch)?|nghị\s+quyết|kế\s+hoạch|công\s+điện",
    r"|chỉ\s+thị|quy\s+định|quy\s+chế|luật|pháp\s+lệnh|công\s+văn|văn\s+bản|thông\s+báo",
    r"|chương\s+trình|hướng\s+dẫn|báo\s+cáo|tờ\s+trình|đề\s+án|kết\s+luận|phương\s+án"
);

/// `<Type> này`, `<Type> (số N) nêu trên`, `<Type> (số) N` (the number alone).
static SHORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:^|[^\pL\pN_])(?P<t>{TYPES})(?:\s+(?P<this>này)|(?:\s+số)?(?:\s+(?P<n>\d{{1,5}}[a-z]?))?\s+(?P<above>(?:đã\s+)?nêu\s+trên|nói\s+trên|trên\s+đây)|(?:\s+số)?\s+(?P<alone>\d{{1,5}}[a-z]?))(?P<after>[^\pL\pN_]|$)"
    ))
    .expect("valid regex")
});

/// What a short form resolved to.
pub(crate) struct Resolved {
    /// Citations of other documents, to add to the list.
    pub citations: Vec<Citation>,
    /// Spans that name the citing document itself.
    pub self_refs: Vec<Range<usize>>,
}

/// The citing document's own type: its header's type line (`QUYẾT ĐỊNH`), else the type
/// code of its own number.
pub(crate) fn own_kind(text: &str, own_number: Option<&str>) -> Option<&'static str> {
    for line in lines(text).iter().take(60) {
        let s = text[line.start..line.end]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '#' | '_' | '|'));
        if s.is_empty() || s.chars().any(char::is_lowercase) {
            continue;
        }
        if let Some(t) = type_of_words(s).filter(|t| t.len() > 3) {
            return Some(t);
        }
    }
    let code = own_number?
        .split(['/', '-'])
        .find(|p| !p.is_empty() && !p.chars().all(|c| c.is_ascii_digit()))?;
    type_of_code(&canon_code(code))
}

/// Whether a mention of `written` type can be a document of type `of`.
fn same_type(written: &str, of: Option<&str>) -> bool {
    written == "Văn bản" || of.is_some_and(|t| t == written)
}

/// Finds and resolves the short forms of `text`; `citations` are the full mentions, in order.
pub(crate) fn resolve(text: &str, citations: &[Citation], own: Option<&str>) -> Resolved {
    let mut out = Resolved {
        citations: Vec::new(),
        self_refs: Vec::new(),
    };
    // The full citations in text order, with the furthest end reached so far: whether a
    // short form overlaps one, and which stand before it, are binary searches, not a pass
    // over every citation per short form (a long file holds thousands of each).
    let mut full: Vec<&Citation> = citations.iter().collect();
    full.sort_by_key(|f| f.span.start);
    let reach: Vec<usize> = full
        .iter()
        .scan(0, |m, f| {
            *m = f.span.end.max(*m);
            Some(*m)
        })
        .collect();
    for c in SHORT.captures_iter(text) {
        let (Some(t), Some(after)) = (c.name("t"), c.name("after")) else {
            continue;
        };
        let start = t.start();
        let end = after.start();
        let starting_before_end = full.partition_point(|f| f.span.start < end);
        if starting_before_end > 0 && reach[starting_before_end - 1] > start {
            continue;
        }
        let Some(ty) = type_of_words(t.as_str()) else {
            continue;
        };
        // None overlaps: those starting before `start` end before it.
        let before = &full[..full.partition_point(|f| f.span.start < start)];
        let antecedent = |number: Option<&str>| {
            before
                .iter()
                .rev()
                .find(|f| {
                    same_type(ty, f.cited.doc_type.as_deref())
                        && number.is_none_or(|n| f.cited.number.eq_ignore_ascii_case(n))
                        && !f.cited.number.is_empty()
                        || (number.is_none()
                            && ty == "Luật"
                            && f.cited.doc_type.as_deref() == Some("Luật"))
                })
                .map(|f| Citation::clone(f))
        };
        let found = if c.name("this").is_some() {
            // `văn bản này` is as often the portal's page or a generic phrase.
            if ty == "Văn bản" {
                continue;
            }
            let own_type = own.is_none_or(|o| o == ty)
                || matches!(ty, "Quy định" | "Quy chế" | "Văn bản")
                || (ty == "Kế hoạch" && own == Some("Chương trình"));
            if own_type {
                out.self_refs.push(start..end);
                continue;
            }
            // A law named by its bare name earlier in the clause (`theo quy định của Luật
            // Thuế giá trị gia tăng và các văn bản hướng dẫn Luật này`).
            bare_law_before(text, start, ty, before).or_else(|| {
                before
                    .iter()
                    .rev()
                    .find(|f| f.cited.doc_type.as_deref() == Some(ty))
                    .map(|f| Citation::clone(f))
            })
        } else if c.name("above").is_some() {
            // `các văn bản nêu trên`, `những Quyết định nói trên`: several documents, not one.
            if plural_before(&text[..start]) {
                continue;
            }
            if ty == "Văn bản" && c.name("n").is_none() {
                // The generic word names back the last document the text called so
                // (`nhận văn bản … số 16/CV-HHTACN … về việc triển khai Nghị định số …`),
                // else the last numbered one.
                before
                    .iter()
                    .rev()
                    .take(6)
                    .find(|f| !f.cited.number.is_empty() && called_document(text, f))
                    .map(|f| Citation::clone(f))
                    .or_else(|| antecedent(None))
            } else {
                antecedent(c.name("n").map(|m| m.as_str()))
            }
        } else if let Some(n) = c.name("alone") {
            // Not the head of a full number (`88-KL/TW`, `05/KH-UBND`) nor a date.
            let rest = &text[n.end()..floor_boundary(text, (n.end() + 3).min(text.len()))];
            // `Văn bản` + a count in a table's unit column (`Văn bản\t12`) is no citation.
            if rest.starts_with(['/', '-', '.'])
                || ty == "Văn bản"
                || text[t.end()..n.start()].contains(['\t', '\n', '|'])
            {
                continue;
            }
            antecedent(Some(n.as_str()))
        } else {
            None
        };
        if let Some(mut a) = found {
            a.span = start..end;
            a.cited.subject = None;
            a.short_form = true;
            a.pinpoints = Vec::new();
            a.role = Default::default();
            a.holder = None;
            out.citations.push(a);
        }
    }
    out.citations.extend(law_names(text, &full, &reach));
    out
}

/// `Luật Thuế giá trị gia tăng` (a law, code or ordinance by its bare name), the last in the
/// clause that ends at `at`.
static BARE_LAW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[
        r"(?:^|[^\pL\pN_])(?P<t>",
        &law::named_pattern(),
        r")\s+(?P<name>\p{Lu}[\p{L}\s]{1,150}?)(?:\s+(?:và|của|các|theo|tại|này|để|về|do|đã|được|năm|ngày|số)(?:[^\pL\pN_]|$)|\s*[,()]|$)",
    ]
    .concat())
    .expect("valid regex")
});

/// The law of type `ty` named by its bare name last in the clause before `at`, as a
/// citation: one of `before` when the name is a cited law's key, else a citation keyed by
/// the name.
fn bare_law_before(text: &str, at: usize, ty: &str, before: &[&Citation]) -> Option<Citation> {
    let kind = law::kind(ty).filter(|k| k.named)?;
    let lo = floor_boundary(text, at.saturating_sub(300));
    let window = &text[lo..at];
    let clause = window
        .rfind([';', ':'])
        .map(|i| i + 1)
        .into_iter()
        .chain(window.rfind(". ").map(|i| i + 2))
        .chain(window.rfind("\n\n").map(|i| i + 2))
        .max()
        .unwrap_or(0);
    let hay = &window[clause..];
    let c = BARE_LAW.captures_iter(hay).last()?;
    let (t, name) = (c.name("t")?, c.name("name")?);
    let written = super::super::text::collapse(t.as_str());
    if type_of_words(&written) != Some(ty) && !(ty == "Luật" && written == "Bộ luật") {
        return None;
    }
    let name = super::super::text::collapse(name.as_str().trim());
    if name.split(' ').count() < 2 || name.ends_with(" này") {
        return None;
    }
    let key = format!("{written} {name}");
    let start = lo + clause + t.start();
    // Not a full citation's own name (`Luật Đất đai ngày …` is cited there).
    if before.iter().any(|f| f.span.end > start) {
        return None;
    }
    let form = |k: &str| words(k).join(" ");
    if let Some(f) = before
        .iter()
        .rev()
        .find(|f| form(&f.cited.key) == form(&key))
    {
        return Some(Citation::clone(f));
    }
    Some(Citation {
        cited: CitedId {
            key,
            doc_type: Some(ty.to_string()),
            issuer: Some(kind.issuer.into()),
            ..CitedId::default()
        },
        ..Citation::default()
    })
}

/// Whether the mention `f` was introduced by the word `văn bản` in its clause (`văn bản đề
/// ngày … số`, `văn bản số`).
fn called_document(text: &str, f: &Citation) -> bool {
    let lo = floor_boundary(text, f.span.start.saturating_sub(80));
    let near = text[lo..f.span.start].to_lowercase();
    let written = text[f.span.clone()].to_lowercase();
    // Only the type, a date and `số` between the word and the number.
    written.starts_with("văn bản")
        || near.rfind("văn bản").is_some_and(|i| {
            near[i + "văn bản".len()..]
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
                .all(|w| matches!(w, "đề" | "ngày" | "tháng" | "năm" | "số"))
        })
}

/// Whether the words before a type word make it plural (`các`, `những`, `hai` …).
fn plural_before(before: &str) -> bool {
    let word = before
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'))
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    matches!(word.as_str(), "các" | "những" | "hai" | "ba" | "mọi")
}

/// `Luật`, `Bộ luật`, `Pháp lệnh`, `Hiến pháp` opening a name, in any case.
static LAW_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[r"(?i)(?:^|[^\pL\pN_])(?P<t>", &law::pattern(), r")\s"].concat())
        .expect("valid regex")
});

/// The name written before a law's number (`Luật Tổ chức chính quyền địa phương số`), to
/// the end of the text before the number. The specification of [`name_before`], kept for its
/// tests: run over every window, it was the parser's costliest regex.
#[cfg(test)]
static NAME_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &[
            r"(?:^|[^\pL\pN_])(?P<name>(?i:",
            &law::named_pattern(),
            r")\s+\p{Lu}[^;:.()“”\x22]{0,150}?)\s+(?i:số)?[\s*_]*$",
        ]
        .concat(),
    )
    .expect("valid regex")
});

/// One character of a Unicode class the scan below cannot spell with `char` methods.
static UPPER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\p{Lu}").expect("valid regex"));
static WORD_CHAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\pL\pN_]").expect("valid regex"));

/// The first character of `s` and its length in bytes.
fn first(s: &str) -> Option<(char, usize)> {
    s.chars().next().map(|c| (c, c.len_utf8()))
}

/// `s` with a leading run of at least one whitespace character cut off.
fn skip_space(s: &str) -> Option<&str> {
    let rest = s.trim_start_matches(char::is_whitespace);
    (rest.len() < s.len()).then_some(rest)
}

/// `s` without its leading `word` (whose letters are matched in either case).
fn strip_word<'a>(s: &'a str, word: &[(char, char)]) -> Option<&'a str> {
    let mut rest = s;
    for &(lo, up) in word {
        let (c, n) = first(rest)?;
        if c != lo && c != up {
            return None;
        }
        rest = &rest[n..];
    }
    Some(rest)
}

/// A word, each letter in its lower and upper case.
type CasedWord = Vec<(char, char)>;

/// The words of each kind of law that takes a name, each letter in lower and upper case:
/// what [`strip_law_word`] compares.
static NAMED_LAW_WORDS: LazyLock<Vec<Vec<CasedWord>>> = LazyLock::new(|| {
    // Each letter of these words has a one-letter lower and upper case.
    let cases = |c: char| {
        (
            c.to_lowercase().next().unwrap_or(c),
            c.to_uppercase().next().unwrap_or(c),
        )
    };
    law::KINDS
        .iter()
        .filter(|k| k.named)
        .map(|k| {
            k.word
                .split(' ')
                .map(|w| w.chars().map(cases).collect())
                .collect()
        })
        .collect()
});

/// After the word of a law that takes a name (`Luật`, `Bộ luật`, `Pháp lệnh`, in any case,
/// any whitespace between its words) opening `s`, the rest.
fn strip_law_word(s: &str) -> Option<&str> {
    NAMED_LAW_WORDS.iter().find_map(|words| {
        let (head, tail) = words.split_first()?;
        let mut rest = strip_word(s, head)?;
        for w in tail {
            rest = strip_word(skip_space(rest)?, w)?;
        }
        Some(rest)
    })
}

/// The name written before a law's number (`Luật Tổ chức chính quyền địa phương số`), to
/// the end of `window`, the text before the number: a law word, a capital, at most 150
/// characters without `;:.()“”"`, then whitespace, `số` perhaps, and `*`, `_` or whitespace
/// to the end. The leftmost such name, ending as early as it can (what `NAME_BEFORE`
/// finds), scanned by hand: a regex with a lazy Unicode class over every window cost more
/// than any other step of a parse.
fn name_before(window: &str) -> Option<Range<usize>> {
    let bytes = window.as_bytes();
    // Where the tail (`\s+(?i:số)?[\s*_]*$`) may begin: in the final run of `[\s*_]` at a
    // whitespace character, or in the whitespace before a `số` that opens that run.
    let run = window.len()
        - window
            .trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == '_')
            .len();
    let run_start = window.len() - run;
    let mut so = None;
    for s in ["số", "Số", "sỐ", "SỐ", "ſố", "ſỐ"] {
        if window[..run_start].ends_with(s) {
            let before = &window[..run_start - s.len()];
            let spaces = before.len() - before.trim_end_matches(char::is_whitespace).len();
            if spaces > 0 {
                so = Some(before.len() - spaces..before.len());
            }
            break;
        }
    }
    // The first tail start at or after `from`.
    let tail = |from: usize| -> Option<usize> {
        if let Some(r) = &so
            && from < r.end
        {
            return Some(from.max(r.start));
        }
        window[from.max(run_start)..]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map(|(i, _)| from.max(run_start) + i)
    };
    let mut at = 0;
    while at < window.len() {
        // A name opens here: at the start, or after a character that is no letter, digit
        // or `_`.
        let b = bytes[at];
        if matches!(b, b'l' | b'L' | b'b' | b'B' | b'p' | b'P')
            && (at == 0 || {
                let prev = floor_boundary(window, at - 1);
                !WORD_CHAR.is_match(&window[prev..at])
            })
            && let Some(rest) = strip_law_word(&window[at..]).and_then(skip_space)
            && let Some((_, n)) = first(rest)
            && UPPER.is_match(&rest[..n])
        {
            let upper_end = window.len() - rest.len() + n;
            if let Some(q) = tail(upper_end) {
                let inner = &window[upper_end..q];
                if inner.chars().count() <= 150
                    && !inner.contains([';', ':', '.', '(', ')', '“', '”', '"'])
                {
                    return Some(at..q);
                }
            }
        }
        at += 1;
        while at < window.len() && !window.is_char_boundary(at) {
            at += 1;
        }
    }
    None
}

/// The words of `s`, lower-cased, for comparing names across line wraps and case.
fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_lowercase).collect()
}

/// The name of a cited law (`Luật Đất đai`): its key when it is cited by name, else the
/// name written before its number. Not the name of a title's object (`… của Luật Đất đai
/// số`: the number is the amending law's).
fn law_name(text: &str, c: &Citation) -> Option<Vec<String>> {
    if !c.cited.doc_type.as_deref().is_some_and(law::is_law) {
        return None;
    }
    if !c.cited.key.starts_with(|ch: char| ch.is_ascii_digit()) {
        return Some(words(&c.cited.key));
    }
    let lo = floor_boundary(text, c.span.start.saturating_sub(250));
    let window = &text[lo..c.span.start];
    let name = name_before(window)?;
    let before = words(&window[..name.start]);
    (before.last().map(String::as_str) != Some("của")).then(|| words(&window[name]))
}

/// The year of a citation: in its number, else in its date.
fn year(c: &Citation) -> Option<i32> {
    c.cited.year.or_else(|| {
        c.cited
            .date
            .as_deref()
            .and_then(|d| d.get(..4)?.parse().ok())
    })
}

/// A law named again by its bare name after its full citation (`Luật Đất đai` after `Luật
/// Đất đai số 31/2024/QH15`, or after `Luật Đất đai ngày 18/01/2024`): a mention of it, a
/// short form when the full citation gave a number. `full` is in text order, `reach` the
/// furthest end reached so far.
fn law_names(text: &str, full: &[&Citation], reach: &[usize]) -> Vec<Citation> {
    let named: Vec<(Vec<String>, &Citation)> = full
        .iter()
        .filter_map(|c| Some((law_name(text, c)?, *c)))
        .filter(|(n, _)| n.len() >= 2)
        .collect();
    let mut out = Vec::new();
    if named.is_empty() {
        return out;
    }
    for m in LAW_WORD.captures_iter(text) {
        let Some(t) = m.name("t") else { continue };
        let start = t.start();
        let window = &text[start..floor_boundary(text, (start + 300).min(text.len()))];
        // Word ends in the window, to find where a name of n words ends.
        let mut ends = Vec::new();
        let mut written = Vec::new();
        for w in window.split_whitespace().take(30) {
            let at = w.as_ptr() as usize - window.as_ptr() as usize;
            written.push(w.to_lowercase());
            ends.push(at + w.len());
        }
        let best = named
            .iter()
            .filter(|(_, c)| c.span.start < start)
            .filter_map(|(name, c)| {
                let n = name.len();
                // The last word may carry the punctuation after it (`đai;`).
                let fits = n <= written.len()
                    && written[..n - 1] == name[..n - 1]
                    && written[n - 1]
                        .strip_prefix(name[n - 1].as_str())
                        .is_some_and(|rest| !rest.starts_with(|ch: char| ch.is_alphanumeric()));
                fits.then(|| {
                    (
                        n,
                        start + ends[n - 1] - written[n - 1].len() + name[n - 1].len(),
                        *c,
                    )
                })
            })
            .max_by_key(|(n, _, c)| (*n, c.span.start));
        let Some((_, end, antecedent)) = best else {
            continue;
        };
        let overlapping = full.partition_point(|f| f.span.start < end);
        if overlapping > 0 && reach[overlapping - 1] > start {
            continue;
        }
        // The name of a full citation whose number follows (`Luật Đấu thầu số 22/2023/QH15`).
        let next = text[end..floor_boundary(text, (end + 12).min(text.len()))].trim_start();
        if next.starts_with(|ch: char| ch.is_ascii_digit()) || next.to_lowercase().starts_with("số")
        {
            continue;
        }
        // A document of the clause issued before the law cannot act on it: the name is an
        // earlier law of that name (`Nghị định 163/2016/NĐ-CP … của Luật Ngân sách nhà nước`
        // after `Luật Ngân sách nhà nước số 89/2025/QH15`).
        let before = full.partition_point(|f| f.span.start < start);
        if let Some(prev) = before.checked_sub(1).map(|i| full[i])
            && !text[prev.span.end.min(start)..start].contains(';')
            && start - prev.span.end.min(start) < 400
            && year(prev).zip(year(antecedent)).is_some_and(|(p, a)| p < a)
        {
            continue;
        }
        let mut a = Citation::clone(antecedent);
        a.short_form = a.cited.key.starts_with(|ch: char| ch.is_ascii_digit());
        a.span = start..end;
        a.cited.subject = None;
        a.pinpoints = Vec::new();
        a.role = Default::default();
        a.holder = None;
        a.acts = None;
        out.push(a);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::citation::{Context, extract};

    fn run(text: &str, own: Option<&str>) -> (Vec<(String, String)>, Vec<String>) {
        let cs = extract(text, &Context::default());
        let r = resolve(text, &cs, own);
        (
            r.citations
                .iter()
                .map(|c| (text[c.span.clone()].to_string(), c.cited.key.clone()))
                .collect(),
            r.self_refs
                .iter()
                .map(|s| text[s.clone()].to_string())
                .collect(),
        )
    }

    #[test]
    fn this_document() {
        let (cs, own) = run(
            "Quyết định này có hiệu lực kể từ ngày ký. Các cơ quan thi hành Quy định này.",
            Some("Quyết định"),
        );
        assert!(cs.is_empty());
        assert_eq!(own, ["Quyết định này", "Quy định này"]);
    }

    #[test]
    fn above_and_number_alone() {
        let text = "Thực hiện Kế hoạch số 05/KH-UBND ngày 11/01/2024 của UBND huyện; Quyết định số 20/QĐ-UBND ngày 06/01/2023. Để triển khai Kế hoạch nêu trên và Quyết định số 20 nêu trên, UBND xã đã họp. Kết quả thực hiện Kế hoạch 05 đạt yêu cầu.";
        let (cs, own) = run(text, Some("Báo cáo"));
        assert!(own.is_empty());
        assert_eq!(
            cs,
            [
                ("Kế hoạch nêu trên".to_string(), "05/KH-UBND".to_string()),
                ("Quyết định số 20 nêu trên".into(), "20/QĐ-UBND".into()),
                ("Kế hoạch 05".into(), "05/KH-UBND".into()),
            ]
        );
    }

    #[test]
    fn a_document_above_is_the_nearest_numbered_one_of_any_type() {
        let text = "Ngày 12/3/2025, Cục nhận được Công văn số 16/CV-HHTACN ngày 10/3/2025 của Hiệp hội theo Luật Đất đai năm 2024. Về nội dung tại văn bản nêu trên, Cục có ý kiến như sau.";
        let (cs, _) = run(text, Some("Công văn"));
        assert_eq!(
            cs,
            [("văn bản nêu trên".to_string(), "16/CV-HHTACN".to_string())]
        );
        let text = "Ngày 31 tháng 10 năm 2025, Văn phòng nhận văn bản đề ngày 29 tháng 10 năm 2025 số 16/CV-HHTACN của Hiệp hội Thức ăn Chăn nuôi về việc tháo gỡ khó khăn trong việc triển khai Nghị định số 136/2025/NĐ-CP về phân cấp, Phó Thủ tướng có ý kiến như sau:\nBộ Nông nghiệp nghiên cứu kiến nghị của Hiệp hội tại văn bản nêu trên.";
        let (cs, _) = run(text, Some("Công văn"));
        assert_eq!(
            cs,
            [("văn bản nêu trên".to_string(), "16/CV-HHTACN".to_string())]
        );
        // Several documents named before: the plural names them all, not the last one.
        let text = "Căn cứ Quyết định số 20/QĐ-UBND và Kế hoạch số 05/KH-UBND, các đơn vị thực hiện theo các văn bản nêu trên; những Quyết định nói trên hết hiệu lực.";
        let (cs, _) = run(text, Some("Báo cáo"));
        assert!(cs.is_empty(), "{cs:?}");
    }

    #[test]
    fn this_law_after_its_bare_name() {
        let text = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nMức thu này chưa bao gồm thuế phải nộp theo quy định của Luật\nThuế giá trị gia tăng và các văn bản hướng dẫn thực hiện Luật này.";
        let (cs, own) = run(text, Some("Thông tư"));
        assert!(own.is_empty());
        assert_eq!(
            cs,
            [(
                "Luật này".to_string(),
                "Luật Thuế giá trị gia tăng".to_string()
            )]
        );
    }

    #[test]
    fn another_type_with_this_names_the_cited_one() {
        let text = "Căn cứ Luật Thuế tài nguyên ngày 25/11/2009; theo quy định tại Điều 3 Luật này, UBND tỉnh quyết định.";
        let (cs, own) = run(text, Some("Quyết định"));
        assert!(own.is_empty());
        assert_eq!(
            cs,
            [("Luật này".to_string(), "Luật Thuế tài nguyên".to_string())]
        );
    }

    #[test]
    fn no_antecedent_no_short_form() {
        let (cs, _) = run(
            "Quyết định số 20 nêu trên chưa được ban hành.",
            Some("Báo cáo"),
        );
        assert!(cs.is_empty());
        let (cs, _) = run("Kế hoạch số 05/KH-UBND và Kế hoạch số 05/KH-UBND.", None);
        assert!(cs.is_empty());
    }

    #[test]
    fn a_law_named_again_by_its_bare_name() {
        let text = "Căn cứ Luật Quản lý thuế số 38/2019/QH14;\nCăn cứ Luật Dầu khí ngày 14 tháng 11 năm 2022;\nCăn cứ Nghị định số 45/2023/NĐ-CP ngày 01/7/2023 của Chính phủ quy định chi tiết một số điều của Luật Dầu khí;\nTheo khoản 2 Điều 8 Luật Quản lý\nthuế, người nộp thuế kê khai; Luật Đất đai chưa được nêu.";
        let (cs, _) = run(text, Some("Thông tư"));
        let later = "Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15;\nCăn cứ Nghị định số 163/2016/NĐ-CP ngày 21/12/2016 của Chính phủ quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước;\n- Luật Ngân sách nhà nước số 89/2025/QH15.";
        assert!(run(later, None).0.is_empty());
        assert_eq!(
            cs,
            [
                ("Luật Dầu khí".to_string(), "Luật Dầu khí".to_string()),
                ("Luật Quản lý\nthuế".into(), "38/2019/QH14".into()),
            ]
        );
        let cs = extract(text, &Context::default());
        let r = resolve(text, &cs, None);
        let short: Vec<_> = r.citations.iter().map(|c| c.short_form).collect();
        assert_eq!(short, [false, true]);
    }

    /// The hand scan finds what the regex it replaced found.
    fn same_as_regex(window: &str) {
        let want = NAME_BEFORE
            .captures(window)
            .and_then(|c| c.name("name"))
            .map(|m| m.range());
        assert_eq!(name_before(window), want, "{window:?}");
    }

    #[test]
    fn name_before_as_the_regex() {
        for w in [
            "Căn cứ Luật Tổ chức chính quyền địa phương số ",
            "Căn cứ Luật Đất đai ",
            "theo Bộ luật Dân sự số",
            "theo Bộ  luật Dân sự  SỐ **",
            "Pháp lệnh Dân số số ",
            "của Luật Đất đai số ",
            "Luật Đất đai; Luật Xây dựng số ",
            "xLuật Đất đai số ",
            "Luật đất đai số ",
            "Luật Đất đaisố ",
            "Luật Đất đai**",
            "Luật Đất đai_ *",
            "Luật Ⅱ số ",
            "Luật \u{1c5} số ",
            "Luật Đất đai ſố ",
            "\u{345}Luật Đất đai ",
            "Luật Đ",
            "Luật Đ ",
            "",
        ] {
            same_as_regex(w);
        }
        same_as_regex(&format!("Luật A{} số ", "b".repeat(150)));
        same_as_regex(&format!("Luật A{} số ", "b".repeat(151)));
        same_as_regex(&format!("Luật A{} số ", "b".repeat(148)));
        same_as_regex(&format!("Luật A{} số ", "ê".repeat(149)));
    }

    proptest::proptest! {
        #[test]
        fn name_before_as_the_regex_on_any_window(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "Luật", "luật", "LUẬT", "Bộ", "bộ", "Pháp", "pháp", "lệnh", "LỆNH", "số", "Số",
                "SỐ", "ſố", " ", " ", "  ", "\n", "\t", "*", "_", "Đất", "đai", "Dân", "sự", "của",
                ";", ".", "(", "“", "\"", "x", "A", "2024", "Ⅱ", "\u{1c5}", "\u{345}", "é",
                "ﬀ", "b",
            ]),
            0..40,
        )) {
            same_as_regex(&parts.concat());
        }
    }

    #[test]
    fn an_ordinance_named_again_after_its_amending_one() {
        let text = "Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 26/2005/PL-UBTVQH11 ngày 29 tháng 6 năm 2005 của Ủy ban Thường vụ Quốc hội và Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Ưu đãi người có công với cách mạng số 04/2012/PL-UBTVQH13 ngày 16 tháng 7 năm 2012 của Ủy ban Thường vụ Quốc hội;\n- Phối hợp rà soát việc công nhận người có công do Bộ Công an quản lý theo quy định của Pháp lệnh Ưu đãi người có công với cách mạng.";
        let (cs, _) = run(text, Some("Kế hoạch"));
        assert_eq!(
            cs,
            [(
                "Pháp lệnh Ưu đãi người có công với cách mạng".to_string(),
                "26/2005/PL-UBTVQH11".to_string()
            )]
        );
    }

    #[test]
    fn own_kind_from_header() {
        assert_eq!(
            own_kind("ỦY BAN NHÂN DÂN\n\n**QUYẾT ĐỊNH**\n\nVề việc", None),
            Some("Quyết định")
        );
        assert_eq!(own_kind("nội dung", Some("12/KH-UBND")), Some("Kế hoạch"));
    }
}
