//! `tracuu bench`: indexing throughput, query latency and HTTP throughput.

use crate::cli::BenchArgs;

/// Runs `tracuu bench`.
pub fn run(args: &BenchArgs) -> anyhow::Result<()> {
    crate::bench::run(args)
}
