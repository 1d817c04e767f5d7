//! Synthetic Vietnamese administrative-reform reports (*báo cáo cải cách
//! hành chính*) for demos, tests and benchmarks.
//!
//! [`generate`] writes `n` reports from a seed, byte-identical for the same
//! seed; [`write_corpus`] writes them into a folder. Each report is written
//! by a real commune or district of the pre-2025 hierarchy (13 provinces,
//! about 45 districts, 150 communes), for one period of 2019 to mid-2025, in
//! the layout of real reports: header, number, place and date, title,
//! recipients, basis, numbered sections over the six reform areas,
//! assessment, tasks, requests, closing, distribution list, signature and
//! sometimes a statistics appendix.
//!
//! The documents a report cites come from a registry built per unit and
//! year, so a district's plan is cited with the same number, issuer and
//! date by all its communes, national decrees by everyone, and a commune's
//! `05/KH-UBND` exists in many communes and years: a number alone is
//! ambiguous, as in real life. Citations are written in every grammar and
//! messy form seen in real reports, and a fraction of reports carry the
//! text quirks of converted documents (NFD, PDF line breaks and `ƣ`, Word
//! markup, old tone placement, footnote markers).
//!
//! Each [`SyntheticReport`] carries what the generator meant: its unit,
//! period, number, date, quirks and every [`Citation`] in its text with
//! the canonical code, issuer and date, so tests can check a parser or a
//! citation extractor against it.
//!
//! The modules: `geo` (places), `registry` (who issues which document),
//! `cite` (writing a citation), `text` (sentence templates), `writer`
//! (slot filling, statistics), `compose`, `body`, `signature` and
//! `appendix` (layout), `quirks` (text damage), `rng` (splitmix64).
//!
//! ```
//! let reports = tracuu::synth::generate(3, 42);
//! assert_eq!(reports.len(), 3);
//! assert_eq!(reports[0].text, tracuu::synth::generate(1, 42)[0].text);
//! assert!(reports[0].file_name.starts_with("00000_"));
//! ```

mod appendix;
mod body;
mod cite;
mod compose;
mod date;
mod geo;
mod kinds;
mod page;
mod quirks;
mod registry;
mod rng;
mod signature;
mod text;
mod writer;

pub use date::Date;
pub use kinds::{DocKind, SyntheticDocument, generate_documents};

use std::path::{Path, PathBuf};

/// The period a report covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodKind {
    /// A quarter, `1..=4` (`Quý III năm 2024`, `quý III/2020`, `quý 3 năm 2023`).
    Quarter(u8),
    /// The first six months (`6 tháng đầu năm 2024`).
    SixMonths,
    /// The first nine months (`9 tháng đầu năm 2021`).
    NineMonths,
    /// The whole year (`năm 2023`).
    Year,
}

impl PeriodKind {
    /// All seven kinds, in calendar order of their reports.
    pub const ALL: [PeriodKind; 7] = [
        PeriodKind::Quarter(1),
        PeriodKind::Quarter(2),
        PeriodKind::SixMonths,
        PeriodKind::Quarter(3),
        PeriodKind::NineMonths,
        PeriodKind::Quarter(4),
        PeriodKind::Year,
    ];

    /// A small stable number for the kind (`0..7`).
    pub fn ordinal(self) -> u8 {
        match self {
            PeriodKind::Quarter(1) => 0,
            PeriodKind::Quarter(2) => 1,
            PeriodKind::SixMonths => 2,
            PeriodKind::Quarter(3) => 3,
            PeriodKind::NineMonths => 4,
            PeriodKind::Quarter(_) => 5,
            PeriodKind::Year => 6,
        }
    }

    /// The short code used in file names: `q1`…`q4`, `6t`, `9t`, `nam`.
    pub fn code(self) -> String {
        match self {
            PeriodKind::Quarter(q) => format!("q{q}"),
            PeriodKind::SixMonths => "6t".to_string(),
            PeriodKind::NineMonths => "9t".to_string(),
            PeriodKind::Year => "nam".to_string(),
        }
    }

    /// The plain label: `quý III năm 2024`, `6 tháng đầu năm 2024`, `năm 2024`.
    pub fn plain_label(self, year: u16) -> String {
        match self {
            PeriodKind::Quarter(q) => format!("quý {} năm {year}", roman(q)),
            PeriodKind::SixMonths => format!("6 tháng đầu năm {year}"),
            PeriodKind::NineMonths => format!("9 tháng đầu năm {year}"),
            PeriodKind::Year => format!("năm {year}"),
        }
    }
}

/// `I`, `II`, … for small numbers (section and quarter numbering).
pub(crate) fn roman(n: u8) -> &'static str {
    const R: [&str; 11] = [
        "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
    ];
    R.get(usize::from(n)).copied().unwrap_or("X")
}

/// The level of the writing unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnitLevel {
    /// `xã`, `phường`, `thị trấn`.
    Commune,
    /// `huyện`, `quận`, `thị xã`, `thành phố` (district level).
    District,
}

/// The unit that wrote a report.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Unit {
    /// Commune or district level.
    pub level: UnitLevel,
    /// `xã`, `phường`, `thị trấn`, `huyện`, `quận`, `thị xã`, `thành phố`.
    pub kind: String,
    /// The proper name: `Lục Bình`, `Phường 1`.
    pub name: String,
    /// The district-level unit: `huyện Bạch Thông` (the unit itself for a district).
    pub district: String,
    /// The province: `tỉnh Bắc Kạn`, `thành phố Hà Nội`.
    pub province: String,
}

impl Unit {
    /// `xã Lục Bình`, `thị xã Hương Trà`, `Phường 1`.
    pub fn full_name(&self) -> String {
        if self.name.starts_with("Phường ") {
            self.name.clone()
        } else {
            format!("{} {}", self.kind, self.name)
        }
    }
}

/// The shape of a citation's number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Grammar {
    /// `number/TYPE-ISSUER`: `05/KH-UBND`.
    Administrative,
    /// `number/ISSUER-DRAFTING UNIT`: `118/UBND-NV`.
    OfficialLetter,
    /// `number/YEAR/TYPE-ISSUER`: `61/2018/NĐ-CP`.
    Legal,
    /// `number-TYPE/ISSUER`: `160-KH/ĐU`.
    Party,
    /// A law cited by its name and date.
    LawByName,
    /// A law cited by its name and number: `Luật Hộ tịch số 60/2014/QH13`.
    LawByNumber,
    /// `number/YEAR/ISSUER`, a resolution of the National Assembly or its Standing
    /// Committee: `202/2025/QH15`, `76/2025/UBTVQH15`.
    Assembly,
}

/// How the citation was written, clean or in one of the messy forms of
/// real reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CitationForm {
    /// `Kế hoạch số 05/KH-UBND`.
    Standard,
    /// Spaces around the hyphen: `118/UBND - NV`, `160 - KH/ĐU`.
    SpacedHyphen,
    /// A space before the slash: `2179 /QĐ-UBND`.
    SpaceBeforeSlash,
    /// The code broken across a line: `03/KH-` newline `UBND`.
    LineBreak,
    /// `Kế hoạch số số 03/KH-UBND`.
    DoubledSo,
    /// Without `số`: `Nghị định 130/2005/NĐ-CP`.
    WithoutSo,
    /// The type abbreviated: `NĐ 107/2021/NĐ-CP`, `QĐ 45/2016/QĐ-TTg`.
    Abbreviated,
    /// A law by name: `Luật Tổ chức chính quyền địa phương ngày 19/6/2015`.
    ByName,
    /// The code alone in an appendix table cell (`05/KH-UBND`), its date in
    /// the next cell.
    Bare,
}

/// How the date of a citation was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateForm {
    /// `ngày 09/8/2024`.
    Slash,
    /// `ngày 10/06/2023`.
    SlashPadded,
    /// `ngày 15 tháng 7 năm 2024`.
    Words,
    /// Not written.
    Absent,
}

/// One document cited in a report's text, as the generator meant it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// The canonical code (`05/KH-UBND`, `61/2018/NĐ-CP`) or, for a law, its name.
    pub code: String,
    /// The grammar of the code.
    pub grammar: Grammar,
    /// How the code was written.
    pub form: CitationForm,
    /// How the date was written.
    pub date_form: DateForm,
    /// Whether a comma separates the code from the date (`…/QĐ-UBND, ngày …`).
    pub comma_before_date: bool,
    /// The canonical issuer: `UBND xã Lục Bình, huyện Bạch Thông, tỉnh Bắc Kạn`.
    pub issuer: String,
    /// The date of issue.
    pub issued: Date,
    /// Whether the reporting unit issued it itself.
    pub self_issued: bool,
    /// The article, clause and point named before the document (`khoản 2 Điều 3`), when
    /// one is.
    pub pinpoint: Option<String>,
}

/// How an appendix table is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TableLayout {
    /// One row per line, cells separated by tabs (converted from Word).
    Tabs,
    /// One row per line, cells between `|` (`| 1 | Chỉ tiêu | … |`).
    PipeRow,
    /// One cell per line, each followed by a `|` line (flattened HTML).
    CellPerLine,
}

/// The text quirks applied to a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Quirks {
    /// Decomposed Unicode (NFD).
    pub nfd: bool,
    /// PDF extraction: a hard line break about every 80 characters, blank
    /// lines between lines, `ư` printed as `ƣ`.
    pub pdf: bool,
    /// Word conversion: `**bold**` headings and `<i>…</i>` italics.
    pub word: bool,
    /// Old tone placement: `hoà`, `hoá`, `thuỷ`, `Uỷ ban`.
    pub old_tone: bool,
    /// Footnote markers glued to words (`hồ sơ¹`) and footnotes at the end.
    pub footnotes: bool,
    /// The layout of the appendix tables, if any.
    pub table: Option<TableLayout>,
}

/// One value of the statistics appendix, as the generator wrote it.
#[derive(Debug, Clone, PartialEq)]
pub struct AppendixFigure {
    /// The row number as printed (`2.2.1`).
    pub path: String,
    /// The indicator's text as printed.
    pub indicator: String,
    /// The unit of measure as printed (`Hồ sơ`, `%`, `Có/Không`).
    pub unit: String,
    /// The value meant: a count, a percent (`97.58`), a code (`Có` is 1); `None` when the
    /// cell was left blank or written `-`.
    pub value: Option<f64>,
    /// The cell as printed (`1.234`, `97,58`, `05`, `-`).
    pub printed: String,
}

/// One generated report with what the generator knows about it.
#[derive(Debug, Clone)]
pub struct SyntheticReport {
    /// `00042_xa-luc-binh_2024-q3.txt`: index, unit, year and period, ASCII.
    pub file_name: String,
    /// The full text of the report.
    pub text: String,
    /// The unit that wrote it.
    pub unit: Unit,
    /// The year of the period covered.
    pub year: u16,
    /// The period covered.
    pub period: PeriodKind,
    /// The report's own number (`36` in `Số: 36/BC-UBND`), `None` when unnumbered.
    pub number: Option<u32>,
    /// The date of the report (its day may be left blank in the text).
    pub date: Date,
    /// Every document cited in the text, in order of appearance.
    pub citations: Vec<Citation>,
    /// The quirks applied.
    pub quirks: Quirks,
    /// Every value row of the statistics appendix, in order; empty without an appendix.
    pub figures: Vec<AppendixFigure>,
}

/// Generates `n` reports from `seed`; the same seed gives byte-identical
/// reports, and report `i` does not depend on `n`.
pub fn generate(n: usize, seed: u64) -> Vec<SyntheticReport> {
    let plan = compose::Plan::new(seed);
    (0..n).map(|i| plan.report(i)).collect()
}

/// Report after report from one seed, each made when asked: a corpus too large to hold in
/// memory (`tracuu bench-figures` indexes 100,000) is read one report at a time.
pub struct Generator(compose::Plan);

impl Generator {
    /// The generator of `seed`; [`Generator::report`]`(i)` is report `i` of
    /// [`generate`]`(n, seed)`.
    pub fn new(seed: u64) -> Generator {
        Generator(compose::Plan::new(seed))
    }

    /// Report number `i`.
    pub fn report(&self, i: usize) -> SyntheticReport {
        self.0.report(i)
    }
}

/// Writes the `n` documents of [`generate_documents`] from `seed` into `dir` (created if
/// missing; other files in it are left alone) and returns the paths written: mostly
/// reports, and decisions, plans, letters, decrees, Youth Union documents and commune
/// merger resolutions among them.
pub fn write_corpus(dir: &Path, n: usize, seed: u64) -> std::io::Result<Vec<PathBuf>> {
    let named = |what: &str, path: &Path, e: std::io::Error| {
        std::io::Error::new(e.kind(), format!("cannot {what} {}: {e}", path.display()))
    };
    std::fs::create_dir_all(dir).map_err(|e| named("create folder", dir, e))?;
    let plan = compose::Plan::new(seed);
    let mut paths = Vec::with_capacity(n);
    for i in 0..n {
        let doc = kinds::document(&plan, seed, i);
        let path = dir.join(&doc.file_name);
        std::fs::write(&path, doc.text.as_bytes()).map_err(|e| named("write", &path, e))?;
        paths.push(path);
    }
    Ok(paths)
}

#[cfg(test)]
mod tests;
