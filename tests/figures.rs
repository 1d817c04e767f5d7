//! The generator as an oracle for figures: it records every value it writes in its
//! statistics appendix, and the parser must give each one back.

use tracuu::synth::{SyntheticReport, generate};
use tracuu_report::{Figure, parse};

/// Generated reports that carry a statistics appendix: at least `n` of them.
fn with_appendix(n: usize) -> Vec<SyntheticReport> {
    let all = generate(n * 2, 20_240_917);
    let out: Vec<_> = all.into_iter().filter(|r| !r.figures.is_empty()).collect();
    assert!(
        out.len() >= n,
        "only {} reports with an appendix",
        out.len()
    );
    out
}

/// The parsed figure of the statistics table at this row number.
fn at<'a>(figs: &'a [Figure], path: &str) -> Option<&'a Figure> {
    // The statistics table is the first appendix table; later ones restart their numbers.
    let first = figs.first()?.table;
    figs.iter()
        .filter(|f| f.table <= first + 1)
        .find(|f| f.path == path)
}

#[test]
fn parsing_back_gives_every_value_the_generator_wrote() {
    let reports = with_appendix(500);
    let mut checked = 0;
    let mut wrong = Vec::new();
    for r in &reports {
        let figs = parse(&r.text).figures();
        for want in &r.figures {
            checked += 1;
            let got = at(&figs, &want.path).map(|f| f.value.number());
            if got != Some(want.value) {
                wrong.push(format!(
                    "{} {:?} row {} {:?} printed {:?}: got {:?}",
                    r.file_name, r.quirks.table, want.path, want.indicator, want.printed, got
                ));
            }
        }
    }
    assert!(checked > 500 * 15);
    assert!(
        wrong.is_empty(),
        "{} of {checked} values wrong:\n{}",
        wrong.len(),
        wrong[..wrong.len().min(30)].join("\n")
    );
}

/// The generator's value of a row of one report.
fn meant(r: &SyntheticReport, path: &str) -> Option<f64> {
    r.figures
        .iter()
        .find(|f| f.path == path)
        .and_then(|f| f.value)
}

#[test]
fn a_compiled_district_total_equals_the_sum_the_generator_wrote() {
    use std::collections::BTreeMap;
    use tracuu_index::figures::{Inputs, compile, records_at};
    let reports = with_appendix(500);
    // District → (records parsed back, generator's sums of received and online files).
    let mut districts: BTreeMap<String, (Inputs, f64, f64)> = BTreeMap::new();
    let mut seen = std::collections::HashSet::new();
    for (k, r) in reports.iter().enumerate() {
        // One report per unit and period is compiled (the generator may write a second).
        if r.unit.level != tracuu::synth::UnitLevel::Commune
            || !seen.insert((
                r.unit.full_name(),
                r.unit.district.clone(),
                r.year,
                r.period,
            ))
        {
            continue;
        }
        // As the indexer does: NFD text is composed before it is parsed.
        // Placed by the generator's own unit and period: this test is about the figures and
        // their sums; the metadata parser has tests of its own.
        let recs = records_at(
            k as u64,
            &r.unit.full_name(),
            &r.unit.district,
            &format!("{}-{}", r.year, r.period.code()),
            &parse(&tracuu_tokenizer::nfc(&r.text)),
        );
        let slot = districts
            .entry(format!(
                "{}|{}|{}",
                r.unit.district,
                r.year,
                r.period.code()
            ))
            .or_default();
        let pick =
            |code: &str| -> Vec<_> { recs.iter().filter(|x| x.code == code).cloned().collect() };
        slot.0.own.extend(pick("hs_tiep_nhan"));
        slot.0.numerator.extend(pick("hs_truc_tuyen"));
        slot.1 += meant(r, "2.2").unwrap_or(0.0);
        slot.2 += meant(r, "2.2.1").unwrap_or(0.0);
    }
    let received = tracuu_report::indicator("hs_tiep_nhan").unwrap();
    let share = tracuu_report::indicator("hs_truc_tuyen_ty_le").unwrap();
    let mut compiled = 0;
    for (district, (inputs, total, online)) in &districts {
        let c = compile(received, Some(district), inputs);
        assert_eq!(c.total.cells.len(), 1, "{district}: one period");
        assert_eq!(
            c.total.cells[0].value,
            Some(*total),
            "{district}: {:?}",
            inputs.own
        );
        // The share of online files is recomputed from the sums, never averaged.
        let pct = Inputs {
            own: inputs.own.clone(),
            numerator: inputs.numerator.clone(),
            denominator: inputs.own.clone(),
        };
        let c = compile(share, Some(district), &pct);
        let want = (online / total * 10_000.0).round() / 100.0;
        assert_eq!(c.total.cells[0].value, Some(want), "{district}");
        compiled += 1;
    }
    assert!(compiled > 100, "{compiled} district periods");
}
