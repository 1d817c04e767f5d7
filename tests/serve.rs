//! End to end: `tracuu serve` on a free port, queried over real HTTP.

use crate::common::{fixtures_dir, tracuu, tracuu_bin};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A plain HTTP/1.1 GET; returns the status code and the body.
fn http_get(addr: &str, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response[9..12].parse().unwrap();
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

#[test]
fn serve_answers_over_http_follows_new_commits_and_stops_on_sigterm() {
    let work = tempfile::tempdir().unwrap();
    let index = work.path().join("index");
    let index_str = index.to_str().unwrap();
    let one = fixtures_dir().join("xa-hoa-son-2024-q1.txt");
    assert!(
        tracuu(&["index", "--index", index_str, one.to_str().unwrap()])
            .status
            .success()
    );

    let mut server = Command::new(tracuu_bin())
        .args(["serve", "--index", index_str, "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();

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
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = server.try_wait().unwrap() {
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
