//! `GET /api/reports/{id}` and `GET /api/reports/{id}/cited-by`.

use super::AppState;
use super::error::{ApiError, ErrorBody};
use super::extract::ApiQuery;
use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;
use tracuu_index::ReportView;
use tracuu_index::check_query_length;
use utoipa::IntoParams;

/// Query parameters of a report.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ReportParams {
    /// A search query whose words to mark in the text (`marks`), as the search marks them:
    /// with diacritics typed they must match (tone placement free), without they match any.
    /// At most 500 characters.
    pub q: Option<String>,
}

/// A report: metadata, sections, citations and its original text.
#[utoipa::path(
    get,
    path = "/api/reports/{id}",
    params(
        ("id" = String, Path, description = "Report id (16 hex digits) from a hit"),
        ReportParams
    ),
    responses(
        (status = 200, description = "The report", body = ReportView),
        (status = 400, description = "An unknown parameter, or q too long", body = ErrorBody),
        (status = 404, description = "No such report", body = ErrorBody),
    ),
    tag = "reports"
)]
pub async fn report(
    State(state): State<AppState>,
    Path(id): Path<String>,
    ApiQuery(params): ApiQuery<ReportParams>,
) -> Result<Json<ReportView>, ApiError> {
    if let Some(q) = &params.q {
        check_query_length(q)?;
    }
    let lookup_id = id.clone();
    state
        .blocking(move |engine| engine.report(&lookup_id, params.q.as_deref()))
        .await??
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no report with id `{id}`")))
}

/// What cites a report: the documents of the index that cite this report itself.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct CitingReport {
    /// The cited documents that are this report (its own number, with an issuer and date that
    /// agree), each with `citing` (how many sections and reports cite it, and their units) and
    /// its `id` for `GET /api/documents/{id}`, which lists the citing sections. Usually one;
    /// empty when nothing in the index cites the report.
    pub documents: Vec<tracuu_index::CitedDocumentView>,
}

/// What cites a report: the reverse of the citations in its text.
#[utoipa::path(
    get,
    path = "/api/reports/{id}/cited-by",
    params(("id" = String, Path, description = "Report id (16 hex digits) from a hit")),
    responses(
        (status = 200, description = "The documents citing it", body = CitingReport),
        (status = 404, description = "No such report", body = ErrorBody),
    ),
    tag = "reports"
)]
pub async fn cited_by(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<CitingReport>, ApiError> {
    let lookup_id = id.clone();
    state
        .blocking(move |engine| engine.citing_report(&lookup_id))
        .await??
        .map(|documents| Json(CitingReport { documents }))
        .ok_or_else(|| ApiError::not_found(format!("no report with id `{id}`")))
}
