//! A required query whose score is completed by optional ones, probed only at its hits.
//!
//! tantivy's `BooleanQuery` of `Must` and `Should` clauses walks the `Should` clauses as one
//! union, window by window: every posting of every optional clause is decoded and scored
//! wherever the required part has a hit nearby. A search ranks a few thousand hits with twenty
//! optional clauses (function words such as `của`, pairs of syllables side by side, heading
//! words), most of them terms found in nearly every section, so that union cost more than the
//! matching itself. [`WithOptional`] asks each optional clause about the hit being scored only
//! ([`DocSet::seek_danger`]: a skip-list seek for a term, a position check at that one
//! document for a phrase) and only when the collector asks for a score, so a page sorted by
//! date never probes them. The score is the same sum as the `BooleanQuery`'s.

use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SeekDangerResult, SegmentReader, TERMINATED, Term};

/// `required`, scored as its own score plus the score of each `optional` query that matches
/// the same document. The documents are exactly `required`'s.
#[derive(Debug)]
pub struct WithOptional {
    required: Box<dyn Query>,
    optional: Vec<Box<dyn Query>>,
}

impl WithOptional {
    pub fn new(required: Box<dyn Query>, optional: Vec<Box<dyn Query>>) -> Self {
        WithOptional { required, optional }
    }
}

impl Clone for WithOptional {
    fn clone(&self) -> Self {
        WithOptional {
            required: self.required.box_clone(),
            optional: self.optional.iter().map(|q| q.box_clone()).collect(),
        }
    }
}

impl Query for WithOptional {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let required = self.required.weight(enable_scoring)?;
        if !enable_scoring.is_scoring_enabled() || self.optional.is_empty() {
            // Counting or filtering: the optional clauses change nothing.
            return Ok(required);
        }
        let optional = self
            .optional
            .iter()
            .map(|q| q.weight(enable_scoring))
            .collect::<tantivy::Result<_>>()?;
        Ok(Box::new(WithOptionalWeight { required, optional }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.required.query_terms(visitor);
        for q in &self.optional {
            q.query_terms(visitor);
        }
    }
}

struct WithOptionalWeight {
    required: Box<dyn Weight>,
    optional: Vec<Box<dyn Weight>>,
}

impl Weight for WithOptionalWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let required = self.required.scorer(reader, boost)?;
        let mut optional = Vec::with_capacity(self.optional.len());
        for weight in &self.optional {
            let scorer = weight.scorer(reader, boost)?;
            let next = scorer.doc();
            if next != TERMINATED {
                optional.push(Probe { scorer, next });
            }
        }
        Ok(Box::new(WithOptionalScorer {
            required,
            optional,
            cached: None,
        }))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) != doc {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} does not match"
            )));
        }
        let mut explanation =
            Explanation::new("required, plus the optional clauses", scorer.score());
        explanation.add_detail(self.required.explain(reader, doc)?);
        for weight in &self.optional {
            if let Ok(detail) = weight.explain(reader, doc) {
                explanation.add_detail(detail);
            }
        }
        Ok(explanation)
    }
}

/// An optional clause's scorer and the first document it may still hold.
struct Probe {
    scorer: Box<dyn Scorer>,
    /// No document of the clause is below this one. The scorer is in a valid state (its
    /// `doc()` is `next`) only after a `Found`, or before the first probe.
    next: DocId,
}

struct WithOptionalScorer {
    required: Box<dyn Scorer>,
    optional: Vec<Probe>,
    cached: Option<(DocId, Score)>,
}

impl DocSet for WithOptionalScorer {
    fn advance(&mut self) -> DocId {
        self.required.advance()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        self.required.seek(target)
    }

    fn seek_danger(&mut self, target: DocId) -> SeekDangerResult {
        self.required.seek_danger(target)
    }

    fn doc(&self) -> DocId {
        self.required.doc()
    }

    fn size_hint(&self) -> u32 {
        self.required.size_hint()
    }

    fn cost(&self) -> u64 {
        self.required.cost()
    }
}

impl Scorer for WithOptionalScorer {
    fn score(&mut self) -> Score {
        let doc = self.required.doc();
        if let Some((at, score)) = self.cached
            && at == doc
        {
            return score;
        }
        let mut score = self.required.score();
        for probe in &mut self.optional {
            if probe.next > doc {
                continue;
            }
            // Targets only grow: the required documents are visited in order.
            match probe.scorer.seek_danger(doc) {
                SeekDangerResult::Found => {
                    score += probe.scorer.score();
                    probe.next = doc + 1;
                }
                SeekDangerResult::SeekLowerBound(next) => probe.next = next,
            }
        }
        self.cached = Some((doc, score));
        score
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::TopDocs;
    use tantivy::query::{BooleanQuery, Occur, PhraseQuery, TermQuery};
    use tantivy::schema::{IndexRecordOption, STORED, Schema, TEXT};
    use tantivy::{Index, TantivyDocument, doc};

    /// The same documents and the same scores as tantivy's `Must` + `Should` boolean query,
    /// with terms and phrases among the optional clauses, over two segments.
    #[test]
    fn scores_as_the_boolean_query_does() {
        let mut builder = Schema::builder();
        let body = builder.add_text_field("body", TEXT | STORED);
        let index = Index::create_in_ram(builder.build());
        let mut writer: tantivy::IndexWriter = index.writer(15_000_000).unwrap();
        let texts = [
            "hoa giai o co so cua xa",
            "giai phap cua xa hoa binh",
            "ket qua hoa giai thanh cua xa",
            "xa hoa",
            "hoa giai",
            "cua cua cua hoa giai hoa giai",
        ];
        for (i, text) in texts.iter().enumerate() {
            writer.add_document(doc!(body => *text)).unwrap();
            if i == 2 {
                writer.commit().unwrap();
            }
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let term = |t: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(body, t),
                IndexRecordOption::WithFreqsAndPositions,
            ))
        };
        let phrase = |ws: &[&str]| -> Box<dyn Query> {
            Box::new(PhraseQuery::new(
                ws.iter().map(|w| Term::from_field_text(body, w)).collect(),
            ))
        };
        let required = || term("hoa");
        let optional = || vec![term("cua"), phrase(&["hoa", "giai"]), term("xa")];

        let mut clauses = vec![(Occur::Must, required())];
        clauses.extend(optional().into_iter().map(|q| (Occur::Should, q)));
        let expected = searcher
            .search(
                &BooleanQuery::new(clauses),
                &TopDocs::with_limit(10).order_by_score(),
            )
            .unwrap();
        let got = searcher
            .search(
                &WithOptional::new(required(), optional()),
                &TopDocs::with_limit(10).order_by_score(),
            )
            .unwrap();
        let by_doc = |mut hits: Vec<(Score, tantivy::DocAddress)>| {
            hits.sort_by_key(|(_, a)| *a);
            hits
        };
        let (got, expected) = (by_doc(got), by_doc(expected));
        assert_eq!(got.len(), texts.len());
        assert_eq!(got.len(), expected.len());
        for ((a, da), (b, db)) in got.iter().zip(&expected) {
            assert_eq!(da, db);
            assert!((a - b).abs() < 1e-4, "{a} vs {b}");
        }
        // The optional clauses counted: the section that holds them all scores highest.
        let best = got.iter().max_by(|a, b| a.0.total_cmp(&b.0)).unwrap().1;
        let text: TantivyDocument = searcher.doc(best).unwrap();
        assert_eq!(
            text.get_first(body)
                .and_then(|v| tantivy::schema::Value::as_str(&v)),
            Some("cua cua cua hoa giai hoa giai")
        );
    }
}
