//! Text for the terminal and the exports: dates as Vietnamese readers write them.

/// An ISO date as Vietnamese readers write it: `2024-06-15` → `15/06/2024`, `2024-08` →
/// `08/2024`, `2024` → `2024`; anything else is returned as it is.
pub fn vn_date(iso: &str) -> String {
    let parts: Vec<&str> = iso.trim().split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => format!("{d}/{m}/{y}"),
        [y, m] if digits(y, 4) && digits(m, 2) => format!("{m}/{y}"),
        _ => iso.to_string(),
    }
}

/// The year, month and day of a full ISO date (`2024-06-15`); `None` for a partial or
/// malformed one.
pub fn ymd(iso: &str) -> Option<(u16, u8, u8)> {
    let mut parts = iso.trim().split('-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let d = parts.next()?.parse().ok()?;
    if parts.next().is_some() || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some((y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_day_first() {
        assert_eq!(vn_date("2024-06-15"), "15/06/2024");
        assert_eq!(vn_date("2024-08"), "08/2024");
        assert_eq!(vn_date("2024"), "2024");
        assert_eq!(vn_date("hôm qua"), "hôm qua");
        assert_eq!(ymd("2024-06-15"), Some((2024, 6, 15)));
        assert_eq!(ymd("2024-08"), None);
        assert_eq!(ymd("2024-13-01"), None);
    }
}
