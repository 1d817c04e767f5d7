//! The HTTP API through `tower::ServiceExt::oneshot`, on an index of the fixture reports.

use crate::common::fixture_index;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde_json::{Value, json};
use std::collections::BTreeSet;
use tower::ServiceExt;
use tracuu::api::{AppState, app};
use tracuu_index::Engine;

async fn call(method: &str, uri: &str, body: Body) -> (StatusCode, Value) {
    call_typed(method, uri, None, body).await
}

/// A request with its `Content-Type` when given, on the fixture index.
async fn call_typed(
    method: &str,
    uri: &str,
    media: Option<&str>,
    body: Body,
) -> (StatusCode, Value) {
    let engine = Engine::open(fixture_index()).expect("index opens");
    let mut request = Request::builder().method(method).uri(uri);
    if let Some(media) = media {
        request = request.header("content-type", media);
    }
    let request = request.body(body).expect("request");
    let response = app(AppState::new(engine))
        .oneshot(request)
        .await
        .expect("response");
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .expect("body");
    let value = serde_json::from_slice(&bytes)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()));
    (status, value)
}

async fn get_owned(uri: String) -> (StatusCode, Value) {
    get(&uri).await
}

async fn get(uri: &str) -> (StatusCode, Value) {
    call("GET", uri, Body::empty()).await
}

fn error(code: &str, message: &str) -> Value {
    json!({"error": {"code": code, "message": message}})
}

fn sources(response: &Value) -> BTreeSet<String> {
    response["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .map(|h| h["report"]["source"].as_str().expect("source").to_string())
        .collect()
}

/// The sources of the matches (tiers `phrase` and `words`), not the tail.
fn match_sources(response: &Value) -> BTreeSet<String> {
    response["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .filter(|h| h["match"] == "phrase" || h["match"] == "words")
        .map(|h| h["report"]["source"].as_str().expect("source").to_string())
        .collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[tokio::test]
async fn health_counts_what_the_index_holds() {
    let (status, body) = get("/api/health").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "ok");
    assert_eq!(body["reports"], 4);
    assert!(body["sections"].as_u64().unwrap() > 10, "{body}");
    assert!(body["citations"].as_u64().unwrap() >= 8, "{body}");
}

#[tokio::test]
async fn every_bad_parameter_is_a_400_naming_it() {
    let cases = [
        (
            "/api/search",
            "invalid_parameter",
            "invalid parameter `q`: the query is empty; give words, or a filter to browse by",
        ),
        (
            "/api/search?q=",
            "invalid_parameter",
            "invalid parameter `q`: the query is empty; give words, or a filter to browse by",
        ),
        (
            "/api/search?q=%28%28%28%28",
            "invalid_parameter",
            "invalid parameter `q`: the query has no word or document number to search for",
        ),
        (
            "/api/search?q=a&limit=0",
            "invalid_parameter",
            "invalid parameter `limit`: limit must be between 1 and 100, got 0",
        ),
        (
            "/api/search?q=a&limit=101",
            "invalid_parameter",
            "invalid parameter `limit`: limit must be between 1 and 100, got 101",
        ),
        (
            "/api/search?q=a&limit=ten",
            "invalid_parameter",
            "invalid parameter `limit`: expected a whole number, got `ten`",
        ),
        (
            "/api/search?q=a&year=-3",
            "invalid_parameter",
            "invalid parameter `year`: year must be between 1945 and 2100, got -3",
        ),
        (
            "/api/search?q=a&group=unit",
            "invalid_parameter",
            "invalid parameter `group`: expected `section` or `report`, got `unit`",
        ),
        (
            "/api/search?q=a&period=decade",
            "invalid_parameter",
            "invalid parameter `period`: unknown period `decade`; expected one of quý, 6 tháng, 9 tháng, năm (quarter, six_months, nine_months, year)",
        ),
        (
            "/api/citations",
            "invalid_parameter",
            "invalid parameter `q`: the citation is missing",
        ),
    ];
    for (uri, code, message) in cases {
        let (status, body) = get(uri).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}");
        assert_eq!(body, error(code, message), "{uri}");
    }
}

#[tokio::test]
async fn unknown_and_repeated_parameters_are_400s() {
    let (status, body) = get("/api/search?q=a&colour=red").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"]["code"], "unknown_parameter");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("colour"),
        "{body}"
    );
    let (status, body) = get("/api/search?q=a&q=b").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"]["code"], "invalid_parameter");
}

#[tokio::test]
async fn an_over_long_query_is_refused() {
    let q = "a".repeat(501);
    let (status, body) = get(&format!("/api/search?q={q}")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body,
        error(
            "invalid_parameter",
            "invalid parameter `q`: the query has 501 characters; at most 500 are allowed"
        )
    );
    let parens = "(".repeat(5000);
    let (status, _) = get(&format!("/api/search?q={parens}")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn unknown_things_are_404s() {
    let (status, body) = get("/api/reports/0123456789abcdef").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        body,
        error("not_found", "no report with id `0123456789abcdef`")
    );
    let (status, body) = get("/api/reports/nope").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body, error("not_found", "no report with id `nope`"));
    let (status, body) = get("/api/documents/nope").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body, error("not_found", "no cited document with id `nope`"));
    let (status, body) = get("/api/nothing-here").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body, error("not_found", "no such route"));
    let (status, body) = call("DELETE", "/api/search?q=a", Body::empty()).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(body["error"]["code"], "method_not_allowed");
}

#[tokio::test]
async fn a_huge_draft_is_a_413() {
    let body = Body::from("x".repeat(1_000_001));
    let (status, body) = call("POST", "/api/citations/resolve", body).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        body,
        error(
            "payload_too_large",
            "the text is over the limit of 1000000 bytes"
        )
    );
}

#[tokio::test]
async fn diacritics_tone_placement_and_none_find_the_same_reports() {
    let (_, a) = get("/api/search?q=h%C3%B2a%20gi%E1%BA%A3i&limit=100").await; // hòa giải
    let (_, b) = get("/api/search?q=ho%C3%A0%20gi%E1%BA%A3i&limit=100").await; // hoà giải
    let (_, c) = get("/api/search?q=hoa%20giai&limit=100").await;
    let expected = set(&["xa-hoa-son-2024-q1.txt", "xa-phuc-son-2024-9t.txt"]);
    assert_eq!(sources(&a), expected);
    assert_eq!(sources(&b), expected);
    assert_eq!(sources(&c), expected);
    assert_eq!(a["matches"], a["total"]);
    assert_eq!(
        a["tiers"]["phrase"], a["total"],
        "one word, so every hit holds it whole"
    );
}

#[tokio::test]
async fn a_word_with_diacritics_never_passes_off_another_as_exact() {
    let (status, body) = get("/api/search?q=b%C3%A1n").await; // bán
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["matches"], 0);
    assert!(
        body["total"].as_u64().unwrap() > 0,
        "ban hành is a loose hit"
    );
    for hit in body["hits"].as_array().unwrap() {
        assert_eq!(hit["match"], "loose");
    }
}

#[tokio::test]
async fn a_name_printed_with_the_pdf_glyph_is_found_as_typed() {
    let (_, body) = get("/api/search?q=L%C6%B0%C6%A1ng%20V%C4%83n%20T%C6%B0%E1%BB%9Dng").await; // Lương Văn Tường
    assert_eq!(match_sources(&body), set(&["xa-phuc-son-2024-9t.txt"]));
    assert_eq!(body["matches"], 1);
}

#[tokio::test]
async fn a_document_number_in_any_spelling_finds_its_citing_sections() {
    let expected = set(&[
        "xa-hoa-son-2024-q1.txt",
        "xa-phuc-son-2024-9t.txt",
        "xa-tuong-son-2023-6t.txt",
    ]);
    for q in [
        "05/KH-UBND",
        "05/kh-ubnd",
        "05%20/%20KH%20-%20UBND",
        "5/KH-UBND",
    ] {
        let (status, body) = get(&format!("/api/search?q={q}&limit=100")).await;
        assert_eq!(status, StatusCode::OK, "{q}");
        assert_eq!(sources(&body), expected, "{q}");
        let typed_key = if q == "5/KH-UBND" {
            "5/KH-UBND"
        } else {
            "05/KH-UBND"
        };
        assert_eq!(body["citations"], json!([typed_key]), "{q}");
    }
    let (_, body) = get("/api/search?q=61/2018/ND-CP").await;
    assert_eq!(sources(&body), set(&["xa-hoa-son-2024-q1.txt"]));
}

#[tokio::test]
async fn filters_narrow_and_facets_count() {
    let (_, all) = get("/api/search?q=c%E1%BA%A3i%20c%C3%A1ch&limit=100&group=report").await; // cải cách
    assert_eq!(all["total"], 4, "{all}");
    let (_, under) = get("/api/search?q=cai%20cach&unit=huyen%20anh%20son&group=report").await;
    assert_eq!(under["total"], 4, "the district and its three communes");
    let (_, one) = get("/api/search?q=cai%20cach&unit=Hoa%20S%C6%A1n&group=report").await;
    assert_eq!(sources(&one), set(&["xa-hoa-son-2024-q1.txt"]));
    let (_, year) = get("/api/search?q=cai%20cach&year=2023&group=report").await;
    assert_eq!(sources(&year), set(&["xa-tuong-son-2023-6t.txt"]));
    // The section filter keeps exactly the hits the unfiltered search counts under that section.
    let (_, unfiltered) = get("/api/search?q=cai%20cach").await;
    let direction = unfiltered["facets"]["section"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["value"] == "direction")
        .unwrap_or_else(|| panic!("no direction facet: {unfiltered}"))["count"]
        .clone();
    let (_, section) = get("/api/search?q=cai%20cach&section=direction&limit=100").await;
    let hits = section["hits"].as_array().unwrap();
    assert!(!hits.is_empty(), "{section}");
    assert_eq!(section["matches"], direction, "{section}");
    assert!(
        unfiltered["matches"].as_u64() > section["matches"].as_u64(),
        "the filter keeps fewer hits than the unfiltered search: {unfiltered}"
    );
    for hit in hits {
        assert_eq!(hit["section"]["category"], "direction");
    }
    let years: Vec<&str> = all["facets"]["year"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["value"].as_str().unwrap())
        .collect();
    assert_eq!(years, ["2024", "2023"]);
    let units: BTreeSet<String> = all["facets"]["unit"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["value"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        units,
        set(&[
            "huyện Anh Sơn, tỉnh Nghệ An",
            "xã Hoa Sơn, huyện Anh Sơn",
            "xã Phúc Sơn, huyện Anh Sơn",
            "xã Tường Sơn, huyện Anh Sơn"
        ])
    );
    // A facet value is a filter: the unit named with its parent.
    let (_, picked) = get("/api/search?q=cai%20cach&unit=x%C3%A3%20Ph%C3%BAc%20S%C6%A1n%2C%20huy%E1%BB%87n%20Anh%20S%C6%A1n&group=report").await;
    assert_eq!(sources(&picked), set(&["xa-phuc-son-2024-9t.txt"]));
}

#[tokio::test]
async fn adjacent_words_rank_first_and_are_marked() {
    let (_, body) =
        get("/api/search?q=quy%20ch%E1%BA%BF%20chi%20ti%C3%AAu%20n%E1%BB%99i%20b%E1%BB%99").await;
    let first = &body["hits"][0];
    assert_eq!(first["match"], "phrase");
    let snippet = &first["snippet"];
    let text = snippet["text"].as_str().unwrap();
    assert!(
        !snippet["marks"].as_array().unwrap().is_empty(),
        "{snippet}"
    );
    assert!(
        text.to_lowercase().contains("quy chế chi tiêu nội bộ"),
        "the phrase is in the best snippet: {snippet}"
    );
}

#[tokio::test]
async fn a_quoted_phrase_means_the_diacritics_typed_in_it() {
    let search = |q: &str| get_owned(format!("/api/search?q={q}&limit=100"));
    // "quy chế chi tiêu" as written in the fixtures.
    let (_, exact) = search("%22quy%20ch%E1%BA%BF%20chi%20ti%C3%AAu%22").await;
    assert_eq!(
        sources(&exact),
        set(&["xa-hoa-son-2024-q1.txt", "xa-phuc-son-2024-9t.txt"])
    );
    assert_eq!(exact["matches"], exact["total"]);
    // "quy chê chi tiêu": one word with another tone is no exact hit, only a loose one.
    let (_, other) = search("%22quy%20ch%C3%AA%20chi%20ti%C3%AAu%22").await;
    assert_eq!(other["matches"], 0);
    assert_eq!(sources(&other), sources(&exact));
    // "quy che chi tieu": without diacritics, every form matches exactly.
    let (_, bare) = search("%22quy%20che%20chi%20tieu%22").await;
    assert_eq!(bare["matches"], exact["total"]);
}

#[tokio::test]
async fn grouping_by_report_gives_one_hit_per_report() {
    let (_, body) = get("/api/search?q=UBND&group=report&limit=100").await;
    let hits = body["hits"].as_array().unwrap();
    let distinct: BTreeSet<&str> = hits
        .iter()
        .map(|h| h["report"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(distinct.len(), hits.len());
    assert_eq!(body["total"].as_u64().unwrap() as usize, hits.len());
}

#[tokio::test]
async fn a_number_shared_by_three_plans_is_ambiguous() {
    let (status, body) = get("/api/citations?q=05/KH-UBND").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "ambiguous");
    let dates: BTreeSet<&str> = body["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["date"].as_str().unwrap())
        .collect();
    assert_eq!(
        dates,
        ["2023-01-09", "2024-01-05", "2024-01-15"]
            .into_iter()
            .collect()
    );
}

#[tokio::test]
async fn a_plan_cited_across_units_is_one_document() {
    for q in [
        "12/KH-UBND",
        "k%E1%BA%BF%20ho%E1%BA%A1ch%2012",
        "ke%20hoach%2012",
    ] {
        let (_, body) = get(&format!("/api/citations?q={q}")).await;
        assert_eq!(body["status"], "found", "{q}: {body}");
        let document = &body["documents"][0];
        assert_eq!(document["key"], "12/KH-UBND");
        assert_eq!(document["date"], "2024-01-10");
        assert_eq!(document["issuer"], "UBND huyện Anh Sơn");
        let citing: BTreeSet<&str> = document["cited_by"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["report"]["source"].as_str().unwrap())
            .collect();
        assert!(citing.contains("xa-hoa-son-2024-q1.txt"), "{q}");
        assert!(citing.contains("xa-phuc-son-2024-9t.txt"), "{q}");
        let id = document["id"].as_str().unwrap();
        let (status, same) = get(&format!("/api/documents/{id}")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(same["key"], "12/KH-UBND");
    }
}

#[tokio::test]
async fn decrees_are_found_by_partial_and_unaccented_numbers() {
    for q in [
        "61/2018/ND-CP",
        "N%C4%90%2061",
        "nd%2061",
        "Ngh%E1%BB%8B%20%C4%91%E1%BB%8Bnh%2061/2018",
    ] {
        let (_, body) = get(&format!("/api/citations?q={q}")).await;
        assert_eq!(body["status"], "found", "{q}: {body}");
        assert_eq!(body["documents"][0]["key"], "61/2018/NĐ-CP");
        assert_eq!(body["documents"][0]["issuer"], "Chính phủ");
    }
}

#[tokio::test]
async fn lookups_that_find_nothing_say_why() {
    let (_, body) = get("/api/citations?q=99/KH-UBND").await;
    assert_eq!(
        body,
        json!({"status": "not_found", "query": "99/KH-UBND", "key": "99/KH-UBND", "documents": []})
    );
    let (_, body) = get("/api/citations?q=h%C3%B2a%20gi%E1%BA%A3i").await;
    assert_eq!(
        body,
        json!({"status": "invalid", "query": "hòa giải", "key": null, "documents": []})
    );
}

#[tokio::test]
async fn a_draft_is_checked_citation_by_citation() {
    let draft = "Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2024 của UBND huyện Anh Sơn; \
                 Kế hoạch số 77/KH-UBND ngày 02/02/2024; Kế hoạch số 05/KH-UBND.";
    let (status, body) = call("POST", "/api/citations/resolve", Body::from(draft)).await;
    assert_eq!(status, StatusCode::OK);
    let statuses: Vec<(&str, &str)> = body
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["key"].as_str().unwrap(), l["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        statuses,
        [
            ("12/KH-UBND", "found"),
            ("77/KH-UBND", "not_found"),
            ("05/KH-UBND", "ambiguous")
        ]
    );
}

#[tokio::test]
async fn a_report_comes_back_whole() {
    let (_, hits) = get("/api/search?q=Ho%C3%A0%20S%C6%A1n&unit=hoa%20son&limit=1").await;
    let id = hits["hits"][0]["report"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (status, body) = get(&format!("/api/reports/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["report"]["unit"], "xã Hoa Sơn");
    assert_eq!(body["report"]["parent"], "huyện Anh Sơn");
    assert_eq!(body["report"]["number"], "15/BC-UBND");
    assert_eq!(body["report"]["date"], "2024-03-20");
    assert!(
        body["text"]
            .as_str()
            .unwrap()
            .starts_with("ỦY BAN NHÂN DÂN")
    );
    assert!(body["sections"].as_array().unwrap().len() >= 5);
}

#[tokio::test]
async fn a_report_marks_the_words_searched_as_the_search_does() {
    let (_, hits) = get("/api/search?q=h%C3%B2a%20gi%E1%BA%A3i&unit=hoa%20son&limit=1").await;
    let id = hits["hits"][0]["report"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let marked = |body: &Value| -> Vec<String> {
        let text = body["text"].as_str().unwrap().as_bytes();
        body["marks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                let (a, b) = (m["start"].as_u64().unwrap(), m["end"].as_u64().unwrap());
                String::from_utf8(text[a as usize..b as usize].to_vec()).unwrap()
            })
            .collect()
    };
    // hòa giải and hoà giải (tone on the other vowel) mark the same places; so does hoa giai,
    // one word here, never its syllables apart.
    let mut seen = Vec::new();
    for q in [
        "h%C3%B2a%20gi%E1%BA%A3i",
        "ho%C3%A0%20gi%E1%BA%A3i",
        "hoa%20giai",
    ] {
        let (status, body) = get(&format!("/api/reports/{id}?q={q}")).await;
        assert_eq!(status, StatusCode::OK);
        let marks = marked(&body);
        assert!(!marks.is_empty(), "{q}");
        // A word is marked where its syllables stand together, never one alone.
        assert!(marks.iter().any(|m| m == "hòa giải"), "{q}: {marks:?}");
        assert!(
            marks
                .iter()
                .all(|m| tracuu_tokenizer::fold(m).to_lowercase() == "hoa giai"),
            "{q}: {marks:?}"
        );
        seen.push(marks);
    }
    assert_eq!(seen[0], seen[1], "tone placement is free");
    // Without diacritics every form of the word is marked, and `Hoa` of xã Hoa Sơn is not.
    assert!(seen[0].iter().all(|m| seen[2].contains(m)));
    assert!(!seen[2].iter().any(|m| m == "Hoa"));
    // No query, no marks; an over-long one is refused like a search.
    let (_, body) = get(&format!("/api/reports/{id}")).await;
    assert_eq!(body["marks"], serde_json::json!([]));
    let (status, body) = get(&format!("/api/reports/{id}?q={}", "a".repeat(501))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"]["code"], "invalid_parameter");
    let (status, _) = get(&format!("/api/reports/{id}?colour=red")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn exports_are_csv_excel_reads() {
    let engine = Engine::open(fixture_index()).unwrap();
    let request = Request::builder()
        .uri("/api/search.csv?q=hoa%20giai")
        .body(Body::empty())
        .unwrap();
    let response = app(AppState::new(engine)).oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    assert!(bytes.starts_with("\u{feff}\"Đơn vị\"".as_bytes()));
    assert!(String::from_utf8_lossy(&bytes).contains("xã Hoa Sơn"));
}

#[tokio::test]
async fn the_openapi_document_lists_every_route() {
    let (status, body) = get("/api/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    let paths: BTreeSet<&str> = body["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    for route in [
        "/api/search",
        "/api/search.csv",
        "/api/citations",
        "/api/citations/resolve",
        "/api/drafts/text",
        "/api/documents/{id}",
        "/api/documents/{id}/citing.csv",
        "/api/reports/{id}",
        "/api/health",
    ] {
        assert!(paths.contains(route), "{route}");
    }
    // The search's shape: tiers, the words as read, snippets as text and marks.
    let schemas = &body["components"]["schemas"];
    for (schema, field) in [
        ("SearchResponse", "tiers"),
        ("SearchResponse", "matches"),
        ("SearchResponse", "words"),
        ("Hit", "missing"),
        ("Snippet", "marks"),
        ("Tiers", "partial"),
    ] {
        assert!(
            schemas[schema]["properties"][field].is_object(),
            "{schema}.{field}"
        );
    }
    let tiers: Vec<&str> = schemas["MatchKind"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(tiers, ["phrase", "words", "partial", "loose", "browse"]);
    let params: Vec<&str> = body["paths"]["/api/search"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(params.contains(&"sort"), "{params:?}");
    // The two routes taking a draft take it the same way, in every media type they read.
    let resolve = &body["paths"]["/api/citations/resolve"]["post"]["requestBody"];
    assert_eq!(
        resolve,
        &body["paths"]["/api/drafts/text"]["post"]["requestBody"]
    );
    let media: BTreeSet<&str> = resolve["content"]
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    assert_eq!(
        media,
        BTreeSet::from([
            "application/octet-stream",
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "text/plain",
        ])
    );
    // A file is described as bytes, not as an array of numbers.
    let file = &resolve["content"]["application/pdf"]["schema"];
    assert_eq!(
        file,
        &json!({"type": "string", "format": "binary"}),
        "{file}"
    );
}

/// An index of a few sentences written for the tier tests, one report each, and a GET on it.
mod tiers {
    use super::*;
    use std::path::Path;
    use std::sync::OnceLock;
    use tracuu_index::Indexer;

    const TEXTS: [(&str, &str); 9] = [
        (
            "a-words.txt",
            "Công tác hòa giải ở cơ sở được duy trì; các tổ đã giải quyết 12 vụ việc trong kỳ.",
        ),
        (
            "b-scattered.txt",
            "Xã Long Hòa triển khai nhiều giải pháp nâng cao chất lượng phục vụ người dân.",
        ),
        (
            "c-partial.txt",
            "Tổ hòa giải thôn Đông phối hợp với ban công tác mặt trận tuyên truyền pháp luật.",
        ),
        (
            "d-other.txt",
            "Thực hiện số hóa hồ sơ, giải quyết thủ tục hành chính đúng hạn cho người dân.",
        ),
        (
            "e-loose.txt",
            "Hội nghị bàn cách hóa giải mâu thuẫn giữa các hộ dân về lối đi chung.",
        ),
        (
            "f-phrase.txt",
            "Kết quả hòa giải vụ việc tranh chấp đất đai giữa hai hộ gia đình.",
        ),
        (
            "h-long.txt",
            "Trong kỳ báo cáo, các tổ hòa giải ở cơ sở của xã đã phối hợp với ban công tác mặt \
             trận, đoàn thanh niên, hội phụ nữ, hội nông dân, hội cựu chiến binh giải quyết 15 \
             vụ việc tranh chấp đất đai giữa các hộ gia đình trên địa bàn.",
        ),
        (
            "i-sentence.txt",
            "Đoàn kiểm tra làm việc tại xã Long Hòa. Giải thưởng được trao cho ba tổ.",
        ),
        (
            "g-decree.txt",
            "Theo quy định tại Nghị định số 61 của Chính phủ về cơ chế một cửa.",
        ),
    ];

    fn index() -> &'static Path {
        static INDEX: OnceLock<tempfile::TempDir> = OnceLock::new();
        INDEX
            .get_or_init(|| {
                let dir = tempfile::tempdir().expect("temp dir");
                let mut indexer = Indexer::open(dir.path()).expect("indexer");
                for (source, text) in TEXTS {
                    indexer.add(source, text).expect("added");
                }
                indexer.commit().expect("committed");
                dir
            })
            .path()
    }

    async fn search(q: &str) -> Value {
        let engine = Engine::open(index()).expect("index opens");
        let uri = format!(
            "/api/search?limit=100&q={}",
            q.bytes().map(|b| format!("%{b:02X}")).collect::<String>()
        );
        let request = Request::builder().uri(uri).body(Body::empty()).unwrap();
        let response = app(AppState::new(engine)).oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        serde_json::from_slice(&bytes).unwrap()
    }

    /// (source, tier) of every hit, in order.
    fn labelled(body: &Value) -> Vec<(String, String)> {
        body["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| {
                (
                    h["report"]["source"].as_str().unwrap().to_string(),
                    h["match"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    }

    #[tokio::test]
    async fn a_word_is_never_matched_by_its_syllables_apart() {
        let body = search("hoà giải").await;
        assert_eq!(
            body["words"],
            json!([{"text": "hoà giải", "role": "required"}])
        );
        let hits = labelled(&body);
        // Long Hòa … giải pháp, số hóa … giải quyết, and Long Hòa. Giải thưởng (side by side
        // but across the end of a sentence) are no hit at all.
        assert!(
            !hits
                .iter()
                .any(|(s, _)| s.starts_with('b') || s.starts_with('d') || s.starts_with('i')),
            "{hits:?}"
        );
        assert_eq!(
            body["tiers"],
            json!({"phrase": 4, "words": 0, "partial": 0, "loose": 1})
        );
        assert_eq!(
            hits.last().unwrap(),
            &("e-loose.txt".into(), "loose".into())
        );
    }

    #[tokio::test]
    async fn hits_come_tier_by_tier_and_partial_ones_name_what_they_lack() {
        let body = search("hòa giải vụ việc").await;
        assert_eq!(
            body["words"],
            json!([
                {"text": "hòa giải", "role": "required"},
                {"text": "vụ việc", "role": "required"}
            ])
        );
        assert_eq!(
            labelled(&body),
            [
                ("f-phrase.txt", "phrase"),
                ("a-words.txt", "words"),
                ("h-long.txt", "words"),
                ("c-partial.txt", "partial"),
                ("e-loose.txt", "loose"),
            ]
            .map(|(s, m)| (s.to_string(), m.to_string()))
        );
        assert_eq!(
            body["tiers"],
            json!({"phrase": 1, "words": 2, "partial": 1, "loose": 1})
        );
        assert_eq!(
            (body["total"].clone(), body["matches"].clone()),
            (json!(5), json!(3))
        );
        let hits = body["hits"].as_array().unwrap();
        assert_eq!(hits[3]["missing"], json!(["vụ việc"]));
        assert_eq!(hits[4]["missing"], json!(["vụ việc"]));
        assert_eq!(hits[0]["missing"], json!([]));
        // The facets count the matches, not the tail.
        let units: u64 = body["facets"]["section"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["count"].as_u64().unwrap())
            .sum();
        assert_eq!(units, 3);
    }

    #[tokio::test]
    async fn function_words_rank_but_need_not_match() {
        let body = search("hòa giải là gì?").await;
        assert_eq!(body["words"][1], json!({"text": "là", "role": "optional"}));
        assert_eq!(body["words"][2], json!({"text": "gì", "role": "optional"}));
        assert_eq!(body["matches"], 4, "{}", body["tiers"]);
        // Quoted, a function word must match.
        let body = search("\"của\" Chính phủ").await;
        assert_eq!(body["words"][0]["role"], "required");
        assert_eq!(body["matches"], 1);
    }

    #[tokio::test]
    async fn a_long_question_is_answered_not_refused() {
        let q = "Theo quy định hiện hành thì trong kỳ báo cáo vừa qua các tổ hòa giải ở cơ sở \
                 của xã đã phối hợp với ban công tác mặt trận, đoàn thanh niên, hội phụ nữ, hội \
                 nông dân, hội cựu chiến binh, công an xã và trưởng thôn, bản, tổ dân phố để \
                 giải quyết bao nhiêu vụ việc tranh chấp đất đai, ranh giới, lối đi chung giữa \
                 các hộ gia đình trên địa bàn trong năm nay, đúng hay sai?";
        assert!(q.chars().count() <= 500);
        let body = search(q).await;
        let ranked_only = body["words"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|w| w["role"] == "rank_only")
            .count();
        assert!(ranked_only > 0, "{}", body["words"]);
        assert_eq!(body["hits"][0]["match"], "partial");
        assert_eq!(body["hits"][0]["report"]["source"], "h-long.txt", "{body}");
    }

    #[tokio::test]
    async fn a_snippet_marks_each_matched_word_whole() {
        let body = search("nghị định").await;
        let snippet = &body["hits"][0]["snippet"];
        let text = snippet["text"].as_str().unwrap();
        let marked: Vec<&str> = snippet["marks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                &text[m["start"].as_u64().unwrap() as usize..m["end"].as_u64().unwrap() as usize]
            })
            .collect();
        // Not the `định` of `quy định`.
        assert_eq!(marked, ["Nghị định"]);
    }
}

#[tokio::test]
async fn filters_without_a_query_browse_reports_newest_first() {
    let (status, body) = get("/api/search?year=2024&limit=100").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let hits = body["hits"].as_array().unwrap();
    assert!(hits.len() >= 2, "{body}");
    assert_eq!(body["total"], hits.len());
    assert!(
        hits.iter()
            .all(|h| h["match"] == "browse" && h["report"]["year"] == 2024)
    );
    let dates: Vec<&str> = hits
        .iter()
        .map(|h| h["report"]["date"].as_str().unwrap_or(""))
        .collect();
    let mut newest_first = dates.clone();
    newest_first.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, newest_first);
    assert_eq!(sources(&body).len(), hits.len(), "one hit per report");
}

#[tokio::test]
async fn hits_sort_by_date_within_their_tier() {
    let (status, body) = get("/api/search?q=cai%20cach&group=report&sort=date&limit=100").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let hits = body["hits"].as_array().unwrap();
    assert!(hits.len() >= 2);
    for pair in hits.windows(2) {
        // A report without a day sorts by its year.
        let day = |h: &Value| {
            h["report"]["date"]
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| h["report"]["year"].to_string())
        };
        if pair[0]["match"] == pair[1]["match"] {
            assert!(day(&pair[0]) >= day(&pair[1]), "{body}");
        }
    }
    let (status, body) = get("/api/search?q=a&sort=name").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body["error"]["message"],
        "invalid parameter `sort`: expected `relevance` or `date`, got `name`"
    );
}

/// Status, and each document's key, issuer, date, differences and what tells it apart.
fn verdict(body: &Value) -> Value {
    let documents: Vec<Value> = body["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| {
            json!({
                "key": d["key"], "issuer": d["issuer"], "date": d["date"],
                "differences": d.get("differences").cloned().unwrap_or(json!([])),
                "apart": d.get("apart").cloned().unwrap_or(json!([])),
            })
        })
        .collect();
    json!({"status": body["status"], "written": body.get("written").cloned().unwrap_or(Value::Null), "documents": documents})
}

async fn cite(q: &str) -> Value {
    let uri = format!("/api/citations?q={}", urlencoding(q));
    let (status, body) = get(&uri).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    verdict(&body)
}

fn urlencoding(q: &str) -> String {
    q.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn the_date_written_picks_one_plan_among_those_sharing_the_number() {
    assert_eq!(
        cite("Kế hoạch số 05/KH-UBND ngày 15/01/2024").await,
        json!({"status": "found", "written": {"date": "2024-01-15"}, "documents": [
            {"key": "05/KH-UBND", "issuer": "UBND xã Hoa Sơn", "date": "2024-01-15",
             "differences": [], "apart": []}
        ]})
    );
}

#[tokio::test]
async fn a_date_that_differs_from_the_index_is_found_with_differences() {
    assert_eq!(
        cite("Nghị định 61/2018/NĐ-CP ngày 25/4/2018").await,
        json!({"status": "found_with_differences", "written": {"issuer": "Chính phủ", "date": "2018-04-25"}, "documents": [
            {"key": "61/2018/NĐ-CP", "issuer": "Chính phủ", "date": "2018-04-23",
             "differences": [{"field": "date", "written": "2018-04-25", "indexed": "2018-04-23"}],
             "apart": []}
        ]})
    );
}

#[tokio::test]
async fn an_issuer_that_differs_from_the_index_is_found_with_differences() {
    assert_eq!(
        cite("Nghị định 61/2018/NĐ-CP của Bộ Tư pháp").await,
        json!({"status": "found_with_differences", "written": {"issuer": "Bộ Tư pháp"}, "documents": [
            {"key": "61/2018/NĐ-CP", "issuer": "Chính phủ", "date": "2018-04-23",
             "differences": [{"field": "issuer", "written": "Bộ Tư pháp", "indexed": "Chính phủ"}],
             "apart": []}
        ]})
    );
}

#[tokio::test]
async fn nothing_agreeing_among_several_is_ambiguous_with_what_tells_them_apart() {
    let differs =
        |indexed: &str| json!([{"field": "date", "written": "2024-02-20", "indexed": indexed}]);
    assert_eq!(
        cite("Kế hoạch số 05/KH-UBND ngày 20/02/2024").await,
        json!({"status": "ambiguous", "written": {"date": "2024-02-20"}, "documents": [
            {"key": "05/KH-UBND", "issuer": "UBND xã Hoa Sơn", "date": "2024-01-15",
             "differences": differs("2024-01-15"), "apart": ["issuer", "date"]},
            {"key": "05/KH-UBND", "issuer": null, "date": "2024-01-05",
             "differences": differs("2024-01-05"), "apart": ["issuer", "date"]},
            {"key": "05/KH-UBND", "issuer": "UBND xã Tường Sơn", "date": "2023-01-09",
             "differences": differs("2023-01-09"), "apart": ["issuer", "date"]},
        ]})
    );
}

#[tokio::test]
async fn two_draft_rows_of_one_number_are_told_apart_by_line_and_date() {
    let draft = "Căn cứ Kế hoạch số 05/KH-UBND ngày 15/01/2024 của UBND xã;\n\
                 Tiếp tục thực hiện Kế hoạch số 05/KH-UBND ngày 09/01/2023.";
    let (status, body) = call("POST", "/api/citations/resolve", Body::from(draft)).await;
    assert_eq!(status, StatusCode::OK);
    let rows: Vec<Value> = body.as_array().unwrap().iter().map(verdict).collect();
    assert_eq!(
        json!(rows),
        json!([
            {"status": "found",
             "written": {"date": "2024-01-15", "issuer": "UBND xã", "line": 1, "span": {"start": 10, "end": 38}},
             "documents": [{"key": "05/KH-UBND", "issuer": "UBND xã Hoa Sơn", "date": "2024-01-15", "differences": [], "apart": []}]},
            {"status": "found",
             "written": {"date": "2023-01-09", "line": 2, "span": {"start": 99, "end": 127}},
             "documents": [{"key": "05/KH-UBND", "issuer": "UBND xã Tường Sơn", "date": "2023-01-09", "differences": [], "apart": []}]},
        ])
    );
}

/// An index of two invented decisions: one provincial decision repeals an older one and
/// cites a decree amended by another.
/// A provincial decision citing a law by name, amending decrees and the decision it replaces.
const DECISION_18: &str = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\n\nSố: 18/2025/QĐ-UBND\n\nBình An, ngày 12 tháng 5 năm 2025\n\n\
     QUYẾT ĐỊNH\nBan hành Quy định quản lý chợ trên địa bàn tỉnh\n\n\
     Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n\
     Căn cứ Nghị định số 60/2024/NĐ-CP ngày 05/6/2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 02/2003/NĐ-CP ngày 14/01/2003 của Chính phủ;\n\n\
     QUYẾT ĐỊNH:\n\n\
     Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý chợ.\n\n\
     Điều 2. Quyết định này có hiệu lực từ ngày 01/6/2025 và thay thế Quyết định số 07/2016/QĐ-UBND ngày 03/3/2016 của UBND tỉnh Bình An.\n";

fn relations_index() -> &'static std::path::Path {
    static INDEX: std::sync::OnceLock<(tempfile::TempDir, tempfile::TempDir)> =
        std::sync::OnceLock::new();
    let (_, index) = INDEX.get_or_init(|| {
        let texts = tempfile::tempdir().expect("temp dir");
        std::fs::write(texts.path().join("qd-18-2025.txt"), DECISION_18).expect("write");
        let index = build_index_of(texts.path());
        (texts, index)
    });
    index.path()
}

fn build_index_of(dir: &std::path::Path) -> tempfile::TempDir {
    crate::common::build_index(&[dir.to_path_buf()])
}

async fn get_on(index: &std::path::Path, uri: &str) -> Value {
    let engine = Engine::open(index).expect("index opens");
    let request = Request::builder()
        .uri(uri)
        .body(Body::empty())
        .expect("request");
    let response = app(AppState::new(engine))
        .oneshot(request)
        .await
        .expect("response");
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .expect("body");
    serde_json::from_slice(&bytes).expect("json")
}

/// Each citing section's role and holder, and what supersedes the document.
fn relations_of(body: &Value) -> Value {
    let d = &body["documents"][0];
    json!({
        "status": body["status"],
        "key": d["key"],
        "cited_by": d["cited_by"].as_array().unwrap().iter().map(|c| json!({
            "report": c["report"]["number"], "role": c.get("role").cloned().unwrap_or(Value::Null),
            "holder": c.get("holder").cloned().unwrap_or(Value::Null),
        })).collect::<Vec<_>>(),
        "superseded_by": d.get("superseded_by").map(|s| s.as_array().unwrap().iter().map(|x| json!({
            "role": x["role"], "report": x["report"]["number"],
        })).collect::<Vec<_>>()).unwrap_or_default(),
    })
}

#[tokio::test]
async fn citing_sections_say_their_role_and_a_replaced_document_says_by_whom() {
    let index = relations_index();
    let replaced = get_on(index, "/api/citations?q=07/2016/QĐ-UBND").await;
    assert_eq!(
        relations_of(&replaced),
        json!({"status": "found", "key": "07/2016/QĐ-UBND",
               "cited_by": [{"report": "18/2025/QĐ-UBND", "role": "replaces", "holder": null}],
               "superseded_by": [{"role": "replaces", "report": "18/2025/QĐ-UBND"}]})
    );
    let amended = get_on(index, "/api/citations?q=02/2003/NĐ-CP").await;
    assert_eq!(
        relations_of(&amended),
        json!({"status": "found", "key": "02/2003/NĐ-CP",
               "cited_by": [{"report": "18/2025/QĐ-UBND", "role": "amends", "holder": "60/2024/NĐ-CP"}],
               "superseded_by": []})
    );
    let basis = get_on(index, "/api/citations?q=60/2024/NĐ-CP").await;
    assert_eq!(
        relations_of(&basis),
        json!({"status": "found", "key": "60/2024/NĐ-CP",
               "cited_by": [{"report": "18/2025/QĐ-UBND", "role": "basis", "holder": null}],
               "superseded_by": []})
    );
}

#[tokio::test]
async fn a_report_says_which_reports_cite_it_and_one_nobody_cites_says_none() {
    // The decision 18/2025 replaces 07/2016: index both.
    let texts = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        texts.path().join("qd-07-2016.txt"),
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\n\nSố: 07/2016/QĐ-UBND\n\nBình An, ngày 03 tháng 3 năm 2016\n\n\
         QUYẾT ĐỊNH\nBan hành Quy định quản lý chợ\n\nĐiều 1. Quy định này áp dụng cho các chợ.\n",
    )
    .expect("write");
    std::fs::write(texts.path().join("qd-18-2025.txt"), DECISION_18).expect("write");
    let both = build_index_of(texts.path());
    let search = get_on(
        both.path(),
        "/api/search?q=qu%E1%BA%A3n%20l%C3%BD%20ch%E1%BB%A3&group=report&limit=10",
    )
    .await;
    let id_of = |number: &str| {
        search["hits"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["report"]["number"] == number)
            .map(|h| h["report"]["id"].as_str().unwrap().to_string())
            .unwrap_or_else(|| panic!("{number} is indexed: {search}"))
    };
    let old = id_of("07/2016/QĐ-UBND");
    let body = get_on(both.path(), &format!("/api/reports/{old}/cited-by")).await;
    let documents = body["documents"].as_array().expect("documents");
    assert_eq!(documents.len(), 1, "{body}");
    assert_eq!(documents[0]["key"], "07/2016/QĐ-UBND");
    assert_eq!(documents[0]["indexed"]["report"]["id"], old.as_str());
    assert_eq!(documents[0]["citing"]["reports"], 1, "{body}");
    let new = id_of("18/2025/QĐ-UBND");
    let body = get_on(both.path(), &format!("/api/reports/{new}/cited-by")).await;
    assert_eq!(body, json!({"documents": []}));
    let missing = get_on(both.path(), "/api/reports/00000000000000ff/cited-by").await;
    assert_eq!(missing["error"]["code"], "not_found", "{missing}");
}

#[tokio::test]
async fn a_law_cited_by_name_is_looked_up_by_its_name_typed_either_way() {
    let index = relations_index();
    for q in [
        "Lu%E1%BA%ADt%20T%E1%BB%95%20ch%E1%BB%A9c%20ch%C3%ADnh%20quy%E1%BB%81n%20%C4%91%E1%BB%8Ba%20ph%C6%B0%C6%A1ng",
        "luat%20to%20chuc%20chinh%20quyen%20dia%20phuong",
    ] {
        let body = get_on(index, &format!("/api/citations?q={q}")).await;
        assert_eq!(
            relations_of(&body),
            json!({"status": "found", "key": "Luật Tổ chức chính quyền địa phương",
                   "cited_by": [{"report": "18/2025/QĐ-UBND", "role": "basis", "holder": null}],
                   "superseded_by": []}),
            "{q}"
        );
    }
    let other = get_on(
        index,
        "/api/citations?q=Lu%E1%BA%ADt%20%C4%90%E1%BA%A5t%20%C4%91ai",
    )
    .await;
    assert_eq!(other["status"], "not_found", "{other}");
}

#[tokio::test]
async fn documents_sharing_a_number_are_paged_and_filtered_by_unit_year_and_issuer() {
    let (_, body) = get("/api/citations?q=05/KH-UBND&limit=1&year=2024").await;
    assert_eq!(body["status"], "ambiguous");
    assert_eq!(body["documents"].as_array().unwrap().len(), 1);
    let mut page = body["page"].clone();
    page["units"] = json!(page["units"].as_array().unwrap().len());
    assert_eq!(
        page,
        json!({"total": 2, "all": 3, "offset": 0, "limit": 1, "units": 3,
               "years": [[2024, 2], [2023, 1]],
               "issuers": [["UBND xã Hoa Sơn", 1], ["UBND xã Tường Sơn", 1]]})
    );
    let (_, body) =
        get("/api/citations?q=05/KH-UBND&limit=10&issuer=t%C6%B0%E1%BB%9Dng%20s%C6%A1n").await;
    let dates: Vec<&str> = body["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2023-01-09"]);
    let (status, _) = get("/api/citations?q=05/KH-UBND&limit=0").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

/// An index of two invented provincial decisions: the older one (with its articles and
/// clauses) is itself indexed, and the newer one cites a clause of it.
fn linked_index() -> &'static std::path::Path {
    static INDEX: std::sync::OnceLock<(tempfile::TempDir, tempfile::TempDir)> =
        std::sync::OnceLock::new();
    let (_, index) = INDEX.get_or_init(|| {
        let texts = tempfile::tempdir().expect("temp dir");
        let head = |number: &str, date: &str| {
            format!(
                "ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\n\nSố: {number}\n\nBình An, {date}\n\n\
                 QUYẾT ĐỊNH\nBan hành Quy định quản lý chợ trên địa bàn tỉnh\n\nQUYẾT ĐỊNH:\n\n"
            )
        };
        std::fs::write(
            texts.path().join("qd-07-2016.txt"),
            head("07/2016/QĐ-UBND", "ngày 03 tháng 3 năm 2016")
                + "Điều 1. Phạm vi điều chỉnh\n\nQuy định này áp dụng cho các chợ trên địa bàn tỉnh.\n\n\
                   Điều 2. Đối tượng áp dụng\n\nCác tổ chức, cá nhân kinh doanh tại chợ.\n\n\
                   Điều 3. Trách nhiệm của Ban quản lý chợ\n\n1. Bố trí mặt bằng kinh doanh.\n\n\
                   2. Thu phí theo quy định.\n\nĐiều 4. Hiệu lực thi hành\n\n\
                   Quyết định này có hiệu lực từ ngày 15/3/2016.\n",
        )
        .expect("write");
        std::fs::write(
            texts.path().join("qd-18-2025.txt"),
            head("18/2025/QĐ-UBND", "ngày 12 tháng 5 năm 2025")
                + "Điều 1. Ban quản lý chợ tiếp tục thu phí theo khoản 2 Điều 3 Quyết định số \
                   07/2016/QĐ-UBND ngày 03/3/2016 của UBND tỉnh Bình An đến hết năm 2025.\n\n\
                   Điều 2. Quyết định này có hiệu lực từ ngày 01/6/2025.\n",
        )
        .expect("write");
        let index = build_index_of(texts.path());
        (texts, index)
    });
    index.path()
}

/// The id of the indexed report with this number.
async fn report_id_of(index: &std::path::Path, number: &str) -> String {
    let body = get_on(index, "/api/search?q=ch%E1%BB%A3&group=report").await;
    body["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .find(|h| h["report"]["number"] == number)
        .map(|h| h["report"]["id"].as_str().expect("id").to_string())
        .expect("the report is indexed")
}

#[tokio::test]
async fn a_cited_document_that_is_indexed_links_to_itself_and_its_cited_article() {
    let index = linked_index();
    let id = report_id_of(index, "07/2016/QĐ-UBND").await;
    let body = get_on(
        index,
        "/api/citations?q=kho%E1%BA%A3n%202%20%C4%90i%E1%BB%81u%203%20Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%2007/2016/Q%C4%90-UBND",
    )
    .await;
    assert_eq!(body["status"], "found", "{body}");
    assert_eq!(body["pinpoints"], json!(["khoản 2 Điều 3"]));
    let d = &body["documents"][0];
    assert_eq!(d["key"], "07/2016/QĐ-UBND");
    let mut indexed = d["indexed"].clone();
    let report = indexed["report"].take();
    assert_eq!(report["id"], id.as_str());
    assert_eq!(report["number"], "07/2016/QĐ-UBND");
    assert_eq!(
        indexed,
        json!({"report": null, "articles": [{"pinpoint": "khoản 2 Điều 3", "path": "Điều 3 › khoản 2"}]})
    );
    // The citing section carries its pinpoint.
    assert_eq!(d["cited_by"][0]["pinpoints"], json!(["khoản 2 Điều 3"]));
    // The report page opens that section.
    let page = get_on(index, &format!("/api/reports/{id}")).await;
    let paths: Vec<&str> = page["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    assert!(paths.contains(&"Điều 3 › khoản 2"), "{paths:?}");
    // A document cited by number that is not indexed has no link; the citing report itself
    // is indexed and found by its own number.
    let citing = get_on(index, "/api/citations?q=18/2025/Q%C4%90-UBND").await;
    assert_eq!(citing["status"], "not_found", "{citing}");
}

#[tokio::test]
async fn a_citation_followed_from_a_report_opens_the_document_that_report_means() {
    // Three plans share 05/KH-UBND; followed from a report citing one of them, the lookup
    // is that one.
    let (_, all) = get("/api/citations?q=05/KH-UBND").await;
    assert_eq!(all["status"], "ambiguous");
    let d = &all["documents"][2];
    let from = d["cited_by"][0]["report"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (_, body) = get_owned(format!("/api/citations?q=05/KH-UBND&from={from}")).await;
    assert_eq!(body["status"], "found");
    let ids: Vec<&Value> = body["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &d["id"])
        .collect();
    assert_eq!(ids, [&d["id"]]);
    // From a report that does not cite the number, nothing is taken away.
    let (_, body) = get("/api/citations?q=05/KH-UBND&from=0000000000000000").await;
    assert_eq!(body["documents"].as_array().unwrap().len(), 3);
}

/// A one-paragraph-per-line Word document.
fn docx(lines: &[&str]) -> Vec<u8> {
    use std::io::Write;
    let body: String = lines
        .iter()
        .map(|l| format!("<w:p><w:r><w:t>{l}</w:t></w:r></w:p>"))
        .collect();
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .expect("entry");
    zip.write_all(document.as_bytes()).expect("write");
    zip.finish().expect("zip").into_inner()
}

const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

async fn post_typed(uri: &str, media: &str, body: Vec<u8>) -> (StatusCode, Value) {
    call_typed("POST", uri, Some(media), Body::from(body)).await
}

#[tokio::test]
async fn a_word_draft_is_checked_like_its_text() {
    let lines = [
        "Căn cứ Kế hoạch số 05/KH-UBND ngày 15/01/2024 của UBND xã;",
        "Thực hiện Nghị định 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.",
    ];
    let (status, from_file) = post_typed("/api/citations/resolve", DOCX, docx(&lines)).await;
    assert_eq!(status, StatusCode::OK, "{from_file}");
    let (status, text) = post_typed("/api/drafts/text", DOCX, docx(&lines)).await;
    assert_eq!(status, StatusCode::OK);
    // Paragraphs as `tracuu index` reads them: a blank line between.
    assert_eq!(text, json!({"text": format!("{}\n", lines.join("\n\n"))}));
    let (_, from_text) = post_typed(
        "/api/citations/resolve",
        "text/plain; charset=utf-8",
        text["text"].as_str().unwrap().as_bytes().to_vec(),
    )
    .await;
    assert_eq!(from_file, from_text);
    let verdicts: Vec<&Value> = from_file
        .as_array()
        .unwrap()
        .iter()
        .map(|l| &l["status"])
        .collect();
    assert_eq!(verdicts, ["found", "found"]);
}

#[tokio::test]
async fn a_broken_draft_file_is_a_400_naming_why() {
    let (status, body) = post_typed(
        "/api/citations/resolve",
        DOCX,
        b"PK\x03\x04 not a zip".to_vec(),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert_eq!(body["error"]["code"], "invalid_body");
    let message = body["error"]["message"].as_str().unwrap();
    assert!(
        message.starts_with("the .docx file cannot be read: corrupt .docx file"),
        "{message}"
    );
    let (status, body) = post_typed(
        "/api/citations/resolve",
        "application/pdf",
        b"%PDF-1.4 truncated".to_vec(),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("the .pdf file cannot be read"),
        "{body}"
    );
    let (status, body) = post_typed("/api/citations/resolve", "image/png", vec![1, 2, 3]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body,
        error(
            "invalid_body",
            "a draft is sent as text/plain, a .docx or a .pdf; `image/png` is none of them"
        )
    );
    let (status, body) = post_typed(
        "/api/citations/resolve",
        DOCX,
        vec![0; tracuu::api::citations::MAX_DRAFT_FILE_BYTES + 1],
    )
    .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        body,
        error(
            "payload_too_large",
            "the file is over the limit of 16777216 bytes"
        )
    );
}
