//! HTML: a small tag scanner. Scripts, styles, comments and the `<head>` go; entities are
//! decoded; block elements end lines; `<tr>` rows become lines and `<td>`/`<th>` cells are
//! separated by tabs (see [`TextOut`]). End tags that HTML lets authors leave out (`</p>`,
//! `</td>`, `</tr>`) are not needed. A hand-written scanner rather than a browser-grade
//! parser: the only output is text, and malformed markup must degrade, never fail.

use super::layout::TextOut;

/// The text of an HTML document.
pub(crate) fn to_text(html: &str) -> String {
    let mut out = TextOut::default();
    let mut rest = html;
    let mut pre = 0usize;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            emit(&mut out, rest, pre > 0);
            break;
        };
        emit(&mut out, &rest[..lt], pre > 0);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(tag) = Tag::scan(rest) else {
            // A `<` that opens no tag is text.
            emit(&mut out, "<", pre > 0);
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.len..];
        if !tag.closing && is_raw(&tag.name) {
            rest = skip_element(rest, &tag.name);
            continue;
        }
        apply(&mut out, &tag, &mut pre);
    }
    super::text::nfc(out.finish())
}

fn emit(out: &mut TextOut, text: &str, pre: bool) {
    if text.is_empty() {
        return;
    }
    let text = decode_entities(text);
    if pre {
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                out.line_break();
            }
            out.text(line);
        }
    } else {
        out.text(&text);
    }
}

/// Elements whose content is never text.
fn is_raw(name: &str) -> bool {
    matches!(
        name,
        "script" | "style" | "head" | "title" | "noscript" | "template" | "svg" | "math" | "object"
    )
}

/// Skips to after `</name>`, or to the end.
fn skip_element<'a>(rest: &'a str, name: &str) -> &'a str {
    let bytes = rest.as_bytes();
    let mut from = 0;
    while let Some(pos) = rest[from..].find("</") {
        let start = from + pos + 2;
        let end = start + name.len();
        if end <= rest.len() && bytes[start..end].eq_ignore_ascii_case(name.as_bytes()) {
            return rest[end..].find('>').map_or("", |gt| &rest[end + gt + 1..]);
        }
        from = start;
    }
    ""
}

fn apply(out: &mut TextOut, tag: &Tag, pre: &mut usize) {
    match (tag.name.as_str(), tag.closing) {
        ("br", _) => out.line_break(),
        ("table", false) => out.table_start(),
        ("table", true) => out.table_end(),
        ("tr", false) => out.row_start(),
        ("tr", true) => out.row_end(),
        ("td" | "th", false) => {
            out.cell_start();
            out.cell_span(tag.colspan);
        }
        ("td" | "th", true) => out.cell_end(),
        ("pre", closing) => {
            out.block();
            if closing {
                *pre = pre.saturating_sub(1);
            } else {
                *pre += 1;
            }
        }
        (name, _) if is_block(name) => out.block(),
        _ => {}
    }
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "main"
            | "nav"
            | "aside"
            | "address"
            | "hr"
            | "form"
            | "fieldset"
            | "figure"
            | "figcaption"
            | "caption"
            | "center"
            | "body"
            | "html"
            | "thead"
            | "tbody"
            | "tfoot"
    )
}

/// One scanned tag.
struct Tag {
    /// Lower-case name; `!doctype`-like declarations get an empty name.
    name: String,
    closing: bool,
    /// The `colspan` of a cell, 1 when absent.
    colspan: usize,
    /// Bytes from `<` to after `>`.
    len: usize,
}

impl Tag {
    /// Scans the tag at the start of `s` (which starts with `<`), `None` if it is not one.
    fn scan(s: &str) -> Option<Tag> {
        let bytes = s.as_bytes();
        let mut i = 1;
        let closing = bytes.get(i) == Some(&b'/');
        if closing {
            i += 1;
        }
        let declaration = matches!(bytes.get(i), Some(b'!' | b'?'));
        let name_start = i;
        if !declaration {
            if !bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
                return None;
            }
            while bytes
                .get(i)
                .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b':' | b'-' | b'_'))
            {
                i += 1;
            }
        }
        let name = if declaration {
            String::new()
        } else {
            s[name_start..i].to_ascii_lowercase()
        };
        let attrs_start = i;
        let mut quote = None;
        while let Some(&b) = bytes.get(i) {
            match (quote, b) {
                (Some(q), _) if b == q => quote = None,
                (Some(_), _) => {}
                (None, b'"' | b'\'') if !declaration => quote = Some(b),
                (None, b'>') => break,
                _ => {}
            }
            i += 1;
        }
        let len = (i + 1).min(s.len());
        let colspan = attribute(&s[attrs_start..i.min(s.len())], "colspan")
            .and_then(|v| v.trim().parse().ok())
            .filter(|&n: &usize| n >= 1)
            .unwrap_or(1);
        Some(Tag {
            name,
            closing,
            colspan,
            len,
        })
    }
}

/// The value of attribute `name` in the attribute text of a tag.
fn attribute<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let lower = attrs.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = lower[from..].find(name) {
        let at = from + pos;
        from = at + name.len();
        let before_ok = at == 0 || !lower.as_bytes()[at - 1].is_ascii_alphanumeric();
        let after = lower[from..].trim_start();
        if !before_ok || !after.starts_with('=') {
            continue;
        }
        let value_at = attrs.len() - after.len() + 1;
        let value = attrs[value_at..].trim_start();
        return Some(match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or(""),
            _ => value
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or(""),
        });
    }
    None
}

/// Decodes `&name;`, `&#NNN;` and `&#xHH;`; an unknown entity stays as written.
pub(crate) fn decode_entities(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('&') {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..].find(';').map(|i| i + 1).filter(|&i| i <= 12);
        let decoded = end.and_then(|end| entity(&rest[1..end]).map(|c| (c, end)));
        match decoded {
            Some((c, end)) => {
                if c != '\u{AD}' {
                    out.push(c);
                }
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out.into()
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return Some(match code {
            0 => '\u{FFFD}',
            // Windows-1252 code points written as numbers by old editors.
            0x80..=0x9F => {
                let byte = [code as u8];
                let (s, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
                s.chars().next()?
            }
            _ => char::from_u32(code).unwrap_or('\u{FFFD}'),
        });
    }
    Some(match name {
        "nbsp" => '\u{A0}',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "shy" => '\u{AD}',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "bull" => '•',
        "middot" => '·',
        "deg" => '°',
        "copy" => '©',
        "reg" => '®',
        "sect" => '§',
        "times" => '×',
        "divide" => '÷',
        "plusmn" => '±',
        "frac12" => '½',
        "sup1" => '¹',
        "sup2" => '²',
        "sup3" => '³',
        _ => return latin_letter(name),
    })
}

/// `&Agrave;`, `&ecirc;`, `&ocirc;` …: the Latin-1 letters Vietnamese uses.
fn latin_letter(name: &str) -> Option<char> {
    let (letter, mark) = name.split_at(name.char_indices().nth(1)?.0);
    let letter = letter.chars().next()?;
    let combining = match mark {
        "grave" => '\u{300}',
        "acute" => '\u{301}',
        "circ" => '\u{302}',
        "tilde" => '\u{303}',
        "uml" => '\u{308}',
        "cedil" => '\u{327}',
        _ => return None,
    };
    if !letter.is_ascii_alphabetic() {
        return None;
    }
    unicode_normalization::char::compose(letter, combining)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_like_html_with_a_table() {
        let html = r#"<!DOCTYPE html><html><head><title>Báo cáo</title>
<style>p { margin: 0 }</style><script>var a = "<p>no</p>";</script></head>
<body><h1>BÁO CÁO</h1><p class=MsoNormal>Thực hiện Kế hoạch số 05/KH-UBND ngày
 12/01/2024 của UBND xã Tân&nbsp;Phú<o:p></o:p></p>
<!-- a comment <p>hidden</p> -->
<p>Dòng một<br>Dòng hai &amp; ba &#7889; &#x1EA1; &ecirc;</p>
<table><tr><th>STT<th colspan="2">Kết quả<th>Ghi chú
<tr><td>1<td><p>Văn bản</p><p>ban hành</p><td>8<td></table>
<ul><li>Một</li><li>Hai</li></ul>5 &lt; 6</body></html>"#;
        assert_eq!(
            to_text(html),
            "BÁO CÁO\n\nThực hiện Kế hoạch số 05/KH-UBND ngày 12/01/2024 của UBND xã Tân Phú\n\n\
             Dòng một\nDòng hai & ba ố ạ ê\n\n\
             STT\tKết quả\t\tGhi chú\n1\tVăn bản ban hành\t8\t\n\nMột\n\nHai\n\n5 < 6\n"
        );
    }

    #[test]
    fn malformed_markup_degrades_to_text() {
        assert_eq!(to_text("a < b <p unclosed"), "a < b\n");
        assert_eq!(to_text("<script>never closed"), "");
        assert_eq!(to_text("x &bogus; &#99999999; &"), "x &bogus; \u{FFFD} &\n");
    }
}
