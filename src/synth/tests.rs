//! Properties of the generated corpus as a whole.

use super::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

fn corpus() -> &'static [SyntheticReport] {
    static CORPUS: std::sync::OnceLock<Vec<SyntheticReport>> = std::sync::OnceLock::new();
    CORPUS.get_or_init(|| generate(2000, 20_240_915))
}

fn plain(r: &SyntheticReport) -> bool {
    !r.quirks.nfd && !r.quirks.pdf
}

#[test]
fn same_seed_same_bytes_different_seed_different_text() {
    let a = generate(40, 7);
    let b = generate(40, 7);
    let c = generate(40, 8);
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x.file_name, y.file_name);
        assert_eq!(x.text, y.text);
    }
    let same = a.iter().zip(&c).filter(|(x, y)| x.text == y.text).count();
    assert_eq!(same, 0, "a different seed must change the reports");
}

#[test]
fn report_i_does_not_depend_on_the_count() {
    let long = generate(12, 99);
    let short = generate(5, 99);
    assert_eq!(long[4].text, short[4].text);
    assert!(generate(0, 99).is_empty());
}

#[test]
fn file_names_are_unique_sortable_ascii() {
    let mut seen = BTreeSet::new();
    for (i, r) in corpus().iter().enumerate().take(600) {
        let name = &r.file_name;
        assert!(name.is_ascii(), "{name}");
        assert!(name.starts_with(&format!("{i:05}_")), "{name}");
        assert!(
            name.ends_with(&format!("_{}-{}.txt", r.year, r.period.code())),
            "{name}"
        );
        let slug = &name[6..name.len() - 4 - 1 - r.period.code().len() - 5];
        assert!(
            !slug.is_empty()
                && slug
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{name}"
        );
        assert!(seen.insert(name.clone()), "duplicate {name}");
    }
}

#[test]
fn every_period_kind_and_year_occurs_often() {
    let mut kinds: HashMap<PeriodKind, usize> = HashMap::new();
    let mut years: BTreeMap<u16, usize> = BTreeMap::new();
    for r in corpus() {
        *kinds.entry(r.period).or_default() += 1;
        *years.entry(r.year).or_default() += 1;
    }
    for k in PeriodKind::ALL {
        let n = kinds.get(&k).copied().unwrap_or(0);
        assert!(n >= 150, "{k:?} occurs only {n} times");
    }
    assert_eq!(
        years.keys().copied().collect::<Vec<_>>(),
        (2019..=2025).collect::<Vec<_>>()
    );
    let texts: Vec<&str> = corpus()
        .iter()
        .filter(|r| plain(r))
        .map(|r| r.text.as_str())
        .collect();
    for spelling in [
        "Quý III năm 20",
        "quý III/20",
        "quý 3 năm 20",
        "Quý 2/20",
        "6 tháng đầu năm 20",
        "9 tháng đầu năm 20",
        "cải cách hành chính năm 20",
    ] {
        let n = texts.iter().filter(|t| t.contains(spelling)).count();
        assert!(n >= 10, "{spelling:?} in only {n} reports");
    }
}

#[test]
fn the_period_label_is_in_the_text() {
    for r in corpus()
        .iter()
        .filter(|r| plain(r) && !r.quirks.old_tone)
        .take(300)
    {
        let year = r.year.to_string();
        assert!(r.text.contains(&year), "{}", r.file_name);
        if let Some(n) = r.number {
            assert!(
                r.text.contains(&format!("Số: {n}/BC-UBND")),
                "{}",
                r.file_name
            );
        }
        assert!(r.text.contains(&r.unit.full_name()), "{}", r.file_name);
    }
}

#[test]
fn every_grammar_form_and_date_form_occurs() {
    let cits: Vec<&Citation> = corpus().iter().flat_map(|r| &r.citations).collect();
    for g in [
        Grammar::Administrative,
        Grammar::OfficialLetter,
        Grammar::Legal,
        Grammar::Party,
        Grammar::LawByName,
    ] {
        assert!(
            cits.iter().filter(|c| c.grammar == g).count() > 100,
            "{g:?}"
        );
    }
    for f in [
        CitationForm::Standard,
        CitationForm::SpacedHyphen,
        CitationForm::SpaceBeforeSlash,
        CitationForm::LineBreak,
        CitationForm::DoubledSo,
        CitationForm::WithoutSo,
        CitationForm::Abbreviated,
        CitationForm::ByName,
        CitationForm::Bare,
    ] {
        assert!(cits.iter().filter(|c| c.form == f).count() > 50, "{f:?}");
    }
    for d in [
        DateForm::Slash,
        DateForm::SlashPadded,
        DateForm::Words,
        DateForm::Absent,
    ] {
        assert!(
            cits.iter().filter(|c| c.date_form == d).count() > 50,
            "{d:?}"
        );
    }
    assert!(cits.iter().any(|c| c.comma_before_date));
    assert!(cits.iter().any(|c| c.self_issued) && cits.iter().any(|c| !c.self_issued));
}

#[test]
fn messy_citation_texts_occur_literally() {
    let texts: Vec<&str> = corpus()
        .iter()
        .filter(|r| plain(r))
        .map(|r| r.text.as_str())
        .collect();
    let has = |s: &str| texts.iter().any(|t| t.contains(s));
    for s in [
        "/UBND - NV",
        " - KH/ĐU",
        " /QĐ-UBND",
        "/KH-\nUBND",
        "Kế hoạch số số ",
        "Nghị định 130/2005/NĐ-CP",
        "NĐ 61/2018/NĐ-CP",
        "a/KH-UBND",
        "-CTr/TU",
        "61/2018/NĐ-CP",
        "45/2016/QĐ-TTg",
        "04/2020/TT-BTP",
        "/NQ-HĐND",
        "/STP-",
        "Luật Tổ chức chính quyền địa phương ngày 19/6/2015",
        " vv ",
        " V/v ",
        "về việc",
        "của Thủ tướng Chính phủ",
        "của Chủ tịch UBND tỉnh",
        "của Ủy ban nhân dân tỉnh ",
        "của UBND huyện ",
        "UBND xã đã ban hành",
        "/QĐ-UBND, ngày ",
        "Văn bản số ",
        "(PAR Index)",
        "thủy lợi",
        " tháng 1 năm 20",
    ] {
        assert!(has(s), "{s:?} never written");
    }
}

#[test]
fn a_number_alone_is_ambiguous_but_number_issuer_year_is_not() {
    let cits: Vec<&Citation> = corpus().iter().flat_map(|r| &r.citations).collect();
    let issuers: BTreeSet<&str> = cits
        .iter()
        .filter(|c| c.code == "05/KH-UBND")
        .map(|c| c.issuer.as_str())
        .collect();
    assert!(issuers.len() >= 3, "05/KH-UBND issued by {issuers:?}");
    let years: BTreeSet<u16> = cits
        .iter()
        .filter(|c| c.code == "05/KH-UBND")
        .map(|c| c.issued.year)
        .collect();
    assert!(years.len() >= 3, "{years:?}");
    // The registry is consistent: one document per number, issuer and year.
    let mut dates: HashMap<(&str, &str, u16), BTreeSet<Date>> = HashMap::new();
    for c in &cits {
        dates
            .entry((c.code.as_str(), c.issuer.as_str(), c.issued.year))
            .or_default()
            .insert(c.issued);
    }
    for (k, d) in &dates {
        assert_eq!(d.len(), 1, "{k:?} has dates {d:?}");
    }
}

#[test]
fn documents_are_cited_across_units() {
    // A district's plan cited by several of its communes.
    let mut citers: HashMap<(&str, &str, Date), BTreeSet<String>> = HashMap::new();
    for r in corpus() {
        for c in &r.citations {
            citers
                .entry((&c.code, &c.issuer, c.issued))
                .or_default()
                .insert(r.unit.full_name() + &r.unit.district);
        }
    }
    let shared_district = citers
        .iter()
        .filter(|((_, issuer, _), units)| issuer.starts_with("UBND huyện") && units.len() >= 3)
        .count();
    assert!(shared_district > 10, "{shared_district}");
    let national = citers
        .get(&("61/2018/NĐ-CP", "Chính phủ", Date::new(2018, 4, 23)))
        .map_or(0, BTreeSet::len);
    assert!(national > 100, "decree 61 cited by {national} units");
    // A commune's document cited by its district's report.
    let up = corpus()
        .iter()
        .filter(|r| r.unit.level == UnitLevel::District)
        .flat_map(|r| r.citations.iter().map(move |c| (r, c)))
        .filter(|(r, c)| {
            ["UBND xã ", "UBND phường ", "UBND thị trấn ", "UBND Phường "]
                .iter()
                .any(|p| c.issuer.starts_with(p))
                && c.issuer.contains(&r.unit.full_name())
        })
        .count();
    assert!(up > 20, "{up}");
}

#[test]
fn sizes_are_realistic() {
    for r in corpus().iter().take(800) {
        let kb = r.text.len() / 1024;
        assert!((5..=40).contains(&kb), "{} is {kb} KB", r.file_name);
    }
}

#[test]
fn quirks_occur_and_leave_plain_reports_alone() {
    let all = corpus();
    let count = |f: fn(&Quirks) -> bool| all.iter().filter(|r| f(&r.quirks)).count();
    for (name, n) in [
        ("nfd", count(|q| q.nfd)),
        ("pdf", count(|q| q.pdf)),
        ("word", count(|q| q.word)),
        ("old_tone", count(|q| q.old_tone)),
        ("footnotes", count(|q| q.footnotes)),
        ("tabs", count(|q| q.table == Some(TableLayout::Tabs))),
        (
            "pipe rows",
            count(|q| q.table == Some(TableLayout::PipeRow)),
        ),
        (
            "cell per line",
            count(|q| q.table == Some(TableLayout::CellPerLine)),
        ),
    ] {
        assert!(n >= 60 && n < all.len() / 2, "{name}: {n}");
    }
    for r in all.iter().take(500) {
        let combining = r.text.chars().any(|c| ('\u{300}'..='\u{36F}').contains(&c));
        assert_eq!(combining, r.quirks.nfd, "{}", r.file_name);
        if r.quirks.nfd {
            assert!(
                !r.text.contains('ệ') && !r.text.contains('ư'),
                "{}",
                r.file_name
            );
        }
        assert_eq!(r.text.contains('ƣ'), r.quirks.pdf, "{}", r.file_name);
        assert_eq!(r.text.contains("**"), r.quirks.word, "{}", r.file_name);
        if r.quirks.footnotes {
            assert!(r.text.contains('¹'), "{}", r.file_name);
        }
        if r.quirks.pdf {
            assert!(
                r.text.lines().all(|l| l.chars().count() < 120),
                "{}",
                r.file_name
            );
        }
    }
    let texts: Vec<&str> = all
        .iter()
        .filter(|r| !r.quirks.nfd)
        .map(|r| r.text.as_str())
        .collect();
    assert!(
        texts.iter().any(|t| t.contains("hoà giải"))
            && texts.iter().any(|t| t.contains("hòa giải"))
    );
    assert!(
        texts.iter().any(|t| t.contains("hệ thống hoá"))
            && texts.iter().any(|t| t.contains("hệ thống hóa"))
    );
}

#[test]
fn layout_parts_occur() {
    let texts: Vec<&str> = corpus()
        .iter()
        .filter(|r| plain(r) && !r.quirks.old_tone)
        .map(|r| r.text.as_str())
        .collect();
    let share = |s: &str| texts.iter().filter(|t| t.contains(s)).count() * 100 / texts.len();
    for (s, lo, hi) in [
        ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 5, 40),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 40, 95),
        ("BÁO CÁO", 100, 100),
        ("Kính gửi:", 40, 80),
        ("Thực hiện ", 100, 100),
        ("Trên đây là báo cáo", 100, 100),
        ("./.", 100, 100),
        ("Nơi nhận:", 100, 100),
        ("- Lưu: VT.", 100, 100),
        ("TM. ỦY BAN NHÂN DÂN", 100, 100),
        ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", 20, 60),
        ("Kèm theo Báo cáo số", 40, 70),
        ("DANH MỤC VĂN BẢN CHỈ ĐẠO", 10, 40),
        ("STT\tChỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú", 15, 50),
        (
            "| STT | Chỉ tiêu | Đơn vị tính | Số liệu | Ghi chú |",
            5,
            30,
        ),
        ("STT\n|\nChỉ tiêu\n|\n", 5, 30),
        ("ISO 9001:2015", 20, 100),
        ("một cửa", 90, 100),
        ("Đề án 06", 10, 80),
        ("dịch vụ công trực tuyến", 50, 100),
        ("quy chế chi tiêu nội bộ", 10, 100),
        ("biên chế", 30, 100),
        ("Ưu điểm", 100, 100),
        ("Nguyên nhân", 100, 100),
    ] {
        let p = share(s);
        assert!((lo..=hi).contains(&p), "{s:?} in {p}% of reports");
    }
    assert!(
        texts
            .iter()
            .any(|t| t.contains("Số: /BC-UBND") || t.contains("Số:  /BC-UBND"))
    );
    assert!(
        texts
            .iter()
            .any(|t| t.contains(", ngày  tháng") || t.contains(", ngày tháng"))
    );
    assert!(texts.iter().any(|t| t.contains("\na, ")) && texts.iter().any(|t| t.contains("\nb) ")));
    assert!(texts.iter().any(|t| t.contains("\n2.1. ")));
    assert!(texts.iter().any(|t| t.contains("\n+ ")));
    let percent = texts.iter().any(|t| {
        t.split('%').any(|before| {
            let b = before.as_bytes();
            b.len() > 4
                && b[b.len() - 3] == b','
                && b[b.len() - 1].is_ascii_digit()
                && b[b.len() - 4].is_ascii_digit()
        })
    });
    assert!(percent, "no percentage with a decimal comma");
}

#[test]
fn lower_case_headings_and_skipped_numbers_occur() {
    let texts: Vec<&str> = corpus()
        .iter()
        .filter(|r| plain(r))
        .map(|r| r.text.as_str())
        .collect();
    assert!(texts.iter().any(|t| t.contains("\nII. Kết quả")));
    assert!(texts.iter().any(|t| t.contains("\nII. KẾT QUẢ")));
    // Numbering that jumps (III missing between II and IV).
    assert!(
        texts
            .iter()
            .any(|t| t.contains("\nII. ") && t.contains("\nIV. ") && !t.contains("\nIII. "))
    );
}

#[test]
fn write_corpus_writes_files_and_keeps_others() {
    let dir = tempfile::tempdir().expect("temp dir");
    let keep = dir.path().join("notes.md");
    std::fs::write(&keep, "giữ lại").expect("write");
    let paths = write_corpus(dir.path(), 4, 3).expect("written");
    assert_eq!(paths.len(), 4);
    let documents = generate_documents(4, 3);
    for (p, r) in paths.iter().zip(&documents) {
        assert_eq!(std::fs::read_to_string(p).expect("read"), r.text);
        assert!(p.ends_with(&r.file_name));
    }
    assert_eq!(std::fs::read_to_string(&keep).expect("kept"), "giữ lại");
    let not_a_dir = keep.join("sub");
    let err = write_corpus(&not_a_dir, 1, 3).expect_err("a file is not a folder");
    assert!(err.to_string().contains("notes.md"), "{err}");
}

#[test]
fn any_seed_and_any_index_work() {
    for seed in [0, 1, 42, 0xDEAD_BEEF, 1 << 63, u64::MAX] {
        let reports = generate(3, seed);
        assert_eq!(reports.len(), 3);
        assert!(
            reports
                .iter()
                .all(|r| r.text.len() > 4096 && !r.citations.is_empty())
        );
    }
    let plan = compose::Plan::new(9);
    let total = plan.len();
    assert!(total > 8000, "{total} combinations");
    let again = plan.report(total + 2);
    let first = plan.report(2);
    assert!(again.file_name.starts_with(&format!("{:05}_", total + 2)));
    assert_eq!(
        (again.unit, again.year, again.period),
        (first.unit, first.year, first.period)
    );
    assert_ne!(again.text, first.text);
}
