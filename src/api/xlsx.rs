//! `GET /api/search.xlsx`: the hits of a search as an Excel workbook.
//!
//! Written with `rust_xlsxwriter`: a maintained, pure-Rust writer of the Office Open XML
//! format with real date cells and number formats, no C library and no template file. (A CSV
//! cannot say "this is a date, show it dd/mm/yyyy", and opens in one column in an Excel
//! whose list separator is `;`.)

use super::AppState;
use super::error::{ApiError, ErrorBody};
use super::export::{self, thousands};
use super::extract::ApiQuery;
use super::search::SearchParams;
use crate::text::{vn_date, ymd};
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook, XlsxError};
use tracuu_index::MatchKind;
use tracuu_tokenizer::repair_lookalikes;

/// Longest text an Excel cell holds.
const CELL_CHARS: usize = 32_767;

/// The columns of the hits sheet, in order.
pub const COLUMNS: [&str; 11] = [
    "Đơn vị",
    "Đơn vị cấp trên",
    "Năm",
    "Ngày báo cáo",
    "Kỳ báo cáo",
    "Số báo cáo",
    "Mục",
    "Tiêu đề mục",
    "Khớp",
    "Nội dung mục",
    "Tệp",
];

/// Exports the hits of a search (up to 10,000) as an `.xlsx` workbook: a first row saying
/// the query and how many hits it holds (and that it was cut, when it was), a header row,
/// one row per hit with the report's date as a date cell (dd/mm/yyyy) and the whole text of
/// the section.
#[utoipa::path(
    get,
    path = "/api/search.xlsx",
    params(SearchParams),
    responses(
        (status = 200, description = "Workbook of the hits",
         content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        (status = 400, description = "A parameter is missing, unknown or out of range", body = ErrorBody),
    ),
    tag = "search"
)]
pub async fn search_xlsx(
    State(state): State<AppState>,
    ApiQuery(params): ApiQuery<SearchParams>,
) -> Result<Response, ApiError> {
    let request = params.to_request()?;
    let q = request.q.clone();
    let exported = export::collect(&state, request).await?;
    let texts = export::section_texts(&state, &exported.hits).await?;
    let bytes = workbook(&q, &exported, &texts).map_err(ApiError::internal)?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"tim-kiem.xlsx\"",
            ),
        ],
        bytes,
    )
        .into_response())
}

fn cell_text(text: &str) -> String {
    let text = repair_lookalikes(text);
    if text.chars().count() <= CELL_CHARS {
        return text.into_owned();
    }
    let mut cut: String = text.chars().take(CELL_CHARS - 40).collect();
    cut.push_str(" … [còn tiếp trong báo cáo gốc]");
    cut
}

fn workbook(q: &str, exported: &export::Exported, texts: &[String]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let date = Format::new()
        .set_num_format("dd/mm/yyyy")
        .set_align(FormatAlign::Left);
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let sheet = book.add_worksheet();
    sheet.set_name("Kết quả")?;

    let mut summary = format!(
        "Tìm “{}”: {} kết quả",
        q,
        thousands(exported.hits.len() as u64)
    );
    if let Some(note) = exported.cut_note() {
        summary = format!("Tìm “{q}”. {note}");
    }
    sheet.write_string_with_format(0, 0, &summary, &bold)?;
    for (col, name) in COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(1, col as u16, *name, &bold)?;
    }
    for (i, hit) in exported.hits.iter().enumerate() {
        let row = i as u32 + 2;
        let r = &hit.report;
        let opt = |v: &Option<String>| cell_text(v.as_deref().unwrap_or_default());
        sheet.write_string(row, 0, opt(&r.unit))?;
        sheet.write_string(row, 1, opt(&r.parent))?;
        if let Some(y) = r.year {
            sheet.write_number(row, 2, y)?;
        }
        if let Some(d) = r.date.as_deref() {
            // A full date is a date cell; a month without its day stays text (`08/2024`),
            // so Excel does not invent the first of the month.
            match ymd(d).and_then(|(y, m, d)| ExcelDateTime::from_ymd(y, m, d).ok()) {
                Some(dt) => sheet.write_datetime_with_format(row, 3, &dt, &date)?,
                None => sheet.write_string(row, 3, vn_date(d))?,
            };
        }
        sheet.write_string(row, 4, opt(&r.period))?;
        sheet.write_string(row, 5, opt(&r.number))?;
        sheet.write_string(row, 6, &hit.section.path)?;
        sheet.write_string(row, 7, cell_text(&hit.section.title))?;
        sheet.write_string(
            row,
            8,
            match hit.match_kind {
                MatchKind::Phrase => "đúng cụm từ",
                MatchKind::Words => "đủ các từ",
                MatchKind::Partial => "một phần số từ",
                MatchKind::Loose => "chỉ khớp khi bỏ dấu",
                MatchKind::Browse => "theo bộ lọc",
            },
        )?;
        let body = texts.get(i).map(String::as_str).unwrap_or_default();
        sheet.write_string_with_format(row, 9, cell_text(body), &wrap)?;
        sheet.write_string(row, 10, &r.source)?;
    }
    let last = exported.hits.len() as u32 + 1;
    sheet.autofilter(1, 0, last, COLUMNS.len() as u16 - 1)?;
    sheet.set_freeze_panes(2, 0)?;
    for (col, width) in [24, 22, 7, 12, 16, 14, 8, 36, 10, 80, 30]
        .into_iter()
        .enumerate()
    {
        sheet.set_column_width(col as u16, width)?;
    }
    book.save_to_buffer()
}
