//! The index equals the folders it was given: files gone are removed, renamed files moved,
//! `tracuu remove` takes a file or a folder out, and the exit code says when nothing worked.

use crate::common::{fixtures_dir, stderr, stdout, tracuu};
use std::fs;
use std::path::Path;

fn index(index: &Path, paths: &[&Path]) -> (std::process::Output, serde_json::Value) {
    let mut args = vec![
        "index".to_string(),
        "--index".into(),
        index.display().to_string(),
        "--json".into(),
    ];
    args.extend(paths.iter().map(|p| p.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = tracuu(&args);
    let summary = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (out, summary)
}

/// The sources of the reports a query finds, one per report.
fn found(index: &Path, query: &str) -> Vec<String> {
    let out = tracuu(&[
        "search",
        "--index",
        index.to_str().unwrap(),
        query,
        "--group",
        "report",
        "--limit",
        "100",
        "--json",
    ]);
    // 0 when something is found, 1 when nothing is (as grep): never an error.
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
    let body: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut sources: Vec<String> = body["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["report"]["source"].as_str().unwrap().to_string())
        .collect();
    sources.sort();
    sources
}

fn folder_of_fixtures(root: &Path) -> std::path::PathBuf {
    let folder = root.join("reports");
    fs::create_dir_all(folder.join("2024")).unwrap();
    fs::copy(
        fixtures_dir().join("xa-hoa-son-2024-q1.txt"),
        folder.join("2024/hoa-son.txt"),
    )
    .unwrap();
    fs::copy(
        fixtures_dir().join("xa-tuong-son-2023-6t.txt"),
        folder.join("tuong-son.txt"),
    )
    .unwrap();
    fs::copy(
        fixtures_dir().join("xa-phuc-son-2024-9t.txt"),
        folder.join("phuc-son.txt"),
    )
    .unwrap();
    folder
}

#[test]
fn a_deleted_file_is_removed_and_a_renamed_one_moved_not_doubled() {
    let work = tempfile::tempdir().unwrap();
    let folder = folder_of_fixtures(work.path());
    let idx = work.path().join("index");
    let (out, summary) = index(&idx, &[&folder]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(summary["reports"]["added"], 3);
    assert_eq!(found(&idx, "\"Tường Sơn\""), ["tuong-son.txt"]);

    fs::remove_file(folder.join("tuong-son.txt")).unwrap();
    fs::rename(
        folder.join("phuc-son.txt"),
        folder.join("2024/phuc-son-9t.txt"),
    )
    .unwrap();
    let (out, summary) = index(&idx, &[&folder]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(summary["reports"]["removed"], 1, "{summary:#}");
    assert_eq!(summary["reports"]["moved"], 1, "{summary:#}");
    assert_eq!(summary["reports"]["added"], 0, "{summary:#}");
    assert_eq!(summary["reports"]["unchanged"], 1, "{summary:#}");
    assert_eq!(summary["removed"], serde_json::json!(["tuong-son.txt"]));
    assert_eq!(
        summary["moved"],
        serde_json::json!([["phuc-son.txt", "2024/phuc-son-9t.txt"]])
    );
    assert!(
        found(&idx, "\"Tường Sơn\"").is_empty(),
        "the deleted file is gone"
    );
    assert_eq!(
        found(&idx, "\"Phúc Sơn\""),
        ["2024/phuc-son-9t.txt"],
        "once, new name"
    );
    let health = tracuu_index::Engine::open(&idx).unwrap().health().unwrap();
    assert_eq!(health.reports, 2);

    let text = tracuu(&[
        "index",
        "--index",
        idx.to_str().unwrap(),
        folder.to_str().unwrap(),
    ]);
    assert!(
        stdout(&text)
            .contains("reports    0 added, 0 replaced, 2 unchanged, 0 skipped, 0 moved, 0 removed"),
        "{}",
        stdout(&text)
    );
}

#[test]
fn another_folder_indexed_later_does_not_remove_the_first() {
    let work = tempfile::tempdir().unwrap();
    let a = folder_of_fixtures(&work.path().join("a"));
    let b = work.path().join("b");
    fs::create_dir(&b).unwrap();
    fs::copy(
        fixtures_dir().join("huyen-anh-son-2024.txt"),
        b.join("anh-son.txt"),
    )
    .unwrap();
    let idx = work.path().join("index");
    assert!(index(&idx, &[&a]).0.status.success());
    let (out, summary) = index(&idx, &[&b]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(summary["reports"]["added"], 1);
    assert_eq!(summary["reports"]["removed"], 0, "{summary:#}");
    let health = tracuu_index::Engine::open(&idx).unwrap().health().unwrap();
    assert_eq!(health.reports, 4);
}

#[test]
fn remove_takes_out_a_file_or_a_folder_even_when_it_still_exists() {
    let work = tempfile::tempdir().unwrap();
    let folder = folder_of_fixtures(work.path());
    let idx = work.path().join("index");
    let idx_s = idx.to_str().unwrap();
    assert!(index(&idx, &[&folder]).0.status.success());

    let out = tracuu(&[
        "remove",
        "--index",
        idx_s,
        folder.join("2024").to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("removed    2024/hoa-son.txt"),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("reports    1 removed"),
        "{}",
        stdout(&out)
    );
    assert!(found(&idx, "\"Hoa Sơn\"").is_empty());

    // A file already deleted is removed by its path too.
    fs::remove_file(folder.join("tuong-son.txt")).unwrap();
    let out = tracuu(&[
        "remove",
        "--index",
        idx_s,
        folder.join("tuong-son.txt").to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(found(&idx, "\"Tường Sơn\"").is_empty());
    assert_eq!(found(&idx, "\"Phúc Sơn\""), ["phuc-son.txt"]);

    let out = tracuu(&["remove", "--index", idx_s, "/no/such/report.txt"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("no indexed report under /no/such/report.txt"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_missing_path_or_nothing_indexable_exits_non_zero() {
    let work = tempfile::tempdir().unwrap();
    let idx = work.path().join("index");
    let missing = work.path().join("khong-co");
    let (out, _) = index(&idx, &[&missing]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("no such file or folder"),
        "{}",
        stderr(&out)
    );

    let empty = work.path().join("rong");
    fs::create_dir(&empty).unwrap();
    fs::write(empty.join("hello.txt"), "hello world\n").unwrap();
    let (out, summary) = index(&idx, &[&empty]);
    assert!(!out.status.success());
    assert_eq!(summary["reports"]["skipped"], 1);
    assert!(
        stderr(&out).contains("nothing could be indexed"),
        "{}",
        stderr(&out)
    );

    // A good folder beside a missing path is indexed, and the run still fails.
    let good = folder_of_fixtures(work.path());
    let (out, summary) = index(&idx, &[&good, &missing]);
    assert!(!out.status.success());
    assert_eq!(summary["reports"]["added"], 3);
}

/// A zip of the given entries (name, fixture file).
fn zip_of(path: &Path, entries: &[(&str, &str)]) {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, fixture) in entries {
        zip.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(&fs::read(fixtures_dir().join(fixture)).unwrap())
            .unwrap();
    }
    fs::write(path, zip.finish().unwrap().into_inner()).unwrap();
}

#[test]
fn an_entry_gone_from_a_zip_still_there_is_removed() {
    let work = tempfile::tempdir().unwrap();
    let folder = work.path().join("reports");
    fs::create_dir_all(&folder).unwrap();
    let archive = folder.join("quy-1.zip");
    zip_of(
        &archive,
        &[
            ("hoa-son.txt", "xa-hoa-son-2024-q1.txt"),
            ("tuong-son.txt", "xa-tuong-son-2023-6t.txt"),
        ],
    );
    let idx = work.path().join("index");
    let (out, summary) = index(&idx, &[&folder]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(summary["reports"]["added"], 2, "{summary:#}");
    assert_eq!(found(&idx, "\"Tường Sơn\""), ["quy-1.zip!tuong-son.txt"]);

    // The office sends the archive again without one report.
    zip_of(&archive, &[("hoa-son.txt", "xa-hoa-son-2024-q1.txt")]);
    let (out, summary) = index(&idx, &[&folder]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        summary["removed"],
        serde_json::json!(["quy-1.zip!tuong-son.txt"])
    );
    assert_eq!(summary["reports"]["unchanged"], 1, "{summary:#}");
    assert!(
        found(&idx, "\"Tường Sơn\"").is_empty(),
        "the entry gone is not found"
    );

    // An archive that can no longer be opened keeps what it gave: nothing is lost to a
    // broken copy.
    fs::write(&archive, b"PK\x03\x04 broken").unwrap();
    let (_, summary) = index(&idx, &[&folder]);
    assert_eq!(summary["reports"]["removed"], 0, "{summary:#}");
    assert_eq!(found(&idx, "\"Hoa Sơn\""), ["quy-1.zip!hoa-son.txt"]);
}
