//! `tracuu parse FILE [--json]`.

use crate::cli::ParseArgs;
use anyhow::Context;

/// Runs `tracuu parse`.
pub fn run(args: &ParseArgs) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let report = tracuu_index::parse(&text);
    crate::say!("{}", serde_json::to_string_pretty(&report)?);
    Ok(())
}
