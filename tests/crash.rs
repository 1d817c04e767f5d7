//! `kill -9` at random moments of a long `tracuu index` run with checkpoints: what was
//! committed stays, nothing is doubled or half there, and the files of the killed run are
//! deleted when the next writer opens the index.

use crate::common::{fixtures_dir, stderr, tracuu, tracuu_bin};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Every report source in the index, with how many report documents it has.
fn sources(index: &Path) -> BTreeMap<String, u32> {
    let engine = tracuu_index::Engine::open(index).unwrap();
    let searcher = engine.searcher();
    let mut found = BTreeMap::new();
    let mut value = String::new();
    for segment in searcher.segment_readers() {
        let fast = segment.fast_fields();
        let Some(column) = fast.str("source").unwrap() else {
            continue;
        };
        for doc in segment.doc_ids_alive() {
            if let Some(ord) = column.ords().first(doc) {
                column.ord_to_str(ord, &mut value).unwrap();
                *found.entry(value.clone()).or_insert(0) += 1;
            }
        }
    }
    found
}

/// Segment files that no commit refers to.
fn orphans(index: &Path) -> Vec<String> {
    let meta: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(index.join("meta.json")).unwrap()).unwrap();
    let live: BTreeSet<String> = meta["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["segment_id"].as_str().unwrap().replace('-', ""))
        .collect();
    fs::read_dir(index)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        // tracuu's own file beside tantivy's: the folders given, for the original files.
        .filter(|name| !name.starts_with('.') && name != "meta.json" && name != "origins.json")
        .filter(|name| !live.contains(name.split('.').next().unwrap()))
        .collect()
}

#[test]
fn kill_9_during_checkpointed_runs_loses_nothing_committed_and_doubles_nothing() {
    let work = tempfile::tempdir().unwrap();
    let folder = work.path().join("many");
    fs::create_dir(&folder).unwrap();
    let text = fs::read_to_string(fixtures_dir().join("xa-tuong-son-2023-6t.txt")).unwrap();
    const FILES: usize = 400;
    for i in 0..FILES {
        fs::write(
            folder.join(format!("{i:04}.txt")),
            format!("{text}\nBản sao số {i} của báo cáo.\n"),
        )
        .unwrap();
    }
    let index = work.path().join("index");
    let args = [
        "index",
        "--index",
        index.to_str().unwrap(),
        "--checkpoint-reports",
        "20",
        "--checkpoint-secs",
        "1",
        folder.to_str().unwrap(),
    ];
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    let mut x = seed | 1;
    let mut committed = 0;
    for attempt in 0..6 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        let delay = Duration::from_millis(200 + u64::from(x % 1800));
        let mut run = Command::new(tracuu_bin())
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        run.kill().unwrap(); // SIGKILL
        let status = run.wait().unwrap();
        let context = format!("seed {seed}, attempt {attempt}, killed after {delay:?}: {status}");
        if !index.join("meta.json").exists() {
            continue;
        }
        let now = sources(&index);
        assert!(now.values().all(|&n| n == 1), "a report doubled; {context}");
        assert!(
            now.len() >= committed,
            "{} reports now, {committed} before; {context}",
            now.len()
        );
        let health = tracuu_index::Engine::open(&index)
            .unwrap()
            .health()
            .unwrap();
        assert_eq!(health.reports as usize, now.len(), "{context}");
        committed = now.len();
        // The next writer deletes what the killed run left.
        drop(tracuu_index::Indexer::open(&index).unwrap());
        assert_eq!(orphans(&index), Vec::<String>::new(), "{context}");
        assert_eq!(sources(&index).len(), committed, "{context}");
    }
    let out = tracuu(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let all = sources(&index);
    assert_eq!(all.len(), FILES, "seed {seed}");
    assert!(all.values().all(|&n| n == 1));
    let health = tracuu_index::Engine::open(&index)
        .unwrap()
        .health()
        .unwrap();
    let one = crate::common::build_index(&[fixtures_dir().join("xa-tuong-son-2023-6t.txt")]);
    let single = tracuu_index::Engine::open(one.path())
        .unwrap()
        .health()
        .unwrap();
    assert_eq!(
        health.sections,
        single.sections * FILES as u64,
        "no half report"
    );
    assert_eq!(health.citations, single.citations * FILES as u64);
}
