//! `.docx`: WordprocessingML read with `zip` and `quick-xml`, no external program.
//!
//! Reading order: headers (each distinct text once), the body, footers, then footnotes and
//! endnotes as `¹ text` paragraphs, their marks glued to the word they follow (`hồ sơ¹`), the
//! way the seed reports converted from Word show them. Body paragraphs, tables (rows and
//! tab-separated cells, `gridSpan` as empty cells), content controls and text boxes (after the
//! paragraph that anchors them; the VML fallback copy of a text box is skipped) are kept;
//! deleted revisions and field codes are not.
//!
//! Runs in the legacy `.VnTime`/`.VnTimeH` (TCVN3) and `VNI-…` fonts, which Word keeps when
//! it opens an old document, hold their 8-bit codes as Windows-1252 characters: they are
//! decoded to Unicode here.

use super::Limits;
use super::archive;
use super::error::Reason;
use super::layout::TextOut;
use super::legacy;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::collections::BTreeMap;

/// The text of a `.docx` file.
pub(crate) fn to_text(bytes: &[u8], limits: &Limits) -> Result<String, Reason> {
    let mut zip = archive::open(bytes, ".docx", limits)?;
    let mut budget = limits.max_total_uncompressed;
    let mut part = |zip: &mut archive::Zip<'_>, name: &str| -> Result<Option<Vec<u8>>, Reason> {
        match zip.index_for_name(name) {
            Some(index) => archive::read_entry(zip, index, ".docx", limits, &mut budget).map(Some),
            None => Ok(None),
        }
    };
    let document = part(&mut zip, "word/document.xml")?.ok_or_else(|| Reason::Corrupt {
        format: ".docx",
        detail: "no word/document.xml: not a Word document".to_string(),
    })?;
    let base_font = match part(&mut zip, "word/styles.xml")? {
        Some(styles) => default_font(&styles),
        None => None,
    };
    let mut names: Vec<String> = zip.file_names().flatten().map(|n| n.into_owned()).collect();
    names.sort_by_key(|n| (n.len(), n.clone()));
    let numbered = |prefix: &str| -> Vec<String> {
        names
            .iter()
            .filter(|n| n.starts_with(prefix) && n.ends_with(".xml") && !n.contains("/_rels/"))
            .cloned()
            .collect()
    };
    let (headers, footers) = (numbered("word/header"), numbered("word/footer"));

    let mut notes = Notes::default();
    let mut out = TextOut::default();
    let mut seen = Vec::new();
    for name in &headers {
        if let Some(xml) = part(&mut zip, name)? {
            let text = Walker::new(base_font, &mut notes).run(&xml)?;
            if !text.trim().is_empty() && !seen.contains(&text) {
                out.append_block(&text);
                seen.push(text);
            }
        }
    }
    out.append_block(&Walker::new(base_font, &mut notes).run(&document)?);
    for name in &footers {
        if let Some(xml) = part(&mut zip, name)? {
            let text = Walker::new(base_font, &mut notes).run(&xml)?;
            if !text.trim().is_empty() && !seen.contains(&text) {
                out.append_block(&text);
                seen.push(text);
            }
        }
    }
    for (file, kind) in [
        ("word/footnotes.xml", NoteKind::Foot),
        ("word/endnotes.xml", NoteKind::End),
    ] {
        if notes.numbers.keys().any(|(k, _)| *k == kind)
            && let Some(xml) = part(&mut zip, file)?
        {
            let mut walker = Walker::new(base_font, &mut notes);
            walker.run(&xml)?;
            let texts = std::mem::take(&mut walker.note_texts);
            let mut numbered: Vec<(usize, String)> = texts
                .into_iter()
                .filter(|((k, _), _)| *k == kind)
                .filter_map(|(key, text)| notes.numbers.get(&key).map(|&n| (n, text)))
                .collect();
            numbered.sort();
            for (n, text) in numbered {
                out.append_block(&format!("{} {}", superscript(n), text.trim()));
            }
        }
    }
    Ok(super::text::nfc(out.finish()))
}

/// Footnote or endnote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum NoteKind {
    Foot,
    End,
}

/// The numbers given to note references, in the order they appear (Word's numbering).
#[derive(Default)]
struct Notes {
    numbers: BTreeMap<(NoteKind, i64), usize>,
    next: [usize; 2],
}

impl Notes {
    fn number(&mut self, kind: NoteKind, id: i64) -> usize {
        let next = &mut self.next[kind as usize];
        *self.numbers.entry((kind, id)).or_insert_with(|| {
            *next += 1;
            *next
        })
    }
}

fn superscript(n: usize) -> String {
    n.to_string()
        .chars()
        .map(|d| {
            ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'][d.to_digit(10).unwrap_or(0) as usize]
        })
        .collect()
}

/// A legacy Vietnamese font whose text is stored as 8-bit codes.
#[derive(Debug, Clone, Copy, PartialEq)]
enum LegacyFont {
    /// `.VnTime`, `.VnArial` …; `upper` for the capitals-only `.VnTimeH` family.
    Tcvn3 { upper: bool },
    /// `VNI-Times` …
    Vni,
}

fn classify_font(name: &str) -> Option<LegacyFont> {
    let lower = name.trim().to_ascii_lowercase();
    if lower.starts_with(".vn") {
        Some(LegacyFont::Tcvn3 {
            upper: lower.ends_with('h'),
        })
    } else if lower.starts_with("vni-") || lower.starts_with("vni ") {
        Some(LegacyFont::Vni)
    } else {
        None
    }
}

/// Converts the text of a run in a legacy font; text that is not all Windows-1252 was
/// already converted to Unicode and is kept.
fn convert_legacy(text: &str, font: LegacyFont) -> Option<String> {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    if unmappable || bytes.is_ascii() {
        return None;
    }
    Some(match font {
        LegacyFont::Tcvn3 { upper: true } => legacy::decode_tcvn3(&bytes).to_uppercase(),
        LegacyFont::Tcvn3 { upper: false } => legacy::decode_tcvn3(&bytes),
        LegacyFont::Vni => legacy::decode_vni(&bytes),
    })
}

/// The document's default run font (`w:docDefaults`, else the default paragraph style).
fn default_font(styles: &[u8]) -> Option<LegacyFont> {
    let mut reader = Reader::from_reader(styles);
    let mut in_default = 0usize;
    let mut found = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                let name = e.local_name();
                let opens_default = name.as_ref() == b"docDefaults"
                    || (name.as_ref() == b"style"
                        && attr(&e, b"default").as_deref() == Some("1")
                        && attr(&e, b"type").as_deref() == Some("paragraph"));
                if opens_default || in_default > 0 {
                    in_default += 1;
                }
            }
            Ok(Event::Empty(e)) if in_default > 0 && e.local_name().as_ref() == b"rFonts" => {
                if let Some(font) = attr(&e, b"ascii").or_else(|| attr(&e, b"hAnsi")) {
                    found = classify_font(&font);
                }
            }
            Ok(Event::End(_)) => in_default = in_default.saturating_sub(1),
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    found
}

fn attr(e: &BytesStart<'_>, local: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == local)
            .then(|| String::from_utf8_lossy(&a.value).into_owned())
    })
}

/// Walks one XML part, writing its text.
struct Walker<'n> {
    outs: Vec<TextOut>,
    /// Text boxes waiting for the end of the paragraph that anchors them.
    boxes: Vec<String>,
    paragraphs: usize,
    in_run: bool,
    in_text: bool,
    run_font: Option<LegacyFont>,
    base_font: Option<LegacyFont>,
    /// Depth inside a subtree whose text is skipped (`mc:Fallback`).
    skip: usize,
    notes: &'n mut Notes,
    /// Note being read (in `footnotes.xml`/`endnotes.xml`).
    note: Option<(NoteKind, i64)>,
    note_texts: Vec<((NoteKind, i64), String)>,
}

impl<'n> Walker<'n> {
    fn new(base_font: Option<LegacyFont>, notes: &'n mut Notes) -> Walker<'n> {
        Walker {
            outs: vec![TextOut::default()],
            boxes: Vec::new(),
            paragraphs: 0,
            in_run: false,
            in_text: false,
            run_font: base_font,
            base_font,
            skip: 0,
            notes,
            note: None,
            note_texts: Vec::new(),
        }
    }

    fn out(&mut self) -> &mut TextOut {
        self.outs.last_mut().expect("one output at least")
    }

    fn run(&mut self, xml: &[u8]) -> Result<String, Reason> {
        let mut reader = Reader::from_reader(xml);
        loop {
            let event = reader.read_event().map_err(|e| Reason::Corrupt {
                format: ".docx",
                detail: format!("bad XML at byte {}: {e}", reader.buffer_position()),
            })?;
            match event {
                Event::Start(e) => {
                    if self.skip > 0 {
                        self.skip += 1;
                    } else {
                        self.start(&e);
                    }
                }
                Event::Empty(e) if self.skip == 0 => {
                    self.start(&e);
                    self.end(e.local_name().as_ref());
                }
                Event::End(e) => {
                    if self.skip > 0 {
                        self.skip -= 1;
                    } else {
                        self.end(e.local_name().as_ref());
                    }
                }
                Event::Text(t) if self.in_text && self.skip == 0 => {
                    let text = t.decode().map_err(|e| Reason::Corrupt {
                        format: ".docx",
                        detail: e.to_string(),
                    })?;
                    self.text(&text);
                }
                Event::GeneralRef(r) if self.in_text && self.skip == 0 => {
                    let name = r.decode().unwrap_or_default();
                    let resolved = match r.resolve_char_ref() {
                        Ok(Some(c)) => Some(c.to_string()),
                        _ => {
                            quick_xml::escape::resolve_predefined_entity(&name).map(str::to_string)
                        }
                    };
                    if let Some(text) = resolved {
                        self.text(&text);
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        let out = std::mem::take(&mut self.outs[0]);
        Ok(out.finish())
    }

    fn text(&mut self, text: &str) {
        match self.run_font.and_then(|font| convert_legacy(text, font)) {
            Some(converted) => self.out().text(&converted),
            None => self.out().text(text),
        }
    }

    fn start(&mut self, e: &BytesStart<'_>) {
        match e.local_name().as_ref() {
            b"p" => self.paragraphs += 1,
            b"r" => {
                self.in_run = true;
                self.run_font = self.base_font;
            }
            b"rFonts" if self.in_run => {
                if let Some(font) = attr(e, b"ascii").or_else(|| attr(e, b"hAnsi")) {
                    self.run_font = classify_font(&font);
                }
            }
            b"t" => self.in_text = true,
            b"tab" if self.in_run => self.out().space(),
            b"br" | b"cr" => self.out().line_break(),
            b"noBreakHyphen" => self.out().text("-"),
            b"tbl" => self.out().table_start(),
            b"tr" => self.out().row_start(),
            b"tc" => self.out().cell_start(),
            b"gridSpan" => {
                let span = attr(e, b"val").and_then(|v| v.parse().ok()).unwrap_or(1);
                self.out().cell_span(span);
            }
            b"txbxContent" => self.outs.push(TextOut::default()),
            b"Fallback" => self.skip = 1,
            b"footnoteReference" | b"endnoteReference" => {
                let kind = if e.local_name().as_ref() == b"footnoteReference" {
                    NoteKind::Foot
                } else {
                    NoteKind::End
                };
                if let Some(id) = attr(e, b"id").and_then(|v| v.parse().ok()) {
                    let n = self.notes.number(kind, id);
                    self.out().glued(&superscript(n));
                }
            }
            name @ (b"footnote" | b"endnote") => {
                let kind = if name == b"footnote" {
                    NoteKind::Foot
                } else {
                    NoteKind::End
                };
                let separator = attr(e, b"type").is_some_and(|t| t != "normal");
                if separator {
                    self.skip = 1;
                } else if let Some(id) = attr(e, b"id").and_then(|v| v.parse().ok()) {
                    self.note = Some((kind, id));
                    self.outs.push(TextOut::default());
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &[u8]) {
        match name {
            b"p" => {
                self.paragraphs = self.paragraphs.saturating_sub(1);
                self.out().block();
                if self.paragraphs == 0 && self.outs.len() == 1 {
                    for text in std::mem::take(&mut self.boxes) {
                        self.out().append_block(&text);
                    }
                }
            }
            b"r" => {
                self.in_run = false;
                self.run_font = self.base_font;
            }
            b"t" => self.in_text = false,
            b"tbl" => self.out().table_end(),
            b"tr" => self.out().row_end(),
            b"tc" => self.out().cell_end(),
            b"txbxContent" if self.outs.len() > 1 => {
                let text = self.outs.pop().map(TextOut::finish).unwrap_or_default();
                if self.paragraphs > 0 {
                    self.boxes.push(text);
                } else {
                    self.out().append_block(&text);
                }
            }
            b"footnote" | b"endnote" => {
                if let Some(key) = self.note.take()
                    && self.outs.len() > 1
                {
                    let text = self.outs.pop().map(TextOut::finish).unwrap_or_default();
                    self.note_texts
                        .push((key, text.replace('\n', " ").trim().to_string()));
                }
            }
            _ => {}
        }
    }
}
