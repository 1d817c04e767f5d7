//! The exports (CSV, `.xlsx`), the original file and the text shown, through the router.

use crate::common::{build_index, fixture_index, fixtures_dir};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;
use tower::ServiceExt;
use tracuu::api::{AppState, app};
use tracuu_index::Engine;

async fn fetch_from(index: &std::path::Path, uri: &str) -> (StatusCode, String, Vec<u8>) {
    let engine = Engine::open(index).expect("index opens");
    let request = Request::builder().uri(uri).body(Body::empty()).unwrap();
    let response = app(AppState::new(engine)).oneshot(request).await.unwrap();
    let status = response.status();
    let kind = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    (status, kind, bytes.to_vec())
}

async fn fetch(uri: &str) -> (StatusCode, String, Vec<u8>) {
    fetch_from(fixture_index(), uri).await
}

async fn json(uri: &str) -> serde_json::Value {
    let (status, _, bytes) = fetch(uri).await;
    assert_eq!(status, StatusCode::OK, "{uri}");
    serde_json::from_slice(&bytes).unwrap()
}

async fn report_id(file: &str) -> String {
    let body = json("/api/search?q=b%C3%A1o%20c%C3%A1o&group=report&limit=100").await;
    body["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["report"]["source"] == file)
        .unwrap_or_else(|| panic!("{file} is a hit"))["report"]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

fn text(cell: &Data) -> String {
    match cell {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

#[tokio::test]
async fn the_workbook_holds_every_hit_with_dates_as_dates_and_whole_sections() {
    let (status, kind, bytes) = fetch("/api/search.xlsx?q=hoa%20giai").await;
    assert_eq!(status, StatusCode::OK);
    assert!(kind.contains("spreadsheetml"), "{kind}");
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).expect("an xlsx");
    assert_eq!(book.sheet_names(), vec!["Kết quả".to_string()]);
    let range = book.worksheet_range("Kết quả").unwrap();
    let rows: Vec<&[Data]> = range.rows().collect();

    let search = json("/api/search?q=hoa%20giai&limit=100").await;
    let total = search["total"].as_u64().unwrap() as usize;
    assert!(total >= 2, "the fixtures have several hits");
    // A summary line, the header, one row per hit; nothing cut.
    assert_eq!(rows.len(), total + 2);
    assert_eq!(
        text(&rows[0][0]),
        format!("Tìm “hoa giai”: {total} kết quả")
    );
    let header: Vec<String> = rows[1].iter().map(text).collect();
    assert_eq!(header, tracuu::api::xlsx::COLUMNS.to_vec());

    let hoa_son = rows[2..]
        .iter()
        .find(|r| text(&r[0]) == "xã Hoa Sơn" && text(&r[6]) == "II.1")
        .expect("the row of xã Hoa Sơn, section II.1");
    assert_eq!(text(&hoa_son[1]), "huyện Anh Sơn");
    assert_eq!(hoa_son[2], Data::Float(2024.0));
    // 20/03/2024 as a date cell: Excel's serial 45371, shown dd/mm/yyyy.
    match &hoa_son[3] {
        Data::DateTime(d) => {
            assert!(d.is_datetime());
            assert_eq!(d.as_f64(), 45371.0);
        }
        other => panic!("the date is not a date cell: {other:?}"),
    }
    assert_eq!(text(&hoa_son[4]), "Quý I/2024");
    assert_eq!(text(&hoa_son[5]), "15/BC-UBND");
    assert_eq!(text(&hoa_son[7]), "Cải cách thể chế");
    assert_eq!(text(&hoa_son[8]), "đúng cụm từ");
    // The whole section, heading to last line, not a snippet.
    let body = text(&hoa_son[9]);
    assert!(body.starts_with("1. Cải cách thể chế"), "{body}");
    assert!(!body.contains("2. Cải cách thủ tục"), "{body}");
    assert!(body.len() > 150, "{body}");
    assert_eq!(text(&hoa_son[10]), "xa-hoa-son-2024-q1.txt");
}

#[tokio::test]
async fn the_workbook_takes_the_search_parameters() {
    let (status, _, _) = fetch("/api/search.xlsx?q=hoa%20giai&section=nope").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (_, _, bytes) = fetch("/api/search.xlsx?q=hoa%20giai&unit=hoa%20son").await;
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    let range = book.worksheet_range("Kết quả").unwrap();
    for row in range.rows().skip(2) {
        assert_eq!(text(&row[0]), "xã Hoa Sơn");
    }
}

#[tokio::test]
async fn the_csv_writes_dates_day_first_and_the_report_number() {
    let (_, _, bytes) = fetch("/api/search.csv?q=hoa%20giai").await;
    let csv = String::from_utf8(bytes).unwrap();
    let line = csv
        .lines()
        .find(|l| l.starts_with("\"xã Hoa Sơn\"") || l.starts_with("\u{feff}\"xã Hoa Sơn\""))
        .expect("a row of xã Hoa Sơn");
    assert!(line.contains("\"20/03/2024\""), "{line}");
    assert!(line.contains("\"Báo cáo\",\"15/BC-UBND\""), "{line}");
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .contains("\"Loại văn bản\",\"Số báo cáo\"")
    );
    // Nothing was cut, so no line says so.
    assert!(!csv.contains("Đã cắt"));
}

#[tokio::test]
async fn the_citing_csv_names_each_report_by_its_number() {
    let lookup = json("/api/citations?q=12%2FKH-UBND").await;
    let id = lookup["documents"][0]["id"]
        .as_str()
        .expect("a document")
        .to_string();
    let (status, _, bytes) = fetch(&format!("/api/documents/{id}/citing.csv")).await;
    assert_eq!(status, StatusCode::OK);
    let csv = String::from_utf8(bytes).unwrap();
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().contains("\"Số báo cáo\""));
    assert!(csv.contains("\"15/BC-UBND\""), "{csv}");
}

#[tokio::test]
async fn the_pdf_glyph_is_shown_as_the_letter_it_stands_for() {
    let id = report_id("xa-phuc-son-2024-9t.txt").await;
    let raw = std::fs::read_to_string(fixtures_dir().join("xa-phuc-son-2024-9t.txt")).unwrap();
    assert!(raw.contains("Lƣơng Văn Tƣờng"), "the fixture has the glyph");
    let view = json(&format!("/api/reports/{id}")).await;
    let shown = view["text"].as_str().unwrap();
    assert!(!shown.contains('ƣ'));
    assert!(shown.contains("Lương Văn Tường"));
    // Same length in bytes, so the spans into the text still hold.
    assert_eq!(shown.len(), raw.len());
    let hits = json("/api/search?q=L%C6%B0%C6%A1ng%20V%C4%83n%20T%C6%B0%E1%BB%9Dng").await;
    // Snippets are data: the text shown, and the marked ranges.
    let snippet = hits["hits"][0]["snippet"]["text"].as_str().unwrap();
    assert!(
        snippet.contains("Lương") && !snippet.contains('ƣ'),
        "{snippet}"
    );
}

#[tokio::test]
async fn a_report_offers_its_original_file_while_it_exists() {
    let id = report_id("xa-hoa-son-2024-q1.txt").await;
    let (status, kind, bytes) = fetch(&format!("/api/reports/{id}/original")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(kind, "text/plain; charset=utf-8");
    assert_eq!(
        bytes,
        std::fs::read(fixtures_dir().join("xa-hoa-son-2024-q1.txt")).unwrap()
    );

    let (status, _, body) = fetch("/api/reports/00000000000000ff/original").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(String::from_utf8_lossy(&body).contains("no report"));

    // Indexed, then moved away: a clear 404.
    let docs = tempfile::tempdir().unwrap();
    let file = docs.path().join("bc.txt");
    std::fs::copy(fixtures_dir().join("xa-hoa-son-2024-q1.txt"), &file).unwrap();
    let index = build_index(&[docs.path().to_path_buf()]);
    let engine = Engine::open(index.path()).unwrap();
    let hit = engine
        .search(&tracuu_index::SearchRequest::new("Hoa Sơn"))
        .unwrap();
    let moved = hit.hits[0].report.id.clone();
    drop(engine);
    std::fs::remove_file(&file).unwrap();
    let (status, _, body) =
        fetch_from(index.path(), &format!("/api/reports/{moved}/original")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let body = String::from_utf8_lossy(&body);
    assert!(
        body.contains("bc.txt") && body.contains("no longer"),
        "{body}"
    );
}
