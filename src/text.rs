//! Turning HTML snippets into terminal text.

/// A snippet for the terminal: `<mark>` shown as «…», entities decoded.
pub fn terminal_snippet(snippet: &str) -> String {
    snippet
        .replace("<mark>", "«")
        .replace("</mark>", "»")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}
