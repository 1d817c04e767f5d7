//! Calendar dates as reports write them.

use super::rng::Rng;

/// A calendar date (proleptic Gregorian, no time of day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year, e.g. `2024`.
    pub year: u16,
    /// The month, `1..=12`.
    pub month: u8,
    /// The day of the month, `1..=31`.
    pub day: u8,
}

impl Date {
    /// The date `year-month-day` (not validated: callers build real dates).
    pub const fn new(year: u16, month: u8, day: u8) -> Self {
        Self { year, month, day }
    }

    /// A random day of `month` in `year`, between `from` and `to` (clamped
    /// to the month's length).
    pub(crate) fn random_in(rng: &mut Rng, year: u16, month: u8, from: u8, to: u8) -> Self {
        let last = days_in_month(year, month);
        let to = to.min(last);
        let from = from.clamp(1, to);
        Self::new(year, month, rng.range(u32::from(from), u32::from(to)) as u8)
    }

    /// A random day between `from` and `to` of a random month in
    /// `first..=last` of `year`.
    pub(crate) fn random_months(
        rng: &mut Rng,
        year: u16,
        first: u8,
        last: u8,
        from: u8,
        to: u8,
    ) -> Self {
        let month = rng.range(u32::from(first), u32::from(last)) as u8;
        Self::random_in(rng, year, month, from, to)
    }

    /// `09/8/2024`: day padded, month not.
    pub(crate) fn slash(&self) -> String {
        format!("{:02}/{}/{}", self.day, self.month, self.year)
    }

    /// `10/06/2023`: both padded.
    pub(crate) fn slash_padded(&self) -> String {
        format!("{:02}/{:02}/{}", self.day, self.month, self.year)
    }

    /// `15 tháng 7 năm 2024`.
    pub(crate) fn words(&self) -> String {
        format!("{:02} tháng {} năm {}", self.day, self.month, self.year)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_written_forms() {
        let d = Date::new(2024, 8, 9);
        assert_eq!(d.slash(), "09/8/2024");
        assert_eq!(d.slash_padded(), "09/08/2024");
        assert_eq!(d.words(), "09 tháng 8 năm 2024");
        assert_eq!(d.to_string(), "2024-08-09");
    }

    #[test]
    fn random_day_stays_in_month() {
        let mut rng = Rng::new(5);
        for _ in 0..500 {
            let d = Date::random_in(&mut rng, 2023, 2, 20, 31);
            assert!((20..=28).contains(&d.day));
        }
    }
}
