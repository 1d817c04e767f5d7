//! Citation lookup: which cited documents a number names, and who cites them.
//!
//! Each report stores one `citation` document per document it cites. A lookup finds them by
//! key (or by number, year, code and type for a partial citation) and merges them across
//! reports into distinct documents: the same key with the same date, or with the same issuer
//! when a date is missing, is the same document. A number is not an identity: `05/KH-UBND`
//! issued by three communes in three years is three documents, and the lookup is `ambiguous`.

use crate::engine::Engine;
use crate::error::IndexError;
use crate::keys;
use crate::schema::{Fields, KIND_CITATION};
use crate::stored;
use crate::view::{ReportSummary, SectionRef};
use serde::{Deserialize, Serialize};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{TantivyDocument, Term};
use tracuu_report::{
    CitationQuery, canonical_key, cited_documents, extract_citations, parse_citation_query,
};
use utoipa::ToSchema;

/// Most (report, document) pairs read for one lookup.
const MAX_CITING: usize = 5_000;
/// Longest citation query, in characters.
pub const MAX_CITATION_CHARS: usize = 200;
/// Longest draft text for [`Engine::resolve`], in bytes.
pub const MAX_DRAFT_BYTES: usize = 1_000_000;

/// The outcome of a lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Exactly one document matches.
    Found,
    /// Several documents share the number.
    Ambiguous,
    /// A well-formed citation that no report cites.
    NotFound,
    /// Not a citation.
    Invalid,
}

/// A report section citing a document.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CitingSection {
    /// The citing report.
    pub report: ReportSummary,
    /// The section the mention sits in.
    pub section: SectionRef,
    /// The sentence around the mention, HTML-escaped, the citation in `<mark>`.
    pub snippet: String,
}

/// A distinct cited document.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CitedDocumentView {
    /// Stable id (`GET /api/documents/{id}`).
    pub id: String,
    /// Canonical number (`05/KH-UBND`).
    pub key: String,
    /// Kế hoạch, Quyết định, Nghị định …
    #[serde(rename = "type")]
    pub doc_type: Option<String>,
    /// The number part.
    pub number: String,
    /// The year in the number or the date.
    pub year: Option<i32>,
    /// The code after the number.
    pub code: String,
    /// Who issued it, when any citing report says.
    pub issuer: Option<String>,
    /// ISO date, when any citing report gives it.
    pub date: Option<String>,
    /// What it is about, when any citing report says.
    pub subject: Option<String>,
    /// Every section that cites it, by unit then year.
    pub cited_by: Vec<CitingSection>,
}

/// The answer to a lookup.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Lookup {
    /// found, ambiguous, not_found or invalid.
    pub status: Status,
    /// The citation as asked (or as written in the draft).
    pub query: String,
    /// The canonical key, when the query is a whole document number.
    pub key: Option<String>,
    /// What is wrong with the citation as written (drafts only), in Vietnamese; when not
    /// empty the status is `invalid`, and the documents are those its number would name.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub problems: Vec<String>,
    /// Every matching document.
    pub documents: Vec<CitedDocumentView>,
}

#[derive(Debug, Deserialize)]
struct Stored {
    key: String,
    #[serde(rename = "type")]
    doc_type: Option<String>,
    number: String,
    year: Option<i32>,
    code: String,
    date: Option<String>,
    issuer: Option<String>,
    subject: Option<String>,
    mentions: Vec<StoredMention>,
}

#[derive(Debug, Deserialize)]
struct StoredMention {
    section: SectionRef,
    snippet: String,
}

fn term(field: tantivy::schema::Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::Basic,
    ))
}

impl Engine {
    /// Looks up one citation typed in any spelling, whole or partial.
    pub fn lookup(&self, q: &str) -> Result<Lookup, IndexError> {
        let query = q.trim().to_string();
        if query.is_empty() || query.chars().count() > MAX_CITATION_CHARS {
            return Ok(invalid(query));
        }
        let f = self.fields();
        let (key, tantivy_query) = if let Some(key) = canonical_key(&query) {
            let form = if tracuu_tokenizer::has_diacritics(&query) {
                term(f.key_exact, &keys::key_exact(&key))
            } else {
                term(f.key_folded, &keys::key_folded(&key))
            };
            (Some(key), form)
        } else if let Some(partial) = parse_citation_query(&query) {
            match partial_query(f, &partial) {
                Some(q) => (None, q),
                None => return Ok(invalid(query)),
            }
        } else {
            return Ok(invalid(query));
        };
        let documents = self.documents(tantivy_query)?;
        Ok(Lookup {
            status: status(documents.len()),
            query,
            key,
            problems: Vec::new(),
            documents,
        })
    }

    /// Finds every citation in a draft and looks each one up; a citation written with a
    /// date or issuer keeps only the documents that agree with it.
    pub fn resolve(&self, text: &str) -> Result<Vec<Lookup>, IndexError> {
        let citations = extract_citations(text);
        let documents = cited_documents(&citations);
        let mut out = Vec::new();
        for document in &documents {
            let first = document.mentions.first().and_then(|&i| citations.get(i));
            let written = first
                .and_then(|c| text.get(c.span.clone()))
                .map(crate::snippet::squash)
                .unwrap_or_else(|| document.key.clone());
            let mut lookup = self.lookup(&document.key)?;
            lookup.query = written;
            lookup.documents.retain(|d| {
                agrees(&document.date, &d.date) && agrees_issuer(&document.issuer, &d.issuer)
            });
            if lookup.status != Status::Invalid {
                lookup.status = status(lookup.documents.len());
            }
            lookup.problems = first.map(crate::check::problems).unwrap_or_default();
            if !lookup.problems.is_empty() {
                lookup.status = Status::Invalid;
            }
            out.push(lookup);
        }
        Ok(out)
    }

    /// One cited document by id.
    pub fn document(&self, id: &str) -> Result<Option<CitedDocumentView>, IndexError> {
        let Some(key_hash) = id.get(..16) else {
            return Ok(None);
        };
        let f = self.fields();
        let docs = self.documents(term(f.key_hash, key_hash))?;
        Ok(docs.into_iter().find(|d| d.id == id))
    }

    fn documents(&self, query: Box<dyn Query>) -> Result<Vec<CitedDocumentView>, IndexError> {
        let f = self.fields();
        let query = BooleanQuery::new(vec![
            (Occur::Must, term(f.kind, KIND_CITATION)),
            (Occur::Must, query),
        ]);
        let searcher = self.searcher();
        let mut addresses =
            searcher.search(&query, &TopDocs::with_limit(MAX_CITING).order_by_score())?;
        addresses.sort_by_key(|&(_, a)| a);
        let mut stored = Vec::with_capacity(addresses.len());
        for (_, address) in addresses {
            let doc: TantivyDocument = searcher.doc(address)?;
            let report: ReportSummary = stored::json(&doc, f.summary, "report summary")?;
            let document: Stored = stored::json(&doc, f.document_json, "cited document")?;
            stored.push((report, document));
        }
        Ok(merge(stored))
    }
}

fn invalid(query: String) -> Lookup {
    Lookup {
        status: Status::Invalid,
        query,
        key: None,
        problems: Vec::new(),
        documents: Vec::new(),
    }
}

fn status(n: usize) -> Status {
    match n {
        0 => Status::NotFound,
        1 => Status::Found,
        _ => Status::Ambiguous,
    }
}

fn partial_query(f: &Fields, partial: &CitationQuery) -> Option<Box<dyn Query>> {
    // A type alone names no document: it would list every plan ever cited.
    let number = partial.number.as_ref()?;
    let mut clauses: Vec<(Occur, Box<dyn Query>)> =
        vec![(Occur::Must, term(f.c_number, &keys::number_form(number)))];
    if let Some(year) = partial.year.and_then(|y| u64::try_from(y).ok()) {
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(
                Term::from_field_u64(f.c_year, year),
                IndexRecordOption::Basic,
            )),
        ));
    }
    if let Some(code) = &partial.code {
        clauses.push((Occur::Must, term(f.c_code, &keys::type_code_form(code))));
    }
    if let Some(doc_type) = &partial.doc_type {
        clauses.push((
            Occur::Must,
            term(f.c_type, &tracuu_tokenizer::fold(doc_type)),
        ));
    }
    Some(Box::new(BooleanQuery::new(clauses)))
}

fn agrees(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.starts_with(b.as_str()) || b.starts_with(a.as_str()),
        _ => true,
    }
}

fn agrees_issuer(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => tracuu_tokenizer::fold(a) == tracuu_tokenizer::fold(b),
        _ => true,
    }
}

/// Whether a (report, document) pair is the same document as a group built so far.
fn same(group: &CitedDocumentView, d: &Stored) -> bool {
    if keys::key_exact(&group.key) != keys::key_exact(&d.key) {
        return false;
    }
    let issuers = agrees_issuer(&group.issuer, &d.issuer);
    match (&group.date, &d.date) {
        (Some(a), Some(b)) => a == b && issuers,
        _ => {
            let years = match (group.year, d.year) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            group.issuer.is_some() && d.issuer.is_some() && issuers && years
        }
    }
}

fn merge(stored: Vec<(ReportSummary, Stored)>) -> Vec<CitedDocumentView> {
    // Richest first, so a mention without a date joins a dated group rather than founding one.
    let mut stored = stored;
    stored.sort_by_key(|(r, d)| (d.date.is_none(), d.issuer.is_none(), r.id.clone()));
    let mut groups: Vec<CitedDocumentView> = Vec::new();
    for (report, d) in stored {
        let citing = d.mentions.iter().map(|m| CitingSection {
            report: report.clone(),
            section: m.section.clone(),
            snippet: m.snippet.clone(),
        });
        if let Some(group) = groups.iter_mut().find(|g| same(g, &d)) {
            group.cited_by.extend(citing);
            group.issuer = group.issuer.take().or(d.issuer);
            group.date = group.date.take().or(d.date);
            group.subject = group.subject.take().or(d.subject);
            group.doc_type = group.doc_type.take().or(d.doc_type);
            group.year = group.year.or(d.year);
            continue;
        }
        groups.push(CitedDocumentView {
            id: String::new(),
            key: d.key,
            doc_type: d.doc_type,
            number: d.number,
            year: d.year,
            code: d.code,
            issuer: d.issuer,
            date: d.date,
            subject: d.subject,
            cited_by: citing.collect(),
        });
    }
    for g in &mut groups {
        // By unit and year; reports whose unit is unknown last.
        g.cited_by.sort_by(|a, b| {
            (
                a.report.unit.is_none(),
                &a.report.unit,
                a.report.year,
                &a.report.id,
                &a.section.path,
            )
                .cmp(&(
                    b.report.unit.is_none(),
                    &b.report.unit,
                    b.report.year,
                    &b.report.id,
                    &b.section.path,
                ))
        });
        // Without issuer and date a document is known only by who cites it.
        let anonymous = g.issuer.is_none() && g.date.is_none();
        let identity = format!(
            "{}|{}|{}|{}",
            keys::key_exact(&g.key),
            g.issuer
                .as_deref()
                .map(tracuu_tokenizer::fold)
                .unwrap_or_default(),
            g.date
                .clone()
                .or(g.year.map(|y| y.to_string()))
                .unwrap_or_default(),
            match g.cited_by.first() {
                Some(c) if anonymous => c.report.id.as_str(),
                _ => "",
            }
        );
        g.id = format!(
            "{}{:08x}",
            keys::key_hash(&g.key),
            xxhash_rust::xxh3::xxh3_64(identity.as_bytes()) as u32
        );
    }
    groups.sort_by(|a, b| (&b.date, &a.id).cmp(&(&a.date, &b.id)));
    groups
}
