//! Search over report sections, in four tiers, with facets and snippets.
//!
//! A query is read into words ([`query`]: syllables bound into words by the index itself,
//! [`binding`]; function words optional, [`function_words`]). Its hits come tier by tier:
//! `phrase` (the whole query in order), `words` (every word, each word's syllables together),
//! `partial` (more than a third of the words; BM25 ranks them, so rarer words weigh more, and each
//! hit names the words it lacks), `loose` (only with diacritics ignored). Within a tier, hits
//! rank by BM25 over the matched words, with a bonus where query syllables stand side by side,
//! or by date. Totals count every tier; facets count the matches (`phrase` and `words`).

pub mod binding;
mod collect;
mod facets;
pub mod function_words;
pub mod highlight;
mod most;
mod optional;
pub mod query;
pub mod request;

use crate::engine::Engine;
use crate::error::IndexError;
use crate::keys;
use crate::schema::{Fields, name};
use crate::snippet::Snippet;
use crate::stored;
use crate::view::{ReportSummary, SectionRef};
use binding::Frequencies;
use query::{Mode, Need, QueryPlan, Role, but_not, filtered};
use request::{Group, InvalidParameter, SearchRequest, Sort};
use serde::Serialize;
use std::collections::HashSet;
use std::time::Instant;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, Order, Score, Searcher, TantivyDocument, Term};
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

/// How a hit matched: its tier. Hits come tier by tier, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    /// The whole query, in order (diacritics as typed).
    Phrase,
    /// Every word of the query, each word's syllables together, not all in order.
    Words,
    /// Some of the words (more than a third); the hit names the missing ones.
    Partial,
    /// Matches only when diacritics are ignored.
    Loose,
    /// Listed by the filters alone: the query is empty.
    Browse,
}

impl MatchKind {
    /// Whether the hit is a match (the first two tiers), not the tail.
    pub fn is_match(self) -> bool {
        matches!(
            self,
            MatchKind::Phrase | MatchKind::Words | MatchKind::Browse
        )
    }
}

/// One hit: a section (or, grouped, a report's best section).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Hit {
    /// The report it belongs to.
    pub report: ReportSummary,
    /// The section.
    pub section: SectionRef,
    /// Relevance score (comparable within one tier of one response; 0 sorted by date).
    pub score: f32,
    /// The tier: `phrase`, `words`, `partial`, `loose` (or `browse` without a query).
    #[serde(rename = "match")]
    pub match_kind: MatchKind,
    /// The words of the query the section lacks (`partial` and `loose` hits), as typed.
    pub missing: Vec<String>,
    /// The passage of the original text holding the most query words, the words marked.
    pub snippet: Snippet,
}

/// A facet value and how many hits have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct FacetCount {
    /// The value (`xã Lục Bình`, `2024`, `procedures`, `quarter`).
    pub value: String,
    /// Hits with it.
    pub count: u64,
}

/// Facet counts over the matches (tiers `phrase` and `words`) of the query with its filters;
/// when nothing matches, over every hit.
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

/// How many hits each tier has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct Tiers {
    /// The whole query in order.
    pub phrase: u64,
    /// Every word, not in order.
    pub words: u64,
    /// Most of the words.
    pub partial: u64,
    /// Only with diacritics ignored.
    pub loose: u64,
    /// More than `partial` hits: the tier was counted up to [`TAIL_COUNT_LIMIT`] only.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub partial_more: bool,
    /// `loose` is a lower bound: the tier was counted up to [`TAIL_COUNT_LIMIT`] only, or not
    /// counted at all (`loose` 0) behind a `partial` tier past the limit, which no page
    /// passes.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub loose_more: bool,
}

/// The tail tiers (`partial`, `loose`) are counted exactly up to this many hits each; past it a
/// tier says "more than" this (`partial_more`, `loose_more`), as Elasticsearch's
/// `track_total_hits` does: counting a long question's whole union cost more than ranking it.
/// It is [`request::MAX_OFFSET`], so every hit a page can reach is counted. Without a match,
/// the facets count the first this many hits of the tail.
pub const TAIL_COUNT_LIMIT: u64 = request::MAX_OFFSET as u64;

/// One word of the query as the search read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct QueryWord {
    /// As typed (`hoà giải`, `"quy chế"`, `05/KH-UBND`).
    pub text: String,
    /// `required` (counts for the tiers), `optional` (a function word: ranks only) or
    /// `rank_only` (a frequent word of a long question).
    pub role: &'static str,
}

/// The answer to a search.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SearchResponse {
    /// Hits (sections, or reports when grouped) of every tier.
    pub total: u64,
    /// Matches: hits of the tiers `phrase` and `words` (every hit when browsing).
    pub matches: u64,
    /// Hits per tier.
    pub tiers: Tiers,
    /// Time spent in the engine, milliseconds.
    pub took_ms: f64,
    /// The words of the query, as bound into words (`hoà giải` is one word of two syllables).
    pub words: Vec<QueryWord>,
    /// The canonical keys of the document numbers recognised in the query.
    pub citations: Vec<String>,
    /// The page of hits.
    pub hits: Vec<Hit>,
    /// Facet counts.
    pub facets: Facets,
}

/// Section frequencies as the index counts them, for binding syllables into words.
struct IndexFrequencies<'a> {
    searcher: &'a Searcher,
    f: &'a Fields,
}

impl Frequencies for IndexFrequencies<'_> {
    fn syllable(&self, form: &str) -> u64 {
        self.searcher
            .doc_freq(&Term::from_field_text(self.f.body, form))
            .unwrap_or(0)
    }
    fn both(&self, a: &str, b: &str) -> u64 {
        let term = |t: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(self.f.body, t),
                IndexRecordOption::Basic,
            ))
        };
        let both = BooleanQuery::intersection(vec![term(a), term(b)]);
        self.searcher.search(&both, &Count).unwrap_or(0) as u64
    }
    fn pair(&self, folded_pair: &str) -> u64 {
        self.searcher
            .doc_freq(&Term::from_field_text(self.f.pairs, folded_pair))
            .unwrap_or(0)
    }
}

/// One tier's query for the page, and how many hits it has.
struct TierQuery {
    kind: MatchKind,
    query: Box<dyn Query>,
    count: u64,
    /// The tier has more than `count` hits (a tail counted up to `TAIL_COUNT_LIMIT`).
    more: bool,
}

impl Engine {
    /// Reads `q` into words, binding syllables as this index says.
    pub fn plan(&self, searcher: &Searcher, q: &str) -> Result<QueryPlan, InvalidParameter> {
        query::plan(
            q,
            &IndexFrequencies {
                searcher,
                f: self.fields(),
            },
        )
    }

    /// Runs a search.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResponse, SearchError> {
        let started = Instant::now();
        request.validate()?;
        let f = self.fields();
        let filters = filters(f, request);
        let searcher = self.searcher();
        if request.q.trim().is_empty() {
            return self.browse(&searcher, request, &filters, started);
        }
        let plan = self.plan(&searcher, &request.q)?;

        // Counts and facets first: the matches exactly, each tier of the tail up to
        // `TAIL_COUNT_LIMIT` ("more than" past it). The first tier's page comes from the walk
        // that counts it (and facets it, when it is every match): one walk, not two.
        let stage = Instant::now();
        let all = plan.matcher(f, Mode::Exact, Need::All);
        let phrase = plan.phrase_differs().then(|| plan.phrase_matcher(f));
        let most = (plan.minimum() < plan.required().count())
            .then(|| plan.matcher(f, Mode::Exact, Need::Most));
        let loose = plan
            .has_diacritics()
            .then(|| plan.matcher(f, Mode::Loose, Need::Most));
        // Grouped by report, the facets count reports, as the hits do.
        let counter = || facets::FacetCounter {
            per_report: request.group == Group::Report,
        };
        let first_kind = MatchKind::Phrase;
        let first_query = plan.ranked(
            f,
            Mode::Exact,
            phrase.as_ref().unwrap_or(&all).box_clone(),
            &filters,
        );
        // The matches as a set per segment, when a loose tier is counted around them (see
        // below).
        let sets = (loose.is_some() && most.is_none()).then_some(collect::Matched);
        let mut first = first_tier(
            &searcher,
            first_query.as_ref(),
            request,
            phrase.is_none().then(|| (counter(), sets)),
        )?;
        let (n_all, facets, known) = match first.facets.take() {
            Some(facets) => (first.count, facets, first.matched.take()),
            None => {
                let (n, facets, known) = searcher.search(
                    &*filtered(all.box_clone(), &filters),
                    &(Count, counter(), sets),
                )?;
                (n as u64, facets, known)
            }
        };
        let n_phrase = first.count;
        // Every hit of a narrower tier is a hit of the wider one (`all` needs every unit,
        // `most` some of the same units; the body holds each word's folded form at its
        // position, the citation keys hold both forms), so a tail is the wider query's count
        // less the narrower's: one walk of the wider query, not of both at each of its hits.
        let less = |wider: &dyn Query, narrower: u64| -> Result<(u64, bool), SearchError> {
            let q = filtered(wider.box_clone(), &filters);
            let (n, more, _) =
                collect::count_at_most(&searcher, q.as_ref(), narrower + TAIL_COUNT_LIMIT, &Count)?;
            Ok((n.saturating_sub(narrower), more))
        };
        let (n_partial, partial_more) = match &most {
            Some(m) => less(m.as_ref(), n_all)?,
            None => (0, false),
        };
        // Past a partial tier counted to the limit, no page reaches the loose tier: it is not
        // counted (counting a small tail inside a large union walks all of it).
        let (n_loose, loose_more) = match (&loose, &most) {
            (None, _) => (0, false),
            (Some(_), _) if partial_more => (0, true),
            (Some(l), Some(_)) => less(l.as_ref(), n_all + n_partial)?,
            // Loose hits of every word: walked by their pairs without positions, the matches
            // skipped (known), the loose query asked only about the rest. A quoted common
            // phrase's loose tier is then no second reading of its positions.
            (Some(l), None) => collect::count_outside(
                &searcher,
                &*filtered(plan.candidates(f, Mode::Loose, Need::All), &filters),
                l.as_ref(),
                &mut known.unwrap_or_default(),
                TAIL_COUNT_LIMIT,
            )?,
        };
        let widest_exact = most.as_ref().unwrap_or(&all);
        // Without a match, the facets count the tail (its first `TAIL_COUNT_LIMIT` hits), so
        // the filters still narrow what is shown.
        let facets = if n_all == 0 && n_partial + n_loose > 0 {
            let widest = loose.as_ref().unwrap_or(widest_exact);
            let q = filtered(widest.box_clone(), &filters);
            collect::count_at_most(&searcher, q.as_ref(), TAIL_COUNT_LIMIT, &counter())?.2
        } else {
            facets
        }
        .into_facets();
        let mut tiers = Tiers {
            phrase: n_phrase,
            words: n_all - n_phrase,
            partial: n_partial,
            loose: n_loose,
            partial_more,
            loose_more,
        };
        let counts_ms = stage.elapsed().as_secs_f64() * 1000.0;

        // The later tiers' queries, each excluding the ones before.
        let mut queries = Vec::new();
        if let Some(p) = &phrase {
            queries.push(TierQuery {
                kind: MatchKind::Words,
                query: plan.ranked(
                    f,
                    Mode::Exact,
                    but_not(all.box_clone(), p.box_clone()),
                    &filters,
                ),
                count: tiers.words,
                more: false,
            });
        }
        if most.is_some() && (tiers.partial > 0 || tiers.partial_more) {
            queries.push(TierQuery {
                kind: MatchKind::Partial,
                query: plan.ranked_most(f, Mode::Exact, all.box_clone(), &filters),
                count: tiers.partial,
                more: tiers.partial_more,
            });
        }
        if loose.is_some() && (tiers.loose > 0 || tiers.loose_more) {
            queries.push(TierQuery {
                kind: MatchKind::Loose,
                query: plan.ranked_most(f, Mode::Loose, widest_exact.box_clone(), &filters),
                count: tiers.loose,
                more: tiers.loose_more,
            });
        }

        let stage = Instant::now();
        let by_date = request.sort == Sort::Date;
        let (offset, limit) = (request.offset, request.limit);
        let page = match first.page {
            FirstPage::Sections(first_hits) => {
                let mut page: Vec<(Score, DocAddress, MatchKind)> = first_hits
                    .into_iter()
                    .map(|(s, a)| (s, a, first_kind))
                    .collect();
                let mut skip = (offset as u64).saturating_sub(first.count);
                for tier in &queries {
                    if page.len() >= limit {
                        break;
                    }
                    // A tier counted only up to the limit is not skipped past: its hits go on.
                    if skip >= tier.count && !tier.more {
                        skip -= tier.count;
                        continue;
                    }
                    let top = TopDocs::with_limit(limit - page.len()).and_offset(skip as usize);
                    if by_date {
                        let hits: Vec<(Option<u64>, DocAddress)> = searcher.search(
                            tier.query.as_ref(),
                            &top.order_by_fast_field(name::DAY, Order::Desc),
                        )?;
                        page.extend(hits.into_iter().map(|(_, a)| (0.0, a, tier.kind)));
                    } else {
                        let hits = searcher.search(tier.query.as_ref(), &top.order_by_score())?;
                        page.extend(hits.into_iter().map(|(s, a)| (s, a, tier.kind)));
                    }
                    skip = 0;
                }
                page
            }
            FirstPage::Reports(first_best) => {
                let mut seen: HashSet<u64> = HashSet::new();
                let mut ordered: Vec<(Score, DocAddress, MatchKind)> = Vec::new();
                let mut per_tier = Tiers::default();
                let mut add = |kind: MatchKind, best: collect::BestMap| {
                    let mut n = 0;
                    for (key, best) in collect::ranked(best, by_date) {
                        if seen.insert(key) {
                            n += 1;
                            let score = if by_date { 0.0 } else { best.score };
                            ordered.push((score, best.address, kind));
                        }
                    }
                    match kind {
                        MatchKind::Phrase => per_tier.phrase = n,
                        MatchKind::Words => per_tier.words = n,
                        MatchKind::Partial => per_tier.partial = n,
                        _ => per_tier.loose = n,
                    }
                };
                add(first_kind, first_best);
                for tier in &queries {
                    let best = searcher.search(
                        tier.query.as_ref(),
                        &collect::BestPerReport { scored: true },
                    )?;
                    add(tier.kind, best);
                }
                tiers = per_tier;
                ordered.into_iter().skip(offset).take(limit).collect()
            }
        };

        let page_ms = stage.elapsed().as_secs_f64() * 1000.0;
        let stage = Instant::now();
        let marked: Vec<&query::Unit> = plan
            .units
            .iter()
            .filter(|u| u.role != Role::Optional)
            .collect();
        let terms = plan.highlight_terms();
        let mut hits = Vec::with_capacity(page.len());
        for (score, address, match_kind) in page {
            let (mut hit, found) = hit(&searcher, f, address, score, match_kind, &terms)?;
            if !match_kind.is_match() {
                hit.missing = marked
                    .iter()
                    .zip(&found)
                    .filter(|(u, found)| u.role == Role::Required && !**found)
                    .map(|(u, _)| u.typed())
                    .collect();
            }
            hits.push(hit);
        }
        if !by_date {
            order_ties(&mut hits);
        }
        let total = tiers.phrase + tiers.words + tiers.partial + tiers.loose;
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
            matches: tiers.phrase + tiers.words,
            tiers,
            took_ms: started.elapsed().as_secs_f64() * 1000.0,
            words: plan
                .units
                .iter()
                .map(|u| QueryWord {
                    text: u.typed(),
                    role: match u.role {
                        Role::Required => "required",
                        Role::Optional => "optional",
                        Role::RankOnly => "rank_only",
                    },
                })
                .collect(),
            citations: plan.keys(),
            hits,
            facets,
        })
    }

    /// An empty query with filters: the reports they select, newest first (one hit each, its
    /// first section).
    fn browse(
        &self,
        searcher: &Searcher,
        request: &SearchRequest,
        filters: &[Box<dyn Query>],
        started: Instant,
    ) -> Result<SearchResponse, SearchError> {
        let f = self.fields();
        let query: Box<dyn Query> = Box::new(BooleanQuery::intersection(
            filters.iter().map(|q| q.box_clone()).collect(),
        ));
        let (best, facets) = searcher.search(
            query.as_ref(),
            &(
                collect::BestPerReport { scored: false },
                // Browsing lists reports, so the facets count reports.
                facets::FacetCounter { per_report: true },
            ),
        )?;
        let ordered = collect::ranked(best, true);
        let total = ordered.len() as u64;
        let mut hits = Vec::new();
        for (_, best) in ordered.into_iter().skip(request.offset).take(request.limit) {
            hits.push(hit(searcher, f, best.address, 0.0, MatchKind::Browse, &[])?.0);
        }
        Ok(SearchResponse {
            total,
            matches: total,
            tiers: Tiers::default(),
            took_ms: started.elapsed().as_secs_f64() * 1000.0,
            words: Vec::new(),
            citations: Vec::new(),
            hits,
            facets: facets.into_facets(),
        })
    }
}

/// The first tier's page, as its walk collected it.
enum FirstPage {
    /// Sections: the page's hits of the tier (score, or 0 sorted by date).
    Sections(Vec<(Score, DocAddress)>),
    /// Grouped by report: every report's best section in the tier.
    Reports(collect::BestMap),
}

/// The first tier's walk: its count, its facets and its set of hits when asked, its page.
struct FirstTier {
    count: u64,
    facets: Option<facets::Counts>,
    matched: Option<collect::Sets>,
    page: FirstPage,
}

/// Walks the first tier's ranked `query` once: counts it, facets it when `every` match is
/// this tier (and collects its hits as sets when asked), and collects its page (the request's
/// offset and limit, or every report's best section).
fn first_tier(
    searcher: &Searcher,
    query: &dyn Query,
    request: &SearchRequest,
    every: Option<(facets::FacetCounter, Option<collect::Matched>)>,
) -> Result<FirstTier, SearchError> {
    let top = || TopDocs::with_limit(request.limit).and_offset(request.offset);
    let (facets, matched) = match every {
        Some((facets, matched)) => (Some(facets), matched),
        None => (None, None),
    };
    let (count, facets, matched, page) = match request.group {
        Group::Report => {
            let (n, facets, matched, best) = searcher.search(
                query,
                &(
                    Count,
                    facets,
                    matched,
                    collect::BestPerReport { scored: true },
                ),
            )?;
            (n, facets, matched, FirstPage::Reports(best))
        }
        Group::Section if request.sort == Sort::Date => {
            let (n, facets, matched, hits): (usize, _, _, Vec<(Option<u64>, DocAddress)>) =
                searcher.search(
                    query,
                    &(
                        Count,
                        facets,
                        matched,
                        top().order_by_fast_field(name::DAY, Order::Desc),
                    ),
                )?;
            let hits = hits.into_iter().map(|(_, a)| (0.0, a)).collect();
            (n, facets, matched, FirstPage::Sections(hits))
        }
        Group::Section => {
            let (n, facets, matched, hits) =
                searcher.search(query, &(Count, facets, matched, top().order_by_score()))?;
            (n, facets, matched, FirstPage::Sections(hits))
        }
    };
    Ok(FirstTier {
        count: count as u64,
        facets,
        matched,
        page,
    })
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
) -> Result<(Hit, Vec<bool>), SearchError> {
    let doc: TantivyDocument = searcher.doc(address)?;
    let text = |field| stored::text(&doc, field).to_string();
    let report: ReportSummary = stored::json(&doc, f.summary, "report summary")?;
    let mode = match match_kind {
        MatchKind::Loose => Mode::Loose,
        _ => Mode::Exact,
    };
    let (snippet, found) = highlight::snippet(stored::text(&doc, f.text), terms, mode);
    Ok((
        Hit {
            report,
            section: SectionRef {
                path: text(f.path),
                title: text(f.title),
                category: text(f.category),
            },
            score,
            match_kind,
            missing: Vec::new(),
            snippet,
        },
        found,
    ))
}

/// Orders hits of one tier and exactly equal score by file, then section path. The collectors
/// break such ties by document address, which depends on which indexing thread and segment a
/// document landed in, so a rebuilt index would list them in another order. Only the page is
/// reordered: which tied hits make the page is still the collectors' choice, but the order a
/// user sees, and the first hit, no longer change with a rebuild when the ties are within it.
/// Hits without a query (browsing) are in date order and left as they are.
fn order_ties(hits: &mut [Hit]) {
    let same = |a: &Hit, b: &Hit| a.match_kind == b.match_kind && a.score == b.score;
    let mut start = 0;
    while start < hits.len() {
        let mut end = start + 1;
        while end < hits.len() && same(&hits[start], &hits[end]) {
            end += 1;
        }
        if hits[start].match_kind != MatchKind::Browse {
            hits[start..end].sort_by(|a, b| {
                (&a.report.source, &a.section.path).cmp(&(&b.report.source, &b.section.path))
            });
        }
        start = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::writer::Indexer;
    use proptest::prelude::*;

    /// Syllables with and without their diacritics, so exact and loose hits differ.
    const SYLLABLES: [&str; 12] = [
        "hòa", "hoa", "giải", "giai", "thủ", "thu", "tục", "tuc", "số", "so", "xã", "của",
    ];

    /// An index of reports whose sections are drawn from [`SYLLABLES`] (some sentences ended),
    /// over several commits.
    fn index(sections: &[Vec<(usize, bool)>]) -> (tempfile::TempDir, Engine) {
        let dir = tempfile::tempdir().unwrap();
        let mut indexer = Indexer::open(dir.path()).unwrap();
        for (i, chunk) in sections.chunks(3).enumerate() {
            let mut text = format!(
                "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n\nBÁO CÁO\nCông tác năm {}\n\n",
                2020 + i % 4
            );
            for (j, words) in chunk.iter().enumerate() {
                text.push_str(&format!("{}. MỤC {}\n", j + 1, j + 1));
                for &(w, ends) in words {
                    text.push_str(SYLLABLES[w % SYLLABLES.len()]);
                    text.push_str(if ends { ". " } else { " " });
                }
                text.push_str("\n\n");
            }
            indexer.add(&format!("{i}.txt"), &text).unwrap();
        }
        indexer.commit().unwrap();
        let engine = Engine::open(dir.path()).unwrap();
        (dir, engine)
    }

    /// The tiers counted the plain way: each tail walked with the tiers before it excluded.
    fn tiers_walked(engine: &Engine, q: &str) -> (u64, u64, u64, u64) {
        let f = engine.fields();
        let searcher = engine.searcher();
        let plan = engine.plan(&searcher, q).unwrap();
        let count = |q: Box<dyn Query>| searcher.search(&*q, &Count).unwrap() as u64;
        let all = plan.matcher(f, Mode::Exact, Need::All);
        let n_all = count(all.box_clone());
        let n_phrase = match plan.phrase_differs() {
            true => count(plan.phrase_matcher(f)),
            false => n_all,
        };
        let most = (plan.minimum() < plan.required().count())
            .then(|| plan.matcher(f, Mode::Exact, Need::Most));
        let n_partial = most
            .as_ref()
            .map_or(0, |m| count(but_not(m.box_clone(), all.box_clone())));
        let widest = most.unwrap_or(all);
        let n_loose = match plan.has_diacritics() {
            true => count(but_not(plan.matcher(f, Mode::Loose, Need::Most), widest)),
            false => 0,
        };
        (n_phrase, n_all - n_phrase, n_partial, n_loose)
    }

    /// Hits of equal score come in the order of their file and section, whatever order the
    /// files were indexed in: the same query on a rebuilt index lists them the same way.
    #[test]
    fn hits_of_equal_score_are_ordered_by_file_and_section_not_by_indexing_order() {
        let dir = tempfile::tempdir().unwrap();
        let mut indexer = Indexer::open(dir.path()).unwrap();
        // The same text under five names, indexed in reverse name order.
        for name in ["e.txt", "d.txt", "c.txt", "b.txt", "a.txt"] {
            let text = "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n\nBÁO CÁO\nCông tác năm 2024\n\n1. MỤC MỘT\nhòa giải ở cơ sở\n\n2. MỤC HAI\nhòa giải ở cơ sở\n\n";
            indexer.add(name, text).unwrap();
        }
        indexer.commit().unwrap();
        let engine = Engine::open(dir.path()).unwrap();
        let hits = engine.search(&SearchRequest::new("hòa giải")).unwrap().hits;
        assert_eq!(hits.len(), 10);
        // Each section's five copies tie; within a tie, file then section order.
        let order: Vec<(f32, &str, &str)> = hits
            .iter()
            .map(|h| (h.score, h.report.source.as_str(), h.section.path.as_str()))
            .collect();
        assert_eq!(
            order.iter().filter(|o| o.0 == order[0].0).count(),
            5,
            "{order:?}"
        );
        for w in order.windows(2) {
            if w[0].0 == w[1].0 {
                assert!((w[0].1, w[0].2) < (w[1].1, w[1].2), "{order:?}");
            }
        }
        let mut grouped = SearchRequest::new("hòa giải");
        grouped.group = Group::Report;
        let reports: Vec<String> = engine
            .search(&grouped)
            .unwrap()
            .hits
            .iter()
            .map(|h| h.report.source.clone())
            .collect();
        assert_eq!(reports, ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"]);
    }

    /// A tail past the count limit says "more", and a page beyond the counted hits still
    /// brings the tier's next hits (it is not skipped past as if the count were exact).
    #[test]
    fn a_page_past_a_capped_tail_brings_its_next_hits() {
        let dir = tempfile::tempdir().unwrap();
        let mut indexer = Indexer::open(dir.path()).unwrap();
        for r in 0..102 {
            let mut text =
                String::from("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n\nBÁO CÁO\nCông tác năm 2024\n\n");
            for s in 1..=100 {
                let body = "hòa giải ở cơ sở";
                text.push_str(&format!("{s}. MỤC {s}\n{body} số {r} {s}\n\n"));
            }
            indexer.add(&format!("{r}.txt"), &text).unwrap();
        }
        indexer.commit().unwrap();
        let engine = Engine::open(dir.path()).unwrap();
        let mut request = SearchRequest::new("\"hòa giải\" \"thủ tục\"");
        let first = engine.search(&request).unwrap();
        assert_eq!(first.matches, 0, "no section holds both words");
        assert_eq!(first.tiers.partial, TAIL_COUNT_LIMIT);
        assert!(first.tiers.partial_more);
        request.offset = request::MAX_OFFSET;
        request.limit = 20;
        let deep = engine.search(&request).unwrap();
        assert_eq!(
            deep.hits.len(),
            20,
            "the tier goes on past its counted hits"
        );
        assert!(deep.hits.iter().all(|h| h.match_kind == MatchKind::Partial));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]
        /// A tail counted as the wider tier less the narrower one (one walk) is the tail
        /// walked with its exclusion; a page sorted by date and one grouped by report find
        /// the same hits.
        #[test]
        fn tiers_counted_by_difference_are_the_tiers_walked(
            sections in prop::collection::vec(
                prop::collection::vec((0usize..12, prop::bool::weighted(0.15)), 1..12),
                3..40,
            ),
            queries in prop::collection::vec(
                (prop::collection::vec(0usize..12, 1..5), any::<bool>()),
                1..6,
            ),
        ) {
            let (_dir, engine) = index(&sections);
            for (words, quoted) in queries {
                let words: Vec<&str> = words.iter().map(|&w| SYLLABLES[w]).collect();
                let q = match quoted {
                    true => format!("\"{}\"", words.join(" ")),
                    false => words.join(" "),
                };
                let response = engine.search(&SearchRequest::new(q.as_str())).unwrap();
                let t = response.tiers;
                prop_assert_eq!((t.phrase, t.words, t.partial, t.loose), tiers_walked(&engine, &q), "{}", q);
                let mut by_date = SearchRequest::new(q.as_str());
                by_date.sort = Sort::Date;
                by_date.limit = 50;
                let dated = engine.search(&by_date).unwrap();
                prop_assert_eq!(dated.total, response.total);
                prop_assert_eq!(dated.hits.len() as u64, dated.total.min(50));
                let mut grouped = SearchRequest::new(q.as_str());
                grouped.group = Group::Report;
                let grouped = engine.search(&grouped).unwrap();
                prop_assert!(grouped.total <= response.total);
                prop_assert_eq!(grouped.total == 0, response.total == 0);
            }
        }
    }
}
