//! Rules of the outline, on invented reports.

use super::*;
use crate::text::lines;

fn sections(text: &str) -> Vec<Section> {
    outline(text, &lines(text), false).sections
}

fn paths(s: &[Section]) -> Vec<String> {
    s.iter()
        .map(|s| format!("{}:{}", s.path, s.level))
        .collect()
}

const REPORT: &str = "BÁO CÁO\nCông tác CCHC quý II năm 2024\n\nI. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n\nNội dung.\n\nII. KẾT QUẢ THỰC HIỆN\n\n1. Cải cách thể chế\n\na, Công tác xây dựng văn bản QPPL\n\nNội dung.\n\nb. Theo dõi thi hành pháp luật\n\n2. Cải cách thủ tục hành chính\n\n2.1. Kiểm soát TTHC\n\n4. Cải cách chế độ công vụ\n\nIII. PHƯƠNG HƯỚNG NHIỆM VỤ\n\n1. Tiếp tục thực hiện tốt các nhiệm vụ cải cách hành chính đã đề ra trong kế hoạch năm, bảo đảm tiến độ và chất lượng, gắn với công tác chuyển đổi số, nâng cao chỉ số hài lòng của người dân.\n\n2. Tăng cường kỷ luật, kỷ cương hành chính của cán bộ, công chức tại đơn vị và công tác kiểm tra thường xuyên, đột xuất việc thực hiện nhiệm vụ được giao trong năm.\n\nTrên đây là báo cáo của UBND xã Tân Phú./.\nNơi nhận:\n- UBND huyện;\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nPhụ lục 1\nBIỂU THỐNG KÊ\nSTT\tChỉ tiêu\n1.\tSố văn bản\t3\n";

#[test]
fn tree_paths_levels_and_skipped_numbers() {
    let s = sections(REPORT);
    assert_eq!(
        paths(&s),
        [
            ":0", "I:1", "II:1", "II.1:2", "II.1.a:3", "II.1.b:3", "II.2:2", "II.2.1:3", "II.4:2",
            "III:1", ":0", "PL.1:1"
        ]
    );
    assert_eq!(s[0].kind, SectionKind::Preamble);
    assert_eq!(s[10].kind, SectionKind::Closing);
    assert_eq!(s[11].title, "BIỂU THỐNG KÊ");
}

#[test]
fn categories_and_inheritance() {
    let s = sections(REPORT);
    let cat = |p: &str| s.iter().find(|x| x.path == p).unwrap().category;
    assert_eq!(cat("I"), Category::Direction);
    assert_eq!(cat("II"), Category::Other);
    assert_eq!(cat("II.1"), Category::Institutional);
    assert_eq!(cat("II.1.b"), Category::Institutional);
    assert_eq!(cat("II.2.1"), Category::Procedures);
    assert_eq!(cat("III"), Category::Tasks);
    assert_eq!(cat("PL.1"), Category::Appendix);
}

#[test]
fn long_numbered_paragraphs_are_list_items() {
    let s = sections(REPORT);
    assert!(!s.iter().any(|x| x.path.starts_with("III.")));
}

#[test]
fn spans_cover_the_text_once() {
    let s = sections(REPORT);
    assert_eq!(s[0].heading.start, 0);
    for w in s.windows(2) {
        assert_eq!(w[0].body.end, w[1].heading.start);
        assert!(w[0].heading.end <= w[0].body.start + 1);
    }
    assert_eq!(s.last().unwrap().body.end, REPORT.len());
    let ii = s.iter().position(|x| x.path == "II").unwrap();
    let iii = s.iter().position(|x| x.path == "III").unwrap();
    assert_eq!(s[ii].span.end, s[iii].heading.start);
    assert_eq!(s[ii + 1].parent, Some(ii));
}

#[test]
fn colon_headings_keep_their_body() {
    let text = "I. Kết quả:\n1. Về tình hình thực hiện kế hoạch\nNội dung.\n2. Triển khai các văn bản: Công tác quán triệt được thực hiện nghiêm túc trong toàn cơ quan.\n3. Hệ thống theo tiêu chuẩn ISO 9001:2015\n";
    let s = sections(text);
    let two = s.iter().find(|x| x.path == "I.2").unwrap();
    assert_eq!(two.title, "Triển khai các văn bản");
    assert!(text[two.body.clone()].starts_with(" Công tác"));
    assert_eq!(
        s.iter().find(|x| x.path == "I.3").unwrap().title,
        "Hệ thống theo tiêu chuẩn ISO 9001:2015"
    );
}

#[test]
fn odd_numbering_forms() {
    let text = "I . CÔNG TÁC CHỈ ĐẠO\n 1. Tình hình tổ chức\nIV, KIẾN NGHỊ\nII. KẾT QUẢ\n";
    let s = sections(text);
    // IV cannot follow I (skips two numbers); it stays body text.
    assert_eq!(paths(&s), ["I:1", "I.1:2", "II:1"]);
}

#[test]
fn wrapped_headings_continue() {
    let filler =
        "Nội dung dòng văn bản trích từ PDF có độ dài khoảng tám mươi ký tự mỗi dòng. \n\n";
    let text = format!(
        "I. KẾT QUẢ \n\n6. Xây dựng chính quyền điện tử \n\n6.1. Ứng dụng công nghệ thông tin trong hoạt động của cơ quan hành chính nhà \n\nnước tại địa phương \n\n{}II. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM 3 THÁNG CUỐI NĂM \n\n2021 \n\n",
        filler.repeat(30)
    );
    let s = outline(&text, &lines(&text), true).sections;
    let h = s.iter().find(|x| x.path == "I.6.1").unwrap();
    assert!(h.title.ends_with("nhà nước tại địa phương"), "{}", h.title);
    assert!(
        s.iter()
            .any(|x| x.title == "PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM 3 THÁNG CUỐI NĂM 2021")
    );
}

#[test]
fn empty_and_plain_text() {
    assert!(sections("").is_empty());
    let s = sections("chỉ một đoạn văn");
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].kind, SectionKind::Preamble);
}

const DECREE: &str = "CHÍNH PHỦ\nSố: 12/2025/NĐ-CP\nHà Nội, ngày 3 tháng 2 năm 2025\nNGHỊ ĐỊNH\nQuy định về thử nghiệm\n*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;*\nChính phủ ban hành Nghị định.\nChương I\nQUY ĐỊNH CHUNG\n**Điều 1.** Phạm vi điều chỉnh\nNghị định này quy định về thử nghiệm.\n**Điều 2.** Đối tượng áp dụng\n1. Cơ quan nhà nước.\n2. Tổ chức, cá nhân có liên quan, gồm:\na) Doanh nghiệp;\nb) Hợp tác xã.\n3. Việc khác.\nChương II\nTỔ CHỨC THỰC HIỆN\nĐiều 3. Hiệu lực thi hành\nNghị định này có hiệu lực từ ngày ký.\nNơi nhận:\n- Như trên;\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Văn A\n";

#[test]
fn legal_parts_articles_clauses_and_points() {
    let s = sections(DECREE);
    let got: Vec<(&str, u8)> = s.iter().map(|x| (x.path.as_str(), x.level)).collect();
    assert_eq!(
        got,
        [
            ("", 0),
            ("Căn cứ", 0),
            ("Chương I", 1),
            ("Chương I › Điều 1", 2),
            ("Chương I › Điều 2", 2),
            ("Chương I › Điều 2 › khoản 1", 3),
            ("Chương I › Điều 2 › khoản 2", 3),
            ("Chương I › Điều 2 › khoản 2 › điểm a", 4),
            ("Chương I › Điều 2 › khoản 2 › điểm b", 4),
            ("Chương I › Điều 2 › khoản 3", 3),
            ("Chương II", 1),
            ("Chương II › Điều 3", 2),
            ("", 0),
        ]
    );
    assert_eq!(s[1].kind, SectionKind::Basis);
    assert_eq!(s[2].title, "QUY ĐỊNH CHUNG");
    assert_eq!(s[3].title, "Phạm vi điều chỉnh");
    assert_eq!(s[11].title, "Hiệu lực thi hành");
    for w in s.windows(2) {
        assert_eq!(w[0].body.end, w[1].heading.start);
    }
}

#[test]
fn a_law_without_chapters_has_one_section_per_article() {
    let text = "Điều 1. Một\nNội dung.\nĐiều 2. Hai\n1. Khoản.\nĐiều 3. Ba\nNội dung.\n";
    let s = sections(text);
    let paths: Vec<&str> = s.iter().map(|x| x.path.as_str()).collect();
    assert_eq!(paths, ["Điều 1", "Điều 2", "Điều 2 › khoản 1", "Điều 3"]);
}

#[test]
fn one_article_cut_from_its_law_is_an_article() {
    // A file holding one article, as question sets and legal databases give them: its first
    // line is the article's heading and its khoản are inside it.
    let text = "Điều 7. Quyền khiếu nại của công dân\n\n1. Khiếu nại quyết định hành chính.\n\n2. Rút khiếu nại.\n";
    let s = sections(text);
    let paths: Vec<&str> = s.iter().map(|x| x.path.as_str()).collect();
    assert_eq!(paths, ["Điều 7", "Điều 7 › khoản 1", "Điều 7 › khoản 2"]);
    assert_eq!(s[0].title, "Quyền khiếu nại của công dân");
    assert_eq!(
        &text[s[0].heading.clone()],
        "Điều 7. Quyền khiếu nại của công dân"
    );
}

#[test]
fn a_report_keeps_its_numbering() {
    // One article mention is not a legal document.
    let s = sections("BÁO CÁO\nI. KẾT QUẢ\nĐiều 5. của quy chế được sửa.\n1. Nội dung\n");
    assert!(s.iter().all(|x| !x.path.contains("Điều")));
}
