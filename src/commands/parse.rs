//! `tracuu parse FILE [--json]`: shows what the parser understood of one report.

use crate::cli::ParseArgs;
use serde::Serialize;
use std::fmt::Write as _;
use std::path::Path;
use tracuu_report::{Citation, CitedId, Period, PeriodKind, Report, Section, Signer};

/// Runs `tracuu parse`.
pub fn run(args: &ParseArgs) -> anyhow::Result<()> {
    let text = read_report(&args.file)?;
    let report = tracuu_report::try_parse(&text)
        .map_err(|bug| anyhow::anyhow!("{}: {bug}", args.file.display()))?;
    if args.json {
        crate::say!(
            "{}",
            serde_json::to_string_pretty(&ReportView::new(&report))?
        );
    } else {
        print!("{}", summary(&report));
    }
    Ok(())
}

/// Reads a report file as text. The one place the command reads input, so that a
/// multi-format reader can replace it.
pub fn read_report(path: &Path) -> anyhow::Result<String> {
    let input = crate::sources::Input {
        path: path.to_path_buf(),
        source: path.display().to_string(),
        folder: None,
        size: 0,
        limits: tracuu_extract::Limits::default(),
    };
    let mut texts = crate::sources::read(&input);
    match texts.len() {
        1 => texts
            .remove(0)
            .map(|t| t.text)
            .map_err(|s| anyhow::anyhow!("cannot read {}: {}", path.display(), s.reason)),
        0 => anyhow::bail!("{} holds no report", path.display()),
        n => anyhow::bail!(
            "{} holds {n} reports; extract it and parse one of them",
            path.display()
        ),
    }
}

/// The JSON shape of `tracuu parse --json`.
#[derive(Debug, Serialize)]
pub struct ReportView<'a> {
    /// Facts about the report.
    pub metadata: MetadataView<'a>,
    /// Sections in document order.
    pub sections: Vec<SectionView<'a>>,
    /// Every mention of another document, in text order.
    pub citations: Vec<CitationView<'a>>,
    /// How many distinct documents the mentions merge into.
    pub documents: usize,
    /// How many tables were recognised, and their rows.
    pub tables: Vec<TableView>,
}

/// Metadata with units as display strings.
#[derive(Debug, Serialize)]
pub struct MetadataView<'a> {
    /// `xã Lục Bình`.
    pub unit: Option<String>,
    /// `huyện Bạch Thông`.
    pub parent: Option<String>,
    /// `Trà Vinh`.
    pub province: Option<&'a str>,
    /// `36/BC-UBND`.
    pub number: Option<&'a str>,
    /// `2024-06-15` or `2024-08`.
    pub date: Option<&'a str>,
    /// The year of the date.
    pub year: Option<i32>,
    /// The period covered.
    pub period: Option<&'a Period>,
    /// The title.
    pub title: Option<&'a str>,
    /// The signer.
    pub signer: Option<&'a Signer>,
    /// The document's kind (`Quyết định`).
    pub kind: Option<&'a str>,
    /// The issuing body, with its parent, level and place.
    pub issuer: Option<&'a tracuu_report::Issuer>,
}

/// One section.
#[derive(Debug, Serialize)]
pub struct SectionView<'a> {
    /// `II.2`; `""` for the preamble and the closing.
    pub path: &'a str,
    /// The heading without its number.
    pub title: &'a str,
    /// Depth.
    pub level: u8,
    /// Canonical category (machine name).
    pub category: &'static str,
    /// Preamble, numbered, closing or appendix.
    pub kind: tracuu_report::SectionKind,
}

/// One citation, with its section's path.
#[derive(Debug, Serialize)]
pub struct CitationView<'a> {
    /// The document as the mention describes it.
    #[serde(flatten)]
    pub cited: &'a CitedId,
    /// Path of the section it sits in.
    pub section: Option<&'a str>,
    /// Index of the merged document.
    pub document: usize,
}

/// A table's shape.
#[derive(Debug, Serialize)]
pub struct TableView {
    /// Path of the section it sits in.
    pub section: Option<String>,
    /// Column headers.
    pub columns: Vec<String>,
    /// Number of rows.
    pub rows: usize,
}

impl<'a> ReportView<'a> {
    /// The view of a parsed report.
    pub fn new(r: &'a Report) -> Self {
        let m = &r.metadata;
        let path = |i: Option<usize>| i.and_then(|i| r.sections.get(i)).map(|s| s.path.as_str());
        ReportView {
            metadata: MetadataView {
                unit: m.unit.as_ref().map(|u| u.display()),
                parent: m.parent.as_ref().map(|u| u.display()),
                province: m.province.as_deref(),
                number: m.number.as_deref(),
                date: m.date.as_deref(),
                year: m.year,
                period: m.period.as_ref(),
                title: m.title.as_deref(),
                signer: m.signer.as_ref(),
                kind: m.kind.as_deref(),
                issuer: m.issuer.as_ref(),
            },
            sections: r.sections.iter().map(SectionView::new).collect(),
            citations: r
                .citations
                .iter()
                .map(|c| CitationView::new(c, path(c.section)))
                .collect(),
            documents: r.documents.len(),
            tables: r
                .tables
                .iter()
                .map(|t| TableView {
                    section: path(t.section).map(str::to_string),
                    columns: t.columns.clone(),
                    rows: t.rows.len(),
                })
                .collect(),
        }
    }
}

impl<'a> SectionView<'a> {
    fn new(s: &'a Section) -> Self {
        SectionView {
            path: &s.path,
            title: &s.title,
            level: s.level,
            category: s.category.as_str(),
            kind: s.kind,
        }
    }
}

impl<'a> CitationView<'a> {
    fn new(c: &'a Citation, section: Option<&'a str>) -> Self {
        CitationView {
            cited: &c.cited,
            section,
            document: c.document,
        }
    }
}

fn period_label(p: &Period) -> String {
    let year = p.year.map(|y| format!(" {y}")).unwrap_or_default();
    match p.kind {
        PeriodKind::Quarter => format!(
            "quý {}{year}",
            p.index.map(|i| i.to_string()).unwrap_or_default()
        ),
        PeriodKind::SixMonths => format!("6 tháng{year}"),
        PeriodKind::NineMonths => format!("9 tháng{year}"),
        PeriodKind::Year => format!("năm{year}"),
    }
}

/// The readable summary printed without `--json`.
pub fn summary(r: &Report) -> String {
    let m = &r.metadata;
    let or_dash = |s: Option<String>| s.unwrap_or_else(|| "—".into());
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Unit:      {}",
        or_dash(m.unit.as_ref().map(|u| u.display()))
    );
    let _ = writeln!(
        out,
        "Parent:    {}",
        or_dash(m.parent.as_ref().map(|u| u.display()))
    );
    let _ = writeln!(out, "Province:  {}", or_dash(m.province.clone()));
    let _ = writeln!(out, "Kind:      {}", or_dash(m.kind.clone()));
    let _ = writeln!(
        out,
        "Issuer:    {}",
        or_dash(m.issuer.as_ref().map(|i| match &i.parent {
            Some(parent) => format!("{} ({parent})", i.name),
            None => i.name.clone(),
        }))
    );
    let _ = writeln!(out, "Number:    {}", or_dash(m.number.clone()));
    let _ = writeln!(out, "Date:      {}", or_dash(m.date.clone()));
    let _ = writeln!(
        out,
        "Period:    {}",
        or_dash(m.period.as_ref().map(period_label))
    );
    let _ = writeln!(out, "Title:     {}", or_dash(m.title.clone()));
    let _ = writeln!(
        out,
        "Signer:    {}",
        or_dash(m.signer.as_ref().map(|s| match &s.role {
            Some(role) => format!("{} ({role})", s.name),
            None => s.name.clone(),
        }))
    );
    let _ = writeln!(out, "\nSections ({}):", r.sections.len());
    for s in &r.sections {
        let indent = "  ".repeat(usize::from(s.level));
        let label = match s.kind {
            tracuu_report::SectionKind::Preamble => "(preamble)".to_string(),
            tracuu_report::SectionKind::Closing => "(closing)".to_string(),
            _ => format!("{} {}", s.path, s.title),
        };
        let _ = writeln!(out, "  {indent}{label}  [{}]", s.category.as_str());
    }
    let _ = writeln!(
        out,
        "\nCitations ({} mentions of {} documents):",
        r.citations.len(),
        r.documents.len()
    );
    for c in &r.citations {
        let section = c
            .section
            .and_then(|i| r.sections.get(i))
            .map_or("", |s| s.path.as_str());
        let _ = writeln!(
            out,
            "  [{section}] {} {}{}{}{}",
            c.cited.doc_type.as_deref().unwrap_or("?"),
            c.cited.key,
            c.cited
                .date
                .as_deref()
                .map(|d| format!(", {d}"))
                .unwrap_or_default(),
            c.cited
                .issuer
                .as_deref()
                .map(|i| format!(", {i}"))
                .unwrap_or_default(),
            c.cited
                .subject
                .as_deref()
                .map(|s| format!(" — {s}"))
                .unwrap_or_default(),
        );
    }
    if !r.tables.is_empty() {
        let _ = writeln!(out, "\nTables ({}):", r.tables.len());
        for t in &r.tables {
            let _ = writeln!(out, "  {} rows × {}", t.rows.len(), t.columns.join(" | "));
        }
    }
    out
}
