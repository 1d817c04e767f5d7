//! `GET /api/reports/{id}`.

use super::AppState;
use super::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::{Path, State};
use tracuu_index::ReportView;

/// A report: metadata, sections, citations and its original text.
#[utoipa::path(
    get,
    path = "/api/reports/{id}",
    params(("id" = String, Path, description = "Report id (16 hex digits) from a hit")),
    responses(
        (status = 200, description = "The report", body = ReportView),
        (status = 404, description = "No such report", body = ErrorBody),
    ),
    tag = "reports"
)]
pub async fn report(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<ReportView>, ApiError> {
    let lookup_id = id.clone();
    state
        .blocking(move |engine| engine.report(&lookup_id))
        .await??
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no report with id `{id}`")))
}
