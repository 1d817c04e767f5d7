//! Whole reports read back from the index.

use crate::engine::Engine;
use crate::error::IndexError;
use crate::schema::{Fields, KIND_REPORT, KIND_SECTION};
use crate::stored;
use crate::view::{ReportSummary, parse_report_id};
use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::schema::Value;
use tantivy::{Searcher, TantivyDocument, Term};
use utoipa::ToSchema;

/// A report with everything understood of it and its original text.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReportView {
    /// Summary: id, source, title, unit, parent, year, date, period, number.
    pub report: ReportSummary,
    /// Parsed metadata (unit and parent with level and name, period, signer …).
    #[schema(value_type = Object)]
    pub metadata: serde_json::Value,
    /// Sections: path, title, level, category, parent, byte spans into `text`.
    #[schema(value_type = Vec<Object>)]
    pub sections: serde_json::Value,
    /// Every citation: key, type, number, year, code, date, issuer, subject, section
    /// index, byte span into `text`, document index.
    #[schema(value_type = Vec<Object>)]
    pub citations: serde_json::Value,
    /// The distinct documents the report cites.
    #[schema(value_type = Vec<Object>)]
    pub documents: serde_json::Value,
    /// Appendix tables.
    #[schema(value_type = Vec<Object>)]
    pub tables: serde_json::Value,
    /// The original text, as indexed.
    pub text: String,
    /// Where the text holds the words of the query given with the request (`q`), marked as
    /// search snippets mark them: byte ranges into `text`. Empty without a query.
    pub marks: Vec<Mark>,
}

pub use crate::snippet::Mark;

impl Engine {
    /// The report document with this id (its ordinal key and address), if indexed.
    pub(crate) fn report_address(
        &self,
        searcher: &Searcher,
        id: &str,
    ) -> Result<Option<(u64, tantivy::DocAddress)>, IndexError> {
        let Some(key) = parse_report_id(id) else {
            return Ok(None);
        };
        let f = self.fields();
        let query = BooleanQuery::new(vec![
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(f.kind, KIND_REPORT),
                    IndexRecordOption::Basic,
                )),
            ),
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_u64(f.report_key, key),
                    IndexRecordOption::Basic,
                )),
            ),
        ]);
        Ok(searcher
            .search(&query, &TopDocs::with_limit(1).order_by_score())?
            .into_iter()
            .next()
            .map(|(_, address)| (key, address)))
    }

    /// The report with this id, if indexed, with the words of `q` (when given) marked.
    pub fn report(&self, id: &str, q: Option<&str>) -> Result<Option<ReportView>, IndexError> {
        let searcher = self.searcher();
        let Some((key, address)) = self.report_address(&searcher, id)? else {
            return Ok(None);
        };
        let f = self.fields();
        let doc: TantivyDocument = searcher.doc(address)?;
        let report: ReportSummary = stored::json(&doc, f.summary, "report summary")?;
        let text = whole_text(&searcher, f, key, &doc)?;
        // Parsing one report takes well under a millisecond: the index stores the text, not a
        // second copy of everything read from it.
        let mut parsed =
            serde_json::to_value(tracuu_report::parse(&text)).map_err(|e| IndexError::Corrupt {
                what: "report",
                detail: e.to_string(),
            })?;
        let mut take = |name: &str| {
            parsed
                .get_mut(name)
                .map(serde_json::Value::take)
                .unwrap_or_default()
        };
        let marks = q
            .and_then(|q| self.plan(&searcher, q).ok())
            .map(|plan| crate::search::highlight::marks(&text, &plan))
            .unwrap_or_default()
            .into_iter()
            .map(|r| Mark {
                start: r.start,
                end: r.end,
            })
            .collect();
        Ok(Some(ReportView {
            report,
            metadata: take("metadata"),
            sections: take("sections"),
            citations: take("citations"),
            documents: take("documents"),
            tables: take("tables"),
            text,
            marks,
        }))
    }
}

/// The original text of the report whose document is `doc`: held whole by it, or joined from
/// the pieces that tile it (its head, then each section's text and what follows it).
fn whole_text(
    searcher: &Searcher,
    f: &Fields,
    key: u64,
    doc: &TantivyDocument,
) -> Result<String, IndexError> {
    let head = stored::text(doc, f.text);
    if doc.get_first(f.tiled).and_then(|v| v.as_u64()) != Some(1) {
        return Ok(head.to_string());
    }
    let sections = BooleanQuery::new(vec![
        (
            Occur::Must,
            Box::new(TermQuery::new(
                Term::from_field_text(f.kind, KIND_SECTION),
                IndexRecordOption::Basic,
            )),
        ),
        (
            Occur::Must,
            Box::new(TermQuery::new(
                Term::from_field_u64(f.report_key, key),
                IndexRecordOption::Basic,
            )),
        ),
    ]);
    let n = doc
        .get_first(f.n_sections)
        .and_then(|v| v.as_u64())
        .unwrap_or(1)
        .max(1) as usize;
    let addresses = searcher.search(&sections, &TopDocs::with_limit(n).order_by_score())?;
    let mut pieces = Vec::with_capacity(addresses.len());
    for (_, address) in addresses {
        let section: TantivyDocument = searcher.doc(address)?;
        let ord = section
            .get_first(f.section_ord)
            .and_then(|v| v.as_u64())
            .unwrap_or(u64::MAX);
        pieces.push((ord, section));
    }
    pieces.sort_by_key(|(ord, _)| *ord);
    if pieces.len() != n
        || pieces
            .iter()
            .enumerate()
            .any(|(i, (ord, _))| *ord != i as u64)
    {
        return Err(IndexError::Corrupt {
            what: "report text",
            detail: format!("{} of {n} sections found", pieces.len()),
        });
    }
    let mut text = String::from(head);
    for (_, section) in &pieces {
        text.push_str(stored::text(section, f.text));
        text.push_str(stored::text(section, f.rest));
    }
    Ok(text)
}
