//! `GET /api/search` and `GET /api/search.csv`.

use super::AppState;
use super::csv::Csv;
use super::error::{ApiError, ErrorBody};
use super::extract::{ApiQuery, number};
use axum::Json;
use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;
use tracuu_index::{Group, MatchKind, SearchRequest, SearchResponse, Sort};
use tracuu_index::{parse_category, parse_period};
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
    /// Unit or parent unit name, with or without diacritics (`Lục Bình`, `huyen bach thong`);
    /// several separated by `|` match any of them (a unit's name may hold a comma:
    /// `xã Lục Bình, huyện Bạch Thông`).
    pub unit: Option<String>,
    /// Year of the report; several separated by commas or `|` (`2023,2024`) match any of them.
    pub year: Option<String>,
    /// First year of a range (inclusive).
    pub year_from: Option<String>,
    /// Last year of a range (inclusive).
    pub year_to: Option<String>,
    /// Section category: institutional, procedures, organisation, civil_service,
    /// public_finance, e_government, direction, assessment, tasks, requests, appendix, other
    /// (or its Vietnamese name); several separated by commas or `|` match any of them.
    pub section: Option<String>,
    /// Period kind: quarter, six_months, nine_months, year (or quý, 6 tháng, 9 tháng, năm);
    /// several separated by commas or `|` match any of them.
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
        // Each filter takes a list (units split on `|` only, their names hold commas): the
        // first value in the single field, the rest as alternatives.
        let split = |v: &Option<String>, separators: &[char]| -> Vec<String> {
            v.as_deref()
                .unwrap_or_default()
                .split(separators)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect()
        };
        let list = |v: &Option<String>| split(v, &[',', '|']);
        let mut units = split(&self.unit, &['|']).into_iter();
        request.unit = units.next();
        request.more.units = units.collect();
        let mut years = list(&self.year)
            .into_iter()
            .map(|y| number("year", Some(&y)).map(Option::unwrap_or_default))
            .collect::<Result<Vec<i32>, _>>()?
            .into_iter();
        request.year = years.next();
        request.more.years = years.collect();
        request.year_from = number("year_from", self.year_from.as_deref())?;
        request.year_to = number("year_to", self.year_to.as_deref())?;
        let mut sections = list(&self.section)
            .iter()
            .map(|s| parse_category(s))
            .collect::<Result<Vec<_>, _>>()?
            .into_iter();
        request.section = sections.next();
        request.more.sections = sections.collect();
        let mut periods = list(&self.period)
            .iter()
            .map(|s| parse_period(s))
            .collect::<Result<Vec<_>, _>>()?
            .into_iter();
        request.period = periods.next();
        request.more.periods = periods.collect();
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

/// Exports the hits of a search (up to 10,000) as CSV (UTF-8 with BOM, for Excel): dates
/// dd/mm/yyyy, and a last line saying so when the hits were cut at that cap.
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
    let request = params.to_request()?;
    let exported = super::export::collect(&state, request).await?;
    let mut csv = Csv::new(&[
        "Đơn vị",
        "Đơn vị cấp trên",
        "Năm",
        "Ngày báo cáo",
        "Kỳ báo cáo",
        "Loại văn bản",
        "Số báo cáo",
        "Mục",
        "Tiêu đề mục",
        "Khớp",
        "Trích đoạn",
        "Tệp",
    ]);
    for hit in &exported.hits {
        let r = &hit.report;
        csv.row(&[
            r.unit.clone().unwrap_or_default(),
            r.parent.clone().unwrap_or_default(),
            r.year.map(|y| y.to_string()).unwrap_or_default(),
            r.date
                .as_deref()
                .map(crate::text::vn_date)
                .unwrap_or_default(),
            r.period.clone().unwrap_or_default(),
            r.kind.clone().unwrap_or_default(),
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
    if let Some(note) = exported.cut_note() {
        csv.row(&[note]);
    }
    Ok(csv.into_response("tim-kiem.csv"))
}
