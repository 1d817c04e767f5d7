//! Tests of text extraction: one invented report in every format.

mod extract_formats;
