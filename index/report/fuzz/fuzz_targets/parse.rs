//! Fuzz target: `parse` on any text never panics, and its spans hold.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let report = tracuu_report::parse(text);
    // Sections cover the text once, in order, on char boundaries.
    let mut at = 0;
    for s in &report.sections {
        assert_eq!(s.heading.start, at);
        assert!(s.heading.start <= s.heading.end && s.heading.end <= s.body.end);
        assert!(text.is_char_boundary(s.heading.end));
        at = s.body.end;
    }
    if !report.sections.is_empty() {
        assert_eq!(at, text.len());
    }
    for (i, c) in report.citations.iter().enumerate() {
        assert!(c.span.start < c.span.end && c.span.end <= text.len());
        assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
        assert!(report.documents[c.document].mentions.contains(&i));
        if let Some(s) = c.section {
            assert!(s < report.sections.len());
        }
    }
    for t in &report.tables {
        assert!(t.span.start <= t.span.end && t.span.end <= text.len());
    }
});
