//! Extractors whose rejections come out in the API's error shape.

use super::error::ApiError;
use axum::extract::{FromRequestParts, Query};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

/// A query string deserialized into `T`; unknown, repeated or malformed parameters are a
/// 400 in the API's JSON shape (bytes that are not UTF-8 were refused before, by
/// [`super::query::strict`]).
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
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
