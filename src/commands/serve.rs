//! `tracuu serve [--index DIR] [--addr 127.0.0.1:8080]`.

use crate::cli::ServeArgs;
use crate::commands::open_engine;

/// Runs `tracuu serve`.
pub fn run(args: &ServeArgs) -> anyhow::Result<()> {
    let engine = open_engine(&args.index.dir)?;
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(crate::api::serve(engine, args.addr, |addr| {
        crate::say!(
            "tracuu is serving {} at http://{addr}/",
            args.index.dir.display()
        );
    }))
}
