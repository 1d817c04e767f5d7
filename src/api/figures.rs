//! `GET /api/figures` (one indicator compiled over units and periods) and
//! `GET /api/figures/indicators` (find an indicator by typing).

use super::AppState;
use super::error::{ApiError, ErrorBody};
use super::extract::ApiQuery;
use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use tracuu_index::figures::{
    Compiled, FiguresError, FiguresRequest, IndicatorView, find_indicators,
};
use utoipa::IntoParams;

/// Query parameters of a compiled indicator.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct FiguresParams {
    /// An indicator's code (`hs_truc_tuyen_ty_le`) or words of its name, with or without
    /// diacritics (`ty le ho so truc tuyen`).
    pub indicator: Option<String>,
    /// The parent unit whose units to compile (`huyện Bạch Thông`); all units when absent.
    pub unit: Option<String>,
    /// Only this year.
    pub year: Option<i32>,
    /// Only this period: `q1`–`q4`, `6t`, `9t`, `nam`, or a key such as `2024-q3`.
    pub period: Option<String>,
}

/// One indicator compiled: units × periods, each value linked to its report and section,
/// a parent row (counts summed, percents recomputed from their counts, codes counted) and
/// flags beside the values.
#[utoipa::path(
    get,
    path = "/api/figures",
    params(FiguresParams),
    responses(
        (status = 200, description = "The compiled table", body = Compiled),
        (status = 400, description = "No indicator given, or none matches", body = ErrorBody),
    ),
    tag = "figures"
)]
pub async fn figures(
    State(state): State<AppState>,
    ApiQuery(params): ApiQuery<FiguresParams>,
) -> Result<Json<Compiled>, ApiError> {
    let indicator = params
        .indicator
        .filter(|i| !i.trim().is_empty())
        .ok_or_else(|| ApiError::invalid("indicator", "give an indicator's code or name"))?;
    let req = FiguresRequest {
        indicator,
        unit: params.unit.filter(|u| !u.trim().is_empty()),
        year: params.year,
        period: params.period.filter(|p| !p.trim().is_empty()),
    };
    match state.blocking(move |engine| engine.figures(&req)).await? {
        Ok(c) => Ok(Json(c)),
        Err(FiguresError::UnknownIndicator(q)) => Err(ApiError::invalid(
            "indicator",
            format!("no indicator matches `{q}`"),
        )),
        Err(FiguresError::Index(e)) => Err(e.into()),
    }
}

/// Query parameters of the indicator finder.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct IndicatorParams {
    /// Words of the indicator's name, with or without diacritics; every indicator when empty.
    pub q: Option<String>,
}

/// The canonical indicators whose name holds every word typed.
#[utoipa::path(
    get,
    path = "/api/figures/indicators",
    params(IndicatorParams),
    responses((status = 200, description = "Matching indicators", body = Vec<IndicatorView>)),
    tag = "figures"
)]
pub async fn indicators(ApiQuery(params): ApiQuery<IndicatorParams>) -> Json<Vec<IndicatorView>> {
    Json(find_indicators(params.q.as_deref().unwrap_or("")))
}
