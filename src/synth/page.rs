//! Text being laid out: lines, paragraphs and the Word markup switch.

/// Text being laid out, with the Word markup switch.
pub(crate) struct Page {
    pub out: String,
    pub word: bool,
    pub sep: &'static str,
}

impl Page {
    pub(crate) fn line(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push('\n');
    }
    pub(crate) fn para(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push_str(self.sep);
    }
    pub(crate) fn blank(&mut self) {
        self.out.push('\n');
    }
    pub(crate) fn bold(&self, s: &str) -> String {
        if self.word {
            format!("**{s}**")
        } else {
            s.to_string()
        }
    }
    pub(crate) fn italic(&self, s: &str) -> String {
        if self.word {
            format!("<i>{s}</i>")
        } else {
            s.to_string()
        }
    }
}

pub(crate) fn upper(s: &str) -> String {
    s.to_uppercase()
}

pub(crate) fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
