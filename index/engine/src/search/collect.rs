//! A collector keeping the best-scoring section of each report (`group=report`, and browsing
//! without a query), with the report's date.

use crate::schema::name;
use std::collections::HashMap;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

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
