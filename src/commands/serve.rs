//! `tracuu serve [--index DIR] [--addr 127.0.0.1:8080] [--token-file FILE]`.

use crate::api::server::ServerLimits;
use crate::api::{ServerConfig, serve};
use crate::cli::ServeArgs;
use crate::commands::open_engine;
use anyhow::Context;
use std::time::Duration;

/// Runs `tracuu serve`.
pub fn run(args: &ServeArgs) -> anyhow::Result<()> {
    let token = match (&args.token, &args.token_file) {
        (Some(token), _) => Some(token.trim().to_string()),
        (None, Some(file)) => Some(
            std::fs::read_to_string(file)
                .with_context(|| format!("cannot read the token file {}", file.display()))?
                .trim()
                .to_string(),
        ),
        (None, None) => None,
    };
    let config = ServerConfig {
        addr: args.addr,
        allow_host: args.allow_host.clone(),
        token,
        limits: ServerLimits {
            header_timeout: Duration::from_millis(args.header_timeout_ms),
            request_timeout: Duration::from_millis(args.request_timeout_ms),
            max_connections: args.max_connections,
        },
    };
    let engine = open_engine(&args.index.dir)?;
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(serve(engine, config, |addr| {
        crate::say!(
            "tracuu is serving {} at http://{addr}/",
            args.index.dir.display()
        );
    }))
}
