//! `GET /api/citations`, `POST /api/citations/resolve`, `GET /api/documents/{id}` and its CSV.

use super::AppState;
use super::csv::Csv;
use super::error::{ApiError, ErrorBody, ErrorCode};
use super::extract::ApiQuery;
use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::Deserialize;
use tracuu_index::{CitedDocumentView, Lookup};
use tracuu_index::{MAX_CITATION_CHARS, MAX_DRAFT_BYTES, PageRequest};
use utoipa::openapi::request_body::{RequestBody, RequestBodyBuilder};
use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, SchemaFormat, Type};
use utoipa::openapi::{ContentBuilder, Required};
use utoipa::{IntoParams, Modify, PartialSchema};

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
    /// The id of the report the citation was followed from: the lookup keeps the documents
    /// that report cites by this number (the one it means, told by its issuer and date).
    pub from: Option<String>,
    /// Page each document's citing sections: at most this many in `cited_by` (1–200), said
    /// in `cited_by_page`; `GET /api/documents/{id}` gives the next ones. Without it every
    /// citing section comes back.
    pub sections_limit: Option<usize>,
    /// First citing section of each document (with `sections_limit`).
    pub sections_offset: Option<usize>,
}

/// Query parameters of one cited document.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct DocumentParams {
    /// Page the citing sections: at most this many in `cited_by` (1–200), said in
    /// `cited_by_page`. Without it every citing section comes back.
    pub sections_limit: Option<usize>,
    /// First citing section (with `sections_limit`).
    pub sections_offset: Option<usize>,
}

/// The window of citing sections asked for, checked.
fn sections_window(
    limit: Option<usize>,
    offset: Option<usize>,
) -> Result<Option<(usize, usize)>, ApiError> {
    match limit {
        Some(limit) if !(1..=200).contains(&limit) => Err(ApiError::invalid(
            "sections_limit",
            "sections_limit must be between 1 and 200",
        )),
        Some(limit) => Ok(Some((offset.unwrap_or(0), limit))),
        None => Ok(None),
    }
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
    let sections = sections_window(params.sections_limit, params.sections_offset)?;
    let from = params.from.filter(|f| !f.trim().is_empty());
    // The citing sections are read last, of the documents the page keeps only.
    let lookup = state
        .blocking(move |engine| {
            let mut lookup = engine.lookup_light(&q)?;
            if let Some(from) = &from {
                lookup = lookup.from_report(from);
            }
            if let Some(page) = &page {
                lookup = lookup.paged(page);
            }
            engine.citing_sections_in(lookup, sections)
        })
        .await??;
    Ok(Json(lookup))
}

/// Largest draft file accepted by `POST /api/citations/resolve` (a `.docx` or `.pdf`; its
/// text must still be within [`MAX_DRAFT_BYTES`]).
pub const MAX_DRAFT_FILE_BYTES: usize = 16 << 20;

/// The media types a draft may be sent as, and the extension the extractors read it by.
const DRAFT_TYPES: [(&str, &str); 4] = [
    ("text/plain", "draft.txt"),
    (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "draft.docx",
    ),
    ("application/pdf", "draft.pdf"),
    ("application/octet-stream", ""),
];

/// The routes whose body is a draft: their request body in the OpenAPI document is
/// [`draft_body`].
const DRAFT_ROUTES: [&str; 2] = ["/api/citations/resolve", "/api/drafts/text"];

/// The request body of the routes taking a draft, one for both: each media type of
/// [`DRAFT_TYPES`], text as a string and a file as bytes.
fn draft_body() -> RequestBody {
    let content = DRAFT_TYPES.iter().map(|&(media, _)| {
        let schema = if media == "text/plain" {
            <String as PartialSchema>::schema()
        } else {
            // A file is its bytes: a binary string, as OpenAPI describes an upload.
            ObjectBuilder::new()
                .schema_type(Type::String)
                .format(Some(SchemaFormat::KnownFormat(KnownFormat::Binary)))
                .into()
        };
        (media, ContentBuilder::new().schema(Some(schema)).build())
    });
    let mut body = RequestBodyBuilder::new()
        .description(Some(
            "The draft: UTF-8 text of at most 1 MB (1,000,000 bytes; `text/plain`, the default), or a Word (`application/vnd.openxmlformats-officedocument.wordprocessingml.document`) or PDF (`application/pdf`) file of at most 16 MiB (16,777,216 bytes) whose text is at most 1 MB. `application/octet-stream` is read by its content (a `.docx` or a `.pdf`).",
        ))
        .required(Some(Required::True));
    for (media, c) in content {
        body = body.content(media, c);
    }
    body.build()
}

/// Sets [`draft_body`] as the request body of every route of [`DRAFT_ROUTES`].
pub struct DraftBodies;

impl Modify for DraftBodies {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        for route in DRAFT_ROUTES {
            if let Some(post) = doc.paths.paths.get_mut(route).and_then(|p| p.post.as_mut()) {
                post.request_body = Some(draft_body());
            }
        }
    }
}

/// Finds every citation in a draft and looks each one up. The draft is the body: UTF-8
/// text, or a `.docx` or `.pdf` file (by its `Content-Type`), never a URL parameter.
#[utoipa::path(
    post,
    path = "/api/citations/resolve",
    responses(
        (status = 200, description = "One lookup per cited document found in the text", body = Vec<Lookup>),
        (status = 400, description = "The body is not UTF-8 text, the file cannot be read (the reason named), or its type is not one of the above", body = ErrorBody),
        (status = 413, description = "The text is over 1 MB (1,000,000 bytes), or the file over 16 MiB (16,777,216 bytes)", body = ErrorBody),
    ),
    tag = "citations"
)]
pub async fn resolve(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<Vec<Lookup>>, ApiError> {
    let text = read_draft(&state, &headers, body).await?;
    let lookups = state
        .blocking(move |engine| engine.resolve(&text))
        .await??;
    Ok(Json(lookups))
}

/// The text of a draft file, as the draft check reads it.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct DraftText {
    /// The draft's text (what `POST /api/citations/resolve` checks and its spans index).
    pub text: String,
}

/// Reads a draft file (`.docx`, `.pdf` or text, by its `Content-Type`) and answers its text,
/// so that the page shows the draft it checks, with its citations marked.
#[utoipa::path(
    post,
    path = "/api/drafts/text",
    responses(
        (status = 200, description = "The text of the draft", body = DraftText),
        (status = 400, description = "The file cannot be read (the reason named), or its type is not accepted", body = ErrorBody),
        (status = 413, description = "The text is over 1 MB (1,000,000 bytes), or the file over 16 MiB (16,777,216 bytes)", body = ErrorBody),
    ),
    tag = "citations"
)]
pub async fn draft_text_route(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<DraftText>, ApiError> {
    let text = read_draft(&state, &headers, body).await?;
    Ok(Json(DraftText { text }))
}

async fn read_draft(
    state: &AppState,
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<String, ApiError> {
    let body = body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                ErrorCode::PayloadTooLarge,
                format!("the file is over the limit of {MAX_DRAFT_FILE_BYTES} bytes"),
            )
        } else {
            ApiError::new(ErrorCode::InvalidBody, rejection.body_text())
        }
    })?;
    let media = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase()
        })
        .unwrap_or_else(|| "text/plain".to_string());
    let Some(&(_, name)) = DRAFT_TYPES.iter().find(|(t, _)| *t == media) else {
        return Err(ApiError::new(
            ErrorCode::InvalidBody,
            format!("a draft is sent as text/plain, a .docx or a .pdf; `{media}` is none of them"),
        ));
    };
    let text = state.blocking(move |_| draft_text(name, &body)).await??;
    if text.len() > MAX_DRAFT_BYTES {
        return Err(ApiError::new(
            ErrorCode::PayloadTooLarge,
            format!("the text is over the limit of {MAX_DRAFT_BYTES} bytes"),
        ));
    }
    Ok(text)
}

/// The text of a draft: the body itself for text, else what the extractors read from the
/// file (a file sent as bytes is named by its content: `%PDF-` is a PDF, a zip a `.docx`).
fn draft_text(name: &str, body: &[u8]) -> Result<String, ApiError> {
    if name == "draft.txt" {
        return String::from_utf8(body.to_vec())
            .map_err(|_| ApiError::new(ErrorCode::InvalidBody, "the text is not UTF-8"));
    }
    let name = match name {
        "" if body.starts_with(b"%PDF-") => "draft.pdf",
        "" if body.starts_with(b"PK") => "draft.docx",
        "" => {
            return Err(ApiError::new(
                ErrorCode::InvalidBody,
                "the file is neither a .docx nor a .pdf",
            ));
        }
        name => name,
    };
    let limits = tracuu_extract::Limits {
        max_file_bytes: MAX_DRAFT_FILE_BYTES as u64,
        ..tracuu_extract::Limits::default()
    };
    let read = tracuu_extract::read_bytes(name, body, &limits);
    let format = name.rsplit_once('.').map_or("", |(_, e)| e);
    match read.into_iter().next() {
        Some(Ok(extracted)) if !extracted.text.trim().is_empty() => Ok(extracted.text),
        Some(Ok(_)) | None => Err(ApiError::new(
            ErrorCode::InvalidBody,
            format!("the .{format} file holds no text"),
        )),
        Some(Err(e)) => Err(ApiError::new(
            ErrorCode::InvalidBody,
            format!("the .{format} file cannot be read: {}", e.reason),
        )),
    }
}

/// One cited document and every section citing it.
#[utoipa::path(
    get,
    path = "/api/documents/{id}",
    params(("id" = String, Path, description = "Document id from a lookup"), DocumentParams),
    responses(
        (status = 200, description = "The document", body = CitedDocumentView),
        (status = 400, description = "sections_limit out of range", body = ErrorBody),
        (status = 404, description = "No such document", body = ErrorBody),
    ),
    tag = "citations"
)]
pub async fn document(
    State(state): State<AppState>,
    Path(id): Path<String>,
    ApiQuery(params): ApiQuery<DocumentParams>,
) -> Result<Json<CitedDocumentView>, ApiError> {
    let sections = sections_window(params.sections_limit, params.sections_offset)?;
    let lookup_id = id.clone();
    state
        .blocking(move |engine| engine.document_in(&lookup_id, sections))
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
            document.cited.key.clone(),
            document.cited.doc_type.clone().unwrap_or_default(),
            document.cited.issuer.clone().unwrap_or_default(),
            document
                .cited
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
            c.snippet.text.clone(),
            c.report.source.clone(),
        ]);
    }
    Ok(csv.into_response("van-ban-trich-dan.csv"))
}
