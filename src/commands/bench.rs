//! `tracuu bench`: indexing throughput, query latency and HTTP throughput (built later).

use crate::cli::BenchArgs;

/// Runs `tracuu bench`.
pub fn run(args: &BenchArgs) -> anyhow::Result<()> {
    anyhow::bail!("bench is not built yet ({} reports)", args.reports)
}
