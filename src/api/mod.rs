//! The HTTP API: JSON over axum, every route read-only.
//!
//! [`app`] builds the router from an [`AppState`], so tests drive it with
//! `tower::ServiceExt::oneshot` and no socket; [`serve`] binds it to an address, on hyper's
//! HTTP/1 connection with timeouts and a connection limit (see [`server`]). Every response
//! carries the security headers, and [`access`] checks the `Host` header and the token.

pub mod access;
pub mod citations;
mod csv;
pub mod display;
pub mod error;
mod export;
mod extract;
pub mod figures;
mod figures_xlsx;
pub mod health;
pub mod original;
pub mod query;
pub mod reports;
pub mod search;
pub mod server;
pub mod xlsx;

use access::Access;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use citations::DraftBodies;
use error::{ApiError, ErrorCode};
use std::sync::Arc;
use tokio::sync::Semaphore;
use tracuu_index::Engine;
use tracuu_index::MAX_DRAFT_BYTES;
use utoipa::OpenApi;

pub use server::{ServerConfig, serve};

/// What every handler shares: the open index, who may ask, and the permits for index work.
#[derive(Clone)]
pub struct AppState {
    engine: Arc<Engine>,
    access: Arc<Access>,
    work: Arc<Semaphore>,
}

impl AppState {
    /// State over an open index, open to any host and without a token (tests, loopback).
    pub fn new(engine: Engine) -> AppState {
        AppState::with_access(engine, Access::default())
    }

    /// State over an open index with an access policy.
    pub fn with_access(engine: Engine, access: Access) -> AppState {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        AppState {
            engine: Arc::new(engine),
            access: Arc::new(access),
            work: Arc::new(Semaphore::new(cores * 2)),
        }
    }

    /// Runs index work on the blocking pool, off the async executor. At most two jobs per
    /// core run at once; the others wait their turn here (bounded by the connection limit
    /// and the request timeout) rather than pile up on the blocking pool.
    pub async fn blocking<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        F: FnOnce(&Engine) -> T + Send + 'static,
        T: Send + 'static,
    {
        let _permit = self
            .work
            .acquire()
            .await
            .map_err(|_| ApiError::new(ErrorCode::Busy, "the server is shutting down"))?;
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
        citations::draft_text_route,
        citations::document,
        citations::document_csv,
        reports::report,
        reports::cited_by,
        figures::figures,
        figures::indicators,
        figures::figures_xlsx,
        original::original,
        health::health,
    ),
    modifiers(&DraftBodies)
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
        ErrorCode::MethodNotAllowed,
        "this route does not take that method",
    )
}

/// The headers every response carries: no MIME sniffing, no framing (also in the policy's
/// `frame-ancestors`), no referrer, and the page's Content-Security-Policy.
async fn security_headers(mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(crate::web::CONTENT_SECURITY_POLICY),
    );
    response
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
        .route(
            "/api/citations/resolve",
            post(citations::resolve).layer(DefaultBodyLimit::max(citations::MAX_DRAFT_FILE_BYTES)),
        )
        .route(
            "/api/drafts/text",
            post(citations::draft_text_route)
                .layer(DefaultBodyLimit::max(citations::MAX_DRAFT_FILE_BYTES)),
        )
        .route("/api/documents/{id}", get(citations::document))
        .route(
            "/api/documents/{id}/citing.csv",
            get(citations::document_csv),
        )
        .route("/api/reports/{id}", get(reports::report))
        .route("/api/reports/{id}/cited-by", get(reports::cited_by))
        .route("/api/figures", get(figures::figures))
        .route("/api/figures/indicators", get(figures::indicators))
        .route("/api/figures.xlsx", get(figures::figures_xlsx))
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
        .layer(axum::middleware::from_fn(query::strict))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            access::check,
        ))
        .layer(axum::middleware::map_response(security_headers))
        .with_state(state)
}
