//! `GET /api/reports/{id}/original`: the file a report was indexed from.

use super::AppState;
use super::error::{ApiError, ErrorBody};
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

fn content_type(name: &str) -> &'static str {
    let ext = name.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "doc" => "application/msword",
        "odt" => "application/vnd.oasis.opendocument.text",
        "rtf" => "application/rtf",
        "html" | "htm" => "text/html; charset=utf-8",
        "txt" | "md" => "text/plain; charset=utf-8",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

/// The original file of a report (the archive, for a report read from inside one), as a
/// download; 404 when the report is unknown or its file is no longer where it was indexed.
#[utoipa::path(
    get,
    path = "/api/reports/{id}/original",
    params(("id" = String, Path, description = "Report id (16 hex digits) from a hit")),
    responses(
        (status = 200, description = "The file as indexed", content_type = "application/octet-stream"),
        (status = 404, description = "No such report, or its file is gone", body = ErrorBody),
    ),
    tag = "reports"
)]
pub async fn original(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let lookup_id = id.clone();
    let found = state
        .blocking(move |engine| {
            let view = engine.report(&lookup_id, None)?;
            Ok::<_, tracuu_index::IndexError>(view.map(|v| {
                let source = v.report.source;
                let path = crate::origins::locate(engine.dir(), &source);
                (source, path)
            }))
        })
        .await??;
    let (source, path) =
        found.ok_or_else(|| ApiError::not_found(format!("no report with id `{id}`")))?;
    let path = path.ok_or_else(|| {
        ApiError::not_found(format!(
            "the original file `{source}` is no longer where it was indexed"
        ))
    })?;
    let read = path.clone();
    let bytes = state
        .blocking(move |_| std::fs::read(read))
        .await?
        .map_err(|e| {
            ApiError::not_found(format!("the original file `{source}` cannot be read: {e}"))
        })?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "bao-cao".into());
    // RFC 5987 for the Vietnamese name, an ASCII fallback for old clients.
    let ascii: String = tracuu_tokenizer::fold(&name)
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    Ok((
        [
            (header::CONTENT_TYPE, content_type(&name).to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"),
            ),
        ],
        bytes,
    )
        .into_response())
}
