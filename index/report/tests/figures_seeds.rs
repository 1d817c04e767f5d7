//! Figures of the real seeds that carry a statistics appendix, hand-counted (ignored in plain
//! runs: `cargo test -p tracuu-report -- --ignored`).

use tracuu_report::{Figure, Value, parse};

fn seed(prefix: &str) -> String {
    let dir = std::env::var_os("TRACUU_SEEDS").map_or_else(
        || std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds"),
        std::path::PathBuf::from,
    );
    let entry = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed {prefix}_* in {}", dir.display()));
    std::fs::read_to_string(entry.path()).unwrap()
}

/// `(path, code, value)` of the figure at this path with this canonical code.
fn has(figs: &[Figure], path: &str, code: &str, value: Value) {
    let found = figs
        .iter()
        .find(|f| f.path == path && f.canonical.as_ref().is_some_and(|m| m.code == code));
    let f = found.unwrap_or_else(|| panic!("no {code} at {path}"));
    assert_eq!(f.value, value, "{code} at {path}");
}

fn count(v: f64) -> Value {
    Value::Count { value: v }
}

fn percent(v: f64) -> Value {
    Value::Percent { value: v }
}

fn matched(figs: &[Figure]) -> usize {
    figs.iter().filter(|f| f.canonical.is_some()).count()
}

// Rows counted by hand in each appendix (a row carried over a page break is part of the
// row before it); `matched` is how many map to the national form.

#[test]
#[ignore = "reads ../shared/seeds"]
fn seed_000_word_tabs_over_three_pages() {
    let figs = parse(&seed("000")).figures();
    assert_eq!(figs.len(), 75);
    assert_eq!(matched(&figs), 58);
    has(&figs, "1.2", "ke_hoach_ty_le", percent(73.0));
    has(&figs, "1.2.1", "nhiem_vu_de_ra", count(37.0));
    has(&figs, "1.3.1", "nhiem_vu_giao", count(435.0));
    has(&figs, "3.2.2", "tthc_lien_thong_cac_cap", count(9.0));
    has(&figs, "3.3", "hs_da_giai_quyet", count(121.0));
    has(&figs, "7.2.4", "hs_truc_tuyen", count(116.0));
    has(&figs, "7.2.1", "dvc_mot_phan_phat_sinh", count(5.0));
    has(
        &figs,
        "1.4",
        "doi_thoai",
        Value::Code {
            value: 0,
            label: Some("Không".to_string()),
        },
    );
}

#[test]
#[ignore = "reads ../shared/seeds"]
fn seed_001_pdf_lines() {
    let figs = parse(&seed("001")).figures();
    assert_eq!(figs.len(), 67);
    assert_eq!(matched(&figs), 33);
    has(&figs, "1.1.1", "nhiem_vu_de_ra", count(27.0));
    has(&figs, "1.1.2", "nhiem_vu_hoan_thanh", count(11.0));
    has(
        &figs,
        "1.2.1",
        "kiem_tra_don_vi",
        Value::Ratio {
            part: 10.0,
            whole: 10.0,
        },
    );
    has(&figs, "1.4.1", "phieu_khao_sat", count(10.0));
    has(&figs, "3.2.2", "tthc_lien_thong_cung_cap", count(79.0));
    has(&figs, "4.3", "bien_che_co_mat", count(20.0));
    // The note `Quý IV/2021`, wrapped over three lines, is neither the value nor the legend.
    let dialogue = figs.iter().find(|f| f.path == "1.5").expect("row 1.5");
    assert_eq!(dialogue.value, Value::Blank);
    assert_eq!(dialogue.unit.as_deref(), Some("Không = 0 Có = 1"));
    assert_eq!(dialogue.note.as_deref(), Some("Quý IV/2021"));
}

#[test]
#[ignore = "reads ../shared/seeds"]
fn seed_002_roman_groups_and_a_legend_over_a_page_break() {
    let figs = parse(&seed("002")).figures();
    // 129 appendix rows, one of them the end of a legend after a repeated header; the
    // one-stop table in the body is no appendix.
    assert_eq!(figs.len(), 128);
    assert_eq!(matched(&figs), 78);
    has(&figs, "I.2", "ke_hoach_ty_le", percent(100.0));
    has(&figs, "I.2.2", "nhiem_vu_hoan_thanh", count(15.0));
    has(&figs, "III.2.1", "tthc_lien_thong_cung_cap", count(2.0));
    has(&figs, "III.3.1.1", "hs_da_giai_quyet", count(593.0));
    has(&figs, "II.3.2.2", "vbqppl_ra_soat_da_xu_ly", count(0.0));
    has(&figs, "VI.1", "dau_tu_cong_ty_le", percent(20.5));
    has(&figs, "VI.1.1", "dau_tu_cong_ke_hoach", count(15713.0));
    has(&figs, "VII.5.3.1", "hs_tiep_nhan", count(240.0));
    let linked = figs
        .iter()
        .find(|f| f.indicator.starts_with("Sở, ban, ngành đã kết nối"))
        .unwrap();
    assert_eq!(
        linked.unit.as_deref(),
        Some("Chưa kết nối = 0 Đã kết nối = 1")
    );
}

#[test]
#[ignore = "reads ../shared/seeds"]
fn seed_003_tables_with_several_value_columns() {
    let figs = parse(&seed("003")).figures();
    // Every number in a value column is a figure named by its column.
    assert_eq!(figs.len(), 146);
    let plan = figs
        .iter()
        .find(|f| f.indicator == "Kế hoạch nâng cao chỉ số CCHC")
        .unwrap();
    assert_eq!(plan.value, count(68.0));
    assert!(plan.column.is_some());
}

#[test]
#[ignore = "reads ../shared/seeds"]
fn seed_004_forms_with_restarted_numbering() {
    let figs = parse(&seed("004")).figures();
    assert_eq!(figs.len(), 146);
    // A footnote marker (`VBQPPL⁶`) is no part of the word it is glued to.
    assert_eq!(matched(&figs), 84);
    has(&figs, "2", "ke_hoach_ty_le", percent(20.0));
    has(&figs, "2.1", "nhiem_vu_de_ra", count(36.0));
    // `1`, `2` under `3.2` are its two counts.
    has(&figs, "3.2.2", "vbqppl_ra_soat_da_xu_ly", count(10.0));
    has(&figs, "3.3.1", "hs_da_giai_quyet", count(2401.0));
    has(&figs, "1.1", "dau_tu_cong_ke_hoach", count(132928.0));
    has(&figs, "6.5.2", "dvc_toan_trinh_dang_cung_cap", count(83.0));
    has(&figs, "6.7", "hs_truc_tuyen_ty_le", percent(41.8));
}
