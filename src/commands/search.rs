//! `tracuu search QUERY [--unit U] [--year Y] [--section S] [--limit N] [--json]`.

use crate::cli::{GroupArg, SearchArgs};
use crate::commands::open_engine;
use crate::text::terminal_snippet;
use tracuu_index::search::request::{parse_category, parse_period};
use tracuu_index::{Group, MatchKind, SearchRequest};

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
    crate::say!(
        "{} hits ({} exact) for \"{}\" in {:.1} ms",
        response.total,
        response.exact_total,
        args.query,
        response.took_ms
    );
    if response.exact_total == 0 && response.total > 0 {
        crate::say!("no hit with the diacritics as typed; showing hits without diacritics");
    }
    for (i, hit) in response.hits.iter().enumerate() {
        let r = &hit.report;
        let loose = if hit.match_kind == MatchKind::Loose {
            "  [không dấu]"
        } else {
            ""
        };
        crate::say!(
            "\n{:>3}. {} · {} · {}{}",
            args.offset + i + 1,
            r.unit.as_deref().unwrap_or("(đơn vị?)"),
            r.date
                .as_deref()
                .map(crate::text::vn_date)
                .unwrap_or_else(|| "(ngày?)".into()),
            r.period.as_deref().unwrap_or("(kỳ?)"),
            loose
        );
        crate::say!(
            "     {} {}  [{}]",
            hit.section.path,
            hit.section.title,
            r.source
        );
        crate::say!("     {}", terminal_snippet(&hit.snippet));
    }
    found
}
