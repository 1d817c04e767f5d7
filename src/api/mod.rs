//! The HTTP API: JSON over axum, every route read-only.
//!
//! [`app`] builds the router from an [`AppState`], so tests drive it with
//! `tower::ServiceExt::oneshot` and no socket; [`serve`] binds it to an address.

pub mod citations;
mod csv;
pub mod display;
pub mod error;
mod export;
mod extract;
pub mod health;
pub mod original;
pub mod reports;
pub mod search;
pub mod xlsx;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use error::ApiError;
use std::net::SocketAddr;
use std::sync::Arc;
use tracuu_index::Engine;
use tracuu_index::lookup::MAX_DRAFT_BYTES;
use utoipa::OpenApi;

/// What every handler shares: the open index.
#[derive(Clone)]
pub struct AppState {
    engine: Arc<Engine>,
}

impl AppState {
    /// State over an open index.
    pub fn new(engine: Engine) -> AppState {
        AppState {
            engine: Arc::new(engine),
        }
    }

    /// Runs index work on the blocking pool, off the async executor.
    pub async fn blocking<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        F: FnOnce(&Engine) -> T + Send + 'static,
        T: Send + 'static,
    {
        let engine = Arc::clone(&self.engine);
        tokio::task::spawn_blocking(move || work(&engine))
            .await
            .map_err(ApiError::internal)
    }
}

/// The OpenAPI document of every route.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "tracuu",
        description = "Search Vietnamese administrative reports and the documents they cite."
    ),
    paths(
        search::search,
        search::search_csv,
        xlsx::search_xlsx,
        citations::lookup,
        citations::resolve,
        citations::document,
        citations::document_csv,
        reports::report,
        original::original,
        health::health,
    )
)]
pub struct ApiDoc;

async fn openapi() -> Response {
    axum::Json(ApiDoc::openapi()).into_response()
}

async fn not_found() -> ApiError {
    ApiError::not_found("no such route")
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "this route does not take that method",
    )
}

fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    ApiError::internal("a handler panicked").into_response()
}

/// The router.
pub fn app(state: AppState) -> Router {
    Router::new()
        .route("/api/search", get(search::search))
        .route("/api/search.csv", get(search::search_csv))
        .route("/api/search.xlsx", get(xlsx::search_xlsx))
        .route("/api/citations", get(citations::lookup))
        .route("/api/citations/resolve", post(citations::resolve))
        .route("/api/documents/{id}", get(citations::document))
        .route(
            "/api/documents/{id}/citing.csv",
            get(citations::document_csv),
        )
        .route("/api/reports/{id}", get(reports::report))
        .route("/api/reports/{id}/original", get(original::original))
        .route("/api/health", get(health::health))
        .route("/api/openapi.json", get(openapi))
        .merge(crate::web::routes())
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(axum::middleware::from_fn(display::repair))
        .layer(DefaultBodyLimit::max(MAX_DRAFT_BYTES))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            panic_response,
        ))
        .with_state(state)
}

/// Serves the router on `addr` until SIGINT or SIGTERM; `ready` is told the bound address.
pub async fn serve(
    engine: Engine,
    addr: SocketAddr,
    ready: impl FnOnce(SocketAddr),
) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {addr}: {e}"))?;
    let bound = listener.local_addr()?;
    ready(bound);
    axum::serve(listener, app(AppState::new(engine)))
        .with_graceful_shutdown(shutdown())
        .await?;
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
