//! Tests of `tracuu gen` and of the `tracuu::synth` library behind it.

use crate::common::{seeds_dir, tracuu_bin};
use std::path::Path;
use std::process::Command;

fn gen_into(out: &Path, reports: usize, seed: u64) -> std::process::Output {
    Command::new(tracuu_bin())
        .args([
            "gen",
            "--reports",
            &reports.to_string(),
            "--seed",
            &seed.to_string(),
            "--out",
        ])
        .arg(out)
        .output()
        .expect("tracuu runs")
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("folder exists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn gen_writes_the_reports_and_says_so() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let out = tmp.path().join("corpus");
    let run = gen_into(&out, 5, 11);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.contains("wrote 5 synthetic documents"), "{stdout}");
    assert!(stdout.contains(&out.display().to_string()), "{stdout}");
    let names = files(&out);
    assert_eq!(names.len(), 5);
    let written = tracuu::synth::generate_documents(5, 11);
    let expected: Vec<String> = written.iter().map(|d| d.file_name.clone()).collect();
    assert_eq!(names, expected);
    for (i, (name, doc)) in names.iter().zip(&written).enumerate() {
        assert!(
            name.starts_with(&format!("{i:05}_")) && name.ends_with(".txt"),
            "{name}"
        );
        let text = std::fs::read_to_string(out.join(name)).expect("utf-8 document");
        let mark = match doc.kind {
            tracuu::synth::DocKind::Letter => "V/v".to_string(),
            kind => kind.word().to_uppercase(),
        };
        assert!(text.contains(&mark), "{name}");
        let least = if doc.kind == tracuu::synth::DocKind::Report {
            5
        } else {
            1
        };
        assert!(text.len() > least * 1024, "{name} is too short");
    }
}

#[test]
fn gen_is_deterministic_for_a_seed() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let (a, b, c) = (
        tmp.path().join("a"),
        tmp.path().join("b"),
        tmp.path().join("c"),
    );
    assert!(gen_into(&a, 6, 5).status.success());
    assert!(gen_into(&b, 6, 5).status.success());
    assert!(gen_into(&c, 6, 6).status.success());
    assert_eq!(files(&a), files(&b));
    for name in files(&a) {
        let x = std::fs::read(a.join(&name)).expect("read a");
        let y = std::fs::read(b.join(&name)).expect("read b");
        assert!(x == y, "{name} differs between two runs with the same seed");
    }
    let differ = files(&a)
        .iter()
        .zip(files(&c))
        .filter(|(x, y)| std::fs::read(a.join(x)).ok() != std::fs::read(c.join(y)).ok())
        .count();
    assert_eq!(differ, 6, "another seed must write other reports");
}

#[test]
fn gen_keeps_other_files_and_accepts_zero() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mine = tmp.path().join("ghi-chu.txt");
    std::fs::write(&mine, "của tôi").expect("write");
    let run = gen_into(tmp.path(), 0, 1);
    assert!(run.status.success());
    assert!(String::from_utf8_lossy(&run.stdout).contains("wrote 0 synthetic documents"));
    assert_eq!(files(tmp.path()), vec!["ghi-chu.txt".to_string()]);
    assert!(gen_into(tmp.path(), 2, 1).status.success());
    assert_eq!(files(tmp.path()).len(), 3);
    assert_eq!(std::fs::read_to_string(&mine).expect("kept"), "của tôi");
}

#[test]
fn gen_fails_clearly_when_the_folder_cannot_be_made() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let file = tmp.path().join("not-a-folder");
    std::fs::write(&file, "x").expect("write");
    let out = file.join("reports");
    let run = gen_into(&out, 3, 1);
    assert!(!run.status.success());
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains(&out.display().to_string()), "{stderr}");
    assert!(stderr.contains("cannot"), "{stderr}");
    assert!(run.stdout.is_empty());
}

#[test]
fn library_reports_carry_their_metadata() {
    let reports = tracuu::synth::generate(30, 2024);
    for r in &reports {
        assert!((2019..=2025).contains(&r.year));
        assert!(!r.citations.is_empty(), "{}", r.file_name);
        assert!(!r.unit.name.is_empty() && !r.unit.province.is_empty());
        assert!(r.date.year == r.year);
    }
}

/// Every surface feature (a layout word, a citation shape, a quirk) found in
/// the real seed reports also occurs somewhere in a synthetic corpus.
#[test]
#[ignore = "reads ../shared/seeds"]
fn the_surface_features_of_the_seeds_occur_in_the_corpus() {
    let dir = seeds_dir();
    let seeds: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| std::fs::read_to_string(e.expect("entry").path()).expect("utf-8 seed"))
        .collect();
    assert!(!seeds.is_empty());
    let corpus: Vec<String> = tracuu::synth::generate(1000, 1)
        .into_iter()
        .map(|r| r.text)
        .collect();
    let features = [
        "ỦY BAN NHÂN DÂN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: /BC-UBND",
        "BÁO CÁO",
        "Kính gửi:",
        "Thực hiện Công văn số",
        "Nơi nhận:",
        "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Trên đây là báo cáo",
        "./.",
        "Phụ lục",
        "PHỤ LỤC",
        "Biểu mẫu",
        "Kèm theo Báo cáo số",
        "STT",
        "Đơn vị tính",
        "Số liệu",
        "Ghi chú",
        "ƣ",
        "**",
        "<i>",
        "¹",
        "Bru điện",
        "số số",
        " - KH/ĐU",
        "/UBND - NV",
        " /QĐ-UBND",
        "/KH-\n",
        " vv ",
        "ISO 9001:2015",
        "Đề án 06",
        "hoà",
        "hòa",
        "hoá",
        "hóa",
        "thủy",
        "thuỷ",
        "CCHC",
        "TTHC",
        "QPPL",
        "BPMC",
        "GDPL",
        "PAPI",
        "SIPAS",
        "PAR Index",
        "-CTr/TU",
        "-TB/ĐU",
        "/NQ-HĐND",
        "NĐ-CP",
        "QĐ-TTg",
        "/TT-BTP",
        "/STP-",
        "\t",
        "\n|\n",
        "quý III/",
        "Quý III năm",
        "6 tháng đầu năm",
        "9 tháng đầu năm",
        "a/KH-UBND",
        ", ngày ",
        "Văn bản số",
        "Nghị định 130",
        "của Chủ tịch UBND",
        "của Thủ tướng Chính phủ",
        "của Ban Thường vụ Tỉnh ủy",
        "chữ ký số",
        "một cửa liên thông",
        "dịch vụ công trực tuyến",
        "hòa giải ở cơ sở",
        "quy chế chi tiêu nội bộ",
        "biên chế",
        "chuyển đổi số",
    ];
    let mut seen_in_seeds = 0;
    for f in features {
        if seeds.iter().any(|s| s.contains(f)) {
            seen_in_seeds += 1;
            assert!(
                corpus.iter().any(|t| t.contains(f)),
                "{f:?} is in the seeds but never generated"
            );
        }
    }
    assert!(
        seen_in_seeds >= 40,
        "only {seen_in_seeds} features found in the seeds"
    );
}

/// The grammars of documents beyond the seeds that the generator writes (a law by its
/// number, a Party resolution of the Central Committee, a joint circular) are read back by
/// the parser with the key and issuer the generator meant.
#[test]
fn the_parser_reads_back_the_new_grammars() {
    use tracuu::synth::Grammar;
    let reports = tracuu::synth::generate(120, 7);
    let mut checked = 0;
    for r in &reports {
        // Text arrives composed (NFC) from the readers; a synthetic report may be decomposed.
        let parsed = tracuu_report::parse(&tracuu_tokenizer::nfc(&r.text));
        for c in &r.citations {
            let new = c.grammar == Grammar::LawByNumber
                || c.code.ends_with("/TW")
                || c.code.contains("TTLT");
            if !new {
                continue;
            }
            checked += 1;
            let found = parsed.documents.iter().find(|d| d.cited.key == c.code);
            let found = found.unwrap_or_else(|| panic!("{}: {} not found", r.file_name, c.code));
            assert_eq!(
                found.cited.issuer.as_deref(),
                Some(c.issuer.as_str()),
                "{}",
                c.code
            );
        }
    }
    assert!(checked >= 10, "only {checked} new citations written");
}

/// Every kind `tracuu gen` writes (decisions, plans, letters, decrees, Youth Union reports
/// and plans, merger resolutions, and the reports) is read back by the parser with the
/// number, date, kind, issuer and signer the generator wrote, and every citation with its
/// key, date, issuer and pinpoint; nothing else is taken for a citation.
#[test]
fn the_parser_reads_back_every_kind_the_generator_writes() {
    use tracuu::synth::{DateForm, DocKind};
    let docs = tracuu::synth::generate_documents(300, 17);
    let mut wrong: Vec<String> = Vec::new();
    let mut kinds = std::collections::HashMap::new();
    let mut cited = 0;
    for d in &docs {
        *kinds.entry(d.kind).or_insert(0) += 1;
        let parsed = tracuu_report::parse(&tracuu_tokenizer::nfc(&d.text));
        let m = &parsed.metadata;
        let mut check = |what: &str, got: Option<&str>, want: Option<&str>| {
            if got != want {
                wrong.push(format!("{}: {what} {got:?}, written {want:?}", d.file_name));
            }
        };
        check("number", m.number.as_deref(), d.number.as_deref());
        let date = if d.blank_day {
            format!("{}-{:02}", d.date.year, d.date.month)
        } else {
            format!("{}-{:02}-{:02}", d.date.year, d.date.month, d.date.day)
        };
        if d.kind != DocKind::Report {
            check("date", m.date.as_deref(), Some(&date));
        }
        check("kind", m.kind.as_deref(), Some(d.kind.word()));
        if d.kind == DocKind::Report {
            continue;
        }
        check(
            "issuer",
            m.issuer.as_ref().map(|i| i.name.as_str()),
            d.issuer.as_deref(),
        );
        check(
            "signer",
            m.signer.as_ref().map(|s| s.name.as_str()),
            d.signer.as_deref(),
        );
        check(
            "role",
            m.signer.as_ref().and_then(|s| s.role.as_deref()),
            d.role.as_deref(),
        );
        for c in &d.citations {
            cited += 1;
            let Some(found) = parsed.documents.iter().find(|x| x.cited.key == c.code) else {
                wrong.push(format!("{}: {} not found", d.file_name, c.code));
                continue;
            };
            let mut check = |what: &str, got: Option<&str>, want: Option<&str>| {
                if got != want {
                    wrong.push(format!(
                        "{}: {} {what} {got:?}, written {want:?}",
                        d.file_name, c.code
                    ));
                }
            };
            check("issuer", found.cited.issuer.as_deref(), Some(&c.issuer));
            if c.date_form != DateForm::Absent {
                let iso = format!(
                    "{}-{:02}-{:02}",
                    c.issued.year, c.issued.month, c.issued.day
                );
                check("date", found.cited.date.as_deref(), Some(&iso));
            }
            if let Some(pin) = &c.pinpoint {
                let named = parsed
                    .citations
                    .iter()
                    .any(|x| x.cited.key == c.code && x.pinpoints.contains(pin));
                check("pinpoint", named.then_some(pin.as_str()), Some(pin));
            }
        }
        for x in &parsed.documents {
            if !d.citations.iter().any(|c| c.code == x.cited.key) {
                wrong.push(format!(
                    "{}: {} read but never written",
                    d.file_name, x.cited.key
                ));
            }
        }
    }
    for kind in DocKind::ALL {
        assert!(
            kinds.get(&kind).copied().unwrap_or(0) >= 3,
            "{kind:?}: {kinds:?}"
        );
    }
    assert!(cited >= 300, "only {cited} citations written");
    assert!(
        wrong.is_empty(),
        "{} disagreements:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
