//! `tracuu figures INDICATOR [--unit U] [--year Y] [--period P] [--json]`: one indicator of
//! the appendix tables compiled over units and periods; `tracuu figures --find WORDS` lists
//! the indicators whose name holds the words.

use crate::cli::IndexDir;
use crate::commands::open_engine;
use clap::Args;
use tracuu_index::{Cell, Compiled, FiguresRequest, Flag, find_indicators};

/// Arguments of `tracuu figures`.
#[derive(Debug, Args)]
pub struct FiguresArgs {
    /// The index.
    #[command(flatten)]
    pub index: IndexDir,
    /// An indicator's code (`hs_truc_tuyen_ty_le`) or words of its name (`ty le ho so truc tuyen`).
    #[arg(required_unless_present = "find")]
    pub indicator: Option<String>,
    /// Only the units of this parent unit (`huyện Bạch Thông`); its row is then compiled.
    #[arg(long)]
    pub unit: Option<String>,
    /// Only this year.
    #[arg(long)]
    pub year: Option<i32>,
    /// Only this period: q1–q4, 6t, 9t, nam, or a key such as 2024-q3.
    #[arg(long)]
    pub period: Option<String>,
    /// Only these reporting units, separated by `|` (`xã An Phú|xã Bình Minh`); the parent's
    /// row is then compiled from them alone.
    #[arg(long)]
    pub units: Option<String>,
    /// List the indicators whose name holds these words instead.
    #[arg(long)]
    pub find: Option<String>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Runs `tracuu figures`.
pub fn run(args: &FiguresArgs) -> anyhow::Result<()> {
    if let Some(q) = &args.find {
        let found = find_indicators(q);
        if args.json {
            crate::say!("{}", serde_json::to_string_pretty(&found)?);
        } else {
            for i in found {
                crate::say!("{:<30} {:<8} {}", i.code, i.unit, i.name);
            }
        }
        return Ok(());
    }
    let engine = open_engine(&args.index.dir)?;
    let req = FiguresRequest {
        indicator: args.indicator.clone().unwrap_or_default(),
        unit: args.unit.clone(),
        year: args.year,
        period: args.period.clone(),
        units: args
            .units
            .as_deref()
            .unwrap_or("")
            .split('|')
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(str::to_string)
            .collect(),
    };
    let compiled = engine.figures(&req)?;
    if args.json {
        crate::say!("{}", serde_json::to_string_pretty(&compiled)?);
    } else {
        crate::say!("{}", table(&compiled));
    }
    Ok(())
}

fn flag_mark(f: Flag) -> &'static str {
    match f {
        Flag::PartExceedsWhole => "!>",
        Flag::PercentDisagrees => "!%",
        Flag::ImpossibleChange => "!Δ",
        Flag::NoReport => "thiếu",
        Flag::NotRecomputable => "?",
    }
}

fn show(c: &Cell) -> String {
    let v = match (&c.codes, c.value) {
        (Some(codes), _) => codes
            .iter()
            .map(|(k, n)| format!("{k}:{n}"))
            .collect::<Vec<_>>()
            .join(" "),
        (None, Some(v)) if v.fract() == 0.0 => format!("{v:.0}"),
        (None, Some(v)) => format!("{v:.2}"),
        (None, None) => "-".to_string(),
    };
    let flags: Vec<&str> = c.flags.iter().map(|f| flag_mark(*f)).collect();
    if flags.is_empty() {
        v
    } else {
        format!("{v} {}", flags.join(""))
    }
}

/// The compiled indicator as a plain-text table, flags beside the values.
pub fn table(c: &Compiled) -> String {
    let mut out = format!("{} ({}, {})\n", c.name, c.code, c.unit);
    let width = c
        .rows
        .iter()
        .map(|r| r.unit.chars().count())
        .chain([c.total.unit.chars().count(), 8])
        .max()
        .unwrap_or(8);
    let mut line = format!("{:<width$}", "Đơn vị");
    for p in &c.periods {
        line.push_str(&format!(" | {:>18}", p.label));
    }
    out.push_str(&line);
    out.push('\n');
    for row in c.rows.iter().chain([&c.total]) {
        let pad = width.saturating_sub(row.unit.chars().count());
        let mut line = format!("{}{}", row.unit, " ".repeat(pad));
        for cell in &row.cells {
            line.push_str(&format!(" | {:>18}", show(cell)));
        }
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str("!> phần lớn hơn tổng · !% tỷ lệ lệch số liệu · !Δ thay đổi bất thường · thiếu: không có báo cáo · ?: không tính lại được");
    out
}
