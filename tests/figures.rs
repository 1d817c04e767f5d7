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
