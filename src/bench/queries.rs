//! The fixed query mix of the benchmark: 200 queries drawn from the corpus itself.

use tracuu_index::SearchRequest;
use tracuu_report::Report;

/// Words and phrases officials search for, with diacritics.
const WORDS: [&str; 25] = [
    "hòa giải",
    "một cửa",
    "thủ tục hành chính",
    "dịch vụ công trực tuyến",
    "chuyển đổi số",
    "biên chế",
    "kỷ luật",
    "quy chế chi tiêu nội bộ",
    "tài chính công",
    "văn bản quy phạm pháp luật",
    "tuyên truyền",
    "kiểm tra",
    "chữ ký số",
    "ISO",
    "đánh giá",
    "hạn chế",
    "nguyên nhân",
    "kiến nghị",
    "cán bộ",
    "công chức",
    "ngân sách",
    "hồ sơ",
    "đúng hạn",
    "bán",
    "Đề án 06",
];

/// The same, typed without diacritics.
const FOLDED: [&str; 20] = [
    "hoa giai",
    "mot cua",
    "thu tuc hanh chinh",
    "dich vu cong",
    "chuyen doi so",
    "bien che",
    "ky luat",
    "chi tieu noi bo",
    "tai chinh cong",
    "quy pham phap luat",
    "tuyen truyen",
    "kiem tra",
    "chu ky so",
    "danh gia",
    "han che",
    "kien nghi",
    "can bo",
    "ngan sach",
    "ho so",
    "dung han",
];

/// The query mix: 50 words with diacritics, 40 without, 40 quoted phrases, 40 document
/// numbers (in several spellings), 30 filtered by unit or year.
pub fn mix(reports: &[Report]) -> Vec<SearchRequest> {
    let mut keys: Vec<String> = reports
        .iter()
        .flat_map(|r| r.documents.iter().map(|d| d.key.clone()))
        .collect();
    keys.sort();
    keys.dedup();
    let mut units: Vec<String> = reports
        .iter()
        .filter_map(|r| r.metadata.unit.as_ref().map(|u| u.name.clone()))
        .collect();
    units.sort();
    units.dedup();

    let mut out = Vec::with_capacity(200);
    for i in 0..50 {
        out.push(SearchRequest::new(WORDS[i % WORDS.len()]));
    }
    for i in 0..40 {
        out.push(SearchRequest::new(FOLDED[i % FOLDED.len()]));
    }
    for i in 0..40 {
        out.push(SearchRequest::new(format!(
            "\"{}\"",
            WORDS[(i * 7) % WORDS.len()]
        )));
    }
    for i in 0..40 {
        let key = keys
            .get((i * 97) % keys.len().max(1))
            .cloned()
            .unwrap_or_else(|| "05/KH-UBND".into());
        let q = match i % 3 {
            0 => key,
            1 => key.to_lowercase(),
            _ => format!("kế hoạch {key}"),
        };
        out.push(SearchRequest::new(q));
    }
    for i in 0..30 {
        let mut request = SearchRequest::new(WORDS[(i * 3) % WORDS.len()]);
        if i % 2 == 0 {
            request.unit = units.get((i * 13) % units.len().max(1)).cloned();
        } else {
            request.year = Some(2019 + (i as i32 % 6));
        }
        out.push(request);
    }
    out
}
