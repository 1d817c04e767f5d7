//! Tests of `tracuu parse`.

use std::process::Command;

use crate::common::{seeds_dir, tracuu_bin};

const REPORT: &str = "Số: 21/BC-UBND\n\nTân Phú, ngày 10 tháng 7 năm 2024\n\nBÁO CÁO\nCông tác cải cách hành chính quý II năm 2024\n\nThực hiện Công văn số 245/UBND-NV ngày 05/3/2024 của UBND huyện Đồng Xuân về việc báo cáo định kỳ, UBND xã Tân Phú báo cáo như sau:\n\nI. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n\nUBND xã đã ban hành Kế hoạch số 05/KH-UBND ngày 12/01/2024 về cải cách hành chính năm 2024.\n\nII. KẾT QUẢ THỰC HIỆN\n\n1. Cải cách thể chế\n\nThực hiện Nghị định 61/2018/NĐ-CP ngày 23/4/2018.\n\nTrên đây là báo cáo của UBND xã Tân Phú./.\n\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Tám\n";

fn write_fixture(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let path = dir.path().join("report.txt");
    std::fs::write(&path, REPORT).unwrap();
    path
}

#[test]
fn json_has_metadata_sections_and_citations() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(tracuu_bin())
        .args(["parse", "--json"])
        .arg(write_fixture(&dir))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let m = &v["metadata"];
    assert_eq!(m["unit"], "xã Tân Phú");
    assert_eq!(m["parent"], "huyện Đồng Xuân");
    assert_eq!(m["number"], "21/BC-UBND");
    assert_eq!(m["date"], "2024-07-10");
    assert_eq!(m["year"], 2024);
    assert_eq!(m["period"]["kind"], "quarter");
    assert_eq!(m["period"]["index"], 2);
    assert_eq!(m["signer"]["name"], "Lê Văn Tám");
    let sections = v["sections"].as_array().unwrap();
    let paths: Vec<&str> = sections
        .iter()
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["", "I", "II", "II.1", ""]);
    assert_eq!(sections[3]["category"], "institutional");
    let citations = v["citations"].as_array().unwrap();
    assert_eq!(citations.len(), 3);
    assert_eq!(citations[0]["key"], "245/UBND-NV");
    assert_eq!(citations[0]["type"], "Công văn");
    assert_eq!(citations[0]["issuer"], "UBND huyện Đồng Xuân");
    assert_eq!(citations[0]["subject"], "báo cáo định kỳ");
    assert_eq!(citations[0]["section"], "");
    assert_eq!(citations[1]["issuer"], "UBND xã Tân Phú");
    assert_eq!(citations[1]["section"], "I");
    assert_eq!(citations[2]["key"], "61/2018/NĐ-CP");
    assert_eq!(citations[2]["issuer"], "Chính phủ");
    assert_eq!(citations[2]["section"], "II.1");
}

#[test]
fn summary_is_readable() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(tracuu_bin())
        .arg("parse")
        .arg(write_fixture(&dir))
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Unit:      xã Tân Phú"), "{text}");
    assert!(
        text.contains("Citations (3 mentions of 3 documents)"),
        "{text}"
    );
    assert!(
        text.contains("II.1 Cải cách thể chế  [institutional]"),
        "{text}"
    );
}

#[test]
fn unreadable_file_is_named_and_exits_2() {
    let out = Command::new(tracuu_bin())
        .args(["parse", "/nonexistent/tracuu-report.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/nonexistent/tracuu-report.txt"), "{err}");
}

#[test]
#[ignore = "reads ../shared/seeds"]
fn every_seed_parses_to_json() {
    for entry in std::fs::read_dir(seeds_dir()).unwrap() {
        let path = entry.unwrap().path();
        let out = Command::new(tracuu_bin())
            .args(["parse", "--json"])
            .arg(&path)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", path.display());
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(v["metadata"]["unit"].is_string(), "{}", path.display());
        assert!(
            !v["citations"].as_array().unwrap().is_empty(),
            "{}",
            path.display()
        );
    }
}
