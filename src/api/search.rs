//! `GET /api/search` and `GET /api/search.csv`.

use super::AppState;
use super::csv::Csv;
use super::error::{ApiError, ErrorBody};
use super::extract::{ApiQuery, number};
use axum::Json;
use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;
use tracuu_index::search::request::{parse_category, parse_period};
use tracuu_index::{Group, MatchKind, SearchRequest, SearchResponse, Sort};
use utoipa::IntoParams;

/// Query parameters of a search.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// Words (with or without diacritics), "quoted phrases", document numbers, questions; up to
    /// 500 characters. Empty or absent with a filter: the reports the filters select, newest
    /// first.
    pub q: Option<String>,
    /// Unit or parent unit name, with or without diacritics (`Lục Bình`, `huyen bach thong`).
    pub unit: Option<String>,
    /// Year of the report.
    pub year: Option<String>,
    /// Section category: institutional, procedures, organisation, civil_service,
    /// public_finance, e_government, direction, assessment, tasks, requests, appendix, other.
    pub section: Option<String>,
    /// Period kind: quarter, six_months, nine_months, year.
    pub period: Option<String>,
    /// Hits per page, 1–100 (default 10).
    pub limit: Option<String>,
    /// Hits to skip, 0–10000 (default 0).
    pub offset: Option<String>,
    /// `section` (default) or `report` (one hit per report).
    pub group: Option<String>,
    /// `relevance` (default) or `date` (newest first, within each tier).
    pub sort: Option<String>,
}

impl SearchParams {
    /// The request these parameters ask for, or a 400 naming the bad parameter.
    pub fn to_request(&self) -> Result<SearchRequest, ApiError> {
        let mut request = SearchRequest::new(self.q.clone().unwrap_or_default());
        let text = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        request.unit = text(&self.unit);
        request.year = number("year", self.year.as_deref())?;
        request.section = text(&self.section)
            .map(|s| parse_category(&s))
            .transpose()?;
        request.period = text(&self.period).map(|s| parse_period(&s)).transpose()?;
        request.limit = number("limit", self.limit.as_deref())?.unwrap_or(10);
        request.offset = number("offset", self.offset.as_deref())?.unwrap_or(0);
        request.group = match text(&self.group).as_deref() {
            None | Some("section") => Group::Section,
            Some("report") => Group::Report,
            Some(other) => {
                return Err(ApiError::invalid(
                    "group",
                    format!("expected `section` or `report`, got `{other}`"),
                ));
            }
        };
        request.sort = match text(&self.sort).as_deref() {
            None | Some("relevance") => Sort::Relevance,
            Some("date") => Sort::Date,
            Some(other) => {
                return Err(ApiError::invalid(
                    "sort",
                    format!("expected `relevance` or `date`, got `{other}`"),
                ));
            }
        };
        request.validate()?;
        Ok(request)
    }
}

/// Searches report sections.
#[utoipa::path(
    get,
    path = "/api/search",
    params(SearchParams),
    responses(
        (status = 200, description = "Hits tier by tier (phrase, words, partial, loose), with facets", body = SearchResponse),
        (status = 400, description = "A parameter is missing, unknown or out of range", body = ErrorBody),
    ),
    tag = "search"
)]
pub async fn search(
    State(state): State<AppState>,
    ApiQuery(params): ApiQuery<SearchParams>,
) -> Result<Json<SearchResponse>, ApiError> {
    let request = params.to_request()?;
    let response = state
        .blocking(move |engine| engine.search(&request))
        .await??;
    Ok(Json(response))
}

/// Exports up to 1,000 hits of a search as CSV (UTF-8 with BOM, for Excel).
#[utoipa::path(
    get,
    path = "/api/search.csv",
    params(SearchParams),
    responses(
        (status = 200, description = "CSV of the hits", content_type = "text/csv"),
        (status = 400, description = "A parameter is missing, unknown or out of range", body = ErrorBody),
    ),
    tag = "search"
)]
pub async fn search_csv(
    State(state): State<AppState>,
    ApiQuery(params): ApiQuery<SearchParams>,
) -> Result<Response, ApiError> {
    let mut request = params.to_request()?;
    request.limit = 100;
    let pages = state
        .blocking(move |engine| {
            let mut hits = Vec::new();
            for page in 0..10 {
                request.offset = page * 100;
                let response = engine.search(&request)?;
                let done = response.hits.len() < 100;
                hits.extend(response.hits);
                if done {
                    break;
                }
            }
            Ok::<_, tracuu_index::SearchError>(hits)
        })
        .await??;
    let mut csv = Csv::new(&[
        "Đơn vị",
        "Đơn vị cấp trên",
        "Năm",
        "Ngày",
        "Kỳ báo cáo",
        "Số báo cáo",
        "Mục",
        "Tiêu đề mục",
        "Khớp",
        "Trích đoạn",
        "Tệp",
    ]);
    for hit in pages {
        let r = &hit.report;
        csv.row(&[
            r.unit.clone().unwrap_or_default(),
            r.parent.clone().unwrap_or_default(),
            r.year.map(|y| y.to_string()).unwrap_or_default(),
            r.date.clone().unwrap_or_default(),
            r.period.clone().unwrap_or_default(),
            r.number.clone().unwrap_or_default(),
            hit.section.path.clone(),
            hit.section.title.clone(),
            match hit.match_kind {
                MatchKind::Phrase => "cả cụm".into(),
                MatchKind::Words => "đủ từ".into(),
                MatchKind::Partial => format!("thiếu: {}", hit.missing.join(", ")),
                MatchKind::Loose => "không dấu".into(),
                MatchKind::Browse => String::new(),
            },
            hit.snippet.text.clone(),
            r.source.clone(),
        ]);
    }
    Ok(csv.into_response("tim-kiem.csv"))
}
