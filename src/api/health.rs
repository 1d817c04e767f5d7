//! `GET /api/health`.

use super::AppState;
use super::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::State;
use tracuu_index::Health;

/// Whether the server answers, and what the index holds.
#[utoipa::path(
    get,
    path = "/api/health",
    responses(
        (status = 200, description = "Status and counts", body = Health),
        (status = 500, description = "The index cannot be read", body = ErrorBody),
    ),
    tag = "health"
)]
pub async fn health(State(state): State<AppState>) -> Result<Json<Health>, ApiError> {
    Ok(Json(state.blocking(|engine| engine.health()).await??))
}
