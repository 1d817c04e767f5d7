//! `GET /api/figures` (one indicator compiled over units and periods) and
//! `GET /api/figures/indicators` (find an indicator by typing).

use super::AppState;
use super::error::{ApiError, ErrorBody};
use super::extract::ApiQuery;
use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use tracuu_index::{Compiled, FiguresError, FiguresRequest, IndicatorView, find_indicators};
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
    /// Only these reporting units, separated by `|` (`xã An Phú|xã Bình Minh`): their rows,
    /// and the parent's row compiled from them alone. `units` in the answer lists them all.
    pub units: Option<String>,
}

/// `xã An Phú|xã Bình Minh` as a list (`|`: a unit's name may hold a comma).
fn split_units(units: Option<&str>) -> Vec<String> {
    units
        .unwrap_or("")
        .split('|')
        .map(str::trim)
        .filter(|u| !u.is_empty())
        .map(str::to_string)
        .collect()
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
        units: split_units(params.units.as_deref()),
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

/// Query parameters of the spreadsheet export.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct XlsxParams {
    /// Indicator codes or names, comma-separated: one sheet each.
    pub indicators: Option<String>,
    /// The parent unit whose units to compile.
    pub unit: Option<String>,
    /// Only this year.
    pub year: Option<i32>,
    /// Only this period.
    pub period: Option<String>,
    /// Only these reporting units, separated by `|`.
    pub units: Option<String>,
}

/// The compiled indicators as an Excel workbook, one sheet per indicator, flags in red with
/// their reasons in the last column.
#[utoipa::path(
    get,
    path = "/api/figures.xlsx",
    params(XlsxParams),
    responses(
        (status = 200, description = "The workbook", content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        (status = 400, description = "No indicator given, or one matches nothing", body = ErrorBody),
    ),
    tag = "figures"
)]
pub async fn figures_xlsx(
    State(state): State<AppState>,
    ApiQuery(params): ApiQuery<XlsxParams>,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    let wanted: Vec<String> = params
        .indicators
        .unwrap_or_default()
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    if wanted.is_empty() {
        return Err(ApiError::invalid(
            "indicators",
            "give one or more indicator codes, comma-separated",
        ));
    }
    let (unit, year, period) = (params.unit, params.year, params.period);
    let units = split_units(params.units.as_deref());
    let compiled = state
        .blocking(move |engine| {
            wanted
                .iter()
                .map(|w| {
                    engine.figures(&FiguresRequest {
                        indicator: w.clone(),
                        unit: unit.clone(),
                        year,
                        period: period.clone(),
                        units: units.clone(),
                    })
                })
                .collect::<Result<Vec<_>, _>>()
        })
        .await?
        .map_err(|e| match e {
            FiguresError::UnknownIndicator(q) => {
                ApiError::invalid("indicators", format!("no indicator matches `{q}`"))
            }
            FiguresError::Index(e) => e.into(),
        })?;
    let bytes = super::figures_xlsx::workbook(&compiled).map_err(ApiError::internal)?;
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_string(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                "attachment; filename=\"so-lieu.xlsx\"".to_string(),
            ),
        ],
        bytes,
    )
        .into_response())
}
