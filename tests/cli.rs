//! The command line: index, search, cite, and what they say about bad input.

use crate::common::{fixtures_dir, stderr, stdout, tracuu};
use std::fs;

fn index_args<'a>(dir: &'a str, paths: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["index", "--index", dir];
    args.extend_from_slice(paths);
    args
}

#[test]
fn reindexing_the_same_files_changes_nothing_and_a_changed_file_replaces_its_old_version() {
    let work = tempfile::tempdir().unwrap();
    let reports = work.path().join("reports");
    fs::create_dir(&reports).unwrap();
    for name in ["xa-hoa-son-2024-q1.txt", "xa-tuong-son-2023-6t.txt"] {
        fs::copy(fixtures_dir().join(name), reports.join(name)).unwrap();
    }
    let index = work.path().join("index");
    let (index, reports) = (index.to_str().unwrap(), reports.to_str().unwrap());

    let first = tracuu(&index_args(index, &[reports]));
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(
        stdout(&first).contains("reports    2 added, 0 replaced, 0 unchanged, 0 skipped"),
        "{}",
        stdout(&first)
    );

    let again = tracuu(&index_args(index, &[reports]));
    assert!(
        stdout(&again).contains("reports    0 added, 0 replaced, 2 unchanged, 0 skipped"),
        "{}",
        stdout(&again)
    );

    let changed = format!("{reports}/xa-tuong-son-2023-6t.txt");
    let text = fs::read_to_string(&changed)
        .unwrap()
        .replace("iOffice", "phần mềm quản lý văn bản mới");
    fs::write(&changed, text).unwrap();
    let third = tracuu(&index_args(index, &[reports]));
    assert!(
        stdout(&third).contains("reports    0 added, 1 replaced, 1 unchanged, 0 skipped"),
        "{}",
        stdout(&third)
    );

    let search = tracuu(&["search", "--index", index, "iOffice", "--json"]);
    let body: serde_json::Value = serde_json::from_slice(&search.stdout).unwrap();
    assert_eq!(body["total"], 0, "the old version is gone");
    let search = tracuu(&["search", "--index", index, "quản lý văn bản mới", "--json"]);
    let body: serde_json::Value = serde_json::from_slice(&search.stdout).unwrap();
    assert_eq!(body["total"], 1, "the new version is there, once");
}

#[test]
fn unreadable_files_are_reported_and_skipped_and_the_rest_indexed() {
    let work = tempfile::tempdir().unwrap();
    let reports = work.path().join("reports");
    fs::create_dir(&reports).unwrap();
    fs::copy(
        fixtures_dir().join("xa-hoa-son-2024-q1.txt"),
        reports.join("good.txt"),
    )
    .unwrap();
    let garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    fs::write(reports.join("garbage.txt"), garbage).unwrap();
    fs::write(reports.join("empty.txt"), "").unwrap();
    let index = work.path().join("index");
    let out = tracuu(&index_args(
        index.to_str().unwrap(),
        &[reports.to_str().unwrap()],
    ));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("skipped garbage.txt:"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("skipped empty.txt:"),
        "{}",
        stderr(&out)
    );
    assert!(
        stdout(&out).contains("reports    1 added, 0 replaced, 0 unchanged, 2 skipped"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_second_writer_is_told_the_index_is_busy() {
    let work = tempfile::tempdir().unwrap();
    let index = work.path().join("index");
    let writer = tracuu_index::Indexer::open(&index).unwrap();
    let out = tracuu(&index_args(
        index.to_str().unwrap(),
        &[fixtures_dir().to_str().unwrap()],
    ));
    assert!(!out.status.success());
    assert!(stderr(&out).contains("index is busy"), "{}", stderr(&out));
    drop(writer);
    let out = tracuu(&index_args(
        index.to_str().unwrap(),
        &[fixtures_dir().to_str().unwrap()],
    ));
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn search_and_cite_print_for_people_and_for_programs() {
    let work = tempfile::tempdir().unwrap();
    let index = work.path().join("index");
    let index = index.to_str().unwrap();
    assert!(
        tracuu(&index_args(index, &[fixtures_dir().to_str().unwrap()]))
            .status
            .success()
    );

    let out = tracuu(&["search", "--index", index, "hoa giai", "--unit", "Phúc Sơn"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("1 hits for \"hoa giai\""), "{text}");
    assert!(text.contains("xã Phúc Sơn"), "{text}");
    assert!(text.contains("«hoà giải»"), "{text}");

    // The PDF glyph `ƣ` of the fixture is shown as the letter it stands for, as on the page.
    let out = tracuu(&["search", "--index", index, "\"Lương Văn Tường\""]);
    let text = stdout(&out);
    assert!(
        text.contains("Lương") && text.contains("Tường") && !text.contains('ƣ'),
        "{text}"
    );

    let out = tracuu(&["cite", "--index", index, "12/kh-ubnd", "--json"]);
    let body: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(body["status"], "found");
    // Each citing section on its own line, with no empty place where a section has no path.
    let text = stdout(&tracuu(&["cite", "--index", index, "12/kh-ubnd"]));
    assert!(text.contains("\n    - "), "{text}");
    assert!(!text.contains(") :"), "{text}");

    let out = tracuu(&["cite", "--index", index, "Kế hoạch 05"]);
    assert!(
        stdout(&out).starts_with("Kế hoạch 05: ambiguous"),
        "{}",
        stdout(&out)
    );

    // The reason of an invalid citation and each difference are in the plain output too.
    let out = tracuu(&[
        "cite",
        "--index",
        index,
        "Nghị định số 61/2018/NĐ-CP ngày 23/4/2019",
    ]);
    assert!(
        stdout(&out).contains("invalid: số ghi năm 2018 nhưng ngày ban hành là 2019-04-23"),
        "{}",
        stdout(&out)
    );
    let out = tracuu(&[
        "cite",
        "--index",
        index,
        "Nghị định 61/2018/NĐ-CP của Bộ Tư pháp",
    ]);
    let text = stdout(&out);
    assert!(text.contains("found, with differences"), "{text}");
    assert!(
        text.contains("cơ quan ban hành: ghi Bộ Tư pháp nhưng chỉ mục có Chính phủ"),
        "{text}"
    );

    let out = tracuu(&["search", "--index", index, "x", "--limit", "500"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("invalid parameter `limit`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn searching_a_missing_index_says_so() {
    let work = tempfile::tempdir().unwrap();
    let missing = work.path().join("nothing");
    let out = tracuu(&["search", "--index", missing.to_str().unwrap(), "hoa giai"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no index in"), "{}", stderr(&out));
}

#[test]
fn an_index_of_another_version_is_refused_once_and_plainly() {
    let work = tempfile::tempdir().unwrap();
    let mut schema = tantivy::schema::Schema::builder();
    schema.add_text_field("body_exact", tantivy::schema::TEXT);
    tantivy::Index::create_in_dir(work.path(), schema.build()).unwrap();
    let dir = work.path().to_str().unwrap();
    for args in [
        vec!["search", "--index", dir, "hoa giai"],
        index_args(dir, &[fixtures_dir().to_str().unwrap()]),
    ] {
        let out = tracuu(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert_eq!(
            err.matches("another version of tracuu").count(),
            1,
            "{args:?}: {err}"
        );
        assert!(err.contains("delete the folder"), "{err}");
    }
}

#[test]
fn killing_an_index_run_half_way_leaves_the_index_as_it_was() {
    let work = tempfile::tempdir().unwrap();
    let index = work.path().join("index");
    let index = index.to_str().unwrap();
    let first = fixtures_dir().join("xa-hoa-son-2024-q1.txt");
    assert!(
        tracuu(&index_args(index, &[first.to_str().unwrap()]))
            .status
            .success()
    );

    let many = work.path().join("many");
    fs::create_dir(&many).unwrap();
    let text = fs::read_to_string(fixtures_dir().join("xa-tuong-son-2023-6t.txt")).unwrap();
    for i in 0..3000 {
        fs::write(
            many.join(format!("{i:05}.txt")),
            format!("{text}\nBản sao {i}.\n"),
        )
        .unwrap();
    }
    let mut run = std::process::Command::new(crate::common::tracuu_bin())
        .args(index_args(index, &[many.to_str().unwrap()]))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(400));
    run.kill().unwrap();
    let status = run.wait().unwrap();
    assert!(!status.success(), "the run was still going when killed");

    let engine = tracuu_index::Engine::open(std::path::Path::new(index)).unwrap();
    assert_eq!(
        engine.health().unwrap().reports,
        1,
        "only the committed report"
    );
    drop(engine);
    let again = tracuu(&index_args(index, &[many.to_str().unwrap()]));
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(
        stdout(&again).contains("reports    3000 added"),
        "{}",
        stdout(&again)
    );
}

#[test]
fn sections_and_periods_are_named_as_the_page_names_them() {
    let work = tempfile::tempdir().unwrap();
    let index = work.path().join("index");
    let index = index.to_str().unwrap();
    let fixtures = fixtures_dir();
    let out = tracuu(&index_args(index, &[fixtures.to_str().unwrap()]));
    assert!(out.status.success(), "{}", stderr(&out));
    let total = |extra: &[&str]| {
        let mut args = vec!["search", "--index", index, "hồ sơ", "--json"];
        args.extend_from_slice(extra);
        let out = tracuu(&args);
        assert!(out.status.success(), "{extra:?}: {}", stderr(&out));
        let body: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        body["total"].as_u64().unwrap()
    };
    let by_code = total(&["--section", "procedures"]);
    assert!(by_code > 0);
    assert_eq!(total(&["--section", "thủ tục hành chính"]), by_code);
    assert_eq!(total(&["--section", "thu tuc hanh chinh"]), by_code);
    let six = total(&["--period", "six_months"]);
    assert!(six > 0);
    assert_eq!(total(&["--period", "6 tháng"]), six);
    assert_eq!(total(&["--period", "6 thang"]), six);

    // As grep: 0 when something is found, 1 when nothing is, 2 on an error.
    let none = tracuu(&["search", "--index", index, "xylophone"]);
    assert_eq!(none.status.code(), Some(1), "{}", stderr(&none));
    assert!(stdout(&none).contains("0 hits"), "{}", stdout(&none));
    assert_eq!(stderr(&none), "");
    let bad = tracuu(&["search", "--index", index, "hồ sơ", "--period", "tuần"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("unknown period `tuần`"),
        "{}",
        stderr(&bad)
    );
}
