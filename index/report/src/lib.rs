//! What a report says about itself: metadata, sections and the documents it cites.
//!
//! [`parse`] turns the text of one report into a [`Report`]. Every byte span is a
//! range into the text given to [`parse`], so a caller can always show the original.
//!
//! The work is split by what it reads: [`section`](self) finds the outline (preamble,
//! numbered sections, closing, appendices) and with it the regions where the metadata
//! lies; `metadata` reads unit, number, date, period, title and signer; `citation` finds
//! every mention of another document and merges them into documents, each described by one
//! [`CitedId`] and told apart by one rule ([`same_document`]); `table` reads appendix tables.
//! For the search layer, [`extract_citations`], [`canonical_key`],
//! [`parse_citation_query`] and [`find_document_numbers`] work on free text.
//!
//! This crate is the second stage of the pipeline (files → text → **report** → index): it
//! knows nothing of files or of tantivy, so the parser builds, tests and fuzzes on its own.
//!
//! ```
//! let text = "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ\nSố: 21/BC-UBND\n\
//!             Tân Phú, ngày 10 tháng 7 năm 2024\n\nBÁO CÁO\n\
//!             Công tác cải cách hành chính quý II năm 2024\n\n\
//!             I. CÔNG TÁC CHỈ ĐẠO\n\
//!             Thực hiện Nghị định 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.\n";
//! let report = tracuu_report::parse(text);
//! assert_eq!(report.metadata.number.as_deref(), Some("21/BC-UBND"));
//! assert_eq!(report.metadata.date.as_deref(), Some("2024-07-10"));
//! let decree = &report.documents[0];
//! assert_eq!(decree.cited.key, "61/2018/NĐ-CP");
//! assert_eq!(decree.cited.issuer.as_deref(), Some("Chính phủ"));
//! ```

mod category;
mod citation;
mod date;
mod figure;
mod identity;
mod metadata;
mod period;
mod section;
mod table;
mod text;
mod unit;

pub use citation::{
    CitationQuery, Role, canonical_key, cited_documents, extract_citations, find_document_numbers,
    law_name_key, parse_citation_query, type_of_code,
};
pub use figure::{
    Figure, Indicator, IndicatorKind, IndicatorMatch, Value, indicator, indicator_words,
    indicators, match_indicator, parse_value,
};
pub use identity::{
    CitedId, DocumentIdentity, Field, Folded, Scope, differences, identity_key, same_document,
    same_document_folded,
};

use serde::Serialize;
use std::ops::Range;

/// A parsed report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Who wrote it, when, about which period.
    pub metadata: Metadata,
    /// Sections in document order. The first one may be the preamble (path `""`).
    /// Every section's `body` ends where the next section's `span` starts, so the
    /// sections' `heading.start..body.end` ranges cover the text once.
    pub sections: Vec<Section>,
    /// Every mention of another document, in text order.
    pub citations: Vec<Citation>,
    /// The distinct cited documents the mentions merge into.
    pub documents: Vec<CitedDocument>,
    /// Appendix tables (STT / Chỉ tiêu / Đơn vị tính / Số liệu …).
    pub tables: Vec<Table>,
    /// Where the text names itself (`Quyết định này`, `Kế hoạch này`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub self_mentions: Vec<Range<usize>>,
}

/// Facts about the report itself; a field the text does not give is `None`.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Metadata {
    /// The reporting unit (`xã Lục Bình`).
    pub unit: Option<Unit>,
    /// Its parent unit when named (`huyện Bạch Thông`).
    pub parent: Option<Unit>,
    /// The province when named (`Trà Vinh`).
    pub province: Option<String>,
    /// The report's own number (`36/BC-UBND`); `None` for an unnumbered copy.
    pub number: Option<String>,
    /// ISO date: `2024-06-15`, or `2024-08` when the day is blank.
    pub date: Option<String>,
    /// The year the report was written.
    pub year: Option<i32>,
    /// The period reported on.
    pub period: Option<Period>,
    /// The title lines after `BÁO CÁO`, joined by a space.
    pub title: Option<String>,
    /// Who signed it.
    pub signer: Option<Signer>,
    /// The document's kind as a Vietnamese word (`Báo cáo`, `Quyết định`, `Công văn`,
    /// `Nghị quyết` …): the kind line of the header, else the code of its number.
    pub kind: Option<String>,
    /// The body that issued it, from the header's left column.
    pub issuer: Option<Issuer>,
}

/// The body that issued a document (`UBND tỉnh Bắc Ninh`, `Cục Thuế`, `Ban Bí thư Trung ương
/// Đoàn`).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Issuer {
    /// Its name in the usual short form: `UBND tỉnh Bắc Ninh`, `HĐND thành phố Hà Nội`,
    /// `Bộ Tài chính`, `Cục Thuế`, `Thủ tướng Chính phủ`, `Tỉnh ủy Nghệ An`.
    pub name: String,
    /// The body printed above it in the header, when there is one (`Bộ Tài chính` above
    /// `Cục Thuế`, `Ủy ban nhân dân tỉnh Nghệ An` above `Sở Nội vụ`).
    pub parent: Option<String>,
    /// Its level: central, province, district or commune, when the header tells.
    pub level: Option<IssuerLevel>,
    /// The place it serves (`Bắc Ninh`), for a local body.
    pub place: Option<String>,
}

/// The level of an issuing body.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum IssuerLevel {
    /// A body of the state, the Party or a mass organisation at national level.
    Central,
    /// A province or a centrally-governed city, or one of its departments.
    Province,
    /// A district, town or provincial city.
    District,
    /// A commune, ward or township.
    Commune,
}

/// An administrative unit.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Unit {
    /// Its level.
    pub level: UnitLevel,
    /// Its proper name, as written (`Lục Bình`).
    pub name: String,
}

impl Unit {
    /// The display form, level then name: `xã Lục Bình`.
    pub fn display(&self) -> String {
        format!("{} {}", self.level.label(), self.name)
    }
}

/// The level of an administrative unit.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum UnitLevel {
    /// xã
    Xa,
    /// phường
    Phuong,
    /// thị trấn
    ThiTran,
    /// huyện
    Huyen,
    /// quận
    Quan,
    /// thị xã
    ThiXa,
    /// thành phố
    ThanhPho,
    /// tỉnh
    Tinh,
}

impl UnitLevel {
    /// The Vietnamese word for the level, lower case (`thị xã`).
    pub fn label(self) -> &'static str {
        match self {
            UnitLevel::Xa => "xã",
            UnitLevel::Phuong => "phường",
            UnitLevel::ThiTran => "thị trấn",
            UnitLevel::Huyen => "huyện",
            UnitLevel::Quan => "quận",
            UnitLevel::ThiXa => "thị xã",
            UnitLevel::ThanhPho => "thành phố",
            UnitLevel::Tinh => "tỉnh",
        }
    }
}

/// The period a report covers.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Period {
    /// Quarter, six months, nine months or year.
    pub kind: PeriodKind,
    /// Which one: the quarter 1–4; `None` for other kinds.
    pub index: Option<u8>,
    /// The year of the period.
    pub year: Option<i32>,
}

/// The kind of period.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum PeriodKind {
    /// Quý I–IV.
    Quarter,
    /// 6 tháng (đầu năm).
    SixMonths,
    /// 9 tháng.
    NineMonths,
    /// The whole year.
    Year,
}

impl PeriodKind {
    /// Every kind, shortest first.
    pub const ALL: [PeriodKind; 4] = [
        PeriodKind::Quarter,
        PeriodKind::SixMonths,
        PeriodKind::NineMonths,
        PeriodKind::Year,
    ];

    /// The stable machine name (`six_months`), as serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            PeriodKind::Quarter => "quarter",
            PeriodKind::SixMonths => "six_months",
            PeriodKind::NineMonths => "nine_months",
            PeriodKind::Year => "year",
        }
    }

    /// The kind a user names: the machine name, or the Vietnamese words with or without
    /// diacritics (`quý`, `6 tháng`, `sáu tháng`, `9 tháng`, `năm`, `cả năm`).
    pub fn from_name(name: &str) -> Option<PeriodKind> {
        if let Some(k) = PeriodKind::ALL
            .into_iter()
            .find(|k| k.as_str() == name.trim())
        {
            return Some(k);
        }
        match name_words(name).join(" ").as_str() {
            "quy" => Some(PeriodKind::Quarter),
            "6 thang" | "sau thang" | "6 thang dau nam" | "sau thang dau nam" => {
                Some(PeriodKind::SixMonths)
            }
            "9 thang" | "chin thang" => Some(PeriodKind::NineMonths),
            "nam" | "ca nam" | "hang nam" => Some(PeriodKind::Year),
            _ => None,
        }
    }
}

/// The folded words of a name a user typed: `Cải cách, tài chính` → `cai`, `cach`, `tai`, `chinh`.
fn name_words(name: &str) -> Vec<String> {
    tracuu_tokenizer::fold(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether `words` holds `run` as consecutive words.
fn contains_words(words: &[String], run: &[String]) -> bool {
    words.windows(run.len()).any(|w| w == run)
}

/// The signer of the report.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Signer {
    /// The signer's name (`Nguyễn Văn A`).
    pub name: String,
    /// The role line(s) above the name (`KT. CHỦ TỊCH PHÓ CHỦ TỊCH`).
    pub role: Option<String>,
}

/// One section of the report.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Section {
    /// Path from the root: in a report the numbers, `II.2`, `I.1.a`; in a legal document
    /// the parts as a person reads them, `Chương II › Điều 5 › khoản 2 › điểm a`; `""` for
    /// the preamble and the closing, `Căn cứ` for a legal document's basis.
    pub path: String,
    /// The heading as written, without its number.
    pub title: String,
    /// Depth: 0 for the preamble, 1 for `I.`, 2 for `1.`, …
    pub level: u8,
    /// Canonical category, inherited from the parent unless the heading says otherwise.
    pub category: Category,
    /// Index of the parent section in [`Report::sections`].
    pub parent: Option<usize>,
    /// From the start of the heading to the end of the section, children included.
    pub span: Range<usize>,
    /// The heading line.
    pub heading: Range<usize>,
    /// The section's own text: after the heading up to its first child or the next section.
    pub body: Range<usize>,
    /// What part of the report it is: preamble, numbered section, closing or appendix.
    pub kind: SectionKind,
}

/// What part of the report a section is.
///
/// The preamble (header, title, basis; path `""`, level 0) comes before the first numbered
/// heading; the closing (`Trên đây …`, `Nơi nhận`, signature; path `""`, level 0) after the
/// last one; appendices (`Phụ lục`, path `PL`, `PL.1`, `PL.II`; `Biểu mẫu` inside one,
/// level 2, path `PL.II.BM1`) last. Both pseudo-sections have an empty heading range.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    /// Text before the first numbered heading.
    Preamble,
    /// The basis of a legal document (`Căn cứ …`), between its header and its first part;
    /// path `Căn cứ`, level 0.
    Basis,
    /// A numbered section (`II.2`).
    Numbered,
    /// The closing sentence, recipients and signature.
    Closing,
    /// An appendix or a form inside one.
    Appendix,
}

/// The canonical category of a section.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// cải cách thể chế
    Institutional,
    /// cải cách thủ tục hành chính
    Procedures,
    /// cải cách tổ chức bộ máy
    Organisation,
    /// cải cách chế độ công vụ
    CivilService,
    /// cải cách tài chính công
    PublicFinance,
    /// chính quyền điện tử, chính quyền số
    EGovernment,
    /// công tác chỉ đạo, điều hành
    Direction,
    /// đánh giá chung
    Assessment,
    /// phương hướng, nhiệm vụ
    Tasks,
    /// kiến nghị, đề xuất
    Requests,
    /// phụ lục
    Appendix,
    /// anything else
    Other,
}

impl Category {
    /// Every category, in the order of the national programme.
    pub const ALL: [Category; 12] = [
        Category::Institutional,
        Category::Procedures,
        Category::Organisation,
        Category::CivilService,
        Category::PublicFinance,
        Category::EGovernment,
        Category::Direction,
        Category::Assessment,
        Category::Tasks,
        Category::Requests,
        Category::Appendix,
        Category::Other,
    ];

    /// The stable machine name (`public_finance`).
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Institutional => "institutional",
            Category::Procedures => "procedures",
            Category::Organisation => "organisation",
            Category::CivilService => "civil_service",
            Category::PublicFinance => "public_finance",
            Category::EGovernment => "e_government",
            Category::Direction => "direction",
            Category::Assessment => "assessment",
            Category::Tasks => "tasks",
            Category::Requests => "requests",
            Category::Appendix => "appendix",
            Category::Other => "other",
        }
    }

    /// The Vietnamese label shown to users.
    pub fn label(self) -> &'static str {
        match self {
            Category::Institutional => "Cải cách thể chế",
            Category::Procedures => "Cải cách thủ tục hành chính",
            Category::Organisation => "Cải cách tổ chức bộ máy",
            Category::CivilService => "Cải cách chế độ công vụ",
            Category::PublicFinance => "Cải cách tài chính công",
            Category::EGovernment => "Chính quyền điện tử, chính quyền số",
            Category::Direction => "Chỉ đạo, điều hành",
            Category::Assessment => "Đánh giá chung",
            Category::Tasks => "Phương hướng, nhiệm vụ",
            Category::Requests => "Kiến nghị, đề xuất",
            Category::Appendix => "Phụ lục",
            Category::Other => "Khác",
        }
    }

    /// The category a user names: its machine name (`public_finance`), or its Vietnamese
    /// label or a run of whole words of it that belongs to no other label, typed with or
    /// without diacritics (`Cải cách tài chính công`, `tai chinh cong`, `chính quyền số`).
    pub fn from_name(name: &str) -> Option<Category> {
        if let Some(c) = Category::ALL
            .into_iter()
            .find(|c| c.as_str() == name.trim())
        {
            return Some(c);
        }
        let typed = name_words(name);
        if typed.is_empty() {
            return None;
        }
        let mut found = Category::ALL
            .into_iter()
            .filter(|c| contains_words(&name_words(c.label()), &typed));
        let first = found.next()?;
        found.next().is_none().then_some(first)
    }
}

/// One mention of another document.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Citation {
    /// The document as this mention describes it: number, type, date, issuer, subject.
    #[serde(flatten)]
    pub cited: CitedId,
    /// Index into [`Report::sections`] of the section it sits in.
    pub section: Option<usize>,
    /// Byte span of the mention in the text.
    pub span: Range<usize>,
    /// Index into [`Report::documents`] of the document this mention refers to.
    pub document: usize,
    /// What the mention says about the document (`Căn cứ` → basis); `mention` when nothing.
    #[serde(skip_serializing_if = "Role::is_mention")]
    pub role: Role,
    /// Key of the cited document that holds `role` (`Nghị định 107/2021/NĐ-CP sửa đổi …
    /// Nghị định 61/2018/NĐ-CP`: 107 holds amends of 61); `None`: the citing document does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holder: Option<String>,
    /// Articles, clauses and points named (`khoản 2 Điều 3`, `điểm a khoản 2 Điều 3`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pinpoints: Vec<String>,
    /// A short form (`Kế hoạch nêu trên`, `Quyết định số 20`) resolved to this document.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub short_form: bool,
    /// A relation the cited document itself holds over the previous one, stated in the
    /// passive: in `Nghị định 61/2018/NĐ-CP được sửa đổi, bổ sung bởi Nghị định
    /// 107/2021/NĐ-CP`, the mention of 107 acts as `amends` on `61/2018/NĐ-CP`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acts: Option<Acts>,
    /// The issuer written beside the number (`của Bộ Tư pháp`) when the code fixes another
    /// (`NĐ-CP`: `issuer` is `Chính phủ`): what the draft check compares with the index.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issuer_written: Option<String>,
}

/// A relation a cited document holds over another cited document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Acts {
    /// What it does (`amends`).
    pub role: Role,
    /// The key of the document it does it to.
    pub key: String,
}

/// A distinct cited document: mentions merged by key, issuer and date (or year).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CitedDocument {
    /// What its mentions tell of it together; the year is the number's, else the date's.
    #[serde(flatten)]
    pub cited: CitedId,
    /// Indices into [`Report::citations`] of its mentions.
    pub mentions: Vec<usize>,
}

/// An appendix table.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Table {
    /// Index into [`Report::sections`] of the section it sits in.
    pub section: Option<usize>,
    /// Column headers (`STT`, `Chỉ tiêu`, …).
    pub columns: Vec<String>,
    /// The rows, one string per cell.
    pub rows: Vec<Vec<String>>,
    /// Byte span of the table in the text.
    pub span: Range<usize>,
}

/// Parses the text of one report. Never fails: what the text does not tell stays empty.
pub fn parse(text: &str) -> Report {
    let work = text::repair(text);
    let lines = text::lines(&work);
    let wrapped = text::is_wrapped(&work, &lines);
    let outline = section::outline(&work, &lines, wrapped);
    let metadata = metadata::read(&work, &lines, &outline.regions);
    let ctx = citation::Context {
        unit: metadata.unit.clone(),
        parent: metadata.parent.clone(),
        province: metadata.province.clone(),
        own_number: metadata.number.clone(),
        wrapped,
    };
    let (mut citations, documents, self_mentions) = citation::extract_merged(&work, &ctx);
    let sections = outline.sections;
    for c in &mut citations {
        c.section = section_at(&sections, c.span.start);
    }
    let tables = table::tables(&work, &lines, &sections);
    Report {
        metadata,
        sections,
        citations,
        documents,
        tables,
        self_mentions,
    }
}

/// [`parse`], with a bug of the parser (a panic) caught and told instead of ending the
/// program: an index run over thousands of files leaves out the one file, and says which.
pub fn try_parse(text: &str) -> Result<Report, ParserBug> {
    caught(|| parse(text))
}

/// Runs `f`, a panic turned into a [`ParserBug`] with the panic's message.
fn caught<T>(f: impl FnOnce() -> T + std::panic::UnwindSafe) -> Result<T, ParserBug> {
    std::panic::catch_unwind(f).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no message".to_string());
        ParserBug { message }
    })
}

/// The parser failed on a text: a bug in tracuu, not in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParserBug {
    /// What the parser said when it failed.
    pub message: String,
}

impl std::fmt::Display for ParserBug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the report parser failed on this text (a bug in tracuu, please report it): {}",
            self.message
        )
    }
}

impl std::error::Error for ParserBug {}

/// The index of the section whose text holds byte `pos`.
pub(crate) fn section_at(sections: &[Section], pos: usize) -> Option<usize> {
    let after = sections.partition_point(|s| s.heading.start <= pos);
    after.checked_sub(1)
}

#[cfg(test)]
mod caught_tests {
    use super::*;

    #[test]
    fn a_panic_of_the_parser_becomes_an_error_with_its_message() {
        let sliced = caught(|| {
            let text = String::from("Đ");
            text[..1].len()
        });
        let bug = sliced.unwrap_err();
        assert!(bug.message.contains("not a char boundary"), "{bug:?}");
        assert!(
            bug.to_string()
                .starts_with("the report parser failed on this text")
        );
        assert_eq!(caught(|| panic!("static")).unwrap_err().message, "static");
        assert_eq!(caught(|| 7), Ok(7));
        assert!(try_parse("BÁO CÁO\nKết quả\n").is_ok());
    }
}

#[cfg(test)]
mod name_tests {
    use super::*;

    #[test]
    fn a_section_is_named_in_english_or_vietnamese_with_or_without_diacritics() {
        for (typed, want) in [
            ("public_finance", Category::PublicFinance),
            ("Cải cách tài chính công", Category::PublicFinance),
            ("cai cach tai chinh cong", Category::PublicFinance),
            ("tài chính công", Category::PublicFinance),
            ("thu tuc hanh chinh", Category::Procedures),
            ("chính quyền số", Category::EGovernment),
            ("Phụ lục", Category::Appendix),
            ("phuong huong", Category::Tasks),
            ("khac", Category::Other),
        ] {
            assert_eq!(Category::from_name(typed), Some(want), "{typed}");
        }
        // Words of several labels name none of them.
        assert_eq!(Category::from_name("cải cách"), None);
        assert_eq!(Category::from_name("bảo hiểm"), None);
    }

    #[test]
    fn a_period_is_named_in_english_or_vietnamese() {
        for (typed, want) in [
            ("six_months", PeriodKind::SixMonths),
            ("6 tháng", PeriodKind::SixMonths),
            ("6 thang", PeriodKind::SixMonths),
            ("sáu tháng", PeriodKind::SixMonths),
            ("9 tháng", PeriodKind::NineMonths),
            ("quý", PeriodKind::Quarter),
            ("quy", PeriodKind::Quarter),
            ("năm", PeriodKind::Year),
            ("ca nam", PeriodKind::Year),
        ] {
            assert_eq!(PeriodKind::from_name(typed), Some(want), "{typed}");
        }
        assert_eq!(PeriodKind::from_name("tháng"), None);
    }
}
