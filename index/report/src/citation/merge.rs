//! Mentions of one document merge into one [`CitedDocument`], identified by key, issuer
//! and date (or year): a number alone is not an identity.

use super::super::date::year_of;
use super::super::{Citation, CitedDocument, CitedId};
use super::registry::generic_covers;
use crate::identity::{DocumentIdentity, Scope, identity_key, same_document};

fn year(date: &Option<String>, year: Option<i32>) -> Option<i32> {
    year.or_else(|| date.as_deref().and_then(year_of))
}

/// Merges the mentions in text order: a mention joins the first document with the same key
/// whose issuer, date and year do not contradict it, else starts a new one. Sets each
/// citation's `document` and returns the documents.
pub(crate) fn merge(citations: &mut [Citation]) -> Vec<CitedDocument> {
    let mut docs: Vec<CitedDocument> = Vec::new();
    // Keys compare in their identity form; each is computed once, to skip other keys fast.
    let mut folded_keys: Vec<String> = Vec::new();
    for (i, c) in citations.iter_mut().enumerate() {
        let c_year = year(&c.cited.date, c.cited.year);
        let c_folded = identity_key(&c.cited.key);
        let mention = DocumentIdentity {
            year: c_year,
            ..c.cited.identity()
        };
        let found = docs.iter().zip(&folded_keys).position(|(d, d_folded)| {
            (*d_folded == c_folded || d.cited.number == c.cited.number)
                && same_document(&d.cited.identity(), &mention, Scope::SameText)
        });
        match found {
            Some(j) => {
                let d = &mut docs[j];
                d.mentions.push(i);
                if d.cited.doc_type.is_none() {
                    d.cited.doc_type.clone_from(&c.cited.doc_type);
                }
                // A body the words name is more than what a code alone tells.
                let generic = d
                    .cited
                    .issuer
                    .as_deref()
                    .zip(c.cited.issuer.as_deref())
                    .is_some_and(|(g, s)| generic_covers(g, s));
                if d.cited.issuer.is_none() || generic {
                    d.cited.issuer.clone_from(&c.cited.issuer);
                }
                if d.cited.date.is_none() {
                    d.cited.date.clone_from(&c.cited.date);
                }
                if d.cited.year.is_none() {
                    d.cited.year = c_year;
                }
                match (&d.cited.subject, &c.cited.subject) {
                    (None, Some(_)) => d.cited.subject.clone_from(&c.cited.subject),
                    // A run-on sentence makes one mention's subject the other's plus more:
                    // the shorter is the subject.
                    (Some(long), Some(short))
                        if long.len() > short.len() && long.starts_with(short.as_str()) =>
                    {
                        d.cited.subject = Some(short.clone());
                    }
                    _ => {}
                }
                c.document = j;
            }
            None => {
                c.document = docs.len();
                folded_keys.push(c_folded);
                docs.push(CitedDocument {
                    cited: CitedId {
                        year: c_year,
                        ..c.cited.clone()
                    },
                    mentions: vec![i],
                });
            }
        }
    }
    docs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cite(key: &str, issuer: Option<&str>, date: Option<&str>) -> Citation {
        Citation {
            cited: CitedId {
                key: key.into(),
                number: key.split('/').next().unwrap_or_default().into(),
                date: date.map(Into::into),
                issuer: issuer.map(Into::into),
                ..CitedId::default()
            },
            section: None,
            span: 0..0,
            document: usize::MAX,
            ..Citation::default()
        }
    }

    #[test]
    fn same_number_different_issuers_stay_apart() {
        let mut cs = vec![
            cite(
                "20/QĐ-UBND",
                Some("Chủ tịch UBND thị xã An Khê"),
                Some("2023-01-06"),
            ),
            cite(
                "20/QĐ-UBND",
                Some("Chủ tịch UBND tỉnh Gia Lai"),
                Some("2023-01-09"),
            ),
            cite("20/QĐ-UBND", None, Some("2023-01-09")),
        ];
        let docs = merge(&mut cs);
        assert_eq!(docs.len(), 2);
        assert_eq!(cs[2].document, 1);
        assert_eq!(docs[1].mentions, [1, 2]);
    }

    #[test]
    fn a_bare_mention_joins_and_fills_in() {
        let mut cs = vec![
            cite("05/KH-UBND", None, None),
            cite("05/KH-UBND", Some("UBND xã Tân Phú"), Some("2024-01-12")),
        ];
        let docs = merge(&mut cs);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].cited.issuer.as_deref(), Some("UBND xã Tân Phú"));
        assert_eq!(docs[0].cited.year, Some(2024));
    }

    #[test]
    fn the_shorter_of_two_nested_subjects_wins() {
        let mut a = cite("194/UBND-VP", None, None);
        a.cited.subject = Some("chấn chỉnh kỷ luật hành chính Ban Chỉ đạo đã họp".into());
        let mut b = cite("194/UBND-VP", None, None);
        b.cited.subject = Some("chấn chỉnh kỷ luật hành chính".into());
        let docs = merge(&mut [a, b]);
        assert_eq!(
            docs[0].cited.subject.as_deref(),
            Some("chấn chỉnh kỷ luật hành chính")
        );
    }

    #[test]
    fn different_dates_are_different_documents() {
        let mut cs = vec![
            cite("19/QĐ-UBND", Some("UBND xã A"), Some("2024-01-15")),
            cite("19/QĐ-UBND", Some("UBND xã A"), Some("2024-01-19")),
        ];
        assert_eq!(merge(&mut cs).len(), 2);
    }

    #[test]
    fn the_legacy_committee_code_joins_without_a_date() {
        // `12/CT-UB` and `12/CT-UBND` printed both ways in one text, neither dated.
        let mut cs = vec![
            cite("12/CT-UB", Some("UBND tỉnh Bình Phước"), None),
            cite("12/CT-UBND", None, None),
            cite("12/CT-TU", None, None),
        ];
        let docs = merge(&mut cs);
        assert_eq!(docs.len(), 2, "{docs:?}");
        assert_eq!(cs[1].document, 0);
    }
}
