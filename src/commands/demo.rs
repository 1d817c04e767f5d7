//! `tracuu demo [--addr …]`: generate, index and serve 300 synthetic documents, mostly
//! reports and some of every other kind the generator writes.

use crate::cli::DemoArgs;
use anyhow::Context;
use std::io::IsTerminal;

/// Runs `tracuu demo`.
pub fn run(args: &DemoArgs) -> anyhow::Result<()> {
    let work = tempfile::Builder::new()
        .prefix("tracuu-demo-")
        .tempdir()
        .context("cannot create a temporary folder")?;
    let reports = work.path().join("reports");
    let index = work.path().join("index");
    crate::synth::write_corpus(&reports, args.reports, 1)
        .with_context(|| format!("cannot write documents into {}", reports.display()))?;
    crate::say!(
        "generated {} documents in {}",
        args.reports,
        reports.display()
    );
    let summary = crate::commands::index::index_paths(
        &index,
        std::slice::from_ref(&reports),
        std::io::stderr().is_terminal(),
    )?;
    crate::say!(
        "indexed {} reports, {} sections, {} cited documents",
        summary.reports.added + summary.reports.replaced + summary.reports.unchanged,
        summary.sections.added + summary.sections.replaced + summary.sections.unchanged,
        summary.citations.added + summary.citations.replaced + summary.citations.unchanged
    );
    let engine = tracuu_index::Engine::open(&index)?;
    let runtime = tokio::runtime::Runtime::new()?;
    let config = crate::api::ServerConfig::new(args.addr);
    runtime.block_on(crate::api::serve(engine, config, |addr| {
        crate::say!("open http://{addr}/ (Ctrl-C to stop; the demo folder is removed on exit)");
    }))
}
