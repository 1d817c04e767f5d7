//! `tracuu gen --reports N --out DIR [--seed S]`.

use crate::cli::GenArgs;
use anyhow::Context;

/// Runs `tracuu gen`: writes the documents and prints one summary line.
pub fn run(args: &GenArgs) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let paths =
        crate::synth::write_corpus(&args.out, args.reports, args.seed).with_context(|| {
            format!(
                "cannot write {} synthetic documents into {}",
                args.reports,
                args.out.display()
            )
        })?;
    let bytes: u64 = paths
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    tracing::debug!(
        reports = paths.len(),
        bytes,
        elapsed_ms = started.elapsed().as_millis() as u64,
        "generated"
    );
    println!(
        "wrote {} synthetic documents ({} KB, seed {}) to {}",
        paths.len(),
        bytes / 1024,
        args.seed,
        args.out.display()
    );
    Ok(())
}
