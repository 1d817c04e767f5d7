//! Facet counts in the same pass as the hits, from fast fields: per document, three
//! dictionary ordinals and a year are read and counted in arrays; strings are looked up once
//! per segment at the end. (tantivy's `FacetCollector` costs several times more per document.)

use super::{FacetCount, Facets};
use std::collections::HashMap;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// Counts unit, year, section category and period over the matching section documents.
pub struct FacetCounter;

/// Counts by value, one map per facet.
#[derive(Default)]
pub struct Counts {
    unit: HashMap<String, u64>,
    year: HashMap<u64, u64>,
    section: HashMap<String, u64>,
    period: HashMap<String, u64>,
}

/// The per-segment part of [`FacetCounter`].
pub struct FacetSegment {
    unit: Option<(StrColumn, Vec<u64>)>,
    section: Option<(StrColumn, Vec<u64>)>,
    period: Option<(StrColumn, Vec<u64>)>,
    year: Option<Column<u64>>,
    years: HashMap<u64, u64>,
}

fn str_column(
    reader: &SegmentReader,
    name: &str,
) -> tantivy::Result<Option<(StrColumn, Vec<u64>)>> {
    Ok(reader.fast_fields().str(name)?.map(|c| {
        let n = c.num_terms();
        (c, vec![0; n])
    }))
}

impl Collector for FacetCounter {
    type Fruit = Counts;
    type Child = FacetSegment;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<FacetSegment> {
        Ok(FacetSegment {
            unit: str_column(reader, "unit_name")?,
            section: str_column(reader, "category")?,
            period: str_column(reader, "period")?,
            year: reader.fast_fields().u64("year").ok(),
            years: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Counts>) -> tantivy::Result<Counts> {
        let mut all = Counts::default();
        for fruit in fruits {
            for (k, v) in fruit.unit {
                *all.unit.entry(k).or_default() += v;
            }
            for (k, v) in fruit.year {
                *all.year.entry(k).or_default() += v;
            }
            for (k, v) in fruit.section {
                *all.section.entry(k).or_default() += v;
            }
            for (k, v) in fruit.period {
                *all.period.entry(k).or_default() += v;
            }
        }
        Ok(all)
    }
}

fn count(column: &mut Option<(StrColumn, Vec<u64>)>, doc: DocId) {
    if let Some((c, counts)) = column
        && let Some(ord) = c.ords().first(doc)
        && let Some(slot) = counts.get_mut(ord as usize)
    {
        *slot += 1;
    }
}

fn harvest(column: Option<(StrColumn, Vec<u64>)>) -> HashMap<String, u64> {
    let mut out = HashMap::new();
    if let Some((c, counts)) = column {
        let mut value = String::new();
        for (ord, n) in counts.into_iter().enumerate() {
            if n > 0 && c.ord_to_str(ord as u64, &mut value).unwrap_or(false) {
                out.insert(value.clone(), n);
            }
        }
    }
    out
}

impl SegmentCollector for FacetSegment {
    type Fruit = Counts;

    fn collect(&mut self, doc: DocId, _: Score) {
        count(&mut self.unit, doc);
        count(&mut self.section, doc);
        count(&mut self.period, doc);
        if let Some(year) = self.year.as_ref().and_then(|c| c.first(doc)) {
            *self.years.entry(year).or_default() += 1;
        }
    }

    fn harvest(self) -> Counts {
        Counts {
            unit: harvest(self.unit),
            year: self.years,
            section: harvest(self.section),
            period: harvest(self.period),
        }
    }
}

fn sorted(counts: HashMap<String, u64>) -> Vec<FacetCount> {
    let mut v: Vec<FacetCount> = counts
        .into_iter()
        .map(|(value, count)| FacetCount { value, count })
        .collect();
    v.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    v
}

impl Counts {
    /// The facets, most frequent value first; years newest first.
    pub fn into_facets(self) -> Facets {
        let mut year: Vec<FacetCount> = self
            .year
            .into_iter()
            .map(|(y, count)| FacetCount {
                value: y.to_string(),
                count,
            })
            .collect();
        year.sort_by(|a, b| b.value.cmp(&a.value));
        Facets {
            unit: sorted(self.unit),
            year,
            section: sorted(self.section),
            period: sorted(self.period),
        }
    }
}
