//! What can go wrong reading a file, and how it is told to the user.

use std::fmt;

/// A file (or an archive entry) that could not be read into text.
///
/// The message names the file, then the reason:
/// `reports.zip!q3.pdf: scanned PDF without a text layer (OCR is not supported)`.
#[derive(Debug, thiserror::Error)]
#[error("{file}: {reason}")]
pub struct ExtractError {
    /// The file as given, or `archive.zip!entry` for an entry inside an archive.
    pub file: String,
    /// What was wrong with it.
    pub reason: Reason,
}

impl ExtractError {
    /// An error about `file`.
    pub fn new(file: impl Into<String>, reason: Reason) -> ExtractError {
        ExtractError {
            file: file.into(),
            reason,
        }
    }
}

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum Reason {
    /// The file system refused (missing file, permission denied, …).
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    /// A folder is part of a symlink cycle, or a symlink points to itself.
    #[error("symlink loop: {0}")]
    SymlinkLoop(String),
    /// The extension is not one of the formats this module reads.
    #[error(
        "unsupported file type {0} (supported: .txt, .md, .html, .htm, .docx, .pdf, .doc, .zip)"
    )]
    Unsupported(String),
    /// The file has no bytes, or no text at all.
    #[error("empty file")]
    Empty,
    /// The file is larger than [`Limits::max_file_bytes`](super::Limits::max_file_bytes).
    #[error("file is {}, over the {} limit", Size(*size), Size(*limit))]
    TooLarge {
        /// The size of the file in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// A text or HTML file holds binary data (NUL bytes, control characters).
    #[error("not text: binary data in a {0} file")]
    NotText(String),
    /// The container is damaged: a truncated or corrupt zip, `.docx` or `.pdf`.
    #[error("corrupt {format} file: {detail}")]
    Corrupt {
        /// The format expected (`.docx`, `.zip`, `.pdf`).
        format: &'static str,
        /// What the reader found wrong.
        detail: String,
    },
    /// An archive (or a `.docx`) would unpack to more than the limits allow: a zip bomb.
    #[error("archive over the limits: {0}")]
    ArchiveLimit(String),
    /// A zip inside a zip: archives are read one level deep.
    #[error("archive inside an archive is not read: unpack it first")]
    NestedArchive,
    /// An encrypted zip entry or PDF.
    #[error("encrypted {0}: save an unprotected copy")]
    Encrypted(&'static str),
    /// A PDF whose pages are images: there is no text to take.
    #[error("scanned PDF without a text layer (OCR is not supported)")]
    NoTextLayer,
    /// The external program a format needs is not installed.
    #[error("{format} needs {tools}: install {install}, or {alternative}")]
    MissingTool {
        /// The format (`.doc`, `.pdf`).
        format: &'static str,
        /// The program(s) that can read it.
        tools: &'static str,
        /// What to install.
        install: &'static str,
        /// What else the user can do.
        alternative: &'static str,
    },
    /// The external program ran and failed.
    #[error("{tool} failed: {detail}")]
    ToolFailed {
        /// The program.
        tool: &'static str,
        /// Its exit status and the first line it wrote to stderr.
        detail: String,
    },
    /// Too many characters of the text could not be decoded (`U+FFFD`): binary data.
    #[error("not a document: {replaced} of {chars} characters could not be decoded")]
    Garbled {
        /// Replacement characters in the text.
        replaced: usize,
        /// Characters in the text.
        chars: usize,
    },
    /// The text decodes but is not Vietnamese (too few words are Vietnamese syllables).
    #[error("not a document: {vietnamese} of {words} words read as Vietnamese")]
    NotVietnamese {
        /// Words that read as Vietnamese.
        vietnamese: usize,
        /// Words counted.
        words: usize,
    },
    /// A symlink whose target is outside the folders given.
    #[error("symlink leads outside the folders given, to {0}")]
    OutsideFolders(String),
    /// A named pipe, socket or device: reading it could block or never end.
    #[error("not a regular file ({0})")]
    NotRegular(&'static str),
    /// The external program ran longer than [`Limits::tool_timeout`](super::Limits::tool_timeout).
    #[error("{tool} took longer than {seconds} s and was stopped")]
    Timeout {
        /// The program.
        tool: &'static str,
        /// The timeout in seconds.
        seconds: u64,
    },
}

/// A byte count written the way people read it: `200.0 MB`, or `64 MiB` for round limits.
struct Size(u64);

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const MIB: u64 = 1 << 20;
        let n = self.0;
        if n >= MIB && n.is_multiple_of(MIB) {
            write!(f, "{} MiB", n / MIB)
        } else if n >= 1_000_000 {
            write!(f, "{:.1} MB", n as f64 / 1e6)
        } else if n >= 1_000 {
            write!(f, "{:.1} kB", n as f64 / 1e3)
        } else {
            write!(f, "{n} bytes")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_large_reads_like_a_person_wrote_it() {
        let e = ExtractError::new(
            "big.txt",
            Reason::TooLarge {
                size: 200_000_000,
                limit: 64 << 20,
            },
        );
        assert_eq!(
            e.to_string(),
            "big.txt: file is 200.0 MB, over the 64 MiB limit"
        );
    }

    #[test]
    fn missing_tool_says_what_to_do() {
        let e = ExtractError::new(
            "cu.doc",
            Reason::MissingTool {
                format: ".doc",
                tools: "antiword or catdoc",
                install: "one",
                alternative: "save the file as .docx",
            },
        );
        assert_eq!(
            e.to_string(),
            "cu.doc: .doc needs antiword or catdoc: install one, or save the file as .docx"
        );
    }
}
