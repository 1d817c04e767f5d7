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
    /// More values for the filters above: a hit passes a filter when it has any of the
    /// values given to it (`unit` or one of `more.units`, …).
    pub more: MoreValues,
    /// First year wanted (inclusive).
    pub year_from: Option<i32>,
    /// Last year wanted (inclusive).
    pub year_to: Option<i32>,
}

/// Further values of the unit, year, section and period filters, each an alternative to
/// the single value of its filter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MoreValues {
    /// More units.
    pub units: Vec<String>,
    /// More years.
    pub years: Vec<i32>,
    /// More section categories.
    pub sections: Vec<Category>,
    /// More period kinds.
    pub periods: Vec<String>,
}

impl SearchRequest {
    /// Every unit asked for: `unit` and `more.units`.
    pub fn units(&self) -> impl Iterator<Item = &String> {
        self.unit.iter().chain(&self.more.units)
    }

    /// Every year asked for: `year` and `more.years`.
    pub fn years(&self) -> impl Iterator<Item = i32> + '_ {
        self.year.into_iter().chain(self.more.years.iter().copied())
    }

    /// Every section category asked for.
    pub fn sections(&self) -> impl Iterator<Item = Category> + '_ {
        self.section
            .into_iter()
            .chain(self.more.sections.iter().copied())
    }

    /// Every period kind asked for.
    pub fn periods(&self) -> impl Iterator<Item = &String> {
        self.period.iter().chain(&self.more.periods)
    }
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
            more: MoreValues::default(),
            year_from: None,
            year_to: None,
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
        let years = [("year", self.years().collect::<Vec<_>>())];
        let ends = [
            ("year_from", self.year_from.into_iter().collect()),
            ("year_to", self.year_to.into_iter().collect()),
        ];
        for (name, values) in years.iter().chain(&ends) {
            if let Some(year) = values.iter().find(|y| !(1945..=2100).contains(*y)) {
                return Err(InvalidParameter::new(
                    name,
                    format!("year must be between 1945 and 2100, got {year}"),
                ));
            }
        }
        if let (Some(from), Some(to)) = (self.year_from, self.year_to)
            && from > to
        {
            return Err(InvalidParameter::new(
                "year_to",
                format!("the range ends ({to}) before it starts ({from})"),
            ));
        }
        if self.units().count() > 50 {
            return Err(InvalidParameter::new("unit", "at most 50 units at once"));
        }
        if self
            .units()
            .any(|unit| unit.trim().is_empty() || unit.chars().count() > 200)
        {
            return Err(InvalidParameter::new(
                "unit",
                "unit must be a name of 1 to 200 characters",
            ));
        }
        Ok(())
    }
}
