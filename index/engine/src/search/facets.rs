//! Facet counts in the same pass as the hits, from fast fields: per document, three
//! dictionary ordinals and a year are read and counted in arrays; strings are looked up once
//! per segment at the end. (tantivy's `FacetCollector` costs several times more per document.)

use super::{FacetCount, Facets};
use crate::schema::name;
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
    /// Counts by `year - FIRST_YEAR`, for the years a report can have.
    years: Vec<u64>,
    /// Reused buffer of one block's values.
    values: Vec<Option<u64>>,
}

/// The first year counted in [`FacetSegment::years`]; reports are validated to 1945–2100.
const FIRST_YEAR: u64 = 1900;

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
            unit: str_column(reader, name::UNIT_NAME)?,
            section: str_column(reader, name::CATEGORY)?,
            period: str_column(reader, name::PERIOD)?,
            year: reader.fast_fields().u64(name::YEAR).ok(),
            years: vec![0; 256],
            values: Vec::new(),
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

fn count(
    column: &mut Option<(StrColumn, Vec<u64>)>,
    docs: &[DocId],
    values: &mut Vec<Option<u64>>,
) {
    if let Some((c, counts)) = column {
        values.resize(docs.len(), None);
        c.ords().first_vals(docs, values);
        for ord in values.iter().flatten() {
            if let Some(slot) = counts.get_mut(*ord as usize) {
                *slot += 1;
            }
        }
    }
}

fn harvest(column: Option<(StrColumn, Vec<u64>)>) -> HashMap<String, u64> {
    let mut out = HashMap::new();
    if let Some((c, counts)) = column {
        // One walk through the dictionary for all the values seen, in order (looking each
        // up alone would decode a dictionary block per value).
        let ords: Vec<u64> = (0..counts.len() as u64)
            .filter(|&ord| counts[ord as usize] > 0)
            .collect();
        let mut ords_iter = ords.iter();
        let _ = c.dictionary().sorted_ords_to_term_cb(&ords, |term| {
            if let Some(&ord) = ords_iter.next()
                && !term.is_empty()
            {
                out.insert(
                    String::from_utf8_lossy(term).into_owned(),
                    counts[ord as usize],
                );
            }
        });
    }
    out
}

impl SegmentCollector for FacetSegment {
    type Fruit = Counts;

    fn collect(&mut self, doc: DocId, _: Score) {
        self.collect_block(&[doc]);
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        count(&mut self.unit, docs, &mut self.values);
        count(&mut self.section, docs, &mut self.values);
        count(&mut self.period, docs, &mut self.values);
        if let Some(c) = &self.year {
            self.values.resize(docs.len(), None);
            c.first_vals(docs, &mut self.values);
            for year in self.values.iter().flatten() {
                if let Some(slot) = year
                    .checked_sub(FIRST_YEAR)
                    .and_then(|i| self.years.get_mut(i as usize))
                {
                    *slot += 1;
                }
            }
        }
    }

    fn harvest(self) -> Counts {
        Counts {
            unit: harvest(self.unit),
            year: self
                .years
                .into_iter()
                .enumerate()
                .filter(|&(_, n)| n > 0)
                .map(|(i, n)| (FIRST_YEAR + i as u64, n))
                .collect(),
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
