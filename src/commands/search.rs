//! `tracuu search QUERY [--unit U] [--year Y] [--section S] [--limit N] [--json]`.

use crate::cli::{GroupArg, SearchArgs};
use crate::commands::open_engine;
use tracuu_index::{Group, MatchKind, SearchRequest};
use tracuu_index::{parse_category, parse_period};

/// Runs `tracuu search`.
pub fn run(args: &SearchArgs) -> anyhow::Result<()> {
    let engine = open_engine(&args.index.dir)?;
    let mut request = SearchRequest::new(args.query.clone());
    request.unit = args.unit.clone();
    request.year = args.year;
    request.section = args.section.as_deref().map(parse_category).transpose()?;
    request.period = args.period.as_deref().map(parse_period).transpose()?;
    request.limit = args.limit;
    request.offset = args.offset;
    request.group = match args.group {
        GroupArg::Section => Group::Section,
        GroupArg::Report => Group::Report,
    };
    let response = engine.search(&request)?;
    let found = if response.total == 0 {
        Err(crate::commands::NothingFound.into())
    } else {
        Ok(())
    };
    if args.json {
        crate::say!("{}", serde_json::to_string_pretty(&response)?);
        return found;
    }
    let t = &response.tiers;
    let more = |more: bool| if more { "more than " } else { "" };
    crate::say!(
        "{}{} hits for \"{}\" in {:.1} ms: {} phrase, {} words, {}{} partial, {}{} loose",
        more(t.partial_more || t.loose_more),
        response.total,
        args.query,
        response.took_ms,
        t.phrase,
        t.words,
        more(t.partial_more),
        t.partial,
        more(t.loose_more),
        t.loose
    );
    if t.loose_more && t.loose == 0 {
        crate::say!(
            "(the loose tier was not counted: the partial tier alone passes the count limit)"
        );
    }
    if response.matches == 0 && response.total > 0 {
        crate::say!("no hit holds every word as typed; showing the nearest");
    }
    for (i, hit) in response.hits.iter().enumerate() {
        let r = &hit.report;
        let loose = match hit.match_kind {
            MatchKind::Loose => "  [không dấu]".to_string(),
            MatchKind::Partial => format!("  [thiếu: {}]", hit.missing.join(", ")),
            _ => String::new(),
        };
        // What is known of the document: a decision has no reporting period, a decree no unit.
        let known: Vec<String> = [
            r.kind.clone(),
            r.unit.clone(),
            r.date.as_deref().map(crate::text::vn_date),
            r.period.clone(),
        ]
        .into_iter()
        .flatten()
        .collect();
        let known = if known.is_empty() {
            r.source.clone()
        } else {
            known.join(" · ")
        };
        crate::say!("\n{:>3}. {}{}", args.offset + i + 1, known, loose);
        crate::say!(
            "     {} {}  [{}]",
            hit.section.path,
            hit.section.title,
            r.source
        );
        crate::say!("     {}", hit.snippet.render("«", "»"));
    }
    found
}
