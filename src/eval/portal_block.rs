//! The legal portal's furniture around a document saved from it: the metadata block
//! (`**Số hiệu:**`, `**Loại văn bản:**` … `**Tình trạng:**`, one value per pipe-table cell)
//! and everything before it, and after the document the portal's own title line, its
//! English translation and the `## Văn bản liên quan` list.

/// The label that opens the portal's metadata block.
const BLOCK_START: &str = "**Số hiệu:**";
/// The last label of the block; its value follows on the next non-`|` line.
const BLOCK_LAST: &str = "Tình trạng:**";
/// The heading of the portal's list of related documents, after the document.
const RELATED: &str = "## Văn bản liên quan";

/// Lines that open what the portal appends after the document.
const AFTER_DOCUMENT: &[&str] = &[
    "Văn bản này chưa cập nhật nội dung Tiếng Anh",
    "SOCIALIST REPUBLIC OF VIETNAM",
    "Hãy đăng nhập hoặc đăng ký",
];

/// English type words that open a translation's title line (`Circular No. 110/2025/TT-BTC …`).
const ENGLISH_TYPES: &[&str] = &[
    "Circular",
    "Joint Circular",
    "Decree",
    "Decision",
    "Resolution",
    "Law",
    "Official Dispatch",
    "Dispatch",
    "Plan",
    "Directive",
    "Notice",
    "Ordinance",
    "Report",
    "Guidance",
    "Instruction",
    "Official Telegram",
    "Document",
    "Consolidated Document",
];

/// Vietnamese type words that open the portal's title line after the signature.
const TITLE_TYPES: &[&str] = &[
    "Nghị quyết",
    "Quyết định",
    "Công văn",
    "Kế hoạch",
    "Thông tư",
    "Nghị định",
    "Chỉ thị",
    "Thông báo",
    "Công điện",
    "Luật",
    "Hướng dẫn",
    "Tờ trình",
    "Báo cáo",
    "Văn bản hợp nhất",
    "Pháp lệnh",
    "Lệnh",
    "Chương trình",
    "Kết luận",
    "Quy định",
];

/// The document inside a page saved from the legal portal: the text after the metadata
/// block and before the portal's furniture that follows the document. A text without the
/// block is returned whole, except for a trailing `## Văn bản liên quan` list.
pub fn strip_portal(text: &str) -> &str {
    let start = block_end(text).unwrap_or(0);
    let rest = &text[start..];
    let mut end = rest.find(RELATED).unwrap_or(rest.len());
    if start > 0 {
        end = end.min(furniture_start(&rest[..end]));
    }
    &rest[..end]
}

/// Where the text after the metadata block begins, when the text has one.
fn block_end(text: &str) -> Option<usize> {
    let open = text.find(BLOCK_START)?;
    let last = open + text[open..].find(BLOCK_LAST)?;
    let mut pos = last + BLOCK_LAST.len();
    // Skip to the end of the label's line, then over `|` lines to the value, then past it.
    pos += text[pos..].find('\n').map_or(text.len() - pos, |i| i + 1);
    while pos < text.len() {
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        let line = text[pos..line_end].trim();
        pos = line_end;
        if !line.is_empty() && line != "|" {
            break;
        }
    }
    // And over the empty cells that close the block's table.
    while pos < text.len() {
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        let line = text[pos..line_end].trim();
        if !line.is_empty() && line != "|" {
            break;
        }
        pos = line_end;
    }
    Some(pos)
}

/// Where the portal's furniture after the document begins in `doc` (its length if none).
fn furniture_start(doc: &str) -> usize {
    let mut offset = 0;
    let mut cut = doc.len();
    for line in doc.split_inclusive('\n') {
        let t = line.trim().trim_start_matches(['*', ' ']);
        if AFTER_DOCUMENT.iter().any(|m| t.contains(m)) || is_english_title(t) {
            cut = offset;
            break;
        }
        offset += line.len();
    }
    // Walk back over the portal's title line(s) and table furniture just before the cut.
    let mut end = cut;
    loop {
        let before = doc[..end].trim_end_matches(['\n', '\r']);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = before[line_start..].trim();
        let furniture = line == "|"
            || line.trim_matches(['*', ' ']).is_empty()
            || (cut < doc.len() && is_title_line(line));
        if !furniture || line_start == 0 || before.is_empty() {
            break;
        }
        end = line_start;
    }
    end
}

fn is_english_title(line: &str) -> bool {
    ENGLISH_TYPES.iter().any(|t| {
        line.strip_prefix(t)
            .is_some_and(|rest| rest.starts_with(" No.") || rest.starts_with(" no."))
    })
}

/// `Nghị quyết 80/2025/NQ-HĐND quy định …`: a type word, then a number with a `/`.
fn is_title_line(line: &str) -> bool {
    TITLE_TYPES.iter().any(|t| {
        line.strip_prefix(t).is_some_and(|rest| {
            rest.split_whitespace()
                .next()
                .is_some_and(|w| w.contains('/') && w.starts_with(|c: char| c.is_ascii_digit()))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "Bản dịch này thuộc quyền sở hữu của cổng.\n|\n#\n**Số hiệu:**\n|\n12/2025/QĐ-UBND\n|\n**Loại văn bản:**\n|\nQuyết định\n|\n**Tình trạng:**\n|\nĐã biết\n|\n|\n**ỦY BAN NHÂN DÂN**\nSố: 12/2025/QĐ-UBND\nCăn cứ Nghị định số 10/2024/NĐ-CP;\n|\n**CHỦ TỊCH**\nTrần Văn Bình\n|\nQuyết định 12/2025/QĐ-UBND quy định mức thu phí\nVăn bản này chưa cập nhật nội dung Tiếng Anh\nQuyết định 12/2025/QĐ-UBND ngày 1/7/2025 quy định mức thu phí\n## Văn bản liên quan\nNghị định 99/2020/NĐ-CP\n";

    #[test]
    fn keeps_the_document_only() {
        let doc = strip_portal(PAGE);
        assert!(
            doc.trim_start_matches(['|', '\n'])
                .starts_with("**ỦY BAN NHÂN DÂN**"),
            "{doc:?}"
        );
        assert!(doc.trim_end().ends_with("Trần Văn Bình"), "{doc:?}");
        assert!(!doc.contains("Số hiệu"));
        assert!(!doc.contains("99/2020"));
    }

    #[test]
    fn english_translation_is_furniture() {
        let page = PAGE.replace(
            "Văn bản này chưa cập nhật nội dung Tiếng Anh\n",
            "Decision No. 12/2025/QD-UBND dated July 1, 2025\nPursuant to Decree No. 10/2024/ND-CP;\n",
        );
        let doc = strip_portal(&page);
        assert!(!doc.contains("Decree"), "{doc:?}");
        assert!(doc.trim_end().ends_with("Trần Văn Bình"), "{doc:?}");
    }

    #[test]
    fn text_without_block_is_kept() {
        let text = "Số: 5/KH-UBND\nNội dung.\n";
        assert_eq!(strip_portal(text), text);
    }

    #[test]
    fn a_bare_block_and_the_related_list_go() {
        let text = "menu\n**Số hiệu:**\n|\n12/QĐ-UBND\n|\n**Tình trạng:**\n|\nĐã biết\n|\n|\nỦY BAN NHÂN DÂN\nnội dung\n## Văn bản liên quan\nquảng cáo";
        assert_eq!(strip_portal(text), "ỦY BAN NHÂN DÂN\nnội dung\n");
    }
}
