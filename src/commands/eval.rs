//! `tracuu eval [--gold DIR] [--corpus DIR] [--split dev|test|all] [--misses] [--json]`:
//! scores the parser against the hand labels.

use crate::cli::{EvalArgs, SplitArg};
use crate::eval::{Count, Evaluation, Split, evaluate, evaluate_portal, held_out_files};
use std::fmt::Write as _;

/// Runs `tracuu eval`.
pub fn run(args: &EvalArgs) -> anyhow::Result<()> {
    let split = match args.split {
        SplitArg::Dev => Split::Dev,
        SplitArg::Test => Split::Test,
        SplitArg::All => Split::All,
    };
    let mut eval = evaluate(&args.gold, &args.corpus, split)?;
    if args.portal {
        let folder = args.corpus.join("documents/tnt305_official_docs");
        let held_out = held_out_files(&args.gold)?;
        eval.splits
            .insert("portal".into(), evaluate_portal(&folder, &held_out)?);
    }
    if args.json {
        crate::say!("{}", serde_json::to_string_pretty(&eval)?);
    } else {
        print!("{}", summary(&eval, args.misses));
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
    for name in ["dev", "test", "all", "portal"] {
        let Some(s) = eval.splits.get(name) else {
            continue;
        };
        let _ = writeln!(out, "{name}: {} files", s.files);
        if name == "portal" {
            let _ = writeln!(out, "  own number          {}", cell(s.number));
            let _ = writeln!(out, "  own date            {}", cell(s.date));
            let _ = writeln!(out, "  own signer          {}", cell(s.signer));
            continue;
        }
        let _ = writeln!(out, "  citation recall     {}", cell(s.recall));
        let _ = writeln!(out, "  citation precision  {}", cell(s.precision));
        let _ = writeln!(out, "  issuer accuracy     {}", cell(s.issuer));
        let _ = writeln!(out, "  own number          {}", cell(s.number));
        let _ = writeln!(out, "  own date            {}", cell(s.date));
        let _ = writeln!(out, "  own signer          {}", cell(s.signer));
    }
    out
}
