//! The parser against a legal portal's own metadata block.
//!
//! Documents saved from the portal carry, before the document, a block of labelled cells
//! (`**Số hiệu:**`, `**Loại văn bản:**`, `**Nơi ban hành:**`, `**Người ký:**`,
//! `**Ngày ban hành:**` …, one value per pipe-table cell), and after it the portal's furniture
//! (its summary lines, `## Văn bản liên quan`, a notice to customers). [`split`] cuts both
//! out, [`score_text`] parses what is left and compares the document's own number, date,
//! signer, kind and issuer with the block.

use std::path::Path;
use tracuu_report::Metadata;
use tracuu_tokenizer::normalize;

/// The portal's labels of the block, as printed between `**` and `:**`.
const LABELS: &[&str] = &[
    "Số hiệu",
    "Loại văn bản",
    "Nơi ban hành",
    "Người ký",
    "Ngày ban hành",
    "Ngày hiệu lực",
    "Ngày hợp nhất",
    "Ngày công báo",
    "Số công báo",
    "Tình trạng",
];

/// What the portal's block says about the document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Block {
    /// `Số hiệu`: the number (`5348/CT-CS`).
    pub number: Option<String>,
    /// `Loại văn bản`: the kind (`Công văn`).
    pub kind: Option<String>,
    /// `Nơi ban hành`: the issuer or its place (`Cục Thuế`, `Tỉnh Bắc Ninh`).
    pub issuer: Option<String>,
    /// `Người ký`: the signer.
    pub signer: Option<String>,
    /// `Ngày ban hành`, ISO (`2025-11-20`).
    pub date: Option<String>,
}

/// The fields scored, in the order they are printed.
pub const FIELDS: [&str; 5] = ["number", "date", "signer", "kind", "issuer"];

/// The label of a line (`**Số hiệu:**`), the label split over two lines (`**` then
/// `Ngày hiệu lực:**`) included; returns the label and how many lines it takes.
fn label_at(lines: &[&str], i: usize) -> Option<(&'static str, usize)> {
    let one = lines[i].trim();
    let (joined, used) = if one == "**" {
        (format!("**{}", lines.get(i + 1)?.trim()), 2)
    } else {
        (one.to_string(), 1)
    };
    let inner = joined.strip_prefix("**")?.trim_end().strip_suffix(":**")?;
    let inner = inner.trim();
    LABELS.iter().find(|l| **l == inner).map(|l| (*l, used))
}

/// Finds the block and returns it with the document's own text: what follows the block,
/// up to the portal's furniture after the document. `None` when there is no block.
pub fn split(text: &str) -> Option<(Block, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let first = (0..lines.len()).find(|&i| label_at(&lines, i).map(|l| l.0) == Some("Số hiệu"))?;
    let mut block = Block::default();
    let mut i = first;
    let mut end = first;
    while i < lines.len() {
        let t = lines[i].trim();
        if t == "|" || t.is_empty() {
            i += 1;
            continue;
        }
        let Some((label, used)) = label_at(&lines, i) else {
            break;
        };
        let mut j = i + used;
        while j < lines.len() && matches!(lines[j].trim(), "|" | "") {
            j += 1;
        }
        let value = lines
            .get(j)
            .map(|v| v.trim().to_string())
            .filter(|v| label_at(&lines, j).is_none() && !v.is_empty());
        let slot = match label {
            "Số hiệu" => Some(&mut block.number),
            "Loại văn bản" => Some(&mut block.kind),
            "Nơi ban hành" => Some(&mut block.issuer),
            "Người ký" => Some(&mut block.signer),
            "Ngày ban hành" => Some(&mut block.date),
            _ => None,
        };
        if let (Some(slot), Some(v)) = (slot, value.clone()) {
            *slot = Some(v);
        }
        i = if value.is_some() { j + 1 } else { j };
        end = i;
    }
    block.date = block.date.as_deref().and_then(dmy_to_iso);
    // The document: what follows the block, up to the portal's furniture after it.
    let _ = end;
    Some((block, super::strip_portal(text).to_string()))
}

/// `20/11/2025` → `2025-11-20`.
fn dmy_to_iso(s: &str) -> Option<String> {
    let mut parts = s.trim().split('/');
    let d: u32 = parts.next()?.trim().parse().ok()?;
    let m: u32 = parts.next()?.trim().parse().ok()?;
    let y: u32 = parts.next()?.trim().parse().ok()?;
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// A document number compared ignoring case, spaces and hyphens.
pub fn number_key(s: &str) -> String {
    normalize(s)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect()
}

fn words(s: &str) -> String {
    normalize(&s.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Whether the parser's issuer is the portal's `Nơi ban hành`: the same body, or a body of
/// the province or city the portal names (`Tỉnh Bắc Ninh` for `UBND tỉnh Bắc Ninh`).
pub fn issuer_matches(portal: &str, got: &tracuu_report::Issuer) -> bool {
    let want = words(portal);
    let name = words(&got.name);
    if name == want {
        return true;
    }
    let local = ["tỉnh ", "thành phố "].iter().any(|l| want.starts_with(l));
    local && name.ends_with(&format!(" {want}"))
}

/// The value the parser found for a field, as printed in a miss.
fn got_value(m: &Metadata, field: &str) -> Option<String> {
    match field {
        "number" => m.number.clone(),
        "date" => m.date.clone(),
        "signer" => m.signer.as_ref().map(|s| s.name.clone()),
        "kind" => m.kind.clone(),
        "issuer" => m.issuer.as_ref().map(|i| i.name.clone()),
        _ => None,
    }
}

fn want_value<'a>(b: &'a Block, field: &str) -> Option<&'a str> {
    match field {
        "number" => b.number.as_deref(),
        "date" => b.date.as_deref(),
        "signer" => b.signer.as_deref(),
        "kind" => b.kind.as_deref(),
        "issuer" => b.issuer.as_deref(),
        _ => None,
    }
}

fn right(m: &Metadata, b: &Block, field: &str) -> bool {
    let Some(want) = want_value(b, field) else {
        return false;
    };
    match field {
        "number" => m
            .number
            .as_deref()
            .is_some_and(|n| number_key(n) == number_key(want)),
        "issuer" => m.issuer.as_ref().is_some_and(|i| issuer_matches(want, i)),
        _ => got_value(m, field).is_some_and(|g| words(&g) == words(want)),
    }
}

/// One field the parser got wrong.
#[derive(Debug, Clone)]
pub struct Miss {
    /// The file, relative to the folder scored.
    pub file: String,
    /// Which field.
    pub field: &'static str,
    /// The portal's value.
    pub want: String,
    /// The parser's value, if any.
    pub got: Option<String>,
}

/// The score of a folder.
#[derive(Debug, Clone, Default)]
pub struct Score {
    /// Documents with a block.
    pub documents: usize,
    /// For each of [`FIELDS`]: documents whose block gives the field, and how many the
    /// parser got right.
    pub fields: Vec<(&'static str, usize, usize)>,
    /// Every field the parser got wrong.
    pub misses: Vec<Miss>,
}

impl Score {
    /// The share right of a field, 0 when no block gives it.
    pub fn accuracy(&self, field: &str) -> f64 {
        self.fields
            .iter()
            .find(|f| f.0 == field)
            .map_or(0.0, |&(_, total, right)| {
                if total == 0 {
                    0.0
                } else {
                    right as f64 / total as f64
                }
            })
    }
}

/// Scores the metadata of one text against its block; `None` when it has none.
pub fn score_text(text: &str) -> Option<(Block, Metadata)> {
    let (block, body) = split(text)?;
    let metadata = tracuu_report::parse(&body).metadata;
    Some((block, metadata))
}

/// Scores every file of a folder (not recursive) that carries a block.
pub fn score_dir(dir: &Path) -> anyhow::Result<Score> {
    let mut files: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    let mut score = Score {
        fields: FIELDS.iter().map(|f| (*f, 0, 0)).collect(),
        ..Score::default()
    };
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let Some((block, metadata)) = score_text(&text) else {
            continue;
        };
        score.documents += 1;
        let file = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        for slot in &mut score.fields {
            let Some(want) = want_value(&block, slot.0) else {
                continue;
            };
            slot.1 += 1;
            if right(&metadata, &block, slot.0) {
                slot.2 += 1;
            } else {
                score.misses.push(Miss {
                    file: file.clone(),
                    field: slot.0,
                    want: want.to_string(),
                    got: got_value(&metadata, slot.0),
                });
            }
        }
    }
    Ok(score)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "Bản quyền của trang.\n#\n**Số hiệu:**\n|\n12/QĐ-UBND\n|\n|\n**Loại văn bản:**\n|\nQuyết định\n|\n**Nơi ban hành:**\n|\nTỉnh Hòa Bình\n|\n|\n**Người ký:**\n|\nLê Văn Tám\n|\n**Ngày ban hành:**\n|\n05/03/2025\n|\n|\n**\nNgày hiệu lực:**\n|\nĐã biết\n|\n|\n**Tình trạng:**\n|\nĐã biết\n|\n|\nỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 12/QĐ-UBND\nNội dung.\n|\nQuyết định 12/QĐ-UBND năm 2025 về việc thử\nVăn bản này chưa cập nhật nội dung Tiếng Anh\n## Văn bản liên quan\nBan hành:\n";

    #[test]
    fn block_and_document_are_split() {
        let (block, body) = split(PAGE).expect("a block");
        assert_eq!(block.number.as_deref(), Some("12/QĐ-UBND"));
        assert_eq!(block.kind.as_deref(), Some("Quyết định"));
        assert_eq!(block.issuer.as_deref(), Some("Tỉnh Hòa Bình"));
        assert_eq!(block.signer.as_deref(), Some("Lê Văn Tám"));
        assert_eq!(block.date.as_deref(), Some("2025-03-05"));
        assert!(body.starts_with("ỦY BAN NHÂN DÂN"), "{body}");
        assert!(body.trim_end().ends_with("Nội dung."), "{body}");
        assert!(!body.contains("Đã biết") && !body.contains("liên quan"));
        assert!(split("Số: 12/QĐ-UBND\n").is_none());
    }

    #[test]
    fn keys_and_issuers_compare_loosely() {
        assert_eq!(
            number_key("526-BC/TWĐTN-TNTH"),
            number_key("526BC/TWĐTNTNTH")
        );
        let ubnd = tracuu_report::Issuer {
            name: "UBND tỉnh Hòa Bình".into(),
            parent: None,
            level: None,
            place: Some("Hòa Bình".into()),
        };
        assert!(issuer_matches("Tỉnh Hoà Bình", &ubnd));
        assert!(!issuer_matches("Chính phủ", &ubnd));
        let ttg = tracuu_report::Issuer {
            name: "Thủ tướng Chính phủ".into(),
            parent: None,
            level: None,
            place: None,
        };
        assert!(!issuer_matches("Chính phủ", &ttg));
    }
}
