//! Which folder given to `tracuu index` each report came from.
//!
//! A report's source is its path relative to the folder it was found in, so the source alone
//! cannot say whether `a.txt` is gone from `/srv/bao-cao` or was indexed from another folder.
//! The index keeps, in the payload of each commit (written atomically with it), the folders
//! it was given and the sources found in each: a later run over the same folder removes what
//! is no longer there, and `tracuu remove` finds the reports under a path.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use tantivy::Index;

/// The folders an index was given and the sources found in each.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Folders {
    /// Absolute folder → sources (relative to it).
    #[serde(rename = "tracuu_folders")]
    roots: BTreeMap<String, BTreeSet<String>>,
}

impl Folders {
    /// The folders of the last commit of `index` (none for an index written before they were
    /// kept, or an unreadable payload).
    pub(crate) fn load(index: &Index) -> Folders {
        index
            .load_metas()
            .ok()
            .and_then(|meta| meta.payload)
            .and_then(|payload| serde_json::from_str(&payload).ok())
            .unwrap_or_default()
    }

    /// The payload to commit.
    pub(crate) fn to_payload(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Records `source` as found in `root` (and no longer in another folder).
    pub(crate) fn claim(&mut self, root: &str, source: &str) {
        if self.roots.get(root).is_some_and(|s| s.contains(source)) {
            return;
        }
        self.forget(source);
        self.roots
            .entry(root.to_string())
            .or_default()
            .insert(source.to_string());
    }

    /// Forgets `source` wherever it was found.
    pub(crate) fn forget(&mut self, source: &str) {
        self.roots.retain(|_, sources| {
            sources.remove(source);
            !sources.is_empty()
        });
    }

    /// The sources found in `root`.
    pub(crate) fn in_root(&self, root: &str) -> Vec<String> {
        self.roots
            .get(root)
            .map(|s| s.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// The sources whose file is `path` or under it (`path` absolute).
    pub(crate) fn under(&self, path: &Path) -> Vec<String> {
        let mut found = Vec::new();
        for (root, sources) in &self.roots {
            for source in sources {
                if Path::new(root).join(file_of(source)).starts_with(path) {
                    found.push(source.clone());
                }
            }
        }
        found
    }
}

/// The file a source names: `a.zip` for the archive entry `a.zip!b.docx`.
pub fn file_of(source: &str) -> &str {
    source.split_once('!').map_or(source, |(file, _)| file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_belongs_to_one_folder_and_is_found_under_a_path() {
        let mut f = Folders::default();
        f.claim("/srv/a", "q1.txt");
        f.claim("/srv/a", "2024/q2.zip!q2.docx");
        f.claim("/srv/b", "q1.txt");
        assert_eq!(f.in_root("/srv/a"), ["2024/q2.zip!q2.docx"]);
        assert_eq!(f.under(Path::new("/srv/a/2024")), ["2024/q2.zip!q2.docx"]);
        assert_eq!(f.under(Path::new("/srv/b/q1.txt")), ["q1.txt"]);
        assert!(f.under(Path::new("/srv/a/2")).is_empty());
        let back: Folders = serde_json::from_str(&f.to_payload()).unwrap();
        assert_eq!(back, f);
        f.forget("q1.txt");
        assert!(f.in_root("/srv/b").is_empty());
    }
}
