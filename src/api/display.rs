//! What every answer shows as text: the PDF lookalike `ƣ` as `ư`.
//!
//! The index keeps the text as extracted (search reads `ƣ` as `ư` already); [`repair`] is a
//! layer that rewrites JSON and CSV bodies on their way out with
//! [`tracuu_tokenizer::repair_lookalikes`], which keeps every byte offset (report spans,
//! marks) valid because each replacement has the length of the letter it replaces.

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tracuu_tokenizer::repair_lookalikes;

/// Rewrites `ƣ`/`Ƣ` as `ư`/`Ư` in JSON and CSV responses.
pub async fn repair(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let textual = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("application/json") || t.starts_with("text/csv"));
    if !textual {
        return response;
    }
    let (parts, body) = response.into_parts();
    let bytes = match to_bytes(body, usize::MAX).await {
        Ok(b) => b,
        Err(e) => return super::error::ApiError::internal(e).into_response(),
    };
    match std::str::from_utf8(&bytes) {
        Ok(text) if text.contains(['ƣ', 'Ƣ']) => {
            let fixed = repair_lookalikes(text).into_owned();
            Response::from_parts(parts, Body::from(fixed))
        }
        _ => Response::from_parts(parts, Body::from(bytes)),
    }
}
