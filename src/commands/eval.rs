//! `tracuu eval [--gold DIR] [--corpus DIR] [--split dev|test|all] [--misses] [--json]`:
//! scores the parser against the hand labels (citations, then relations, pinpoints and short
//! forms); `tracuu eval --portal [DIR] [--misses]` against
//! the metadata blocks of a legal portal.

use crate::cli::{EvalArgs, SplitArg};
use crate::eval::{Count, Evaluation, Split, evaluate, portal, relations};
use std::fmt::Write as _;

/// Runs `tracuu eval`.
pub fn run(args: &EvalArgs) -> anyhow::Result<()> {
    if let Some(dir) = &args.portal {
        return run_portal(dir, args.misses);
    }
    let split = match args.split {
        SplitArg::Dev => Split::Dev,
        SplitArg::Test => Split::Test,
        SplitArg::All => Split::All,
    };
    let eval = evaluate(&args.gold, &args.corpus, split)?;
    if args.json {
        crate::say!("{}", serde_json::to_string_pretty(&eval)?);
        return Ok(());
    }
    print!("{}", summary(&eval, args.misses));
    // Relations, pinpoints and short forms, by the same labels.
    let mut links = relations::measure(&args.gold, &args.corpus.join("documents"))?;
    links.retain(|name, _| split.holds(name));
    print!("\n{}", relations::render(&links));
    if args.misses {
        for line in links.values().flat_map(|f| &f.errors) {
            println!("{line}");
        }
    }
    Ok(())
}

fn cell(c: Count) -> String {
    format!("{:.3} ({}/{})", c.rate(), c.right, c.total)
}

/// The readable table of `tracuu eval`, with the misses per file when asked.
pub fn summary(eval: &Evaluation, misses: bool) -> String {
    let mut out = String::new();
    if misses {
        for f in &eval.files {
            if f.missed.is_empty()
                && f.extra.is_empty()
                && f.wrong_issuers.is_empty()
                && f.wrong_fields.is_empty()
            {
                continue;
            }
            let _ = writeln!(out, "{} [{}]", f.file, f.split);
            for k in &f.missed {
                let _ = writeln!(out, "  missed  {k}");
            }
            for k in &f.extra {
                let _ = writeln!(out, "  extra   {k}");
            }
            for k in &f.wrong_issuers {
                let _ = writeln!(out, "  issuer  {k}");
            }
            for k in &f.wrong_fields {
                let _ = writeln!(out, "  own     {k}");
            }
        }
        out.push('\n');
    }
    for name in ["dev", "test", "all"] {
        let Some(s) = eval.splits.get(name) else {
            continue;
        };
        let _ = writeln!(out, "{name}: {} files", s.files);
        let _ = writeln!(out, "  citation recall     {}", cell(s.recall));
        let _ = writeln!(out, "  citation precision  {}", cell(s.precision));
        let _ = writeln!(out, "  issuer accuracy     {}", cell(s.issuer));
        let _ = writeln!(out, "  own number          {}", cell(s.number));
        let _ = writeln!(out, "  own date            {}", cell(s.date));
        let _ = writeln!(out, "  own signer          {}", cell(s.signer));
    }
    out
}

/// `tracuu eval --portal`: the document's own fields against the portal's metadata blocks.
fn run_portal(dir: &std::path::Path, misses: bool) -> anyhow::Result<()> {
    let score = portal::score_dir(dir)?;
    crate::say!(
        "{} documents with a portal block in {}",
        score.documents,
        dir.display()
    );
    for &(field, total, right) in &score.fields {
        crate::say!(
            "{field:<7} {right:>4}/{total:<4} {:>6.1} %",
            100.0 * score.accuracy(field)
        );
    }
    if misses {
        for m in &score.misses {
            crate::say!(
                "{}\t{}\twant {}\tgot {}",
                m.file,
                m.field,
                m.want,
                m.got.as_deref().unwrap_or("—")
            );
        }
    }
    Ok(())
}
