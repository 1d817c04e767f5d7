//! `tracuu serve` against clients that misbehave (slow, idle, a body announced and never
//! sent), a foreign `Host`, a missing token, bad query bytes, and an index it may only read.

use crate::common::{
    Server, http_get as get, http_raw as raw, one_report_index as small_index, tracuu, tracuu_bin,
};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const TOKEN: &str = "mat-khau-thu-nghiem-2024";

/// Waits until the server closes `stream` (EOF or reset); returns how long it took.
fn closed_within(mut stream: TcpStream, limit: Duration) -> Duration {
    let started = Instant::now();
    stream.set_read_timeout(Some(limit)).unwrap();
    let mut buf = [0u8; 4096];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return started.elapsed(),
            Ok(_) => continue,
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => {
                return started.elapsed();
            }
            Err(e) => panic!("still open after {:?}: {e}", started.elapsed()),
        }
    }
}

#[test]
fn slow_idle_and_half_sent_requests_are_closed_on_time_and_health_answers_throughout() {
    let work = small_index();
    let server = Server::serve(
        &work.path().join("index"),
        &[
            "--header-timeout-ms",
            "600",
            "--request-timeout-ms",
            "1000",
            "--max-connections",
            "16",
        ],
    );
    let addr = server.addr.clone();

    // 40 idle sockets: more than the server serves at once.
    let idle: Vec<TcpStream> = (0..40)
        .map(|_| TcpStream::connect(&addr).unwrap())
        .collect();
    // A client that sends its header a byte every 100 ms.
    let slow_addr = addr.clone();
    let slow = std::thread::spawn(move || {
        let mut stream = TcpStream::connect(&slow_addr).unwrap();
        let started = Instant::now();
        let request = format!(
            "GET /api/health HTTP/1.1\r\nHost: {slow_addr}\r\nX-Padding: {}\r\n\r\n",
            "a".repeat(100)
        );
        for byte in request.bytes() {
            if stream.write_all(&[byte]).is_err() {
                return started.elapsed();
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("the slow client was never cut off");
    });
    // A request that announces 2 MB of body and sends 3 bytes.
    let mut half = TcpStream::connect(&addr).unwrap();
    write!(
        half,
        "POST /api/citations/resolve HTTP/1.1\r\nHost: {addr}\r\nContent-Type: text/plain\r\nContent-Length: 2000000\r\n\r\nabc"
    )
    .unwrap();
    let half_sent = Instant::now();

    // Health answers throughout, from fresh connections.
    let deadline = Instant::now() + Duration::from_secs(3);
    while Instant::now() < deadline {
        let asked = Instant::now();
        let (status, _, body) = get(&addr, "/api/health", "");
        assert_eq!(status, 200, "{body}");
        assert!(
            asked.elapsed() < Duration::from_secs(2),
            "health took {:?}",
            asked.elapsed()
        );
        std::thread::sleep(Duration::from_millis(200));
    }

    let mut response = String::new();
    half.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let _ = half.read_to_string(&mut response);
    assert!(response.starts_with("HTTP/1.1 408"), "{response}");
    assert!(response.contains("request_timeout"), "{response}");
    assert!(half_sent.elapsed() < Duration::from_secs(4));

    for stream in idle {
        // Every idle socket is closed: by now, or within a header timeout of being accepted.
        assert!(closed_within(stream, Duration::from_secs(3)) < Duration::from_secs(3));
    }
    let cut = slow.join().unwrap();
    assert!(
        cut < Duration::from_secs(4),
        "slow client cut after {cut:?}"
    );

    // A keep-alive connection idle after its response is closed too.
    let mut kept = TcpStream::connect(&addr).unwrap();
    write!(kept, "GET /api/health HTTP/1.1\r\nHost: {addr}\r\n\r\n").unwrap();
    let mut first = [0u8; 12];
    kept.read_exact(&mut first).unwrap();
    assert_eq!(&first, b"HTTP/1.1 200");
    assert!(closed_within(kept, Duration::from_secs(3)) < Duration::from_secs(3));
}

#[test]
fn a_foreign_host_is_refused_and_every_response_has_the_security_headers() {
    let work = small_index();
    let server = Server::serve(
        &work.path().join("index"),
        &["--allow-host", "tracuu.ubnd.local"],
    );
    let addr = &server.addr;
    let port = addr.rsplit(':').next().unwrap();

    for path in ["/api/health", "/", "/assets/app.js", "/api/khong-co"] {
        let (status, head, _) = get(addr, path, "");
        assert!(status == 200 || status == 404, "{path}: {status}");
        for header in [
            "x-content-type-options: nosniff",
            "x-frame-options: deny",
            "referrer-policy: no-referrer",
            "content-security-policy: default-src 'none'",
            "frame-ancestors 'none'",
        ] {
            assert!(head.contains(header), "{path} lacks {header}: {head}");
        }
    }
    let rebound = format!(
        "GET /api/health HTTP/1.1\r\nHost: evil.example:{port}\r\nConnection: close\r\n\r\n"
    );
    let (status, head, body) = raw(addr, &rebound);
    assert_eq!(status, 421, "{body}");
    assert!(body.contains("host_not_allowed"), "{body}");
    assert!(head.contains("x-content-type-options: nosniff"));
    let allowed = format!(
        "GET /api/health HTTP/1.1\r\nHost: tracuu.ubnd.local:{port}\r\nConnection: close\r\n\r\n"
    );
    assert_eq!(raw(addr, &allowed).0, 200);
    let localhost =
        format!("GET /api/health HTTP/1.1\r\nHost: localhost:{port}\r\nConnection: close\r\n\r\n");
    assert_eq!(raw(addr, &localhost).0, 200);

    // Query parameters must be UTF-8: the bad one is named.
    let (status, _, body) = get(addr, "/api/citations?q=%C3%28", "");
    assert_eq!(status, 400, "{body}");
    assert!(
        body.contains("invalid_parameter") && body.contains("`q`"),
        "{body}"
    );
    let (status, _, body) = get(addr, "/api/search?q=ho%E0+giai", "");
    assert_eq!(status, 400, "{body}");
}

#[test]
fn beyond_loopback_a_token_is_required_to_start_and_for_every_api_route() {
    let work = small_index();
    let index = work.path().join("index");
    let out = tracuu(&[
        "serve",
        "--index",
        index.to_str().unwrap(),
        "--addr",
        "0.0.0.0:0",
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--token"), "{err}");

    let token_file = work.path().join("token");
    std::fs::write(&token_file, format!("{TOKEN}\n")).unwrap();
    let server = Server::start(Command::new(tracuu_bin()).args([
        "serve",
        "--index",
        index.to_str().unwrap(),
        "--addr",
        "0.0.0.0:0",
        "--token-file",
        token_file.to_str().unwrap(),
    ]));
    let addr = format!("127.0.0.1:{}", server.addr.rsplit(':').next().unwrap());
    for path in ["/api/health", "/api/search?q=hoa", "/api/openapi.json"] {
        let (status, head, body) = get(&addr, path, "");
        assert_eq!(status, 401, "{path}: {body}");
        assert!(body.contains("\"unauthorized\""), "{body}");
        assert!(head.contains("www-authenticate: bearer"), "{head}");
        let (status, _, _) = get(
            &addr,
            path,
            "Authorization: Bearer wrong-token-wrong-token\r\n",
        );
        assert_eq!(status, 401);
        let (status, _, body) = get(&addr, path, &format!("Authorization: Bearer {TOKEN}\r\n"));
        assert_eq!(status, 200, "{path}: {body}");
    }
    // The page itself holds no data and loads, to ask for the token.
    assert_eq!(get(&addr, "/", "").0, 200);
    assert_eq!(get(&addr, "/assets/api.js", "").0, 200);
}

#[test]
fn an_index_the_server_may_only_read_is_served() {
    let work = small_index();
    let index = work.path().join("index");
    // Owned by root, readable by all, writable by none; the server runs as `nobody`.
    let chmod = |mode: &str, path: &Path| {
        assert!(
            Command::new("chmod")
                .args(["-R", mode, path.to_str().unwrap()])
                .status()
                .unwrap()
                .success()
        );
    };
    chmod("a+rX,a-w", &index);
    chmod("a+rx", work.path());
    let has_setpriv = Command::new("setpriv").arg("--version").output().is_ok();
    if !has_setpriv || not_root() {
        eprintln!("skipped: needs root and setpriv to run the server as another user");
        return;
    }
    let server = Server::start(Command::new("setpriv").args([
        "--reuid=65534",
        "--regid=65534",
        "--clear-groups",
        tracuu_bin().to_str().unwrap(),
        "serve",
        "--index",
        index.to_str().unwrap(),
        "--addr",
        "127.0.0.1:0",
    ]));
    let (status, _, body) = get(&server.addr, "/api/health", "");
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"reports\":1"), "{body}");
    let (status, _, body) = get(&server.addr, "/api/search?q=hoa+giai", "");
    assert_eq!(status, 200, "{body}");
    drop(server);
    chmod("u+w", &index);
}

/// Whether this test runs as a user other than root (then it cannot switch users).
fn not_root() -> bool {
    let out = Command::new("id").arg("-u").output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim() != "0"
}

/// The property the fuzz target `tests/fuzz` (`query`) checks, on fewer cases, in every test
/// run: any query string on the API's routes is answered without a 5xx, and one with a
/// parameter that is not UTF-8 is a 400.
mod any_query {
    use crate::common::fixture_index;
    use axum::body::Body;
    use axum::http::Request;
    use proptest::prelude::*;
    use tower::ServiceExt;

    const ROUTES: [&str; 6] = [
        "/api/search",
        "/api/search.csv",
        "/api/citations",
        "/api/reports/1",
        "/api/documents/x",
        "/api/health",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn is_never_a_5xx(route in 0..ROUTES.len(), bytes in proptest::collection::vec(any::<u8>(), 0..120)) {
            let mut query = String::new();
            for b in bytes {
                if b.is_ascii_alphanumeric() || b"&=%+-._~".contains(&b) {
                    query.push(b as char);
                } else {
                    query.push_str(&format!("%{b:02X}"));
                }
            }
            let engine = tracuu_index::Engine::open(fixture_index()).unwrap();
            let app = tracuu::api::app(tracuu::api::AppState::new(engine));
            let request = Request::get(format!("{}?{query}", ROUTES[route])).body(Body::empty()).unwrap();
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            let status = runtime.block_on(app.oneshot(request)).unwrap().status();
            prop_assert!(!status.is_server_error(), "{} for {}?{}", status, ROUTES[route], query);
            if tracuu::api::query::check_utf8(&query).is_err() {
                prop_assert_eq!(status.as_u16(), 400);
            }
        }
    }
}
