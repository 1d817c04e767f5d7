//! The bench's outputs: the table (`scale.md`), the figures (`scale.json`) and the cost curve
//! (`scale.svg`, hand-written: log-log axes, measured points joined, the least-squares line
//! through them extended to 1,000,000 reports, dotted).

use super::SizeResult;
use std::fmt::Write as _;
use std::path::Path;

/// Where the curve is extended to.
const TARGET: f64 = 1_000_000.0;

/// Writes `scale.md`, `scale.json` and `scale.svg` into `out`.
pub fn write(out: &Path, results: &[SizeResult]) -> anyhow::Result<()> {
    std::fs::write(
        out.join("scale.json"),
        serde_json::to_string_pretty(results)?,
    )?;
    std::fs::write(out.join("scale.md"), markdown(results))?;
    std::fs::write(out.join("scale.svg"), svg(results))?;
    Ok(())
}

fn markdown(results: &[SizeResult]) -> String {
    let mut md = String::from("# tracuu bench-scale\n\n");
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let _ = writeln!(
        md,
        "{cores} cores. Times are medians of the rounds; ratios compare systems measured in the same run.\n"
    );
    for r in results {
        let _ = writeln!(
            md,
            "## {} reports ({:.0} MB of text, {} sections); load average {} before, {} after\n",
            thousands(r.reports as f64),
            r.text_mb,
            thousands(r.sections as f64),
            r.load.0,
            r.load.1
        );
        let fts = r.indexing.iter().find(|i| i.system == "SQLite FTS5");
        let _ = writeln!(
            md,
            "| indexing, whole pipeline from the files (rounds: {}) | {} |",
            r.indexing.first().map_or(0, |i| i.rounds.len()),
            r.indexing
                .iter()
                .map(|i| i.system.as_str())
                .collect::<Vec<_>>()
                .join(" | ")
        );
        let _ = writeln!(md, "|---|{}", "---|".repeat(r.indexing.len()));
        let row = |title: &str, cell: &dyn Fn(&super::Indexing) -> String| {
            format!(
                "| {title} | {} |\n",
                r.indexing.iter().map(cell).collect::<Vec<_>>().join(" | ")
            )
        };
        md.push_str(&row("time", &|i| format!("{:.1} s", i.seconds)));
        md.push_str(&row("throughput (× FTS5)", &|i| {
            format!(
                "{:.2} MB/s ({:.2} ×)",
                r.text_mb / i.seconds,
                fts.map_or(f64::NAN, |f| f.seconds / i.seconds)
            )
        }));
        md.push_str(&row("CPU per MB of text", &|i| {
            format!("{:.2} s", i.cpu_seconds / r.text_mb)
        }));
        md.push_str(&row("peak memory", &|i| format!("{:.0} MB", i.peak_mb)));
        md.push_str(&row("index on disk (× text)", &|i| {
            format!("{:.0} MB ({:.2} ×)", i.index_mb, i.index_mb / r.text_mb)
        }));
        let sections = r.queries.first().map_or(f64::NAN, |q| q.p99);
        let _ = writeln!(
            md,
            "\n| the mix of {} queries, medians of the rounds | p50 | p95 | p99 | p99 ÷ tracuu's | failed |\n|---|---|---|---|---|---|",
            r.mix
        );
        for q in &r.queries {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {:.2} | {} |",
                q.name,
                ms(q.p50),
                ms(q.p95),
                ms(q.p99),
                q.p99 / sections,
                q.failed
            );
        }
        let _ = writeln!(
            md,
            "\nHTTP with {} clients: `/api/search` {:.0} requests a second, `/api/health` {:.0}: {:.1} % (target ≥ 20 %); {} failed. `tracuu serve` peaked at {:.0} MB.\n",
            r.http.clients,
            r.http.search_rps,
            r.http.health_rps,
            100.0 * r.http.search_rps / r.http.health_rps,
            r.http.failed,
            r.serve_peak_mb
        );
        for l in &r.lookups {
            let _ = writeln!(
                md,
                "- `{}`: {} ({:.2} MB)",
                l.path,
                ms(l.ms),
                l.bytes as f64 / 1e6
            );
        }
        md.push('\n');
    }
    if results.len() >= 2 {
        let _ = writeln!(
            md,
            "## Extrapolated to {} reports (least squares, linear in the corpus size)\n",
            thousands(TARGET)
        );
        for (name, points) in series(results) {
            let _ = writeln!(
                md,
                "- {name}: {}",
                fit(&points).map_or("—".into(), |(a, b)| format!("{:.1}", a + b * TARGET))
            );
        }
        md.push('\n');
    }
    md
}

/// Every curve: its name (with its unit) and its (reports, value) points.
fn series(results: &[SizeResult]) -> Vec<(String, Vec<(f64, f64)>)> {
    let mut out: Vec<(String, Vec<(f64, f64)>)> = Vec::new();
    let mut push = |name: String, x: f64, y: f64| match out.iter_mut().find(|(n, _)| *n == name) {
        Some((_, points)) => points.push((x, y)),
        None => out.push((name, vec![(x, y)])),
    };
    for r in results {
        let x = r.reports as f64;
        for i in &r.indexing {
            push(format!("indexing s, {}", i.system), x, i.seconds);
        }
        for q in &r.queries {
            push(format!("p50 ms, {}", q.name), x, q.p50);
            push(format!("p99 ms, {}", q.name), x, q.p99);
        }
    }
    out
}

/// The least-squares line `a + b x` through the points (through the origin for one point).
fn fit(points: &[(f64, f64)]) -> Option<(f64, f64)> {
    match points {
        [] => None,
        [(x, y)] => Some((0.0, y / x)),
        _ => {
            let n = points.len() as f64;
            let mx = points.iter().map(|p| p.0).sum::<f64>() / n;
            let my = points.iter().map(|p| p.1).sum::<f64>() / n;
            let sxy: f64 = points.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
            let sxx: f64 = points.iter().map(|p| (p.0 - mx).powi(2)).sum();
            let b = sxy / sxx;
            Some((my - b * mx, b))
        }
    }
}

const COLOURS: [&str; 8] = [
    "#1b6ac9", "#d2691e", "#2e8b57", "#8a2be2", "#b22222", "#444444", "#c71585", "#008b8b",
];

/// Two panels: indexing time, and query latency (p50 thin, p99 thick).
fn svg(results: &[SizeResult]) -> String {
    let all = series(results);
    let (indexing, latency): (Vec<_>, Vec<_>) = all
        .into_iter()
        .partition(|(n, _)| n.starts_with("indexing"));
    let mut s = String::from(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1100\" height=\"520\" font-family=\"sans-serif\" font-size=\"12\">\n<rect width=\"1100\" height=\"520\" fill=\"white\"/>\n",
    );
    panel(&mut s, 60.0, "indexing time (s), whole pipeline", &indexing);
    panel(
        &mut s,
        600.0,
        "query latency (ms): p50 thin, p99 thick",
        &latency,
    );
    let _ = writeln!(
        s,
        "<text x=\"60\" y=\"505\" fill=\"#555\">log-log; points measured by tracuu bench-scale; dotted: least-squares line through them, extended to 1,000,000 reports</text>\n</svg>"
    );
    s
}

fn panel(s: &mut String, left: f64, title: &str, series: &[(String, Vec<(f64, f64)>)]) {
    let (top, width, height) = (40.0, 440.0, 300.0);
    let x_min = series
        .iter()
        .flat_map(|(_, p)| p.iter().map(|q| q.0))
        .fold(TARGET, f64::min)
        .min(10_000.0);
    let mut values: Vec<f64> = Vec::new();
    for (_, points) in series {
        values.extend(points.iter().map(|p| p.1));
        if let Some((a, b)) = fit(points) {
            values.push(a + b * TARGET);
        }
    }
    let positive = values.iter().copied().filter(|v| *v > 0.0);
    let y_min = positive.clone().fold(f64::INFINITY, f64::min).max(1e-3);
    let y_max = positive.fold(0.0, f64::max).max(y_min * 10.0);
    let (ly0, ly1) = (y_min.log10().floor(), y_max.log10().ceil());
    let (lx0, lx1) = (x_min.log10(), TARGET.log10());
    let px = |x: f64| left + (x.log10() - lx0) / (lx1 - lx0) * width;
    let py = |y: f64| top + height - (y.max(10f64.powf(ly0)).log10() - ly0) / (ly1 - ly0) * height;
    let _ = writeln!(
        s,
        "<text x=\"{left}\" y=\"24\" font-size=\"14\" font-weight=\"bold\">{}</text>",
        escape(title)
    );
    let _ = writeln!(
        s,
        "<rect x=\"{left}\" y=\"{top}\" width=\"{width}\" height=\"{height}\" fill=\"none\" stroke=\"#999\"/>"
    );
    for x in [
        1_000.0,
        3_000.0,
        10_000.0,
        30_000.0,
        100_000.0,
        300_000.0,
        1_000_000.0,
    ] {
        if x < x_min {
            continue;
        }
        let _ = writeln!(
            s,
            "<line x1=\"{0:.1}\" y1=\"{top}\" x2=\"{0:.1}\" y2=\"{1}\" stroke=\"#eee\"/><text x=\"{0:.1}\" y=\"{2}\" text-anchor=\"middle\">{3}</text>",
            px(x),
            top + height,
            top + height + 16.0,
            thousands(x)
        );
    }
    let mut e = ly0;
    while e <= ly1 {
        let y = 10f64.powf(e);
        let _ = writeln!(
            s,
            "<line x1=\"{left}\" y1=\"{0:.1}\" x2=\"{1}\" y2=\"{0:.1}\" stroke=\"#eee\"/><text x=\"{2}\" y=\"{3:.1}\" text-anchor=\"end\">{4}</text>",
            py(y),
            left + width,
            left - 4.0,
            py(y) + 4.0,
            if y >= 1.0 {
                thousands(y)
            } else {
                format!("{y}")
            }
        );
        e += 1.0;
    }
    for (i, (name, points)) in series.iter().enumerate() {
        let colour =
            COLOURS[(i / if name.starts_with("indexing") { 1 } else { 2 }) % COLOURS.len()];
        let thick = if name.starts_with("p99") { 2.5 } else { 1.2 };
        let line: Vec<String> = points
            .iter()
            .map(|&(x, y)| format!("{:.1},{:.1}", px(x), py(y)))
            .collect();
        let _ = writeln!(
            s,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"{thick}\"/>",
            line.join(" ")
        );
        for &(x, y) in points {
            let _ = writeln!(
                s,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" fill=\"{colour}\"/>",
                px(x),
                py(y)
            );
        }
        if let (Some((a, b)), Some(&(x_last, _))) = (fit(points), points.last()) {
            let extension: Vec<String> = (0..=20)
                .map(|k| x_last * (TARGET / x_last).powf(k as f64 / 20.0))
                .map(|x| format!("{:.1},{:.1}", px(x), py(a + b * x)))
                .collect();
            let _ = writeln!(
                s,
                "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"{thick}\" stroke-dasharray=\"3,4\"/>",
                extension.join(" ")
            );
        }
        if !name.starts_with("p99") {
            let legend = name.split_once(", ").map_or(name.as_str(), |(_, n)| n);
            let row = if name.starts_with("indexing") {
                i
            } else {
                i / 2
            };
            let _ = writeln!(
                s,
                "<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"4\" fill=\"{colour}\"/><text x=\"{}\" y=\"{}\">{}</text>",
                left,
                top + height + 34.0 + row as f64 * 16.0,
                left + 18.0,
                top + height + 40.0 + row as f64 * 16.0,
                escape(&legend.replace('`', ""))
            );
        }
    }
}

fn ms(v: f64) -> String {
    if v >= 100.0 {
        format!("{} ms", thousands(v))
    } else if v < 1.0 {
        format!("{v:.2} ms")
    } else {
        format!("{v:.1} ms")
    }
}

/// `1234567.8` → `1,234,568`.
fn thousands(v: f64) -> String {
    let digits = format!("{:.0}", v);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::{fit, thousands};

    #[test]
    fn a_line_through_two_points_extends_linearly() {
        let (a, b) = fit(&[(10_000.0, 20.0), (30_000.0, 60.0)]).unwrap_or_default();
        assert!((a + b * 1_000_000.0 - 2000.0).abs() < 1e-6);
        assert_eq!(thousands(1_000_000.0), "1,000,000");
        assert_eq!(thousands(950.0), "950");
    }
}
