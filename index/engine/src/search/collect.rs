//! A collector keeping the best-scoring section of each report (`group=report`).

use std::collections::HashMap;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

/// Best section per report: report key → (score, section address).
pub type Best = HashMap<u64, (Score, DocAddress)>;

/// Collects, for every report with a matching section, its best section.
pub struct BestPerReport;

/// The per-segment part of [`BestPerReport`].
pub struct BestPerReportSegment {
    segment: SegmentOrdinal,
    keys: Column<u64>,
    best: Best,
}

impl Collector for BestPerReport {
    type Fruit = Best;
    type Child = BestPerReportSegment;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<BestPerReportSegment> {
        Ok(BestPerReportSegment {
            segment,
            keys: reader.fast_fields().u64("report_key")?,
            best: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Best>) -> tantivy::Result<Best> {
        let mut all = Best::new();
        for fruit in fruits {
            for (key, hit) in fruit {
                keep_best(&mut all, key, hit);
            }
        }
        Ok(all)
    }
}

fn keep_best(best: &mut Best, key: u64, hit: (Score, DocAddress)) {
    let entry = best.entry(key).or_insert(hit);
    if hit.0 > entry.0 || (hit.0 == entry.0 && hit.1 < entry.1) {
        *entry = hit;
    }
}

impl SegmentCollector for BestPerReportSegment {
    type Fruit = Best;

    fn collect(&mut self, doc: DocId, score: Score) {
        if let Some(key) = self.keys.first(doc) {
            keep_best(
                &mut self.best,
                key,
                (score, DocAddress::new(self.segment, doc)),
            );
        }
    }

    fn harvest(self) -> Best {
        self.best
    }
}

/// Sorts the best hits by score, highest first (ties by address, for stable pages).
pub fn ranked(best: Best) -> Vec<(u64, Score, DocAddress)> {
    let mut hits: Vec<(u64, Score, DocAddress)> =
        best.into_iter().map(|(k, (s, a))| (k, s, a)).collect();
    hits.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.2.cmp(&b.2)));
    hits
}
