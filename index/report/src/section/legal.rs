//! The outline of a legal document: Phần, Chương, Mục, `Điều N.`, khoản (`1.`) and điểm
//! (`a)`), with paths a person reads: `Chương II › Điều 5 › khoản 2 › điểm a`.
//!
//! A document is legal when at least two `Điều N.` lines follow each other in number. Then
//! the articles are the backbone: a khoản is a numbered paragraph inside an article and a
//! điểm a lettered one, each accepted only in sequence (`1.`, `2.` …; `a)`, `b)` …), so a
//! numbered list elsewhere does not become one.

use super::super::text::{Line, clean};
use super::{Heading, lead_trim};
use crate::SectionKind;
use regex::Regex;
use std::sync::LazyLock;

fn re(p: &str) -> Regex {
    Regex::new(p).expect("valid regex")
}

static PHAN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?i:phần)[ \t]+(?P<n>[IVXLC]{1,6}|(?i:thứ)[ \t]+\p{L}+|\d{1,2})\b[ \t]*[.:]?[ \t]*(?P<rest>.*)$",
    )
});
static CHUONG: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?i:chương)[ \t]+(?P<n>[IVXLC]{1,6}|\d{1,3})\b[ \t]*[.:]?[ \t]*(?P<rest>.*)$")
});
static MUC: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?i:mục)[ \t]+(?P<n>\d{1,2}|[IVX]{1,4})\b[ \t]*[.:]?[ \t]*(?P<rest>.*)$")
});
static DIEU: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:Điều|ĐIỀU)[ \t]+(?P<n>\d{1,3})(?P<x>[a-z]?)[ \t]*[.:][ \t]*(?P<rest>.*)$")
});
static KHOAN: LazyLock<Regex> = LazyLock::new(|| re(r"^(?P<n>\d{1,2})\.[ \t]+(?P<rest>\S.*)$"));
static DIEM: LazyLock<Regex> = LazyLock::new(|| re(r"^(?P<n>[a-zđ])\)[ \t]+(?P<rest>\S.*)$"));

/// The letters of điểm, in order (Vietnamese skips f, j, w, z; đ follows d).
const LETTERS: &str = "abcdđeghiklmnopqrstuvxy";

/// What a line of a legal document opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Phan,
    Chuong,
    Muc,
    Dieu,
    Khoan,
    Diem,
}

impl Part {
    fn rank(self) -> u8 {
        match self {
            Part::Phan => 0,
            Part::Chuong => 1,
            Part::Muc => 2,
            Part::Dieu => 3,
            Part::Khoan => 4,
            Part::Diem => 5,
        }
    }
}

fn body(line: &str) -> &str {
    let (_, b) = lead_trim(line);
    b.trim_start_matches('#').trim_start()
}

/// The number of an article line (`Điều 5.`), if it is one.
fn article(line: &str) -> Option<u32> {
    DIEU.captures(body(line))?["n"].parse().ok()
}

/// Whether the text is a legal document: two articles in sequence before `end`, or a text
/// that opens with an article line (`Điều 2. Thẩm quyền …`: one article cut from its law, as
/// legal databases and question sets give them).
pub(crate) fn is_legal(text: &str, lines: &[Line], end: usize) -> bool {
    let first = lines[..end]
        .iter()
        .find(|l| !l.text(text).trim().is_empty());
    if first.is_some_and(|l| article(l.text(text)).is_some()) {
        return true;
    }
    let mut prev: Option<u32> = None;
    for line in &lines[..end] {
        if let Some(n) = article(line.text(text)) {
            if prev.is_some_and(|p| n == p + 1) {
                return true;
            }
            prev = Some(n);
        }
    }
    false
}

/// A short title: the text up to its first sentence end, at most 150 characters.
fn short_title(rest: &str) -> String {
    let t = clean(rest);
    let t = t.trim_end_matches(['.', ':']).trim();
    if t.chars().count() <= 150 {
        return t.to_string();
    }
    let cut: String = t.chars().take(150).collect();
    match cut.rfind(' ') {
        Some(i) => format!("{}…", &cut[..i]),
        None => cut,
    }
}

struct Open {
    part: Part,
    num: u32,
    path: String,
    index: usize,
}

/// The headings of a legal document between lines `from` and `end`.
pub(crate) fn headings(text: &str, lines: &[Line], from: usize, end: usize) -> Vec<Heading> {
    let mut out: Vec<Heading> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut last_article: Option<u32> = None;
    let mut i = from;
    while i < end {
        let line = lines[i];
        let b = body(line.text(text));
        let mut consumed = i + 1;
        let found = if let Some(c) = PHAN.captures(b) {
            Some((
                Part::Phan,
                0,
                format!("Phần {}", clean(&c["n"])),
                c["rest"].to_string(),
            ))
        } else if let Some(c) = CHUONG.captures(b) {
            Some((
                Part::Chuong,
                0,
                format!("Chương {}", &c["n"]),
                c["rest"].to_string(),
            ))
        } else if let Some(c) = MUC.captures(b) {
            Some((
                Part::Muc,
                0,
                format!("Mục {}", &c["n"]),
                c["rest"].to_string(),
            ))
        } else if let Some(c) = DIEU.captures(b) {
            let n: u32 = c["n"].parse().unwrap_or(0);
            let ok = last_article.is_none_or(|p| n > p && n <= p + 3) || !c["x"].is_empty();
            ok.then(|| {
                last_article = Some(n);
                (
                    Part::Dieu,
                    n,
                    format!("Điều {}{}", &c["n"], &c["x"]),
                    c["rest"].to_string(),
                )
            })
        } else if let Some(c) = KHOAN.captures(b) {
            let n: u32 = c["n"].parse().unwrap_or(0);
            let inside = stack.iter().rposition(|o| o.part == Part::Dieu);
            let prev = stack
                .iter()
                .rposition(|o| o.part == Part::Khoan)
                .map(|k| stack[k].num);
            let ok = inside.is_some() && (prev.map_or(n == 1, |p| n == p + 1));
            ok.then(|| (Part::Khoan, n, format!("khoản {n}"), c["rest"].to_string()))
        } else if let Some(c) = DIEM.captures(b) {
            let letter = c["n"].chars().next().unwrap_or('a');
            let n = LETTERS
                .chars()
                .position(|l| l == letter)
                .map_or(0, |p| p as u32 + 1);
            let inside = stack
                .iter()
                .any(|o| matches!(o.part, Part::Dieu | Part::Khoan));
            let prev = stack
                .iter()
                .rposition(|o| o.part == Part::Diem)
                .map(|k| stack[k].num);
            let ok = inside && n > 0 && prev.map_or(n == 1, |p| n == p + 1);
            ok.then(|| {
                (
                    Part::Diem,
                    n,
                    format!("điểm {letter}"),
                    c["rest"].to_string(),
                )
            })
        } else {
            None
        };
        let Some((part, num, label, rest)) = found else {
            i += 1;
            continue;
        };
        let mut title = short_title(&rest);
        let mut heading_end = line.end;
        if title.is_empty() && matches!(part, Part::Phan | Part::Chuong | Part::Muc) {
            // `Chương I` / `QUY ĐỊNH CHUNG`: the title is the next line.
            if let Some(j) = (i + 1..end).find(|&j| !lines[j].text(text).trim().is_empty()) {
                let next = clean(lines[j].text(text));
                if next.chars().count() <= 150 && DIEU.captures(body(lines[j].text(text))).is_none()
                {
                    title = next;
                    heading_end = lines[j].end;
                    consumed = j + 1;
                }
            }
        }
        // A part closes every open part of its rank or below; a khoản or điểm also closes
        // at the next article.
        while stack.last().is_some_and(|o| o.part.rank() >= part.rank()) {
            stack.pop();
        }
        let path = match stack.last() {
            Some(parent) => format!("{} › {label}", parent.path),
            None => label,
        };
        out.push(Heading {
            start: line.start,
            end: heading_end,
            level: (stack.len() + 1) as u8,
            path: path.clone(),
            title,
            parent: stack.last().map(|o| o.index),
            kind: SectionKind::Numbered,
        });
        stack.push(Open {
            part,
            num,
            path,
            index: out.len() - 1,
        });
        i = consumed;
    }
    out
}
