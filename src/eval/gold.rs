//! The hand labels of `tests/gold/documents/*.json` (shape in `tests/gold/README.md`).

use anyhow::Context as _;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// One labelled document.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDocument {
    /// Its path under the corpus's `documents/` folder.
    pub file: String,
    /// `dev` or `test`.
    pub split: String,
    /// The document's own number in key form; `None` for an unnumbered draft.
    #[serde(default)]
    pub number: Option<String>,
    /// Its issuing body.
    #[serde(default)]
    pub issuer: Option<String>,
    /// ISO date, or `YYYY-MM`.
    #[serde(default)]
    pub date: Option<String>,
    /// The signer's name.
    #[serde(default)]
    pub signer: Option<String>,
    /// Every distinct cited document.
    #[serde(default)]
    pub citations: Vec<GoldCitation>,
    /// What the documents do to one another (`self` for this document).
    #[serde(default)]
    pub relations: Vec<GoldRelation>,
    /// Words standing for a document (`Kế hoạch nêu trên`, `Nghị định này`).
    #[serde(default)]
    pub short_forms: Vec<GoldShortForm>,
}

/// One cited document of the gold.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldCitation {
    /// The canonical key.
    pub key: String,
    /// The type word, when known.
    #[serde(default, rename = "type")]
    pub doc_type: Option<String>,
    /// Who issued it, canonical spelling; `None` when the text does not tell.
    #[serde(default)]
    pub issuer: Option<String>,
    /// ISO date when given.
    #[serde(default)]
    pub date: Option<String>,
    /// A law named without date, year or number: not counted.
    #[serde(default)]
    pub name_only: bool,
    /// Where in it the text points (`khoản 2 Điều 3`).
    #[serde(default)]
    pub pinpoints: Vec<String>,
}

/// `from` does `role` to `to`: keys, `self` for the labelled document.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldRelation {
    /// The acting document.
    pub from: String,
    /// `basis`, `amends`, … (`Role::as_str`).
    pub role: String,
    /// The document acted on.
    pub to: String,
}

/// A short form as written and the key of the document it stands for.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldShortForm {
    /// The words as printed.
    pub text: String,
    /// The key, or `self`.
    pub to: String,
}

/// Reads every `*.json` of `dir/documents` (or of `dir` when it has no `documents/`),
/// sorted by file name.
pub fn load(dir: &Path) -> anyhow::Result<Vec<GoldDocument>> {
    let docs_dir = if dir.join("documents").is_dir() {
        dir.join("documents")
    } else {
        dir.to_path_buf()
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&docs_dir)
        .with_context(|| format!("cannot read {}", docs_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let raw = std::fs::read_to_string(p)
                .with_context(|| format!("cannot read {}", p.display()))?;
            serde_json::from_str(&raw).with_context(|| format!("bad gold file {}", p.display()))
        })
        .collect()
}
