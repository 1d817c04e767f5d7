//! Tests of reading report files (`tracuu_extract`) as the CLI sees them: a folder of
//! files in every format gives one text per report, named, and plain-text reports come
//! through with nothing lost.

use crate::common::{fixtures_dir, squash};
use std::path::{Path, PathBuf};
use tracuu_extract::{Limits, discover, read_path};
use tracuu_tokenizer::fold;

#[test]
fn the_fixture_reports_read_back_with_nothing_lost() {
    let files: Vec<PathBuf> = discover(&[fixtures_dir()])
        .into_iter()
        .map(|r| r.expect("readable"))
        .collect();
    assert!(files.len() >= 4, "{files:?}");
    for file in files {
        let raw = std::fs::read_to_string(&file).expect("utf-8 fixture");
        let results = read_path(&file, &Limits::default());
        let extracted = results
            .into_iter()
            .next()
            .expect("one text")
            .expect("reads");
        assert_eq!(extracted.entry, None);
        assert_eq!(
            squash(&fold(&extracted.text)),
            squash(&fold(&raw)),
            "{}",
            file.display()
        );
        // Composed to NFC: a decomposed fixture comes back shorter, an NFC one unchanged.
        if raw.is_ascii() || extracted.text.len() == raw.replace("\r\n", "\n").len() {
            assert_eq!(
                extracted.text,
                raw.replace("\r\n", "\n"),
                "{}",
                file.display()
            );
        } else {
            assert!(extracted.text.len() < raw.len(), "{}", file.display());
        }
    }
}

#[test]
fn one_report_in_every_format_gives_the_same_citations() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("index/extract/tests/fixtures");
    let mut texts = Vec::new();
    let mut errors = Vec::new();
    for path in discover(&[dir]) {
        let path = path.expect("readable");
        for result in read_path(&path, &Limits::default()) {
            match result {
                Ok(extracted) => texts.push((path.clone(), extracted.text)),
                Err(e) => errors.push(e.to_string()),
            }
        }
    }
    let names: Vec<String> = texts
        .iter()
        .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    // .doc and .pdf need antiword/catdoc and pdftotext (installed by .ci/run); without them
    // each is one error saying what to install.
    let has = |tool: &str| {
        std::env::var_os("PATH")
            .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(tool).is_file()))
    };
    let (doc, pdf) = (has("antiword") || has("catdoc"), has("pdftotext"));
    let expected: Vec<&str> = [
        ("bao-cao.doc", doc),
        ("bao-cao.docx", true),
        ("bao-cao.pdf", pdf),
        ("lo-bao-cao.docx", true),
    ]
    .into_iter()
    .filter_map(|(name, ok)| ok.then_some(name))
    .collect();
    assert_eq!(names, expected);
    if pdf && doc {
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0]
                .ends_with("scan.pdf: scanned PDF without a text layer (OCR is not supported)")
        );
    }
    for (path, text) in &texts {
        for key in [
            "Số: 47/BC-UBND",
            "05/KH-UBND",
            "112/QĐ-UBND",
            "61/2018/NĐ-CP",
            "160-KH/ĐU",
            "214/UBND-NV",
        ] {
            assert!(text.contains(key), "{}: {key} lost", path.display());
        }
    }
}
