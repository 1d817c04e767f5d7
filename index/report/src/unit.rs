//! Administrative units as written in reports: `xã Lục Bình`, `UBND huyện Ân Thi`, `PHƯỜNG HƯƠNG XUÂN`.

use super::text::{collapse, title_case};
use super::{Unit, UnitLevel};

/// Regex alternatives for a unit level, longest first (`thị xã` before `xã`); use with `(?i)`.
pub(crate) const LEVEL: &str = r"thị\s+xã|thị\s+trấn|thành\s+phố|xã|phường|huyện|quận|tỉnh";

/// Regex for a proper name after a level: up to four capitalised syllables, or a ward number.
pub(crate) const NAME: &str = r"(?-i:\p{Lu}\p{Ll}*\b(?: +\p{Lu}\p{Ll}*\b){0,3}|[0-9]{1,2}\b)";

/// Capitalised words that begin a sentence or a phrase, never a place name.
const NOT_NAME: &[&str] = &[
    // `V/v` (về việc) after a level word: `của UBND tỉnh V/v …`.
    "V",
    "Căn",
    "Về",
    "Trong",
    "Tại",
    "Theo",
    "Thực",
    "Và",
    "Năm",
    "Quý",
    "Kế",
    "Quyết",
    "Ban",
    "Phòng",
    "Ủy",
    "Uỷ",
    "Báo",
    "Xin",
    "Đã",
    "Để",
    "Sau",
    "Nhân",
    "Vậy",
    "Trên",
    "Chủ",
    "Đảng",
    "Nghị",
    "Chỉ",
    "Số",
    "Kính",
    "Ngày",
    "Giai",
    "Đến",
    "Từ",
    "Đối",
    "Các",
    "Những",
    "Cơ",
    "Bộ",
    "Sở",
    "Trang",
    "Cổng",
    "Hệ",
    "Huyện",
    "Tỉnh",
    "Xã",
    "Phường",
    "Quận",
    "Nơi",
    "Lưu",
    "Trưởng",
    "Phó",
    "Gửi",
    "Tiếp",
    "UBND",
    "HĐND",
];

/// The level named by `s` (`Thị xã`, `PHƯỜNG`, `thành  phố` …).
pub(crate) fn parse_level(s: &str) -> Option<UnitLevel> {
    let lower = collapse(&s.to_lowercase());
    Some(match lower.as_str() {
        "xã" => UnitLevel::Xa,
        "phường" => UnitLevel::Phuong,
        "thị trấn" => UnitLevel::ThiTran,
        "huyện" => UnitLevel::Huyen,
        "quận" => UnitLevel::Quan,
        "thị xã" => UnitLevel::ThiXa,
        "thành phố" => UnitLevel::ThanhPho,
        "tỉnh" => UnitLevel::Tinh,
        _ => return None,
    })
}

/// The tier of a level: 0 commune, 1 district, 2 province.
pub(crate) fn tier(level: UnitLevel) -> u8 {
    match level {
        UnitLevel::Xa | UnitLevel::Phuong | UnitLevel::ThiTran => 0,
        UnitLevel::Huyen | UnitLevel::Quan | UnitLevel::ThiXa | UnitLevel::ThanhPho => 1,
        UnitLevel::Tinh => 2,
    }
}

/// A proper name as captured by [`NAME`], cut before the first word that cannot be part of a
/// place name; all-capitals names get their usual case. `None` when nothing is left.
pub(crate) fn clean_name(raw: &str) -> Option<String> {
    let words: Vec<&str> = raw
        .split_whitespace()
        .take_while(|w| !NOT_NAME.contains(w))
        .collect();
    if words.is_empty() {
        return None;
    }
    let name = words.join(" ");
    if name.chars().filter(|c| c.is_alphabetic()).count() > 1
        && !name.chars().any(char::is_lowercase)
    {
        Some(title_case(&name))
    } else {
        Some(name)
    }
}

/// A unit from a level word and a raw name.
pub(crate) fn unit(level: &str, name: &str) -> Option<Unit> {
    Some(Unit {
        level: parse_level(level)?,
        name: clean_name(name)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels() {
        assert_eq!(parse_level("Thị  xã"), Some(UnitLevel::ThiXa));
        assert_eq!(parse_level("PHƯỜNG"), Some(UnitLevel::Phuong));
        assert_eq!(parse_level("làng"), None);
    }

    #[test]
    fn names_stop_at_phrase_words() {
        assert_eq!(clean_name("Căn"), None);
        assert_eq!(clean_name("Lục Bình").as_deref(), Some("Lục Bình"));
        assert_eq!(clean_name("HƯƠNG XUÂN").as_deref(), Some("Hương Xuân"));
        assert_eq!(clean_name("2").as_deref(), Some("2"));
    }

    #[test]
    fn unit_display() {
        let u = unit("thị xã", "Duyên Hải").expect("unit");
        assert_eq!(u.display(), "thị xã Duyên Hải");
        assert_eq!(tier(u.level), 1);
    }
}
