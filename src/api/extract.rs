//! Extractors whose rejections come out in the API's error shape.

use super::error::ApiError;
use axum::extract::{FromRequestParts, Query};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

/// A query string deserialized into `T`; unknown, repeated or malformed parameters, and
/// parameters that are not UTF-8, are a 400 in the API's JSON shape.
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        if let Some(query) = parts.uri.query()
            && let Err(bad) = super::query::check_utf8(query)
        {
            return Err(ApiError::invalid(
                &bad.parameter,
                "not UTF-8 once decoded (percent-encode the UTF-8 bytes of the text)",
            ));
        }
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(value)) => Ok(ApiQuery(value)),
            Err(rejection) => Err(ApiError::bad_query(rejection.body_text())),
        }
    }
}

/// Parses an optional number parameter, naming it on error.
pub fn number<N: std::str::FromStr>(
    name: &str,
    value: Option<&str>,
) -> Result<Option<N>, ApiError> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => v
            .parse()
            .map(Some)
            .map_err(|_| ApiError::invalid(name, format!("expected a whole number, got `{v}`"))),
    }
}
