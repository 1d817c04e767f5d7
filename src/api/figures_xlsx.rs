//! Compiled indicators as an `.xlsx` workbook (rust_xlsxwriter: officials open the numbers
//! in Excel to write their own report; a CSV loses the sheets, the number types and the
//! flags' colour).

use rust_xlsxwriter::{Color, Format, Workbook, XlsxError};
use tracuu_index::{Cell, Compiled, Flag};

/// The Vietnamese words for a flag.
pub fn flag_label(f: Flag) -> &'static str {
    match f {
        Flag::PartExceedsWhole => "phần lớn hơn tổng",
        Flag::PercentDisagrees => "tỷ lệ lệch với số liệu",
        Flag::ImpossibleChange => "thay đổi bất thường so với kỳ trước",
        Flag::NoReport => "không có báo cáo",
        Flag::NotRecomputable => "không tính lại được",
    }
}

/// One sheet per compiled indicator: units down, periods across, the parent's row last.
pub fn workbook(compiled: &[Compiled]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let flagged = Format::new().set_font_color(Color::Red).set_bold();
    for c in compiled {
        let sheet = book.add_worksheet();
        sheet.set_name(c.code.chars().take(31).collect::<String>())?;
        sheet.write_string_with_format(0, 0, format!("{} ({})", c.name, c.unit), &bold)?;
        sheet.write_string_with_format(2, 0, "Đơn vị", &bold)?;
        for (k, p) in c.periods.iter().enumerate() {
            sheet.write_string_with_format(2, k as u16 + 1, &p.label, &bold)?;
        }
        let notes_col = c.periods.len() as u16 + 1;
        sheet.write_string_with_format(2, notes_col, "Cảnh báo", &bold)?;
        sheet.set_column_width(0, 32)?;
        for (r, row) in c.rows.iter().chain([&c.total]).enumerate() {
            let at = r as u32 + 3;
            sheet.write_string(at, 0, &row.unit)?;
            let mut notes = Vec::new();
            for (k, cell) in row.cells.iter().enumerate() {
                let col = k as u16 + 1;
                write_cell(sheet, at, col, cell, &flagged)?;
                for f in &cell.flags {
                    notes.push(format!("{}: {}", c.periods[k].label, flag_label(*f)));
                }
            }
            if !notes.is_empty() {
                sheet.write_string(at, notes_col, notes.join("; "))?;
            }
        }
    }
    book.save_to_buffer()
}

fn write_cell(
    sheet: &mut rust_xlsxwriter::Worksheet,
    row: u32,
    col: u16,
    cell: &Cell,
    flagged: &Format,
) -> Result<(), XlsxError> {
    if let Some(codes) = &cell.codes {
        let text = codes
            .iter()
            .map(|(k, n)| format!("{k}: {n}"))
            .collect::<Vec<_>>()
            .join("; ");
        sheet.write_string(row, col, text)?;
    } else if let Some(v) = cell.value {
        if cell.flags.is_empty() {
            sheet.write_number(row, col, v)?;
        } else {
            sheet.write_number_with_format(row, col, v, flagged)?;
        }
    }
    Ok(())
}
