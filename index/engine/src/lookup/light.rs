//! The light side of a lookup: who cites which document, read from columns, without the
//! citing sections.
//!
//! Each citation document carries, besides its stored JSON (the document and its mentions
//! with their snippets), four columns: the cited document's identity, the citing report's
//! summary, the roles, holders and pinpoints of its mentions, and how many mentions it has.
//! The identity and report columns are dictionaries, so each distinct identity and each
//! report is held and parsed once however many citations share it. A lookup groups the
//! citations into documents, decides, filters and pages from these alone, and reads the
//! stored JSON only of the documents it shows ([`Engine::with_citing_sections`]); the draft
//! check never reads it.

use super::{CitedDocumentView, CitingSection, Lookup, SectionsPage, Stored, Supersession};
use crate::engine::Engine;
use crate::error::IndexError;
use crate::keys;
use crate::schema::{Fields, name};
use crate::stored;
use crate::view::ReportSummary;
use crate::writer::StoredDocument;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use tantivy::index::SegmentId;
use tantivy::{DocAddress, Searcher, TantivyDocument};
use tracuu_report::{CitedId, Folded, Role, Scope, same_document_folded};
use utoipa::ToSchema;

/// A mention's relation to the cited document: its role, the document holding the role,
/// the pinpoints it names, and the section it stands in (the citing sections' order).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Relation {
    path: String,
    #[serde(default, skip_serializing_if = "Role::is_mention")]
    role: Role,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    holder: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pinpoints: Vec<String>,
}

/// One (report, document) citation of a document.
#[derive(Debug, Clone)]
pub(crate) struct Member {
    address: DocAddress,
    report: Arc<ReportSummary>,
    mentions: usize,
    relations: Arc<Vec<Relation>>,
}

/// Who cites a document, counted: what the lookup knows of its citing sections before (or
/// without) reading them.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct Citing {
    /// Sections citing the document (`cited_by` holds them when the answer gives them).
    pub sections: usize,
    /// Reports citing it.
    pub reports: usize,
    /// Units whose reports cite it, in order.
    pub units: Vec<String>,
    #[serde(skip)]
    #[schema(ignore)]
    members: Vec<Member>,
}

impl Citing {
    /// Whether the report with this id cites the document.
    pub(crate) fn by_report(&self, id: &str) -> bool {
        self.members
            .iter()
            .any(|m| m.mentions > 0 && m.report.id == id)
    }

    /// Every pinpoint a citing section names.
    pub(crate) fn pinpoints(&self) -> Vec<String> {
        self.members
            .iter()
            .flat_map(|m| m.relations.iter())
            .flat_map(|r| r.pinpoints.iter().cloned())
            .collect()
    }
}

/// The index snapshot a lookup was read from: its citing sections are read from the same
/// one, whatever was committed since.
#[derive(Clone, Default)]
pub(crate) struct Snapshot(Option<Searcher>);

impl std::fmt::Debug for Snapshot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Snapshot")
    }
}

/// Adds the light columns to a citation document.
pub(crate) fn add_columns(
    f: &Fields,
    doc: &mut TantivyDocument,
    summary_json: &str,
    stored: &StoredDocument<'_>,
) {
    let relations: Vec<Relation> = stored
        .mentions
        .iter()
        .filter(|m| !m.role.is_mention() || m.holder.is_some() || !m.pinpoints.is_empty())
        .map(|m| Relation {
            path: m.section.path.clone(),
            role: m.role,
            holder: m.holder.clone(),
            pinpoints: m.pinpoints.clone(),
        })
        .collect();
    // What the citation document says of the document it cites, besides its mentions.
    let identity = serde_json::to_string(stored.cited).unwrap_or_default();
    let relations = serde_json::to_string(&relations).unwrap_or_default();
    doc.add_bytes(f.c_identity, identity.as_bytes());
    doc.add_bytes(f.c_report, summary_json.as_bytes());
    doc.add_bytes(f.c_relations, relations.as_bytes());
    doc.add_u64(f.c_mentions, stored.mentions.len() as u64);
}

/// Column values already parsed, by segment and ord: held by the engine for every lookup
/// and draft check (a segment never changes, so a value parsed once holds until the segment
/// is merged away), each kind bounded ([`MEMO_VALUES`]).
#[derive(Default)]
pub(crate) struct Cache {
    identities: Memo<CitedId>,
    reports: Memo<ReportSummary>,
    relations: Memo<Vec<Relation>>,
    /// The segments the values are of, in order.
    live: Mutex<Vec<SegmentId>>,
}

/// Most values of one kind a [`Cache`] keeps (about 50 MB of identities, the largest kind);
/// past it the kind starts afresh.
const MEMO_VALUES: usize = 200_000;

type Memo<T> = Mutex<HashMap<(SegmentId, u64), Arc<T>>>;

impl Cache {
    /// Forgets the values of segments `searcher` no longer holds (merged or deleted), when
    /// they changed since the last lookup, and a kind grown past [`MEMO_VALUES`].
    fn keep_live(&self, searcher: &Searcher) {
        let mut now: Vec<SegmentId> = searcher
            .segment_readers()
            .iter()
            .map(|r| r.segment_id())
            .collect();
        now.sort();
        let changed = {
            let mut live = self.live.lock().unwrap_or_else(|e| e.into_inner());
            let changed = *live != now;
            if changed {
                live.clone_from(&now);
            }
            changed
        };
        fn retain<T>(memo: &Memo<T>, changed: bool, live: &[SegmentId]) {
            let mut memo = memo.lock().unwrap_or_else(|e| e.into_inner());
            if memo.len() > MEMO_VALUES {
                memo.clear();
            }
            if changed {
                memo.retain(|(s, _), _| live.binary_search(s).is_ok());
            }
        }
        retain(&self.identities, changed, &now);
        retain(&self.reports, changed, &now);
        retain(&self.relations, changed, &now);
    }
}

/// The values of a bytes column on some documents of one segment: each distinct value not
/// in `memo` read once, in the order of the dictionary (one pass over its blocks), parsed
/// once, and kept in `memo`.
fn column_values<T: serde::de::DeserializeOwned>(
    reader: &tantivy::SegmentReader,
    field: &str,
    what: &'static str,
    docs: &[tantivy::DocId],
    memo: &Memo<T>,
) -> Result<Vec<Arc<T>>, IndexError> {
    let segment = reader.segment_id();
    let corrupt = |detail: String| IndexError::Corrupt { what, detail };
    let column = reader
        .fast_fields()
        .bytes(field)?
        .ok_or_else(|| corrupt("no column".into()))?;
    let ords = docs
        .iter()
        .map(|&doc| {
            column
                .term_ords(doc)
                .next()
                .ok_or_else(|| corrupt(format!("none on document {doc}")))
        })
        .collect::<Result<Vec<u64>, IndexError>>()?;
    let lock = || memo.lock().unwrap_or_else(|e| e.into_inner());
    // The values already parsed, taken at once (another lookup may evict them meanwhile).
    let mut values: HashMap<u64, Arc<T>> = HashMap::with_capacity(ords.len());
    let mut distinct: Vec<u64> = Vec::new();
    {
        let memo = lock();
        for &o in &ords {
            match memo.get(&(segment, o)) {
                Some(v) => {
                    values.insert(o, v.clone());
                }
                None => distinct.push(o),
            }
        }
    }
    distinct.sort_unstable();
    distinct.dedup();
    // Parsed without the lock: other lookups go on meanwhile.
    let mut parsed = Vec::with_capacity(distinct.len());
    let mut failed = None;
    column
        .dictionary()
        .sorted_ords_to_term_cb(&distinct, |bytes| {
            match serde_json::from_slice::<T>(bytes) {
                Ok(v) => parsed.push(Arc::new(v)),
                Err(e) => failed = Some(e.to_string()),
            }
        })
        .map_err(|e| corrupt(e.to_string()))?;
    if let Some(e) = failed {
        return Err(corrupt(e));
    }
    if parsed.len() != distinct.len() {
        return Err(corrupt("a value is missing from the dictionary".into()));
    }
    let mut memo = lock();
    for (ord, value) in distinct.into_iter().zip(parsed) {
        memo.insert((segment, ord), value.clone());
        values.insert(ord, value);
    }
    Ok(ords.iter().map(|o| values[o].clone()).collect())
}

/// The identity and the member of each citation document, from the columns.
fn read(
    searcher: &Searcher,
    addresses: &[DocAddress],
    cache: &Cache,
) -> Result<Vec<(Arc<CitedId>, Member)>, IndexError> {
    cache.keep_live(searcher);
    let mut out = Vec::with_capacity(addresses.len());
    let mut addresses = addresses.to_vec();
    addresses.sort();
    for segment in addresses.chunk_by(|a, b| a.segment_ord == b.segment_ord) {
        let reader = searcher.segment_reader(segment[0].segment_ord);
        let docs: Vec<tantivy::DocId> = segment.iter().map(|a| a.doc_id).collect();
        let identities = column_values(
            reader,
            name::C_IDENTITY,
            "identity",
            &docs,
            &cache.identities,
        )?;
        let reports = column_values(reader, name::C_REPORT, "report", &docs, &cache.reports)?;
        let relations = column_values(reader, name::C_RELATIONS, "roles", &docs, &cache.relations)?;
        let mentions = reader.fast_fields().u64(name::C_MENTIONS)?;
        for (((&address, identity), report), relations) in
            segment.iter().zip(identities).zip(reports).zip(relations)
        {
            out.push((
                identity,
                Member {
                    address,
                    report,
                    mentions: mentions.first(address.doc_id).unwrap_or(0) as usize,
                    relations,
                },
            ));
        }
    }
    Ok(out)
}

/// What [`same_document`] across texts needs and costs nothing to check (no folding): both
/// give a date or both an issuer, the dates agree where both give one, else the years do.
/// False only where `same_document` is false; it is asked only where this holds.
fn may_be_same(g: &CitedId, d: &CitedId) -> bool {
    let both_dates = g.date.is_some() && d.date.is_some();
    let both_issuers = g.issuer.is_some() && d.issuer.is_some();
    if !(both_dates || both_issuers) {
        return false;
    }
    match (&g.date, &d.date, g.year, d.year) {
        (Some(a), Some(b), ..) => a.starts_with(b.as_str()) || b.starts_with(a.as_str()),
        (_, _, Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// The order of citing sections: by unit and year, reports whose unit is unknown last.
fn report_order(r: &ReportSummary) -> (bool, &Option<String>, Option<i32>, &str) {
    (r.unit.is_none(), &r.unit, r.year, &r.id)
}

/// Groups the citations into distinct documents, richest first so that a mention without a
/// date joins a dated group rather than founding one: the same document is the parser's one
/// rule ([`same_document`]), across texts.
fn merge(mut pairs: Vec<(Arc<CitedId>, Member)>) -> Vec<CitedDocumentView> {
    pairs.sort_by(|(a, ma), (b, mb)| {
        (a.date.is_none(), a.issuer.is_none(), &ma.report.id).cmp(&(
            b.date.is_none(),
            b.issuer.is_none(),
            &mb.report.id,
        ))
    });
    let mut groups: Vec<CitedDocumentView> = Vec::new();
    // Each group's key and issuer folded, as the rule compares them, once.
    let mut folded: Vec<Folded> = Vec::new();
    // Many citations share one identity: where the first such went is where the next goes,
    // as long as no group's identity changed since (`version`); a miss is checked again
    // against the groups founded since.
    let mut version = 0usize;
    // Keyed by what the rule reads (key, issuer, date, year): identities differing only in
    // their subject or type are placed alike.
    type Described = (String, Option<String>, Option<String>, Option<i32>);
    let described =
        |d: &CitedId| -> Described { (d.key.clone(), d.issuer.clone(), d.date.clone(), d.year) };
    let mut seen: HashMap<Described, (Option<usize>, usize, usize)> = HashMap::new();
    let mut by_date = ByDate::default();
    for (d, member) in pairs {
        let written = d.identity();
        let mut mine: Option<Folded> = None;
        let mut matches = |i: usize| {
            let g = &groups[i];
            may_be_same(&g.cited, &d)
                && same_document_folded(
                    (&g.cited.identity(), &folded[i]),
                    (&written, mine.get_or_insert_with(|| Folded::of(&written))),
                    Scope::AcrossTexts,
                )
        };
        let described = described(&d);
        let from = match seen.get(&described) {
            Some(&(Some(at), v, _)) if v == version => Err(at),
            Some(&(None, v, len)) if v == version => Ok(len),
            _ => Ok(0),
        };
        let found = match (from, by_date.candidates(d.date.as_deref())) {
            (Err(at), _) => Some(at),
            (Ok(from), Some(candidates)) => candidates
                .into_iter()
                .filter(|&i| i >= from)
                .find(|&i| matches(i)),
            (Ok(from), None) => (from..groups.len()).find(|&i| matches(i)),
        };
        seen.insert(described, (found, version, groups.len()));
        if let Some(at) = found {
            let group = &mut groups[at];
            let before = (
                group.cited.issuer.is_none(),
                group.cited.date.is_none(),
                group.cited.year,
            );
            group.cited.issuer = group.cited.issuer.take().or_else(|| d.issuer.clone());
            group.cited.date = group.cited.date.take().or_else(|| d.date.clone());
            group.cited.subject = group.cited.subject.take().or_else(|| d.subject.clone());
            group.cited.doc_type = group.cited.doc_type.take().or_else(|| d.doc_type.clone());
            group.cited.year = group.cited.year.or(d.year);
            if before
                != (
                    group.cited.issuer.is_none(),
                    group.cited.date.is_none(),
                    group.cited.year,
                )
            {
                folded[at] = Folded::of(&group.cited.identity());
                version += 1;
            }
            group.citing.members.push(member);
            continue;
        }
        folded.push(mine.unwrap_or_else(|| Folded::of(&written)));
        let d = Arc::unwrap_or_clone(d);
        by_date.add(groups.len(), d.date.as_deref());
        groups.push(CitedDocumentView {
            id: String::new(),
            cited: d,
            cited_by: Vec::new(),
            differences: Vec::new(),
            superseded_by: Vec::new(),
            apart: Vec::new(),
            indexed: None,
            cited_by_page: None,
            citing: Citing {
                members: vec![member],
                ..Citing::default()
            },
        });
    }
    for g in &mut groups {
        finish(g);
    }
    groups.sort_by(|a, b| (&b.cited.date, &a.id).cmp(&(&a.cited.date, &b.id)));
    groups
}

/// The groups by date, while each has the date of a day (`2024-03-05`) or of a month
/// (`2024-03`): dates agree only where one is the other or begins it, so a dated citation
/// is compared with the groups of its day and of its month alone (the dated citations come
/// first, so this holds for most of them).
struct ByDate {
    days: HashMap<String, Vec<usize>>,
    months: HashMap<String, Vec<usize>>,
    usable: bool,
}

impl Default for ByDate {
    fn default() -> Self {
        ByDate {
            days: HashMap::new(),
            months: HashMap::new(),
            usable: true,
        }
    }
}

impl ByDate {
    /// Group `i`, of this date.
    fn add(&mut self, i: usize, date: Option<&str>) {
        match date.and_then(|d| Some((d, d.get(..7)?))) {
            Some((d, month)) if d.len() == 10 || d.len() == 7 => {
                self.days.entry(d.to_string()).or_default().push(i);
                self.months.entry(month.to_string()).or_default().push(i);
            }
            _ => self.usable = false,
        }
    }

    /// The groups whose date can agree with `date`, in order; `None` when any may.
    fn candidates(&self, date: Option<&str>) -> Option<Vec<usize>> {
        if !self.usable {
            return None;
        }
        let date = date?;
        let month = date.get(..7)?;
        let of = |m: &HashMap<String, Vec<usize>>, k: &str| m.get(k).cloned().unwrap_or_default();
        match date.len() {
            10 => {
                let mut v = of(&self.days, date);
                v.extend(of(&self.days, month));
                v.sort_unstable();
                Some(v)
            }
            7 => Some(of(&self.months, month)),
            _ => None,
        }
    }
}

/// A group's counts, its supersessions and its id, from its members.
fn finish(g: &mut CitedDocumentView) {
    let members = &mut g.citing.members;
    members.sort_by(|a, b| report_order(&a.report).cmp(&report_order(&b.report)));
    let citing: Vec<&Member> = members.iter().filter(|m| m.mentions > 0).collect();
    g.citing.sections = citing.iter().map(|m| m.mentions).sum();
    let mut reports = HashSet::new();
    let mut units = Vec::new();
    for m in &citing {
        reports.insert(m.report.id.as_str());
        units.extend(m.report.unit.clone());
    }
    units.sort();
    units.dedup();
    g.citing.reports = reports.len();
    g.citing.units = units;
    // Reports that replace or repeal the document themselves, in the citing sections' order.
    let mut stated: Vec<(&Member, &Relation)> = citing
        .iter()
        .flat_map(|m| m.relations.iter().map(move |r| (*m, r)))
        .filter(|(_, r)| r.holder.is_none() && matches!(r.role, Role::Replaces | Role::Repeals))
        .collect();
    stated.sort_by(|(a, ra), (b, rb)| {
        (report_order(&a.report), &ra.path).cmp(&(report_order(&b.report), &rb.path))
    });
    let mut seen = HashSet::new();
    g.superseded_by = stated
        .into_iter()
        .filter(|(m, r)| seen.insert((m.report.id.clone(), r.role)))
        .map(|(m, r)| Supersession {
            role: r.role,
            report: (*m.report).clone(),
        })
        .collect();
    // Without issuer and date a document is known only by who cites it.
    let anonymous = g.cited.issuer.is_none() && g.cited.date.is_none();
    let identity = format!(
        "{}|{}|{}|{}",
        keys::key_exact(&g.cited.key),
        g.cited
            .issuer
            .as_deref()
            .map(tracuu_tokenizer::fold)
            .unwrap_or_default(),
        g.cited
            .date
            .clone()
            .or(g.cited.year.map(|y| y.to_string()))
            .unwrap_or_default(),
        match citing.first() {
            Some(m) if anonymous => m.report.id.as_str(),
            _ => "",
        }
    );
    g.id = format!(
        "{}{:08x}",
        keys::key_hash(&g.cited.key),
        xxhash_rust::xxh3::xxh3_64(identity.as_bytes()) as u32
    );
}

impl Engine {
    /// The distinct documents the citation documents at `addresses` cite, without their
    /// citing sections, and the snapshot they were read from.
    pub(super) fn light_documents(
        &self,
        searcher: &Searcher,
        addresses: &[DocAddress],
    ) -> Result<(Vec<CitedDocumentView>, Snapshot), IndexError> {
        let pairs = read(searcher, addresses, self.columns())?;
        Ok((merge(pairs), Snapshot(Some(searcher.clone()))))
    }

    /// The lookup with the citing sections of each of its documents (`cited_by`, by unit
    /// then year), read from the index snapshot the lookup was made on. Page a lookup first
    /// ([`Lookup::paged`]): only the documents it keeps are read.
    pub fn with_citing_sections(&self, lookup: Lookup) -> Result<Lookup, IndexError> {
        self.citing_sections_in(lookup, None)
    }

    /// [`Engine::with_citing_sections`], one page of each document's citing sections when
    /// `sections` is given (`offset`, `limit`): only the citations holding them are read.
    pub fn citing_sections_in(
        &self,
        mut lookup: Lookup,
        sections: Option<(usize, usize)>,
    ) -> Result<Lookup, IndexError> {
        let Some(searcher) = lookup.snapshot.0.clone() else {
            return Ok(lookup);
        };
        for d in &mut lookup.documents {
            fill(&searcher, self.fields(), d, sections)?;
        }
        Ok(lookup)
    }
}

/// Reads the citing sections of a document from the stored JSON of its citations: all of
/// them, or the `limit` from `offset` on, in their order (by unit, year, report, path).
fn fill(
    searcher: &Searcher,
    f: &Fields,
    d: &mut CitedDocumentView,
    window: Option<(usize, usize)>,
) -> Result<(), IndexError> {
    let (offset, limit) = window.unwrap_or((0, usize::MAX));
    let end = offset.saturating_add(limit);
    // The members are in the sections' order by report ([`finish`]): the reports holding
    // the window are read whole, their sections ordered, and the window cut from them.
    let mut members: Vec<&Member> = Vec::new();
    let mut counted = 0;
    let mut before = None;
    for report in d
        .citing
        .members
        .chunk_by(|a, b| report_order(&a.report) == report_order(&b.report))
    {
        let n: usize = report.iter().map(|m| m.mentions).sum();
        if counted >= end {
            break;
        }
        if counted + n > offset {
            before.get_or_insert(counted);
            members.extend(report.iter().filter(|m| m.mentions > 0));
        }
        counted += n;
    }
    members.sort_by_key(|m| m.address);
    let mut cited_by = Vec::new();
    for m in members {
        let doc: TantivyDocument = searcher.doc(m.address)?;
        let stored: Stored = stored::json(&doc, f.document_json, "cited document")?;
        cited_by.extend(stored.mentions.into_iter().map(|m2| CitingSection {
            report: (*m.report).clone(),
            section: m2.section,
            snippet: m2.snippet,
            role: m2.role,
            holder: m2.holder,
            pinpoints: m2.pinpoints,
        }));
    }
    cited_by.sort_by(|a, b| {
        (report_order(&a.report), &a.section.path).cmp(&(report_order(&b.report), &b.section.path))
    });
    let skip = offset - before.unwrap_or(offset);
    d.cited_by = cited_by.into_iter().skip(skip).take(limit).collect();
    d.cited_by_page = window.map(|(offset, limit)| SectionsPage {
        offset,
        limit,
        total: d.citing.sections,
    });
    Ok(())
}
