//! What a search asks for, validated before any work is done.

use crate::view::PERIOD_KINDS;
use serde::Deserialize;
use tracuu_report::{Category, PeriodKind};

/// Longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 500;
/// Largest page.
pub const MAX_LIMIT: usize = 100;
/// Deepest page start.
pub const MAX_OFFSET: usize = 10_000;

/// One hit per section, or one per report (its best section).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// Every matching section.
    #[default]
    Section,
    /// One hit per report.
    Report,
}

/// The order of the hits within each tier.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    /// Most relevant first.
    #[default]
    Relevance,
    /// Newest report first.
    Date,
}

/// A search: the query text, filters and the page wanted.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchRequest {
    /// What the user typed; empty to browse the reports the filters select.
    pub q: String,
    /// Unit or parent unit name, with or without diacritics, with or without its level.
    pub unit: Option<String>,
    /// The report's year.
    pub year: Option<i32>,
    /// Section category machine name (`procedures`).
    pub section: Option<Category>,
    /// Period kind machine name (`quarter`, `six_months`, `nine_months`, `year`).
    pub period: Option<String>,
    /// Page size, 1–100.
    pub limit: usize,
    /// Hits to skip.
    pub offset: usize,
    /// Section hits or report hits.
    pub group: Group,
    /// Relevance or date.
    pub sort: Sort,
}

impl SearchRequest {
    /// A request for `q` with no filters, the first page of 10 section hits.
    pub fn new(q: impl Into<String>) -> SearchRequest {
        SearchRequest {
            q: q.into(),
            unit: None,
            year: None,
            section: None,
            period: None,
            limit: 10,
            offset: 0,
            group: Group::Section,
            sort: Sort::Relevance,
        }
    }
}

/// A request that cannot be run; names the parameter at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid parameter `{parameter}`: {message}")]
pub struct InvalidParameter {
    /// The parameter (`q`, `limit`, `section` …).
    pub parameter: &'static str,
    /// What is wrong with it.
    pub message: String,
}

impl InvalidParameter {
    /// A new error for `parameter`.
    pub fn new(parameter: &'static str, message: impl Into<String>) -> InvalidParameter {
        InvalidParameter {
            parameter,
            message: message.into(),
        }
    }
}

/// Parses a section category given by machine name, naming the valid ones on error.
pub fn parse_category(value: &str) -> Result<Category, InvalidParameter> {
    Category::from_name(value.trim()).ok_or_else(|| {
        let names: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
        InvalidParameter::new(
            "section",
            format!(
                "unknown section `{value}`; expected a section's Vietnamese name (`tài chính công`, `thu tuc hanh chinh`) or one of {}",
                names.join(", ")
            ),
        )
    })
}

/// Parses a period kind, in English (`six_months`) or Vietnamese with or without diacritics
/// (`6 tháng`, `quy`), naming the valid ones on error.
pub fn parse_period(value: &str) -> Result<String, InvalidParameter> {
    PeriodKind::from_name(value)
        .map(|k| k.as_str().to_string())
        .ok_or_else(|| {
            InvalidParameter::new(
                "period",
                format!(
                    "unknown period `{}`; expected one of quý, 6 tháng, 9 tháng, năm ({})",
                    value.trim(),
                    PERIOD_KINDS.join(", ")
                ),
            )
        })
}

/// Refuses a query `q` longer than [`MAX_QUERY_CHARS`], wherever a query is taken.
pub fn check_query_length(q: &str) -> Result<(), InvalidParameter> {
    let chars = q.chars().count();
    if chars > MAX_QUERY_CHARS {
        return Err(InvalidParameter::new(
            "q",
            format!("the query has {chars} characters; at most {MAX_QUERY_CHARS} are allowed"),
        ));
    }
    Ok(())
}

impl SearchRequest {
    /// Whether any filter is set.
    pub fn has_filters(&self) -> bool {
        self.unit.is_some()
            || self.year.is_some()
            || self.section.is_some()
            || self.period.is_some()
    }

    /// Checks the limits: query length, page size, offset, year range.
    pub fn validate(&self) -> Result<(), InvalidParameter> {
        if self.q.trim().is_empty() && !self.has_filters() {
            return Err(InvalidParameter::new(
                "q",
                "the query is empty; give words, or a filter to browse by",
            ));
        }
        check_query_length(&self.q)?;
        if self.limit == 0 || self.limit > MAX_LIMIT {
            return Err(InvalidParameter::new(
                "limit",
                format!(
                    "limit must be between 1 and {MAX_LIMIT}, got {}",
                    self.limit
                ),
            ));
        }
        if self.offset > MAX_OFFSET {
            return Err(InvalidParameter::new(
                "offset",
                format!("offset must be at most {MAX_OFFSET}, got {}", self.offset),
            ));
        }
        if let Some(year) = self.year
            && !(1945..=2100).contains(&year)
        {
            return Err(InvalidParameter::new(
                "year",
                format!("year must be between 1945 and 2100, got {year}"),
            ));
        }
        if let Some(unit) = &self.unit
            && (unit.trim().is_empty() || unit.chars().count() > 200)
        {
            return Err(InvalidParameter::new(
                "unit",
                "unit must be a name of 1 to 200 characters",
            ));
        }
        Ok(())
    }
}
