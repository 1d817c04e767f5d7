//! `GET /api/citations`, `POST /api/citations/resolve`, `GET /api/documents/{id}` and its CSV.

use super::AppState;
use super::csv::{Csv, plain};
use super::error::{ApiError, ErrorBody, ErrorCode};
use super::extract::ApiQuery;
use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use tracuu_index::{CitedDocumentView, Lookup};
use tracuu_index::{MAX_CITATION_CHARS, MAX_DRAFT_BYTES, PageRequest};
use utoipa::IntoParams;

/// Query parameters of a citation lookup.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct CitationParams {
    /// A citation in any spelling, whole or partial: `05/KH-UBND`, `61/2018/ND-CP`,
    /// `kế hoạch 05`, `Nghị định 61/2018`, `NĐ 61`. 1–200 characters.
    pub q: Option<String>,
    /// Page the documents sharing the number: at most this many (1–200). Without it every
    /// document comes back and nothing is filtered.
    pub limit: Option<usize>,
    /// First document of the page (with `limit`).
    pub offset: Option<usize>,
    /// Keep the documents cited by this unit (with `limit`).
    pub unit: Option<String>,
    /// Keep the documents of this year (with `limit`).
    pub year: Option<i32>,
    /// Keep the documents whose issuer contains this (with `limit`).
    pub issuer: Option<String>,
}

/// Looks up the cited documents a citation names.
#[utoipa::path(
    get,
    path = "/api/citations",
    params(CitationParams),
    responses(
        (status = 200, description = "found, ambiguous, not_found or invalid, with the documents", body = Lookup),
        (status = 400, description = "q is missing, empty or too long", body = ErrorBody),
    ),
    tag = "citations"
)]
pub async fn lookup(
    State(state): State<AppState>,
    ApiQuery(params): ApiQuery<CitationParams>,
) -> Result<Json<Lookup>, ApiError> {
    let q = params
        .q
        .ok_or_else(|| ApiError::invalid("q", "the citation is missing"))?;
    let chars = q.chars().count();
    if q.trim().is_empty() {
        return Err(ApiError::invalid("q", "the citation is empty"));
    }
    if chars > MAX_CITATION_CHARS {
        return Err(ApiError::invalid(
            "q",
            format!(
                "the citation has {chars} characters; at most {MAX_CITATION_CHARS} are allowed"
            ),
        ));
    }
    let page = match params.limit {
        Some(limit) if !(1..=200).contains(&limit) => {
            return Err(ApiError::invalid(
                "limit",
                "limit must be between 1 and 200",
            ));
        }
        Some(limit) => Some(PageRequest {
            unit: params.unit.filter(|u| !u.trim().is_empty()),
            year: params.year,
            issuer: params.issuer.filter(|i| !i.trim().is_empty()),
            offset: params.offset.unwrap_or(0),
            limit,
        }),
        None => None,
    };
    let lookup = state.blocking(move |engine| engine.lookup(&q)).await??;
    Ok(Json(match page {
        Some(page) => lookup.paged(&page),
        None => lookup,
    }))
}

/// Finds every citation in a text (a draft) and looks each one up.
#[utoipa::path(
    post,
    path = "/api/citations/resolve",
    request_body(content = String, content_type = "text/plain", description = "The draft, UTF-8, at most 1 MB"),
    responses(
        (status = 200, description = "One lookup per cited document found in the text", body = Vec<Lookup>),
        (status = 400, description = "The body is not UTF-8 text", body = ErrorBody),
        (status = 413, description = "The body is over 1 MB", body = ErrorBody),
    ),
    tag = "citations"
)]
pub async fn resolve(
    State(state): State<AppState>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<Vec<Lookup>>, ApiError> {
    let body = body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                ErrorCode::PayloadTooLarge,
                format!("the text is over the limit of {MAX_DRAFT_BYTES} bytes"),
            )
        } else {
            ApiError::new(ErrorCode::InvalidBody, rejection.body_text())
        }
    })?;
    let text = String::from_utf8(body.to_vec())
        .map_err(|_| ApiError::new(ErrorCode::InvalidBody, "the text is not UTF-8"))?;
    let lookups = state
        .blocking(move |engine| engine.resolve(&text))
        .await??;
    Ok(Json(lookups))
}

/// One cited document and every section citing it.
#[utoipa::path(
    get,
    path = "/api/documents/{id}",
    params(("id" = String, Path, description = "Document id from a lookup")),
    responses(
        (status = 200, description = "The document", body = CitedDocumentView),
        (status = 404, description = "No such document", body = ErrorBody),
    ),
    tag = "citations"
)]
pub async fn document(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<CitedDocumentView>, ApiError> {
    let lookup_id = id.clone();
    state
        .blocking(move |engine| engine.document(&lookup_id))
        .await??
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no cited document with id `{id}`")))
}

/// The sections citing a document, as CSV (UTF-8 with BOM, for Excel).
#[utoipa::path(
    get,
    path = "/api/documents/{id}/citing.csv",
    params(("id" = String, Path, description = "Document id from a lookup")),
    responses(
        (status = 200, description = "CSV of the citing sections", content_type = "text/csv"),
        (status = 404, description = "No such document", body = ErrorBody),
    ),
    tag = "citations"
)]
pub async fn document_csv(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let lookup_id = id.clone();
    let document = state
        .blocking(move |engine| engine.document(&lookup_id))
        .await??
        .ok_or_else(|| ApiError::not_found(format!("no cited document with id `{id}`")))?;
    let mut csv = Csv::new(&[
        "Văn bản",
        "Loại",
        "Cơ quan ban hành",
        "Ngày ban hành",
        "Đơn vị trích dẫn",
        "Năm",
        "Ngày báo cáo",
        "Kỳ báo cáo",
        "Số báo cáo",
        "Mục",
        "Trích đoạn",
        "Tệp",
    ]);
    for c in &document.cited_by {
        csv.row(&[
            document.key.clone(),
            document.doc_type.clone().unwrap_or_default(),
            document.issuer.clone().unwrap_or_default(),
            document
                .date
                .as_deref()
                .map(crate::text::vn_date)
                .unwrap_or_default(),
            c.report.unit.clone().unwrap_or_default(),
            c.report.year.map(|y| y.to_string()).unwrap_or_default(),
            c.report
                .date
                .as_deref()
                .map(crate::text::vn_date)
                .unwrap_or_default(),
            c.report.period.clone().unwrap_or_default(),
            c.report.number.clone().unwrap_or_default(),
            format!("{} {}", c.section.path, c.section.title)
                .trim()
                .to_string(),
            plain(&c.snippet),
            c.report.source.clone(),
        ]);
    }
    Ok(csv.into_response("van-ban-trich-dan.csv"))
}
