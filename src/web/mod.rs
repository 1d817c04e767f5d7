//! The web page: plain HTML, CSS and JavaScript modules embedded in the binary, no build step
//! and nothing fetched from the network.
//!
//! `GET /` serves the page shell; `GET /assets/{file}` serves the scripts, the stylesheet and the
//! Be Vietnam Pro font (SIL Open Font License 1.1, `assets/fonts/OFL.txt`). The page routes itself
//! with the URL hash (`#/search?q=…`, `#/report/{id}`, `#/cite?q=…`, `#/document/{id}`,
//! `#/draft`), so the server needs no fallback routes; everything it shows comes from `/api`.
//!
//! The Content-Security-Policy allows only this origin; the API sends it, with the other
//! security headers, on every response. The module needs nothing of the API: its routes take
//! any state, and an unknown asset falls through to the API's 404. Scripts and the
//! stylesheet are revalidated with an `ETag` (their URLs do not change between builds); fonts
//! never change under the same name and are cached for a year.

use axum::Router;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::LazyLock;

/// The policy sent with every response: this origin only, no inline script or style, never
/// in a frame.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
     style-src 'self'; font-src 'self'; img-src 'self'; connect-src 'self'; \
     base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// How long a browser may keep an asset without asking again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cache {
    /// Ask every time; answered with 304 when the `ETag` matches.
    Revalidate,
    /// Keep for a year: the content never changes under this name.
    Immutable,
}

/// One embedded file.
struct Asset {
    /// Path under `/assets/`.
    name: &'static str,
    content_type: &'static str,
    body: &'static [u8],
    cache: Cache,
}

macro_rules! asset {
    ($name:literal, $type:expr, $cache:ident) => {
        Asset {
            name: $name,
            content_type: $type,
            body: include_bytes!(concat!("assets/", $name)),
            cache: Cache::$cache,
        }
    };
}

const JS: &str = "text/javascript; charset=utf-8";
const WOFF2: &str = "font/woff2";

static ASSETS: &[Asset] = &[
    asset!("app.css", "text/css; charset=utf-8", Revalidate),
    asset!("app.js", JS, Revalidate),
    asset!("api.js", JS, Revalidate),
    asset!("dom.js", JS, Revalidate),
    asset!("labels.js", JS, Revalidate),
    asset!("search.js", JS, Revalidate),
    asset!("report.js", JS, Revalidate),
    asset!("cite.js", JS, Revalidate),
    asset!("draft.js", JS, Revalidate),
    asset!("figures.js", JS, Revalidate),
    asset!("filters.js", JS, Revalidate),
    asset!("bars.js", JS, Revalidate),
    asset!("icon.svg", "image/svg+xml", Revalidate),
    asset!("fonts/OFL.txt", "text/plain; charset=utf-8", Revalidate),
    asset!(
        "fonts/be-vietnam-pro-vietnamese-400-normal.woff2",
        WOFF2,
        Immutable
    ),
    asset!(
        "fonts/be-vietnam-pro-vietnamese-700-normal.woff2",
        WOFF2,
        Immutable
    ),
    asset!(
        "fonts/be-vietnam-pro-latin-400-normal.woff2",
        WOFF2,
        Immutable
    ),
    asset!(
        "fonts/be-vietnam-pro-latin-700-normal.woff2",
        WOFF2,
        Immutable
    ),
    asset!(
        "fonts/be-vietnam-pro-latin-ext-400-normal.woff2",
        WOFF2,
        Immutable
    ),
    asset!(
        "fonts/be-vietnam-pro-latin-ext-700-normal.woff2",
        WOFF2,
        Immutable
    ),
];

const INDEX_HTML: &str = include_str!("assets/index.html");

/// Entity tags of the page and of every asset, computed once from their bytes.
static ETAGS: LazyLock<Vec<String>> = LazyLock::new(|| {
    std::iter::once(INDEX_HTML.as_bytes())
        .chain(ASSETS.iter().map(|a| a.body))
        .map(|body| {
            let mut hasher = DefaultHasher::new();
            body.hash(&mut hasher);
            format!("\"{:016x}\"", hasher.finish())
        })
        .collect()
});

/// The routes of the page: `/`, `/index.html`, `/favicon.ico` and one per embedded asset.
pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    let mut router = Router::new()
        .route("/", get(page))
        .route("/index.html", get(page))
        .route("/favicon.ico", get(favicon));
    for (i, a) in ASSETS.iter().enumerate() {
        let serve = move |headers: HeaderMap| async move {
            respond(&headers, a.content_type, a.body, a.cache, &ETAGS[i + 1])
        };
        router = router.route(&format!("/assets/{}", a.name), get(serve));
    }
    router
}

async fn page(headers: HeaderMap) -> Response {
    respond(
        &headers,
        "text/html; charset=utf-8",
        INDEX_HTML.as_bytes(),
        Cache::Revalidate,
        &ETAGS[0],
    )
}

async fn favicon() -> Response {
    let mut response = StatusCode::MOVED_PERMANENTLY.into_response();
    response.headers_mut().insert(
        header::LOCATION,
        HeaderValue::from_static("/assets/icon.svg"),
    );
    response
}

fn respond(
    request: &HeaderMap,
    content_type: &'static str,
    body: &'static [u8],
    cache: Cache,
    etag: &str,
) -> Response {
    let fresh = request
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|tags| tags.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let mut response = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        (
            [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
            body,
        )
            .into_response()
    };
    let h = response.headers_mut();
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(match cache {
            Cache::Revalidate => "no-cache",
            Cache::Immutable => "public, max-age=31536000, immutable",
        }),
    );
    if let Ok(value) = HeaderValue::from_str(etag) {
        h.insert(header::ETAG, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `/assets/…` path named in a text: `src="…"`, `href="…"` and module imports.
    fn referenced(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        for quote in ['"', '\''] {
            for part in text.split(quote) {
                let path = part.strip_prefix("/assets/").or(part.strip_prefix("./"));
                if let Some(path) = path.filter(|p| !p.contains(char::is_whitespace)) {
                    found.push(path.to_string());
                }
            }
        }
        found
    }

    #[test]
    fn every_file_the_page_and_scripts_name_is_embedded() {
        let mut names = referenced(INDEX_HTML);
        for a in ASSETS.iter().filter(|a| a.content_type == JS) {
            names.extend(referenced(std::str::from_utf8(a.body).unwrap()));
        }
        let css = ASSETS.iter().find(|a| a.name == "app.css").unwrap();
        for part in std::str::from_utf8(css.body).unwrap().split("url(").skip(1) {
            let path = part.split(')').next().unwrap().trim_matches(['"', '\'']);
            names.push(path.strip_prefix("/assets/").unwrap_or(path).to_string());
        }
        assert!(names.iter().any(|n| n == "app.js"), "{names:?}");
        assert!(names.iter().any(|n| n.ends_with(".woff2")), "{names:?}");
        for name in &names {
            assert!(
                ASSETS.iter().any(|a| a.name == name),
                "`{name}` is named but not embedded"
            );
        }
    }

    #[test]
    fn fonts_are_woff2_and_cached_for_a_year() {
        let fonts: Vec<_> = ASSETS
            .iter()
            .filter(|a| a.name.ends_with(".woff2"))
            .collect();
        assert_eq!(fonts.len(), 6);
        for a in fonts {
            assert_eq!(&a.body[..4], b"wOF2", "{}", a.name);
            assert_eq!(a.content_type, WOFF2);
            assert_eq!(a.cache, Cache::Immutable);
        }
    }

    #[test]
    fn a_matching_etag_answers_not_modified_with_the_same_headers() {
        let etag = &ETAGS[0];
        let mut request = HeaderMap::new();
        let full = respond(
            &request,
            "text/html; charset=utf-8",
            b"x",
            Cache::Revalidate,
            etag,
        );
        assert_eq!(full.status(), StatusCode::OK);
        request.insert(header::IF_NONE_MATCH, HeaderValue::from_str(etag).unwrap());
        let cached = respond(
            &request,
            "text/html; charset=utf-8",
            b"x",
            Cache::Revalidate,
            etag,
        );
        assert_eq!(cached.status(), StatusCode::NOT_MODIFIED);
        for name in [header::ETAG, header::CACHE_CONTROL] {
            assert_eq!(full.headers().get(&name), cached.headers().get(&name));
        }
        request.insert(header::IF_NONE_MATCH, HeaderValue::from_static("\"other\""));
        let stale = respond(
            &request,
            "text/html; charset=utf-8",
            b"x",
            Cache::Revalidate,
            etag,
        );
        assert_eq!(stale.status(), StatusCode::OK);
    }

    #[test]
    fn the_page_has_no_inline_script_or_style_the_policy_would_block() {
        assert!(!INDEX_HTML.contains("<script>"));
        assert!(!INDEX_HTML.contains("style="));
        assert!(!INDEX_HTML.contains("<style"));
        assert!(INDEX_HTML.contains("<html lang=\"vi\">"));
        assert!(INDEX_HTML.contains("<meta charset=\"utf-8\">"));
    }
}
