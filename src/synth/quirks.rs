//! Text quirks of converted documents, applied to a finished report:
//! decomposed Unicode, PDF line breaks and `ƣ`, old tone placement and
//! footnote markers; plus the ASCII slug used in file names.

use super::rng::Rng;

/// The Vietnamese vowels with their five tones, one row per base letter:
/// row `[plain, grave, acute, hook, tilde, dot below]`.
const ROWS: [(&str, char, Option<char>); 24] = [
    ("aàáảãạ", 'a', None),
    ("ăằắẳẵặ", 'a', Some('\u{306}')),
    ("âầấẩẫậ", 'a', Some('\u{302}')),
    ("eèéẻẽẹ", 'e', None),
    ("êềếểễệ", 'e', Some('\u{302}')),
    ("iìíỉĩị", 'i', None),
    ("oòóỏõọ", 'o', None),
    ("ôồốổỗộ", 'o', Some('\u{302}')),
    ("ơờớởỡợ", 'o', Some('\u{31B}')),
    ("uùúủũụ", 'u', None),
    ("ưừứửữự", 'u', Some('\u{31B}')),
    ("yỳýỷỹỵ", 'y', None),
    ("AÀÁẢÃẠ", 'A', None),
    ("ĂẰẮẲẴẶ", 'A', Some('\u{306}')),
    ("ÂẦẤẨẪẬ", 'A', Some('\u{302}')),
    ("EÈÉẺẼẸ", 'E', None),
    ("ÊỀẾỂỄỆ", 'E', Some('\u{302}')),
    ("IÌÍỈĨỊ", 'I', None),
    ("OÒÓỎÕỌ", 'O', None),
    ("ÔỒỐỔỖỘ", 'O', Some('\u{302}')),
    ("ƠỜỚỞỠỢ", 'O', Some('\u{31B}')),
    ("UÙÚỦŨỤ", 'U', None),
    ("ƯỪỨỬỮỰ", 'U', Some('\u{31B}')),
    ("YỲÝỶỸỴ", 'Y', None),
];

const TONES: [Option<char>; 6] = [
    None,
    Some('\u{300}'),
    Some('\u{301}'),
    Some('\u{309}'),
    Some('\u{303}'),
    Some('\u{323}'),
];

type Parts = (char, Option<char>, Option<char>);

/// Every precomposed vowel with its parts, sorted for binary search.
fn table() -> &'static [(char, Parts)] {
    static TABLE: std::sync::OnceLock<Vec<(char, Parts)>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: Vec<(char, Parts)> = ROWS
            .iter()
            .flat_map(|&(row, base, modifier)| {
                row.chars()
                    .enumerate()
                    .map(move |(i, c)| (c, (base, modifier, TONES[i])))
            })
            .filter(|(c, _)| !c.is_ascii())
            .collect();
        t.sort_unstable_by_key(|(c, _)| *c);
        t
    })
}

/// `(base, modifier, tone)` of a precomposed Vietnamese vowel.
fn parts(c: char) -> Option<Parts> {
    if c < '\u{C0}' {
        return None;
    }
    let t = table();
    t.binary_search_by_key(&c, |(x, _)| *x).ok().map(|i| t[i].1)
}

/// Canonical decomposition (NFD) of Vietnamese text: marks in canonical
/// order (horn 216, dot below 220, then circumflex/breve and tone 230).
pub(crate) fn nfd(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    for c in text.chars() {
        match parts(c) {
            Some((base, modifier, tone)) => {
                out.push(base);
                if modifier == Some('\u{31B}') {
                    out.push('\u{31B}');
                }
                if tone == Some('\u{323}') {
                    out.push('\u{323}');
                }
                if let Some(m) = modifier.filter(|m| *m != '\u{31B}') {
                    out.push(m);
                }
                if let Some(t) = tone.filter(|t| *t != '\u{323}') {
                    out.push(t);
                }
            }
            None => out.push(c),
        }
    }
    out
}

/// `xa-luc-binh` from `xã Lục Bình`: ASCII, lower case, hyphens.
pub(crate) fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        let base = match c {
            'đ' | 'Đ' => 'd',
            _ => parts(c).map_or(c, |(b, _, _)| b),
        };
        if base.is_ascii_alphanumeric() {
            out.push(base.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// `hòa` → `hoà`, `hóa` → `hoá`, `thủy` → `thuỷ`, `Ủy` → `Uỷ`: the tone
/// moved to the second vowel, the older placement.
pub(crate) fn old_tone(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut it = text.chars().peekable();
    while let Some(c) = it.next() {
        if let (Some((base, tone)), Some(&next)) = (toned_o_or_u(c), it.peek()) {
            let pair = matches!(
                (base.to_ascii_lowercase(), next.to_ascii_lowercase()),
                ('o', 'a') | ('o', 'e') | ('u', 'y')
            );
            let mut after = it.clone();
            after.next();
            let ends = after.peek().is_none_or(|c| !c.is_alphabetic());
            if let (true, true, Some(moved)) = (pair, ends, with_tone(next, tone)) {
                out.push(base);
                out.push(moved);
                it.next();
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// `ò` → `('o', 1)`: an `o` or `u` carrying a tone (index into a row).
fn toned_o_or_u(c: char) -> Option<(char, usize)> {
    const O: [char; 5] = ['ò', 'ó', 'ỏ', 'õ', 'ọ'];
    const U: [char; 5] = ['ù', 'ú', 'ủ', 'ũ', 'ụ'];
    const OU: [char; 5] = ['Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'];
    const UU: [char; 5] = ['Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'];
    for (set, base) in [(O, 'o'), (U, 'u'), (OU, 'O'), (UU, 'U')] {
        if let Some(i) = set.iter().position(|x| *x == c) {
            return Some((base, i + 1));
        }
    }
    None
}

/// The plain vowel `v` with tone number `tone` (`1..=5`).
fn with_tone(v: char, tone: usize) -> Option<char> {
    ROWS.iter()
        .find(|(_, b, m)| *b == v && m.is_none())
        .and_then(|(row, _, _)| row.chars().nth(tone))
}

const NOTES: &[(&str, &str)] = &[
    (
        "hồ sơ",
        "Bao gồm hồ sơ tiếp nhận trực tiếp, trực tuyến và qua dịch vụ bưu chính công ích.",
    ),
    (
        "thủ tục hành chính",
        "Theo danh mục thủ tục hành chính được Chủ tịch UBND tỉnh công bố.",
    ),
    (
        "dịch vụ công trực tuyến",
        "Số liệu trích xuất từ Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.",
    ),
    (
        "Bộ phận một cửa",
        "Bộ phận Tiếp nhận và trả kết quả giải quyết thủ tục hành chính.",
    ),
    (
        "biên chế",
        "Không bao gồm người hoạt động không chuyên trách.",
    ),
];

/// Footnote markers glued to words (`hồ sơ¹`), the notes at the end, and
/// the `Bru điện` misprint of `Bưu điện`.
pub(crate) fn footnotes(text: &str, rng: &mut Rng) -> String {
    const MARKS: [char; 3] = ['¹', '²', '³'];
    let mut out = text.replace("Bưu điện", "Bru điện");
    let mut start = out.len() / 5;
    while !out.is_char_boundary(start) {
        start += 1;
    }
    let mut found: Vec<(usize, &str)> = Vec::new();
    for &i in &rng.sample(NOTES.len(), 3) {
        let (word, note) = NOTES[i];
        let Some(pos) = out[start..].find(word).map(|p| p + start + word.len()) else {
            continue;
        };
        let glued_to_letter = out[pos..].chars().next().is_some_and(char::is_alphabetic);
        if !glued_to_letter && found.iter().all(|(p, _)| *p != pos) {
            found.push((pos, note));
        }
    }
    // Number the markers in text order, inserting from the end so earlier
    // positions stay valid.
    found.sort_unstable();
    for (k, (pos, _)) in found.iter().enumerate().rev() {
        out.insert(*pos, MARKS[k]);
    }
    if !found.is_empty() {
        out.push('\n');
        for (k, (_, note)) in found.iter().enumerate() {
            out.push(MARKS[k]);
            out.push(' ');
            out.push_str(note);
            out.push('\n');
        }
    }
    out
}

/// PDF extraction: lines hard-wrapped at about 80 characters with a blank
/// line after each, codes broken after a hyphen, `ư` printed as `ƣ`.
pub(crate) fn pdf(text: &str, rng: &mut Rng) -> String {
    let width = 74 + rng.below(12);
    let mut out = String::with_capacity(text.len() * 5 / 4);
    for line in text.lines() {
        if line.trim().is_empty() {
            out.push_str(" \n");
            continue;
        }
        let mut current = String::new();
        let mut len = 0usize;
        for word in line.split(' ') {
            let wl = word.chars().count();
            if len > 0 && len + 1 + wl > width {
                // A code like `03/KH-UBND` breaks after its hyphen when the
                // head still fits, as PDF text extraction does.
                if let Some(h) = word.rfind('-').filter(|&h| h > 0 && h + 1 < word.len()) {
                    let head = &word[..=h];
                    if len + 1 + head.chars().count() <= width && head.contains('/') {
                        current.push(' ');
                        current.push_str(head);
                        out.push_str(&current);
                        out.push_str("\n\n");
                        current = word[h + 1..].to_string();
                        len = current.chars().count();
                        continue;
                    }
                }
                out.push_str(&current);
                out.push_str(" \n\n");
                current.clear();
                len = 0;
            }
            if len > 0 {
                current.push(' ');
                len += 1;
            }
            current.push_str(word);
            len += wl;
        }
        out.push_str(&current);
        // A line cut after a hyphen has no trailing space.
        out.push_str(if current.ends_with('-') {
            "\n\n"
        } else {
            " \n\n"
        });
    }
    out.replace('ư', "ƣ").replace('Ư', "Ƣ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfd_orders_marks_canonically() {
        assert_eq!(nfd("ậ"), "a\u{323}\u{302}");
        assert_eq!(nfd("ợ"), "o\u{31B}\u{323}");
        assert_eq!(nfd("ấ"), "a\u{302}\u{301}");
        assert_eq!(nfd("ờ"), "o\u{31B}\u{300}");
        assert_eq!(nfd("Đồng"), "Đo\u{302}\u{300}ng");
        assert_eq!(nfd("abc 05/KH"), "abc 05/KH");
        assert!(nfd("Ủy ban nhân dân").chars().count() > "Ủy ban nhân dân".chars().count());
    }

    #[test]
    fn nfd_matches_the_decomposition_of_every_row() {
        // Each precomposed letter decomposes to its base plus 1–2 marks.
        for (row, base, _) in ROWS {
            for c in row.chars().skip(1) {
                let d: Vec<char> = nfd(&c.to_string()).chars().collect();
                assert_eq!(d[0], base);
                assert!((2..=3).contains(&d.len()), "{c}");
            }
        }
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slug("xã Lục Bình"), "xa-luc-binh");
        assert_eq!(slug("thị xã Điện Bàn"), "thi-xa-dien-ban");
        assert_eq!(slug("Phường 1"), "phuong-1");
        assert_eq!(slug("thị trấn Tằng Loỏng"), "thi-tran-tang-loong");
    }

    #[test]
    fn old_tone_moves_marks_only_at_word_end() {
        assert_eq!(
            old_tone("hòa giải, hóa đơn, thủy lợi"),
            "hoà giải, hoá đơn, thuỷ lợi"
        );
        assert_eq!(old_tone("Ủy ban"), "Uỷ ban");
        assert_eq!(old_tone("hoàn thành quý"), "hoàn thành quý");
        assert_eq!(old_tone("khỏe"), "khoẻ");
    }

    #[test]
    fn pdf_wraps_and_maps_u_horn() {
        let line = "Kế hoạch số 03/KH-UBND ngày 11/01/2021 về tự kiểm tra, rà soát và hệ thống hóa văn bản quy phạm pháp luật của xã Lương Sơn năm 2021";
        let mut rng = Rng::new(1);
        let out = pdf(line, &mut rng);
        assert!(out.contains('ƣ'));
        assert!(!out.contains('ư'));
        for l in out.lines() {
            assert!(l.chars().count() <= 90, "{l}");
        }
        assert!(out.contains(" \n\n"));
        let line = format!("{} số 03/KH-UBND ngày 11/01/2021", "x".repeat(70));
        let cuts: Vec<String> = (0..40)
            .map(|seed| pdf(&line, &mut Rng::new(seed)))
            .collect();
        assert!(
            cuts.iter().any(|c| c.contains("03/KH-\n\nUBND")),
            "{cuts:?}"
        );
        assert!(cuts.iter().all(|c| !c.contains("03/KH- ")), "{cuts:?}");
    }

    #[test]
    fn footnote_markers_are_glued_and_numbered_in_order() {
        let text = format!(
            "{}Bộ phận một cửa đã tiếp nhận 120 hồ sơ thủ tục hành chính, qua Bưu điện 3 hồ sơ, qua dịch vụ công trực tuyến 40 hồ sơ; biên chế 20 người.",
            "x ".repeat(10)
        );
        for seed in 0..20 {
            let out = footnotes(&text, &mut Rng::new(seed));
            assert!(out.contains("Bru điện"));
            let one = out.find('¹').expect("a first marker");
            let two = out.find('²').expect("a second marker");
            assert!(one < two, "{out}");
            assert!(out.contains("\n¹ ") && out.contains("\n² "), "{out}");
        }
    }
}
