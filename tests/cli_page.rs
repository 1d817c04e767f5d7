//! The command line as issue 16 asks: `localhost` addresses, dates as Vietnamese write them.

use crate::common::{fixtures_dir, stderr, stdout, tracuu, tracuu_bin};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

#[test]
fn plain_search_output_writes_dates_day_first() {
    let work = tempfile::tempdir().unwrap();
    let index = work.path().join("index");
    let index = index.to_str().unwrap();
    let fixtures = fixtures_dir();
    assert!(
        tracuu(&["index", "--index", index, fixtures.to_str().unwrap()])
            .status
            .success()
    );
    let out = tracuu(&["search", "--index", index, "hoa giai", "--unit", "Hoa Sơn"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("20/03/2024"), "{text}");
    assert!(!text.contains("2024-03-20"), "{text}");
}

#[test]
fn serve_accepts_localhost_as_an_address() {
    let work = tempfile::tempdir().unwrap();
    let index = work.path().join("index");
    let index = index.to_str().unwrap();
    let one = fixtures_dir().join("xa-hoa-son-2024-q1.txt");
    assert!(
        tracuu(&["index", "--index", index, one.to_str().unwrap()])
            .status
            .success()
    );
    let mut server = Command::new(tracuu_bin())
        .args(["serve", "--index", index, "--addr", "localhost:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    server.kill().unwrap();
    server.wait().unwrap();
    assert!(line.contains("http://127.0.0.1:"), "{line:?}");

    let out = tracuu(&["serve", "--index", index, "--addr", "localhost"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("HOST:PORT"), "{}", stderr(&out));
}
