//! Compiling one indicator: a table of units × periods, a row for the parent unit, and the
//! flags an official checks by eye. Pure: it works on [`FigureRecord`]s however they were
//! read (from the index, or straight from parsed reports).

use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use tracuu_report::{Indicator, IndicatorKind};
use utoipa::ToSchema;

/// One canonical figure of one report, as stored.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct FigureRecord {
    /// The report's id.
    pub report: String,
    /// The canonical indicator's code.
    pub code: String,
    /// The reporting unit (`xã Lục Bình`).
    pub unit: String,
    /// Its parent unit (`huyện Bạch Thông`), empty when the report does not say.
    pub parent: String,
    /// The period's key (`2024-q3`, `2024-6t`, `2024-9t`, `2024-nam`).
    pub period: String,
    /// The value: a count, a percent, a code; `None` when blank.
    pub value: Option<f64>,
    /// The path of the appendix section the table sits in (`PL.I`).
    pub section: String,
    /// The row's number path in its table (`III.3.1`).
    pub row: String,
}

/// A period column.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct PeriodColumn {
    /// `2024-q3`.
    pub key: String,
    /// `Quý III/2024`.
    pub label: String,
}

/// One cell of the table.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Cell {
    /// The period key.
    pub period: String,
    /// The value; `None` when blank or when there is no report.
    pub value: Option<f64>,
    /// The report it comes from (absent for the parent row and for a missing report).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report: Option<String>,
    /// The appendix section it comes from (`PL.I`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// The row's number path (`2.2.1`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<String>,
    /// Parent row: how many units' values went into it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units: Option<usize>,
    /// Parent row of a code indicator: how many units gave each code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub codes: Option<BTreeMap<String, usize>>,
    /// What looks wrong (see [`Flag`]).
    pub flags: Vec<Flag>,
}

/// A row of the table: one unit, or the parent.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Row {
    /// The unit's name.
    pub unit: String,
    /// One cell per period, in the order of [`Compiled::periods`].
    pub cells: Vec<Cell>,
}

/// What an official would flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// A part larger than its whole (`đã hoàn thành` above `đề ra`).
    PartExceedsWhole,
    /// A percentage that disagrees with its two counts by more than a point.
    PercentDisagrees,
    /// A change from the unit's previous period that cannot be: a count ten times larger or
    /// smaller, a percent outside 0–100 or moving more than 50 points.
    ImpossibleChange,
    /// The unit sent no report for the period.
    NoReport,
    /// The parent row cannot recompute this percent: the form gives no counts for it, or
    /// no unit gave both.
    NotRecomputable,
}

/// The compiled table of one indicator.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Compiled {
    /// The indicator's code.
    pub code: String,
    /// Its name on the national form.
    pub name: String,
    /// `count`, `percent` or `code`.
    pub kind: String,
    /// Its unit of measure.
    pub unit: String,
    /// The parent unit asked for, when one was.
    pub parent: Option<String>,
    /// The period columns, oldest first.
    pub periods: Vec<PeriodColumn>,
    /// Every unit with a figure of this indicator under the parent and in the periods asked,
    /// chosen or not, by name: what a choice of units picks from.
    pub units: Vec<String>,
    /// One row per unit, by name (only the units chosen, when some were).
    pub rows: Vec<Row>,
    /// The parent's row: counts summed, percents recomputed from their counts, codes counted;
    /// over the units chosen, when some were.
    pub total: Row,
}

/// The records one compilation needs: the indicator's, and for a percent or a count that
/// is part of one, the counts it is checked against.
#[derive(Debug, Default)]
pub struct Inputs {
    /// Records of the indicator itself.
    pub own: Vec<FigureRecord>,
    /// Records of the numerator count, when the indicator is a percent.
    pub numerator: Vec<FigureRecord>,
    /// Records of the denominator count (for a percent, or the whole a count is part of).
    pub denominator: Vec<FigureRecord>,
}

/// Sort key of a period key: year, then the order reports come in within it.
pub fn period_order(key: &str) -> (i32, u8) {
    let (year, kind) = key.split_once('-').unwrap_or((key, ""));
    let rank = match kind {
        "q1" => 0,
        "q2" => 1,
        "6t" => 2,
        "q3" => 3,
        "9t" => 4,
        "q4" => 5,
        "nam" => 6,
        _ => 7,
    };
    (year.parse().unwrap_or(0), rank)
}

/// `Quý III/2024` for `2024-q3`.
pub fn period_label(key: &str) -> String {
    let (year, kind) = key.split_once('-').unwrap_or((key, ""));
    match kind {
        "q1" => format!("Quý I/{year}"),
        "q2" => format!("Quý II/{year}"),
        "q3" => format!("Quý III/{year}"),
        "q4" => format!("Quý IV/{year}"),
        "6t" => format!("6 tháng đầu năm {year}"),
        "9t" => format!("9 tháng đầu năm {year}"),
        "nam" => format!("Năm {year}"),
        _ => key.to_string(),
    }
}

/// Units × periods of one compilation, each numbered, and the records of each cell: the
/// first record of a (unit, period) wins. One hash of a unit and one of a period per record,
/// then every cell is an index.
struct Grid<'a> {
    /// Unit names, sorted.
    units: Vec<&'a str>,
    /// Period keys, oldest first.
    periods: Vec<&'a str>,
    unit_ix: HashMap<&'a str, usize>,
    period_ix: HashMap<&'a str, usize>,
}

impl<'a> Grid<'a> {
    /// The units and periods of `own`.
    fn of(own: &'a [FigureRecord]) -> Grid<'a> {
        let mut units: Vec<&str> = own
            .iter()
            .map(|r| r.unit.as_str())
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        units.sort_unstable();
        let mut periods: Vec<&str> = own
            .iter()
            .map(|r| r.period.as_str())
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        periods.sort_unstable_by_key(|p| {
            let (y, k) = period_order(p);
            (y, k, *p)
        });
        let index = |v: &[&'a str]| v.iter().enumerate().map(|(i, s)| (*s, i)).collect();
        Grid {
            unit_ix: index(&units),
            period_ix: index(&periods),
            units,
            periods,
        }
    }

    /// The first record of each cell, row after row.
    fn place(&self, records: &'a [FigureRecord]) -> Cells<'a> {
        let width = self.periods.len();
        let mut cells = vec![None; self.units.len() * width];
        for r in records {
            if let (Some(u), Some(p)) = (
                self.unit_ix.get(r.unit.as_str()),
                self.period_ix.get(r.period.as_str()),
            ) {
                cells[u * width + p].get_or_insert(r);
            }
        }
        Cells { cells, width }
    }
}

/// The first record of each (unit, period), by their numbers in a [`Grid`].
struct Cells<'a> {
    cells: Vec<Option<&'a FigureRecord>>,
    width: usize,
}

impl<'a> Cells<'a> {
    fn get(&self, unit: usize, period: usize) -> Option<&'a FigureRecord> {
        self.cells[unit * self.width + period]
    }

    fn value(&self, unit: usize, period: usize) -> Option<f64> {
        self.get(unit, period).and_then(|r| r.value)
    }
}

/// Compiles `inputs` of `indicator` into a table; `parent` names the parent row.
pub fn compile(indicator: &Indicator, parent: Option<&str>, inputs: &Inputs) -> Compiled {
    compile_chosen(indicator, parent, inputs, &[])
}

/// Compiles `inputs` of `indicator` over the units `chosen` only (every unit when empty; names
/// compared folded, `xa an phu` is `xã An Phú`): their rows, and the parent's row from their
/// values alone. [`Compiled::units`] still lists every unit of `inputs`.
pub fn compile_chosen(
    indicator: &Indicator,
    parent: Option<&str>,
    inputs: &Inputs,
    chosen: &[String],
) -> Compiled {
    let mut all: Vec<String> = inputs
        .own
        .iter()
        .map(|r| r.unit.as_str())
        .collect::<HashSet<_>>()
        .into_iter()
        .map(str::to_string)
        .collect();
    all.sort_unstable();
    if chosen.is_empty() {
        let mut c = compile_all(indicator, parent, inputs);
        c.units = all;
        return c;
    }
    let wanted: HashSet<String> = chosen.iter().map(|u| fold_unit(u)).collect();
    let keep = |records: &[FigureRecord]| -> Vec<FigureRecord> {
        records
            .iter()
            .filter(|r| wanted.contains(&fold_unit(&r.unit)))
            .cloned()
            .collect()
    };
    let inputs = Inputs {
        own: keep(&inputs.own),
        numerator: keep(&inputs.numerator),
        denominator: keep(&inputs.denominator),
    };
    let mut c = compile_all(indicator, parent, &inputs);
    c.units = all;
    c.total.unit = parent.map_or_else(
        || "Tổng hợp các đơn vị đã chọn".to_string(),
        |p| format!("{p} (tổng hợp các đơn vị đã chọn)"),
    );
    c
}

fn fold_unit(name: &str) -> String {
    tracuu_tokenizer::fold(name.trim())
}

fn compile_all(indicator: &Indicator, parent: Option<&str>, inputs: &Inputs) -> Compiled {
    let grid = Grid::of(&inputs.own);
    let own = grid.place(&inputs.own);
    let num = grid.place(&inputs.numerator);
    let den = grid.place(&inputs.denominator);

    let mut rows = Vec::with_capacity(grid.units.len());
    for (u, unit) in grid.units.iter().enumerate() {
        let mut cells = Vec::with_capacity(grid.periods.len());
        let mut previous: Option<f64> = None;
        for (pi, p) in grid.periods.iter().enumerate() {
            let Some(rec) = own.get(u, pi) else {
                cells.push(Cell {
                    period: p.to_string(),
                    value: None,
                    report: None,
                    section: None,
                    row: None,
                    units: None,
                    codes: None,
                    flags: vec![Flag::NoReport],
                });
                continue;
            };
            let mut flags = Vec::new();
            let v = rec.value;
            let (n, d) = (num.value(u, pi), den.value(u, pi));
            match indicator.kind {
                IndicatorKind::Percent => {
                    if let (Some(n), Some(d)) = (n, d) {
                        if n > d {
                            flags.push(Flag::PartExceedsWhole);
                        } else if let Some(v) = v.filter(|_| d > 0.0)
                            && (v - n / d * 100.0).abs() > 1.0
                        {
                            flags.push(Flag::PercentDisagrees);
                        }
                    }
                    let outside = v.is_some_and(|v| !(0.0..=100.0).contains(&v));
                    let jump = matches!((v, previous), (Some(v), Some(p)) if (v - p).abs() > 50.0);
                    if outside || jump {
                        flags.push(Flag::ImpossibleChange);
                    }
                }
                IndicatorKind::Count => {
                    if matches!((v, d), (Some(v), Some(d)) if v > d) {
                        flags.push(Flag::PartExceedsWhole);
                    }
                    if matches!((v, previous), (Some(v), Some(p)) if p >= 10.0 && (v > p * 10.0 || v * 10.0 < p))
                    {
                        flags.push(Flag::ImpossibleChange);
                    }
                }
                IndicatorKind::Code => {}
            }
            if v.is_some() {
                previous = v;
            }
            cells.push(Cell {
                period: p.to_string(),
                value: v,
                report: Some(rec.report.clone()),
                section: Some(rec.section.clone()),
                row: Some(rec.row.clone()),
                units: None,
                codes: None,
                flags,
            });
        }
        rows.push(Row {
            unit: unit.to_string(),
            cells,
        });
    }

    let total_cells = (0..grid.periods.len())
        .map(|p| total_cell(indicator, &grid, p, &own, &num, &den))
        .collect();
    Compiled {
        code: indicator.code.to_string(),
        name: indicator.name.to_string(),
        kind: match indicator.kind {
            IndicatorKind::Count => "count",
            IndicatorKind::Percent => "percent",
            IndicatorKind::Code => "code",
        }
        .to_string(),
        unit: indicator.unit.to_string(),
        parent: parent.map(str::to_string),
        periods: grid
            .periods
            .iter()
            .map(|p| PeriodColumn {
                key: p.to_string(),
                label: period_label(p),
            })
            .collect(),
        units: Vec::new(),
        rows,
        total: Row {
            unit: parent.map_or_else(|| "Tổng hợp".to_string(), |p| format!("{p} (tổng hợp)")),
            cells: total_cells,
        },
    }
}

fn total_cell(
    indicator: &Indicator,
    grid: &Grid<'_>,
    p: usize,
    own: &Cells<'_>,
    num: &Cells<'_>,
    den: &Cells<'_>,
) -> Cell {
    let mut cell = Cell {
        period: grid.periods[p].to_string(),
        value: None,
        report: None,
        section: None,
        row: None,
        units: Some(0),
        codes: None,
        flags: Vec::new(),
    };
    let units = 0..grid.units.len();
    let values = || units.clone().filter_map(|u| own.value(u, p));
    match indicator.kind {
        IndicatorKind::Count => {
            cell.units = Some(values().count());
            cell.value = Some(values().sum());
        }
        IndicatorKind::Code => {
            let mut codes = BTreeMap::new();
            for v in values() {
                *codes.entry(format!("{v}")).or_insert(0) += 1;
            }
            cell.units = Some(values().count());
            cell.codes = Some(codes);
        }
        IndicatorKind::Percent => {
            // Never an average of percents: the sum of the parts over the sum of the wholes.
            let pairs: Vec<(f64, f64)> = units
                .clone()
                .filter_map(|u| Some((num.value(u, p)?, den.value(u, p)?)))
                .collect();
            let (n, d) = pairs
                .iter()
                .fold((0.0, 0.0), |(a, b), (n, d)| (a + n, b + d));
            cell.units = Some(pairs.len());
            if indicator.numerator.is_none() || pairs.is_empty() || d == 0.0 {
                cell.flags.push(Flag::NotRecomputable);
            } else {
                cell.value = Some((n / d * 10_000.0).round() / 100.0);
                if n > d {
                    cell.flags.push(Flag::PartExceedsWhole);
                }
            }
        }
    }
    cell
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(code: &str, unit: &str, period: &str, value: Option<f64>) -> FigureRecord {
        FigureRecord {
            report: format!("{unit}-{period}"),
            code: code.to_string(),
            unit: unit.to_string(),
            parent: "huyện Đông Sơn".to_string(),
            period: period.to_string(),
            value,
            section: "PL".to_string(),
            row: "1".to_string(),
        }
    }

    fn ind(code: &str) -> &'static Indicator {
        tracuu_report::indicator(code).unwrap()
    }

    #[test]
    fn counts_are_summed_and_missing_reports_flagged() {
        let inputs = Inputs {
            own: vec![
                rec("hs_tiep_nhan", "xã A", "2024-q1", Some(10.0)),
                rec("hs_tiep_nhan", "xã B", "2024-q1", Some(5.0)),
                rec("hs_tiep_nhan", "xã A", "2024-q2", Some(12.0)),
            ],
            ..Inputs::default()
        };
        let c = compile(ind("hs_tiep_nhan"), Some("huyện Đông Sơn"), &inputs);
        assert_eq!(c.periods.len(), 2);
        assert_eq!(c.total.cells[0].value, Some(15.0));
        assert_eq!(c.total.cells[1].value, Some(12.0));
        assert_eq!(c.rows[1].cells[1].flags, [Flag::NoReport]);
    }

    #[test]
    fn percents_are_recomputed_never_averaged() {
        let p = "2024-q3";
        let inputs = Inputs {
            own: vec![
                rec("hs_truc_tuyen_ty_le", "xã A", p, Some(50.0)),
                rec("hs_truc_tuyen_ty_le", "xã B", p, Some(100.0)),
            ],
            numerator: vec![
                rec("hs_truc_tuyen", "xã A", p, Some(50.0)),
                rec("hs_truc_tuyen", "xã B", p, Some(10.0)),
            ],
            denominator: vec![
                rec("hs_tiep_nhan", "xã A", p, Some(100.0)),
                rec("hs_tiep_nhan", "xã B", p, Some(10.0)),
            ],
        };
        let c = compile(ind("hs_truc_tuyen_ty_le"), None, &inputs);
        // 60 / 110, not (50 + 100) / 2.
        assert_eq!(c.total.cells[0].value, Some(54.55));
        assert!(c.rows.iter().all(|r| r.cells[0].flags.is_empty()));
    }

    #[test]
    fn what_an_official_checks_is_flagged() {
        let inputs = Inputs {
            own: vec![
                rec("ke_hoach_ty_le", "xã A", "2024-q1", Some(90.0)),
                rec("ke_hoach_ty_le", "xã B", "2024-q1", Some(40.0)),
                rec("ke_hoach_ty_le", "xã B", "2024-q2", Some(95.0)),
            ],
            numerator: vec![
                rec("nhiem_vu_hoan_thanh", "xã A", "2024-q1", Some(35.0)),
                rec("nhiem_vu_hoan_thanh", "xã B", "2024-q1", Some(8.0)),
            ],
            denominator: vec![
                rec("nhiem_vu_de_ra", "xã A", "2024-q1", Some(30.0)),
                rec("nhiem_vu_de_ra", "xã B", "2024-q1", Some(10.0)),
            ],
        };
        let c = compile(ind("ke_hoach_ty_le"), None, &inputs);
        assert_eq!(c.rows[0].cells[0].flags, [Flag::PartExceedsWhole]);
        assert_eq!(c.rows[1].cells[0].flags, [Flag::PercentDisagrees]);
        assert_eq!(c.rows[1].cells[1].flags, [Flag::ImpossibleChange]);
        assert_eq!(c.rows[0].cells[1].flags, [Flag::NoReport]);
    }

    #[test]
    fn codes_are_counted() {
        let inputs = Inputs {
            own: vec![
                rec("quy_che_chi_tieu", "xã A", "2024-nam", Some(1.0)),
                rec("quy_che_chi_tieu", "xã B", "2024-nam", Some(0.0)),
                rec("quy_che_chi_tieu", "xã C", "2024-nam", Some(1.0)),
            ],
            ..Inputs::default()
        };
        let c = compile(ind("quy_che_chi_tieu"), None, &inputs);
        let codes = c.total.cells[0].codes.clone().unwrap();
        assert_eq!(codes.get("1"), Some(&2));
        assert_eq!(codes.get("0"), Some(&1));
    }
}
