//! Files that try to fool `tracuu index`: a few bad bytes in UTF-8, noise under many names,
//! text that is not a report, a symlink out of the folder, a pipe. Each is asserted in the
//! summary and in what the search then finds.

use crate::common::{fixtures_dir, stderr, stdout, tracuu};
use std::fs;
use std::path::Path;

/// Bytes that look random (a fixed sequence: the tests are repeatable).
fn noise(n: usize, seed: u32) -> Vec<u8> {
    let mut x = seed.wrapping_mul(2_654_435_761) | 1;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x >> 11) as u8
        })
        .collect()
}

fn index_json(index: &Path, args: &[&str]) -> (std::process::Output, serde_json::Value) {
    let mut all = vec!["index", "--index", index.to_str().unwrap(), "--json"];
    all.extend_from_slice(args);
    let out = tracuu(&all);
    let summary = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (out, summary)
}

fn search_total(index: &Path, query: &str) -> u64 {
    let out = tracuu(&[
        "search",
        "--index",
        index.to_str().unwrap(),
        query,
        "--group",
        "report",
        "--json",
    ]);
    // 0 when something is found, 1 when nothing is (as grep): never an error.
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
    let body: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    body["total"].as_u64().unwrap()
}

fn skip_reason(summary: &serde_json::Value, source: &str) -> String {
    summary["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["source"] == source)
        .unwrap_or_else(|| panic!("{source} not skipped: {summary:#}"))["reason"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn a_utf8_report_with_seven_bad_bytes_stays_utf8_and_is_found() {
    let work = tempfile::tempdir().unwrap();
    let folder = work.path().join("reports");
    fs::create_dir(&folder).unwrap();
    let text = fs::read_to_string(fixtures_dir().join("xa-hoa-son-2024-q1.txt")).unwrap();
    let mut bytes = Vec::new();
    let mut inserted = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        bytes.extend_from_slice(line.as_bytes());
        if i % 3 == 1 && inserted < 7 {
            bytes.push(0xFF); // a byte UTF-8 never has
            inserted += 1;
        }
    }
    let bad = bytes.len() - text.len();
    assert_eq!(bad, 7);
    fs::write(folder.join("hoa-son.txt"), &bytes).unwrap();
    let index = work.path().join("index");
    let (out, summary) = index_json(&index, &[folder.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(summary["reports"]["added"], 1, "{summary:#}");
    assert_eq!(summary["replaced"][0]["source"], "hoa-son.txt");
    assert_eq!(summary["replaced"][0]["characters"], bad as u64);
    assert_eq!(search_total(&index, "\"cải cách hành chính\""), 1);
    assert_eq!(search_total(&index, "15/BC-UBND"), 1);
    let text_out = tracuu(&[
        "index",
        "--index",
        index.to_str().unwrap(),
        folder.to_str().unwrap(),
    ]);
    assert!(
        stdout(&text_out).contains("unchanged"),
        "{}",
        stdout(&text_out)
    );
}

#[test]
fn noise_and_text_that_is_not_a_report_are_skipped_with_a_reason() {
    let work = tempfile::tempdir().unwrap();
    let folder = work.path().join("reports");
    fs::create_dir(&folder).unwrap();
    fs::copy(
        fixtures_dir().join("xa-phuc-son-2024-9t.txt"),
        folder.join("good.txt"),
    )
    .unwrap();
    fs::write(folder.join("random.doc"), noise(20_000, 1)).unwrap();
    fs::write(
        folder.join("bom.txt"),
        [b"\xFF\xFE".as_slice(), &noise(8_000, 2)].concat(),
    )
    .unwrap();
    let high: Vec<u8> = noise(8_000, 3).iter().map(|b| b | 0x80).collect();
    fs::write(folder.join("high.txt"), high).unwrap();
    fs::write(folder.join("hello.txt"), "hello world\n").unwrap();
    let index = work.path().join("index");
    let (out, summary) = index_json(&index, &[folder.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(summary["reports"]["added"], 1, "{summary:#}");
    assert_eq!(summary["reports"]["skipped"], 4, "{summary:#}");
    for name in ["bom.txt", "high.txt", "hello.txt"] {
        let reason = skip_reason(&summary, name);
        assert!(
            reason.starts_with("not a document") || reason.starts_with("not text"),
            "{name}: {reason}"
        );
        assert!(stderr(&out).contains(&format!("skipped {name}: ")));
    }
    // Without antiword or catdoc the `.doc` is skipped for that; with them, as not a document.
    let reason = skip_reason(&summary, "random.doc");
    assert!(
        reason.starts_with("not a document") || reason.contains("antiword"),
        "{reason}"
    );
    let health = tracuu_index::Engine::open(&index)
        .unwrap()
        .health()
        .unwrap();
    assert_eq!(health.reports, 1);
    assert_eq!(search_total(&index, "hello"), 0);
}

#[test]
fn a_symlink_out_of_the_folder_is_skipped_unless_allowed_and_a_pipe_is_reported() {
    let work = tempfile::tempdir().unwrap();
    let outside = work.path().join("outside");
    let folder = work.path().join("reports");
    fs::create_dir(&outside).unwrap();
    fs::create_dir_all(folder.join("sub")).unwrap();
    fs::copy(
        fixtures_dir().join("xa-tuong-son-2023-6t.txt"),
        outside.join("secret.txt"),
    )
    .unwrap();
    fs::copy(
        fixtures_dir().join("xa-hoa-son-2024-q1.txt"),
        folder.join("sub/hoa-son.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.join("secret.txt"), folder.join("secret.txt")).unwrap();
    // A link inside the folder is followed.
    std::os::unix::fs::symlink(folder.join("sub/hoa-son.txt"), folder.join("alias.txt")).unwrap();
    let fifo = folder.join("pipe.txt");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let index = work.path().join("index");
    let (out, summary) = index_json(&index, &[folder.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        skip_reason(&summary, "secret.txt").starts_with("symlink leads outside the folders given"),
        "{summary:#}"
    );
    assert_eq!(
        skip_reason(&summary, "pipe.txt"),
        "not a regular file (a named pipe)"
    );
    assert!(stderr(&out).contains("skipped pipe.txt: not a regular file"));
    assert_eq!(
        summary["reports"]["added"], 2,
        "alias and the file: {summary:#}"
    );
    assert_eq!(
        search_total(&index, "\"Tường Sơn\""),
        0,
        "the outside file is not searchable"
    );

    let (out, summary) = index_json(&index, &["--follow-symlinks", folder.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(summary["reports"]["added"], 1, "{summary:#}");
    assert!(search_total(&index, "\"Tường Sơn\"") > 0);
}

#[test]
fn a_file_too_large_for_the_memory_budget_is_skipped_saying_so_and_the_rest_is_indexed() {
    let work = tempfile::tempdir().unwrap();
    let folder = work.path().join("reports");
    fs::create_dir(&folder).unwrap();
    let text = fs::read_to_string(fixtures_dir().join("xa-phuc-son-2024-9t.txt")).unwrap();
    fs::write(folder.join("good.txt"), &text).unwrap();
    // `--memory-mb 64` leaves 32 MB for reading, and a file costs about ten times its size.
    let big = text.repeat(3_500_000 / text.len() + 1);
    fs::write(folder.join("big.txt"), &big).unwrap();
    let index = work.path().join("index");
    let (out, summary) = index_json(&index, &["--memory-mb", "64", folder.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(summary["reports"]["added"], 1, "{summary:#}");
    let reason = skip_reason(&summary, "big.txt");
    assert!(
        reason.contains("memory budget") && reason.contains("--memory-mb"),
        "{reason}"
    );
    assert!(
        stderr(&out).contains("skipped big.txt: "),
        "{}",
        stderr(&out)
    );
    assert_eq!(search_total(&index, "15/BC-UBND"), 0);
    assert_eq!(
        tracuu_index::Engine::open(&index)
            .unwrap()
            .health()
            .unwrap()
            .reports,
        1
    );
}
