//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

/// The words of `text` joined by one space: text compared whatever its line breaks.
pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The folder of the real seed reports: `$TRACUU_SEEDS`, or `../shared/seeds` beside the
/// repository.
pub fn seeds_dir() -> PathBuf {
    std::env::var_os("TRACUU_SEEDS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"),
        PathBuf::from,
    )
}

/// The project's own fixture reports.
pub fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reports")
}

/// The `tracuu` binary built for these tests.
pub fn tracuu_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_tracuu"))
}

/// Runs `tracuu` with arguments.
pub fn tracuu(args: &[&str]) -> Output {
    Command::new(tracuu_bin())
        .args(args)
        .env_remove("TRACUU_INDEX")
        .output()
        .expect("tracuu runs")
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Indexes `paths` into a new index in a temporary folder through the library.
pub fn build_index(paths: &[PathBuf]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    tracuu::commands::index::index_paths(dir.path(), paths, false).expect("index builds");
    dir
}

/// An index of the fixture reports, built once for the whole test binary.
pub fn fixture_index() -> &'static Path {
    static INDEX: OnceLock<tempfile::TempDir> = OnceLock::new();
    INDEX.get_or_init(|| build_index(&[fixtures_dir()])).path()
}

/// A new index in a temporary folder (`<tmp>/index`) holding the one fixture report of xã Hoa
/// Sơn, built by `tracuu index` as a user runs it.
pub fn one_report_index() -> tempfile::TempDir {
    let work = tempfile::tempdir().unwrap();
    let index = work.path().join("index");
    let one = fixtures_dir().join("xa-hoa-son-2024-q1.txt");
    let out = tracuu(&[
        "index",
        "--index",
        index.to_str().unwrap(),
        one.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    work
}

/// A running `tracuu serve`, killed when dropped.
pub struct Server {
    /// The server's process.
    pub child: Child,
    /// `HOST:PORT` read from the line it prints when it listens.
    pub addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Starts `command` (a `tracuu serve …`) and waits for the line naming its address.
    pub fn start(command: &mut Command) -> Server {
        let mut child = command
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let addr = line
            .split("http://")
            .nth(1)
            .and_then(|s| s.split('/').next())
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .to_string();
        Server { child, addr }
    }

    /// `tracuu serve --index INDEX --addr 127.0.0.1:0` with `extra` arguments.
    pub fn serve(index: &Path, extra: &[&str]) -> Server {
        Server::start(
            Command::new(tracuu_bin())
                .args([
                    "serve",
                    "--index",
                    index.to_str().unwrap(),
                    "--addr",
                    "127.0.0.1:0",
                ])
                .args(extra),
        )
    }
}

/// Sends a raw HTTP request and reads the whole response (the request asks the server to
/// close): the status (0 when none came), the head in lower case, and the body.
pub fn http_raw(addr: &str, request: &str) -> (u16, String, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = String::new();
    let _ = stream.read_to_string(&mut response);
    let status = response
        .get(9..12)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    (status, head.to_ascii_lowercase(), body.to_string())
}

/// A GET of `path` with extra header lines (each ending in `\r\n`).
pub fn http_get(addr: &str, path: &str, headers: &str) -> (u16, String, String) {
    http_raw(
        addr,
        &format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\n{headers}Connection: close\r\n\r\n"),
    )
}
