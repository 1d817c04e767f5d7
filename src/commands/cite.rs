//! `tracuu cite CITATION [--draft] [--json]`.

use crate::cli::CiteArgs;
use crate::commands::open_engine;
use tracuu_index::{Lookup, Status};

/// Runs `tracuu cite`.
pub fn run(args: &CiteArgs) -> anyhow::Result<()> {
    let engine = open_engine(&args.index.dir)?;
    let lookups = if args.draft {
        engine.resolve(&draft_text(&args.citation)?)?
    } else {
        vec![engine.lookup(&args.citation)?]
    };
    if args.json {
        let json = if args.draft {
            serde_json::to_string_pretty(&lookups)?
        } else {
            serde_json::to_string_pretty(&lookups[0])?
        };
        crate::say!("{json}");
        return Ok(());
    }
    if args.draft && lookups.is_empty() {
        crate::say!("no citation found in {}", args.citation);
    }
    for lookup in &lookups {
        print_lookup(lookup);
    }
    Ok(())
}

/// A draft's text, read by the extractors as `tracuu index` reads a file (`.txt`, `.docx`,
/// `.pdf` …), so that a broken file names its reason.
fn draft_text(path: &str) -> anyhow::Result<String> {
    let limits = tracuu_extract::Limits::default();
    match tracuu_extract::read_path(std::path::Path::new(path), &limits)
        .into_iter()
        .next()
    {
        Some(Ok(extracted)) => Ok(extracted.text),
        Some(Err(e)) => Err(anyhow::anyhow!("cannot read draft {path}: {}", e.reason)),
        None => Err(anyhow::anyhow!("cannot read draft {path}: no text in it")),
    }
}

fn print_lookup(lookup: &Lookup) {
    let status = match lookup.status {
        Status::Found => "found".to_string(),
        Status::FoundWithDifferences => "found, with differences".to_string(),
        Status::Ambiguous => "ambiguous".to_string(),
        Status::NotFound => "not found".to_string(),
        Status::Invalid if lookup.problems.is_empty() => {
            "invalid: not a document number".to_string()
        }
        Status::Invalid => format!("invalid: {}", lookup.problems.join("; ")),
    };
    let line = lookup
        .written
        .as_ref()
        .and_then(|w| w.line)
        .map(|l| format!("line {l}: "))
        .unwrap_or_default();
    crate::say!("{line}{}: {status}", lookup.query);
    for d in &lookup.documents {
        crate::say!(
            "  {} {} · {} · {}",
            d.cited.doc_type.as_deref().unwrap_or("Văn bản"),
            d.cited.key,
            d.cited.issuer.as_deref().unwrap_or("(cơ quan ban hành?)"),
            d.cited
                .date
                .as_deref()
                .map(crate::text::vn_date)
                .unwrap_or_else(|| "(ngày?)".into())
        );
        for diff in &d.differences {
            crate::say!(
                "    {}: ghi {} nhưng chỉ mục có {}",
                diff.field.label(),
                diff.written,
                diff.indexed
            );
        }
        if let Some(subject) = &d.cited.subject {
            crate::say!("    về {subject}");
        }
        if let Some(indexed) = &d.indexed {
            crate::say!(
                "    trong chỉ mục: {} (báo cáo {})",
                indexed.report.source,
                indexed.report.id
            );
            for a in &indexed.articles {
                crate::say!("      {} → mục {}", a.pinpoint, a.path);
            }
        }
        if d.cited_by.is_empty() && d.citing.sections > 0 {
            crate::say!(
                "    {} lượt trích dẫn trong {} báo cáo",
                d.citing.sections,
                d.citing.reports
            );
        }
        for c in &d.cited_by {
            // A section without a number (the preamble, an unnumbered letter) has no path.
            let path = match c.section.path.as_str() {
                "" => String::new(),
                path => format!(" {path}"),
            };
            crate::say!(
                "    - {} {} ({}){}: {}",
                c.report.unit.as_deref().unwrap_or("?"),
                c.report.year.map(|y| y.to_string()).unwrap_or_default(),
                c.report.source,
                path,
                c.snippet.render("«", "»")
            );
        }
    }
}
