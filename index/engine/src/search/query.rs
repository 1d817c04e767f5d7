//! From what a user typed to tantivy queries, without tantivy's `QueryParser`.
//!
//! A query is read into [`Unit`]s, in the order typed: words (one syllable, or two that the
//! index says form a word, see [`super::binding`]), `"quoted phrases"` (bound whatever they
//! hold) and document numbers (in any spelling). Each unit has a [`Role`]:
//!
//! - *required*: the words the query is about;
//! - *optional*: function words outside quotes (`của`, `là`, `đúng hay sai`, see
//!   [`super::function_words`]): they rank, they need not match;
//! - *rank only*: past [`MAX_MATCHED_UNITS`] required units (a long question), the most
//!   frequent ones only rank.
//!
//! From the plan come the queries of the four tiers (see [`super::MatchKind`]), each in one of
//! two modes: *exact* (a word typed with diacritics must match them, tone placement free; a
//! word typed without matches any) or *loose* (everything folded; every exact hit is a loose
//! hit). A word of two syllables matches where the two stand side by side: their folded pair
//! is a term of the pairs field, and in exact mode the syllables typed with diacritics are
//! required too.

use super::binding::{self, Frequencies};
use super::function_words;
use super::most::RankedMost;
use super::optional::WithOptional;
use super::request::InvalidParameter;
use crate::keys;
use crate::schema::Fields;
use std::ops::Range;
use tantivy::Term;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::{TokenStream, Tokenizer};
use tracuu_report::find_document_numbers;
use tracuu_tokenizer::{ExactTokenizer, fold, has_diacritics};

/// Most units a query matches on; past it, the most frequent required units only rank.
pub const MAX_MATCHED_UNITS: usize = 32;
/// Score boost of two query syllables found side by side across a word boundary.
const PROXIMITY_BOOST: f32 = 2.0;
/// Weight of a word found in the section's heading (its own line and its ancestors', the
/// `heading` field), beside its BM25 in the body: the heading is scored as a field of its own,
/// with its own lengths and frequencies, as BM25F weighs a title.
const HEADING_BOOST: f32 = 1.0;

/// One syllable of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Exact form (the exact analyzer's token).
    pub exact: String,
    /// Folded form.
    pub folded: String,
    /// Typed with diacritics: must match them in the exact query.
    pub diacritics: bool,
    /// As typed.
    pub typed: String,
}

impl Word {
    /// Whether a query of `mode` must find this word in its exact form: it was typed with
    /// diacritics and the mode respects them. Otherwise its folded form matches.
    pub fn exact_in(&self, mode: Mode) -> bool {
        mode == Mode::Exact && self.diacritics
    }
}

/// What kind of unit a query holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UnitKind {
    /// A word of one or two syllables.
    Word,
    /// A quoted phrase.
    Phrase,
    /// A document number.
    Number {
        /// Canonical key (`05/KH-UBND`).
        key: String,
        /// Typed with diacritics (`NĐ`): match the exact key form.
        diacritics: bool,
    },
}

/// Whether a unit must match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Counted for the tiers.
    Required,
    /// A function word: ranks, need not match.
    Optional,
    /// A frequent word of a long question: ranks only.
    RankOnly,
}

/// One unit of a query: a word, a quoted phrase or a document number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// Its kind.
    pub kind: UnitKind,
    /// Its syllables, which must stand together and in order.
    pub words: Vec<Word>,
    /// Whether it must match.
    pub role: Role,
}

impl Unit {
    /// The unit as typed (its syllables joined by spaces, a number as its key).
    pub fn typed(&self) -> String {
        match &self.kind {
            UnitKind::Number { key, .. } => key.clone(),
            UnitKind::Phrase => format!(
                "\"{}\"",
                self.words
                    .iter()
                    .map(|w| w.typed.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            UnitKind::Word => self
                .words
                .iter()
                .map(|w| w.typed.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        }
    }
}

/// A query read into units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryPlan {
    /// The units, in the order typed.
    pub units: Vec<Unit>,
    /// The runs of free syllables typed one after the other (a quoted phrase or a document
    /// number ends a run).
    pub runs: Vec<Vec<Word>>,
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
            typed: original.to_string(),
        });
    }
    out
}

/// Frequencies of an empty index: no two syllables bind (for tests of the query's shape).
#[cfg(test)]
pub struct NoFrequencies;

#[cfg(test)]
impl Frequencies for NoFrequencies {
    fn syllable(&self, _: &str) -> u64 {
        0
    }
    fn pair(&self, _: &str) -> u64 {
        0
    }
    fn both(&self, _: &str, _: &str) -> u64 {
        0
    }
}

/// Reads a query into a plan, binding syllables into words with `freq`. Fails when nothing
/// searchable is left.
pub fn plan(q: &str, freq: &dyn Frequencies) -> Result<QueryPlan, InvalidParameter> {
    let mut plan = QueryPlan {
        units: Vec::new(),
        runs: Vec::new(),
    };
    let mut rest = 0;
    for (outer, inner) in quoted(q) {
        plan.unquoted(&q[rest..outer.start], freq);
        let phrase = words(&q[inner]);
        if !phrase.is_empty() {
            plan.units.push(Unit {
                kind: UnitKind::Phrase,
                words: phrase,
                role: Role::Required,
            });
        }
        rest = outer.end;
    }
    plan.unquoted(&q[rest..], freq);
    if plan.units.is_empty() {
        return Err(InvalidParameter::new(
            "q",
            "the query has no word or document number to search for",
        ));
    }
    // A word typed twice is one word.
    let mut seen = std::collections::HashSet::new();
    plan.units.retain(|u| {
        seen.insert((
            u.kind.clone(),
            u.words.iter().map(|w| w.exact.clone()).collect::<Vec<_>>(),
        ))
    });
    // A query of function words only means them.
    if plan.units.iter().all(|u| u.role == Role::Optional) {
        for u in &mut plan.units {
            u.role = Role::Required;
        }
    }
    // A long question: the rarest units match, the others rank.
    let required: Vec<usize> = (0..plan.units.len())
        .filter(|&i| plan.units[i].role == Role::Required)
        .collect();
    if required.len() > MAX_MATCHED_UNITS {
        let mut by_rarity: Vec<(u64, usize)> = required
            .iter()
            .map(|&i| (plan.units[i].frequency(freq), i))
            .collect();
        by_rarity.sort();
        for &(_, i) in &by_rarity[MAX_MATCHED_UNITS..] {
            plan.units[i].role = Role::RankOnly;
        }
    }
    Ok(plan)
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

impl Unit {
    /// How many sections hold it, as far as the index says cheaply (for choosing the rarest).
    fn frequency(&self, freq: &dyn Frequencies) -> u64 {
        match self.words.as_slice() {
            [] => 0,
            [w] => freq.syllable(form(w, Mode::Exact)),
            ws => ws
                .windows(2)
                .map(|p| freq.pair(&format!("{} {}", p[0].folded, p[1].folded)))
                .min()
                .unwrap_or(0),
        }
    }
}

impl QueryPlan {
    fn unquoted(&mut self, text: &str, freq: &dyn Frequencies) {
        let mut rest = 0;
        for (range, key) in find_document_numbers(text) {
            if range.start < rest || range.end > text.len() {
                continue;
            }
            self.free_words(&text[rest..range.start], freq);
            let typed = &text[range.clone()];
            self.units.push(Unit {
                kind: UnitKind::Number {
                    key,
                    diacritics: has_diacritics(typed),
                },
                words: words(typed),
                role: Role::Required,
            });
            rest = range.end;
        }
        self.free_words(&text[rest..], freq);
    }

    /// The free words of `text`, bound into units run by run: punctuation that ends a run
    /// (`hòa. giải`) ends a word, in the query as in the index.
    fn free_words(&mut self, text: &str, freq: &dyn Frequencies) {
        let mut tokenizer = ExactTokenizer::default();
        let mut stream = tokenizer.token_stream(text);
        let (mut start, mut end) = (0, None);
        while stream.advance() {
            let token = stream.token();
            if let Some(end) = end
                && tracuu_tokenizer::breaks_run(&text[end..token.offset_from])
            {
                self.free_run(&text[start..end], freq);
                start = token.offset_from;
            }
            end = Some(token.offset_to);
        }
        if let Some(end) = end {
            self.free_run(&text[start..end], freq);
        }
    }

    fn free_run(&mut self, text: &str, freq: &dyn Frequencies) {
        let run = words(text);
        if run.is_empty() {
            return;
        }
        let function = function_words::mark(
            &run.iter()
                .map(|w| (w.exact.as_str(), w.diacritics))
                .collect::<Vec<_>>(),
        );
        let free: Vec<bool> = function.iter().map(|f| !f).collect();
        let syllables: Vec<binding::Syllable> = run
            .iter()
            .map(|w| binding::Syllable {
                form: form(w, Mode::Exact),
                folded: &w.folded,
            })
            .collect();
        for range in binding::bind(freq, &syllables, &free) {
            let role = if function[range.clone()].iter().all(|&f| f) {
                Role::Optional
            } else {
                Role::Required
            };
            self.units.push(Unit {
                kind: UnitKind::Word,
                words: run[range].to_vec(),
                role,
            });
        }
        self.runs.push(run);
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

/// How many of the required units a query needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// All of them.
    All,
    /// At least [`QueryPlan::minimum`].
    Most,
}

fn term(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqsAndPositions,
    ))
}

fn pair_term(f: &Fields, a: &Word, b: &Word) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(f.pairs, &format!("{} {}", a.folded, b.folded)),
        IndexRecordOption::WithFreqs,
    ))
}

fn any(queries: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    if queries.len() == 1 {
        return queries.into_iter().next().expect("one query");
    }
    Box::new(BooleanQuery::union(queries))
}

fn all(mut queries: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    if queries.len() == 1 {
        return queries.pop().expect("one query");
    }
    Box::new(BooleanQuery::intersection(queries))
}

/// Whether a word of several syllables is checked in order (positions read) or only by its
/// pairs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Positions {
    Yes,
    No,
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

/// Syllables side by side: their pairs (plain terms, no positions) and, in exact mode, the
/// syllables typed with diacritics; past two syllables, the phrase too (unless `Positions::No`:
/// then the pairs alone, a superset read without positions).
fn together(f: &Fields, ws: &[Word], mode: Mode, positions: Positions) -> Box<dyn Query> {
    if ws.len() == 1 {
        return term(f.body, form(&ws[0], mode));
    }
    // The pairs lead the intersection, so positions are read only where all the pairs are.
    let mut parts = if ws.len() == 2 || positions == Positions::No {
        Vec::new()
    } else {
        vec![phrase(f.body, ws, mode)]
    };
    parts.extend(ws.windows(2).map(|p| pair_term(f, &p[0], &p[1])));
    if mode == Mode::Exact && ws.len() == 2 {
        // The pair is folded: the words typed with diacritics must match.
        parts.extend(
            ws.iter()
                .filter(|w| w.diacritics)
                .map(|w| term(f.body, &w.exact)),
        );
    }
    all(parts)
}

impl QueryPlan {
    /// Whether any unit was typed with diacritics: only then do exact and loose differ.
    pub fn has_diacritics(&self) -> bool {
        self.units.iter().any(|u| match &u.kind {
            UnitKind::Number { diacritics, .. } => *diacritics,
            _ => u.words.iter().any(|w| w.diacritics),
        })
    }

    /// The canonical keys of the document numbers in the query.
    pub fn keys(&self) -> Vec<String> {
        self.units
            .iter()
            .filter_map(|u| match &u.kind {
                UnitKind::Number { key, .. } => Some(key.clone()),
                _ => None,
            })
            .collect()
    }

    /// The units that count for the tiers.
    pub fn required(&self) -> impl Iterator<Item = &Unit> {
        self.units.iter().filter(|u| u.role == Role::Required)
    }

    /// How many required units a `partial` hit holds at least: more than a third (one of one
    /// or two, two of three to five, four of ten). A question's answer often words it
    /// otherwise: on the ALQAC questions, half of the words left 1 in 100 answers out of the
    /// first hundred hits, and a third none.
    pub fn minimum(&self) -> usize {
        let n = self.required().count();
        (n / 3 + 1).min(n)
    }

    /// Whether the phrase tier asks more than every required unit: function words, or
    /// several units whose order counts.
    pub fn phrase_differs(&self) -> bool {
        self.units.len() > 1
    }

    /// What snippets mark: each matched unit as the run of syllables that must stand together
    /// (function words are not marked).
    pub fn highlight_terms(&self) -> Vec<Vec<Word>> {
        self.units
            .iter()
            .filter(|u| u.role != Role::Optional)
            .map(|u| u.words.clone())
            .collect()
    }

    fn unit(&self, f: &Fields, u: &Unit, mode: Mode) -> Box<dyn Query> {
        self.unit_read(f, u, mode, Positions::Yes)
    }

    fn unit_read(&self, f: &Fields, u: &Unit, mode: Mode, positions: Positions) -> Box<dyn Query> {
        match &u.kind {
            UnitKind::Word | UnitKind::Phrase => together(f, &u.words, mode, positions),
            UnitKind::Number { key, diacritics } => {
                let form = if mode == Mode::Exact && *diacritics {
                    keys::key_exact(key)
                } else {
                    keys::key_folded(key)
                };
                let mut alternatives = vec![term(f.cite_keys, &form)];
                if !u.words.is_empty() {
                    alternatives.push(phrase(f.body, &u.words, mode));
                }
                any(alternatives)
            }
        }
    }

    /// The pairs of query syllables typed side by side that no unit holds: where they stand
    /// together in a section, the words are close.
    fn proximity_pairs(&self, f: &Fields) -> Vec<Box<dyn Query>> {
        let inside: std::collections::HashSet<String> = self
            .units
            .iter()
            .flat_map(|u| {
                u.words
                    .windows(2)
                    .map(|p| format!("{} {}", p[0].folded, p[1].folded))
            })
            .collect();
        let mut seen = std::collections::HashSet::new();
        self.runs
            .iter()
            .flat_map(|run| run.windows(2))
            .filter(|p| {
                let key = format!("{} {}", p[0].folded, p[1].folded);
                !inside.contains(&key) && seen.insert(key)
            })
            .map(|p| pair_term(f, &p[0], &p[1]))
            .collect()
    }

    /// The sections holding the required units of `mode`: all of them, or most.
    pub fn matcher(&self, f: &Fields, mode: Mode, need: Need) -> Box<dyn Query> {
        self.matcher_read(f, mode, need, Positions::Yes)
    }

    /// A superset of [`QueryPlan::matcher`] read without positions: each word's syllables as
    /// pairs side by side, not checked in order. Cheap to walk where most of it is known.
    pub fn candidates(&self, f: &Fields, mode: Mode, need: Need) -> Box<dyn Query> {
        self.matcher_read(f, mode, need, Positions::No)
    }

    fn matcher_read(
        &self,
        f: &Fields,
        mode: Mode,
        need: Need,
        positions: Positions,
    ) -> Box<dyn Query> {
        let units: Vec<Box<dyn Query>> = self
            .required()
            .map(|u| self.unit_read(f, u, mode, positions))
            .collect();
        match need {
            Need::All => all(units),
            Need::Most => {
                let minimum = self.minimum();
                if minimum == units.len() {
                    all(units)
                } else {
                    Box::new(BooleanQuery::with_minimum_required_clauses(
                        units.into_iter().map(|q| (Occur::Should, q)).collect(),
                        minimum,
                    ))
                }
            }
        }
    }

    /// The sections holding the whole query in order (exact mode): every unit, function
    /// words too, and every pair of syllables typed side by side.
    pub fn phrase_matcher(&self, f: &Fields) -> Box<dyn Query> {
        let mut parts: Vec<Box<dyn Query>> = self
            .units
            .iter()
            .map(|u| self.unit(f, u, Mode::Exact))
            .collect();
        parts.extend(self.proximity_pairs(f));
        all(parts)
    }

    /// `matcher` with the filters required, and scored: BM25 over the matched units, plus the
    /// units that only rank, plus a bonus where query syllables stand side by side.
    pub fn ranked(
        &self,
        f: &Fields,
        mode: Mode,
        matcher: Box<dyn Query>,
        filters: &[Box<dyn Query>],
    ) -> Box<dyn Query> {
        let mut required: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, matcher)];
        required.extend(filters.iter().map(|q| {
            (
                Occur::Must,
                Box::new(BoostQuery::new(q.box_clone(), 0.0)) as Box<dyn Query>,
            )
        }));
        let optional = self
            .ranking(f, mode)
            .into_iter()
            .map(|(q, boost)| match boost {
                1.0 => q,
                _ => Box::new(BoostQuery::new(q, boost)) as Box<dyn Query>,
            })
            .collect();
        // The optional clauses are probed at the required hits only (see `super::optional`).
        Box::new(WithOptional::new(
            Box::new(BooleanQuery::new(required)),
            optional,
        ))
    }

    /// The clauses that only rank, each with its boost: the units that need not match, the
    /// pairs of syllables typed side by side, the heading words.
    fn ranking(&self, f: &Fields, mode: Mode) -> Vec<(Box<dyn Query>, f32)> {
        let mut out: Vec<(Box<dyn Query>, f32)> = self
            .units
            .iter()
            .filter(|u| u.role != Role::Required)
            .map(|u| (self.unit(f, u, mode), 1.0))
            .collect();
        out.extend(
            self.proximity_pairs(f)
                .into_iter()
                .map(|p| (p, PROXIMITY_BOOST)),
        );
        out.extend(
            self.heading_words(f, mode)
                .into_iter()
                .map(|h| (h, HEADING_BOOST)),
        );
        out
    }

    /// A tail tier ranked: the sections holding most of the required units of `mode` and
    /// none of `exclude` (the tiers before), scored as [`QueryPlan::ranked`] scores them;
    /// its page sorted by score is found by MaxScore ([`RankedMost`]).
    pub fn ranked_most(
        &self,
        f: &Fields,
        mode: Mode,
        exclude: Box<dyn Query>,
        filters: &[Box<dyn Query>],
    ) -> Box<dyn Query> {
        let matcher = but_not(self.matcher(f, mode, Need::Most), exclude.box_clone());
        let fallback = self.ranked(f, mode, matcher, filters);
        let units: Vec<Box<dyn Query>> = self.required().map(|u| self.unit(f, u, mode)).collect();
        Box::new(RankedMost {
            minimum: self.minimum().min(units.len()),
            units,
            exclude: Some(exclude),
            filters: filters.iter().map(|q| q.box_clone()).collect(),
            optional: self.ranking(f, mode),
            fallback,
        })
    }

    /// The words that are not function words, each looked up in the `heading` field (a word of
    /// two syllables, or a quoted phrase, as a phrase there).
    fn heading_words(&self, f: &Fields, mode: Mode) -> Vec<Box<dyn Query>> {
        self.units
            .iter()
            .filter(|u| u.role != Role::Optional && !u.words.is_empty())
            .filter(|u| matches!(u.kind, UnitKind::Word | UnitKind::Phrase))
            .map(|u| phrase(f.heading, &u.words, mode))
            .collect()
    }
}

/// `query` with the filters required, unscored (for counts and facets).
pub fn filtered(query: Box<dyn Query>, filters: &[Box<dyn Query>]) -> Box<dyn Query> {
    if filters.is_empty() {
        return query;
    }
    let mut clauses = vec![(Occur::Must, query)];
    clauses.extend(filters.iter().map(|q| (Occur::Must, q.box_clone())));
    Box::new(BooleanQuery::new(clauses))
}

/// `a` and not `b`.
pub fn but_not(a: Box<dyn Query>, b: Box<dyn Query>) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(vec![
        (Occur::Must, a),
        (Occur::MustNot, b),
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    struct Table(HashMap<&'static str, u64>);

    impl Frequencies for Table {
        fn syllable(&self, form: &str) -> u64 {
            self.0.get(fold(form).as_str()).copied().unwrap_or(0)
        }
        fn pair(&self, folded_pair: &str) -> u64 {
            self.0.get(folded_pair).copied().unwrap_or(0)
        }
        fn both(&self, _: &str, _: &str) -> u64 {
            0
        }
    }

    fn freq() -> Table {
        Table(HashMap::from([
            ("hoa", 40),
            ("giai", 90),
            ("hoa giai", 30),
            ("co", 900),
            ("so", 400),
            ("co so", 300),
        ]))
    }

    fn typed(p: &QueryPlan) -> Vec<(String, Role)> {
        p.units.iter().map(|u| (u.typed(), u.role)).collect()
    }

    #[test]
    fn quoted_phrases_and_words_are_units() {
        let p = plan(r#"hòa giải "quy chế chi tiêu""#, &freq()).unwrap();
        assert_eq!(p.units.len(), 2);
        assert!(matches!(p.units[1].kind, UnitKind::Phrase) && p.units[1].words.len() == 4);
    }

    #[test]
    fn syllables_bind_where_the_index_says_so() {
        let p = plan("hoà giải ở cơ sở", &freq()).unwrap();
        assert_eq!(
            typed(&p),
            vec![
                ("hoà giải".to_string(), Role::Required),
                ("ở".to_string(), Role::Optional),
                ("cơ sở".to_string(), Role::Required),
            ]
        );
        // Without the index's word, each syllable stands alone.
        assert_eq!(plan("hoà giải", &NoFrequencies).unwrap().units.len(), 2);
    }

    #[test]
    fn punctuation_ending_a_run_ends_a_word_in_the_query() {
        let p = plan("xã hoà. giải, cơ sở", &freq()).unwrap();
        let units: Vec<String> = p.units.iter().map(|u| u.typed()).collect();
        assert_eq!(units, ["xã", "hoà", "giải", "cơ sở"]);
        assert_eq!(p.runs.len(), 3);
    }

    #[test]
    fn function_words_are_optional_outside_quotes() {
        let p = plan("hòa giải là gì, đúng hay sai?", &freq()).unwrap();
        let roles: Vec<Role> = p.units.iter().map(|u| u.role).collect();
        assert_eq!(roles[0], Role::Required);
        assert!(roles[1..].iter().all(|&r| r == Role::Optional), "{p:?}");
        let p = plan("\"của\" hòa", &freq()).unwrap();
        assert_eq!(p.units[0].role, Role::Required);
        // Nothing but function words: they are the query.
        let p = plan("không", &freq()).unwrap();
        assert_eq!(p.units[0].role, Role::Required);
    }

    #[test]
    fn an_unmatched_quote_is_ignored() {
        let p = plan(r#"hoa "giai"#, &NoFrequencies).unwrap();
        assert_eq!(p.units.len(), 2);
    }

    #[test]
    fn diacritics_are_noted_per_word() {
        let p = plan("bán hang", &NoFrequencies).unwrap();
        assert!(p.has_diacritics());
        assert!(!p.units[1].words[0].diacritics);
    }

    #[test]
    fn nothing_to_search_is_an_error() {
        assert_eq!(plan("  ...  ", &NoFrequencies).unwrap_err().parameter, "q");
        assert_eq!(plan("((((((", &NoFrequencies).unwrap_err().parameter, "q");
    }

    #[test]
    fn a_long_question_matches_on_its_rarest_words() {
        let q: String = (0..40).map(|i| format!("từ{i} ")).collect();
        let p = plan(&q, &NoFrequencies).unwrap();
        assert_eq!(p.required().count(), MAX_MATCHED_UNITS);
        assert_eq!(
            p.units.iter().filter(|u| u.role == Role::RankOnly).count(),
            8
        );
    }

    #[test]
    fn most_is_more_than_a_third() {
        let p = plan("một hai ba bốn năm", &NoFrequencies).unwrap();
        assert_eq!(p.required().count(), 4, "{p:?}");
        assert_eq!(p.minimum(), 2);
        assert_eq!(plan("ba", &NoFrequencies).unwrap().minimum(), 1);
        assert_eq!(plan("ba bốn", &NoFrequencies).unwrap().minimum(), 1);
    }

    proptest::proptest! {
        #[test]
        fn planning_never_panics_and_keeps_its_limits(q in "\\PC{0,200}") {
            if let Ok(p) = plan(&q, &NoFrequencies) {
                proptest::prop_assert!(!p.units.is_empty());
                proptest::prop_assert!(p.required().count() <= MAX_MATCHED_UNITS);
                proptest::prop_assert!(p.minimum() <= p.required().count());
            }
        }
    }
}
