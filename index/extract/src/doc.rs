//! `.doc` (Word 97–2003): read by `antiword`, or `catdoc` when antiword is missing or fails.
//! Both print plain text with paragraphs separated by blank lines; the binary format itself
//! is not parsed here.

use super::Limits;
use super::command;
use super::error::Reason;

/// The text of a `.doc` file.
pub(crate) fn to_text(bytes: &[u8], limits: &Limits) -> Result<String, Reason> {
    let have_antiword = command::available("antiword");
    let have_catdoc = command::available("catdoc");
    if !have_antiword && !have_catdoc {
        return Err(missing());
    }
    let file = command::temp_file(bytes, ".doc")?;
    let max = limits.max_entry_bytes;
    let mut first_error = None;
    if have_antiword {
        // -w 0: no wrapping, one paragraph per line; -m UTF-8.txt: output UTF-8.
        match command::run(
            "antiword",
            &["-w", "0", "-m", "UTF-8.txt"],
            file.path(),
            &[],
            limits.tool_timeout,
            max,
        ) {
            Ok(out) if out.success => return Ok(shape(&out.stdout)),
            Ok(out) => {
                first_error = Some(Reason::ToolFailed {
                    tool: "antiword",
                    detail: command::failure(&out),
                })
            }
            Err(e) => first_error = Some(e),
        }
    }
    if have_catdoc {
        // -d utf-8: output UTF-8; -w: no wrapping.
        match command::run(
            "catdoc",
            &["-d", "utf-8", "-w"],
            file.path(),
            &[],
            limits.tool_timeout,
            max,
        ) {
            Ok(out) if out.success => return Ok(shape(&out.stdout)),
            Ok(out) => {
                first_error.get_or_insert(Reason::ToolFailed {
                    tool: "catdoc",
                    detail: command::failure(&out),
                });
            }
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    Err(first_error.unwrap_or_else(missing))
}

fn missing() -> Reason {
    Reason::MissingTool {
        format: ".doc",
        tools: "antiword or catdoc",
        install: "one",
        alternative: "save the file as .docx",
    }
}

/// Line ends, NFC, and `|`-free tables: antiword draws table cells as `|a|b|`, which become
/// tab-separated cells.
fn shape(stdout: &[u8]) -> String {
    let text = super::text::finish(String::from_utf8_lossy(stdout).into_owned());
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.len() >= 2 && trimmed.starts_with('|') && trimmed.ends_with('|') {
            let cells: Vec<&str> = trimmed[1..trimmed.len() - 1]
                .split('|')
                .map(str::trim)
                .collect();
            out.push_str(&cells.join("\t"));
        } else {
            out.push_str(line.trim_end());
        }
        out.push('\n');
    }
    super::text::tidy(&out)
}
