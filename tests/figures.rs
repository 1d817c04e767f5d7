//! The generator as an oracle for figures: it records every value it writes in its
//! statistics appendix, and the parser must give each one back.

use tracuu::synth::{SyntheticReport, generate};
use tracuu_report::{Figure, parse};

/// Generated reports that carry a statistics appendix: at least `n` of them.
fn with_appendix(n: usize) -> Vec<SyntheticReport> {
    let all = generate(n * 2, 20_240_917);
    let out: Vec<_> = all.into_iter().filter(|r| !r.figures.is_empty()).collect();
    assert!(
        out.len() >= n,
        "only {} reports with an appendix",
        out.len()
    );
    out
}

/// The parsed figure of the statistics table at this row number.
fn at<'a>(figs: &'a [Figure], path: &str) -> Option<&'a Figure> {
    // The statistics table is the first appendix table; later ones restart their numbers.
    let first = figs.first()?.table;
    figs.iter()
        .filter(|f| f.table <= first + 1)
        .find(|f| f.path == path)
}

#[test]
fn parsing_back_gives_every_value_the_generator_wrote() {
    let reports = with_appendix(500);
    let mut checked = 0;
    let mut wrong = Vec::new();
    for r in &reports {
        let figs = parse(&r.text).figures();
        for want in &r.figures {
            checked += 1;
            let got = at(&figs, &want.path).map(|f| f.value.number());
            if got != Some(want.value) {
                wrong.push(format!(
                    "{} {:?} row {} {:?} printed {:?}: got {:?}",
                    r.file_name, r.quirks.table, want.path, want.indicator, want.printed, got
                ));
            }
        }
    }
    assert!(checked > 500 * 15);
    assert!(
        wrong.is_empty(),
        "{} of {checked} values wrong:\n{}",
        wrong.len(),
        wrong[..wrong.len().min(30)].join("\n")
    );
}

/// The generator's value of a row of one report.
fn meant(r: &SyntheticReport, path: &str) -> Option<f64> {
    r.figures
        .iter()
        .find(|f| f.path == path)
        .and_then(|f| f.value)
}

#[test]
fn a_compiled_district_total_equals_the_sum_the_generator_wrote() {
    use std::collections::BTreeMap;
    use tracuu_index::{Inputs, compile, records_at};
    let reports = with_appendix(500);
    // District → (records parsed back, generator's sums of received and online files).
    let mut districts: BTreeMap<String, (Inputs, f64, f64)> = BTreeMap::new();
    let mut seen = std::collections::HashSet::new();
    for (k, r) in reports.iter().enumerate() {
        // One report per unit and period is compiled (the generator may write a second).
        if r.unit.level != tracuu::synth::UnitLevel::Commune
            || !seen.insert((
                r.unit.full_name(),
                r.unit.district.clone(),
                r.year,
                r.period,
            ))
        {
            continue;
        }
        // As the indexer does: NFD text is composed before it is parsed.
        // Placed by the generator's own unit and period: this test is about the figures and
        // their sums; the metadata parser has tests of its own.
        let recs = records_at(
            k as u64,
            &r.unit.full_name(),
            &r.unit.district,
            &format!("{}-{}", r.year, r.period.code()),
            &parse(&tracuu_tokenizer::nfc(&r.text)),
        );
        let slot = districts
            .entry(format!(
                "{}|{}|{}",
                r.unit.district,
                r.year,
                r.period.code()
            ))
            .or_default();
        let pick =
            |code: &str| -> Vec<_> { recs.iter().filter(|x| x.code == code).cloned().collect() };
        slot.0.own.extend(pick("hs_tiep_nhan"));
        slot.0.numerator.extend(pick("hs_truc_tuyen"));
        slot.1 += meant(r, "2.2").unwrap_or(0.0);
        slot.2 += meant(r, "2.2.1").unwrap_or(0.0);
    }
    let received = tracuu_report::indicator("hs_tiep_nhan").unwrap();
    let share = tracuu_report::indicator("hs_truc_tuyen_ty_le").unwrap();
    let mut compiled = 0;
    for (district, (inputs, total, online)) in &districts {
        let c = compile(received, Some(district), inputs);
        assert_eq!(c.total.cells.len(), 1, "{district}: one period");
        assert_eq!(
            c.total.cells[0].value,
            Some(*total),
            "{district}: {:?}",
            inputs.own
        );
        // The share of online files is recomputed from the sums, never averaged.
        let pct = Inputs {
            own: inputs.own.clone(),
            numerator: inputs.numerator.clone(),
            denominator: inputs.own.clone(),
        };
        let c = compile(share, Some(district), &pct);
        let want = (online / total * 10_000.0).round() / 100.0;
        assert_eq!(c.total.cells[0].value, Some(want), "{district}");
        compiled += 1;
    }
    assert!(compiled > 100, "{compiled} district periods");
}

mod api {
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use serde_json::{Value, json};
    use std::sync::OnceLock;
    use tower::ServiceExt;
    use tracuu::api::{AppState, app};
    use tracuu_index::Engine;
    use tracuu_index::report_id;
    use tracuu_index::report_key;

    /// A commune's quarterly report with the plan rows of its statistics appendix.
    fn report(commune: &str, quarter: &str, q: u8, pct: &str, planned: u32, done: u32) -> String {
        let upper = commune.to_uppercase();
        format!(
            "ỦY BAN NHÂN DÂN XÃ {upper}\nSố: {q}2/BC-UBND\n{commune}, ngày 20 tháng {m} năm 2024\n\n\
             BÁO CÁO\nKết quả công tác cải cách hành chính quý {quarter} năm 2024\n\n\
             Kính gửi: Ủy ban nhân dân huyện Đông Sơn.\n\n\
             I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\nỦy ban nhân dân xã đã triển khai kế hoạch cải cách hành chính năm 2024.\n\n\
             Trên đây là báo cáo công tác cải cách hành chính quý {quarter} năm 2024 của UBND xã {commune}./.\n\n\
             Nơi nhận:\n- UBND huyện Đông Sơn;\n- Lưu: VT.\n\n\
             Phụ lục\nSỐ LIỆU THỐNG KÊ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH\n\n\
             STT\tChỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú\n\
             1\tTỷ lệ hoàn thành Kế hoạch CCHC năm\t%\t{pct}\t\n\
             1.1\tSố nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t{planned}\t\n\
             1.2\tSố nhiệm vụ đã hoàn thành\tNhiệm vụ\t{done}\t\n\
             2\tBan hành quy chế chi tiêu nội bộ\tCó = 1; Không = 0\t1\t\n",
            m = q * 3
        )
    }

    /// Three reports of two communes of huyện Đông Sơn: An Phú for quarters I and II, Bình
    /// Minh for quarter I only, its tasks done above its tasks planned.
    fn index() -> &'static std::path::Path {
        static DIR: OnceLock<(tempfile::TempDir, tempfile::TempDir)> = OnceLock::new();
        let (_, idx) = DIR.get_or_init(|| {
            let src = tempfile::tempdir().unwrap();
            for (name, text) in [
                ("an-phu-q1.txt", report("An Phú", "I", 1, "50%", 20, 10)),
                ("an-phu-q2.txt", report("An Phú", "II", 2, "90%", 20, 18)),
                (
                    "binh-minh-q1.txt",
                    report("Bình Minh", "I", 1, "100%", 10, 12),
                ),
            ] {
                std::fs::write(src.path().join(name), text).unwrap();
            }
            let idx = crate::common::build_index(&[src.path().to_path_buf()]);
            (src, idx)
        });
        idx.path()
    }

    fn id(source: &str) -> String {
        report_id(report_key(source))
    }

    async fn get(uri: &str) -> (StatusCode, Value) {
        let engine = Engine::open(index()).expect("index opens");
        let request = Request::builder().uri(uri).body(Body::empty()).unwrap();
        let response = app(AppState::new(engine)).oneshot(request).await.unwrap();
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        (status, serde_json::from_slice(&bytes).unwrap())
    }

    const DONG_SON: &str = "unit=huy%E1%BB%87n%20%C4%90%C3%B4ng%20S%C6%A1n";

    fn cell(period: &str, source: &str, value: f64, flags: &[&str]) -> Value {
        json!({"period": period, "report": id(source), "section": "PL", "row": "1",
               "value": value, "flags": flags})
    }

    fn missing(period: &str) -> Value {
        json!({"period": period, "value": null, "flags": ["no_report"]})
    }

    fn periods() -> Value {
        json!([{"key": "2024-q1", "label": "Quý I/2024"}, {"key": "2024-q2", "label": "Quý II/2024"}])
    }

    #[tokio::test]
    async fn a_percent_is_recomputed_for_the_district_and_flagged_per_commune() {
        let (status, body) =
            get(&format!("/api/figures?indicator=ke_hoach_ty_le&{DONG_SON}")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            body,
            json!({
                "code": "ke_hoach_ty_le",
                "name": "Tỷ lệ hoàn thành Kế hoạch CCHC năm",
                "kind": "percent",
                "unit": "%",
                "parent": "huyện Đông Sơn",
                "periods": periods(),
                "units": ["xã An Phú", "xã Bình Minh"],
                "rows": [
                    {"unit": "xã An Phú", "cells": [
                        cell("2024-q1", "an-phu-q1.txt", 50.0, &[]),
                        cell("2024-q2", "an-phu-q2.txt", 90.0, &[]),
                    ]},
                    {"unit": "xã Bình Minh", "cells": [
                        // 12 tasks done of 10 planned.
                        cell("2024-q1", "binh-minh-q1.txt", 100.0, &["part_exceeds_whole"]),
                        missing("2024-q2"),
                    ]},
                ],
                // (10 + 12) / (20 + 10), not the mean of 50 and 100.
                "total": {"unit": "huyện Đông Sơn (tổng hợp)", "cells": [
                    {"period": "2024-q1", "value": 73.33, "units": 2, "flags": []},
                    {"period": "2024-q2", "value": 90.0, "units": 1, "flags": []},
                ]},
            })
        );
    }

    #[tokio::test]
    async fn counts_are_summed_and_codes_counted_typed_without_diacritics() {
        let (status, body) = get(
            "/api/figures?indicator=so%20nhiem%20vu%20da%20hoan%20thanh&unit=dong%20son&period=q1",
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let row = |v: f64, source: &str, flags: &[&str]| {
            json!({"period": "2024-q1", "report": id(source), "section": "PL", "row": "1.2",
                   "value": v, "flags": flags})
        };
        assert_eq!(
            body,
            json!({
                "code": "nhiem_vu_hoan_thanh",
                "name": "Số nhiệm vụ đã hoàn thành",
                "kind": "count",
                "unit": "Nhiệm vụ",
                "parent": "huyện Đông Sơn",
                "periods": [{"key": "2024-q1", "label": "Quý I/2024"}],
                "units": ["xã An Phú", "xã Bình Minh"],
                "rows": [
                    {"unit": "xã An Phú", "cells": [row(10.0, "an-phu-q1.txt", &[])]},
                    {"unit": "xã Bình Minh", "cells": [row(12.0, "binh-minh-q1.txt", &["part_exceeds_whole"])]},
                ],
                "total": {"unit": "huyện Đông Sơn (tổng hợp)", "cells": [
                    {"period": "2024-q1", "value": 22.0, "units": 2, "flags": []},
                ]},
            })
        );
        let (_, body) = get(&format!(
            "/api/figures?indicator=quy_che_chi_tieu&{DONG_SON}"
        ))
        .await;
        assert_eq!(
            body["total"]["cells"],
            json!([
                {"period": "2024-q1", "value": null, "units": 2, "codes": {"1": 2}, "flags": []},
                {"period": "2024-q2", "value": null, "units": 1, "codes": {"1": 1}, "flags": []},
            ])
        );
    }

    #[tokio::test]
    async fn the_units_chosen_make_the_rows_and_the_districts_row_alone() {
        // Typed without diacritics; the district's row is An Phú's alone, the list of units
        // to choose from still holds both.
        let (status, body) = get(&format!(
            "/api/figures?indicator=ke_hoach_ty_le&{DONG_SON}&units=xa%20an%20phu"
        ))
        .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(body["units"], json!(["xã An Phú", "xã Bình Minh"]));
        assert_eq!(
            body["rows"],
            json!([{"unit": "xã An Phú", "cells": [
                cell("2024-q1", "an-phu-q1.txt", 50.0, &[]),
                cell("2024-q2", "an-phu-q2.txt", 90.0, &[]),
            ]}])
        );
        assert_eq!(
            body["total"],
            json!({"unit": "huyện Đông Sơn (tổng hợp các đơn vị đã chọn)", "cells": [
                {"period": "2024-q1", "value": 50.0, "units": 1, "flags": []},
                {"period": "2024-q2", "value": 90.0, "units": 1, "flags": []},
            ]})
        );
        // Both chosen: the same rows and total as no choice, under its own label.
        let (_, both) = get(&format!(
            "/api/figures?indicator=ke_hoach_ty_le&{DONG_SON}&units=x%C3%A3%20An%20Ph%C3%BA%7Cx%C3%A3%20B%C3%ACnh%20Minh"
        ))
        .await;
        let (_, all) = get(&format!("/api/figures?indicator=ke_hoach_ty_le&{DONG_SON}")).await;
        assert_eq!(both["rows"], all["rows"]);
        assert_eq!(both["total"]["cells"], all["total"]["cells"]);
    }

    #[tokio::test]
    async fn an_indicator_is_found_by_typing() {
        let want = json!([{"code": "ke_hoach_ty_le", "name": "Tỷ lệ hoàn thành Kế hoạch CCHC năm",
                           "kind": "percent", "unit": "%"}]);
        for q in [
            "ty%20le%20hoan%20thanh%20ke%20ho",
            "T%E1%BB%B7%20l%E1%BB%87%20ho%C3%A0n%20th%C3%A0nh%20k%E1%BA%BF%20ho%E1%BA%A1ch",
        ] {
            let (status, body) = get(&format!("/api/figures/indicators?q={q}")).await;
            assert_eq!(status, StatusCode::OK);
            assert_eq!(body, want, "{q}");
        }
    }

    #[tokio::test]
    async fn a_bad_request_names_its_parameter() {
        let (status, body) = get("/api/figures").await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(
            body,
            json!({"error": {"code": "invalid_parameter",
                   "message": "invalid parameter `indicator`: give an indicator's code or name"}})
        );
        let (status, body) = get("/api/figures?indicator=so%20cay%20xanh").await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(
            body,
            json!({"error": {"code": "invalid_parameter",
                   "message": "invalid parameter `indicator`: no indicator matches `so cay xanh`"}})
        );
        let (status, body) = get("/api/figures?indicator=x&district=y").await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(body["error"]["code"], "unknown_parameter");
    }

    #[tokio::test]
    async fn the_export_has_one_sheet_per_indicator() {
        let engine = Engine::open(index()).expect("index opens");
        let uri =
            format!("/api/figures.xlsx?indicators=ke_hoach_ty_le,nhiem_vu_hoan_thanh&{DONG_SON}");
        let request = Request::builder().uri(uri).body(Body::empty()).unwrap();
        let response = app(AppState::new(engine)).oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(
            response.headers()["content-type"],
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        );
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
        let mut workbook = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("xl/workbook.xml").unwrap(), &mut workbook)
            .unwrap();
        assert!(workbook.contains(r#"name="ke_hoach_ty_le""#), "{workbook}");
        assert!(
            workbook.contains(r#"name="nhiem_vu_hoan_thanh""#),
            "{workbook}"
        );
        let mut strings = String::new();
        std::io::Read::read_to_string(
            &mut zip.by_name("xl/sharedStrings.xml").unwrap(),
            &mut strings,
        )
        .unwrap();
        assert!(
            strings.contains("Quý I/2024: phần lớn hơn tổng"),
            "{strings}"
        );
        assert!(strings.contains("huyện Đông Sơn (tổng hợp)"), "{strings}");
    }
}
