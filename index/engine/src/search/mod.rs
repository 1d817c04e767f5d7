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
use crate::stored;
use crate::view::{ReportSummary, SectionRef};
use query::{Mode, Tier};
use request::{Group, InvalidParameter, SearchRequest};
use serde::Serialize;
use std::time::Instant;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
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
        let searcher = self.searcher();
        let (offset, limit) = (request.offset, request.limit);
        let exact = plan.query(f, Mode::Exact, &filters, Tier::All);
        let loose = plan
            .has_diacritics()
            .then(|| plan.query(f, Mode::Loose, &filters, Tier::All));

        // Counts and facets first, without scoring: all hits are the loose ones. Grouped by
        // report, the facets count reports, as the hits do.
        let counter = facets::FacetCounter {
            per_report: request.group == Group::Report,
        };
        let stage = Instant::now();
        let (exact_total, total, facets) = match &loose {
            None => {
                let (count, facets) = searcher.search(exact.as_ref(), &(Count, counter))?;
                (count as u64, count as u64, facets.into_facets())
            }
            Some(l) => {
                let exact_total = searcher.search(exact.as_ref(), &Count)? as u64;
                let (count, facets) = searcher.search(l.as_ref(), &(Count, counter))?;
                (exact_total, count as u64, facets.into_facets())
            }
        };

        let counts_ms = stage.elapsed().as_secs_f64() * 1000.0;
        let stage = Instant::now();
        let (total, exact_total, page) = match request.group {
            Group::Section => {
                // The hits come in tiers: exact with the words adjacent, exact scattered,
                // then loose (not exact); each tier by score.
                let mut tiers: Vec<(Box<dyn Query>, MatchKind, Option<u64>)> = Vec::new();
                if plan.pairs().is_empty() {
                    tiers.push((
                        plan.query(f, Mode::Exact, &filters, Tier::Ranked),
                        MatchKind::Exact,
                        Some(exact_total),
                    ));
                } else {
                    tiers.push((
                        plan.query(f, Mode::Exact, &filters, Tier::Adjacent),
                        MatchKind::Exact,
                        None,
                    ));
                    tiers.push((
                        plan.query(f, Mode::Exact, &filters, Tier::Scattered),
                        MatchKind::Exact,
                        None,
                    ));
                }
                if loose.is_some() {
                    let loose_only: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
                        (
                            Occur::Must,
                            plan.query(f, Mode::Loose, &filters, Tier::Ranked),
                        ),
                        (Occur::MustNot, exact.box_clone()),
                    ]));
                    tiers.push((loose_only, MatchKind::Loose, Some(total - exact_total)));
                }
                let mut page: Vec<(Score, DocAddress, MatchKind)> = Vec::new();
                let mut skip = offset as u64;
                let mut adjacent = 0;
                for (i, (query, kind, count)) in tiers.iter().enumerate() {
                    if page.len() >= limit {
                        break;
                    }
                    let count = match count {
                        Some(c) => *c,
                        None if i == 0 => {
                            adjacent = searcher.search(query.as_ref(), &Count)? as u64;
                            adjacent
                        }
                        None => exact_total - adjacent,
                    };
                    if skip >= count {
                        skip -= count;
                        continue;
                    }
                    let top = TopDocs::with_limit(limit - page.len())
                        .and_offset(skip as usize)
                        .order_by_score();
                    for (score, address) in searcher.search(query.as_ref(), &top)? {
                        page.push((score, address, *kind));
                    }
                    skip = 0;
                }
                (total, exact_total, page)
            }
            Group::Report => {
                let ranked = plan.query(f, Mode::Exact, &filters, Tier::Ranked);
                let exact_best =
                    collect::ranked(searcher.search(ranked.as_ref(), &collect::BestPerReport)?);
                let seen: std::collections::HashSet<u64> =
                    exact_best.iter().map(|&(k, _, _)| k).collect();
                let mut ordered: Vec<(Score, DocAddress, MatchKind)> = exact_best
                    .into_iter()
                    .map(|(_, s, a)| (s, a, MatchKind::Exact))
                    .collect();
                let exact_total = ordered.len() as u64;
                if loose.is_some() {
                    let ranked = plan.query(f, Mode::Loose, &filters, Tier::Ranked);
                    let loose_best = searcher.search(ranked.as_ref(), &collect::BestPerReport)?;
                    ordered.extend(
                        collect::ranked(loose_best)
                            .into_iter()
                            .filter(|(k, _, _)| !seen.contains(k))
                            .map(|(_, s, a)| (s, a, MatchKind::Loose)),
                    );
                }
                let total = ordered.len() as u64;
                let page = ordered.into_iter().skip(offset).take(limit).collect();
                (total, exact_total, page)
            }
        };

        let page_ms = stage.elapsed().as_secs_f64() * 1000.0;
        let stage = Instant::now();
        let terms = plan.highlight_terms();
        let mut hits = Vec::with_capacity(page.len());
        for (score, address, match_kind) in page {
            hits.push(hit(&searcher, f, address, score, match_kind, &terms)?);
        }
        tracing::debug!(
            q = %request.q,
            total,
            counts_ms,
            page_ms,
            hits_ms = stage.elapsed().as_secs_f64() * 1000.0,
            "search"
        );
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
    // Each filter passes a hit that has any of its values.
    let any = |terms: Vec<Term>| -> Option<Box<dyn Query>> {
        match terms.len() {
            0 => None,
            1 => terms.into_iter().next().map(term_query),
            _ => Some(Box::new(BooleanQuery::new(
                terms
                    .into_iter()
                    .map(|t| (Occur::Should, term_query(t)))
                    .collect(),
            ))),
        }
    };
    let mut out: Vec<Box<dyn Query>> = Vec::new();
    out.extend(any(request
        .units()
        .map(|unit| Term::from_field_text(f.unit_terms, &keys::name_query_form(unit)))
        .collect()));
    out.extend(any(request
        .years()
        .map(|year| Term::from_field_u64(f.year, year.max(0) as u64))
        .collect()));
    if request.year_from.is_some() || request.year_to.is_some() {
        let bound = |y: Option<i32>| match y {
            Some(y) => std::ops::Bound::Included(Term::from_field_u64(f.year, y.max(0) as u64)),
            None => std::ops::Bound::Unbounded,
        };
        out.push(Box::new(tantivy::query::RangeQuery::new(
            bound(request.year_from),
            bound(request.year_to),
        )));
    }
    out.extend(any(request
        .sections()
        .map(|section| Term::from_field_text(f.category, section.as_str()))
        .collect()));
    out.extend(any(request
        .periods()
        .map(|period| Term::from_field_text(f.period, period))
        .collect()));
    out
}

fn hit(
    searcher: &Searcher,
    f: &Fields,
    address: DocAddress,
    score: Score,
    match_kind: MatchKind,
    terms: &[Vec<query::Word>],
) -> Result<Hit, SearchError> {
    let doc: TantivyDocument = searcher.doc(address)?;
    let text = |field| stored::text(&doc, field).to_string();
    let report: ReportSummary = stored::json(&doc, f.summary, "report summary")?;
    let mode = match match_kind {
        MatchKind::Exact => Mode::Exact,
        MatchKind::Loose => Mode::Loose,
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
        snippet: highlight::snippet(stored::text(&doc, f.text), terms, mode),
    })
}
