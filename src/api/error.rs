//! The one error shape of the API: `{"error": {"code": "...", "message": "..."}}`.
//!
//! Every code is an [`ErrorCode`] with its HTTP status, so the OpenAPI document (which lists
//! the enum) and the responses cannot drift apart.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use tracuu_index::{IndexError, InvalidParameter, SearchError};
use utoipa::ToSchema;

/// Every error code the API answers with, and its HTTP status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// 400: a parameter has a value the route cannot use (named in the message).
    InvalidParameter,
    /// 400: a parameter the route does not take.
    UnknownParameter,
    /// 400: the body is not what the route reads (not UTF-8 text).
    InvalidBody,
    /// 401: the server needs its access token (`Authorization: Bearer …`), and the request
    /// had none or another.
    Unauthorized,
    /// 404: no such route, report, document or asset.
    NotFound,
    /// 405: the route does not take that method.
    MethodNotAllowed,
    /// 408: the request (its body included) took longer than the server waits.
    RequestTimeout,
    /// 413: the body is over the limit.
    PayloadTooLarge,
    /// 421: the `Host` header names a host this server does not answer for (DNS rebinding).
    HostNotAllowed,
    /// 500: the server failed; the details are in its log.
    Internal,
    /// 503: the server is busy: too much work waiting.
    Busy,
}

impl ErrorCode {
    /// Every code, in the order of the table above.
    pub const ALL: [ErrorCode; 11] = [
        ErrorCode::InvalidParameter,
        ErrorCode::UnknownParameter,
        ErrorCode::InvalidBody,
        ErrorCode::Unauthorized,
        ErrorCode::NotFound,
        ErrorCode::MethodNotAllowed,
        ErrorCode::RequestTimeout,
        ErrorCode::PayloadTooLarge,
        ErrorCode::HostNotAllowed,
        ErrorCode::Internal,
        ErrorCode::Busy,
    ];

    /// The HTTP status it is answered with.
    pub fn status(self) -> StatusCode {
        match self {
            ErrorCode::InvalidParameter | ErrorCode::UnknownParameter | ErrorCode::InvalidBody => {
                StatusCode::BAD_REQUEST
            }
            ErrorCode::Unauthorized => StatusCode::UNAUTHORIZED,
            ErrorCode::NotFound => StatusCode::NOT_FOUND,
            ErrorCode::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ErrorCode::RequestTimeout => StatusCode::REQUEST_TIMEOUT,
            ErrorCode::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::HostNotAllowed => StatusCode::MISDIRECTED_REQUEST,
            ErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::Busy => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    /// The code as it appears in the JSON (`invalid_parameter`).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidParameter => "invalid_parameter",
            ErrorCode::UnknownParameter => "unknown_parameter",
            ErrorCode::InvalidBody => "invalid_body",
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::NotFound => "not_found",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::RequestTimeout => "request_timeout",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::HostNotAllowed => "host_not_allowed",
            ErrorCode::Internal => "internal",
            ErrorCode::Busy => "busy",
        }
    }
}

/// An API error: a code (which gives the HTTP status) and a message.
#[derive(Debug)]
pub struct ApiError {
    code: ErrorCode,
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
    /// Stable machine-readable code.
    pub code: ErrorCode,
    /// A sentence for people.
    pub message: String,
}

impl ApiError {
    /// An error with a code and a message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ApiError {
        ApiError {
            code,
            message: message.into(),
        }
    }

    /// A 400 naming the parameter at fault.
    pub fn invalid(parameter: &str, message: impl std::fmt::Display) -> ApiError {
        ApiError::new(
            ErrorCode::InvalidParameter,
            format!("invalid parameter `{parameter}`: {message}"),
        )
    }

    /// A 400 for a query string that does not fit the endpoint (unknown or repeated parameter).
    pub fn bad_query(message: impl std::fmt::Display) -> ApiError {
        let message = message.to_string();
        let code = if message.contains("unknown field") {
            ErrorCode::UnknownParameter
        } else {
            ErrorCode::InvalidParameter
        };
        ApiError::new(
            code,
            message
                .replace("Failed to deserialize query string: ", "")
                .replace("unknown field", "unknown parameter")
                .replace("duplicate field", "repeated parameter"),
        )
    }

    /// A 404.
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorCode::NotFound, message)
    }

    /// A 500 that says nothing of the internals (they are logged).
    pub fn internal(err: impl std::fmt::Display) -> ApiError {
        tracing::error!(error = %err, "request failed");
        ApiError::new(
            ErrorCode::Internal,
            "the server failed to answer this request; it has been logged",
        )
    }

    /// Its code.
    pub fn code(&self) -> ErrorCode {
        self.code
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
        (self.code.status(), Json(body)).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_serializes_as_its_string_and_has_an_error_status() {
        for code in ErrorCode::ALL {
            assert_eq!(
                serde_json::to_value(code).unwrap(),
                serde_json::Value::from(code.as_str())
            );
            assert!(code.status().is_client_error() || code.status().is_server_error());
        }
    }

    #[test]
    fn the_openapi_document_lists_exactly_the_codes_of_the_enum() {
        use utoipa::OpenApi;
        let doc = serde_json::to_value(crate::api::ApiDoc::openapi()).unwrap();
        let listed: Vec<&str> = doc["components"]["schemas"]["ErrorCode"]["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("no ErrorCode enum in {:#}", doc["components"]))
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let ours: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(listed, ours);
    }

    #[test]
    fn the_page_has_a_sentence_for_every_code() {
        let api_js = include_str!("../web/assets/api.js");
        for code in ErrorCode::ALL {
            assert!(
                api_js.contains(&format!("  {}: '", code.as_str())),
                "api.js has no sentence for {}",
                code.as_str()
            );
        }
    }
}
