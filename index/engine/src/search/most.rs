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
//! - the clauses (the words, and the clauses that only rank) are ordered by ceiling; those no
//!   page hit can hold alone do not drive the walk, they are only asked about the sections the
//!   others bring (a seek in their postings). Two rules say which, and the cheaper one (fewer
//!   postings to walk) is taken at each new threshold: fewer than `minimum` words cannot make
//!   a hit, nor can the lowest words whose ceilings with every ranking clause's stay at the
//!   page's threshold; or, any kind of clause, the lowest whose ceilings add up to no more
//!   than the threshold (so a rare pair of syllables typed side by side can drive, where the
//!   common words cannot pass without it);
//! - a section is dropped as soon as what it holds plus the ceilings of the clauses not yet
//!   asked (highest first) cannot pass the threshold, or its words cannot reach the minimum.
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

    /// Stands the clause on its first document at or after `target` (a driver's step).
    fn position(&mut self, target: DocId) {
        if self.valid && self.doc >= target {
            return;
        }
        if self.valid && self.doc + 1 == target {
            self.doc = self.scorer.advance();
            return;
        }
        let mut t = target.max(self.doc);
        loop {
            if t == TERMINATED {
                (self.doc, self.valid) = (TERMINATED, true);
                return;
            }
            match self.scorer.seek_danger(t) {
                SeekDangerResult::Found => {
                    (self.doc, self.valid) = (t, true);
                    return;
                }
                SeekDangerResult::SeekLowerBound(bound) => t = bound,
            }
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
        // Every clause that scores: the words, which also count for the minimum, and the
        // clauses that only rank. Those absent from this segment can neither match nor drive.
        let mut lists: Vec<List> = Vec::with_capacity(self.units.len() + self.optional.len());
        for (weights, word) in [(&self.units, true), (&self.optional, false)] {
            for (w, ceiling) in weights {
                let probe = Probe::new(w.scorer(reader, 1.0)?, *ceiling);
                if probe.doc != TERMINATED {
                    let cost = probe.scorer.cost();
                    lists.push(List { probe, word, cost });
                }
            }
        }
        let minimum = self.minimum;
        if lists.iter().filter(|l| l.word).count() < minimum {
            return Ok(());
        }
        lists.sort_by(|a, b| a.probe.ceiling.total_cmp(&b.probe.ceiling));
        let mut exclude = match &self.exclude {
            Some(w) => Some(Probe::new(w.scorer(reader, 1.0)?, 0.0)),
            None => None,
        };
        let Some(mut plan) = Drivers::choose(&lists, minimum, threshold) else {
            return Ok(());
        };

        loop {
            let doc = plan
                .drivers
                .iter()
                .map(|&i| lists[i].probe.doc)
                .min()
                .unwrap_or(TERMINATED);
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
                for &i in &plan.drivers {
                    let l = &mut lists[i];
                    if l.probe.doc == doc {
                        score += l.probe.scorer.score();
                        matched += usize::from(l.word);
                    }
                }
                // The others, highest ceiling first, while the section can still reach the
                // minimum and pass the threshold.
                let (mut rest, mut words_left) = (plan.rest_ceiling, plan.rest_words);
                for &i in &plan.asked {
                    if matched + words_left < minimum || score + rest <= threshold {
                        break 'candidate;
                    }
                    let l = &mut lists[i];
                    if l.probe.holds(doc) {
                        score += l.probe.scorer.score();
                        matched += usize::from(l.word);
                    }
                    rest -= l.probe.ceiling;
                    words_left -= usize::from(l.word);
                }
                if matched < minimum || score <= threshold {
                    break 'candidate;
                }
                if let Some(x) = &mut exclude
                    && x.holds(doc)
                {
                    break 'candidate;
                }
                threshold = callback(doc, score);
                match Drivers::choose(&lists, minimum, threshold) {
                    Some(next) => plan = next,
                    None => return Ok(()),
                }
            }
            for &i in &plan.drivers {
                lists[i].probe.position(doc + 1);
            }
        }
        Ok(())
    }
}

/// A clause that scores, in a segment.
struct List {
    probe: Probe,
    /// A word of the query (counts for the minimum), not a clause that only ranks.
    word: bool,
    /// How many documents it has, about.
    cost: u64,
}

/// Which clauses drive the walk (their documents are the candidates) and which are only asked
/// about the candidates, for one threshold.
struct Drivers {
    drivers: Vec<usize>,
    /// The others, highest ceiling first.
    asked: Vec<usize>,
    /// The ceilings of the asked clauses, summed.
    rest_ceiling: Score,
    /// How many of the asked clauses are words.
    rest_words: usize,
}

impl Drivers {
    /// The cheaper of two ways to choose the drivers, each leaving out clauses no page hit can
    /// hold alone: (a) by the minimum, the `minimum - 1` lowest words (a hit holds a word
    /// beyond them), and by the threshold, the lowest words whose ceilings with every ranking
    /// clause's stay at it; (b) by the threshold alone, the lowest clauses of either kind whose
    /// ceilings add up to no more than it (a hit scores above it, so it holds one clause
    /// beyond them: a rare ranking clause can drive). `lists` are sorted by ceiling. `None`:
    /// nothing can pass the threshold.
    fn choose(lists: &[List], minimum: usize, threshold: Score) -> Option<Drivers> {
        let total: Score = lists.iter().map(|l| l.probe.ceiling).sum();
        if total <= threshold {
            return None;
        }
        let ranking: Score = lists
            .iter()
            .filter(|l| !l.word)
            .map(|l| l.probe.ceiling)
            .sum();
        // (a): words by rank among words.
        let mut by_words = vec![false; lists.len()];
        let (mut below, mut rank) = (0.0, 0);
        for (i, l) in lists.iter().enumerate().filter(|(_, l)| l.word) {
            below += l.probe.ceiling;
            let passive = rank + 1 < minimum || below + ranking <= threshold;
            by_words[i] = !passive;
            rank += 1;
        }
        // The highest word always drives: `passive` above never leaves every word out, the
        // total being above the threshold, but keep the walk defined whatever the floats say.
        if let Some(last) = lists.iter().rposition(|l| l.word) {
            by_words[last] = true;
        }
        // (b): any clause, lowest first, while the sum stays at the threshold.
        let mut by_score = vec![true; lists.len()];
        let mut below = 0.0;
        for (i, l) in lists.iter().enumerate() {
            if below + l.probe.ceiling > threshold {
                break;
            }
            below += l.probe.ceiling;
            by_score[i] = false;
        }
        let cost = |drives: &[bool]| -> u64 {
            lists
                .iter()
                .zip(drives)
                .filter(|(_, d)| **d)
                .map(|(l, _)| l.cost)
                .sum()
        };
        let drives = if cost(&by_score) < cost(&by_words) {
            by_score
        } else {
            by_words
        };
        let drivers: Vec<usize> = (0..lists.len()).filter(|&i| drives[i]).collect();
        let asked: Vec<usize> = (0..lists.len()).rev().filter(|&i| !drives[i]).collect();
        Some(Drivers {
            rest_ceiling: asked.iter().map(|&i| lists[i].probe.ceiling).sum(),
            rest_words: asked.iter().filter(|&&i| lists[i].word).count(),
            drivers,
            asked,
        })
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
            ranking in prop::collection::vec((0usize..8, 0.5f32..3.0), 0..6),
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
