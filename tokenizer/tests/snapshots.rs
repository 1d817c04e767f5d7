//! Snapshot tests: the tokens of paragraphs written in the style of the reports, with their
//! quirks (Word markup, PDF line breaks and `ƣ`, flattened HTML cells, footnote marks,
//! decomposed text, both tone placements, citations). Each line of a snapshot is one token:
//! position, byte offsets, exact text, folded text, and the original word.

use std::fmt::Write;

use crate::common::{both, tokens};
use tracuu_tokenizer::{BodyTokenizer, FoldedPairTokenizer};

fn render(text: &str) -> String {
    let (exact, folded) = both(text);
    let mut out = String::new();
    for (e, f) in exact.iter().zip(&folded) {
        let word = &text[e.offset_from..e.offset_to];
        let marker = if word == e.text { "" } else { "  <- " };
        let shown = if marker.is_empty() {
            String::new()
        } else {
            format!("{word:?}")
        };
        writeln!(
            out,
            "{:>3} {:>4}..{:<4} {:<10} {:<10}{marker}{shown}",
            e.position, e.offset_from, e.offset_to, e.text, f.text
        )
        .unwrap();
    }
    out
}

#[test]
fn word_header_with_markup_and_tabs() {
    let text = "**ỦY BAN NHÂN DÂN**\t**CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\
                **XÃ TÂN PHONG**\t<i>Độc lập - Tự do - Hạnh phúc</i>\n\
                Số: 27/BC-UBND\t<i>Tân Phong, ngày 14 tháng 9 năm 2023</i>\n";
    insta::assert_snapshot!(render(text));
}

#[test]
fn pdf_extraction_with_line_breaks_and_oi() {
    let text = "Phƣơng hƣớng, nhiệm vụ trọng tâm Quý IV năm 2023 \n\n \
                - Tiếp tục thực hiện Kế hoạch số 09/KH- \n\n\
                UBND ngày 12/01/2023 của UBND xã về công tác kiểm soát TTHC; đồng chí \n\n\
                Lƣơng Văn Trƣờng phụ trách. \n";
    insta::assert_snapshot!(render(text));
}

#[test]
fn flattened_html_table_cells() {
    let text = "|\nSTT\n|\nChỉ tiêu\n|\nĐơn vị tính\n|\nSố liệu\n|\n\
                1\n|\nTỷ lệ hồ sơ giải quyết đúng hạn\n|\n%\n|\n97,58\n|\n";
    insta::assert_snapshot!(render(text));
}

#[test]
fn footnote_marks_glued_to_words() {
    let text = "Bộ phận Một cửa tiếp nhận 318 hồ sơ¹; đã giải quyết đúng hạn 305 hồ sơ², \
                trong đó trực tuyến toàn trình³ là 41 hồ sơ⁴⁵.";
    insta::assert_snapshot!(render(text));
}

#[test]
fn decomposed_text_and_both_tone_placements() {
    // "Hòa giải ở cơ sở" typed decomposed, then the same words precomposed, old and new style.
    let text = "Ho\u{0300}a gia\u{0309}i o\u{031B}\u{0309} co\u{031B} so\u{031B}\u{0309}; \
                Hòa giải, Hoà giải; thủy lợi, thuỷ lợi; khỏe, khoẻ; HOÁ ĐƠN, hóa đơn; \
                quý, qúy.";
    insta::assert_snapshot!(render(text));
}

#[test]
fn citations_codes_and_numbers() {
    let text = "Thực hiện Nghị định số 61/2018/NĐ-CP, Quyết định 14a/QĐ-UBND, Kế hoạch số \
                160 - KH/ĐU và Công văn số 118/UBND - NV; áp dụng ISO 9001:2015 trên iOffice; \
                phòng, chống dịch COVID-19; tỷ lệ đạt 97,58%.";
    insta::assert_snapshot!(render(text));
}

/// What the index really stores: the body field's tokens (exact, then folded when it
/// differs, at one position) and the adjacent folded pairs, one token a line.
fn render_registered(text: &str) -> String {
    let mut out = String::from("body\n");
    for t in tokens(&mut BodyTokenizer::default(), text) {
        writeln!(
            out,
            "{:>3} {:>4}..{:<4} {}",
            t.position, t.offset_from, t.offset_to, t.text
        )
        .unwrap();
    }
    out.push_str("pairs\n");
    for t in tokens(&mut FoldedPairTokenizer::default(), text) {
        writeln!(
            out,
            "{:>3} {:>4}..{:<4} {}",
            t.position, t.offset_from, t.offset_to, t.text
        )
        .unwrap();
    }
    out
}

#[test]
fn registered_tokenizers_on_a_pdf_line_with_a_citation() {
    let text = "Thực hiện Kế hoạch số 09/KH- \n\nUBND về hoà giải ở cơ sở; Phƣơng hƣớng quý IV.";
    insta::assert_snapshot!(render_registered(text));
}

#[test]
fn registered_tokenizers_on_a_word_header() {
    let text = "**ỦY BAN NHÂN DÂN**\t**XÃ TÂN PHONG**\nSố: 27/BC-UBND\tThuỷ lợi, hồ sơ¹";
    insta::assert_snapshot!(render_registered(text));
}
