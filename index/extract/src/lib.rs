//! Reading the files officials have (text in any Vietnamese encoding, HTML, `.docx`, `.pdf`,
//! `.doc`, and `.zip` archives of them) into text the report parser can use.
//!
//! The text keeps what the parser needs: one paragraph per line with a blank line between
//! paragraphs, headings on their own lines, table rows as lines with cells separated by a tab,
//! in reading order, composed to NFC. Nothing else is changed: `ƣ` written in a text file
//! stays (the tokenizer reads it as `ư`); only PDF output, where `ƣ` is a font-mapping
//! artefact, is repaired to `ư`.
//!
//! - [`discover`] walks files and folders in a stable order and yields the supported files.
//! - [`read_path`] and [`read_bytes`] turn one file into one [`Extracted`] text, or one per
//!   supported entry of a zip archive; every failure is an [`ExtractError`] naming the file
//!   (`archive.zip!entry` inside an archive) and the reason, so one bad entry does not hide
//!   the others.
//! - [`check_document`] tells a document from text that only decodes: binary noise read in
//!   some encoding, or a file that is not Vietnamese.
//! - [`Limits`] bounds the memory and time one file may cost: sizes are checked before
//!   reading, decompression is capped, external programs run with a timeout.
//!
//! ```
//! use tracuu_extract::{read_bytes, Format, Limits};
//!
//! let html = "<h1>BÁO CÁO</h1><table><tr><td>STT</td><td>Chỉ tiêu</td></tr></table>";
//! let texts = read_bytes("bao-cao.html", html.as_bytes(), &Limits::default());
//! let first = texts[0].as_ref().unwrap();
//! assert_eq!(first.format, Format::Html);
//! assert_eq!(first.text, "BÁO CÁO\n\nSTT\tChỉ tiêu\n");
//! ```

mod archive;
mod command;
mod discover;
mod doc;
mod document;
mod docx;
mod error;
mod html;
mod layout;
mod legacy;
mod markdown;
mod pdf;
mod text;

pub use discover::{Walk, discover, discover_with, is_supported};
pub use document::{Words, check_document, words};
pub use error::{ExtractError, Reason};

use std::io::Read;
use std::path::Path;
use std::time::Duration;

/// A file format this module reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// `.txt`: UTF-8, UTF-16, Windows-1258, TCVN3, VNI.
    Text,
    /// `.md`: read like text, markup kept.
    Markdown,
    /// `.html`, `.htm`.
    Html,
    /// `.docx` (Word 2007 and later).
    Docx,
    /// `.pdf` with a text layer.
    Pdf,
    /// `.doc` (Word 97–2003), through `antiword` or `catdoc`.
    Doc,
    /// `.zip`: each supported entry is read.
    Zip,
}

impl Format {
    /// The format a file name's extension says, if supported.
    pub fn from_name(name: &str) -> Option<Format> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" | "xhtml" => Format::Html,
            "docx" | "docm" => Format::Docx,
            "pdf" => Format::Pdf,
            "doc" => Format::Doc,
            "zip" => Format::Zip,
            _ => return None,
        })
    }

    /// The format's usual extension, with its dot (`.docx`).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => ".txt",
            Format::Markdown => ".md",
            Format::Html => ".html",
            Format::Docx => ".docx",
            Format::Pdf => ".pdf",
            Format::Doc => ".doc",
            Format::Zip => ".zip",
        }
    }
}

/// The text of one file, or of one entry of an archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    /// The entry's name inside the archive (`bao-cao-q3.docx`); `None` for a plain file.
    /// A caller names the source `reports.zip!bao-cao-q3.docx`.
    pub entry: Option<String>,
    /// The format it was read as (by its content when that contradicts the extension:
    /// a `.doc` that is really a `.docx` is read as `.docx`).
    pub format: Format,
    /// The text, NFC, lines ending in `\n`.
    pub text: String,
    /// For text and HTML, the encoding the bytes were found in (`utf-8`, `tcvn3`, `vni`,
    /// `windows-1258`, …).
    pub encoding: Option<&'static str>,
    /// Characters that could not be decoded and stand as `U+FFFD` in `text` (a few bad bytes
    /// in an otherwise UTF-8 file).
    pub replaced: usize,
}

/// How much one file may cost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Largest file read, in bytes (checked before reading).
    pub max_file_bytes: u64,
    /// Largest uncompressed archive entry or `.docx` part, in bytes.
    pub max_entry_bytes: u64,
    /// Most bytes unpacked from one archive or `.docx` in total.
    pub max_total_uncompressed: u64,
    /// Most entries an archive or `.docx` may list.
    pub max_entries: usize,
    /// Longest an external program (`pdftotext`, `antiword`, `catdoc`) may run.
    pub tool_timeout: Duration,
}

impl Default for Limits {
    /// 64 MiB per file and per entry, 256 MiB unpacked per archive, 10 000 entries, 60 s.
    fn default() -> Limits {
        Limits {
            max_file_bytes: 64 << 20,
            max_entry_bytes: 64 << 20,
            max_total_uncompressed: 256 << 20,
            max_entries: 10_000,
            tool_timeout: Duration::from_secs(60),
        }
    }
}

/// Reads one file: one result for a document, one per supported entry for a zip archive
/// (an archive that cannot be opened at all gives one error).
///
/// The size is checked before reading; a folder, a missing file or a symlink loop is one error.
pub fn read_path(path: &Path, limits: &Limits) -> Vec<Result<Extracted, ExtractError>> {
    let name = path.display().to_string();
    match read_file(path, limits) {
        Ok(bytes) => read_bytes(&name, &bytes, limits),
        Err(reason) => vec![Err(ExtractError::new(name, reason))],
    }
}

fn read_file(path: &Path, limits: &Limits) -> Result<Vec<u8>, Reason> {
    let meta = std::fs::metadata(path).map_err(discover::io_reason)?;
    if meta.is_dir() {
        return Err(Reason::Io(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            "is a folder",
        )));
    }
    if !meta.is_file() {
        // A pipe or a device could block or never end.
        return Err(Reason::Io(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a regular file",
        )));
    }
    if meta.len() > limits.max_file_bytes {
        return Err(Reason::TooLarge {
            size: meta.len(),
            limit: limits.max_file_bytes,
        });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)?
        .take(limits.max_file_bytes + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limits.max_file_bytes {
        // The file grew while being read.
        return Err(Reason::TooLarge {
            size: bytes.len() as u64,
            limit: limits.max_file_bytes,
        });
    }
    Ok(bytes)
}

/// Reads a file already in memory; `name` gives the format (by its extension) and names the
/// file in errors. Same results as [`read_path`].
pub fn read_bytes(
    name: &str,
    bytes: &[u8],
    limits: &Limits,
) -> Vec<Result<Extracted, ExtractError>> {
    if bytes.len() as u64 > limits.max_file_bytes {
        let reason = Reason::TooLarge {
            size: bytes.len() as u64,
            limit: limits.max_file_bytes,
        };
        return vec![Err(ExtractError::new(name, reason))];
    }
    match sniff(name, bytes) {
        Ok(Format::Zip) => archive::read(name, bytes, limits),
        Ok(format) => vec![
            read_document(format, name, bytes, limits)
                .map(|(text, encoding)| Extracted {
                    entry: None,
                    format,
                    replaced: text.matches('\u{FFFD}').count(),
                    text,
                    encoding,
                })
                .map_err(|reason| ExtractError::new(name, reason)),
        ],
        Err(reason) => vec![Err(ExtractError::new(name, reason))],
    }
}

/// The format to read `bytes` as: the extension's, unless the content clearly is another
/// container (Word saves `.doc` files that are `.docx` inside and the other way round).
fn sniff(name: &str, bytes: &[u8]) -> Result<Format, Reason> {
    let by_name = Format::from_name(name).ok_or_else(|| {
        let ext = name
            .rsplit_once('.')
            .map_or_else(|| "(none)".to_string(), |(_, e)| format!(".{e}"));
        Reason::Unsupported(ext)
    })?;
    if bytes.is_empty() {
        return Err(Reason::Empty);
    }
    let by_content = if bytes.starts_with(b"%PDF-") {
        Some(Format::Pdf)
    } else if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        Some(Format::Doc)
    } else {
        None
    };
    Ok(match (by_name, by_content) {
        (Format::Doc, None) if bytes.starts_with(b"PK\x03\x04") => Format::Docx,
        (Format::Docx | Format::Doc | Format::Pdf, Some(content)) => content,
        _ => by_name,
    })
}

/// Reads one document (not an archive) into text.
fn read_document(
    format: Format,
    name: &str,
    bytes: &[u8],
    limits: &Limits,
) -> Result<(String, Option<&'static str>), Reason> {
    let ext = name
        .rsplit_once('.')
        .map_or(format.extension().to_string(), |(_, e)| {
            format!(".{}", e.to_ascii_lowercase())
        });
    let (text, encoding) = match format {
        Format::Text => {
            let decoded = text::decode(bytes, &ext)?;
            (decoded.text, Some(decoded.encoding))
        }
        Format::Markdown => {
            let decoded = text::decode(bytes, &ext)?;
            (markdown::to_text(&decoded.text), Some(decoded.encoding))
        }
        Format::Html => {
            let decoded = html_source(bytes, &ext)?;
            (html::to_text(&decoded.text), Some(decoded.encoding))
        }
        Format::Docx => (docx::to_text(bytes, limits)?, None),
        Format::Pdf => (pdf::to_text(bytes, limits)?, None),
        Format::Doc => (doc::to_text(bytes, limits)?, None),
        Format::Zip => return Err(Reason::NestedArchive),
    };
    if text.trim().is_empty() {
        return Err(match format {
            Format::Pdf => Reason::NoTextLayer,
            _ => Reason::Empty,
        });
    }
    Ok((text, encoding))
}

/// The HTML source as text: the `charset` a non-UTF-8 page declares, else the text rules.
fn html_source(bytes: &[u8], ext: &str) -> Result<text::Decoded, Reason> {
    if std::str::from_utf8(bytes).is_err()
        && let Some(encoding) = declared_charset(bytes)
        // Old Vietnamese pages in TCVN3 or VNI fonts declare Latin-1: let the scoring decide.
        && encoding != encoding_rs::WINDOWS_1252
    {
        let (decoded, _, _) = encoding.decode(bytes);
        return Ok(text::Decoded {
            text: text::finish(decoded.into_owned()),
            encoding: encoding.name(),
        });
    }
    text::decode(bytes, ext)
}

/// The `charset=` of a `<meta>` in the first 4 KiB, when it names a known encoding.
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    encoding_rs::Encoding::for_label(label.as_bytes())
}
