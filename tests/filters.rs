//! Filters with several values, year ranges, and facet counts that follow the grouping.

use crate::common::fixture_index;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde_json::Value;
use std::collections::BTreeSet;
use tower::ServiceExt;
use tracuu::api::{AppState, app};
use tracuu_index::Engine;

async fn get(uri: &str) -> (StatusCode, Value) {
    let engine = Engine::open(fixture_index()).expect("index opens");
    let request = Request::builder().uri(uri).body(Body::empty()).unwrap();
    let response = app(AppState::new(engine)).oneshot(request).await.unwrap();
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    (status, serde_json::from_slice(&bytes).unwrap())
}

fn sources(body: &Value) -> BTreeSet<String> {
    body["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["report"]["source"].as_str().unwrap().to_string())
        .collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn facet(body: &Value, name: &str) -> Vec<(String, u64)> {
    body["facets"][name]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["value"].as_str().unwrap().to_string(),
                f["count"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[tokio::test]
async fn several_units_match_any_of_them() {
    let (status, body) =
        get("/api/search?q=cai%20cach&group=report&limit=100&unit=hoa%20son%7Cphuc%20son").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        sources(&body),
        set(&["xa-hoa-son-2024-q1.txt", "xa-phuc-son-2024-9t.txt"])
    );
    // A unit named with its parent keeps its comma: one unit, not two.
    let (_, one) = get("/api/search?q=cai%20cach&group=report&unit=x%C3%A3%20Ph%C3%BAc%20S%C6%A1n%2C%20huy%E1%BB%87n%20Anh%20S%C6%A1n%7Choa%20son").await;
    assert_eq!(
        sources(&one),
        set(&["xa-hoa-son-2024-q1.txt", "xa-phuc-son-2024-9t.txt"])
    );
}

#[tokio::test]
async fn several_years_sections_and_periods_match_any_of_them() {
    let (_, both) = get("/api/search?q=cai%20cach&group=report&limit=100&year=2023,2024").await;
    assert_eq!(both["total"], 4);
    let (_, periods) =
        get("/api/search?q=cai%20cach&group=report&limit=100&period=qu%C3%BD,6%20th%C3%A1ng").await;
    assert_eq!(
        sources(&periods),
        set(&["xa-hoa-son-2024-q1.txt", "xa-tuong-son-2023-6t.txt"])
    );
    let (_, sections) =
        get("/api/search?q=ban%20hanh&limit=100&section=direction,procedures").await;
    for hit in sections["hits"].as_array().unwrap() {
        let category = hit["section"]["category"].as_str().unwrap();
        assert!(
            ["direction", "procedures"].contains(&category),
            "{category}"
        );
    }
    let (status, _) = get("/api/search?q=cai%20cach&year=2024,soon").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_year_range_keeps_the_years_inside_it() {
    let (_, from) = get("/api/search?q=cai%20cach&group=report&limit=100&year_from=2024").await;
    assert_eq!(from["total"], 3);
    assert!(!sources(&from).contains("xa-tuong-son-2023-6t.txt"));
    let (_, to) = get("/api/search?q=cai%20cach&group=report&limit=100&year_to=2023").await;
    assert_eq!(sources(&to), set(&["xa-tuong-son-2023-6t.txt"]));
    let (_, both) = get("/api/search?q=cai%20cach&group=report&year_from=2023&year_to=2024").await;
    assert_eq!(both["total"], 4);
    let (status, body) = get("/api/search?q=cai%20cach&year_from=2024&year_to=2023").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let message = body["error"]["message"].as_str().unwrap();
    assert!(message.contains("`year_to`"), "{message}");
    let (status, _) = get("/api/search?q=cai%20cach&year_from=1800").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn grouped_by_report_the_facets_count_reports() {
    let (_, reports) = get("/api/search?q=c%E1%BA%A3i%20c%C3%A1ch&group=report&limit=100").await;
    let (_, sections) = get("/api/search?q=c%E1%BA%A3i%20c%C3%A1ch&limit=100").await;
    let total = reports["total"].as_u64().unwrap();
    assert_eq!(total, 4);
    assert!(sections["total"].as_u64().unwrap() > total);
    // One unit, one year, one period per report: the counts add up to the reports.
    for name in ["unit", "year", "period"] {
        let sum: u64 = facet(&reports, name).iter().map(|(_, n)| n).sum();
        assert_eq!(sum, total, "{name}: {:?}", facet(&reports, name));
    }
    assert_eq!(
        facet(&reports, "year"),
        vec![("2024".to_string(), 3), ("2023".to_string(), 1)]
    );
    // A section category counts each report once, however many of its sections have it.
    for (value, n) in facet(&reports, "section") {
        assert!(n <= total, "{value}: {n}");
    }
    let by_section: u64 = facet(&sections, "year").iter().map(|(_, n)| n).sum();
    assert_eq!(by_section, sections["total"].as_u64().unwrap());
}
