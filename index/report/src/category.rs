//! The canonical category of a section, read from its heading.
//!
//! Rules are tried in order and the first whose keyword the heading holds wins; the words
//! are compared folded (`tracuu_tokenizer::fold`), so case, tone placement and diacritics
//! do not matter. A heading no rule matches gets its parent's category.

use super::Category;
use std::sync::LazyLock;
use tracuu_tokenizer::fold;

/// How a keyword must sit in the heading.
#[derive(Clone, Copy)]
enum At {
    Start,
    Anywhere,
}

/// The rules, in order of trust: specific areas before the generic ones.
const RULES: &[(Category, At, &str)] = &[
    (Category::Appendix, At::Start, "phụ lục"),
    (Category::Appendix, At::Start, "biểu mẫu"),
    (Category::Requests, At::Start, "kiến nghị"),
    (Category::Requests, At::Start, "đề xuất"),
    (Category::Requests, At::Anywhere, "kiến nghị, đề xuất"),
    (Category::Tasks, At::Anywhere, "phương hướng"),
    (Category::Tasks, At::Start, "nhiệm vụ"),
    (Category::Tasks, At::Anywhere, "nhiệm vụ trọng tâm"),
    (Category::Assessment, At::Anywhere, "đánh giá chung"),
    (Category::Assessment, At::Anywhere, "khó khăn"),
    (Category::Assessment, At::Anywhere, "hạn chế"),
    (Category::Assessment, At::Anywhere, "tồn tại"),
    (Category::Assessment, At::Anywhere, "vướng mắc"),
    (Category::Assessment, At::Start, "ưu điểm"),
    (Category::Institutional, At::Anywhere, "thể chế"),
    (Category::Institutional, At::Anywhere, "quy phạm pháp luật"),
    (Category::Institutional, At::Anywhere, "qppl"),
    (Category::Institutional, At::Anywhere, "pháp luật"),
    (Category::Procedures, At::Anywhere, "thủ tục hành chính"),
    (Category::Procedures, At::Anywhere, "tthc"),
    (Category::Procedures, At::Anywhere, "một cửa"),
    (
        Category::Procedures,
        At::Anywhere,
        "tiếp nhận và trả kết quả",
    ),
    (Category::Procedures, At::Anywhere, "dịch vụ công"),
    (Category::PublicFinance, At::Anywhere, "tài chính"),
    (Category::PublicFinance, At::Anywhere, "kinh phí"),
    (Category::PublicFinance, At::Anywhere, "ngân sách"),
    (Category::PublicFinance, At::Anywhere, "tài sản công"),
    (Category::Organisation, At::Anywhere, "bộ máy"),
    (Category::Organisation, At::Anywhere, "biên chế"),
    (Category::Organisation, At::Anywhere, "cơ cấu tổ chức"),
    (Category::CivilService, At::Anywhere, "công vụ"),
    (Category::CivilService, At::Anywhere, "công chức"),
    (Category::CivilService, At::Anywhere, "đào tạo, bồi dưỡng"),
    (Category::CivilService, At::Anywhere, "kỷ luật, kỷ cương"),
    (Category::EGovernment, At::Anywhere, "chính quyền điện tử"),
    (Category::EGovernment, At::Anywhere, "chính quyền số"),
    (Category::EGovernment, At::Anywhere, "công nghệ thông tin"),
    (Category::EGovernment, At::Anywhere, "cntt"),
    (Category::EGovernment, At::Anywhere, "chuyển đổi số"),
    (Category::Direction, At::Anywhere, "chỉ đạo"),
    (Category::Direction, At::Anywhere, "điều hành"),
];

static FOLDED: LazyLock<Vec<(Category, At, String)>> =
    LazyLock::new(|| RULES.iter().map(|&(c, at, kw)| (c, at, fold(kw))).collect());

/// The category a heading names on its own, if any.
pub(crate) fn category_of(heading: &str) -> Option<Category> {
    let text = fold(heading);
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let text = text.strip_prefix(&*VE).map_or(text, str::trim_start);
    FOLDED
        .iter()
        .find(|(_, at, kw)| match at {
            At::Start => text.starts_with(kw.as_str()),
            At::Anywhere => text.contains(kw.as_str()),
        })
        .map(|(c, _, _)| *c)
}

/// `Về` opening a heading (`Về công tác …`) is skipped before `Start` rules.
static VE: LazyLock<String> = LazyLock::new(|| fold("về "));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reform_areas() {
        assert_eq!(
            category_of("Cải cách thể chế"),
            Some(Category::Institutional)
        );
        assert_eq!(
            category_of("CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
            Some(Category::Procedures)
        );
        assert_eq!(
            category_of("Cải cách tổ chức bộ máy hành chính nhà nước"),
            Some(Category::Organisation)
        );
        assert_eq!(
            category_of("Cải cách công vụ"),
            Some(Category::CivilService)
        );
        assert_eq!(
            category_of("Cải cách tài chính công"),
            Some(Category::PublicFinance)
        );
        assert_eq!(
            category_of("Xây dựng và phát triển chính quyền điện tử, chính quyền số."),
            Some(Category::EGovernment)
        );
        assert_eq!(
            category_of("Việc áp dụng công nghệ thông tin trong công việc"),
            Some(Category::EGovernment)
        );
    }

    #[test]
    fn other_sections() {
        assert_eq!(
            category_of("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"),
            Some(Category::Direction)
        );
        assert_eq!(category_of("ĐÁNH GIÁ CHUNG."), Some(Category::Assessment));
        assert_eq!(
            category_of("Những tồn tại, hạn chế, nguyên nhân"),
            Some(Category::Assessment)
        );
        assert_eq!(
            category_of("NHIỆM VỤ CCHC QUÝ IV NĂM 2024"),
            Some(Category::Tasks)
        );
        assert_eq!(
            category_of("PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM"),
            Some(Category::Tasks)
        );
        assert_eq!(category_of("KIẾN NGHỊ, ĐỀ XUẤT"), Some(Category::Requests));
        assert_eq!(category_of("Phụ lục 2"), Some(Category::Appendix));
    }

    #[test]
    fn headings_without_a_keyword_inherit() {
        assert_eq!(category_of("Mặt tích cực."), None);
        assert_eq!(category_of("Kết quả thực hiện công tác CCHC"), None);
        assert_eq!(
            category_of("Việc thực hiện một số nhiệm vụ cụ thể khác"),
            None
        );
    }

    #[test]
    fn order_decides_mixed_headings() {
        // Kinh phí (finance) comes before biên chế (organisation).
        assert_eq!(
            category_of("Việc thực hiện chế độ khoán biên chế và kinh phí quản lý hành chính"),
            Some(Category::PublicFinance)
        );
        // The one-stop counter is procedures, though the heading says nhiệm vụ.
        assert_eq!(
            category_of("Việc thực hiện nhiệm vụ của Bộ phận tiếp nhận và trả kết quả"),
            Some(Category::Procedures)
        );
    }
}
