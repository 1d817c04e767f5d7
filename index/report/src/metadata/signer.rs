//! The signature block: role lines in capitals (`TM. ỦY BAN NHÂN DÂN`, `KT. BỘ TRƯỞNG`,
//! `THỨ TRƯỞNG`), then, after a seal or `(Đã ký)`, the signer's name, maybe broken over two
//! lines or in capitals.

use super::super::Signer;
use super::super::text::{Line, collapse, is_upper, title_case};
use super::SURNAMES;
use super::header::clean_line;

/// How a role block starts: `TM.`, `T/M`, `KT.`, `TL.`, `TUQ.`, `Q.`.
const ROLE_PREFIXES: &[&str] = &[
    "TM.", "T/M", "T.M", "KT.", "K/T", "TL.", "T/L", "TUQ.", "Q.",
];

/// Words of a signer's role.
const ROLE_WORDS: &[&str] = &[
    "CHỦ TỊCH",
    "TRƯỞNG",
    "THỦ TƯỚNG",
    "BÍ THƯ",
    "GIÁM ĐỐC",
    "CHÁNH VĂN PHÒNG",
    "CHỦ NHIỆM",
    "CHÁNH ÁN",
    "TỔNG KIỂM TOÁN",
    "THỦ TRƯỞNG",
];

/// Lines a signature block may hold between the role and the name.
fn is_filler(cleaned: &str) -> bool {
    let lower = cleaned.to_lowercase();
    cleaned.is_empty()
        || cleaned.chars().all(|c| !c.is_alphanumeric())
        || lower.starts_with("(đã ký")
        || lower.starts_with("đã ký")
        || lower.starts_with("(ký")
        || lower.starts_with("ký tên")
        || lower.starts_with("(chữ ký")
        || lower.starts_with("[")
        // The rest of a distribution list printed beside the role, in flattened columns.
        || cleaned.starts_with("- ")
}

fn is_role_start(cleaned: &str) -> bool {
    ROLE_PREFIXES.iter().any(|p| cleaned.starts_with(p))
        || ROLE_WORDS.iter().any(|w| cleaned.contains(w))
}

fn is_role_line(cleaned: &str) -> bool {
    is_upper(cleaned)
        && cleaned.chars().count() <= 100
        && !cleaned.chars().any(|c| c.is_ascii_digit())
        && !cleaned.starts_with("NƠI NHẬN")
}

/// Ranks and titles printed before a signer's name (`Thượng tướng Vũ Văn A`).
const RANKS: &[&str] = &[
    "Đại tướng",
    "Thượng tướng",
    "Trung tướng",
    "Thiếu tướng",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
    "Thiếu tá",
    "GS.TS.",
    "PGS.TS.",
    "GS.TS",
    "PGS.TS",
    "TS.",
    "ThS.",
    "BS.",
];

/// A person's name: two to five capitalised syllables. In capitals, or after no role, the
/// first must be a family name (a role line in capitals is also capitalised words).
pub(crate) fn person(cleaned: &str) -> Option<String> {
    name_of(cleaned, false)
}

fn name_of(cleaned: &str, after_role: bool) -> Option<String> {
    let mut cleaned = strip_signed(cleaned);
    for rank in RANKS {
        if let Some(rest) = cleaned.strip_prefix(rank) {
            cleaned = rest.trim().to_string();
            break;
        }
    }
    let words: Vec<&str> = cleaned.split(' ').filter(|w| !w.is_empty()).collect();
    if !(2..=5).contains(&words.len()) {
        return None;
    }
    let capitalised = words.iter().all(|w| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_alphabetic)
    });
    if !capitalised {
        return None;
    }
    let upper = is_upper(&cleaned);
    let name = if upper {
        title_case(&cleaned)
    } else {
        if words
            .iter()
            .any(|w| w.chars().skip(1).any(char::is_uppercase))
        {
            return None;
        }
        cleaned.clone()
    };
    let first = name.split(' ').next()?;
    (SURNAMES.contains(&first) || (after_role && !upper)).then_some(name)
}

/// `( Đã ký) Nguyễn Văn A` → `Nguyễn Văn A`.
fn strip_signed(cleaned: &str) -> String {
    let t = cleaned.trim();
    if let Some(rest) = t.strip_prefix('(')
        && let Some(close) = rest.find(')')
    {
        let inside = rest[..close].to_lowercase();
        if inside.contains("ký") || inside.contains("ấn") {
            return collapse(&rest[close + 1..]);
        }
    }
    t.to_string()
}

/// The first signature block in `text[from..to]`: role lines, then the name.
pub(crate) fn block(text: &str, lines: &[Line], from: usize, to: usize) -> Option<Signer> {
    let raw: Vec<&str> = lines
        .iter()
        .filter(|l| l.start >= from && l.end <= to)
        .map(|l| l.text(text))
        .collect();
    // In a table, the signature is the last cell of its rows.
    let cleaned: Vec<String> = raw
        .iter()
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            // A paragraph is never part of a signature: only short lines are cleaned.
            // Two columns flattened with a tab (`- Như trên;\tKT. GIÁM ĐỐC`): the right one.
            let tabbed = l.rsplit('\t').map(str::trim).find(|c| !c.is_empty());
            match cells.iter().rev().find(|c| !c.is_empty()) {
                Some(last) if cells.len() >= 3 && last.len() <= 300 => clean_line(last),
                _ if l.contains('\t') && l.len() <= 300 => clean_line(tabbed.unwrap_or("")),
                _ if l.len() <= 300 => clean_line(l),
                _ => String::new(),
            }
        })
        .collect();
    let mut i = 0;
    while i < cleaned.len() {
        let line = &cleaned[i];
        if let Some(signer) = inline(line) {
            return Some(signer);
        }
        if line.starts_with('(') && strip_signed(line) != *line {
            // `(Đã ký) Lê Văn A` with its role lost in the conversion.
            if let Some(name) = name_of(line, true) {
                return Some(Signer { name, role: None });
            }
        }
        if !(is_role_line(line) && is_role_start(line)) {
            i += 1;
            continue;
        }
        let mut role = vec![line.clone()];
        let mut j = i + 1;
        while j < cleaned.len() && role.len() < 6 {
            let l = &cleaned[j];
            if is_filler(l) {
                j += 1;
                continue;
            }
            if person(l).is_some() {
                break;
            }
            if is_role_line(l) {
                // A role line; unless it is a name in capitals split over two lines.
                role.push(l.clone());
                j += 1;
                continue;
            }
            break;
        }
        // The name: one line, or two when its bold is left open on the first (`**Nguyễn
        // Văn` / `An**`) or the first holds one word (`Vũ` / `Chiến Thắng`).
        let name = cleaned.get(j).and_then(|l| {
            let next = cleaned.get(j + 1);
            let open = raw[j].matches("**").count() % 2 == 1;
            let joined = next
                .filter(|_| open || l.split(' ').count() == 1)
                .and_then(|n| name_of(&format!("{l} {n}"), true));
            joined.or_else(|| name_of(l, true))
        });
        if let Some(name) = name {
            return Some(Signer {
                name,
                role: Some(collapse(&role.join(" "))),
            });
        }
        i = j.max(i + 1);
    }
    None
}

/// A role and a name on one line (a table cell flattened): `THỦ TƯỚNG Nguyễn Văn A`.
fn inline(line: &str) -> Option<Signer> {
    let words: Vec<&str> = line.split(' ').collect();
    let caps = words
        .iter()
        .take_while(|w| !w.chars().any(char::is_lowercase))
        .count();
    if caps < 2 || caps == words.len() {
        return None;
    }
    let role = words[..caps].join(" ");
    if !(is_role_line(&role) && is_role_start(&role)) {
        return None;
    }
    let name = name_of(&words[caps..].join(" "), true)?;
    Some(Signer {
        name,
        role: Some(role),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines;

    fn sign(text: &str) -> Option<Signer> {
        block(text, &lines(text), 0, text.len())
    }

    #[test]
    fn roles_and_names_in_every_layout() {
        let s = sign("Nơi nhận:\n- Như trên;\n|\n**TL. CỤC TRƯỞNG**\nKT. TRƯỞNG BAN PHÁP CHẾ\nPHÓ TRƯỞNG BAN\n\nLê Thị Hoa\n|\n").unwrap();
        assert_eq!(s.name, "Lê Thị Hoa");
        assert_eq!(
            s.role.as_deref(),
            Some("TL. CỤC TRƯỞNG KT. TRƯỞNG BAN PHÁP CHẾ PHÓ TRƯỞNG BAN")
        );
        let s = sign("**KT. BỘ TRƯỞNG**\nTHỨ TRƯỞNG\n**Vũ\nVăn Hòa**\n").unwrap();
        assert_eq!(s.name, "Vũ Văn Hòa");
        let s = sign("**T/M ỦY\nBAN NHÂN DÂN**\nCHỦ TỊCH\n( Đã ký) Trần Văn Nam\n").unwrap();
        assert_eq!(s.name, "Trần Văn Nam");
        assert_eq!(s.role.as_deref(), Some("T/M ỦY BAN NHÂN DÂN CHỦ TỊCH"));
        let s = sign("TM. BAN BÍ THƯ\nBÍ THƯ\n(đã ký)\n\nNGUYỄN VĂN AN\n").unwrap();
        assert_eq!(s.name, "Nguyễn Văn An");
        assert!(sign("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức\n").is_none());
        let s =
            sign("| Nơi nhận: - Như trên; | TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Hà Văn Tư |\n").unwrap();
        assert_eq!(s.name, "Hà Văn Tư");
        assert_eq!(s.role.as_deref(), Some("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"));
        // Two columns flattened with a tab: the distribution list beside the role.
        let s = sign(
            "Nơi nhận:\tKT. GIÁM ĐỐC\n- Như trên;\tPHÓ GIÁM ĐỐC\n- Lưu: VT.\n\nTrịnh Văn Lâm\n",
        )
        .unwrap();
        assert_eq!(s.name, "Trịnh Văn Lâm");
        assert_eq!(s.role.as_deref(), Some("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"));
    }
}
