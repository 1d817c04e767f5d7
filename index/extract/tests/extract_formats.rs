//! Reading every supported format, and every kind of bad input, through the public API.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tracuu_extract::{
    ExtractError, Extracted, Format, Limits, Reason, discover, is_supported, read_bytes, read_path,
};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn one(results: Vec<Result<Extracted, ExtractError>>) -> Result<Extracted, ExtractError> {
    assert_eq!(results.len(), 1, "{results:?}");
    results.into_iter().next().expect("one result")
}

fn text_of(path: &Path) -> String {
    one(read_path(path, &Limits::default()))
        .expect("reads")
        .text
}

fn has_program(name: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(name).is_file()))
}

/// A zip archive of `(name, bytes)` entries, deflated.
fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(*name, options).expect("entry");
        zip.write_all(bytes).expect("write");
    }
    zip.finish().expect("finish").into_inner()
}

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml""#;

/// A `.docx` whose body is `body` (WordprocessingML), with optional extra parts.
fn docx(body: &str, extra: &[(&str, String)]) -> Vec<u8> {
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>"#
    );
    let mut entries: Vec<(&str, Vec<u8>)> = vec![
        ("[Content_Types].xml", b"<Types/>".to_vec()),
        ("word/document.xml", document.into_bytes()),
    ];
    for (name, xml) in extra {
        entries.push((name, xml.clone().into_bytes()));
    }
    let refs: Vec<(&str, &[u8])> = entries.iter().map(|(n, b)| (*n, b.as_slice())).collect();
    zip_of(&refs)
}

fn p(text: &str) -> String {
    format!(r#"<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
}

// ---- the fixtures: one invented report in every format -------------------------------------

/// What every format of `bao-cao.*` must keep.
fn assert_report_shape(text: &str, format: &str) {
    let lines: Vec<&str> = text.lines().collect();
    for line in [
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "XÃ TÂN PHÚ\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 47/BC-UBND\tTân Phú, ngày 18 tháng 9 năm 2024",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính quý III năm 2024",
        "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
        "1. Cải cách thủ tục hành chính",
        "Thực hiện Công văn số 214/UBND-NV ngày 02/9/2024 của UBND huyện Sơn Hòa về việc báo cáo công tác cải cách hành chính quý III năm 2024, UBND xã Tân Phú báo cáo kết quả như sau:",
        "- Phối hợp với Sở Tư pháp thực hiện Công văn số 1370/STP-XDKTVBQPPL về rà soát văn bản.",
    ] {
        assert!(
            lines.contains(&line),
            "{format}: no line {line:?} in\n{text}"
        );
    }
    let row = lines
        .iter()
        .find(|l| l.starts_with("1\tSố văn bản"))
        .unwrap_or_else(|| panic!("{format}: no table row in\n{text}"));
    assert_eq!(
        row.trim_end_matches('\t'),
        "1\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t6",
        "{format}"
    );
    for key in ["05/KH-UBND", "112/QĐ-UBND", "61/2018/NĐ-CP", "160-KH/ĐU"] {
        assert!(text.contains(key), "{format}: {key} lost");
    }
}

#[test]
fn docx_written_here_reads_in_order_with_tables_and_footnote() {
    let text = text_of(&fixture("bao-cao.docx"));
    assert_report_shape(&text, "docx");
    assert!(
        text.contains("tiếp nhận trong quý là 1.245 hồ sơ¹, trong đó"),
        "{text}"
    );
    assert!(
        text.ends_with("\n\n¹ Số liệu tính đến ngày 15/9/2024.\n"),
        "{text}"
    );
    assert!(text.contains(
        "\n\nSTT\tChỉ tiêu thống kê\tKết quả thống kê\t\tGhi chú\n\t\tĐơn vị tính\tSố liệu\t\n"
    ));
}

#[test]
fn docx_saved_by_libreoffice_reads_the_same() {
    let ours = text_of(&fixture("bao-cao.docx"));
    let theirs = text_of(&fixture("lo-bao-cao.docx"));
    assert_eq!(ours, theirs);
}

#[test]
fn pdf_from_libreoffice_keeps_paragraphs_headings_and_rows() {
    let result = one(read_path(&fixture("bao-cao.pdf"), &Limits::default()));
    if !has_program("pdftotext") {
        let err = result.expect_err("no pdftotext");
        assert!(matches!(err.reason, Reason::MissingTool { .. }), "{err}");
        return;
    }
    let extracted = result.expect("reads");
    assert_eq!(extracted.format, Format::Pdf);
    assert_report_shape(&extracted.text, "pdf");
}

#[test]
fn scanned_pdf_says_it_has_no_text_layer() {
    let err = one(read_path(&fixture("scan.pdf"), &Limits::default())).expect_err("no text");
    if has_program("pdftotext") {
        assert!(matches!(err.reason, Reason::NoTextLayer));
        assert!(
            err.to_string()
                .ends_with("scan.pdf: scanned PDF without a text layer (OCR is not supported)")
        );
    }
}

#[test]
fn doc_reads_through_antiword_or_catdoc() {
    let result = one(read_path(&fixture("bao-cao.doc"), &Limits::default()));
    if !has_program("antiword") && !has_program("catdoc") {
        let err = result.expect_err("no tool");
        assert!(
            err.to_string()
                .ends_with(".doc needs antiword or catdoc: install one, or save the file as .docx")
        );
        return;
    }
    let text = result.expect("reads").text;
    for line in [
        "BÁO CÁO",
        "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
        "Số: 47/BC-UBND\tTân Phú, ngày 18 tháng 9 năm 2024",
    ] {
        assert!(text.lines().any(|l| l == line), "no {line:?} in\n{text}");
    }
    for key in ["05/KH-UBND", "61/2018/NĐ-CP", "160-KH/ĐU"] {
        assert!(text.contains(key), "{key} lost");
    }
}

#[test]
fn a_docx_named_doc_is_read_as_docx() {
    let bytes = std::fs::read(fixture("bao-cao.docx")).expect("fixture");
    let extracted = one(read_bytes("cu.doc", &bytes, &Limits::default())).expect("reads");
    assert_eq!(extracted.format, Format::Docx);
}

// ---- .docx details ----------------------------------------------------------------------

#[test]
fn docx_text_box_once_after_its_paragraph_and_no_deleted_text() {
    let textbox = r#"<w:p><w:r><w:t>Kính gửi:</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>UBND huyện Sơn Hòa</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>UBND huyện Sơn Hòa</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t xml:space="preserve"> các cơ quan</w:t></w:r></w:p>"#;
    let revisions = r#"<w:p><w:r><w:t xml:space="preserve">Quyết định số </w:t></w:r><w:del><w:r><w:delText>12</w:delText></w:r></w:del><w:ins><w:r><w:t>20/QĐ-UBND</w:t></w:r></w:ins><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:tab/><w:t>ngày</w:t><w:br/><w:t>06/01/2023</w:t></w:r></w:p>"#;
    let header = format!(
        r#"<w:hdr {W}>{}</w:hdr>"#,
        p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    );
    let footer = format!(r#"<w:ftr {W}>{}</w:ftr>"#, p("Trang 1"));
    let bytes = docx(
        &format!("{textbox}{revisions}"),
        &[
            ("word/header1.xml", header.clone()),
            ("word/header2.xml", header),
            ("word/footer1.xml", footer),
        ],
    );
    let text = one(read_bytes("a.docx", &bytes, &Limits::default()))
        .expect("reads")
        .text;
    assert_eq!(
        text,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nKính gửi: các cơ quan\n\nUBND huyện Sơn Hòa\n\n\
         Quyết định số 20/QĐ-UBND ngày\n06/01/2023\n\nTrang 1\n"
    );
}

#[test]
fn docx_runs_in_legacy_fonts_are_decoded() {
    let run = |font: &str, text: &str| {
        format!(
            r#"<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>"#
        )
    };
    let body = format!(
        "<w:p>{}</w:p><w:p>{}</w:p><w:p>{}</w:p>",
        run(".VnTimeH", "b¸o c¸o"),
        run(
            ".VnTime",
            "Thùc hiÖn KÕ ho¹ch sè 05/KH-UBND cña UBND x· T©n Phó"
        ),
        run("VNI-Times", "Quyeát ñònh soá 112/QÑ-UBND"),
    );
    let text = one(read_bytes("cu.docx", &docx(&body, &[]), &Limits::default()))
        .expect("reads")
        .text;
    assert_eq!(
        text,
        "BÁO CÁO\n\nThực hiện Kế hoạch số 05/KH-UBND của UBND xã Tân Phú\n\nQuyết định số 112/QĐ-UBND\n"
    );
}

#[test]
fn docx_without_document_part_or_with_bad_xml_is_corrupt() {
    let not_word = zip_of(&[("content.xml", b"<x/>")]);
    let err = one(read_bytes("a.docx", &not_word, &Limits::default())).expect_err("not word");
    assert_eq!(
        err.to_string(),
        "a.docx: corrupt .docx file: no word/document.xml: not a Word document"
    );
    let bad = zip_of(&[("word/document.xml", b"<w:document><w:body><w:p></w:body>")]);
    let err = one(read_bytes("b.docx", &bad, &Limits::default())).expect_err("bad xml");
    assert!(
        matches!(
            err.reason,
            Reason::Corrupt {
                format: ".docx",
                ..
            }
        ),
        "{err}"
    );
}

#[test]
fn truncated_docx_is_one_clear_error() {
    let bytes = std::fs::read(fixture("bao-cao.docx")).expect("fixture");
    for cut in [10, bytes.len() / 2, bytes.len() - 10] {
        let err =
            one(read_bytes("cut.docx", &bytes[..cut], &Limits::default())).expect_err("truncated");
        assert!(
            matches!(
                err.reason,
                Reason::Corrupt {
                    format: ".docx",
                    ..
                }
            ),
            "{cut}: {err}"
        );
        assert!(
            err.to_string()
                .starts_with("cut.docx: corrupt .docx file: ")
        );
    }
}

// ---- text and HTML files ----------------------------------------------------------------

#[test]
fn text_files_in_every_encoding_read_the_same() {
    let sentence = "Thực hiện Kế hoạch số 05/KH-UBND của UBND xã Tân Phú.\n";
    let tcvn3 = encoding_rs::WINDOWS_1252
        .encode("Thùc hiÖn KÕ ho¹ch sè 05/KH-UBND cña UBND x· T©n Phó.\n")
        .0
        .into_owned();
    let vni = encoding_rs::WINDOWS_1252
        .encode("Thöïc hieän Keá hoaïch soá 05/KH-UBND cuûa UBND xaõ Taân Phuù.\n")
        .0
        .into_owned();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(sentence.encode_utf16().flat_map(u16::to_le_bytes));
    for (name, bytes, encoding) in [
        ("a.txt", sentence.as_bytes().to_vec(), "utf-8"),
        ("b.txt", tcvn3, "tcvn3"),
        ("c.md", vni, "vni"),
        ("d.txt", utf16, "utf-16le"),
    ] {
        let e = one(read_bytes(name, &bytes, &Limits::default())).expect("reads");
        assert_eq!(
            (e.text.as_str(), e.encoding),
            (sentence, Some(encoding)),
            "{name}"
        );
    }
}

#[test]
fn html_in_a_declared_legacy_charset_and_in_tcvn3_fonts() {
    let mut html = b"<html><head><meta charset=\"windows-1258\"></head><body><p>Ho\xCCa bi\xECnh</p></body></html>".to_vec();
    let e = one(read_bytes("a.html", &html, &Limits::default())).expect("reads");
    // 0xCC and 0xEC are the combining grave and acute of Windows-1258: composed to NFC.
    assert_eq!(
        (e.text.as_str(), e.encoding),
        ("Hòa bính\n", Some("windows-1258"))
    );
    html = encoding_rs::WINDOWS_1252
        .encode("<meta charset=iso-8859-1><p><font face=\".VnTime\">C¸c x· ®· thùc hiÖn</font></p>")
        .0
        .into_owned();
    let e = one(read_bytes("b.htm", &html, &Limits::default())).expect("reads");
    assert_eq!(
        (e.text.as_str(), e.encoding),
        ("Các xã đã thực hiện\n", Some("tcvn3"))
    );
}

// ---- bad input --------------------------------------------------------------------------

#[test]
fn empty_files_are_one_error_each() {
    for name in ["a.txt", "b.docx", "c.pdf", "d.html", "e.zip", "f.doc"] {
        let err = one(read_bytes(name, b"", &Limits::default())).expect_err("empty");
        assert_eq!(err.to_string(), format!("{name}: empty file"));
    }
    let err = one(read_bytes("g.txt", b" \n\t\n", &Limits::default())).expect_err("blank");
    assert!(matches!(err.reason, Reason::Empty));
}

#[test]
fn binary_garbage_named_txt_is_not_text() {
    let garbage: Vec<u8> = (0u32..50_000)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8)
        .collect();
    let err = one(read_bytes("bao-cao.txt", &garbage, &Limits::default())).expect_err("binary");
    assert_eq!(
        err.to_string(),
        "bao-cao.txt: not text: binary data in a .txt file"
    );
}

#[test]
fn corrupt_pdf_is_one_clear_error() {
    if !has_program("pdftotext") {
        return;
    }
    let mut garbage = b"%PDF-1.7\n".to_vec();
    garbage.extend((0u32..20_000).map(|i| (i.wrapping_mul(2_654_435_761) >> 9) as u8));
    let err = one(read_bytes("hong.pdf", &garbage, &Limits::default())).expect_err("corrupt");
    assert!(
        matches!(
            err.reason,
            Reason::Corrupt { format: ".pdf", .. } | Reason::NoTextLayer
        ),
        "{err}"
    );
    let bytes = std::fs::read(fixture("bao-cao.pdf")).expect("fixture");
    let err = one(read_bytes(
        "cut.pdf",
        &bytes[..bytes.len() / 3],
        &Limits::default(),
    ));
    // poppler rebuilds what it can of a truncated file: either some text or one clear error.
    if let Err(err) = err {
        assert!(
            matches!(err.reason, Reason::Corrupt { .. } | Reason::NoTextLayer),
            "{err}"
        );
    }
}

#[test]
fn a_200_mb_file_is_refused_before_reading() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("big.txt");
    std::fs::File::create(&path)
        .expect("create")
        .set_len(200_000_000)
        .expect("sparse file");
    let started = Instant::now();
    let err = one(read_path(&path, &Limits::default())).expect_err("too large");
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(
        err.to_string(),
        format!(
            "{}: file is 200.0 MB, over the 64 MiB limit",
            path.display()
        )
    );
}

#[test]
fn unsupported_extension_and_folder_and_missing_file() {
    let err = one(read_bytes("anh.png", b"\x89PNG", &Limits::default())).expect_err("png");
    assert!(
        err.to_string()
            .starts_with("anh.png: unsupported file type .png")
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let err = one(read_path(dir.path(), &Limits::default())).expect_err("folder");
    assert!(
        err.to_string().ends_with("cannot read: is a folder"),
        "{err}"
    );
    let err = one(read_path(
        &dir.path().join("missing.txt"),
        &Limits::default(),
    ))
    .expect_err("missing");
    assert!(matches!(err.reason, Reason::Io(_)));
}

// ---- zip archives -----------------------------------------------------------------------

#[test]
fn zip_entries_are_read_and_named_and_one_bad_entry_does_not_hide_the_others() {
    let report = std::fs::read(fixture("bao-cao.docx")).expect("fixture");
    let tcvn3 = encoding_rs::WINDOWS_1252
        .encode("KÕ ho¹ch sè 05/KH-UBND\n")
        .0
        .into_owned();
    let inner = zip_of(&[("x.txt", b"x")]);
    let archive = zip_of(&[
        ("quy3/bao-cao-q3.docx", &report),
        ("quy3/", b""),
        ("ghi-chu.txt", &tcvn3),
        ("anh.png", b"\x89PNG"),
        ("hong.docx", b"PK\x03\x04 not really"),
        ("~$bao-cao-q3.docx", b"lock"),
        ("cu.zip", &inner),
        ("trang.html", b"<p>Trang <b>web</b></p>"),
    ]);
    let results = read_bytes("reports.zip", &archive, &Limits::default());
    let summary: Vec<String> = results
        .iter()
        .map(|r| match r {
            Ok(e) => format!("ok {} {:?}", e.entry.as_deref().unwrap_or("-"), e.format),
            Err(e) => format!("err {e}"),
        })
        .collect();
    assert_eq!(summary.len(), 5, "{summary:#?}");
    assert_eq!(summary[0], "ok quy3/bao-cao-q3.docx Docx");
    assert_eq!(summary[1], "ok ghi-chu.txt Text");
    assert!(
        summary[2].starts_with("err reports.zip!hong.docx: corrupt .docx file: "),
        "{}",
        summary[2]
    );
    assert_eq!(
        summary[3],
        "err reports.zip!cu.zip: archive inside an archive is not read: unpack it first"
    );
    assert_eq!(summary[4], "ok trang.html Html");
    assert_eq!(
        results[1].as_ref().expect("ok").text,
        "Kế hoạch số 05/KH-UBND\n"
    );
}

#[test]
fn zip_bomb_is_stopped_at_the_limit() {
    let zeros = vec![0u8; 8 << 20];
    let bomb = zip_of(&[("bom.txt", &zeros), ("sau.txt", b"van doc duoc")]);
    assert!(bomb.len() < 100_000, "compressed to {}", bomb.len());
    let limits = Limits {
        max_entry_bytes: 1 << 20,
        ..Limits::default()
    };
    let results = read_bytes("bom.zip", &bomb, &limits);
    let err = results[0].as_ref().expect_err("bomb");
    assert_eq!(
        err.to_string(),
        "bom.zip!bom.txt: file is 8 MiB, over the 1 MiB limit"
    );
    assert_eq!(
        results[1].as_ref().expect("next entry").text,
        "van doc duoc"
    );

    // Declared sizes that lie: the central directory says 100 bytes, the data inflates to 8 MiB.
    let mut lying = bomb.clone();
    let cd = lying
        .windows(4)
        .rposition(|w| w == b"PK\x01\x02")
        .expect("central directory");
    let cd = lying[..cd]
        .windows(4)
        .rposition(|w| w == b"PK\x01\x02")
        .unwrap_or(cd);
    lying[cd + 24..cd + 28].copy_from_slice(&100u32.to_le_bytes());
    let results = read_bytes("bom.zip", &lying, &limits);
    assert!(results[0].is_err(), "{:?}", results[0]);
    let limits = Limits {
        max_total_uncompressed: 3 << 20,
        ..Limits::default()
    };
    let three = zip_of(&[
        ("a.txt", &zeros[..2 << 20]),
        ("b.txt", &zeros[..2 << 20]),
        ("c.txt", b"c"),
    ]);
    let results = read_bytes("ba.zip", &three, &limits);
    assert_eq!(results.len(), 2, "stops at the total limit: {results:?}");
    assert_eq!(
        results[1].as_ref().expect_err("over total").to_string(),
        "ba.zip!b.txt: archive over the limits: unpacks to more than 3 MiB in total"
    );
}

#[test]
fn too_many_entries_and_truncated_zip() {
    let entries: Vec<(String, Vec<u8>)> = (0..20)
        .map(|i| (format!("{i}.txt"), b"x".to_vec()))
        .collect();
    let refs: Vec<(&str, &[u8])> = entries
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let archive = zip_of(&refs);
    let limits = Limits {
        max_entries: 10,
        ..Limits::default()
    };
    let err = one(read_bytes("many.zip", &archive, &limits)).expect_err("too many");
    assert_eq!(
        err.to_string(),
        "many.zip: archive over the limits: 20 entries, over the 10 limit"
    );
    let err = one(read_bytes(
        "cut.zip",
        &archive[..archive.len() / 2],
        &Limits::default(),
    ))
    .expect_err("cut");
    assert!(
        matches!(err.reason, Reason::Corrupt { format: ".zip", .. }),
        "{err}"
    );
}

// ---- discovery --------------------------------------------------------------------------

#[test]
fn discover_is_sorted_skips_what_it_cannot_read_and_reports_loops() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    std::fs::create_dir_all(root.join("b/c")).expect("dirs");
    for file in [
        "z.docx",
        "a.txt",
        "b/c/q.pdf",
        "b/anh.png",
        "b/~$khoa.docx",
        "b/m.zip",
        "b/.an.txt",
    ] {
        std::fs::write(root.join(file), b"x").expect("write");
    }
    std::os::unix::fs::symlink(root, root.join("b/vong")).expect("loop link");
    std::os::unix::fs::symlink(root.join("b/tu"), root.join("b/tu")).expect("self link");
    let started = Instant::now();
    let found = discover(&[root.to_path_buf(), root.join("missing.txt")]);
    assert!(started.elapsed() < Duration::from_secs(2));
    let shown: Vec<String> = found
        .iter()
        .map(|r| match r {
            Ok(p) => p
                .strip_prefix(root)
                .expect("under root")
                .display()
                .to_string(),
            Err(e) => e
                .to_string()
                .replace(
                    &root.canonicalize().expect("real").display().to_string(),
                    "ROOT",
                )
                .replace(&root.display().to_string(), "ROOT"),
        })
        .collect();
    assert_eq!(
        shown,
        [
            "a.txt".to_string(),
            "b/c/q.pdf".to_string(),
            "b/m.zip".to_string(),
            "ROOT/b/tu: symlink loop: too many levels of symbolic links".to_string(),
            "ROOT/b/vong: symlink loop: leads back to ROOT".to_string(),
            "z.docx".to_string(),
            "ROOT/missing.txt: cannot read: No such file or directory (os error 2)".to_string(),
        ]
    );
    assert!(is_supported(Path::new("BAO-CAO.PDF")));
    assert!(!is_supported(Path::new("~$bao-cao.docx")));
    assert!(!is_supported(Path::new("anh.png")));
}

// ---- never panics -------------------------------------------------------------------------

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn on_any_bytes_under_any_name(
            bytes in proptest::collection::vec(any::<u8>(), 0..2048),
            name in prop::sample::select(vec!["a.txt", "a.md", "a.html", "a.docx", "a.zip", "a.png", "noext"]),
        ) {
            for e in read_bytes(name, &bytes, &Limits::default()).into_iter().flatten() {
                prop_assert!(!e.text.trim().is_empty());
            }
        }

        #[test]
        fn on_a_damaged_docx_or_zip(
            flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
            cut in any::<prop::sample::Index>(),
        ) {
            let mut bytes = std::fs::read(fixture("lo-bao-cao.docx")).expect("fixture");
            for (at, value) in flips {
                let i = at.index(bytes.len());
                bytes[i] = value;
            }
            let keep = cut.index(bytes.len()) + 1;
            let _ = read_bytes("a.docx", &bytes, &Limits::default());
            let _ = read_bytes("a.zip", &bytes[..keep], &Limits::default());
        }

        #[test]
        fn on_any_text_in_a_legacy_encoding(text in "[a-zA-Z0-9 àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵĐ\\n\\t]{0,300}") {
            let (bytes, _, _) = encoding_rs::WINDOWS_1258.encode(&text);
            for e in read_bytes("a.txt", &bytes, &Limits::default()).into_iter().flatten() {
                prop_assert!(!e.text.is_empty());
            }
        }
    }
}

#[test]
fn a_device_or_pipe_is_refused_not_read() {
    let err = one(read_path(Path::new("/dev/zero"), &Limits::default())).expect_err("device");
    assert_eq!(
        err.to_string(),
        "/dev/zero: cannot read: not a regular file"
    );
}
