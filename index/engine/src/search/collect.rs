//! A collector keeping the best-scoring section of each report (`group=report`, and browsing
//! without a query), with the report's date.

use crate::schema::name;
use std::collections::HashMap;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{BitSet, DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

/// One report's best section: its score, its address and the report's day (`yyyymmdd`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Best {
    /// The section's score.
    pub score: Score,
    /// The section.
    pub address: DocAddress,
    /// The report's date as `yyyymmdd` (see [`crate::view::day`]).
    pub day: u64,
}

/// Best section per report, by report key.
pub type BestMap = HashMap<u64, Best>;

/// Collects, for every report with a matching section, its best section.
pub struct BestPerReport {
    /// Whether scores count; without them, the report's first matching section is kept.
    pub scored: bool,
}

/// The per-segment part of [`BestPerReport`].
pub struct BestPerReportSegment {
    segment: SegmentOrdinal,
    keys: Column<u64>,
    days: Option<Column<u64>>,
    best: BestMap,
}

impl Collector for BestPerReport {
    type Fruit = BestMap;
    type Child = BestPerReportSegment;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<BestPerReportSegment> {
        Ok(BestPerReportSegment {
            segment,
            keys: reader.fast_fields().u64(name::REPORT_KEY)?,
            days: reader.fast_fields().u64(name::DAY).ok(),
            best: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.scored
    }

    fn merge_fruits(&self, fruits: Vec<BestMap>) -> tantivy::Result<BestMap> {
        let mut all = BestMap::new();
        for fruit in fruits {
            for (key, hit) in fruit {
                keep_best(&mut all, key, hit);
            }
        }
        Ok(all)
    }
}

fn keep_best(best: &mut BestMap, key: u64, hit: Best) {
    let entry = best.entry(key).or_insert(hit);
    if hit.score > entry.score || (hit.score == entry.score && hit.address < entry.address) {
        *entry = hit;
    }
}

impl SegmentCollector for BestPerReportSegment {
    type Fruit = BestMap;

    fn collect(&mut self, doc: DocId, score: Score) {
        if let Some(key) = self.keys.first(doc) {
            let day = self.days.as_ref().and_then(|d| d.first(doc)).unwrap_or(0);
            keep_best(
                &mut self.best,
                key,
                Best {
                    score,
                    address: DocAddress::new(self.segment, doc),
                    day,
                },
            );
        }
    }

    fn harvest(self) -> BestMap {
        self.best
    }
}

/// Sorts the best hits by score, highest first, or by date, newest first (ties by address,
/// for stable pages).
pub fn ranked(best: BestMap, by_date: bool) -> Vec<(u64, Best)> {
    let mut hits: Vec<(u64, Best)> = best.into_iter().collect();
    hits.sort_by(|(_, a), (_, b)| {
        let first = if by_date {
            b.day.cmp(&a.day).then(b.score.total_cmp(&a.score))
        } else {
            b.score.total_cmp(&a.score)
        };
        first.then(a.address.cmp(&b.address))
    });
    hits
}

/// The documents collected, one set per segment (by segment ordinal).
pub type Sets = Vec<Option<BitSet>>;

/// Collects the matching documents as a set per segment, to walk a wider query without
/// asking again about what is known to match.
#[derive(Debug, Clone, Copy)]
pub struct Matched;

/// The per-segment part of [`Matched`].
pub struct MatchedSegment {
    segment: SegmentOrdinal,
    docs: BitSet,
}

impl Collector for Matched {
    type Fruit = Sets;
    type Child = MatchedSegment;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<MatchedSegment> {
        Ok(MatchedSegment {
            segment,
            docs: BitSet::with_max_value(reader.max_doc()),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<(SegmentOrdinal, BitSet)>) -> tantivy::Result<Sets> {
        let mut sets: Sets = Vec::new();
        for (segment, docs) in fruits {
            let i = segment as usize;
            if sets.len() <= i {
                sets.resize_with(i + 1, || None);
            }
            sets[i] = Some(docs);
        }
        Ok(sets)
    }
}

impl SegmentCollector for MatchedSegment {
    type Fruit = (SegmentOrdinal, BitSet);

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.docs.insert(doc);
    }

    fn harvest(self) -> (SegmentOrdinal, BitSet) {
        (self.segment, self.docs)
    }
}

/// Counts the documents of `query` that `known` does not hold, up to `cap` ("more" past it),
/// and adds them to `known`: walks `candidates`, a superset of `query` cheaper to walk, skips
/// what `known` holds, and asks `query` only about the rest. Every document `known` holds
/// must be one of `query`'s.
pub fn count_outside(
    searcher: &tantivy::Searcher,
    candidates: &dyn tantivy::query::Query,
    query: &dyn tantivy::query::Query,
    known: &mut Sets,
    cap: u64,
) -> tantivy::Result<(u64, bool)> {
    use tantivy::{DocSet, SeekDangerResult, TERMINATED};
    let unscored = tantivy::query::EnableScoring::disabled_from_searcher(searcher);
    let candidates = candidates.weight(unscored)?;
    let query = query.weight(unscored)?;
    let mut n: u64 = 0;
    for (ord, reader) in searcher.segment_readers().iter().enumerate() {
        if n > cap {
            break;
        }
        if known.len() <= ord {
            known.resize_with(ord + 1, || None);
        }
        let known = known[ord].get_or_insert_with(|| BitSet::with_max_value(reader.max_doc()));
        let alive = reader.alive_bitset();
        let mut walk = candidates.scorer(reader, 1.0)?;
        let mut asked = query.scorer(reader, 1.0)?;
        // `asked` holds no document below `next`; it stands on `next` when `on`.
        let (mut next, mut on) = (asked.doc(), true);
        let mut doc = walk.doc();
        while doc != TERMINATED && n <= cap {
            let skip = known.contains(doc) || alive.is_some_and(|a| !a.is_alive(doc));
            if !skip && next <= doc {
                let holds = if next == doc && on {
                    true
                } else {
                    match asked.seek_danger(doc) {
                        SeekDangerResult::Found => {
                            (next, on) = (doc, true);
                            true
                        }
                        SeekDangerResult::SeekLowerBound(bound) => {
                            (next, on) = (bound, false);
                            false
                        }
                    }
                };
                if holds {
                    n += 1;
                    known.insert(doc);
                }
            }
            doc = walk.advance();
        }
    }
    Ok((n.min(cap), n > cap))
}

/// Counts the documents of `query`, stopping past `cap`, and feeds the first `cap` of them to
/// `collector` (for facets); answers the count (at most `cap`), whether there were more, and
/// the collector's fruit. A tail tier is counted this way: exactly up to `cap`, "more than
/// `cap`" past it, as Elasticsearch's `track_total_hits` does, so a long question whose words
/// are everywhere does not walk its whole union to say how long the tail is.
pub fn count_at_most<C: Collector>(
    searcher: &tantivy::Searcher,
    query: &dyn tantivy::query::Query,
    cap: u64,
    collector: &C,
) -> tantivy::Result<(u64, bool, C::Fruit)> {
    use tantivy::{DocSet, TERMINATED};
    let weight = query.weight(tantivy::query::EnableScoring::disabled_from_searcher(
        searcher,
    ))?;
    let mut n: u64 = 0;
    let mut fruits = Vec::new();
    for (ord, reader) in searcher.segment_readers().iter().enumerate() {
        let mut segment = collector.for_segment(ord as SegmentOrdinal, reader)?;
        if n <= cap {
            let mut scorer = weight.scorer(reader, 1.0)?;
            let alive = reader.alive_bitset();
            let mut doc = scorer.doc();
            while doc != TERMINATED && n <= cap {
                if alive.is_none_or(|a| a.is_alive(doc)) {
                    n += 1;
                    if n <= cap {
                        segment.collect(doc, 0.0);
                    }
                }
                doc = scorer.advance();
            }
        }
        fruits.push(segment.harvest());
    }
    Ok((n.min(cap), n > cap, collector.merge_fruits(fruits)?))
}

#[cfg(test)]
mod tests {
    use super::count_at_most;
    use tantivy::collector::Count;
    use tantivy::query::TermQuery;
    use tantivy::schema::{IndexRecordOption, STRING, Schema};
    use tantivy::{Index, IndexWriter, Term, doc};

    /// Exact up to the cap, "more" past it, over several segments, deleted documents not
    /// counted.
    #[test]
    fn a_count_stops_past_its_cap_and_says_so() {
        let mut builder = Schema::builder();
        let word = builder.add_text_field("word", STRING);
        let id = builder.add_text_field("id", STRING);
        let index = Index::create_in_ram(builder.build());
        let mut writer: IndexWriter = index.writer(15_000_000).unwrap();
        for i in 0..7 {
            writer
                .add_document(doc!(word => "hoa", id => i.to_string()))
                .unwrap();
            if i == 3 {
                writer.commit().unwrap();
            }
        }
        writer.add_document(doc!(word => "giai")).unwrap();
        writer.commit().unwrap();
        writer.delete_term(Term::from_field_text(id, "5"));
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let hoa = TermQuery::new(Term::from_field_text(word, "hoa"), IndexRecordOption::Basic);
        let count = |cap| {
            let (n, more, collected) = count_at_most(&searcher, &hoa, cap, &Count).unwrap();
            (n, more, collected)
        };
        assert_eq!(count(3), (3, true, 3), "three counted and fed, more said");
        assert_eq!(count(5), (5, true, 5));
        assert_eq!(count(6), (6, false, 6), "six alive: exact at the cap");
        assert_eq!(count(100), (6, false, 6), "the deleted one is not counted");
    }
}
