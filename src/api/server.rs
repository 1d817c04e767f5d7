//! Serving the router over HTTP/1 with limits, so slow or idle clients cannot hold the server.
//!
//! - **Header and idle timeout**: a connection must send a request's whole header within
//!   [`ServerLimits::header_timeout`] of opening or of its previous response; hyper closes it
//!   otherwise (a byte a second does not keep it open).
//! - **Request timeout**: a request whose handler (reading the body included) has not
//!   answered within [`ServerLimits::request_timeout`] is answered 408 and its connection
//!   closed: a body announced and never sent does not hold a task.
//! - **Connection limit**: at most [`ServerLimits::max_connections`] are served at once;
//!   the next ones wait in the kernel's accept queue (back-pressure) instead of taking file
//!   descriptors until `accept` fails.

use super::access::{Access, AccessError};
use super::error::{ApiError, ErrorCode};
use super::{AppState, app};
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;
use tracuu_index::Engine;

/// How long a server waits and how much it takes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerLimits {
    /// Longest wait for a request's header, from the connection's start or its last response.
    pub header_timeout: Duration,
    /// Longest time to answer a request, reading its body included.
    pub request_timeout: Duration,
    /// Most connections served at once.
    pub max_connections: usize,
}

impl Default for ServerLimits {
    /// 10 s for a header, 30 s for a request, 256 connections.
    fn default() -> ServerLimits {
        ServerLimits {
            header_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            max_connections: 256,
        }
    }
}

/// Where and how to serve.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// The address to listen on.
    pub addr: SocketAddr,
    /// More `Host` names to answer for (`tracuu.ubnd.local`, `10.0.0.5:8080`).
    pub allow_host: Vec<String>,
    /// The access token, required when the address is beyond loopback.
    pub token: Option<String>,
    /// Timeouts and the connection limit.
    pub limits: ServerLimits,
}

impl ServerConfig {
    /// Serve on `addr` with the default limits, no token, no other host.
    pub fn new(addr: SocketAddr) -> ServerConfig {
        ServerConfig {
            addr,
            allow_host: Vec::new(),
            token: None,
            limits: ServerLimits::default(),
        }
    }
}

/// Answers 408 when the request has not been answered in time.
async fn request_timeout(limit: Duration, request: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => ApiError::new(
            ErrorCode::RequestTimeout,
            format!(
                "the request was not complete within {} ms",
                limit.as_millis()
            ),
        )
        .into_response(),
    }
}

/// Serves the router until SIGINT or SIGTERM; `ready` is told the bound address. Refuses to
/// start beyond loopback without a token.
pub async fn serve(
    engine: Engine,
    config: ServerConfig,
    ready: impl FnOnce(SocketAddr),
) -> anyhow::Result<()> {
    // Checked before binding, so a refusal leaves no socket behind.
    if let Err(err @ (AccessError::TokenRequired(_) | AccessError::TokenTooShort)) =
        Access::for_address(config.addr, &config.allow_host, config.token.clone())
    {
        anyhow::bail!("{err}");
    }
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", config.addr))?;
    let bound = listener.local_addr()?;
    let access = Access::for_address(bound, &config.allow_host, config.token.clone())?;
    let limits = config.limits;
    let router = app(AppState::with_access(engine, access)).layer(axum::middleware::from_fn(
        move |request: Request, next: Next| request_timeout(limits.request_timeout, request, next),
    ));
    let service = TowerToHyperService::new(router);
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .max_buf_size(64 * 1024);
    let connections = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    ready(bound);

    let stop = shutdown();
    tokio::pin!(stop);
    loop {
        let permit = tokio::select! {
            permit = Arc::clone(&connections).acquire_owned() => permit?,
            () = &mut stop => break,
        };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(err) => {
                    // Out of file descriptors, or a connection reset before accept: wait a
                    // little rather than spin, and go on.
                    tracing::warn!(error = %err, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        let _ = stream.set_nodelay(true);
        let connection = builder.serve_connection(TokioIo::new(stream), service.clone());
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(err) = connection.await {
                tracing::debug!(error = %err, "connection ended");
            }
            drop(permit);
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {},
        () = tokio::time::sleep(limits.request_timeout) => {
            tracing::warn!("connections still open at shutdown were dropped");
        },
    }
    tracing::info!("server stopped");
    Ok(())
}

async fn shutdown() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
