//! End to end: `tracuu serve` on a free port, queried over real HTTP.

use crate::common::{self, Server, fixtures_dir, one_report_index, tracuu};
use std::process::Command;
use std::time::{Duration, Instant};

#[test]
fn serve_answers_over_http_follows_new_commits_and_stops_on_sigterm() {
    let work = one_report_index();
    let index = work.path().join("index");
    let index_str = index.to_str().unwrap();
    let mut server = Server::serve(&index, &[]);
    let addr = server.addr.clone();
    let http_get = |addr: &str, path: &str| {
        let (status, _, body) = common::http_get(addr, path, "");
        (status, body)
    };

    let (status, body) = http_get(&addr, "/api/health");
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"reports\":1"), "{body}");
    let (status, body) = http_get(&addr, "/api/search?q=hoa%20giai");
    assert_eq!(status, 200);
    assert!(body.contains("xã Hoa Sơn"), "{body}");
    let (status, body) = http_get(&addr, "/api/search?limit=7");
    assert_eq!(status, 400, "{body}");

    // A new commit by another process shows up without a restart.
    assert!(
        tracuu(&[
            "index",
            "--index",
            index_str,
            fixtures_dir().to_str().unwrap()
        ])
        .status
        .success()
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (_, body) = http_get(&addr, "/api/health");
        if body.contains("\"reports\":4") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the server never saw the new commit: {body}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }

    let killed = Command::new("kill")
        .args(["-TERM", &server.child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "the server did not stop on SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "clean shutdown exits 0: {status}");
}
