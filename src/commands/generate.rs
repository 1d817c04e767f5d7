//! `tracuu gen --reports N --out DIR [--seed S]`.

use crate::cli::GenArgs;

/// Runs `tracuu gen`.
pub fn run(args: &GenArgs) -> anyhow::Result<()> {
    anyhow::bail!(
        "gen is not built yet (--reports {} --out {})",
        args.reports,
        args.out.display()
    )
}
