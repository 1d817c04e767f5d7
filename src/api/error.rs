//! The one error shape of the API: `{"error": {"code": "...", "message": "..."}}`.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use tracuu_index::{IndexError, InvalidParameter, SearchError};
use utoipa::ToSchema;

/// An API error: an HTTP status, a stable machine-readable code and a message.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
}

/// The JSON body of every error.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// The error.
    pub error: ErrorDetail,
}

/// What went wrong.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Stable code: `invalid_parameter`, `unknown_parameter`, `not_found`, `payload_too_large`,
    /// `index_unavailable`, `internal`.
    pub code: &'static str,
    /// A sentence for people.
    pub message: String,
}

impl ApiError {
    /// A 400 naming the parameter at fault.
    pub fn invalid(parameter: &str, message: impl std::fmt::Display) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            code: "invalid_parameter",
            message: format!("invalid parameter `{parameter}`: {message}"),
        }
    }

    /// A 400 for a query string that does not fit the endpoint (unknown or repeated parameter).
    pub fn bad_query(message: impl std::fmt::Display) -> ApiError {
        let message = message.to_string();
        let code = if message.contains("unknown field") {
            "unknown_parameter"
        } else {
            "invalid_parameter"
        };
        ApiError {
            status: StatusCode::BAD_REQUEST,
            code,
            message: message
                .replace("Failed to deserialize query string: ", "")
                .replace("unknown field", "unknown parameter")
                .replace("duplicate field", "repeated parameter"),
        }
    }

    /// A 404.
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::NOT_FOUND,
            code: "not_found",
            message: message.into(),
        }
    }

    /// Any status with a code.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
        }
    }

    /// A 500 that says nothing of the internals (they are logged).
    pub fn internal(err: impl std::fmt::Display) -> ApiError {
        tracing::error!(error = %err, "request failed");
        ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            code: "internal",
            message: "the server failed to answer this request; it has been logged".into(),
        }
    }
}

impl From<InvalidParameter> for ApiError {
    fn from(err: InvalidParameter) -> ApiError {
        ApiError::invalid(err.parameter, err.message)
    }
}

impl From<IndexError> for ApiError {
    fn from(err: IndexError) -> ApiError {
        ApiError::internal(err)
    }
}

impl From<SearchError> for ApiError {
    fn from(err: SearchError) -> ApiError {
        match err {
            SearchError::Invalid(e) => e.into(),
            SearchError::Index(e) => e.into(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code,
                message: self.message,
            },
        };
        (self.status, Json(body)).into_response()
    }
}
