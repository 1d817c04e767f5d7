#![no_main]
//! Any query string on the API's GET routes: never a panic, never a 5xx, and a parameter
//! that is not UTF-8 once decoded is always a 400.
//!
//! The bytes are the route (first byte) and the query: bytes other than letters, digits and
//! `&=%+-._~` are percent-encoded so the URI parses, and `%`, `&`, `=`, `+` stay raw so the
//! fuzzer explores broken escapes and odd pairs.

use axum::body::Body;
use axum::http::Request;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tower::ServiceExt;

const ROUTES: [&str; 6] = [
    "/api/search",
    "/api/search.csv",
    "/api/citations",
    "/api/reports/1",
    "/api/documents/x",
    "/api/health",
];

struct Fixture {
    runtime: tokio::runtime::Runtime,
    app: axum::Router,
    _dir: tempfile::TempDir,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut indexer = tracuu_index::Indexer::open(dir.path()).expect("index");
        let report = include_str!("../../fixtures/reports/xa-hoa-son-2024-q1.txt");
        indexer.add("xa-hoa-son.txt", report).expect("add");
        indexer.commit().expect("commit");
        let engine = tracuu_index::Engine::open(dir.path()).expect("engine");
        let app = tracuu::api::app(tracuu::api::AppState::new(engine));
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        Fixture {
            runtime,
            app,
            _dir: dir,
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&route, bytes)) = data.split_first() else {
        return;
    };
    let mut query = String::with_capacity(bytes.len() * 3);
    for &b in bytes {
        if b.is_ascii_alphanumeric() || b"&=%+-._~".contains(&b) {
            query.push(b as char);
        } else {
            query.push_str(&format!("%{b:02X}"));
        }
    }
    let path = ROUTES[usize::from(route) % ROUTES.len()];
    let Ok(request) = Request::get(format!("{path}?{query}")).body(Body::empty()) else {
        return;
    };
    let fixture = fixture();
    let response = fixture
        .runtime
        .block_on(fixture.app.clone().oneshot(request))
        .expect("the router is infallible");
    let status = response.status();
    assert!(!status.is_server_error(), "{status} for {path}?{query}");
    if tracuu::api::query::check_utf8(&query).is_err() {
        assert_eq!(status.as_u16(), 400, "{path}?{query}");
    }
});
