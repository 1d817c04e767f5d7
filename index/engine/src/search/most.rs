//! The tail tiers ranked with MaxScore: most of the query's words, top hits only.
//!
//! The `partial` tier is every section holding more than a third of the query's words but not
//! all of them. Ranked as tantivy's `BooleanQuery` with a minimum of `Should` clauses, it is
//! walked whole: every posting of every word, the commonest (`xã`, `hành chính`) too, a
//! question of fifteen words in 30–95 ms on 10,000 reports although the page shows ten.
//!
//! [`RankedMost`] gives the same hits with the same scores (a section's score is the sum of its
//! matched words' BM25, plus the clauses that only rank), by MaxScore (Turtle and Flood, 1995),
//! with the minimum as a second bound:
//!
//! - each word's score has a ceiling, BM25's `idf × (k1 + 1)` summed over its terms
//!   ([`Bm25Weight::max_score`]);
//! - the words are ordered by ceiling; the lowest ones, whose ceilings with the ranking
//!   clauses' add up to no more than the page's current threshold, cannot bring a section onto
//!   the page alone, and neither can fewer than `minimum` words: such words do not drive the
//!   walk, they are only asked about the sections the others bring (a seek in their postings);
//! - a section is dropped as soon as what it holds plus the ceilings of the words not yet asked
//!   cannot pass the threshold, or cannot reach the minimum.
//!
//! Only the page sorted by score prunes ([`Weight::for_each_pruning`], which tantivy's
//! `TopDocs` calls); every other use (counts, a page by date, hits grouped by report) runs the
//! same query written plainly, `fallback`.

use tantivy::query::{Bm25Weight, BoostQuery, EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SeekDangerResult, SegmentReader, TERMINATED, Term};

/// Sections holding at least `minimum` of `units`, none of `exclude`, all of `filters`; scored
/// as the sum of the matched units' scores plus each matching `optional` clause's (times its
/// boost). `fallback` is the same query built from tantivy's own.
#[derive(Debug)]
pub struct RankedMost {
    pub units: Vec<Box<dyn Query>>,
    pub minimum: usize,
    pub exclude: Option<Box<dyn Query>>,
    pub filters: Vec<Box<dyn Query>>,
    /// Clauses that only rank, each with its boost.
    pub optional: Vec<(Box<dyn Query>, Score)>,
    pub fallback: Box<dyn Query>,
}

impl Clone for RankedMost {
    fn clone(&self) -> Self {
        RankedMost {
            units: self.units.iter().map(|q| q.box_clone()).collect(),
            minimum: self.minimum,
            exclude: self.exclude.as_ref().map(|q| q.box_clone()),
            filters: self.filters.iter().map(|q| q.box_clone()).collect(),
            optional: self
                .optional
                .iter()
                .map(|(q, b)| (q.box_clone(), *b))
                .collect(),
            fallback: self.fallback.box_clone(),
        }
    }
}

/// A ceiling of `query`'s score: BM25's largest value for each of its terms, summed (a phrase
/// scores with the sum of its terms' idf, an intersection or a union with the sum of its
/// parts), times `boost`. A hair above, so that sums in another order never cross it.
fn ceiling(
    query: &dyn Query,
    boost: Score,
    statistics: &dyn tantivy::query::Bm25StatisticsProvider,
) -> tantivy::Result<Score> {
    let mut terms: Vec<Term> = Vec::new();
    query.query_terms(&mut |t, _| terms.push(t.clone()));
    let mut sum: Score = 0.0;
    for term in &terms {
        sum += Bm25Weight::for_terms(statistics, std::slice::from_ref(term))?.max_score();
    }
    Ok(sum * boost.max(0.0) * 1.001 + 1e-4)
}

impl Query for RankedMost {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let fallback = self.fallback.weight(enable_scoring)?;
        let EnableScoring::Enabled {
            searcher,
            statistics_provider,
        } = enable_scoring
        else {
            return Ok(fallback);
        };
        let unscored = EnableScoring::disabled_from_searcher(searcher);
        let mut units = Vec::with_capacity(self.units.len());
        for q in &self.units {
            units.push((
                q.weight(enable_scoring)?,
                ceiling(q.as_ref(), 1.0, statistics_provider)?,
            ));
        }
        let mut optional = Vec::with_capacity(self.optional.len());
        for (q, boost) in &self.optional {
            let boosted = BoostQuery::new(q.box_clone(), *boost);
            optional.push((
                boosted.weight(enable_scoring)?,
                ceiling(q.as_ref(), *boost, statistics_provider)?,
            ));
        }
        Ok(Box::new(RankedMostWeight {
            fallback,
            units,
            minimum: self.minimum.max(1),
            exclude: match &self.exclude {
                Some(q) => Some(q.weight(unscored)?),
                None => None,
            },
            filters: self
                .filters
                .iter()
                .map(|q| q.weight(unscored))
                .collect::<tantivy::Result<_>>()?,
            optional,
        }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.fallback.query_terms(visitor);
    }
}

struct RankedMostWeight {
    fallback: Box<dyn Weight>,
    units: Vec<(Box<dyn Weight>, Score)>,
    minimum: usize,
    exclude: Option<Box<dyn Weight>>,
    filters: Vec<Box<dyn Weight>>,
    optional: Vec<(Box<dyn Weight>, Score)>,
}

/// A clause asked about one section at a time, in increasing order.
struct Probe {
    scorer: Box<dyn Scorer>,
    /// No document of the clause is below this one.
    doc: DocId,
    /// Whether the scorer stands on `doc` (after an advance or a `Found`); after a
    /// `SeekLowerBound` it only knows the bound.
    valid: bool,
    ceiling: Score,
}

impl Probe {
    fn new(scorer: Box<dyn Scorer>, ceiling: Score) -> Self {
        let doc = scorer.doc();
        Probe {
            scorer,
            doc,
            valid: true,
            ceiling,
        }
    }

    /// Whether the clause holds `target`; targets only grow.
    fn holds(&mut self, target: DocId) -> bool {
        if self.doc > target {
            return false;
        }
        if self.doc == target && self.valid {
            return true;
        }
        match self.scorer.seek_danger(target) {
            SeekDangerResult::Found => {
                self.doc = target;
                self.valid = true;
                true
            }
            SeekDangerResult::SeekLowerBound(next) => {
                self.doc = next;
                self.valid = false;
                false
            }
        }
    }
}

impl Weight for RankedMostWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        self.fallback.scorer(reader, boost)
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.fallback.explain(reader, doc)
    }

    fn count(&self, reader: &SegmentReader) -> tantivy::Result<u32> {
        self.fallback.count(reader)
    }

    fn for_each_pruning(
        &self,
        mut threshold: Score,
        reader: &SegmentReader,
        callback: &mut dyn FnMut(DocId, Score) -> Score,
    ) -> tantivy::Result<()> {
        let mut filters = Vec::with_capacity(self.filters.len());
        for w in &self.filters {
            let p = Probe::new(w.scorer(reader, 1.0)?, 0.0);
            if p.doc == TERMINATED {
                return Ok(());
            }
            filters.push(p);
        }
        // Words absent from this segment can neither match nor drive.
        let mut units = Vec::with_capacity(self.units.len());
        for (w, ceiling) in &self.units {
            let p = Probe::new(w.scorer(reader, 1.0)?, *ceiling);
            if p.doc != TERMINATED {
                units.push(p);
            }
        }
        let minimum = self.minimum;
        if units.len() < minimum {
            return Ok(());
        }
        units.sort_by(|a, b| a.ceiling.total_cmp(&b.ceiling));
        // below[k]: the ceilings of the k lowest words, summed.
        let mut below = vec![0.0; units.len() + 1];
        for (i, u) in units.iter().enumerate() {
            below[i + 1] = below[i] + u.ceiling;
        }
        let mut optional = Vec::with_capacity(self.optional.len());
        for (w, ceiling) in &self.optional {
            let p = Probe::new(w.scorer(reader, 1.0)?, *ceiling);
            if p.doc != TERMINATED {
                optional.push(p);
            }
        }
        let ranking: Score = optional.iter().map(|p| p.ceiling).sum();
        let mut exclude = match &self.exclude {
            Some(w) => Some(Probe::new(w.scorer(reader, 1.0)?, 0.0)),
            None => None,
        };

        let n = units.len();
        // How many of the lowest words need not drive: fewer than `minimum` cannot make a hit,
        // and words whose ceilings (with the ranking clauses') stay at the threshold cannot
        // pass it. `None`: nothing left can pass.
        let passive = |threshold: Score| -> Option<usize> {
            if below[n] + ranking <= threshold {
                return None;
            }
            let mut k = minimum - 1;
            while k + 1 < n && below[k + 1] + ranking <= threshold {
                k += 1;
            }
            Some(k)
        };
        let Some(mut e) = passive(threshold) else {
            return Ok(());
        };
        loop {
            let doc = units[e..].iter().map(|u| u.doc).min().unwrap_or(TERMINATED);
            if doc == TERMINATED {
                break;
            }
            'candidate: {
                for f in &mut filters {
                    if !f.holds(doc) {
                        break 'candidate;
                    }
                }
                let mut score: Score = 0.0;
                let mut matched = 0;
                for u in &mut units[e..] {
                    if u.doc == doc {
                        score += u.scorer.score();
                        matched += 1;
                    }
                }
                // The passive words, highest ceiling first, while the section can still pass.
                for i in (0..e).rev() {
                    if matched + i + 1 < minimum || score + below[i + 1] + ranking <= threshold {
                        break 'candidate;
                    }
                    let u = &mut units[i];
                    if u.holds(doc) {
                        score += u.scorer.score();
                        matched += 1;
                    }
                }
                if matched < minimum || score + ranking <= threshold {
                    break 'candidate;
                }
                if let Some(x) = &mut exclude
                    && x.holds(doc)
                {
                    break 'candidate;
                }
                for p in &mut optional {
                    if p.holds(doc) {
                        score += p.scorer.score();
                    }
                }
                if score > threshold {
                    threshold = callback(doc, score);
                    match passive(threshold) {
                        Some(k) => e = e.max(k),
                        None => return Ok(()),
                    }
                }
            }
            for u in &mut units[e..] {
                if u.doc == doc {
                    u.doc = u.scorer.advance();
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use tantivy::collector::TopDocs;
    use tantivy::query::{BooleanQuery, Occur, PhraseQuery, TermQuery};
    use tantivy::schema::{IndexRecordOption, STRING, Schema, TEXT};
    use tantivy::{DocAddress, Index, doc};

    const WORDS: [&str; 8] = ["xa", "hoa", "giai", "cua", "ho", "so", "thu", "tuc"];

    struct Fixture {
        index: Index,
        body: tantivy::schema::Field,
        tag: tantivy::schema::Field,
    }

    /// Sections of words drawn with skewed frequencies (the first words common, the last
    /// rare), over three segments, some deleted.
    fn fixture(texts: &[Vec<usize>]) -> Fixture {
        let mut builder = Schema::builder();
        let body = builder.add_text_field("body", TEXT);
        let tag = builder.add_text_field("tag", STRING);
        let index = Index::create_in_ram(builder.build());
        let mut writer: tantivy::IndexWriter = index.writer(15_000_000).unwrap();
        for (i, words) in texts.iter().enumerate() {
            let text: Vec<&str> = words.iter().map(|&w| WORDS[w % WORDS.len()]).collect();
            let tag_value = match i {
                _ if i % 7 == 3 => "gone",
                _ if i % 3 == 0 => "a",
                _ => "b",
            };
            writer
                .add_document(doc!(body => text.join(" "), tag => tag_value))
                .unwrap();
            if i % 17 == 16 {
                writer.commit().unwrap();
            }
        }
        writer.delete_term(Term::from_field_text(tag, "gone"));
        writer.commit().unwrap();
        Fixture { index, body, tag }
    }

    fn term(field: tantivy::schema::Field, t: &str) -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_text(field, t),
            IndexRecordOption::WithFreqsAndPositions,
        ))
    }

    /// A unit: one word, or two side by side.
    fn unit(f: &Fixture, spec: &(usize, Option<usize>)) -> Box<dyn Query> {
        match spec.1 {
            None => term(f.body, WORDS[spec.0]),
            Some(second) => Box::new(PhraseQuery::new(vec![
                Term::from_field_text(f.body, WORDS[spec.0]),
                Term::from_field_text(f.body, WORDS[second]),
            ])),
        }
    }

    /// The plain query `RankedMost` stands for, as the search builds it from tantivy's own.
    fn plain(
        units: Vec<Box<dyn Query>>,
        minimum: usize,
        exclude: Option<Box<dyn Query>>,
        filters: &[Box<dyn Query>],
        optional: &[(Box<dyn Query>, Score)],
    ) -> Box<dyn Query> {
        let most: Box<dyn Query> = Box::new(BooleanQuery::with_minimum_required_clauses(
            units.into_iter().map(|q| (Occur::Should, q)).collect(),
            minimum,
        ));
        let mut clauses = vec![(Occur::Must, most)];
        if let Some(x) = exclude {
            clauses.push((Occur::MustNot, x));
        }
        for q in filters {
            clauses.push((
                Occur::Must,
                Box::new(BoostQuery::new(q.box_clone(), 0.0)) as Box<dyn Query>,
            ));
        }
        let mut all: Vec<(Occur, Box<dyn Query>)> =
            vec![(Occur::Must, Box::new(BooleanQuery::new(clauses)))];
        for (q, boost) in optional {
            all.push((
                Occur::Should,
                Box::new(BoostQuery::new(q.box_clone(), *boost)),
            ));
        }
        Box::new(BooleanQuery::new(all))
    }

    fn top(f: &Fixture, q: &dyn Query, k: usize, offset: usize) -> Vec<(Score, DocAddress)> {
        let searcher = f.index.reader().unwrap().searcher();
        searcher
            .search(
                q,
                &TopDocs::with_limit(k).and_offset(offset).order_by_score(),
            )
            .unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// The page sorted by score holds the same scores as the plain query's, over any
        /// words, minimum, exclusion, filter and ranking clauses.
        #[test]
        fn the_page_is_the_plain_querys(
            texts in prop::collection::vec(
                prop::collection::vec(
                    prop_oneof![4 => 0usize..3, 2 => 3usize..6, 1 => 6usize..8], 1..14),
                20..120),
            specs in prop::collection::vec((0usize..8, prop::option::of(0usize..8)), 2..6),
            minimum_cut in 0usize..4,
            exclude_all in any::<bool>(),
            filtered in any::<bool>(),
            ranking in prop::collection::vec((0usize..8, 0.5f32..3.0), 0..3),
            k in 1usize..12,
            offset in 0usize..4,
        ) {
            let f = fixture(&texts);
            let units = || specs.iter().map(|s| unit(&f, s)).collect::<Vec<_>>();
            let minimum = (specs.len() - minimum_cut.min(specs.len() - 1)).max(1);
            let exclude = || {
                exclude_all.then(|| Box::new(BooleanQuery::intersection(units())) as Box<dyn Query>)
            };
            let filters: Vec<Box<dyn Query>> = if filtered {
                vec![Box::new(TermQuery::new(
                    Term::from_field_text(f.tag, "b"),
                    IndexRecordOption::Basic,
                ))]
            } else {
                Vec::new()
            };
            let optional: Vec<(Box<dyn Query>, Score)> =
                ranking.iter().map(|(w, b)| (term(f.body, WORDS[*w]), *b)).collect();
            let fallback = plain(units(), minimum, exclude(), &filters, &optional);
            let ranked = RankedMost {
                units: units(),
                minimum,
                exclude: exclude(),
                filters: filters.iter().map(|q| q.box_clone()).collect(),
                optional: optional.iter().map(|(q, b)| (q.box_clone(), *b)).collect(),
                fallback: fallback.box_clone(),
            };
            // The expected page: every hit of the query without its exclusion, in tantivy's
            // order, the excluded ones taken out afterwards (tantivy's own `MustNot` of an
            // intersection holding a phrase trips a debug assertion of its phrase scorer).
            let searcher = f.index.reader().unwrap().searcher();
            let excluded: std::collections::HashSet<DocAddress> = match exclude() {
                Some(x) => searcher.search(x.as_ref(), &tantivy::collector::DocSetCollector).unwrap(),
                None => Default::default(),
            };
            let every: Vec<(Score, DocAddress)> =
                top(&f, plain(units(), minimum, None, &filters, &optional).as_ref(), 10_000, 0)
                    .into_iter()
                    .filter(|(_, a)| !excluded.contains(a))
                    .collect();
            let expected: Vec<(Score, DocAddress)> =
                every.iter().skip(offset).take(k).copied().collect();
            let got = top(&f, &ranked, k, offset);
            prop_assert_eq!(got.len(), expected.len());
            for ((a, _), (b, _)) in got.iter().zip(&expected) {
                prop_assert!((a - b).abs() < 1e-3, "{} vs {}: {:?} / {:?}", a, b, got, expected);
            }
            // Hits whose score no other hit shares are the same sections.
            let lone = |hits: &[(Score, DocAddress)]| -> Vec<DocAddress> {
                hits.iter()
                    .filter(|(s, _)| every.iter().filter(|(t, _)| (s - t).abs() < 1e-3).count() == 1)
                    .map(|(_, a)| *a)
                    .collect()
            };
            prop_assert_eq!(lone(&got), lone(&expected));
        }
    }
}
