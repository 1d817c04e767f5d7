//! The web page, embedded in the binary (built by the web page work).

use crate::api::AppState;
use axum::Router;

/// The routes of the page.
pub fn routes() -> Router<AppState> {
    Router::new()
}
