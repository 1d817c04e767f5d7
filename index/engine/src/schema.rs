//! The index schema: one tantivy index holding three kinds of documents.
//!
//! - `report`: one per indexed file; stores the content hash that makes re-indexing an
//!   unchanged file a no-op, and the text before its first section.
//! - The original text is stored once, in pieces that tile it: the report's head, then each
//!   section's own text (`text`, what a hit's snippet reads) followed by what lies between it
//!   and the next section (`rest`). `GET /api/reports/{id}` joins the pieces and parses the
//!   text again, in well under a millisecond. No document holds a whole long file, so
//!   indexing one never buffers it whole in tantivy's store.
//! - `section`: one per report section; the searchable text (heading and body, every word in
//!   its exact and its folded form at one position), the report's metadata as filters and
//!   facets, and the folded keys of the documents the section cites.
//! - `citation`: one per (report, cited document); what the report says of the document, so a
//!   citation lookup is a term lookup, never a scan of the reports.
//!
//! Every document carries `report_key`, so replacing a report is one `delete_term`.

use crate::error::IndexError;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::store::{Compressor, ZstdCompressor};
use tantivy::tokenizer::{RemoveLongFilter, TextAnalyzer};
use tantivy::{Index, IndexSettings};
use tracuu_tokenizer::{BODY, BodyTokenizer, FOLDED_PAIRS, FoldedPairTokenizer};

/// `kind` of a report document.
pub const KIND_REPORT: &str = "report";
/// `kind` of a section document.
pub const KIND_SECTION: &str = "section";
/// `kind` of a citation document.
pub const KIND_CITATION: &str = "citation";
/// `kind` of a figure document (one canonical figure of one report, see `figures`).
pub const KIND_FIGURE: &str = "figure";

/// The name of every field: the one place they are spelled (fast fields are opened by name).
pub mod name {
    /// `kind`.
    pub const KIND: &str = "kind";
    /// `report_key`.
    pub const REPORT_KEY: &str = "report_key";
    /// `source`.
    pub const SOURCE: &str = "source";
    /// `content_hash`.
    pub const CONTENT_HASH: &str = "content_hash";
    /// `n_sections`.
    pub const N_SECTIONS: &str = "n_sections";
    /// `n_citations`.
    pub const N_CITATIONS: &str = "n_citations";
    /// `text`.
    pub const TEXT: &str = "text";
    /// `rest`.
    pub const REST: &str = "rest";
    /// `tiled`.
    pub const TILED: &str = "tiled";
    /// `summary`.
    pub const SUMMARY: &str = "summary";
    /// `section_ord`.
    pub const SECTION_ORD: &str = "section_ord";
    /// `path`.
    pub const PATH: &str = "path";
    /// `title`.
    pub const TITLE: &str = "title";
    /// `category`.
    pub const CATEGORY: &str = "category";
    /// `pairs`.
    pub const PAIRS: &str = "pairs";
    /// `body`.
    pub const BODY: &str = "body";
    /// `heading`.
    pub const HEADING: &str = "heading";
    /// `cite_keys`.
    pub const CITE_KEYS: &str = "cite_keys";
    /// `unit_terms`.
    pub const UNIT_TERMS: &str = "unit_terms";
    /// `year`.
    pub const YEAR: &str = "year";
    /// `period`.
    pub const PERIOD: &str = "period";
    /// `unit_name`.
    pub const UNIT_NAME: &str = "unit_name";
    /// `key`.
    pub const KEY: &str = "key";
    /// `indicator`: a figure's canonical indicator.
    pub const INDICATOR: &str = "indicator";
    /// `fvalue`: a figure's value.
    pub const FVALUE: &str = "fvalue";
    /// `funit`: the unit a figure was reported by.
    pub const FUNIT: &str = "funit";
    /// `fparent`: that unit's parent.
    pub const FPARENT: &str = "fparent";
    /// `fperiod`: a figure's period key (`2024-q3`).
    pub const FPERIOD: &str = "fperiod";
    /// `fpath`: the section a figure comes from.
    pub const FPATH: &str = "fpath";
    /// `key_exact`.
    pub const KEY_EXACT: &str = "key_exact";
    /// `key_folded`.
    pub const KEY_FOLDED: &str = "key_folded";
    /// `c_number`.
    pub const C_NUMBER: &str = "c_number";
    /// `c_year`.
    pub const C_YEAR: &str = "c_year";
    /// `c_code`.
    pub const C_CODE: &str = "c_code";
    /// `c_type`.
    pub const C_TYPE: &str = "c_type";
    /// `key_hash`.
    pub const KEY_HASH: &str = "key_hash";
    /// `document_json`.
    pub const DOCUMENT_JSON: &str = "document_json";
    /// `day`.
    pub const DAY: &str = "day";
    /// `c_identity`.
    pub const C_IDENTITY: &str = "c_identity";
    /// `c_report`.
    pub const C_REPORT: &str = "c_report";
    /// `c_relations`.
    pub const C_RELATIONS: &str = "c_relations";
    /// `c_mentions`.
    pub const C_MENTIONS: &str = "c_mentions";
}

/// Handles to every field of the schema.
#[derive(Debug, Clone)]
pub struct Fields {
    /// `report`, `section` or `citation`.
    pub kind: Field,
    /// 64-bit key of the report (hash of its source), on every document.
    pub report_key: Field,
    /// The report's source path (report documents).
    pub source: Field,
    /// Hash of the report's text (report documents).
    pub content_hash: Field,
    /// How many sections the report has (report documents).
    pub n_sections: Field,
    /// How many documents the report cites (report documents).
    pub n_citations: Field,
    /// The original text (report: what precedes the first section, or the whole file when
    /// not `tiled`; section: heading and body).
    pub text: Field,
    /// Section: the text after the section's own up to the next section's (or the end).
    pub rest: Field,
    /// Report: 1 when its text is stored in pieces (head, then each section's `text` and
    /// `rest` in order), 0 when the report document holds it whole.
    pub tiled: Field,
    /// Summary of the report as JSON: id, source, title, unit, parent, year, date, period.
    pub summary: Field,
    /// Position of the section in its report.
    pub section_ord: Field,
    /// Section path (`II.2`).
    pub path: Field,
    /// Section heading as written.
    pub title: Field,
    /// Section category machine name.
    pub category: Field,
    /// Heading and body as pairs of adjacent folded words (no positions).
    pub pairs: Field,
    /// Heading and body: each word in its exact form and, when that differs, folded at the
    /// same position ([`tracuu_tokenizer::BodyTokenizer`]).
    pub body: Field,
    /// The section's heading line and its ancestors' (`Điều 2. Thẩm quyền …` over its
    /// khoản), analysed as the body: scored as a field of its own, so that a section whose
    /// heading says what was asked ranks first. It ranks only; the tiers match on `body`.
    pub heading: Field,
    /// Match forms of the keys of the documents a section cites.
    pub cite_keys: Field,
    /// Match forms of the unit's and parent's names (normalised and folded, with and without level).
    pub unit_terms: Field,
    /// The report's year.
    pub year: Field,
    /// The report's date as `yyyymmdd` (`yyyymm00`, `yyyy0000` when less is known; 0 when
    /// none), for sorting by date.
    pub day: Field,
    /// The report's period kind machine name.
    pub period: Field,
    /// The unit's display name, for its facet (`xã Lục Bình`).
    pub unit_name: Field,
    /// Citation: canonical key as written.
    pub key: Field,
    /// Citation: exact match form of the key.
    pub key_exact: Field,
    /// Citation: folded match form of the key.
    pub key_folded: Field,
    /// Citation: folded number part (`05`, `14a`), leading zeros removed.
    pub c_number: Field,
    /// Citation: the year written in the number.
    pub c_year: Field,
    /// Citation: folded type code (`kh`, `nd`, `qd`).
    pub c_code: Field,
    /// Citation: folded type name (`ke hoach`).
    pub c_type: Field,
    /// Citation: hash of the exact key form, the first half of a document id.
    pub key_hash: Field,
    /// Citation: the cited document and its mentions in this report, as JSON.
    pub document_json: Field,
    /// Citation: the cited document's identity (key, type, number, year, code, date, issuer,
    /// subject) as JSON, in a column: a lookup groups thousands of citations by reading
    /// these, and the column holds each distinct identity once.
    pub c_identity: Field,
    /// Citation: the citing report's summary as JSON, in a column (once per report).
    pub c_report: Field,
    /// Citation: the roles, holders and pinpoints of its mentions (those that have any), as
    /// JSON, in a column (`[]`, shared by most, when none).
    pub c_relations: Field,
    /// Citation: how many mentions (citing sections) it has.
    pub c_mentions: Field,
    /// Figure: the canonical indicator's code.
    pub indicator: Field,
    /// Figure: its value (NaN when blank).
    pub fvalue: Field,
    /// Figure: the reporting unit.
    pub funit: Field,
    /// Figure: the parent unit.
    pub fparent: Field,
    /// Figure: the period key (`2024-q3`).
    pub fperiod: Field,
    /// Figure: `section path|row path`.
    pub fpath: Field,
}

/// Builds the schema and its field handles.
pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |name: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(name)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let fields = Fields {
        kind: b.add_text_field(name::KIND, STRING),
        report_key: b.add_u64_field(name::REPORT_KEY, INDEXED | STORED | FAST),
        source: b.add_text_field(name::SOURCE, STRING | STORED | FAST),
        content_hash: b.add_text_field(name::CONTENT_HASH, STRING | STORED | FAST),
        n_sections: b.add_u64_field(name::N_SECTIONS, STORED | FAST),
        n_citations: b.add_u64_field(name::N_CITATIONS, STORED | FAST),
        text: b.add_text_field(name::TEXT, STORED),
        rest: b.add_text_field(name::REST, STORED),
        tiled: b.add_u64_field(name::TILED, STORED),
        summary: b.add_text_field(name::SUMMARY, STORED),
        section_ord: b.add_u64_field(name::SECTION_ORD, STORED),
        path: b.add_text_field(name::PATH, STORED),
        title: b.add_text_field(name::TITLE, STORED),
        category: b.add_text_field(name::CATEGORY, STRING | STORED | FAST),
        pairs: b.add_text_field(
            name::PAIRS,
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(FOLDED_PAIRS)
                    .set_index_option(IndexRecordOption::WithFreqs),
            ),
        ),
        body: b.add_text_field(name::BODY, text(BODY)),
        heading: b.add_text_field(name::HEADING, text(BODY)),
        cite_keys: b.add_text_field(name::CITE_KEYS, STRING),
        unit_terms: b.add_text_field(name::UNIT_TERMS, STRING),
        year: b.add_u64_field(name::YEAR, INDEXED | STORED | FAST),
        day: b.add_u64_field(name::DAY, FAST),
        period: b.add_text_field(name::PERIOD, STRING | FAST),
        unit_name: b.add_text_field(name::UNIT_NAME, STRING | FAST),
        key: b.add_text_field(name::KEY, STORED),
        key_exact: b.add_text_field(name::KEY_EXACT, STRING),
        key_folded: b.add_text_field(name::KEY_FOLDED, STRING),
        c_number: b.add_text_field(name::C_NUMBER, STRING),
        c_year: b.add_u64_field(name::C_YEAR, INDEXED),
        c_code: b.add_text_field(name::C_CODE, STRING),
        c_type: b.add_text_field(name::C_TYPE, STRING),
        key_hash: b.add_text_field(name::KEY_HASH, STRING),
        document_json: b.add_text_field(name::DOCUMENT_JSON, STORED),
        c_identity: b.add_bytes_field(name::C_IDENTITY, FAST),
        c_report: b.add_bytes_field(name::C_REPORT, FAST),
        c_relations: b.add_bytes_field(name::C_RELATIONS, FAST),
        c_mentions: b.add_u64_field(name::C_MENTIONS, FAST),
        indicator: b.add_text_field(name::INDICATOR, STRING),
        fvalue: b.add_f64_field(name::FVALUE, FAST),
        funit: b.add_text_field(name::FUNIT, STRING | FAST),
        fparent: b.add_text_field(name::FPARENT, STRING | FAST),
        fperiod: b.add_text_field(name::FPERIOD, STRING | FAST),
        fpath: b.add_text_field(name::FPATH, STRING | FAST),
    };
    (b.build(), fields)
}

/// The settings an index is created with: the stored fields compressed with zstd in 128 KB
/// blocks, which hold several sections of a report and their repeated summary. On 2,000
/// generated documents that stores 11 MB where lz4 over 16 KB blocks (tantivy's default)
/// stored 25 MB; a hit decompresses one block (the reader caches the blocks last read).
pub fn settings() -> IndexSettings {
    IndexSettings {
        docstore_compression: Compressor::Zstd(ZstdCompressor {
            compression_level: Some(STORE_ZSTD_LEVEL),
        }),
        docstore_blocksize: STORE_BLOCK_BYTES,
        ..IndexSettings::default()
    }
}

/// zstd's level for the stored fields.
const STORE_ZSTD_LEVEL: i32 = 3;
/// Bytes of stored documents compressed together.
const STORE_BLOCK_BYTES: usize = 128 << 10;

/// Registers the Vietnamese analyzers under the names the schema uses.
pub fn register_tokenizers(index: &Index) {
    let manager = index.tokenizers();
    // No Vietnamese word is near 100 bytes; longer runs are noise (base64, long digit runs)
    // that would only bloat the term dictionary.
    manager.register(
        BODY,
        TextAnalyzer::builder(BodyTokenizer::default())
            .filter(RemoveLongFilter::limit(100))
            .build(),
    );
    manager.register(
        FOLDED_PAIRS,
        TextAnalyzer::builder(FoldedPairTokenizer::default())
            .filter(RemoveLongFilter::limit(200))
            .build(),
    );
}

/// Resolves the field handles of an existing index's schema; an index written with another
/// schema (other fields, or the same fields with other options or analyzers: the analyzers'
/// names carry the version of their rules) is [`IndexError::OtherVersion`].
pub fn fields_of(schema: &Schema) -> Result<Fields, IndexError> {
    let (expected, fields) = build();
    if expected.fields().map(|(_, e)| e).collect::<Vec<_>>()
        != schema.fields().map(|(_, e)| e).collect::<Vec<_>>()
    {
        return Err(IndexError::OtherVersion);
    }
    Ok(fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_schema_with_the_same_fields_under_other_analyzers_is_another_version() {
        let (schema, _) = build();
        assert!(fields_of(&schema).is_ok());
        // The same schema as an older index wrote it: one analyzer's name without its number.
        let json = serde_json::to_string(&schema)
            .unwrap()
            .replace(tracuu_tokenizer::BODY, "vi_body");
        let older: Schema = serde_json::from_str(&json).unwrap();
        assert!(matches!(fields_of(&older), Err(IndexError::OtherVersion)));
    }
}
