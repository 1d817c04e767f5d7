//! The fixed query mix of the benchmarks: 215 queries drawn from the corpus itself.

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

/// Long questions, typed as an official would ask them (with and without diacritics).
pub const QUESTIONS: [&str; 15] = [
    "kết quả giải quyết hồ sơ thủ tục hành chính đúng hạn của xã trong năm như thế nào",
    "những hạn chế và nguyên nhân trong công tác cải cách hành chính là gì",
    "việc tiếp nhận và trả kết quả tại bộ phận một cửa đã thực hiện ra sao",
    "tỷ lệ hồ sơ được nộp qua dịch vụ công trực tuyến toàn trình đạt bao nhiêu phần trăm",
    "đơn vị đã tổ chức tuyên truyền về cải cách hành chính bằng những hình thức nào",
    "kiến nghị đề xuất với cấp trên về biên chế và kinh phí thực hiện nhiệm vụ",
    "công tác kiểm tra việc thực hiện quy chế chi tiêu nội bộ và tài chính công",
    "số văn bản quy phạm pháp luật được ban hành và rà soát trong kỳ báo cáo",
    "cán bộ công chức bị xử lý kỷ luật trong năm vì vi phạm kỷ cương hành chính",
    "ứng dụng chữ ký số và chuyển đổi số trong xử lý văn bản điện tử",
    "ket qua thuc hien de an 06 ve du lieu dan cu va dinh danh dien tu",
    "nhiem vu trong tam cai cach hanh chinh thoi gian toi cua uy ban nhan dan",
    "danh gia muc do hai long cua nguoi dan doi voi su phuc vu cua co quan hanh chinh",
    "viec sap xep to chuc bo may va tinh gian bien che da dat ket qua gi",
    "co bao nhieu ho so tre han va nguyen nhan cham giai quyet ho so",
];

/// The query mix: 50 words with diacritics, 40 without, 40 quoted phrases, 40 document
/// numbers (in several spellings), 30 filtered by unit or year, 15 long questions.
pub fn mix(reports: &[Report]) -> Vec<SearchRequest> {
    let keys = reports
        .iter()
        .flat_map(|r| r.documents.iter().map(|d| d.cited.key.clone()));
    let units = reports
        .iter()
        .filter_map(|r| r.metadata.unit.as_ref().map(|u| u.name.clone()));
    mix_of(keys.collect(), units.collect())
}

/// The query mix over the cited document keys and unit names of a corpus (in any order, with
/// repeats).
pub fn mix_of(mut keys: Vec<String>, mut units: Vec<String>) -> Vec<SearchRequest> {
    keys.sort();
    keys.dedup();
    units.sort();
    units.dedup();

    let mut out = Vec::with_capacity(215);
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
    for question in QUESTIONS {
        out.push(SearchRequest::new(question));
    }
    out
}
