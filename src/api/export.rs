//! What the search exports (CSV and `.xlsx`) share: every hit up to a stated cap, and the
//! whole text of each hit's section.

use super::AppState;
use super::error::ApiError;
use std::collections::HashMap;
use tracuu_index::{Engine, Hit, ReportView, SearchRequest};

/// Most hits an export holds; past it the file says it was cut.
pub const EXPORT_CAP: usize = 10_000;

/// Hits of a search, as many as [`EXPORT_CAP`] allows.
pub struct Exported {
    /// The hits, in the page's order.
    pub hits: Vec<Hit>,
    /// How many hits the search has in all.
    pub total: u64,
}

impl Exported {
    /// Whether hits were left out.
    pub fn cut(&self) -> bool {
        (self.hits.len() as u64) < self.total
    }

    /// The line that says the export was cut, in Vietnamese, or `None` when it holds every hit.
    pub fn cut_note(&self) -> Option<String> {
        self.cut().then(|| {
            format!(
                "Đã cắt: chỉ xuất {} trên tổng số {} kết quả (giới hạn mỗi lần xuất là {}). Hãy lọc thêm để xuất phần còn lại.",
                thousands(self.hits.len() as u64),
                thousands(self.total),
                thousands(EXPORT_CAP as u64)
            )
        })
    }
}

/// `1492` → `1.492`, as Vietnamese writes thousands.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// Pages through the search, 100 hits at a time, up to [`EXPORT_CAP`] hits.
pub async fn collect(state: &AppState, mut request: SearchRequest) -> Result<Exported, ApiError> {
    request.limit = 100;
    let exported = state
        .blocking(move |engine| {
            let mut hits = Vec::new();
            let mut total = 0;
            request.offset = 0;
            while hits.len() < EXPORT_CAP {
                let response = engine.search(&request)?;
                total = response.total;
                let done = response.hits.len() < request.limit;
                hits.extend(response.hits);
                request.offset += request.limit;
                if done {
                    break;
                }
            }
            hits.truncate(EXPORT_CAP);
            Ok::<_, tracuu_index::SearchError>(Exported { hits, total })
        })
        .await??;
    Ok(exported)
}

/// The whole text of each hit's section (heading and body, as indexed), one per hit.
pub async fn section_texts(state: &AppState, hits: &[Hit]) -> Result<Vec<String>, ApiError> {
    let wanted: Vec<(String, String)> = hits
        .iter()
        .map(|h| (h.report.id.clone(), h.section.path.clone()))
        .collect();
    let texts = state
        .blocking(move |engine| {
            let mut reports: HashMap<String, Option<ReportView>> = HashMap::new();
            let mut out = Vec::with_capacity(wanted.len());
            for (id, path) in wanted {
                let view = match reports.get(&id) {
                    Some(v) => v,
                    None => {
                        let v = report(engine, &id)?;
                        reports.entry(id.clone()).or_insert(v)
                    }
                };
                out.push(
                    view.as_ref()
                        .map(|v| section_text(v, &path))
                        .unwrap_or_default(),
                );
            }
            Ok::<_, tracuu_index::IndexError>(out)
        })
        .await??;
    Ok(texts)
}

fn report(engine: &Engine, id: &str) -> Result<Option<ReportView>, tracuu_index::IndexError> {
    engine.report(id, None)
}

/// The text of the section at `path`, as the index holds it: from its heading to the end of
/// its own body; the whole text for a report without sections.
fn section_text(view: &ReportView, path: &str) -> String {
    let span = |s: &serde_json::Value, key: &str| -> Option<(usize, usize)> {
        let r = s.get(key)?;
        Some((
            r.get("start")?.as_u64()? as usize,
            r.get("end")?.as_u64()? as usize,
        ))
    };
    let sections = view.sections.as_array().map(Vec::as_slice).unwrap_or(&[]);
    if sections.is_empty() {
        return view.text.trim().to_string();
    }
    sections
        .iter()
        .find(|s| s.get("path").and_then(|p| p.as_str()) == Some(path))
        .and_then(|s| {
            let (hs, _) = span(s, "heading")?;
            let (bs, be) = span(s, "body")?;
            view.text.get(hs.min(bs)..be)
        })
        .map(|t| t.trim().to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_use_dots() {
        assert_eq!(thousands(7), "7");
        assert_eq!(thousands(1492), "1.492");
        assert_eq!(thousands(10_000), "10.000");
        assert_eq!(thousands(1_234_567), "1.234.567");
    }
}
