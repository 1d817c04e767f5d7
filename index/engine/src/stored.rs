//! Reading stored fields back from index documents.

use crate::error::IndexError;
use serde::de::DeserializeOwned;
use tantivy::TantivyDocument;
use tantivy::schema::{Field, Value};

/// The first text value of `field` in `doc`; empty when it has none.
pub fn text(doc: &TantivyDocument, field: Field) -> &str {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .unwrap_or_default()
}

/// The JSON value stored in `field`, parsed; `what` names it in the error.
pub fn json<T: DeserializeOwned>(
    doc: &TantivyDocument,
    field: Field,
    what: &'static str,
) -> Result<T, IndexError> {
    serde_json::from_str(text(doc, field)).map_err(|e| IndexError::Corrupt {
        what,
        detail: e.to_string(),
    })
}
