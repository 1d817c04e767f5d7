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
use crate::schema::{Fields, KIND_CITATION, KIND_REPORT};
use crate::snippet::Snippet;
use crate::stored;
use crate::view::{ReportSummary, SectionRef};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{TantivyDocument, Term};
use tracuu_report::{
    Citation, CitationQuery, Role, canonical_key, cited_documents, extract_citations, law_name_key,
    parse_citation_query,
};
use tracuu_report::{CitedId, DocumentIdentity, Field, Scope, differences, same_document};
use utoipa::ToSchema;

pub(crate) mod light;
pub use light::Citing;

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
    /// Exactly one document agrees with everything written.
    Found,
    /// One document fits the number, but the written date or issuer differs from what the
    /// index holds (see each document's `differences`).
    FoundWithDifferences,
    /// Several documents fit what is written: ranked, each with what tells it apart.
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
    /// The sentence around the mention, the citation marked (byte ranges into its text).
    pub snippet: Snippet,
    /// What the mention says of the document (`amends`, `basis` …); absent for a plain
    /// mention.
    #[serde(skip_serializing_if = "Role::is_mention", default)]
    #[schema(value_type = Option<String>)]
    pub role: Role,
    /// The key of the document that holds `role`, when it is not the citing report
    /// (`107/2021/NĐ-CP` in `Nghị định 107/2021/NĐ-CP sửa đổi … Nghị định 61/2018/NĐ-CP`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub holder: Option<String>,
    /// The articles, clauses and points the mention names (`khoản 2 Điều 3`).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub pinpoints: Vec<String>,
}

/// The cited document itself, when it is indexed: a report whose own number, issuer and
/// date are the same document ([`same_document`]).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Indexed {
    /// The indexed document (`GET /api/reports/{id}` gives its text and sections).
    pub report: ReportSummary,
    /// Each pinpoint of the lookup or of a citing section that names one of its sections:
    /// the article (or clause, or point) to open.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub articles: Vec<Article>,
    #[serde(skip)]
    paths: Vec<String>,
}

/// A pinpoint and the section of the indexed document it opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Article {
    /// As cited (`khoản 2 Điều 3`).
    pub pinpoint: String,
    /// The section's path in the indexed document (`Chương I › Điều 3 › khoản 2`), the
    /// report page's `s`.
    pub path: String,
}

/// What the report document of an indexed document stores of its own identity.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct OwnIdentity {
    pub(crate) key: String,
    pub(crate) issuer: Option<String>,
    pub(crate) date: Option<String>,
    pub(crate) year: Option<i32>,
    /// Paths of its legal sections (`Điều`, khoản, điểm).
    pub(crate) articles: Vec<String>,
}

impl OwnIdentity {
    /// What [`same_document`] compares of it.
    fn identity(&self) -> DocumentIdentity<'_> {
        DocumentIdentity {
            key: &self.key,
            issuer: self.issuer.as_deref(),
            date: self.date.as_deref(),
            year: self.year,
        }
    }
}

/// A report in the index that replaces or repeals a cited document, as its text says.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Supersession {
    /// `replaces` or `repeals`.
    #[schema(value_type = String)]
    pub role: Role,
    /// The report that does it.
    pub report: ReportSummary,
}

/// A distinct cited document.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CitedDocumentView {
    /// Stable id (`GET /api/documents/{id}`).
    pub id: String,
    /// What its citing reports tell of it together: number, type, year (in the number or
    /// the date), date, issuer, subject.
    #[serde(flatten)]
    pub cited: CitedId,
    /// Every section that cites it, by unit then year.
    pub cited_by: Vec<CitingSection>,
    /// Where what was written differs from what the index holds.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub differences: Vec<Difference>,
    /// Reports in the index that replace or repeal this document.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub superseded_by: Vec<Supersession>,
    /// Among several candidates: the fields on which this one differs from the others.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    #[schema(value_type = Vec<String>)]
    pub apart: Vec<Field>,
    /// The document itself, when it is indexed: its text, its sections, what it cites.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indexed: Option<Indexed>,
    /// When the citing sections are paged (`sections_limit` given): which of them `cited_by`
    /// holds; `citing.sections` counts them all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cited_by_page: Option<SectionsPage>,
    /// How many sections and reports cite it, and their units (also when `cited_by` is not
    /// given, as in the draft check).
    pub citing: Citing,
}

/// Which of a document's citing sections `cited_by` holds, in their order (by unit, then
/// year).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
pub struct SectionsPage {
    /// Index of the first citing section given.
    pub offset: usize,
    /// Most citing sections given.
    pub limit: usize,
    /// Citing sections in all (`citing.sections`).
    pub total: usize,
}

/// A field written one way and indexed another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Difference {
    /// `issuer`, `date` or `year`.
    #[schema(value_type = String)]
    pub field: Field,
    /// As written in the citation.
    pub written: String,
    /// As the index holds it.
    pub indexed: String,
}

/// What a citation says besides its number, and where it stands in a draft.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct Written {
    /// The issuer written (`UBND xã Hoằng Lộc`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// The date written, ISO.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The line of the draft (from 1) where the citation first stands.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// Byte range of that mention in the draft.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub span: Option<std::ops::Range<usize>>,
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
    /// The issuer and date written with the number (and, in a draft, where it stands).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub written: Option<Written>,
    /// What is wrong with the citation as written (drafts only), in Vietnamese; when not
    /// empty the status is `invalid`, and the documents are those its number would name.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub problems: Vec<String>,
    /// Every matching document (one page of them when the lookup is paged).
    pub documents: Vec<CitedDocumentView>,
    /// When the documents are paged and filtered (`limit` given): how many match, and the
    /// values to filter by.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub page: Option<Page>,
    /// The articles, clauses and points written with the number (`Điều 5`); each opens in
    /// `indexed.articles` of a document that is indexed.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub pinpoints: Vec<String>,
    #[serde(skip)]
    snapshot: light::Snapshot,
}

/// One page of the documents sharing a number, and what they can be filtered by.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct Page {
    /// Documents matching the filters, before paging.
    pub total: usize,
    /// Documents sharing the number, before filtering.
    pub all: usize,
    /// Index of the first document of this page.
    pub offset: usize,
    /// Most documents on a page.
    pub limit: usize,
    /// Units whose reports cite one of the documents, with how many documents each cites.
    pub units: Vec<(String, usize)>,
    /// Years of the documents, with counts.
    pub years: Vec<(i32, usize)>,
    /// Issuers of the documents, with counts.
    pub issuers: Vec<(String, usize)>,
}

/// Filters and a page over the documents of a lookup.
#[derive(Debug, Clone, Default)]
pub struct PageRequest {
    /// Keep documents cited by this unit (folded, `xã hoa sơn` finds `xã Hoa Sơn`).
    pub unit: Option<String>,
    /// Keep documents of this year.
    pub year: Option<i32>,
    /// Keep documents whose issuer contains this (folded).
    pub issuer: Option<String>,
    /// First document to return.
    pub offset: usize,
    /// Most documents to return.
    pub limit: usize,
}

impl Lookup {
    /// The documents a report means by the number, when the lookup was followed from that
    /// report (the report knows the issuer and date it wrote): those it cites, if any; a
    /// number it cites once is then `found`. Without such a document the lookup is unchanged.
    pub fn from_report(mut self, report: &str) -> Lookup {
        let cites = |d: &CitedDocumentView| d.citing.by_report(report);
        if !self.documents.iter().any(cites) {
            return self;
        }
        self.documents.retain(cites);
        if self.status == Status::Ambiguous && self.documents.len() == 1 {
            self.status = Status::Found;
        }
        self
    }

    /// Filters the documents and keeps one page of them, with the counts to filter by.
    pub fn paged(mut self, request: &PageRequest) -> Lookup {
        let fold = tracuu_tokenizer::fold;
        let units_of = |d: &CitedDocumentView| d.citing.units.clone();
        let mut units = BTreeMap::new();
        let mut years = BTreeMap::new();
        let mut issuers = BTreeMap::new();
        for d in &self.documents {
            for u in units_of(d) {
                *units.entry(u).or_insert(0) += 1;
            }
            if let Some(y) = d.cited.year {
                *years.entry(y).or_insert(0) += 1;
            }
            if let Some(i) = &d.cited.issuer {
                *issuers.entry(i.clone()).or_insert(0) += 1;
            }
        }
        let all = self.documents.len();
        let unit = request.unit.as_deref().map(fold);
        let issuer = request.issuer.as_deref().map(fold);
        self.documents.retain(|d| {
            unit.as_ref()
                .is_none_or(|u| units_of(d).iter().any(|x| fold(x) == *u))
                && request.year.is_none_or(|y| d.cited.year == Some(y))
                && issuer.as_ref().is_none_or(|i| {
                    d.cited
                        .issuer
                        .as_deref()
                        .is_some_and(|x| fold(x).contains(i.as_str()))
                })
        });
        let total = self.documents.len();
        self.documents = self
            .documents
            .into_iter()
            .skip(request.offset)
            .take(request.limit)
            .collect();
        let by_count = |m: BTreeMap<String, usize>| {
            let mut v: Vec<(String, usize)> = m.into_iter().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            v
        };
        self.page = Some(Page {
            total,
            all,
            offset: request.offset,
            limit: request.limit,
            units: by_count(units),
            years: years.into_iter().rev().collect(),
            issuers: by_count(issuers),
        });
        self
    }
}

/// The mentions of a cited document in one report, as its citation document stores them.
#[derive(Debug, Deserialize)]
struct Stored {
    mentions: Vec<StoredMention>,
}

#[derive(Debug, Deserialize)]
struct StoredMention {
    section: SectionRef,
    snippet: Snippet,
    #[serde(default)]
    role: Role,
    #[serde(default)]
    holder: Option<String>,
    #[serde(default)]
    pinpoints: Vec<String>,
}

fn term(field: tantivy::schema::Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::Basic,
    ))
}

impl Engine {
    /// Looks up one citation typed in any spelling, whole or partial. A whole citation with
    /// its date or issuer (`Kế hoạch số 05/KH-UBND ngày 11/01/2024 của UBND xã Hoằng Lộc`)
    /// picks the document they describe among those sharing the number.
    pub fn lookup(&self, q: &str) -> Result<Lookup, IndexError> {
        let lookup = self.lookup_light(q)?;
        self.with_citing_sections(lookup)
    }

    /// [`Engine::lookup`] without the citing sections (`cited_by` empty, `citing` counted):
    /// what the draft check answers, and what a page is cut from before
    /// [`Engine::with_citing_sections`] reads the sections of the documents it keeps.
    pub fn lookup_light(&self, q: &str) -> Result<Lookup, IndexError> {
        let query = q.trim().to_string();
        if query.is_empty() || query.chars().count() > MAX_CITATION_CHARS {
            return Ok(invalid(query));
        }
        if canonical_key(&query).is_none() {
            let citations = extract_citations(&query);
            if let [one] = citations.as_slice()
                && (one.cited.date.is_some()
                    || one.cited.issuer.is_some()
                    || !one.pinpoints.is_empty())
            {
                let mut lookup = self.lookup_light(&one.cited.key)?;
                lookup.pinpoints.clone_from(&one.pinpoints);
                for d in &mut lookup.documents {
                    if let Some(indexed) = &mut d.indexed {
                        indexed.open(&one.pinpoints);
                    }
                }
                lookup.query = query;
                lookup.written = Some(Written {
                    issuer: one
                        .issuer_written
                        .clone()
                        .or_else(|| one.cited.issuer.clone()),
                    date: one.cited.date.clone(),
                    ..Written::default()
                });
                lookup.problems = crate::check::problems(one);
                decide(&mut lookup, one);
                return Ok(lookup);
            }
        }
        let f = self.fields();
        let (key, tantivy_query) = if let Some(key) = canonical_key(&query) {
            let form = key_term(f, &key, tracuu_tokenizer::has_diacritics(&query));
            (Some(key), form)
        } else if let Some(partial) = parse_citation_query(&query) {
            match partial_query(f, &partial) {
                Some(q) => (None, q),
                None => return Ok(invalid(query)),
            }
        } else if let Some(name) = law_name_key(&query) {
            // A law cited by name: its key is its name, matched as a number's key is.
            let form = key_term(f, &name, tracuu_tokenizer::has_diacritics(&name));
            (Some(name), form)
        } else {
            return Ok(invalid(query));
        };
        let (documents, snapshot) = self.documents(tantivy_query)?;
        Ok(Lookup {
            status: status(documents.len()),
            query,
            key,
            written: None,
            problems: Vec::new(),
            documents,
            page: None,
            pinpoints: Vec::new(),
            snapshot,
        })
    }

    /// Finds every citation in a draft and looks each one up: one row per cited document,
    /// with the line where it first stands and what is written there; a citation written
    /// with a date or issuer picks the documents that agree with it.
    pub fn resolve(&self, text: &str) -> Result<Vec<Lookup>, IndexError> {
        let citations = extract_citations(text);
        let documents = cited_documents(&citations);
        // One index query per number, whatever the number of documents or mentions sharing
        // it (a draft of 2,000 citations names a few hundred numbers).
        let mut by_key: std::collections::HashMap<&str, Lookup> = Default::default();
        let newlines: Vec<usize> = text.match_indices('\n').map(|(at, _)| at).collect();
        let mut out = Vec::new();
        for document in &documents {
            let Some(first) = document.mentions.first().and_then(|&i| citations.get(i)) else {
                continue;
            };
            let written = text
                .get(first.span.clone())
                .map(crate::snippet::squash)
                .unwrap_or_else(|| document.cited.key.clone());
            let mut lookup = match by_key.get(document.cited.key.as_str()) {
                Some(known) => known.clone(),
                None => {
                    let known = self.lookup_light(&document.cited.key)?;
                    by_key.insert(&document.cited.key, known.clone());
                    known
                }
            };
            lookup.query = written;
            // Lines counted once for the whole draft, not once per citation.
            let line = (first.span.start <= text.len())
                .then(|| newlines.partition_point(|&at| at < first.span.start) + 1);
            lookup.written = Some(Written {
                issuer: document.cited.issuer.clone(),
                date: document.cited.date.clone(),
                line,
                span: Some(first.span.clone()),
            });
            let mut described = first.clone();
            if let Some(w) = &first.issuer_written {
                lookup.written.as_mut().expect("set above").issuer = Some(w.clone());
            }
            described.cited.issuer.clone_from(&document.cited.issuer);
            described.cited.date.clone_from(&document.cited.date);
            lookup.problems = crate::check::problems(first);
            decide(&mut lookup, &described);
            out.push(lookup);
        }
        Ok(out)
    }

    /// One cited document by id.
    pub fn document(&self, id: &str) -> Result<Option<CitedDocumentView>, IndexError> {
        self.document_in(id, None)
    }

    /// [`Engine::document`] with one page of its citing sections when `sections` is given
    /// (`offset`, `limit`).
    pub fn document_in(
        &self,
        id: &str,
        sections: Option<(usize, usize)>,
    ) -> Result<Option<CitedDocumentView>, IndexError> {
        let Some(key_hash) = id.get(..16) else {
            return Ok(None);
        };
        let f = self.fields();
        let (docs, snapshot) = self.documents(term(f.key_hash, key_hash))?;
        let Some(doc) = docs.into_iter().find(|d| d.id == id) else {
            return Ok(None);
        };
        let mut lookup = invalid(String::new());
        lookup.documents = vec![doc];
        lookup.snapshot = snapshot;
        Ok(self.citing_sections_in(lookup, sections)?.documents.pop())
    }

    /// What cites the report with this id: the cited documents that are this report itself
    /// (their key is its own number, and their issuer and date agree, as for
    /// [`CitedDocumentView::indexed`]), with their counts and without their citing sections.
    /// `None` when no report has this id; empty when nothing in the index cites it.
    pub fn citing_report(&self, id: &str) -> Result<Option<Vec<CitedDocumentView>>, IndexError> {
        let searcher = self.searcher();
        let Some((_, address)) = self.report_address(&searcher, id)? else {
            return Ok(None);
        };
        let f = self.fields();
        let doc: TantivyDocument = searcher.doc(address)?;
        if stored::text(&doc, f.document_json).is_empty() {
            // No number of its own: nothing can cite it by number.
            return Ok(Some(Vec::new()));
        }
        let own: OwnIdentity = stored::json(&doc, f.document_json, "own identity")?;
        let (documents, _) = self.documents(term(f.key_folded, &keys::key_folded(&own.key)))?;
        Ok(Some(
            documents
                .into_iter()
                .filter(|d| d.indexed.as_ref().is_some_and(|i| i.report.id == id))
                .collect(),
        ))
    }

    /// The distinct documents the citation documents matching `query` cite, without their
    /// citing sections, and the snapshot they were read from.
    fn documents(
        &self,
        query: Box<dyn Query>,
    ) -> Result<(Vec<CitedDocumentView>, light::Snapshot), IndexError> {
        let f = self.fields();
        let query = BooleanQuery::new(vec![
            (Occur::Must, term(f.kind, KIND_CITATION)),
            (Occur::Must, query),
        ]);
        let searcher = self.searcher();
        let addresses =
            searcher.search(&query, &TopDocs::with_limit(MAX_CITING).order_by_score())?;
        let addresses: Vec<_> = addresses.into_iter().map(|(_, a)| a).collect();
        let (mut groups, snapshot) = self.light_documents(&searcher, &addresses)?;
        self.link_indexed(&mut groups)?;
        Ok((groups, snapshot))
    }

    /// Links each document to itself where it is indexed: a report whose own number has the
    /// document's key and whose issuer and date agree ([`same_document`], across texts). One
    /// query for every key of `groups`.
    fn link_indexed(&self, groups: &mut [CitedDocumentView]) -> Result<(), IndexError> {
        if groups.is_empty() {
            return Ok(());
        }
        let f = self.fields();
        let mut forms: Vec<String> = groups
            .iter()
            .map(|g| keys::key_folded(&g.cited.key))
            .collect();
        forms.sort();
        forms.dedup();
        let any_key: Vec<(Occur, Box<dyn Query>)> = forms
            .iter()
            .map(|k| (Occur::Should, term(f.key_folded, k)))
            .collect();
        let query = BooleanQuery::new(vec![
            (Occur::Must, term(f.kind, KIND_REPORT)),
            (Occur::Must, Box::new(BooleanQuery::new(any_key))),
        ]);
        let searcher = self.searcher();
        let addresses =
            searcher.search(&query, &TopDocs::with_limit(MAX_CITING).order_by_score())?;
        let mut reports = Vec::with_capacity(addresses.len());
        for (_, address) in addresses {
            let doc: TantivyDocument = searcher.doc(address)?;
            let report: ReportSummary = stored::json(&doc, f.summary, "report summary")?;
            let own: OwnIdentity = stored::json(&doc, f.document_json, "own identity")?;
            reports.push((report, own));
        }
        reports.sort_by(|a, b| a.0.id.cmp(&b.0.id));
        for g in groups.iter_mut() {
            let cited = g.cited.identity();
            let found = reports
                .iter()
                .find(|(_, own)| same_document(&cited, &own.identity(), Scope::AcrossTexts));
            if let Some((report, own)) = found {
                let mut indexed = Indexed {
                    report: report.clone(),
                    articles: Vec::new(),
                    paths: own.articles.clone(),
                };
                indexed.open(&g.citing.pinpoints());
                g.indexed = Some(indexed);
            }
        }
        Ok(())
    }
}

/// Picks, among the documents a number names, those the citation's issuer and date
/// describe, and sets the status: one agreeing document is `found`; none agreeing but one
/// nearest is `found_with_differences`; several are `ambiguous`, ranked, each with the
/// fields that tell it apart. A citation with problems is `invalid`.
fn decide(lookup: &mut Lookup, written: &Citation) {
    if lookup.status == Status::Invalid {
        return;
    }
    let written_issuer = written
        .issuer_written
        .as_ref()
        .or(written.cited.issuer.as_ref());
    let w = DocumentIdentity {
        issuer: written_issuer.map(String::as_str),
        ..written.cited.identity()
    };
    let mut scored: Vec<(Vec<Field>, CitedDocumentView)> = std::mem::take(&mut lookup.documents)
        .into_iter()
        .map(|d| (differences(&w, &d.cited.identity()), d))
        .collect();
    // Fewest differences first; then the documents that confirm more of what is written;
    // then the most cited.
    let confirms = |d: &CitedDocumentView| {
        usize::from(w.issuer.is_some() && d.cited.issuer.is_some())
            + usize::from(w.date.is_some() && d.cited.date.is_some())
    };
    scored.sort_by_key(|(diffs, d)| {
        (
            diffs.len(),
            std::cmp::Reverse(confirms(d)),
            std::cmp::Reverse(d.citing.sections),
        )
    });
    let best = scored.first().map_or(0, |(diffs, _)| diffs.len());
    let agreeing = scored.iter().filter(|(diffs, _)| diffs.is_empty()).count();
    if agreeing > 0 {
        scored.retain(|(diffs, _)| diffs.is_empty());
    }
    let nearest = scored
        .iter()
        .filter(|(diffs, _)| diffs.len() == best)
        .count();
    lookup.status = match (scored.len(), agreeing, nearest) {
        (0, ..) => Status::NotFound,
        (1, 1, _) => Status::Found,
        (_, 0, 1) => Status::FoundWithDifferences,
        _ => Status::Ambiguous,
    };
    if lookup.status == Status::FoundWithDifferences {
        scored.truncate(1);
    }
    let several = scored.len() > 1;
    let all: Vec<(Option<String>, Option<String>)> = scored
        .iter()
        .map(|(_, d)| (d.cited.issuer.clone(), d.cited.date.clone()))
        .collect();
    lookup.documents = scored
        .into_iter()
        .map(|(diffs, mut d)| {
            d.differences = diffs
                .into_iter()
                .map(|field| {
                    let (written, indexed) = match field {
                        Field::Issuer => (written_issuer.cloned(), d.cited.issuer.clone()),
                        Field::Date => (written.cited.date.clone(), d.cited.date.clone()),
                        Field::Year => (
                            written
                                .cited
                                .year
                                .or(written
                                    .cited
                                    .date
                                    .as_deref()
                                    .and_then(|x| x.get(..4)?.parse().ok()))
                                .map(|y| y.to_string()),
                            d.cited
                                .year
                                .or(d
                                    .cited
                                    .date
                                    .as_deref()
                                    .and_then(|x| x.get(..4)?.parse().ok()))
                                .map(|y| y.to_string()),
                        ),
                    };
                    Difference {
                        field,
                        written: written.unwrap_or_default(),
                        indexed: indexed.unwrap_or_default(),
                    }
                })
                .collect();
            if several {
                let mine = (d.cited.issuer.clone(), d.cited.date.clone());
                let others = all.iter().filter(|o| **o != mine);
                let mut apart = Vec::new();
                let mut issuer_differs = false;
                let mut date_differs = false;
                for o in others {
                    issuer_differs |= o.0 != mine.0;
                    date_differs |= o.1 != mine.1;
                }
                if issuer_differs {
                    apart.push(Field::Issuer);
                }
                if date_differs {
                    apart.push(Field::Date);
                }
                d.apart = apart;
            }
            d
        })
        .collect();
    if !lookup.problems.is_empty() {
        lookup.status = Status::Invalid;
    }
}

impl Indexed {
    /// Adds the section each pinpoint opens (the nearest: a point not printed as its own
    /// section opens its clause, a clause its article), once per pinpoint.
    fn open(&mut self, pinpoints: &[String]) {
        for p in pinpoints {
            if self.articles.iter().any(|a| a.pinpoint == *p) {
                continue;
            }
            if let Some(path) = section_of(&self.paths, p) {
                self.articles.push(Article {
                    pinpoint: p.clone(),
                    path,
                });
            }
        }
        self.articles.sort_by(|a, b| a.pinpoint.cmp(&b.pinpoint));
    }
}

/// The section path a pinpoint names among a document's paths: `điểm a khoản 2 Điều 3` is
/// the path ending `Điều 3 › khoản 2 › điểm a` (after any Phần, Chương, Mục), else its clause,
/// else its article.
fn section_of(paths: &[String], pinpoint: &str) -> Option<String> {
    let words: Vec<&str> = pinpoint.split_whitespace().collect();
    let mut parts: Vec<String> = words.chunks(2).map(|c| c.join(" ")).collect();
    parts.reverse();
    while !parts.is_empty() {
        let tail = parts.join(" › ");
        let nested = format!(" › {tail}");
        if let Some(p) = paths.iter().find(|p| **p == tail || p.ends_with(&nested)) {
            return Some(p.clone());
        }
        parts.pop();
    }
    None
}

/// The term a typed key is matched by: its exact form when typed with diacritics (they
/// must then agree), its folded form otherwise.
fn key_term(f: &Fields, key: &str, diacritics: bool) -> Box<dyn Query> {
    if diacritics {
        term(f.key_exact, &keys::key_exact(key))
    } else {
        term(f.key_folded, &keys::key_folded(key))
    }
}

fn invalid(query: String) -> Lookup {
    Lookup {
        status: Status::Invalid,
        query,
        key: None,
        written: None,
        problems: Vec::new(),
        documents: Vec::new(),
        page: None,
        pinpoints: Vec::new(),
        snapshot: light::Snapshot::default(),
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
