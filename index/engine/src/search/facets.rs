//! Facet counts in the same pass as the hits, from fast fields: per document, three
//! dictionary ordinals and a year are read and counted in arrays; strings are looked up once
//! per segment at the end. (tantivy's `FacetCollector` costs several times more per document.)

use super::{FacetCount, Facets};
use crate::schema::name;
use std::collections::{HashMap, HashSet};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// Counts unit, year, section category and period over the matching section documents;
/// with `per_report`, counts reports instead (a report with three matching sections counts
/// once, as the page's hits do when grouped by report).
pub struct FacetCounter {
    /// Count distinct reports, not sections.
    pub per_report: bool,
}

/// Counts by value, one map per facet.
#[derive(Default)]
pub struct Counts {
    unit: HashMap<String, u64>,
    year: HashMap<u64, u64>,
    section: HashMap<String, u64>,
    period: HashMap<String, u64>,
    /// With `per_report`: the reports seen with each value.
    reports: Option<ReportSets>,
}

/// The report keys seen with each value of each facet.
#[derive(Default)]
struct ReportSets {
    unit: HashMap<String, HashSet<u64>>,
    year: HashMap<u64, HashSet<u64>>,
    section: HashMap<String, HashSet<u64>>,
    period: HashMap<String, HashSet<u64>>,
}

/// Per segment, with `per_report`: the report key column and (ordinal, report) pairs seen.
struct SegmentReports {
    keys: Column<u64>,
    unit: HashSet<(u64, u64)>,
    year: HashSet<(u64, u64)>,
    section: HashSet<(u64, u64)>,
    period: HashSet<(u64, u64)>,
}

fn union<K: std::hash::Hash + Eq>(
    into: &mut HashMap<K, HashSet<u64>>,
    from: HashMap<K, HashSet<u64>>,
) {
    for (k, v) in from {
        into.entry(k).or_default().extend(v);
    }
}

fn sizes<K: std::hash::Hash + Eq>(sets: HashMap<K, HashSet<u64>>) -> HashMap<K, u64> {
    sets.into_iter().map(|(k, v)| (k, v.len() as u64)).collect()
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
    /// With `per_report`, the reports seen per value.
    reports: Option<SegmentReports>,
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
            reports: if self.per_report {
                Some(SegmentReports {
                    keys: reader.fast_fields().u64(name::REPORT_KEY)?,
                    unit: HashSet::new(),
                    year: HashSet::new(),
                    section: HashSet::new(),
                    period: HashSet::new(),
                })
            } else {
                None
            },
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
            if let Some(sets) = fruit.reports {
                let into = all.reports.get_or_insert_with(ReportSets::default);
                union(&mut into.unit, sets.unit);
                union(&mut into.year, sets.year);
                union(&mut into.section, sets.section);
                union(&mut into.period, sets.period);
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

/// The (ordinal, report) pairs of a string column as report sets by value.
fn harvest_reports(
    column: &Option<(StrColumn, Vec<u64>)>,
    pairs: HashSet<(u64, u64)>,
) -> HashMap<String, HashSet<u64>> {
    let mut by_ord: HashMap<u64, HashSet<u64>> = HashMap::new();
    for (ord, key) in pairs {
        by_ord.entry(ord).or_default().insert(key);
    }
    let mut out = HashMap::new();
    if let Some((c, _)) = column {
        let mut ords: Vec<u64> = by_ord.keys().copied().collect();
        ords.sort_unstable();
        let mut ords_iter = ords.iter();
        let _ = c.dictionary().sorted_ords_to_term_cb(&ords, |term| {
            if let Some(ord) = ords_iter.next()
                && !term.is_empty()
                && let Some(keys) = by_ord.remove(ord)
            {
                out.insert(String::from_utf8_lossy(term).into_owned(), keys);
            }
        });
    }
    out
}

fn note(
    column: &Option<(StrColumn, Vec<u64>)>,
    doc: DocId,
    key: u64,
    seen: &mut HashSet<(u64, u64)>,
) {
    if let Some((c, _)) = column
        && let Some(ord) = c.ords().first(doc)
    {
        seen.insert((ord, key));
    }
}

impl SegmentCollector for FacetSegment {
    type Fruit = Counts;

    fn collect(&mut self, doc: DocId, _: Score) {
        self.collect_block(&[doc]);
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        if let Some(r) = &mut self.reports {
            for &doc in docs {
                let Some(key) = r.keys.first(doc) else {
                    continue;
                };
                note(&self.unit, doc, key, &mut r.unit);
                note(&self.section, doc, key, &mut r.section);
                note(&self.period, doc, key, &mut r.period);
                if let Some(year) = self.year.as_ref().and_then(|c| c.first(doc)) {
                    r.year.insert((year, key));
                }
            }
            return;
        }
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
        if let Some(r) = self.reports {
            let mut year: HashMap<u64, HashSet<u64>> = HashMap::new();
            for (y, key) in r.year {
                year.entry(y).or_default().insert(key);
            }
            return Counts {
                reports: Some(ReportSets {
                    unit: harvest_reports(&self.unit, r.unit),
                    year,
                    section: harvest_reports(&self.section, r.section),
                    period: harvest_reports(&self.period, r.period),
                }),
                ..Counts::default()
            };
        }
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
            reports: None,
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
    pub fn into_facets(mut self) -> Facets {
        if let Some(sets) = self.reports.take() {
            self.unit = sizes(sets.unit);
            self.year = sizes(sets.year);
            self.section = sizes(sets.section);
            self.period = sizes(sets.period);
        }
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
