//! Relations, pinpoints and short forms against the gold's labels: precision and recall,
//! by split (`dev`, `test`).
//!
//! Each gold document names its text in `../shared/corpus/documents`, read as the citation
//! figures read it (`document_text`: composed, the portal's furniture cut out). Keys compare as the gold says: hyphens, spaces and diacritics removed, case
//! folded.

use super::gold::{self, GoldDocument};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use tracuu_report::{Role, parse};
use tracuu_tokenizer::fold;

/// Matches found, predicted and expected, for one measure.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    /// Predicted and in the gold.
    pub hits: usize,
    /// Predicted.
    pub predicted: usize,
    /// In the gold.
    pub expected: usize,
}

impl Score {
    /// Share of the predicted that are right (1 when nothing is predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.hits, self.predicted)
    }

    /// Share of the gold that is found (1 when the gold is empty).
    pub fn recall(&self) -> f64 {
        ratio(self.hits, self.expected)
    }

    fn add<T: Ord>(&mut self, predicted: &BTreeSet<T>, expected: &BTreeSet<T>) {
        self.hits += predicted.intersection(expected).count();
        self.predicted += predicted.len();
        self.expected += expected.len();
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// The three measures for one split.
#[derive(Debug, Clone, Default)]
pub struct Figures {
    /// Documents measured.
    pub documents: usize,
    /// `(from, role, to)` triples.
    pub relations: Score,
    /// The same, counting only the gold triples whose two documents the parser cites: what
    /// the roles get right when the citation grammar has found the documents.
    pub relations_parsed: Score,
    /// `(key, pinpoint)` pairs.
    pub pinpoints: Score,
    /// `(text, to)` pairs.
    pub short_forms: Score,
    /// What was missed and what was wrong, one line each, for a person to read.
    pub errors: Vec<String>,
}

/// A key as the scorer compares it: no hyphens, spaces or diacritics, case folded.
pub fn compare_key(key: &str) -> String {
    if key == "self" {
        return key.into();
    }
    fold(key)
        .to_lowercase()
        .chars()
        .filter(|c| !matches!(c, '-' | '–' | ' ' | '\n'))
        .collect()
}

fn compare_text(text: &str) -> String {
    fold(text)
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Scores every gold document of `gold_dir`, reading texts under `corpus_documents`.
pub fn measure(
    gold_dir: &Path,
    corpus_documents: &Path,
) -> anyhow::Result<BTreeMap<String, Figures>> {
    let mut out: BTreeMap<String, Figures> = BTreeMap::new();
    for gold in gold::load(gold_dir)? {
        let raw = std::fs::read(corpus_documents.join(&gold.file))?;
        let text = super::document_text(&raw);
        let figures = out.entry(gold.split.clone()).or_default();
        figures.documents += 1;
        score(&gold, &text, figures);
    }
    Ok(out)
}

fn score(gold: &GoldDocument, text: &str, figures: &mut Figures) {
    let report = parse(text);
    let own = report.metadata.number.as_deref().map(compare_key);
    let is_own = |k: &str| own.as_deref() == Some(k);

    let mut relations = BTreeSet::new();
    let mut pinpoints = BTreeSet::new();
    let mut short_forms = BTreeSet::new();
    // A mention is scored as the document it merged into: one spelling of its key for all
    // its mentions (`67/2005/QĐ-UBND` after `67/2005/QĐ-UB`), as the gold lists one entry.
    let document_key = |c: &tracuu_report::Citation| {
        report
            .documents
            .get(c.document)
            .map_or_else(|| compare_key(&c.cited.key), |d| compare_key(&d.cited.key))
    };
    let merged: BTreeMap<String, String> = report
        .citations
        .iter()
        .map(|c| (compare_key(&c.cited.key), document_key(c)))
        .collect();
    let as_document = |key: &str| {
        let k = compare_key(key);
        merged.get(&k).cloned().unwrap_or(k)
    };
    for c in &report.citations {
        let to = document_key(c);
        if is_own(&to) || is_own(&compare_key(&c.cited.key)) {
            continue;
        }
        if c.role != Role::Mention {
            let from = c.holder.as_deref().map_or("self".into(), as_document);
            relations.insert((from, c.role.as_str().to_string(), to.clone()));
        }
        if let Some(a) = &c.acts {
            relations.insert((to.clone(), a.role.as_str().to_string(), as_document(&a.key)));
        }
        for p in &c.pinpoints {
            pinpoints.insert((to.clone(), p.clone()));
        }
        if c.short_form
            && let Some(written) = text.get(c.span.clone())
        {
            short_forms.insert((compare_text(written), to.clone()));
        }
    }
    for span in &report.self_mentions {
        if let Some(written) = text.get(span.clone()) {
            short_forms.insert((compare_text(written), "self".to_string()));
        }
    }
    let gold_relations: BTreeSet<_> = gold
        .relations
        .iter()
        .map(|r| (compare_key(&r.from), r.role.clone(), compare_key(&r.to)))
        .collect();
    let gold_pinpoints: BTreeSet<_> = gold
        .citations
        .iter()
        .flat_map(|c| c.pinpoints.iter().map(|p| (compare_key(&c.key), p.clone())))
        .collect();
    let gold_short: BTreeSet<_> = gold
        .short_forms
        .iter()
        .map(|s| (compare_text(&s.text), compare_key(&s.to)))
        .collect();
    figures.relations.add(&relations, &gold_relations);
    let cited: BTreeSet<String> = report
        .citations
        .iter()
        .map(|c| compare_key(&c.cited.key))
        .collect();
    let known = |k: &str| k == "self" || cited.contains(k);
    let gold_parsed: BTreeSet<_> = gold_relations
        .iter()
        .filter(|r| known(&r.0) && known(&r.2))
        .cloned()
        .collect();
    figures.relations_parsed.add(&relations, &gold_parsed);
    figures.pinpoints.add(&pinpoints, &gold_pinpoints);
    figures.short_forms.add(&short_forms, &gold_short);
    let name = &gold.file;
    let mut note = |what: &str, missed: Vec<String>, wrong: Vec<String>| {
        for m in missed {
            figures.errors.push(format!("{name}\tmissed {what}\t{m}"));
        }
        for w in wrong {
            figures.errors.push(format!("{name}\twrong {what}\t{w}"));
        }
    };
    note(
        "relation",
        gold_relations
            .difference(&relations)
            .map(|r| {
                let unparsed = if known(&r.0) && known(&r.2) {
                    ""
                } else {
                    " (not parsed)"
                };
                format!("{r:?}{unparsed}")
            })
            .collect(),
        relations
            .difference(&gold_relations)
            .map(|r| format!("{r:?}"))
            .collect(),
    );
    note(
        "pinpoint",
        gold_pinpoints
            .difference(&pinpoints)
            .map(|r| {
                let unparsed = if known(&r.0) { "" } else { " (not parsed)" };
                format!("{r:?}{unparsed}")
            })
            .collect(),
        pinpoints
            .difference(&gold_pinpoints)
            .map(|r| format!("{r:?}"))
            .collect(),
    );
    note(
        "short form",
        gold_short
            .difference(&short_forms)
            .map(|r| format!("{r:?}"))
            .collect(),
        short_forms
            .difference(&gold_short)
            .map(|r| format!("{r:?}"))
            .collect(),
    );
}

/// The figures as lines a person reads: one per split and measure.
pub fn render(figures: &BTreeMap<String, Figures>) -> String {
    let mut out = String::new();
    for (split, f) in figures {
        for (what, s) in [
            ("relations", f.relations),
            ("relations*", f.relations_parsed),
            ("pinpoints", f.pinpoints),
            ("short forms", f.short_forms),
        ] {
            out.push_str(&format!(
                "{split:<5} {what:<12} precision {:.3}  recall {:.3}  ({} right of {} found, {} in gold; {} documents)\n",
                s.precision(),
                s.recall(),
                s.hits,
                s.predicted,
                s.expected,
                f.documents
            ));
        }
    }
    out.push_str("relations*: only gold relations whose two documents the parser cites\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_compare_without_hyphens_case_or_diacritics() {
        assert_eq!(compare_key("21-NQ/TW"), compare_key("21NQ/TW"));
        assert_eq!(compare_key("61/2018/NĐ-CP"), compare_key("61/2018/nd-cp"));
    }
}
