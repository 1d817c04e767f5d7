//! `tracuu eval --portal [DIR] [--misses]`: the parser scored on real documents.

use crate::cli::EvalArgs;
use crate::eval::portal;

/// Runs `tracuu eval`.
pub fn run(args: &EvalArgs) -> anyhow::Result<()> {
    let Some(dir) = &args.portal else {
        anyhow::bail!("say what to score: --portal [DIR]");
    };
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
    if args.misses {
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
