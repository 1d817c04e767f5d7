//! The command line as issue 16 asks: `localhost` addresses, dates as Vietnamese write them.

use crate::common::{Server, fixtures_dir, one_report_index, stderr, stdout, tracuu, tracuu_bin};
use std::process::Command;

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
    let work = one_report_index();
    let index = work.path().join("index");
    let index = index.to_str().unwrap();
    let server = Server::start(Command::new(tracuu_bin()).args([
        "serve",
        "--index",
        index,
        "--addr",
        "localhost:0",
    ]));
    let addr = server.addr.clone();
    drop(server);
    assert!(addr.starts_with("127.0.0.1:"), "{addr:?}");

    let out = tracuu(&["serve", "--index", index, "--addr", "localhost"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("HOST:PORT"), "{}", stderr(&out));
}
