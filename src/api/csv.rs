//! CSV that Excel opens correctly: UTF-8 with a byte-order mark, CRLF, quoted fields.

use axum::http::header;
use axum::response::{IntoResponse, Response};

/// A CSV document being written.
pub struct Csv {
    out: String,
}

impl Csv {
    /// A CSV with this header row.
    pub fn new(header: &[&str]) -> Csv {
        let mut csv = Csv {
            out: String::from("\u{feff}"),
        };
        csv.row(&header.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        csv
    }

    /// Appends a row.
    pub fn row(&mut self, cells: &[String]) {
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            self.out.push('"');
            // A leading =, +, - or @ would be read by Excel as a formula.
            if cell.starts_with(['=', '+', '-', '@']) {
                self.out.push('\'');
            }
            self.out.push_str(&cell.replace('"', "\"\""));
            self.out.push('"');
        }
        self.out.push_str("\r\n");
    }

    /// The CSV as a download named `file_name`.
    pub fn into_response(self, file_name: &str) -> Response {
        (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{file_name}\""),
                ),
            ],
            self.out,
        )
            .into_response()
    }
}
