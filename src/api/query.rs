//! The query string, checked strictly before any route reads it: every parameter name and
//! value must decode (`%XX` escapes, `+` for a space) to UTF-8. A lenient decoder would turn
//! bad bytes into `U+FFFD` and answer as if the client had typed them.

use super::error::ApiError;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The middleware: a request whose query string has a parameter that is not UTF-8 is a 400
/// naming it, whatever the route.
pub async fn strict(request: Request, next: Next) -> Response {
    if let Some(query) = request.uri().query()
        && let Err(bad) = check_utf8(query)
    {
        return ApiError::invalid(
            &bad.parameter,
            "not UTF-8 once decoded (percent-encode the UTF-8 bytes of the text)",
        )
        .into_response();
    }
    next.run(request).await
}

/// A parameter whose name or value is not UTF-8 once decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotUtf8 {
    /// The parameter's name, as far as it decodes (`U+FFFD` for the bad bytes).
    pub parameter: String,
}

/// Decodes `%XX` escapes and `+`; a `%` not followed by two hex digits stays as it is (as
/// browsers and `serde_urlencoded` do).
pub fn percent_decode(part: &str) -> Vec<u8> {
    let bytes = part.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes[i] {
            b'%' => bytes
                .get(i + 1..i + 3)
                .filter(|hex| hex.iter().all(u8::is_ascii_hexdigit))
                .and_then(|hex| std::str::from_utf8(hex).ok())
                .and_then(|hex| u8::from_str_radix(hex, 16).ok()),
            _ => None,
        };
        match (escaped, bytes[i]) {
            (Some(byte), _) => {
                out.push(byte);
                i += 3;
            }
            (None, b'+') => {
                out.push(b' ');
                i += 1;
            }
            (None, byte) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    out
}

/// Checks that every parameter of `query` (the part after `?`) decodes to UTF-8.
pub fn check_utf8(query: &str) -> Result<(), NotUtf8> {
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let name_bytes = percent_decode(name);
        let parameter = String::from_utf8_lossy(&name_bytes).into_owned();
        if std::str::from_utf8(&name_bytes).is_err()
            || std::str::from_utf8(&percent_decode(value)).is_err()
        {
            return Err(NotUtf8 { parameter });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_plus_decode() {
        assert_eq!(
            percent_decode("h%C3%B2a+gi%E1%BA%A3i"),
            "hòa giải".as_bytes()
        );
        assert_eq!(percent_decode("100%"), b"100%");
        assert_eq!(percent_decode("%zz%4"), b"%zz%4");
        // `u8::from_str_radix` would take a sign: `%+1` is not an escape.
        assert_eq!(percent_decode("%+1"), b"% 1");
    }

    #[test]
    fn a_parameter_that_is_not_utf8_is_named() {
        assert_eq!(check_utf8("q=h%C3%B2a&limit=5"), Ok(()));
        assert_eq!(
            check_utf8("limit=5&q=%C3%28"),
            Err(NotUtf8 {
                parameter: "q".into()
            })
        );
        assert_eq!(
            check_utf8("%FF=1"),
            Err(NotUtf8 {
                parameter: "\u{FFFD}".into()
            })
        );
    }
}
