//! Who may ask: the `Host` header and the access token.
//!
//! - A server on 127.0.0.1 can be reached by any web page the user opens, through DNS
//!   rebinding (a name that resolves to 127.0.0.1 after the page loaded): the `Host` header
//!   is then the attacker's name. Requests are answered only when `Host` names the bound
//!   address (or `localhost` on loopback) or a host allowed with `--allow-host`.
//! - Reports are internal documents: a server bound beyond loopback answers `/api/` only
//!   with the token (`Authorization: Bearer …`), and refuses to start without one. The page
//!   and its assets hold no data and load without it; the page asks for the token once.

use super::AppState;
use super::error::{ApiError, ErrorCode};
use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;

/// The access policy of a server.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Access {
    /// The `Host` values answered (lowercase, with port when the client sends one); `None`
    /// answers any.
    pub hosts: Option<Vec<String>>,
    /// The token `/api/` routes require, if any.
    pub token: Option<String>,
}

/// Why a server may not start with its access settings.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AccessError {
    /// Bound beyond loopback without a token.
    #[error(
        "{0} is reachable from other machines: give an access token with --token or --token-file (or bind to 127.0.0.1)"
    )]
    TokenRequired(SocketAddr),
    /// A token too short to resist guessing.
    #[error("the access token must be at least 16 characters")]
    TokenTooShort,
}

impl Access {
    /// The policy of a server bound to `bound`: the `Host` names it answers (the address,
    /// `localhost` on loopback, and `allow_host`; any host when bound to every interface and
    /// none is given), and the token, required beyond loopback.
    pub fn for_address(
        bound: SocketAddr,
        allow_host: &[String],
        token: Option<String>,
    ) -> Result<Access, AccessError> {
        let ip = bound.ip();
        let port = bound.port();
        if let Some(token) = &token
            && token.chars().count() < 16
        {
            return Err(AccessError::TokenTooShort);
        }
        if !ip.is_loopback() && token.is_none() {
            return Err(AccessError::TokenRequired(bound));
        }
        let mut hosts = Vec::new();
        for host in allow_host {
            let host = host.trim().to_ascii_lowercase();
            let has_port = host
                .rsplit_once(':')
                .is_some_and(|(name, p)| p.parse::<u16>().is_ok() && !name.ends_with(':'));
            if !has_port {
                hosts.push(format!("{host}:{port}"));
            }
            hosts.push(host);
        }
        let hosts = if ip.is_unspecified() && allow_host.is_empty() {
            None
        } else {
            let mut names = vec![SocketAddr::new(ip, port).to_string()];
            if ip.is_loopback() {
                names.push(format!("localhost:{port}"));
            }
            if port == 80 {
                let bare: Vec<String> = names
                    .iter()
                    .filter_map(|n| n.strip_suffix(":80").map(str::to_string))
                    .collect();
                names.extend(bare);
            }
            if !ip.is_unspecified() {
                hosts.extend(names);
            }
            hosts.sort();
            hosts.dedup();
            Some(hosts)
        };
        Ok(Access { hosts, token })
    }

    /// Whether a `Host` header value is answered.
    pub fn host_allowed(&self, host: Option<&str>) -> bool {
        match (&self.hosts, host) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(hosts), Some(host)) => {
                let host = host.trim().to_ascii_lowercase();
                hosts.contains(&host)
            }
        }
    }

    /// Whether an `Authorization` header value carries the token (when one is required).
    pub fn token_ok(&self, authorization: Option<&[u8]>) -> bool {
        let Some(token) = &self.token else {
            return true;
        };
        let given = authorization
            .and_then(|v| v.strip_prefix(b"Bearer "))
            .unwrap_or_default();
        same(given, token.as_bytes())
    }
}

/// Compares in time that depends only on the lengths.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The middleware: the `Host` check on every route, the token on `/api/`.
pub async fn check(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let access = &state.access;
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .or_else(|| request.uri().authority().map(|a| a.as_str()));
    if !access.host_allowed(host) {
        return ApiError::new(
            ErrorCode::HostNotAllowed,
            format!(
                "this server does not answer for host `{}` (start it with --allow-host to add one)",
                host.unwrap_or("")
            ),
        )
        .into_response();
    }
    if request.uri().path().starts_with("/api/") {
        let authorization = request
            .headers()
            .get(header::AUTHORIZATION)
            .map(|v| v.as_bytes());
        if !access.token_ok(authorization) {
            let mut response = ApiError::new(
                ErrorCode::Unauthorized,
                "this server needs its access token: send `Authorization: Bearer <token>`",
            )
            .into_response();
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
            return response;
        }
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addr(s: &str) -> SocketAddr {
        s.parse().unwrap()
    }

    #[test]
    fn loopback_answers_its_address_and_localhost_only() {
        let a = Access::for_address(addr("127.0.0.1:8080"), &[], None).unwrap();
        assert!(a.host_allowed(Some("127.0.0.1:8080")));
        assert!(a.host_allowed(Some("LOCALHOST:8080")));
        assert!(!a.host_allowed(Some("evil.example:8080")));
        assert!(!a.host_allowed(Some("localhost:9090")));
        assert!(!a.host_allowed(None));
        assert!(a.token_ok(None));
    }

    #[test]
    fn allowed_hosts_with_and_without_port() {
        let allow = ["tracuu.ubnd.local".to_string(), "10.0.0.5:9000".to_string()];
        let a = Access::for_address(addr("127.0.0.1:9000"), &allow, None).unwrap();
        assert!(a.host_allowed(Some("tracuu.ubnd.local")));
        assert!(a.host_allowed(Some("tracuu.ubnd.local:9000")));
        assert!(a.host_allowed(Some("10.0.0.5:9000")));
        assert!(!a.host_allowed(Some("10.0.0.5")));
    }

    #[test]
    fn beyond_loopback_needs_a_token_of_16_characters() {
        assert_eq!(
            Access::for_address(addr("0.0.0.0:8080"), &[], None),
            Err(AccessError::TokenRequired(addr("0.0.0.0:8080")))
        );
        assert_eq!(
            Access::for_address(addr("10.1.2.3:8080"), &[], Some("short".into())),
            Err(AccessError::TokenTooShort)
        );
        let a = Access::for_address(addr("0.0.0.0:8080"), &[], Some("x".repeat(20))).unwrap();
        assert!(a.host_allowed(Some("anything:8080")), "any host on 0.0.0.0");
        assert!(a.token_ok(Some(format!("Bearer {}", "x".repeat(20)).as_bytes())));
        assert!(!a.token_ok(Some(b"Bearer xxxx")));
        assert!(!a.token_ok(None));
    }
}
