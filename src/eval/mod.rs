//! `tracuu eval`: scores the parser against the hand labels of `tests/gold` on the real
//! documents of `../shared/corpus`: citation recall and precision, issuer accuracy, and the
//! document's own number, date and signer.
//!
//! Keys compare with hyphens, spaces and diacritics removed and case folded (`21NQ/TW` =
//! `21-NQ/TW`); `name_only` gold citations count neither as misses nor as extras. Issuers
//! compare folded, `Ủy ban nhân dân` = `UBND`, a leading `Chủ tịch`/`Phó Chủ tịch` ignored,
//! `Trung ương Đảng` matching any central Party body and `Trung ương Đoàn` any central
//! Youth Union body.

pub mod gold;
pub mod portal;
pub mod portal_block;
pub mod relations;

pub use gold::{GoldCitation, GoldDocument};
pub use portal_block::strip_portal;

use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use tracuu_tokenizer::fold;

/// Which labelled documents to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    /// The documents used while improving the parser.
    Dev,
    /// The held-out documents.
    Test,
    /// Both.
    All,
}

impl Split {
    /// The name used in the gold files and the output.
    pub fn as_str(self) -> &'static str {
        match self {
            Split::Dev => "dev",
            Split::Test => "test",
            Split::All => "all",
        }
    }

    /// Whether the gold split named `split` is scored.
    pub fn holds(self, split: &str) -> bool {
        self == Split::All || self.as_str() == split
    }
}

/// A right/total count.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct Count {
    /// How many were right.
    pub right: usize,
    /// Out of how many.
    pub total: usize,
}

impl Count {
    /// right / total (1 when there is nothing to count).
    pub fn rate(self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.right as f64 / self.total as f64
        }
    }

    fn add(&mut self, right: bool) {
        self.total += 1;
        self.right += usize::from(right);
    }

    fn merge(&mut self, other: Count) {
        self.right += other.right;
        self.total += other.total;
    }
}

/// The scores of one set of documents.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Scores {
    /// Documents scored.
    pub files: usize,
    /// Gold citations found (right) out of the gold citations (total): recall.
    pub recall: Count,
    /// Found citations that are in the gold (right) out of those found (total): precision.
    pub precision: Count,
    /// Found gold citations with an issuer whose issuer is right.
    pub issuer: Count,
    /// The document's own number.
    pub number: Count,
    /// The document's own date.
    pub date: Count,
    /// The document's signer.
    pub signer: Count,
}

impl Scores {
    fn merge(&mut self, other: &Scores) {
        self.files += other.files;
        self.recall.merge(other.recall);
        self.precision.merge(other.precision);
        self.issuer.merge(other.issuer);
        self.number.merge(other.number);
        self.date.merge(other.date);
        self.signer.merge(other.signer);
    }
}

/// What went wrong in one document.
#[derive(Debug, Clone, Default, Serialize)]
pub struct FileReport {
    /// The gold's `file`.
    pub file: String,
    /// `dev` or `test`.
    pub split: String,
    /// Its scores.
    pub scores: Scores,
    /// Gold keys the parser did not find.
    pub missed: Vec<String>,
    /// Keys the parser found that the gold does not have.
    pub extra: Vec<String>,
    /// `key: gold issuer ≠ found issuer` for found citations with a wrong issuer.
    pub wrong_issuers: Vec<String>,
    /// `field: gold ≠ found` for the document's own fields that are wrong.
    pub wrong_fields: Vec<String>,
}

/// The result of a run: per split, and per file.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Evaluation {
    /// Scores per split name (`dev`, `test`, and `all` when both were scored).
    pub splits: BTreeMap<String, Scores>,
    /// Every scored file.
    pub files: Vec<FileReport>,
}

/// A key as the scorer compares it: folded, hyphens and spaces removed.
pub fn key_form(key: &str) -> String {
    fold(key)
        .chars()
        .filter(|c| !matches!(c, '-' | '–' | ' ' | '\u{a0}'))
        .collect()
}

/// An issuer as the scorer compares it: folded, `Ủy ban nhân dân` = `UBND`, `Hội đồng nhân
/// dân` = `HĐND`, a leading `Chủ tịch`/`Phó Chủ tịch` dropped, spaces collapsed.
pub fn issuer_form(issuer: &str) -> String {
    let folded = fold(issuer)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let folded = folded
        .replace("uy ban nhan dan", "ubnd")
        .replace("hoi dong nhan dan", "hdnd");
    let folded = folded
        .strip_prefix("pho chu tich ")
        .or_else(|| folded.strip_prefix("chu tich "))
        .unwrap_or(&folded);
    folded.to_string()
}

fn is_central_youth(form: &str) -> bool {
    form.contains("trung uong doan")
}

fn is_central_party(form: &str) -> bool {
    !is_central_youth(form)
        && (form.contains("bo chinh tri")
            || form == "ban bi thu"
            || form.contains("trung uong dang")
            || (form.contains("trung uong")
                && (form.starts_with("ban ")
                    || form.starts_with("van phong")
                    || form.starts_with("uy ban kiem tra")
                    || form.starts_with("hoi dong"))))
}

/// Whether a found issuer agrees with the gold's, by the rules of [`issuer_form`] and the
/// central Party and Youth Union bodies.
pub fn same_issuer(gold: &str, found: &str) -> bool {
    let (g, f) = (issuer_form(gold), issuer_form(found));
    if g == f {
        return true;
    }
    let generic = |a: &str, b: &str| {
        (a == "trung uong dang" && is_central_party(b))
            || (a == "trung uong doan" && is_central_youth(b))
    };
    generic(&g, &f) || generic(&f, &g)
}

fn same_name(a: &str, b: &str) -> bool {
    let form = |s: &str| fold(s).split_whitespace().collect::<Vec<_>>().join(" ");
    form(a) == form(b)
}

/// Scores one document's text (already cut of portal furniture) against its labels.
pub fn score_document(doc: &GoldDocument, text: &str) -> FileReport {
    let report = tracuu_report::parse(text);
    let mut out = FileReport {
        file: doc.file.clone(),
        split: doc.split.clone(),
        ..FileReport::default()
    };
    let s = &mut out.scores;
    s.files = 1;

    let ignored: BTreeSet<String> = doc
        .citations
        .iter()
        .filter(|c| c.name_only)
        .map(|c| key_form(&c.key))
        .collect();
    let mut gold_keys: BTreeMap<String, &GoldCitation> = BTreeMap::new();
    for c in doc.citations.iter().filter(|c| !c.name_only) {
        gold_keys.entry(key_form(&c.key)).or_insert(c);
    }
    let mut found: BTreeMap<String, Vec<&tracuu_report::CitedDocument>> = BTreeMap::new();
    for d in &report.documents {
        found.entry(key_form(&d.cited.key)).or_default().push(d);
    }
    for (k, g) in &gold_keys {
        let hit = found.get(k);
        s.recall.add(hit.is_some());
        match (hit, &g.issuer) {
            (None, _) => out.missed.push(g.key.clone()),
            (Some(docs), Some(gi)) => {
                let right = docs.iter().any(|d| {
                    d.cited
                        .issuer
                        .as_deref()
                        .is_some_and(|fi| same_issuer(gi, fi))
                });
                s.issuer.add(right);
                if !right {
                    let fi: Vec<&str> = docs
                        .iter()
                        .filter_map(|d| d.cited.issuer.as_deref())
                        .collect();
                    out.wrong_issuers
                        .push(format!("{}: {gi} ≠ {}", g.key, fi.join(" | ")));
                }
            }
            (Some(_), None) => {}
        }
    }
    for (k, docs) in &found {
        if ignored.contains(k) {
            continue;
        }
        let right = gold_keys.contains_key(k);
        s.precision.add(right);
        if !right {
            out.extra.push(docs[0].cited.key.clone());
        }
    }

    let meta = &report.metadata;
    let number_right = match (&doc.number, &meta.number) {
        (Some(g), Some(f)) => key_form(g) == key_form(f),
        (None, None) => true,
        _ => false,
    };
    s.number.add(number_right);
    if !number_right {
        out.wrong_fields.push(format!(
            "number: {} ≠ {}",
            doc.number.as_deref().unwrap_or("-"),
            meta.number.as_deref().unwrap_or("-")
        ));
    }
    let date_right = doc.date == meta.date;
    s.date.add(date_right);
    if !date_right {
        out.wrong_fields.push(format!(
            "date: {} ≠ {}",
            doc.date.as_deref().unwrap_or("-"),
            meta.date.as_deref().unwrap_or("-")
        ));
    }
    let found_signer = meta.signer.as_ref().map(|s| s.name.as_str());
    let signer_right = match (&doc.signer, found_signer) {
        (Some(g), Some(f)) => same_name(g, f),
        (None, None) => true,
        _ => false,
    };
    s.signer.add(signer_right);
    if !signer_right {
        out.wrong_fields.push(format!(
            "signer: {} ≠ {}",
            doc.signer.as_deref().unwrap_or("-"),
            found_signer.unwrap_or("-")
        ));
    }
    out
}

/// The text of a corpus file as the index would parse it: decoded (invalid UTF-8 replaced),
/// composed (NFC, as the extractors give it; some corpus files are decomposed) and cut out
/// of the legal portal's furniture.
pub fn document_text(raw: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw);
    strip_portal(&tracuu_tokenizer::nfc(&text)).to_string()
}

/// Scores every gold document of `split` in `gold_dir` against the text of its file under
/// `corpus_dir/documents`.
pub fn evaluate(gold_dir: &Path, corpus_dir: &Path, split: Split) -> anyhow::Result<Evaluation> {
    let docs = gold::load(gold_dir)?;
    let mut eval = Evaluation::default();
    for doc in docs.iter().filter(|d| split.holds(&d.split)) {
        let path = corpus_dir.join("documents").join(&doc.file);
        let raw = std::fs::read(&path)
            .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
        let text = document_text(&raw);
        let file = score_document(doc, &text);
        eval.splits
            .entry(doc.split.clone())
            .or_default()
            .merge(&file.scores);
        eval.files.push(file);
    }
    if split == Split::All && eval.splits.len() > 1 {
        let mut all = Scores::default();
        for s in eval.splits.values() {
            all.merge(s);
        }
        eval.splits.insert("all".into(), all);
    }
    Ok(eval)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_compare_loosely() {
        assert_eq!(key_form("21NQ/TW"), key_form("21-NQ/TW"));
        assert_eq!(key_form("118/2025/NĐCP"), key_form("118/2025/NĐ-CP"));
        assert_eq!(key_form("Luật Đất đai"), key_form("luat dat dai"));
    }

    #[test]
    fn issuers_compare_by_the_gold_rules() {
        assert!(same_issuer(
            "UBND tỉnh Bắc Ninh",
            "Ủy ban nhân dân tỉnh Bắc Ninh"
        ));
        assert!(same_issuer(
            "Chủ tịch UBND tỉnh Bắc Ninh",
            "UBND tỉnh Bắc Ninh"
        ));
        assert!(same_issuer("Trung ương Đảng", "Bộ Chính trị"));
        assert!(same_issuer("Ban Bí thư", "Trung ương Đảng"));
        assert!(same_issuer("Trung ương Đoàn", "Ban Bí thư Trung ương Đoàn"));
        assert!(!same_issuer(
            "Trung ương Đảng",
            "Ban Bí thư Trung ương Đoàn"
        ));
        assert!(!same_issuer("UBND tỉnh Bắc Ninh", "UBND tỉnh"));
    }
}
