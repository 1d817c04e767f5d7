//! Search over report sections: exact hits first, then loose ones, with facets and snippets.

mod collect;
mod facets;
pub mod highlight;
pub mod query;
pub mod request;

use crate::engine::Engine;
use crate::error::IndexError;
use crate::keys;
use crate::schema::Fields;
use crate::view::{ReportSummary, SectionRef};
use highlight::Strictness;
use query::Mode;
use request::{Group, InvalidParameter, SearchRequest};
use serde::Serialize;
use std::time::Instant;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, Score, Searcher, TantivyDocument, Term};
use utoipa::ToSchema;

/// Why a search failed.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The request is invalid; the parameter is named.
    #[error(transparent)]
    Invalid(#[from] InvalidParameter),
    /// The index failed.
    #[error(transparent)]
    Index(#[from] IndexError),
}

impl From<tantivy::TantivyError> for SearchError {
    fn from(err: tantivy::TantivyError) -> SearchError {
        SearchError::Index(IndexError::Tantivy(err))
    }
}

/// How a hit matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    /// Every word typed with diacritics matched them.
    Exact,
    /// Matched only with diacritics ignored.
    Loose,
}

/// One hit: a section (or, grouped, a report's best section).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Hit {
    /// The report it belongs to.
    pub report: ReportSummary,
    /// The section.
    pub section: SectionRef,
    /// Relevance score (comparable within one match kind of one response).
    pub score: f32,
    /// `exact` or `loose`.
    #[serde(rename = "match")]
    pub match_kind: MatchKind,
    /// Extract of the original text, HTML-escaped, matches in `<mark>`.
    pub snippet: String,
}

/// A facet value and how many hits have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct FacetCount {
    /// The value (`xã Lục Bình`, `2024`, `procedures`, `quarter`).
    pub value: String,
    /// Hits with it.
    pub count: u64,
}

/// Facet counts over all hits (exact and loose) of the query with its filters.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct Facets {
    /// By reporting unit.
    pub unit: Vec<FacetCount>,
    /// By year, newest first.
    pub year: Vec<FacetCount>,
    /// By section category.
    pub section: Vec<FacetCount>,
    /// By period kind.
    pub period: Vec<FacetCount>,
}

/// The answer to a search.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SearchResponse {
    /// Hits (sections, or reports when grouped), exact and loose.
    pub total: u64,
    /// Hits that matched exactly; they come first.
    pub exact_total: u64,
    /// Time spent in the engine, milliseconds.
    pub took_ms: f64,
    /// The canonical keys of the document numbers recognised in the query.
    pub citations: Vec<String>,
    /// The page of hits.
    pub hits: Vec<Hit>,
    /// Facet counts.
    pub facets: Facets,
}

impl Engine {
    /// Runs a search.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResponse, SearchError> {
        let started = Instant::now();
        request.validate()?;
        let plan = query::plan(&request.q)?;
        let f = self.fields();
        let filters = filters(f, request);
        let exact = plan.query(f, Mode::Exact, &filters, true);
        // All hits are counted (with facets) by the loose query; it only ranks when the page
        // reaches past the exact hits.
        let loose = if plan.has_diacritics() {
            Some(plan.query(f, Mode::Loose, &filters, false))
        } else {
            None
        };
        let searcher = self.searcher();
        let loose_only: Option<Box<dyn Query>> = loose.as_ref().map(|_| {
            Box::new(BooleanQuery::new(vec![
                (Occur::Must, plan.query(f, Mode::Loose, &filters, true)),
                (Occur::MustNot, exact.box_clone()),
            ])) as Box<dyn Query>
        });
        let (offset, limit) = (request.offset, request.limit);

        // One pass over the exact hits, one over all hits when they differ: counts, facets
        // and the page are collected together.
        let (total, exact_total, page, facets) = match request.group {
            Group::Section => {
                let top = TopDocs::with_limit(limit)
                    .and_offset(offset)
                    .order_by_score();
                let (exact_total, exact_page, facets) = match &loose {
                    None => {
                        let (count, (docs, fruit)) = searcher
                            .search(exact.as_ref(), &(Count, (top, facets::FacetCounter)))?;
                        (count as u64, docs, fruit.into_facets())
                    }
                    Some(_) => {
                        let (count, docs) = searcher.search(exact.as_ref(), &(Count, top))?;
                        (count as u64, docs, Facets::default())
                    }
                };
                let mut page: Vec<(Score, DocAddress, MatchKind)> = exact_page
                    .into_iter()
                    .map(|(s, a)| (s, a, MatchKind::Exact))
                    .collect();
                let (total, facets) = match &loose {
                    None => (exact_total, facets),
                    Some(l) => {
                        let (count, fruit) =
                            searcher.search(l.as_ref(), &(Count, facets::FacetCounter))?;
                        (count as u64, fruit.into_facets())
                    }
                };
                if let Some(q) = &loose_only
                    && page.len() < limit
                    && total > exact_total
                {
                    let skip = (offset as u64).saturating_sub(exact_total) as usize;
                    let top = TopDocs::with_limit(limit - page.len())
                        .and_offset(skip)
                        .order_by_score();
                    for (score, address) in searcher.search(q.as_ref(), &top)? {
                        page.push((score, address, MatchKind::Loose));
                    }
                }
                (total, exact_total, page, facets)
            }
            Group::Report => {
                let (exact_best, fruit) = searcher.search(
                    exact.as_ref(),
                    &(collect::BestPerReport, facets::FacetCounter),
                )?;
                let exact_best = collect::ranked(exact_best);
                let mut facets = fruit.into_facets();
                let seen: std::collections::HashSet<u64> =
                    exact_best.iter().map(|&(k, _, _)| k).collect();
                let mut ordered: Vec<(Score, DocAddress, MatchKind)> = exact_best
                    .into_iter()
                    .map(|(_, s, a)| (s, a, MatchKind::Exact))
                    .collect();
                let exact_total = ordered.len() as u64;
                if let Some(l) = &loose {
                    let (loose_best, fruit) = searcher
                        .search(l.as_ref(), &(collect::BestPerReport, facets::FacetCounter))?;
                    facets = fruit.into_facets();
                    ordered.extend(
                        collect::ranked(loose_best)
                            .into_iter()
                            .filter(|(k, _, _)| !seen.contains(k))
                            .map(|(_, s, a)| (s, a, MatchKind::Loose)),
                    );
                }
                let total = ordered.len() as u64;
                let page = ordered.into_iter().skip(offset).take(limit).collect();
                (total, exact_total, page, facets)
            }
        };

        let words = plan.highlight_words();
        let mut hits = Vec::with_capacity(page.len());
        for (score, address, match_kind) in page {
            hits.push(hit(&searcher, f, address, score, match_kind, &words)?);
        }
        Ok(SearchResponse {
            total,
            exact_total,
            took_ms: started.elapsed().as_secs_f64() * 1000.0,
            citations: plan.keys(),
            hits,
            facets,
        })
    }
}

fn term_query(term: Term) -> Box<dyn Query> {
    Box::new(TermQuery::new(term, IndexRecordOption::Basic))
}

fn filters(f: &Fields, request: &SearchRequest) -> Vec<Box<dyn Query>> {
    let mut out = Vec::new();
    if let Some(unit) = &request.unit {
        out.push(term_query(Term::from_field_text(
            f.unit_terms,
            &keys::name_query_form(unit),
        )));
    }
    if let Some(year) = request.year {
        out.push(term_query(Term::from_field_u64(f.year, year.max(0) as u64)));
    }
    if let Some(section) = request.section {
        out.push(term_query(Term::from_field_text(
            f.category,
            section.as_str(),
        )));
    }
    if let Some(period) = &request.period {
        out.push(term_query(Term::from_field_text(f.period, period)));
    }
    out
}

fn hit(
    searcher: &Searcher,
    f: &Fields,
    address: DocAddress,
    score: Score,
    match_kind: MatchKind,
    words: &[query::Word],
) -> Result<Hit, SearchError> {
    let doc: TantivyDocument = searcher.doc(address)?;
    let text = |field| {
        doc.get_first(field)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string()
    };
    let report: ReportSummary =
        serde_json::from_str(&text(f.summary)).map_err(|e| IndexError::Corrupt {
            what: "report summary",
            detail: e.to_string(),
        })?;
    let strictness = match match_kind {
        MatchKind::Exact => Strictness::Exact,
        MatchKind::Loose => Strictness::Loose,
    };
    Ok(Hit {
        report,
        section: SectionRef {
            path: text(f.path),
            title: text(f.title),
            category: text(f.category),
        },
        score,
        match_kind,
        snippet: highlight::snippet(&text(f.text), words, strictness),
    })
}
