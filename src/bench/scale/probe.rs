//! The query side: the mix over tracuu's HTTP API (one keep-alive connection), over SQLite
//! FTS5 and over tantivy's plain field; the HTTP throughput; the citation lookup.

use super::super::http::{self, Connection};
use super::build::peak_mb_of;
use anyhow::Context;
use serde::{Deserialize, Serialize};
use std::net::{SocketAddr, TcpListener};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tracuu_index::SearchRequest;
use tracuu_index::is_function_word;
use tracuu_index::words;

/// Latency percentiles of one system over the mix: each the median over the rounds.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Latency {
    /// What was measured.
    pub name: String,
    /// Median of the rounds' p50, in ms.
    pub p50: f64,
    /// Median of the rounds' p95, in ms.
    pub p95: f64,
    /// Median of the rounds' p99, in ms.
    pub p99: f64,
    /// Queries that failed (non-200 answers, query syntax errors).
    pub failed: usize,
}

/// One citation lookup over HTTP.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Lookup {
    /// The path asked.
    pub path: String,
    /// Median latency of five, in ms.
    pub ms: f64,
    /// Bytes of the answer's body.
    pub bytes: usize,
}

/// Throughput with N clients.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Throughput {
    /// Concurrent clients.
    pub clients: usize,
    /// `/api/search` answers a second (the mix in turn).
    pub search_rps: f64,
    /// `/api/health` answers a second.
    pub health_rps: f64,
    /// Failed answers of both.
    pub failed: u64,
}

/// `tracuu serve` in a child process, on a free loopback port.
pub struct Server {
    child: Child,
    /// Where it listens.
    pub addr: SocketAddr,
}

impl Server {
    /// Starts `tracuu serve --index DIR` and waits until `/api/health` answers.
    pub fn start(index: &Path) -> anyhow::Result<Server> {
        let addr = TcpListener::bind("127.0.0.1:0")?.local_addr()?;
        let child = Command::new(std::env::current_exe()?)
            .arg("serve")
            .arg("--index")
            .arg(index)
            .arg("--addr")
            .arg(addr.to_string())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .spawn()
            .context("cannot start tracuu serve")?;
        let server = Server { child, addr };
        let deadline = Instant::now() + Duration::from_secs(120);
        while Instant::now() < deadline {
            if let Ok(mut c) = Connection::open(addr)
                && c.get("/api/health").is_ok_and(|(s, _)| s == 200)
            {
                return Ok(server);
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        anyhow::bail!("tracuu serve did not answer within 120 s")
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The server's peak resident memory so far, in MB.
    pub fn peak_mb(&self) -> Option<f64> {
        peak_mb_of(self.child.id())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The API path of a request of the mix.
pub fn search_path(request: &SearchRequest, by_report: bool) -> String {
    let mut path = format!("/api/search?q={}", http::encode(&request.q));
    if let Some(unit) = &request.unit {
        path.push_str(&format!("&unit={}", http::encode(unit)));
    }
    if let Some(year) = request.year {
        path.push_str(&format!("&year={year}"));
    }
    if by_report {
        path.push_str("&group=report");
    }
    path
}

/// Runs the mix `rounds` times over one keep-alive connection (after one warm-up pass).
pub fn tracuu_http(
    addr: SocketAddr,
    mix: &[SearchRequest],
    by_report: bool,
    rounds: usize,
) -> anyhow::Result<Latency> {
    let paths: Vec<String> = mix.iter().map(|q| search_path(q, by_report)).collect();
    let mut connection = Connection::open(addr)?;
    let mut failed = 0;
    let mut per_round = Vec::new();
    for round in 0..=rounds {
        let mut times = Vec::with_capacity(paths.len());
        for path in &paths {
            let started = Instant::now();
            let (status, _) = connection.get(path)?;
            times.push(started.elapsed().as_secs_f64() * 1000.0);
            if status != 200 && round == 0 {
                failed += 1;
            }
        }
        if round > 0 {
            per_round.push(times);
        }
    }
    let name = if by_report {
        "tracuu `/api/search`, `group=report`"
    } else {
        "tracuu `/api/search`, section hits"
    };
    Ok(summarise(name, per_round, failed))
}

/// The FTS5 form of a query of the mix: each word a quoted token (all required), a quoted
/// phrase or a document number (`05/KH-UBND`) a phrase of its tokens; a long question (eight
/// words or more) its words minus function words joined by `OR`, as `bench-alqac` asks it.
pub fn fts5_query(q: &str) -> Option<String> {
    let tokens = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect()
    };
    if words(q).len() >= 8 {
        let terms: Vec<String> = words(q)
            .into_iter()
            .filter(|w| !is_function_word(&w.exact, w.diacritics))
            .map(|w| format!("\"{}\"", w.exact.replace('"', "")))
            .collect();
        return (!terms.is_empty()).then(|| terms.join(" OR "));
    }
    let mut parts = Vec::new();
    for (i, chunk) in q.split('"').enumerate() {
        if i % 2 == 1 {
            let t = tokens(chunk);
            if !t.is_empty() {
                parts.push(format!("\"{}\"", t.join(" ")));
            }
            continue;
        }
        for word in chunk.split_whitespace() {
            let t = tokens(word);
            if !t.is_empty() {
                parts.push(format!("\"{}\"", t.join(" ")));
            }
        }
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// The mix over the FTS5 table: the top 10 by bm25 and the count, filters as `WHERE` columns
/// (the unit by its exact name).
pub fn fts5(db_path: &Path, mix: &[SearchRequest], rounds: usize) -> anyhow::Result<Latency> {
    let db = rusqlite::Connection::open(db_path)?;
    let base =
        "FROM s WHERE s MATCH ?1 AND (?2 IS NULL OR unit = ?2) AND (?3 IS NULL OR year = ?3)";
    let mut top = db.prepare(&format!(
        "SELECT rowid, bm25(s) {base} ORDER BY bm25(s) LIMIT 10"
    ))?;
    let mut count = db.prepare(&format!("SELECT count(*) {base}"))?;
    let queries: Vec<Option<String>> = mix.iter().map(|q| fts5_query(&q.q)).collect();
    let mut failed = 0;
    let mut per_round = Vec::new();
    for round in 0..=rounds {
        let mut times = Vec::with_capacity(mix.len());
        for (request, query) in mix.iter().zip(&queries) {
            let started = Instant::now();
            let ok = query.as_ref().is_some_and(|query| {
                let args = (query, request.unit.as_deref(), request.year);
                let hits: rusqlite::Result<Vec<i64>> = top
                    .query_map(args, |row| row.get(0))
                    .and_then(|rows| rows.collect());
                let n: rusqlite::Result<i64> = count.query_row(args, |row| row.get(0));
                hits.is_ok() && n.is_ok()
            });
            times.push(started.elapsed().as_secs_f64() * 1000.0);
            if !ok && round == 0 {
                failed += 1;
            }
        }
        if round > 0 {
            per_round.push(times);
        }
    }
    Ok(summarise(
        "SQLite FTS5, bm25, limit 10, and count",
        per_round,
        failed,
    ))
}

/// The mix over tantivy's plain field: `QueryParser` (lenient), top 10 and count; filters are
/// not applied (the field holds no unit or year).
pub fn tantivy_plain(dir: &Path, mix: &[SearchRequest], rounds: usize) -> anyhow::Result<Latency> {
    let index = tantivy::Index::open_in_dir(dir)?;
    let body = index.schema().get_field("body")?;
    let searcher = index.reader()?.searcher();
    let parser = tantivy::query::QueryParser::for_index(&index, vec![body]);
    let mut per_round = Vec::new();
    for round in 0..=rounds {
        let mut times = Vec::with_capacity(mix.len());
        for q in mix {
            let started = Instant::now();
            let (query, _) = parser.parse_query_lenient(&q.q);
            searcher.search(
                &query,
                &(
                    tantivy::collector::TopDocs::with_limit(10).order_by_score(),
                    tantivy::collector::Count,
                ),
            )?;
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        if round > 0 {
            per_round.push(times);
        }
    }
    Ok(summarise(
        "tantivy, one field, QueryParser, top 10 and count",
        per_round,
        0,
    ))
}

/// `/api/search` over the mix and `/api/health` with `clients` connections each.
pub fn throughput(
    addr: SocketAddr,
    mix: &[SearchRequest],
    clients: usize,
    seconds: u64,
) -> Throughput {
    let paths: Vec<String> = mix.iter().map(|q| search_path(q, false)).collect();
    let duration = Duration::from_secs(seconds);
    let (n, failed) = http::load(addr, &paths, clients, duration);
    let (h, h_failed) = http::load(addr, &["/api/health".to_string()], clients, duration);
    Throughput {
        clients,
        search_rps: n as f64 / duration.as_secs_f64(),
        health_rps: h as f64 / duration.as_secs_f64(),
        failed: failed + h_failed,
    }
}

/// A citation lookup, five times after one warm-up: the median latency and the body's size.
pub fn lookup(addr: SocketAddr, path: &str) -> anyhow::Result<Lookup> {
    let mut connection = Connection::open(addr)?;
    let (_, bytes) = connection.get(path)?;
    let mut times = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        connection.get(path)?;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    Ok(Lookup {
        path: path.to_string(),
        ms: percentile(&mut times, 0.5),
        bytes,
    })
}

fn summarise(name: &str, per_round: Vec<Vec<f64>>, failed: usize) -> Latency {
    let (mut p50, mut p95, mut p99) = (Vec::new(), Vec::new(), Vec::new());
    for mut times in per_round {
        p50.push(percentile(&mut times, 0.50));
        p95.push(percentile(&mut times, 0.95));
        p99.push(percentile(&mut times, 0.99));
    }
    Latency {
        name: name.to_string(),
        p50: percentile(&mut p50, 0.5),
        p95: percentile(&mut p95, 0.5),
        p99: percentile(&mut p99, 0.5),
        failed,
    }
}

/// The `p` quantile (nearest rank) of `values`.
pub fn percentile(values: &mut [f64], p: f64) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    values.sort_by(f64::total_cmp);
    let rank = ((p * values.len() as f64).ceil() as usize).clamp(1, values.len());
    values[rank - 1]
}

#[cfg(test)]
mod tests {
    use super::fts5_query;

    #[test]
    fn fts5_queries_keep_phrases_and_numbers_together() {
        assert_eq!(fts5_query("hòa giải").as_deref(), Some("\"hòa\" \"giải\""));
        assert_eq!(
            fts5_query("\"một cửa\" 05/KH-UBND").as_deref(),
            Some("\"một cửa\" \"05 KH UBND\"")
        );
        assert_eq!(fts5_query("\"\" /").as_deref(), None);
        let long = fts5_query("kết quả giải quyết hồ sơ thủ tục hành chính đúng hạn của xã")
            .unwrap_or_default();
        assert!(long.contains(" OR "), "{long}");
    }
}
