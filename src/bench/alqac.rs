//! `tracuu bench-alqac`: recall of real legal questions, typed as is, against SQLite FTS5.
//!
//! The ALQAC corpus holds law articles (`articles.json`: `"law@article"` → text) and questions
//! each answered by one or more of them (`train_questions.json`). Every article is indexed as
//! one document; each question is searched as typed, one hit per document, and the recall at
//! 1, 10 and 100 is the share of questions with an answering article among the first 1, 10,
//! 100 hits. Beside it, in the same run: SQLite FTS5 (`unicode61 remove_diacritics 2`) over
//! the same articles, the question's words minus function words joined by `OR`, ranked by
//! BM25.

use crate::cli::BenchAlqacArgs;
use anyhow::Context;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::time::Instant;
use tracuu_index::is_function_word;
use tracuu_index::words;
use tracuu_index::{Engine, Group, Indexer, SearchRequest};

#[derive(Deserialize)]
struct Question {
    question_id: String,
    text: String,
    relevant_articles: Vec<Article>,
}

#[derive(Deserialize)]
struct Article {
    law_id: String,
    article_id: String,
}

/// Recall at 1, 10 and 100, and each question's latency in milliseconds.
#[derive(Default)]
struct Scores {
    at: [usize; 3],
    latency: Vec<f64>,
}

impl Scores {
    fn add(&mut self, ranked: &[String], relevant: &HashSet<String>, ms: f64) {
        let first = ranked.iter().position(|k| relevant.contains(k));
        for (slot, k) in [1, 10, 100].iter().enumerate() {
            if first.is_some_and(|p| p < *k) {
                self.at[slot] += 1;
            }
        }
        self.latency.push(ms);
    }

    fn line(&mut self, name: &str, n: usize) -> String {
        self.latency.sort_by(f64::total_cmp);
        let pct = |p: f64| {
            let i = ((self.latency.len() as f64 - 1.0) * p).round() as usize;
            self.latency.get(i).copied().unwrap_or(0.0)
        };
        format!(
            "{name:<8} recall@1 {:.2}  @10 {:.2}  @100 {:.2}   latency p50 {:.2} ms, p99 {:.2} ms",
            self.at[0] as f64 / n as f64,
            self.at[1] as f64 / n as f64,
            self.at[2] as f64 / n as f64,
            pct(0.5),
            pct(0.99),
        )
    }
}

/// Runs the bench and prints its figures.
pub fn run(args: &BenchAlqacArgs) -> anyhow::Result<()> {
    let read = |name: &str| {
        let path = args.corpus.join(name);
        std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))
    };
    let articles: BTreeMap<String, String> = serde_json::from_str(&read("articles.json")?)?;
    // Each article as its law prints it: `Điều N.` before its title line, so the parser reads
    // the title as the article's heading. Both systems index the same text.
    let articles: BTreeMap<String, String> = articles
        .into_iter()
        .map(|(key, text)| {
            let number = key.rsplit('@').next().unwrap_or_default().to_string();
            (key, format!("Điều {number}. {text}"))
        })
        .collect();
    let questions: Vec<Question> = serde_json::from_str(&read("train_questions.json")?)?;
    println!(
        "ALQAC: {} articles, {} questions (one document per article)",
        articles.len(),
        questions.len()
    );

    let dir_dir = super::work::WorkDir::new(args.dir.as_deref(), "tracuu-alqac-")?;
    let dir = dir_dir.path();
    let started = Instant::now();
    let mut indexer = Indexer::open(dir)?;
    for (key, text) in &articles {
        indexer.add(key, text)?;
    }
    indexer.commit()?;
    let engine = Engine::open(dir)?;
    println!("tracuu indexed in {:.1} s", started.elapsed().as_secs_f64());

    let started = Instant::now();
    let db = rusqlite::Connection::open_in_memory()?;
    db.execute_batch(
        "CREATE VIRTUAL TABLE a USING fts5(key UNINDEXED, body, tokenize='unicode61 remove_diacritics 2');",
    )?;
    {
        let tx = db.unchecked_transaction()?;
        let mut insert = tx.prepare("INSERT INTO a (key, body) VALUES (?1, ?2)")?;
        for (key, text) in &articles {
            insert.execute((key, text))?;
        }
        drop(insert);
        tx.commit()?;
    }
    println!("FTS5 indexed in {:.1} s", started.elapsed().as_secs_f64());
    let mut fts = db.prepare("SELECT key FROM a WHERE a MATCH ?1 ORDER BY bm25(a) LIMIT 100")?;

    let mut ours = Scores::default();
    let mut theirs = Scores::default();
    let mut misses = Vec::new();
    for question in &questions {
        let relevant: HashSet<String> = question
            .relevant_articles
            .iter()
            .map(|a| format!("{}@{}", a.law_id, a.article_id))
            .collect();

        let mut request = SearchRequest::new(question.text.clone());
        request.group = Group::Report;
        request.limit = 100;
        let t = Instant::now();
        let response = engine.search(&request)?;
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        let ranked: Vec<String> = response
            .hits
            .iter()
            .map(|h| h.report.source.clone())
            .collect();
        if !ranked.first().is_some_and(|k| relevant.contains(k)) {
            misses.push(format!(
                "  {} · wanted {:?} · got {:?} at rank {:?}",
                question.question_id,
                relevant,
                ranked.first(),
                ranked
                    .iter()
                    .position(|k| relevant.contains(k))
                    .map(|p| p + 1)
            ));
        }
        ours.add(&ranked, &relevant, ms);

        let terms: Vec<String> = words(&question.text)
            .into_iter()
            .filter(|w| !is_function_word(&w.exact, w.diacritics))
            .map(|w| format!("\"{}\"", w.exact.replace('"', "")))
            .collect();
        let t = Instant::now();
        let ranked: Vec<String> = if terms.is_empty() {
            Vec::new()
        } else {
            fts.query_map([terms.join(" OR ")], |row| row.get::<_, String>(0))?
                .collect::<Result<_, _>>()?
        };
        theirs.add(&ranked, &relevant, t.elapsed().as_secs_f64() * 1000.0);
    }
    let n = questions.len();
    println!("{}", ours.line("tracuu", n));
    println!("{}", theirs.line("FTS5", n));
    if args.misses {
        println!("tracuu's first hit is not an answer for:");
        for m in misses {
            println!("{m}");
        }
    }
    Ok(())
}
