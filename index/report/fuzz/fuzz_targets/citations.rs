//! Fuzz target: the free-text citation functions never panic and agree with each other.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tracuu_report::{
    canonical_key, cited_documents, extract_citations, find_document_numbers, parse_citation_query,
};

fuzz_target!(|text: &str| {
    let citations = extract_citations(text);
    let docs = cited_documents(&citations);
    for c in &citations {
        assert!(c.span.end <= text.len() && text.is_char_boundary(c.span.start));
        assert!(c.document < docs.len());
        assert!(c.section.is_none());
    }
    for (range, key) in find_document_numbers(text) {
        assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
        // A key found in a query is its own canonical key.
        assert_eq!(canonical_key(&key).as_deref(), Some(key.as_str()));
        assert_eq!(canonical_key(&text[range]).as_deref(), Some(key.as_str()));
    }
    let _ = parse_citation_query(text);
});
