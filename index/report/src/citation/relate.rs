//! What the mentions say beyond the number: pinpoints, short forms and roles, set on the
//! extracted mentions in one pass before they merge.

use super::super::text::floor_boundary;
use super::{Context, grammar, law, pinpoint, role, short_form};
use crate::Citation;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Adds the resolved short forms to `citations` (kept in text order), sets every mention's
/// pinpoints, role and holder, and returns the spans where the text names itself
/// (`Quyết định này`).
pub(crate) fn annotate(
    text: &str,
    citations: &mut Vec<Citation>,
    ctx: &Context,
) -> Vec<Range<usize>> {
    let own = short_form::own_kind(text, ctx.own_number.as_deref());
    let resolved = short_form::resolve(text, citations, own);
    citations.extend(resolved.citations);
    citations.sort_by_key(|c| c.span.start);
    for c in citations.iter_mut() {
        c.pinpoints = pinpoint::before(text, c.span.start);
    }
    role::assign(text, citations, &resolved.self_refs, ctx.wrapped);
    for c in citations.iter_mut() {
        if c.acts.is_none()
            && let Some(key) = amended_by_title(&c.cited.key)
                .or_else(|| amended_by_written_title(text, c.span.start, &c.cited.key))
        {
            c.acts = Some(crate::Acts {
                role: role::Role::Amends,
                key,
            });
        }
    }
    for c in citations.iter_mut() {
        if c.holder.is_none()
            && matches!(
                c.role,
                role::Role::Amends | role::Role::Repeals | role::Role::Replaces
            )
        {
            for p in pinpoint::amended(text, c.span.start) {
                if !c.pinpoints.contains(&p) {
                    c.pinpoints.push(p);
                }
            }
        }
    }
    quoted_amendments(text, citations, resolved.self_refs)
}

/// The law an amending law's title names (`Luật sửa đổi, bổ sung một số điều của Luật Bảo
/// hiểm y tế` amends `Luật Bảo hiểm y tế`): the first law after `của`, when the citation is
/// keyed by such a title.
fn amended_by_title(key: &str) -> Option<String> {
    let named = || law::KINDS.iter().filter(|k| k.named);
    let title = named().find_map(|k| key.strip_prefix(k.word)?.strip_prefix(' '))?;
    if !title.starts_with("sửa đổi") && !title.starts_with("bổ sung") {
        return None;
    }
    let (_, object) = title.split_once(" của ")?;
    let object = object.split(" và ").next()?.trim();
    named()
        .any(|k| {
            object
                .strip_prefix(k.word)
                .and_then(|rest| rest.strip_prefix(' '))
                .is_some_and(|name| !name.is_empty())
        })
        .then(|| object.to_string())
}

/// An amending law's title written just before its number: `Pháp lệnh sửa đổi, bổ sung
/// một số điều của Pháp lệnh Dân quân số`; the group is the law it names.
static WRITTEN_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    let kinds = law::named_pattern();
    Regex::new(
        &[
            r"(?:^|[^\pL\pN_])(?:",
            &kinds,
            r")\s+(?:sửa\s+đổi|bổ\s+sung)[^;.:]{0,120}?\s",
            r"của\s+((?:",
            &kinds,
            r")\s[^;.:]{2,160}?)[\s*_]*(?:số[\s*_]*)?$",
        ]
        .concat(),
    )
    .expect("valid regex")
});

/// The law named by an amending law's title that ends `window` ([`WRITTEN_TITLE`]'s group).
fn written_title(window: &str) -> Option<&str> {
    // A match holds no `;`, `.` or `:` after the character before its law word, which may
    // be one: cut the window after the last, where `^` stands for that character. Then
    // the title's words must be in it. Most windows hold neither, and the regex (bounded
    // Unicode classes, run backwards from the end) was the costliest of a parse.
    let cut = &window[window.rfind([';', '.', ':']).map_or(0, |i| i + 1)..];
    if !(cut.contains("sửa") || cut.contains("bổ")) || !cut.contains("của") {
        return None;
    }
    Some(WRITTEN_TITLE.captures(cut)?.get(1)?.as_str())
}

/// `Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Dân quân số 08/2014/PL-UBTVQH13`:
/// an amending law cited by number with its title before it acts on the law its title
/// names, when the text gives that law's number after the same name (`Pháp lệnh Dân quân
/// số 12/2008/PL-UBTVQH12`).
fn amended_by_written_title(text: &str, at: usize, own: &str) -> Option<String> {
    let before = &text[floor_boundary(text, at.saturating_sub(400))..at];
    let object = written_title(before)?;
    let object = object.split(" và ").next()?.trim();
    let named = Regex::new(&format!(
        r"(?i){}[\s*_]*số[\s*_]*",
        regex::escape(object).replace(' ', r"\s+")
    ))
    .ok()?;
    named.find_iter(text).find_map(|m| {
        let rest = &text[m.end()..floor_boundary(text, (m.end() + 60).min(text.len()))];
        grammar::numbers(rest)
            .into_iter()
            .next()
            .filter(|n| n.start == 0)
            .map(|n| n.key())
            .filter(|k| k != own)
    })
}

/// Inside the quoted new wording of an amended document (`"2. … theo khoản 1 Điều 11 Nghị
/// định này".`), `Nghị định này` is the amended decree, not the amending one: such a short
/// form becomes a citation of the document of that type the text amends.
fn quoted_amendments(
    text: &str,
    citations: &mut Vec<Citation>,
    self_refs: Vec<Range<usize>>,
) -> Vec<Range<usize>> {
    let mut kept = Vec::new();
    let mut added = false;
    for span in self_refs {
        let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
        let quoted = text[line_start..span.start]
            .trim_start_matches([' ', '\t', '*', '_'])
            .starts_with(['"', '“']);
        let written = text[span.clone()].trim_end_matches("này").trim();
        let amended = super::grammar::type_of_words(written).and_then(|ty| {
            citations.iter().find(|c| {
                c.role == role::Role::Amends
                    && c.holder.is_none()
                    && !c.short_form
                    && c.cited.doc_type.as_deref() == Some(ty)
            })
        });
        match amended {
            Some(a) if quoted => {
                let mut c = a.clone();
                c.span = span;
                c.short_form = true;
                c.role = role::Role::Mention;
                c.pinpoints = pinpoint::before(text, c.span.start);
                c.cited.subject = None;
                c.acts = None;
                citations.push(c);
                added = true;
            }
            _ => kept.push(span),
        }
    }
    if added {
        citations.sort_by_key(|c| c.span.start);
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::citation::extract;

    /// The cut and filtered window finds what the whole window found.
    fn same_title(window: &str) {
        let want = WRITTEN_TITLE
            .captures(window)
            .and_then(|c| c.get(1))
            .map(|m| m.as_str());
        assert_eq!(written_title(window), want, "{window:?}");
    }

    #[test]
    fn written_title_as_the_whole_window() {
        for w in [
            "theo Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Dân quân số ",
            "Căn cứ Luật số 1; Luật sửa đổi, bổ sung của Luật Đất đai",
            ";Luật bổ sung của Luật Đất đai số",
            "Luật sửa đổi của Luật Đất đai. Luật X số ",
            "xLuật sửa đổi của Luật Đất đai số ",
            "Bộ luật sửa đổi Điều 5 của Bộ luật Dân sự **số** ",
        ] {
            same_title(w);
        }
    }

    proptest::proptest! {
        #[test]
        fn written_title_as_the_whole_window_on_any(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "Luật", "Bộ", "luật", "Pháp", "lệnh", "sửa", "đổi", "bổ", "sung", "của", "số",
                " ", " ", "\n", "*", "_", ";", ".", ":", ",", "Đất", "đai", "x", "é", "1",
            ]),
            0..40,
        )) {
            same_title(&parts.concat());
        }
    }

    #[test]
    fn an_amending_law_acts_on_the_law_its_title_names() {
        assert_eq!(
            amended_by_title(
                "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"
            )
            .as_deref(),
            Some("Luật Tổ chức Chính phủ")
        );
        assert_eq!(
            amended_by_title("Luật sửa đổi, bổ sung một số điều của Luật Giám định tư pháp")
                .as_deref(),
            Some("Luật Giám định tư pháp")
        );
        assert_eq!(amended_by_title("Luật Đất đai"), None);
        assert_eq!(amended_by_title("Luật sửa đổi, bổ sung một số điều"), None);
    }

    #[test]
    fn an_amending_ordinance_with_a_number_acts_on_the_one_its_title_names() {
        let text = "Căn cứ Pháp lệnh Dân quân số 12/2008/PL-UBTVQH12 ngày 10 tháng 5 năm 2008 và Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Dân quân số 08/2014/PL-UBTVQH13 ngày 20 tháng 6 năm 2014;";
        let ctx = Context::default();
        let mut cs = extract(text, &ctx);
        annotate(text, &mut cs, &ctx);
        assert_eq!(cs[1].cited.key, "08/2014/PL-UBTVQH13");
        assert_eq!(
            cs[1].acts,
            Some(crate::Acts {
                role: role::Role::Amends,
                key: "12/2008/PL-UBTVQH12".into()
            })
        );
        assert_eq!(cs[0].acts, None);
    }

    #[test]
    fn this_decree_in_quoted_new_wording_is_the_amended_one() {
        let text = "NGHỊ ĐỊNH\nĐiều 1. Sửa đổi, bổ sung một số điều của Nghị định số 40/2019/NĐ-CP như sau:\n1. Sửa đổi khoản 2 Điều 5 như sau:\n\"2. Mức chi theo khoản 1 Điều 4 Nghị định này.\"\nĐiều 2. Nghị định này có hiệu lực từ ngày ký.";
        let ctx = Context::default();
        let mut cs = extract(text, &ctx);
        let own = annotate(text, &mut cs, &ctx);
        let short: Vec<_> = cs
            .iter()
            .filter(|c| c.short_form)
            .map(|c| (c.cited.key.as_str(), c.pinpoints.clone()))
            .collect();
        assert_eq!(
            short,
            [("40/2019/NĐ-CP", vec!["khoản 1 Điều 4".to_string()])]
        );
        assert_eq!(own.len(), 1);
        assert_eq!(&text[own[0].clone()], "Nghị định này");
    }
}
