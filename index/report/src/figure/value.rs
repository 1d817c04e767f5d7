//! A printed value, typed: `27`, `1.234` (a thousands dot), `20,5`, `100%`, `10/10`, `01`,
//! `-`, or a code under a legend (`Có = 1; Không = 0`).

use super::IndicatorKind;
use serde::Serialize;

/// Units of measure the form prints, beyond those of the canonical list; a PDF row's unit is
/// recognised among them.
pub(crate) const UNITS: &[&str] = &[
    "%",
    "Văn bản",
    "Nhiệm vụ",
    "Vấn đề",
    "Hồ sơ",
    "Thủ tục",
    "Người",
    "Lượt",
    "Lượt người",
    "Cuộc",
    "Buổi",
    "Lớp",
    "Phiếu",
    "PAKN",
    "Số lượng",
    "Đơn vị",
    "Cơ quan",
    "Cơ quan, đơn vị",
    "Bộ phận, công chức CM",
    "Bộ phận",
    "Triệu đồng",
    "Tỷ đồng",
    "Đồng",
    "Kế hoạch",
    "Tin bài",
    "Tin, bài",
];

/// A typed value.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Value {
    /// A count or an amount.
    Count {
        /// The number.
        value: f64,
    },
    /// A percentage, 0–100.
    Percent {
        /// The number of percent.
        value: f64,
    },
    /// `part/whole` as printed (`10/10` units inspected).
    Ratio {
        /// The part.
        part: f64,
        /// The whole.
        whole: f64,
    },
    /// A code under the row's legend (`Có = 1`).
    Code {
        /// The code.
        value: i64,
        /// Its meaning in the legend, when the legend gives it.
        label: Option<String>,
    },
    /// Nothing written, or `-`.
    Blank,
    /// Words that are none of the above (`Quý IV/2021`, a date).
    Text {
        /// The text.
        text: String,
    },
}

impl Value {
    /// The number a parent row adds up or recomputes from: a count, a percent, a code.
    pub fn number(&self) -> Option<f64> {
        match self {
            Value::Count { value } | Value::Percent { value } => Some(*value),
            Value::Code { value, .. } => Some(*value as f64),
            Value::Ratio { part, .. } => Some(*part),
            Value::Blank | Value::Text { .. } => None,
        }
    }

    /// What the value and its unit say the indicator is; `None` when they say nothing.
    pub fn kind(&self, unit: Option<&str>) -> Option<IndicatorKind> {
        let unit = unit.unwrap_or("").trim();
        if unit == "%" || matches!(self, Value::Percent { .. }) {
            Some(IndicatorKind::Percent)
        } else if !legend(unit).is_empty() || matches!(self, Value::Code { .. }) {
            Some(IndicatorKind::Code)
        } else if !unit.is_empty() || matches!(self, Value::Count { .. } | Value::Ratio { .. }) {
            Some(IndicatorKind::Count)
        } else {
            None
        }
    }
}

/// Whether a word is made of digits and number punctuation (`1.234`, `100%`, `10/10`).
pub(crate) fn is_number_like(w: &str) -> bool {
    !w.is_empty()
        && w.chars().any(|c| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | '/'))
}

/// The codes of a legend: `Có = 1; Không = 0`, `Trực tuyến = 0 Phát phiếu = 1`, `Có/Không`.
pub(crate) fn legend(unit: &str) -> Vec<(String, i64)> {
    let unit = unit.trim();
    if !unit.contains('=') {
        let folded = tracuu_tokenizer::fold(unit).replace(' ', "");
        return if folded == "co/khong" || folded == "khong/co" {
            vec![("Có".to_string(), 1), ("Không".to_string(), 0)]
        } else {
            Vec::new()
        };
    }
    let mut out = Vec::new();
    let mut label = String::new();
    let mut chars = unit.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '=' {
            let mut digits = String::new();
            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                chars.next();
            }
            while let Some(d) = chars.peek().copied().filter(char::is_ascii_digit) {
                digits.push(d);
                chars.next();
            }
            if let Ok(n) = digits.parse() {
                let name = label.trim().trim_matches([';', ',']).trim().to_string();
                out.push((name, n));
            }
            label.clear();
        } else if c == ';' {
            label.clear();
        } else {
            label.push(c);
        }
    }
    out
}

/// A number in Vietnamese print: `.` groups thousands (`1.234`, `15.713`), `,` is the decimal
/// mark; a lone `.` before other than three digits is a decimal point (`20.5`).
fn number(s: &str, percent: bool) -> Option<f64> {
    let s = s.trim();
    if s.is_empty()
        || !s
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let groups: Vec<&str> = s.split('.').collect();
    let thousands = groups.len() > 1
        && !groups[0].is_empty()
        && groups[0].len() <= 3
        && groups[1..]
            .iter()
            .all(|g| g.len() == 3 || (g.len() > 3 && g.as_bytes()[3] == b','));
    let plain = if thousands {
        s.replace('.', "").replace(',', ".")
    } else if s.contains(',') && !s.contains('.') {
        s.replace(',', ".")
    } else {
        s.replace(',', "")
    };
    let v: f64 = plain.parse().ok()?;
    if thousands && percent && v > 100.0 {
        // `1.234 %` cannot be a thousands figure.
        return s.replace(',', "").parse().ok();
    }
    Some(v)
}

/// Types a printed value under its unit of measure.
pub fn parse_value(raw: &str, unit: Option<&str>) -> Value {
    let s = raw.trim();
    let unit = unit.unwrap_or("").trim();
    if s.is_empty() || s.chars().all(|c| matches!(c, '-' | '–' | '—' | '.' | ' ')) {
        return Value::Blank;
    }
    let codes = legend(unit);
    if !codes.is_empty() {
        if let Ok(n) = s.parse::<i64>() {
            let label = codes.iter().find(|(_, v)| *v == n).map(|(l, _)| l.clone());
            return Value::Code { value: n, label };
        }
        let folded = tracuu_tokenizer::fold(s);
        if let Some((l, v)) = codes
            .iter()
            .find(|(l, _)| tracuu_tokenizer::fold(l) == folded)
        {
            return Value::Code {
                value: *v,
                label: Some(l.clone()),
            };
        }
        return Value::Text {
            text: s.to_string(),
        };
    }
    if let Some(v) = s.strip_suffix('%').and_then(|p| number(p, true)) {
        return Value::Percent { value: v };
    }
    if let Some(v) = Some(s)
        .filter(|_| unit == "%")
        .and_then(|s| number(s, true))
    {
        return Value::Percent { value: v };
    }
    if let Some((part, whole)) = s
        .split_once('/')
        .and_then(|(a, b)| Some((number(a, false)?, number(b, false)?)))
    {
        return Value::Ratio { part, whole };
    }
    match number(s, false) {
        Some(v) => Value::Count { value: v },
        None => Value::Text {
            text: s.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(v: f64) -> Value {
        Value::Count { value: v }
    }

    #[test]
    fn numbers_in_vietnamese_print() {
        assert_eq!(parse_value("27", Some("Nhiệm vụ")), count(27.0));
        assert_eq!(parse_value("01", Some("Thủ tục")), count(1.0));
        assert_eq!(parse_value("1.234", Some("Hồ sơ")), count(1234.0));
        assert_eq!(parse_value("12.345.678", None), count(12_345_678.0));
        assert_eq!(parse_value("15.713", Some("Triệu đồng")), count(15713.0));
        assert_eq!(parse_value("2,5", Some("Triệu đồng")), count(2.5));
        assert_eq!(parse_value("1.234,5", None), count(1234.5));
    }

    #[test]
    fn percentages_with_or_without_the_sign() {
        assert_eq!(
            parse_value("100%", Some("%")),
            Value::Percent { value: 100.0 }
        );
        assert_eq!(parse_value("100 %", None), Value::Percent { value: 100.0 });
        assert_eq!(
            parse_value("20.5", Some("%")),
            Value::Percent { value: 20.5 }
        );
        assert_eq!(
            parse_value("97,8", Some("%")),
            Value::Percent { value: 97.8 }
        );
        assert_eq!(
            parse_value("15%", Some("Người")),
            Value::Percent { value: 15.0 }
        );
    }

    #[test]
    fn blanks_ratios_and_text() {
        assert_eq!(parse_value("", Some("%")), Value::Blank);
        assert_eq!(parse_value("-", Some("Hồ sơ")), Value::Blank);
        assert_eq!(
            parse_value("10/10", Some("Bộ phận")),
            Value::Ratio {
                part: 10.0,
                whole: 10.0
            }
        );
        assert!(matches!(
            parse_value("02/01/2020", None),
            Value::Text { .. }
        ));
        assert!(matches!(
            parse_value("Quý IV/2021", None),
            Value::Text { .. }
        ));
    }

    #[test]
    fn codes_under_their_legend() {
        assert_eq!(
            legend("Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2"),
            [
                ("Trực tuyến".to_string(), 0),
                ("Phát phiếu".to_string(), 1),
                ("Kết hợp".to_string(), 2)
            ]
        );
        assert_eq!(
            parse_value("01", Some("Chưa có = 0 Đã có = 1")),
            Value::Code {
                value: 1,
                label: Some("Đã có".to_string())
            }
        );
        assert_eq!(
            parse_value("Có", Some("Có/Không")),
            Value::Code {
                value: 1,
                label: Some("Có".to_string())
            }
        );
        assert_eq!(
            parse_value("1", Some("Hoàn thành = 1; chưa hoàn thành = 0")),
            Value::Code {
                value: 1,
                label: Some("Hoàn thành".to_string())
            }
        );
    }
}
