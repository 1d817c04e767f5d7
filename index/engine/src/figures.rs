//! Figures in the index: one `figure` document per (report, canonical indicator), its value
//! and where it comes from in fast columns, so compiling an indicator over a district, a
//! province or the whole index is one term lookup and a pass over columns, never a read of
//! stored reports.
//!
//! [`records`] turns a parsed report into [`FigureRecord`]s (the first figure with a value
//! for each canonical indicator); [`documents`] writes them; [`Engine::figures`] reads the
//! records of one indicator (and of the counts it is checked against) and hands them to
//! [`compile`](compile::compile).

pub mod compile;

pub use compile::{
    Cell, Compiled, FigureRecord, Flag, Inputs, PeriodColumn, Row, compile, compile_chosen,
};

use crate::engine::Engine;
use crate::error::IndexError;
use crate::schema::{Fields, KIND_FIGURE, name};
use crate::view::report_id;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader, TantivyDocument, Term};
use tracuu_report::{Indicator, IndicatorKind, Period, PeriodKind, Report, indicators};
use utoipa::ToSchema;

/// The key of a period: `2024-q3`, `2024-6t`, `2024-9t`, `2024-nam`.
pub fn period_key(period: &Period, year: Option<i32>) -> Option<String> {
    let year = period.year.or(year)?;
    let kind = match (period.kind, period.index) {
        (PeriodKind::Quarter, Some(q)) => format!("q{q}"),
        (PeriodKind::Quarter, None) => return None,
        (PeriodKind::SixMonths, _) => "6t".to_string(),
        (PeriodKind::NineMonths, _) => "9t".to_string(),
        (PeriodKind::Year, _) => "nam".to_string(),
    };
    Some(format!("{year}-{kind}"))
}

/// The canonical figures of a report, one per indicator: the first with a value, else the
/// first. A report without unit or period gives none (its figures cannot be placed).
pub fn records(key: u64, report: &Report) -> Vec<FigureRecord> {
    let meta = &report.metadata;
    let (Some(unit), Some(period)) = (
        meta.unit.as_ref(),
        meta.period.as_ref().and_then(|p| period_key(p, meta.year)),
    ) else {
        return Vec::new();
    };
    let parent = meta
        .parent
        .as_ref()
        .map(|p| p.display())
        .unwrap_or_default();
    records_at(key, &unit.display(), &parent, &period, report)
}

/// The canonical figures of a report placed by the caller: its unit, parent and period key.
pub fn records_at(
    key: u64,
    unit: &str,
    parent: &str,
    period: &str,
    report: &Report,
) -> Vec<FigureRecord> {
    let mut out: Vec<FigureRecord> = Vec::new();
    let mut seen: HashMap<&'static str, usize> = HashMap::new();
    for f in report.figures() {
        let Some(m) = &f.canonical else { continue };
        let value = f
            .value
            .number()
            .filter(|_| !matches!(f.value, tracuu_report::Value::Ratio { .. }));
        let rec = FigureRecord {
            report: report_id(key),
            code: m.code.to_string(),
            unit: unit.to_string(),
            parent: parent.to_string(),
            period: period.to_string(),
            value,
            section: f
                .section
                .and_then(|s| report.sections.get(s))
                .map(|s| s.path.clone())
                .unwrap_or_default(),
            row: f.path.clone(),
        };
        match seen.get(m.code) {
            Some(&i) if out[i].value.is_none() && rec.value.is_some() => out[i] = rec,
            Some(_) => {}
            None => {
                seen.insert(m.code, out.len());
                out.push(rec);
            }
        }
    }
    out
}

/// The `figure` documents of one report.
pub(crate) fn documents(f: &Fields, key: u64, report: &Report) -> Vec<TantivyDocument> {
    records(key, report)
        .into_iter()
        .map(|r| {
            let mut doc = TantivyDocument::new();
            doc.add_text(f.kind, KIND_FIGURE);
            doc.add_u64(f.report_key, key);
            doc.add_u64(f.year, 0);
            doc.add_text(f.period, "");
            doc.add_text(f.unit_name, "");
            doc.add_text(f.category, "");
            doc.add_text(f.indicator, &r.code);
            doc.add_f64(f.fvalue, r.value.unwrap_or(f64::NAN));
            doc.add_text(f.funit, &r.unit);
            doc.add_text(f.fparent, &r.parent);
            doc.add_text(f.fperiod, &r.period);
            doc.add_text(f.fpath, format!("{}|{}", r.section, r.row));
            doc
        })
        .collect()
}

/// What to compile.
#[derive(Debug, Clone, Default)]
pub struct FiguresRequest {
    /// An indicator's code, or words of its name (with or without diacritics).
    pub indicator: String,
    /// The parent unit whose units to compile (`huyện Bạch Thông`, `Bach Thong`); all units
    /// when `None`.
    pub unit: Option<String>,
    /// Only this year.
    pub year: Option<i32>,
    /// Only this period: `q3`, `6t`, `9t`, `nam`, or a whole key `2024-q3`.
    pub period: Option<String>,
    /// Only these reporting units (`xã An Phú`, with or without diacritics): their rows, and
    /// the parent's row compiled from them alone; every unit when empty.
    pub units: Vec<String>,
}

/// An indicator as offered to a user typing its name.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct IndicatorView {
    /// Its code.
    pub code: String,
    /// Its name.
    pub name: String,
    /// `count`, `percent` or `code`.
    pub kind: String,
    /// Its unit of measure.
    pub unit: String,
}

fn kind_name(k: IndicatorKind) -> &'static str {
    match k {
        IndicatorKind::Count => "count",
        IndicatorKind::Percent => "percent",
        IndicatorKind::Code => "code",
    }
}

/// The indicators whose name, an alias or code holds every word typed (folded: `ho so truc
/// tuyen` finds `Số hồ sơ TTHC đã tiếp nhận trực tuyến`; `TTHC` finds `thủ tục hành chính`).
pub fn find_indicators(q: &str) -> Vec<IndicatorView> {
    let typed = tracuu_report::indicator_words(q);
    indicators()
        .iter()
        .filter(|i| {
            let mut hay: HashSet<String> =
                tracuu_report::indicator_words(i.name).into_iter().collect();
            for a in &i.aliases {
                hay.extend(tracuu_report::indicator_words(a));
            }
            hay.extend(i.code.split('_').map(str::to_string));
            typed.is_empty()
                || i.code == q.trim()
                || (!typed.is_empty()
                    && typed.iter().enumerate().all(|(k, w)| {
                        // The last word may be still being typed: a prefix is enough.
                        let last = k + 1 == typed.len();
                        hay.iter()
                            .any(|h| h == w || (last && h.starts_with(w.as_str())))
                    }))
        })
        .map(|i| IndicatorView {
            code: i.code.to_string(),
            name: i.name.to_string(),
            kind: kind_name(i.kind).to_string(),
            unit: i.unit.to_string(),
        })
        .collect()
}

/// Why figures could not be compiled.
#[derive(Debug, thiserror::Error)]
pub enum FiguresError {
    /// No canonical indicator has this code or these words.
    #[error("no indicator matches {0:?}")]
    UnknownIndicator(String),
    /// The index could not be read.
    #[error(transparent)]
    Index(#[from] IndexError),
}

fn resolve(q: &str) -> Option<&'static Indicator> {
    tracuu_report::indicator(q.trim()).or_else(|| {
        let found = find_indicators(q);
        found
            .first()
            .and_then(|v| tracuu_report::indicator(&v.code))
    })
}

impl Engine {
    /// Compiles one indicator over the units of a parent (or all units): units × periods,
    /// the parent's row and the flags.
    pub fn figures(&self, req: &FiguresRequest) -> Result<Compiled, FiguresError> {
        let ind = resolve(&req.indicator)
            .ok_or_else(|| FiguresError::UnknownIndicator(req.indicator.clone()))?;
        let read = |code: &str| self.first_records(code, req);
        let inputs = match ind.kind {
            IndicatorKind::Percent => Inputs {
                own: read(ind.code)?,
                numerator: ind.numerator.map(read).transpose()?.unwrap_or_default(),
                denominator: ind.denominator.map(read).transpose()?.unwrap_or_default(),
            },
            IndicatorKind::Count => {
                // A count that is the part of a percent is checked against its whole.
                let whole = indicators()
                    .iter()
                    .find(|p| p.numerator == Some(ind.code))
                    .and_then(|p| p.denominator);
                Inputs {
                    own: read(ind.code)?,
                    numerator: Vec::new(),
                    denominator: whole.map(read).transpose()?.unwrap_or_default(),
                }
            }
            IndicatorKind::Code => Inputs {
                own: read(ind.code)?,
                ..Inputs::default()
            },
        };
        let parent = req.unit.as_deref().map(|u| {
            inputs
                .own
                .iter()
                .map(|r| r.parent.as_str())
                .find(|p| !p.is_empty())
                .unwrap_or(u)
                .to_string()
        });
        Ok(compile_chosen(ind, parent.as_deref(), &inputs, &req.units))
    }

    /// Every stored record of one indicator that the request's unit, year and period keep.
    pub fn figure_records(
        &self,
        code: &str,
        req: &FiguresRequest,
    ) -> Result<Vec<FigureRecord>, IndexError> {
        let f = self.fields();
        let q = TermQuery::new(
            Term::from_field_text(f.indicator, code),
            IndexRecordOption::Basic,
        );
        let collector = RecordCollector {
            code: code.to_string(),
            parent: req.unit.as_deref().map(fold_name),
            year: req.year,
            period: req.period.clone(),
        };
        Ok(self.searcher().search(&q, &collector)?)
    }
}

impl Engine {
    /// The records of one indicator that the request keeps, only the first of each (unit,
    /// period) in the index's order: what [`compile`] reads of [`Engine::figure_records`]
    /// (it keeps the first of each cell too), without materialising the rest. Over 100,000
    /// reports most records repeat a cell; each of those costs a few column reads here.
    fn first_records(
        &self,
        code: &str,
        req: &FiguresRequest,
    ) -> Result<Vec<FigureRecord>, IndexError> {
        use tantivy::query::{EnableScoring, Query};
        let f = self.fields();
        let searcher = self.searcher();
        let q = TermQuery::new(
            Term::from_field_text(f.indicator, code),
            IndexRecordOption::Basic,
        );
        let weight = q.weight(EnableScoring::disabled_from_searcher(&searcher))?;
        let collector = RecordCollector {
            code: code.to_string(),
            parent: req.unit.as_deref().map(fold_name),
            year: req.year,
            period: req.period.clone(),
        };
        let (mut units, mut periods) = (Interner::default(), Interner::default());
        let mut seen: HashSet<(u32, u32)> = HashSet::new();
        let mut out = Vec::new();
        // Segment after segment, in order, so that "first" is the index's order whatever
        // the searcher's executor.
        for (ord, reader) in searcher.segment_readers().iter().enumerate() {
            let seg = collector.for_segment(ord as SegmentOrdinal, reader)?;
            let mut unit_ids: Vec<Option<u32>> = vec![None; seg.unit.terms.len()];
            let mut period_ids: Vec<Option<u32>> = vec![None; seg.period.terms.len()];
            let alive = reader.alive_bitset();
            weight.for_each_no_score(reader, &mut |docs| {
                for &doc in docs {
                    if alive.is_some_and(|a| !a.is_alive(doc)) || !seg.kept(doc) {
                        continue;
                    }
                    let (Some(u), Some(p)) = (seg.unit.ord(doc), seg.period.ord(doc)) else {
                        continue;
                    };
                    let u = *unit_ids[u as usize].get_or_insert_with(|| units.id(seg.unit.at(u)));
                    let p =
                        *period_ids[p as usize].get_or_insert_with(|| periods.id(seg.period.at(p)));
                    if seen.insert((u, p)) {
                        out.push(seg.record(doc));
                    }
                }
            })?;
        }
        Ok(out)
    }
}

/// A unit's name for comparing: folded, without its level word.
fn fold_name(s: &str) -> String {
    let f = tracuu_tokenizer::fold(s);
    let f = f.trim();
    for level in ["thanh pho ", "thi xa ", "huyen ", "quan ", "tinh "] {
        if let Some(rest) = f.strip_prefix(level) {
            return rest.to_string();
        }
    }
    f.to_string()
}

struct RecordCollector {
    code: String,
    parent: Option<String>,
    year: Option<i32>,
    period: Option<String>,
}

/// A string column of a segment with its dictionary decoded, in one pass: the figure
/// columns hold few distinct values (units, periods, row paths), and reading a term by its
/// ord one at a time costs a block seek each.
struct Strs {
    column: Option<StrColumn>,
    terms: Vec<String>,
}

impl Strs {
    fn new(reader: &SegmentReader, name: &str) -> tantivy::Result<Strs> {
        let column = reader.fast_fields().str(name)?;
        let mut terms = Vec::with_capacity(column.as_ref().map_or(0, |c| c.num_terms()));
        if let Some(c) = &column {
            let mut stream = c.dictionary().stream()?;
            while stream.advance() {
                terms.push(String::from_utf8_lossy(stream.key()).into_owned());
            }
        }
        Ok(Strs { column, terms })
    }

    fn ord(&self, doc: DocId) -> Option<u64> {
        self.column.as_ref()?.term_ords(doc).next()
    }

    /// The value of term `ord`.
    fn at(&self, ord: u64) -> &str {
        self.terms.get(ord as usize).map_or("", String::as_str)
    }

    fn get(&self, doc: DocId) -> String {
        self.ord(doc)
            .map(|o| self.at(o).to_string())
            .unwrap_or_default()
    }
}

struct RecordSegment {
    code: String,
    keys: Column<u64>,
    values: Column<f64>,
    unit: Strs,
    parent: Strs,
    period: Strs,
    path: Strs,
    /// Per parent ord: whether it is kept (`None`: every parent is).
    parents_kept: Option<Vec<bool>>,
    /// Per period ord: whether it is kept.
    periods_kept: Vec<bool>,
    out: Vec<FigureRecord>,
}

impl Collector for RecordCollector {
    type Fruit = Vec<FigureRecord>;
    type Child = RecordSegment;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<RecordSegment> {
        let fast = reader.fast_fields();
        let parent = Strs::new(reader, name::FPARENT)?;
        let period = Strs::new(reader, name::FPERIOD)?;
        let parents_kept = self
            .parent
            .as_ref()
            .map(|want| parent.terms.iter().map(|s| fold_name(s) == *want).collect());
        let periods_kept = period
            .terms
            .iter()
            .map(|s| {
                let year_ok = self.year.is_none_or(|y| s.starts_with(&format!("{y}-")));
                let period_ok = self
                    .period
                    .as_deref()
                    .is_none_or(|p| s == p || s.rsplit_once('-').is_some_and(|(_, k)| k == p));
                year_ok && period_ok
            })
            .collect();
        Ok(RecordSegment {
            code: self.code.clone(),
            keys: fast.u64(name::REPORT_KEY)?,
            values: fast.f64(name::FVALUE)?,
            unit: Strs::new(reader, name::FUNIT)?,
            parent,
            period,
            path: Strs::new(reader, name::FPATH)?,
            parents_kept,
            periods_kept,
            out: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<FigureRecord>>) -> tantivy::Result<Vec<FigureRecord>> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

impl RecordSegment {
    /// Whether the request's parent and period keep this document.
    fn kept(&self, doc: DocId) -> bool {
        if let Some(kept) = &self.parents_kept
            && !self
                .parent
                .ord(doc)
                .is_some_and(|o| kept.get(o as usize).copied().unwrap_or(false))
        {
            return false;
        }
        self.period
            .ord(doc)
            .is_some_and(|o| self.periods_kept.get(o as usize).copied().unwrap_or(false))
    }

    /// The record of a document.
    fn record(&self, doc: DocId) -> FigureRecord {
        let path = self.path.get(doc);
        let (section, row) = path.split_once('|').unwrap_or(("", path.as_str()));
        FigureRecord {
            report: report_id(self.keys.first(doc).unwrap_or(0)),
            code: self.code.clone(),
            unit: self.unit.get(doc),
            parent: self.parent.get(doc),
            period: self.period.get(doc),
            value: self.values.first(doc).filter(|v| !v.is_nan()),
            section: section.to_string(),
            row: row.to_string(),
        }
    }
}

/// One number per distinct string.
#[derive(Default)]
struct Interner(HashMap<String, u32>);

impl Interner {
    fn id(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.0.get(s) {
            return id;
        }
        let id = self.0.len() as u32;
        self.0.insert(s.to_string(), id);
        id
    }
}

impl SegmentCollector for RecordSegment {
    type Fruit = Vec<FigureRecord>;

    fn collect(&mut self, doc: DocId, _: Score) {
        if self.kept(doc) {
            let record = self.record(doc);
            self.out.push(record);
        }
    }

    fn harvest(self) -> Vec<FigureRecord> {
        self.out
    }
}
