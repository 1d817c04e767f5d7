//! Temporary stand-ins for the citation grammar functions (replaced by the parser work).
#![allow(missing_docs)]

use super::{Citation, CitedDocument};
use std::ops::Range;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct CitationQuery {
    pub doc_type: Option<String>,
    pub number: Option<String>,
    pub year: Option<i32>,
    pub code: Option<String>,
}

pub fn canonical_key(raw: &str) -> Option<String> {
    let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.contains('/') && compact.chars().next()?.is_ascii_digit() {
        Some(compact.to_uppercase())
    } else {
        None
    }
}

pub fn parse_citation_query(q: &str) -> Option<CitationQuery> {
    let key = canonical_key(q)?;
    Some(CitationQuery {
        number: key.split(['/', '-']).next().map(str::to_string),
        ..Default::default()
    })
}

pub fn find_document_numbers(q: &str) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for word in q.split(' ') {
        if let Some(k) = canonical_key(word) {
            out.push((pos..pos + word.len(), k));
        }
        pos += word.len() + 1;
    }
    out
}

pub fn extract_citations(text: &str) -> (Vec<Citation>, Vec<CitedDocument>) {
    let _ = text;
    (Vec::new(), Vec::new())
}
