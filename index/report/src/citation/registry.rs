//! Issuing bodies and their codes, written from public knowledge: the bodies of the state
//! at the centre (Government, Prime Minister, ministries and agencies, the National
//! Assembly and its bodies), the Party's central bodies and the Youth Union, provincial
//! departments, and the provinces and centrally-run cities (the 63 before and the 34 after
//! 1 July 2025).
//!
//! Codes are looked up in their canonical case ([`super::grammar::canon_code`]); a code
//! with a term of office (`QH15`, `UBTVQH15`) is looked up without its digits.

/// Codes that name one body in the whole country.
const NATIONAL: &[(&str, &str)] = &[
    ("CP", "Chính phủ"),
    ("TTg", "Thủ tướng Chính phủ"),
    ("VPCP", "Văn phòng Chính phủ"),
    ("QH", "Quốc hội"),
    ("UBTVQH", "Ủy ban Thường vụ Quốc hội"),
    ("UBPLTP", "Ủy ban Pháp luật và Tư pháp"),
    ("UBPL", "Ủy ban Pháp luật"),
    ("UBTCNS", "Ủy ban Tài chính, Ngân sách"),
    ("UBKT", "Ủy ban Kinh tế"),
    ("UBKTTC", "Ủy ban Kinh tế và Tài chính"),
    ("UBXH", "Ủy ban Xã hội"),
    ("HĐDT", "Hội đồng Dân tộc"),
    ("VPQH", "Văn phòng Quốc hội"),
    ("BCA", "Bộ Công an"),
    ("BQP", "Bộ Quốc phòng"),
    ("BNG", "Bộ Ngoại giao"),
    ("BYT", "Bộ Y tế"),
    ("BTC", "Bộ Tài chính"),
    ("BNV", "Bộ Nội vụ"),
    ("BTP", "Bộ Tư pháp"),
    ("BGDĐT", "Bộ Giáo dục và Đào tạo"),
    ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    ("LĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    ("BNN&MT", "Bộ Nông nghiệp và Môi trường"),
    ("BNNMT", "Bộ Nông nghiệp và Môi trường"),
    ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("BTNMT", "Bộ Tài nguyên và Môi trường"),
    ("BKHĐT", "Bộ Kế hoạch và Đầu tư"),
    ("BCT", "Bộ Công Thương"),
    ("BXD", "Bộ Xây dựng"),
    ("BGTVT", "Bộ Giao thông vận tải"),
    ("BTTTT", "Bộ Thông tin và Truyền thông"),
    ("BKHCN", "Bộ Khoa học và Công nghệ"),
    ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("BDTTG", "Bộ Dân tộc và Tôn giáo"),
    ("UBDT", "Ủy ban Dân tộc"),
    ("NHNN", "Ngân hàng Nhà nước Việt Nam"),
    ("TTCP", "Thanh tra Chính phủ"),
    ("KTNN", "Kiểm toán nhà nước"),
    ("TANDTC", "Tòa án nhân dân tối cao"),
    ("VKSNDTC", "Viện kiểm sát nhân dân tối cao"),
    ("BHXH", "Bảo hiểm xã hội Việt Nam"),
];

/// Codes of the Party's central bodies and of mass organisations at the centre.
const CENTRAL_PARTY: &[(&str, &str)] = &[
    ("TW", "Trung ương Đảng"),
    ("TƯ", "Trung ương Đảng"),
    ("VPTW", "Văn phòng Trung ương Đảng"),
    ("BTCTW", "Ban Tổ chức Trung ương"),
    ("BTGTW", "Ban Tuyên giáo Trung ương"),
    ("BTGDVTW", "Ban Tuyên giáo và Dân vận Trung ương"),
    ("BDVTW", "Ban Dân vận Trung ương"),
    ("BKTTW", "Ban Kinh tế Trung ương"),
    ("BNCTW", "Ban Nội chính Trung ương"),
    ("BĐNTW", "Ban Đối ngoại Trung ương"),
    ("UBKTTW", "Ủy ban Kiểm tra Trung ương"),
    ("BCĐTW", "Ban Chỉ đạo Trung ương"),
    ("ĐUCA", "Đảng ủy Công an Trung ương"),
    ("QUTW", "Quân ủy Trung ương"),
    ("TWĐTN", "Trung ương Đoàn"),
    ("TWĐ", "Trung ương Đoàn"),
    ("MTTW", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    ("MTTQ", "Mặt trận Tổ quốc Việt Nam"),
    ("TWHLHPNVN", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam"),
    ("HLHPN", "Hội Liên hiệp Phụ nữ Việt Nam"),
    ("TLĐ", "Tổng Liên đoàn Lao động Việt Nam"),
    ("HND", "Hội Nông dân Việt Nam"),
    ("HCCB", "Hội Cựu chiến binh Việt Nam"),
];

/// Party committees of a place: the body, and whether it takes the province's name.
const LOCAL_PARTY: &[(&str, &str, bool)] = &[
    ("TU", "Tỉnh ủy", true),
    ("ThU", "Thành ủy", true),
    ("HU", "Huyện ủy", false),
    ("QU", "Quận ủy", false),
    ("ĐU", "Đảng ủy", false),
    ("ĐĐ", "Đảng đoàn", false),
    ("BCS", "Ban cán sự đảng", false),
];

/// Provincial departments (`Sở …`) and bodies of a province, by code.
const PROVINCIAL: &[(&str, &str)] = &[
    ("STC", "Sở Tài chính"),
    ("SNV", "Sở Nội vụ"),
    ("STP", "Sở Tư pháp"),
    ("SYT", "Sở Y tế"),
    ("SGDĐT", "Sở Giáo dục và Đào tạo"),
    ("SXD", "Sở Xây dựng"),
    ("SNN&MT", "Sở Nông nghiệp và Môi trường"),
    ("SNNMT", "Sở Nông nghiệp và Môi trường"),
    ("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("STNMT", "Sở Tài nguyên và Môi trường"),
    ("SKHĐT", "Sở Kế hoạch và Đầu tư"),
    ("SCT", "Sở Công Thương"),
    ("SKHCN", "Sở Khoa học và Công nghệ"),
    ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
    ("SVHTT", "Sở Văn hóa và Thể thao"),
    ("SGTVT", "Sở Giao thông vận tải"),
    ("SLĐTBXH", "Sở Lao động - Thương binh và Xã hội"),
    ("STTTT", "Sở Thông tin và Truyền thông"),
    ("SDTTG", "Sở Dân tộc và Tôn giáo"),
    ("SNG", "Sở Ngoại vụ"),
    ("BDT", "Ban Dân tộc"),
    ("CAT", "Công an tỉnh"),
    ("CT", "Cục Thuế tỉnh"),
    ("BCHQS", "Bộ Chỉ huy Quân sự tỉnh"),
];

/// The 63 provinces and centrally-run cities before 1 July 2025 and the 34 after (names
/// shared by both lists appear once); the centrally-run cities are marked.
const PROVINCES: &[(&str, bool)] = &[
    ("Hà Nội", true),
    ("Hồ Chí Minh", true),
    ("Hải Phòng", true),
    ("Đà Nẵng", true),
    ("Cần Thơ", true),
    ("Huế", true),
    ("An Giang", false),
    ("Bà Rịa - Vũng Tàu", false),
    ("Bắc Giang", false),
    ("Bắc Kạn", false),
    ("Bạc Liêu", false),
    ("Bắc Ninh", false),
    ("Bến Tre", false),
    ("Bình Định", false),
    ("Bình Dương", false),
    ("Bình Phước", false),
    ("Bình Thuận", false),
    ("Cà Mau", false),
    ("Cao Bằng", false),
    ("Đắk Lắk", false),
    ("Đắk Nông", false),
    ("Điện Biên", false),
    ("Đồng Nai", false),
    ("Đồng Tháp", false),
    ("Gia Lai", false),
    ("Hà Giang", false),
    ("Hà Nam", false),
    ("Hà Tĩnh", false),
    ("Hải Dương", false),
    ("Hậu Giang", false),
    ("Hòa Bình", false),
    ("Hưng Yên", false),
    ("Khánh Hòa", false),
    ("Kiên Giang", false),
    ("Kon Tum", false),
    ("Lai Châu", false),
    ("Lâm Đồng", false),
    ("Lạng Sơn", false),
    ("Lào Cai", false),
    ("Long An", false),
    ("Nam Định", false),
    ("Nghệ An", false),
    ("Ninh Bình", false),
    ("Ninh Thuận", false),
    ("Phú Thọ", false),
    ("Phú Yên", false),
    ("Quảng Bình", false),
    ("Quảng Nam", false),
    ("Quảng Ngãi", false),
    ("Quảng Ninh", false),
    ("Quảng Trị", false),
    ("Sóc Trăng", false),
    ("Sơn La", false),
    ("Tây Ninh", false),
    ("Thái Bình", false),
    ("Thái Nguyên", false),
    ("Thanh Hóa", false),
    ("Thừa Thiên Huế", false),
    ("Tiền Giang", false),
    ("Trà Vinh", false),
    ("Tuyên Quang", false),
    ("Vĩnh Long", false),
    ("Vĩnh Phúc", false),
    ("Yên Bái", false),
];

/// Whether `specific` is a body the generic issuer `generic` (what a code alone tells:
/// `Trung ương Đảng`, `Trung ương Đoàn`) may stand for: `Bộ Chính trị` for `Trung ương
/// Đảng`, `Ban Bí thư Trung ương Đoàn` for `Trung ương Đoàn`.
pub(crate) fn generic_covers(generic: &str, specific: &str) -> bool {
    let youth = |s: &str| s.contains("Trung ương Đoàn");
    match generic {
        "Trung ương Đảng" => {
            !youth(specific)
                && (specific.contains("Trung ương")
                    || specific == "Bộ Chính trị"
                    || specific == "Ban Bí thư")
        }
        "Trung ương Đoàn" => youth(specific),
        _ => false,
    }
}

/// A code without the term of office that follows it (`QH15` → `QH`, `UBTVQH15` → `UBTVQH`).
fn without_term(code: &str) -> &str {
    let trimmed = code.trim_end_matches(|c: char| c.is_ascii_digit());
    if trimmed.is_empty() { code } else { trimmed }
}

fn find(table: &[(&str, &'static str)], code: &str) -> Option<&'static str> {
    let code = without_term(code);
    table.iter().find(|(c, _)| *c == code).map(|(_, n)| *n)
}

/// The body a code names in the whole country: `CP` → `Chính phủ`, `QH15` → `Quốc hội`,
/// `BNN&MT` → `Bộ Nông nghiệp và Môi trường`.
pub(crate) fn national(code: &str) -> Option<&'static str> {
    find(NATIONAL, code)
}

/// The Party's or a mass organisation's central body a code names: `TW` → `Trung ương
/// Đảng`, `BTCTW` → `Ban Tổ chức Trung ương`, `TWĐTN` → `Trung ương Đoàn`.
pub(crate) fn central_party(code: &str) -> Option<&'static str> {
    find(CENTRAL_PARTY, code)
}

/// A Party committee of a place by its code (`TU` → `Tỉnh ủy`), and whether the province's
/// name completes it.
pub(crate) fn local_party(code: &str) -> Option<(&'static str, bool)> {
    LOCAL_PARTY
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, n, p)| (*n, *p))
}

/// A provincial department by its code: `STC` → `Sở Tài chính`.
pub(crate) fn provincial(code: &str) -> Option<&'static str> {
    find(PROVINCIAL, code)
}

/// Whether `code` is the code of a Youth Union central body followed by a unit, glued
/// together when a conversion lost the hyphen (`TWĐTNTNTH`, `TĐTNĐKT`): the two parts.
pub(crate) fn split_glued_unit(code: &str) -> Option<(&'static str, &str)> {
    ["TWĐTN", "TĐTN"].into_iter().find_map(|prefix| {
        code.strip_prefix(prefix)
            .filter(|rest| rest.chars().count() >= 2)
            .map(|rest| (prefix, rest))
    })
}

/// The province (or centrally-run city) whose name `name` starts with, longest first:
/// `Bình Phước Thành` → `Bình Phước`. Compared case-blind.
pub(crate) fn province_prefix(name: &str) -> Option<&'static str> {
    let lower = name.to_lowercase();
    PROVINCES
        .iter()
        .filter(|(p, _)| {
            let p = p.to_lowercase();
            lower == p || lower.starts_with(&format!("{p} "))
        })
        .map(|(p, _)| *p)
        .max_by_key(|p| p.len())
}

/// The province a name broken at a line end stands for (`Thừa` → `Thừa Thiên Huế`): the
/// province in context when the name begins it, else the one province the name begins.
pub(crate) fn complete_province(name: &str, in_context: Option<&str>) -> Option<&'static str> {
    let lower = name.to_lowercase();
    let begins = |p: &str| p.to_lowercase().starts_with(&format!("{lower} "));
    if let Some(ctx) = in_context
        && begins(ctx)
    {
        return PROVINCES.iter().map(|(p, _)| *p).find(|p| *p == ctx);
    }
    let mut found = PROVINCES.iter().map(|(p, _)| *p).filter(|p| begins(p));
    match (found.next(), found.next()) {
        (Some(p), None) => Some(p),
        _ => None,
    }
}

/// Whether a province name is a centrally-run city (`Hà Nội`), whose level word is
/// `thành phố`.
pub(crate) fn is_city(province: &str) -> bool {
    PROVINCES.iter().any(|(p, city)| *city && *p == province)
}

/// The level word of a province: `thành phố` for a centrally-run city, else `tỉnh`.
pub(crate) fn province_level(province: &str) -> &'static str {
    if is_city(province) {
        "thành phố"
    } else {
        "tỉnh"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_name_bodies() {
        assert_eq!(national("QH15"), Some("Quốc hội"));
        assert_eq!(national("UBTVQH14"), Some("Ủy ban Thường vụ Quốc hội"));
        assert_eq!(national("BNN&MT"), Some("Bộ Nông nghiệp và Môi trường"));
        assert_eq!(central_party("BTCTW"), Some("Ban Tổ chức Trung ương"));
        assert_eq!(provincial("STC"), Some("Sở Tài chính"));
        assert_eq!(local_party("TU"), Some(("Tỉnh ủy", true)));
        assert_eq!(national("UBND"), None);
    }

    #[test]
    fn provinces_cut_run_on_names() {
        assert_eq!(province_prefix("Bình Phước Thành"), Some("Bình Phước"));
        assert_eq!(province_prefix("Thừa Thiên Huế"), Some("Thừa Thiên Huế"));
        assert_eq!(province_prefix("Tân Phú"), None);
        assert_eq!(complete_province("Thừa", None), Some("Thừa Thiên Huế"));
        assert_eq!(complete_province("Hải", None), None);
        assert_eq!(
            complete_province("Hải", Some("Hải Phòng")),
            Some("Hải Phòng")
        );
        assert_eq!(province_level("Hà Nội"), "thành phố");
        assert_eq!(province_level("Bắc Ninh"), "tỉnh");
    }

    #[test]
    fn glued_units_split() {
        assert_eq!(split_glued_unit("TWĐTNTNTH"), Some(("TWĐTN", "TNTH")));
        assert_eq!(split_glued_unit("TWĐTN"), None);
    }
}
