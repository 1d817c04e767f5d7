//! Extraction throughput per format, in MB/s of extracted text, against a baseline measured
//! in the same run: `std::str::from_utf8` over the same text (the least any reader must do).
//!
//! Every input holds the same invented report paragraphs (about 1 MB of text), so the ratios
//! compare formats; PDF and `.doc` go through an external program per file and are measured
//! on the committed fixture (one page), where starting the program dominates.
//!
//! Run: `cargo bench -p tracuu-extract --bench extract`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::io::Write;
use std::time::Duration;
use tracuu_extract::{Limits, read_bytes};

const PARAGRAPHS: [&str; 4] = [
    "Thực hiện Kế hoạch số 05/KH-UBND ngày 10/01/2024 của UBND huyện Sơn Hòa về cải cách hành chính năm 2024, UBND xã Tân Phú đã ban hành Quyết định số 112/QĐ-UBND về kiện toàn bộ phận một cửa.",
    "Triển khai Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; tỷ lệ hồ sơ trực tuyến đạt 62%.",
    "Tổ chức tuyên truyền, phổ biến pháp luật cho cán bộ, công chức và nhân dân; rà soát văn bản quy phạm pháp luật theo Công văn số 1370/STP-XDKTVBQPPL của Sở Tư pháp.",
    "Xây dựng và phát triển chính quyền điện tử, chính quyền số: 100% văn bản đi được ký số, hộp thư điện tử công vụ được sử dụng thường xuyên.",
];

const TCVN3: [&str; 2] = [
    "Thùc hiÖn KÕ ho¹ch sè 05/KH-UBND ngµy 10/01/2024 cña UBND huyÖn S¬n Hßa vÒ c¶i c¸ch hµnh chÝnh n¨m 2024.",
    "Tæ chøc tuyªn truyÒn, phæ biÕn ph¸p luËt cho c¸n bé, c«ng chøc vµ nh©n d©n trªn ®Þa bµn x·.",
];

const VNI: [&str; 2] = [
    "Thöïc hieän Keá hoaïch soá 05/KH-UBND ngaøy 10/01/2024 cuûa UBND huyeän Sôn Hoøa veà caûi caùch haønh chính naêm 2024.",
    "Toå chöùc tuyeân truyeàn, phoå bieán phaùp luaät cho caùn boä, coâng chöùc vaø nhaân daân treân ñòa baøn xaõ.",
];

const TARGET: usize = 1 << 20;

fn repeat(parts: &[&str]) -> String {
    let mut text = String::with_capacity(TARGET + 1024);
    while text.len() < TARGET {
        for p in parts {
            text.push_str(p);
            text.push_str("\n\n");
        }
    }
    text
}

fn html(text: &str) -> Vec<u8> {
    let mut out = String::from("<html><head><style>p{margin:0}</style></head><body>");
    for (i, p) in text.split("\n\n").filter(|p| !p.is_empty()).enumerate() {
        if i % 10 == 9 {
            out.push_str(&format!(
                "<table><tr><td>{i}</td><td>{p}</td><td>Văn bản</td></tr></table>"
            ));
        } else {
            out.push_str(&format!("<p class=MsoNormal>{p}</p>\n"));
        }
    }
    out.push_str("</body></html>");
    out.into_bytes()
}

fn docx(text: &str) -> Vec<u8> {
    let mut body = String::new();
    for p in text.split("\n\n").filter(|p| !p.is_empty()) {
        body.push_str(&format!(r#"<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>"#));
    }
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    zip_of(&[("word/document.xml", document.as_bytes())])
}

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(*name, options).expect("entry");
        zip.write_all(bytes).expect("write");
    }
    zip.finish().expect("zip").into_inner()
}

fn extracted_len(name: &str, bytes: &[u8]) -> usize {
    read_bytes(name, bytes, &Limits::default())
        .into_iter()
        .map(|r| r.map_or(0, |e| e.text.len()))
        .sum()
}

fn bench(c: &mut Criterion) {
    let limits = Limits::default();
    let text = repeat(&PARAGRAPHS);
    let tcvn3 = encoding_rs::WINDOWS_1252
        .encode(&repeat(&TCVN3))
        .0
        .into_owned();
    let vni = encoding_rs::WINDOWS_1252
        .encode(&repeat(&VNI))
        .0
        .into_owned();
    let docx_bytes = docx(&text);
    let quarter = &text[..text.len() / 4];
    let quarter = &quarter[..quarter.rfind("\n\n").unwrap_or(quarter.len())];
    let one = docx(quarter);
    let zip_bytes = zip_of(&[
        ("a.docx", &one),
        ("b.docx", &one),
        ("c.docx", &one),
        ("d.docx", &one),
    ]);
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let pdf = std::fs::read(fixtures.join("bao-cao.pdf")).expect("fixture");
    let doc = std::fs::read(fixtures.join("bao-cao.doc")).expect("fixture");

    let mut group = c.benchmark_group("extract");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    let inputs: [(&str, &str, &[u8]); 7] = [
        ("utf8_txt", "a.txt", text.as_bytes()),
        ("tcvn3_txt", "a.txt", &tcvn3),
        ("vni_txt", "a.txt", &vni),
        ("html", "a.html", &html(&text)),
        ("docx", "a.docx", &docx_bytes),
        ("zip_of_4_docx", "a.zip", &zip_bytes),
        ("pdf_1_page", "a.pdf", &pdf),
    ];
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("baseline_from_utf8", |b| {
        b.iter(|| std::str::from_utf8(black_box(text.as_bytes())).map(str::len))
    });
    for (id, name, bytes) in inputs {
        // Throughput is the text each input yields, so every line reads in MB/s of text.
        group.throughput(Throughput::Bytes(extracted_len(name, bytes) as u64));
        group.bench_function(id, |b| {
            b.iter(|| read_bytes(name, black_box(bytes), &limits))
        });
    }
    if extracted_len("a.doc", &doc) > 0 {
        group.throughput(Throughput::Bytes(extracted_len("a.doc", &doc) as u64));
        group.bench_function("doc_1_page", |b| {
            b.iter(|| read_bytes("a.doc", black_box(&doc), &limits))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
