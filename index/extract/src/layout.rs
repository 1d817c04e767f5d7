//! The text shape every structured format is written into: one paragraph per line with a
//! blank line between paragraphs, soft line breaks kept, and tables as one row per line with
//! cells separated by a tab (a cell spanning `n` columns is followed by `n − 1` empty cells).
//! Paragraph breaks and tabs inside a cell become spaces so a row stays on one line; tables
//! inside a cell are flattened into it.

/// Builds the text of one document.
#[derive(Debug, Default)]
pub(crate) struct TextOut {
    out: String,
    /// A space is owed before the next text on this line.
    space: bool,
    /// Depth of table nesting; only the outermost table makes rows and cells.
    tables: usize,
    /// Inside a cell of the outermost table.
    in_cell: bool,
    /// Cells written on the current row of the outermost table.
    cells: usize,
    /// Inside the outermost table's row.
    in_row: bool,
    /// Grid columns the current cell covers.
    span: usize,
}

impl TextOut {
    /// Appends text, collapsing runs of whitespace into one space.
    pub fn text(&mut self, text: &str) {
        for (i, piece) in text.split(char::is_whitespace).enumerate() {
            if i > 0 {
                self.space = true;
            }
            if piece.is_empty() {
                continue;
            }
            if self.space && !self.at_line_start() {
                self.out.push(' ');
            }
            self.space = false;
            self.out.push_str(piece);
        }
    }

    /// Appends text that ends up glued to the word before it (a footnote mark).
    pub fn glued(&mut self, text: &str) {
        self.space = false;
        self.out.push_str(text);
    }

    /// A space between words (a tab stop outside tables, for instance).
    pub fn space(&mut self) {
        self.space = true;
    }

    fn at_line_start(&self) -> bool {
        self.out.is_empty() || self.out.ends_with('\n') || self.out.ends_with('\t')
    }

    fn trim_trailing_spaces(&mut self) {
        let kept = self.out.trim_end_matches(' ').len();
        self.out.truncate(kept);
        self.space = false;
    }

    /// A line break inside a paragraph (`<br>`, `<w:br/>`).
    pub fn line_break(&mut self) {
        if self.in_cell || (self.tables > 0 && !self.in_row) {
            self.space = true;
            return;
        }
        self.trim_trailing_spaces();
        self.out.push('\n');
    }

    /// The end (or start) of a paragraph, heading or other block.
    pub fn block(&mut self) {
        if self.tables > 0 {
            self.space = true;
            return;
        }
        self.trim_trailing_spaces();
        if self.out.is_empty() {
            return;
        }
        while !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    /// A table starts.
    pub fn table_start(&mut self) {
        if self.tables == 0 {
            self.block();
        }
        self.tables += 1;
    }

    /// A table ends.
    pub fn table_end(&mut self) {
        if self.tables == 1 {
            self.row_end();
            self.tables = 0;
            self.block();
        } else {
            self.tables = self.tables.saturating_sub(1);
            self.space = true;
        }
    }

    /// A row starts (ending the previous one if its end tag was left out).
    pub fn row_start(&mut self) {
        if self.tables != 1 {
            self.space = true;
            return;
        }
        self.row_end();
        self.in_row = true;
        self.cells = 0;
    }

    /// A row ends.
    pub fn row_end(&mut self) {
        if self.tables != 1 || !self.in_row {
            return;
        }
        self.cell_end();
        self.trim_trailing_spaces();
        self.out.push('\n');
        self.in_row = false;
    }

    /// A cell starts (ending the previous one if its end tag was left out).
    pub fn cell_start(&mut self) {
        if self.tables != 1 {
            self.space = true;
            return;
        }
        if !self.in_row {
            self.row_start();
        }
        self.cell_end();
        self.trim_trailing_spaces();
        if self.cells > 0 {
            self.out.push('\t');
        }
        self.cells += 1;
        self.in_cell = true;
        self.span = 1;
    }

    /// How many grid columns the current cell covers (`colspan`, `gridSpan`).
    pub fn cell_span(&mut self, span: usize) {
        self.span = span.clamp(1, 64);
    }

    /// A cell ends.
    pub fn cell_end(&mut self) {
        if self.tables != 1 || !self.in_cell {
            return;
        }
        self.trim_trailing_spaces();
        for _ in 1..self.span {
            self.out.push('\t');
            self.cells += 1;
        }
        self.in_cell = false;
    }

    /// Appends text already shaped (a text box, the footnotes), as its own block.
    pub fn append_block(&mut self, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        if self.tables > 0 {
            self.text(text);
            return;
        }
        self.block();
        self.out.push_str(text.trim_matches('\n'));
        self.block();
    }

    /// The finished text: lines without trailing spaces, at most one blank line in a row,
    /// ending with one newline.
    pub fn finish(mut self) -> String {
        if self.tables > 0 {
            self.tables = 1;
            self.table_end();
        }
        let mut text = String::with_capacity(self.out.len());
        let mut blank = true;
        for line in self.out.lines() {
            let line = line.trim_end_matches([' ', '\u{A0}']);
            if line.trim().is_empty() {
                if !blank {
                    text.push('\n');
                }
                blank = true;
                continue;
            }
            text.push_str(line);
            text.push('\n');
            blank = false;
        }
        while text.ends_with("\n\n") {
            text.pop();
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_breaks_and_a_table() {
        let mut t = TextOut::default();
        t.text("  BÁO   CÁO ");
        t.line_break();
        t.text("Công tác cải cách hành chính");
        t.block();
        t.table_start();
        t.row_start();
        t.cell_start();
        t.text("STT");
        t.cell_end();
        t.cell_start();
        t.cell_span(2);
        t.text("Kết quả");
        t.cell_end();
        t.cell_start();
        t.text("Ghi chú");
        t.row_start();
        t.cell_start();
        t.text("1");
        t.block();
        t.text("(a)");
        t.cell_start();
        t.table_end();
        t.text("Trên đây là báo cáo.");
        assert_eq!(
            t.finish(),
            "BÁO CÁO\nCông tác cải cách hành chính\n\nSTT\tKết quả\t\tGhi chú\n1 (a)\t\n\nTrên đây là báo cáo.\n"
        );
    }
}
