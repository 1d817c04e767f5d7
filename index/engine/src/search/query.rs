//! From what a user typed to tantivy queries, without tantivy's `QueryParser`.
//!
//! A query is read into [`QueryPlan`] parts: free words, `"quoted phrases"` and document
//! numbers (in any spelling). From the plan come two queries over section documents:
//!
//! - the *exact* query: a word typed with diacritics must match them (tone placement free,
//!   through the exact analyzer); a word typed without diacritics matches any;
//! - the *loose* query: every word folded. Every exact hit is a loose hit.
//!
//! All parts are required; a run of free words also scores as a phrase, so sections with
//! the words adjacent and in order rank first. A document number matches the section's
//! citation keys, or its own tokens as a phrase in the text.

use super::request::{InvalidParameter, MAX_QUERY_WORDS};
use crate::keys;
use crate::schema::Fields;
use std::ops::Range;
use tantivy::Term;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::{TokenStream, Tokenizer};
use tracuu_report::find_document_numbers;
use tracuu_tokenizer::{ExactTokenizer, fold, has_diacritics};

/// One word of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Exact form (the exact analyzer's token).
    pub exact: String,
    /// Folded form.
    pub folded: String,
    /// Typed with diacritics: must match them in the exact query.
    pub diacritics: bool,
}

impl Word {
    /// Whether a query of `mode` must find this word in its exact form: it was typed with
    /// diacritics and the mode respects them. Otherwise its folded form matches.
    pub fn exact_in(&self, mode: Mode) -> bool {
        mode == Mode::Exact && self.diacritics
    }
}

/// One required part of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// A free word.
    Word(Word),
    /// A quoted phrase.
    Phrase(Vec<Word>),
    /// A document number, with its canonical key and its own words.
    Number {
        /// Canonical key (`05/KH-UBND`).
        key: String,
        /// Typed with diacritics (`NĐ`): match the exact key form.
        diacritics: bool,
        /// Its tokens, to find it in the text too.
        words: Vec<Word>,
    },
}

/// A query read into parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryPlan {
    /// The required parts, in the order typed.
    pub parts: Vec<Part>,
    /// The runs of free words typed one after the other (a quoted phrase or a document
    /// number ends a run).
    pub runs: Vec<Vec<Word>>,
}

/// Which hits of a mode a query selects, and how they are scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    /// Every hit; only the required parts (for counting and facets).
    All,
    /// The hits with every run of free words adjacent and in order.
    Adjacent,
    /// The other hits.
    Scattered,
    /// Every hit, adjacent runs scoring higher (for one hit per report).
    Ranked,
}

/// Splits `text` into words through the exact analyzer.
pub fn words(text: &str) -> Vec<Word> {
    let mut tokenizer = ExactTokenizer::default();
    let mut stream = tokenizer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        let token = stream.token();
        let original = text.get(token.offset_from..token.offset_to).unwrap_or("");
        out.push(Word {
            exact: token.text.clone(),
            folded: fold(&token.text),
            diacritics: has_diacritics(original),
        });
    }
    out
}

/// Reads a query into a plan. Fails when nothing searchable is left or it is too long.
pub fn plan(q: &str) -> Result<QueryPlan, InvalidParameter> {
    let mut parts = Vec::new();
    let mut runs = Vec::new();
    let mut rest = 0;
    for (outer, inner) in quoted(q) {
        unquoted(&q[rest..outer.start], &mut parts, &mut runs);
        let phrase = words(&q[inner]);
        if !phrase.is_empty() {
            parts.push(Part::Phrase(phrase));
        }
        rest = outer.end;
    }
    unquoted(&q[rest..], &mut parts, &mut runs);
    let count: usize = parts
        .iter()
        .map(|p| match p {
            Part::Phrase(w) => w.len(),
            _ => 1,
        })
        .sum();
    if count == 0 {
        return Err(InvalidParameter::new(
            "q",
            "the query has no word or document number to search for",
        ));
    }
    if count > MAX_QUERY_WORDS {
        return Err(InvalidParameter::new(
            "q",
            format!("the query has {count} words; at most {MAX_QUERY_WORDS} are allowed"),
        ));
    }
    Ok(QueryPlan { parts, runs })
}

/// Ranges of `"quoted"` segments: (with quotes, inside quotes). An unmatched quote is text.
fn quoted(q: &str) -> Vec<(Range<usize>, Range<usize>)> {
    let is_quote = |c: char| matches!(c, '"' | '“' | '”');
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, c) in q.char_indices() {
        if is_quote(c) {
            match open.take() {
                Some((start, inner)) => out.push((start..i + c.len_utf8(), inner..i)),
                None => open = Some((i, i + c.len_utf8())),
            }
        }
    }
    out
}

fn unquoted(text: &str, parts: &mut Vec<Part>, runs: &mut Vec<Vec<Word>>) {
    let mut rest = 0;
    for (range, key) in find_document_numbers(text) {
        if range.start < rest || range.end > text.len() {
            continue;
        }
        free_words(&text[rest..range.start], parts, runs);
        let typed = &text[range.clone()];
        parts.push(Part::Number {
            key,
            diacritics: has_diacritics(typed),
            words: words(typed),
        });
        rest = range.end;
    }
    free_words(&text[rest..], parts, runs);
}

fn free_words(text: &str, parts: &mut Vec<Part>, runs: &mut Vec<Vec<Word>>) {
    let run = words(text);
    parts.extend(run.iter().cloned().map(Part::Word));
    if !run.is_empty() {
        runs.push(run);
    }
}

/// Which of the two queries to build, and how a snippet marks words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Diacritics typed must match.
    Exact,
    /// Everything folded.
    Loose,
}

fn term(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqsAndPositions,
    ))
}

fn any(queries: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    if queries.len() == 1 {
        return queries.into_iter().next().expect("one query");
    }
    Box::new(BooleanQuery::union(queries))
}

/// The form of `w` a query of `mode` looks up: exact where diacritics were typed and must
/// match, folded otherwise. The body field holds both at each word's position.
fn form(w: &Word, mode: Mode) -> &str {
    if w.exact_in(mode) {
        &w.exact
    } else {
        &w.folded
    }
}

fn phrase(field: Field, words: &[Word], mode: Mode) -> Box<dyn Query> {
    if words.len() == 1 {
        return term(field, form(&words[0], mode));
    }
    Box::new(PhraseQuery::new(
        words
            .iter()
            .map(|w| Term::from_field_text(field, form(w, mode)))
            .collect(),
    ))
}

impl QueryPlan {
    /// Whether any part was typed with diacritics: only then do exact and loose differ.
    pub fn has_diacritics(&self) -> bool {
        self.parts.iter().any(|p| match p {
            Part::Word(w) => w.diacritics,
            Part::Phrase(ws) => ws.iter().any(|w| w.diacritics),
            Part::Number { diacritics, .. } => *diacritics,
        })
    }

    /// The canonical keys of the document numbers in the query.
    pub fn keys(&self) -> Vec<String> {
        self.parts
            .iter()
            .filter_map(|p| match p {
                Part::Number { key, .. } => Some(key.clone()),
                _ => None,
            })
            .collect()
    }

    /// What to highlight: each part as the run of words that must stand together (one word
    /// for a free word), with whether each must match exactly.
    pub fn highlight_terms(&self) -> Vec<Vec<Word>> {
        self.parts
            .iter()
            .map(|part| match part {
                Part::Word(w) => vec![w.clone()],
                Part::Phrase(ws) | Part::Number { words: ws, .. } => ws.clone(),
            })
            .collect()
    }

    fn word(&self, f: &Fields, w: &Word, mode: Mode) -> Box<dyn Query> {
        term(f.body, form(w, mode))
    }

    /// The folded pairs of adjacent free words (`thu tuc`, `tuc hanh` …), as indexed in the
    /// pairs field.
    pub fn pairs(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .runs
            .iter()
            .flat_map(|run| {
                run.windows(2)
                    .map(|w| format!("{} {}", w[0].folded, w[1].folded))
            })
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// The query of one mode and tier, with the given filters required.
    ///
    /// Filters and parts are required. [`Tier::Adjacent`] also requires every pair of
    /// adjacent free words, [`Tier::Scattered`] excludes the sections having them all, and
    /// [`Tier::Ranked`] lets them add to the score. Pairs are plain terms, so the adjacent
    /// tier of a query of words is an intersection of terms that tantivy ranks with
    /// block-max pruning.
    pub fn query(
        &self,
        f: &Fields,
        mode: Mode,
        filters: &[Box<dyn Query>],
        tier: Tier,
    ) -> Box<dyn Query> {
        // Only section documents have the text fields and citation keys every part searches,
        // so no clause on `kind` is needed.
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for filter in filters {
            clauses.push((
                Occur::Must,
                Box::new(BoostQuery::new(filter.box_clone(), 0.0)),
            ));
        }
        for part in &self.parts {
            let query = match part {
                Part::Word(w) => self.word(f, w, mode),
                Part::Phrase(ws) => {
                    // The pairs of the phrase are plain terms: required alongside the phrase,
                    // they lead the intersection, so positions are read only where all the
                    // pairs are.
                    // Two words in a row are exactly one indexed pair: no positions needed.
                    let mut all = if ws.len() == 2 {
                        Vec::new()
                    } else {
                        vec![phrase(f.body, ws, mode)]
                    };
                    all.extend(
                        ws.windows(2)
                            .map(|w| term(f.pairs, &format!("{} {}", w[0].folded, w[1].folded))),
                    );
                    if mode == Mode::Exact && ws.len() == 2 {
                        // The pair is folded: the words typed with diacritics must match.
                        all.extend(
                            ws.iter()
                                .filter(|w| w.diacritics)
                                .map(|w| self.word(f, w, mode)),
                        );
                    }
                    if all.len() == 1 {
                        all.pop().expect("one query")
                    } else {
                        Box::new(BooleanQuery::intersection(all))
                    }
                }
                Part::Number {
                    key,
                    diacritics,
                    words,
                } => {
                    let form = if mode == Mode::Exact && *diacritics {
                        keys::key_exact(key)
                    } else {
                        keys::key_folded(key)
                    };
                    let mut alternatives = vec![term(f.cite_keys, &form)];
                    if !words.is_empty() {
                        alternatives.push(phrase(f.body, words, mode));
                    }
                    any(alternatives)
                }
            };
            clauses.push((Occur::Must, query));
        }
        let pairs: Vec<Box<dyn Query>> = self.pairs().iter().map(|p| term(f.pairs, p)).collect();
        if !pairs.is_empty() {
            match tier {
                Tier::All => {}
                Tier::Adjacent => clauses.extend(pairs.into_iter().map(|p| (Occur::Must, p))),
                Tier::Scattered => {
                    clauses.push((Occur::MustNot, Box::new(BooleanQuery::intersection(pairs))))
                }
                Tier::Ranked => clauses.extend(pairs.into_iter().map(|p| {
                    (
                        Occur::Should,
                        Box::new(BoostQuery::new(p, 2.0)) as Box<dyn Query>,
                    )
                })),
            }
        }
        Box::new(BooleanQuery::new(clauses))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_phrases_and_words_are_parts() {
        let p = plan(r#"hòa giải "quy chế chi tiêu""#).unwrap();
        assert_eq!(p.parts.len(), 3);
        assert!(matches!(&p.parts[2], Part::Phrase(ws) if ws.len() == 4));
    }

    #[test]
    fn an_unmatched_quote_is_ignored() {
        let p = plan(r#"hoa "giai"#).unwrap();
        assert_eq!(p.parts.len(), 2);
    }

    #[test]
    fn diacritics_are_noted_per_word() {
        let p = plan("bán hang").unwrap();
        assert!(p.has_diacritics());
        let Part::Word(w) = &p.parts[1] else { panic!() };
        assert!(!w.diacritics);
    }

    #[test]
    fn nothing_to_search_is_an_error() {
        assert_eq!(plan("  ...  ").unwrap_err().parameter, "q");
        assert_eq!(plan("((((((").unwrap_err().parameter, "q");
    }

    proptest::proptest! {
        #[test]
        fn planning_never_panics_and_keeps_its_limits(q in "\\PC{0,200}") {
            if let Ok(p) = plan(&q) {
                proptest::prop_assert!(!p.parts.is_empty());
                proptest::prop_assert!(p.highlight_terms().iter().map(Vec::len).sum::<usize>() <= MAX_QUERY_WORDS * 8);
            }
        }
    }

    #[test]
    fn too_many_words_is_an_error() {
        assert!(plan(&"a ".repeat(MAX_QUERY_WORDS + 1)).is_err());
        assert!(plan(&"a ".repeat(MAX_QUERY_WORDS)).is_ok());
    }
}
