//! The documents that units issue and cite, built deterministically per
//! unit and year so that every report citing a document gives it the same
//! number, issuer and date.
//!
//! Numbers restart every year and every issuer keeps its own series, so a
//! commune's plan on administrative reform is `05/KH-UBND` in many
//! communes and years: only the issuer and the date tell them apart.

use super::date::Date;
use super::geo::Place;
use super::rng::Rng;
use super::{Grammar, PeriodKind};

/// Who issued a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Issuer {
    /// The People's Committee of a commune or district.
    Unit(Place),
    /// The chairman of a commune or district People's Committee.
    Chair(Place),
    /// The Party committee of a commune (`Đảng ủy xã`) or district (`Huyện ủy`).
    Party(Place),
    /// A district office (`Phòng Nội vụ`).
    Office(Place, &'static str),
    /// The provincial People's Committee.
    Province(usize),
    /// The chairman of the provincial People's Committee.
    ProvinceChair(usize),
    /// The provincial People's Council.
    ProvinceCouncil(usize),
    /// The provincial Party committee (`Tỉnh ủy`).
    ProvinceParty(usize),
    /// A provincial department (`Sở Nội vụ`, `Sở Tư pháp`).
    Department(usize, &'static str),
    /// The Government.
    Government,
    /// The Prime Minister.
    PrimeMinister,
    /// A ministry or the Government Office.
    Ministry(&'static str),
    /// The National Assembly (laws).
    Assembly,
}

impl Issuer {
    /// A canonical, unambiguous name of the issuer, used as metadata.
    pub(crate) fn identity(&self) -> String {
        use super::geo::PROVINCES;
        let prov = |p: usize| format!("{} {}", PROVINCES[p].kind, PROVINCES[p].name);
        let unit = |pl: &Place| match pl.commune {
            Some(_) => format!(
                "{}, {}, {}",
                pl.full_name(),
                pl.parent().full_name(),
                prov(pl.province)
            ),
            None => format!("{}, {}", pl.full_name(), prov(pl.province)),
        };
        match self {
            Issuer::Unit(pl) => format!("UBND {}", unit(pl)),
            Issuer::Chair(pl) => format!("Chủ tịch UBND {}", unit(pl)),
            Issuer::Party(pl) => format!("Đảng ủy {}", unit(pl)),
            Issuer::Office(pl, o) => format!("{o} {}", unit(pl)),
            Issuer::Province(p) => format!("UBND {}", prov(*p)),
            Issuer::ProvinceChair(p) => format!("Chủ tịch UBND {}", prov(*p)),
            Issuer::ProvinceCouncil(p) => format!("HĐND {}", prov(*p)),
            Issuer::ProvinceParty(p) => format!("Tỉnh ủy {}", prov(*p)),
            Issuer::Department(p, d) => format!("{d} {}", prov(*p)),
            Issuer::Government => "Chính phủ".to_string(),
            Issuer::PrimeMinister => "Thủ tướng Chính phủ".to_string(),
            Issuer::Ministry(m) => (*m).to_string(),
            Issuer::Assembly => "Quốc hội".to_string(),
        }
    }
}

/// One issued document.
#[derive(Debug, Clone)]
pub(crate) struct Doc {
    /// `Kế hoạch`, `Quyết định`, `Công văn`, `Nghị định`, `Luật` …
    pub type_name: &'static str,
    /// `05`, `14a`, `160`.
    pub number: String,
    /// The year written in a legal document's code (`61/2018/NĐ-CP`).
    pub code_year: Option<u16>,
    /// `KH`, `QĐ`, `NĐ`; empty for an official letter.
    pub type_code: &'static str,
    /// `UBND`, `CP`, `ĐU`, `SNV`.
    pub issuer_code: &'static str,
    /// The drafting unit of an official letter (`NV` in `118/UBND-NV`).
    pub drafting: &'static str,
    pub grammar: Grammar,
    pub issuer: Issuer,
    pub date: Date,
    /// What it is about, without `về việc`.
    pub subject: String,
    /// A short tag used to pick a document that fits a sentence.
    pub topic: &'static str,
}

impl Doc {
    /// The canonical code: `05/KH-UBND`, `118/UBND-NV`, `61/2018/NĐ-CP`,
    /// `160-KH/ĐU`; for a law, its name.
    pub(crate) fn code(&self) -> String {
        match self.grammar {
            Grammar::Administrative => {
                format!("{}/{}-{}", self.number, self.type_code, self.issuer_code)
            }
            Grammar::OfficialLetter => {
                format!("{}/{}-{}", self.number, self.issuer_code, self.drafting)
            }
            Grammar::Legal => format!(
                "{}/{}/{}-{}",
                self.number,
                self.code_year.unwrap_or(self.date.year),
                self.type_code,
                self.issuer_code
            ),
            Grammar::Party => format!("{}-{}/{}", self.number, self.type_code, self.issuer_code),
            Grammar::LawByName => self.subject.clone(),
        }
    }
}

fn num(n: u32) -> String {
    format!("{n:02}")
}

#[allow(clippy::too_many_arguments)]
fn doc(
    type_name: &'static str,
    number: String,
    type_code: &'static str,
    issuer_code: &'static str,
    grammar: Grammar,
    issuer: Issuer,
    date: Date,
    subject: String,
    topic: &'static str,
) -> Doc {
    Doc {
        type_name,
        number,
        code_year: None,
        type_code,
        issuer_code,
        drafting: "",
        grammar,
        issuer,
        date,
        subject,
        topic,
    }
}

fn letter(
    number: u32,
    issuer_code: &'static str,
    drafting: &'static str,
    issuer: Issuer,
    date: Date,
    subject: String,
    topic: &'static str,
) -> Doc {
    Doc {
        drafting,
        ..doc(
            "Công văn",
            number.to_string(),
            "",
            issuer_code,
            Grammar::OfficialLetter,
            issuer,
            date,
            subject,
            topic,
        )
    }
}

#[allow(clippy::too_many_arguments)]
fn legal(
    type_name: &'static str,
    number: &str,
    code_year: u16,
    type_code: &'static str,
    issuer_code: &'static str,
    issuer: Issuer,
    date: Date,
    subject: &str,
    topic: &'static str,
) -> Doc {
    Doc {
        code_year: Some(code_year),
        ..doc(
            type_name,
            number.to_string(),
            type_code,
            issuer_code,
            Grammar::Legal,
            issuer,
            date,
            subject.to_string(),
            topic,
        )
    }
}

/// National documents and laws in force in `year` (real documents).
pub(crate) fn national(year: u16) -> Vec<Doc> {
    use Issuer::*;
    let mut v = vec![
        legal(
            "Nghị định",
            "61",
            2018,
            "NĐ",
            "CP",
            Government,
            Date::new(2018, 4, 23),
            "về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
            "motcua",
        ),
        legal(
            "Quyết định",
            "45",
            2016,
            "QĐ",
            "TTg",
            PrimeMinister,
            Date::new(2016, 10, 19),
            "về việc tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích",
            "buuchinh",
        ),
        legal(
            "Nghị định",
            "63",
            2010,
            "NĐ",
            "CP",
            Government,
            Date::new(2010, 6, 8),
            "về kiểm soát thủ tục hành chính",
            "tthc",
        ),
        legal(
            "Nghị định",
            "130",
            2005,
            "NĐ",
            "CP",
            Government,
            Date::new(2005, 10, 17),
            "quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước",
            "tuchu",
        ),
        legal(
            "Thông tư",
            "01",
            2018,
            "TT",
            "VPCP",
            Ministry("Văn phòng Chính phủ"),
            Date::new(2018, 11, 23),
            "hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP",
            "motcua",
        ),
        legal(
            "Quyết định",
            "19",
            2014,
            "QĐ",
            "TTg",
            PrimeMinister,
            Date::new(2014, 3, 5),
            "về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước",
            "iso",
        ),
    ];
    let law = |name: &str, date: Date, topic| Doc {
        type_name: "Luật",
        number: String::new(),
        code_year: None,
        type_code: "L",
        issuer_code: "QH",
        drafting: "",
        grammar: Grammar::LawByName,
        issuer: Assembly,
        date,
        subject: name.to_string(),
        topic,
    };
    v.push(law(
        "Luật Tổ chức chính quyền địa phương",
        Date::new(2015, 6, 19),
        "tccq",
    ));
    v.push(law(
        "Luật Ban hành văn bản quy phạm pháp luật",
        Date::new(2015, 6, 22),
        "bhvb",
    ));
    v.push(law(
        "Luật Cán bộ, công chức",
        Date::new(2008, 11, 13),
        "cbcc",
    ));
    v.push(law(
        "Luật Phổ biến, giáo dục pháp luật",
        Date::new(2012, 6, 20),
        "pbgdpl",
    ));
    v.push(law(
        "Luật Hòa giải ở cơ sở",
        Date::new(2013, 6, 20),
        "hoagiai",
    ));
    v.push(law(
        "Luật Tiếp cận thông tin",
        Date::new(2016, 4, 6),
        "tctt",
    ));
    if year <= 2021 {
        v.push(doc(
            "Nghị quyết",
            "30c".into(),
            "NQ",
            "CP",
            Grammar::Administrative,
            Government,
            Date::new(2011, 11, 8),
            "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020"
                .into(),
            "ctrinh",
        ));
        v.push(doc(
            "Quyết định",
            "619".into(),
            "QĐ",
            "TTg",
            Grammar::Administrative,
            PrimeMinister,
            Date::new(2017, 5, 8),
            "ban hành Quy định về xây dựng xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật"
                .into(),
            "tcpl",
        ));
    }
    if year >= 2021 {
        v.push(doc(
            "Nghị quyết",
            "76".into(),
            "NQ",
            "CP",
            Grammar::Administrative,
            Government,
            Date::new(2021, 7, 15),
            "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030"
                .into(),
            "ctrinh",
        ));
        v.push(legal(
            "Quyết định",
            "25",
            2021,
            "QĐ",
            "TTg",
            PrimeMinister,
            Date::new(2021, 7, 22),
            "quy định về xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật",
            "tcpl",
        ));
        v.push(doc("Quyết định", "468".into(), "QĐ", "TTg", Grammar::Administrative, PrimeMinister,
            Date::new(2021, 3, 27), "phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính".into(), "motcua"));
    }
    if year >= 2020 {
        v.push(legal(
            "Nghị định",
            "45",
            2020,
            "NĐ",
            "CP",
            Government,
            Date::new(2020, 4, 8),
            "về thực hiện thủ tục hành chính trên môi trường điện tử",
            "dientu",
        ));
        v.push(legal(
            "Nghị định",
            "30",
            2020,
            "NĐ",
            "CP",
            Government,
            Date::new(2020, 3, 5),
            "về công tác văn thư",
            "vanthu",
        ));
        v.push(legal("Thông tư", "04", 2020, "TT", "BTP", Ministry("Bộ Tư pháp"), Date::new(2020, 5, 28),
            "quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP", "hotich"));
    }
    if year >= 2022 {
        v.push(legal(
            "Nghị định",
            "107",
            2021,
            "NĐ",
            "CP",
            Government,
            Date::new(2021, 12, 6),
            "sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP",
            "motcua",
        ));
        v.push(doc("Quyết định", "06".into(), "QĐ", "TTg", Grammar::Administrative, PrimeMinister,
            Date::new(2022, 1, 6), "phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030".into(), "de_an06"));
    }
    if (2019..2024).contains(&year) {
        v.push(legal("Nghị định", "34", 2019, "NĐ", "CP", Government, Date::new(2019, 4, 24),
            "sửa đổi, bổ sung một số quy định về cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố", "capxa"));
    } else {
        v.push(legal("Nghị định", "33", 2023, "NĐ", "CP", Government, Date::new(2023, 6, 10),
            "quy định về cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố", "capxa"));
    }
    v
}

const COMMUNE_PLANS: &[(&str, &str)] = &[
    (
        "kiemsoat",
        "kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính năm {Y}",
    ),
    ("cds", "chuyển đổi số trên địa bàn {U} năm {Y}"),
    (
        "pbgdpl",
        "công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng {L} đạt chuẩn tiếp cận pháp luật năm {Y}",
    ),
    (
        "kiemtra",
        "tự kiểm tra công tác cải cách hành chính năm {Y}",
    ),
    ("tuyentruyen", "tuyên truyền cải cách hành chính năm {Y}"),
    (
        "rasoat",
        "kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật năm {Y}",
    ),
    (
        "tdthpl",
        "theo dõi tình hình thi hành pháp luật và thi hành pháp luật về xử lý vi phạm hành chính năm {Y}",
    ),
    (
        "iso",
        "duy trì, áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015 năm {Y}",
    ),
    ("vanthu", "thực hiện công tác văn thư, lưu trữ năm {Y}"),
    (
        "papi",
        "nâng cao Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) trên địa bàn {L} năm {Y}",
    ),
    (
        "cntt",
        "ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm {Y}",
    ),
    ("thuctiet", "thực hành tiết kiệm, chống lãng phí năm {Y}"),
];

const MIDYEAR_PLANS: &[(&str, &str)] = &[
    (
        "doithoai",
        "tổ chức hội nghị đối thoại giữa Chủ tịch UBND {L} với Nhân dân năm {Y}",
    ),
    (
        "tuyentruyen",
        "tổ chức hội nghị tuyên truyền nội dung cải cách hành chính, chuyển đổi số năm {Y}",
    ),
    (
        "tdthpl",
        "kiểm tra liên ngành công tác thi hành pháp luật về xử lý vi phạm hành chính trên địa bàn {L}",
    ),
    (
        "pbgdpl",
        "tuyên truyền, phổ biến pháp luật về đất đai, môi trường trên địa bàn {U} năm {Y}",
    ),
    (
        "dvc",
        "đẩy mạnh thanh toán trực tuyến và sử dụng dịch vụ công trực tuyến toàn trình năm {Y}",
    ),
    (
        "kiemtra",
        "kiểm tra việc thực hiện kỷ luật, kỷ cương hành chính, văn hóa công sở năm {Y}",
    ),
];

fn fill(t: &str, pl: &Place, year: u16) -> String {
    t.replace("{Y}", &year.to_string())
        .replace("{U}", &pl.full_name())
        .replace("{L}", pl.kind_name().0)
}

/// What a commune (or, with `place.commune == None`, a district) issues in
/// `year`: its own plans, decisions, notices, letters and its Party
/// committee's documents.
pub(crate) fn unit_docs(seed: u64, place: Place, year: u16) -> Vec<Doc> {
    if place.commune.is_none() {
        return district_docs(seed, place, year);
    }
    let mut rng = Rng::derive(&[seed, place.id(), u64::from(year), 11]);
    let me = Issuer::Unit(place);
    let mut out = Vec::new();
    // Early-year plans, numbered from 01 in order of issue; the plan on
    // administrative reform itself sits near the front, so `05/KH-UBND`
    // exists in almost every commune every year.
    let mut topics: Vec<(&str, &str)> = COMMUNE_PLANS
        .iter()
        .copied()
        .filter(|(t, _)| !matches!(*t, "papi" | "cds") || year >= 2020)
        .collect();
    let k = rng.range(7, 10) as usize;
    let picked = rng.sample(topics.len(), k);
    topics = picked.into_iter().map(|i| topics[i]).collect();
    for i in (1..topics.len()).rev() {
        let j = rng.below(i + 1);
        topics.swap(i, j);
    }
    // The plan for the year itself is sometimes adopted in late December
    // of the year before, with that year's numbering.
    let december = rng.chance(0.25);
    if december {
        out.push(doc(
            "Kế hoạch",
            rng.range(80, 130).to_string(),
            "KH",
            "UBND",
            Grammar::Administrative,
            me,
            Date::random_in(&mut rng, year - 1, 12, 18, 30),
            fill("cải cách hành chính {L} năm {Y}", &place, year),
            "cchc",
        ));
    } else {
        let cchc_at = rng.range(2, 5) as usize;
        topics.insert(
            cchc_at.min(topics.len()),
            ("cchc", "cải cách hành chính {L} năm {Y}"),
        );
    }
    let mut n = 1u32;
    let mut day_of_year = rng.range(2, 6);
    let mut last_had_letter = false;
    if year >= 2022 && rng.chance(0.6) {
        topics.push((
            "de_an06",
            "triển khai thực hiện Đề án 06 trên địa bàn {L} năm {Y}",
        ));
    }
    for (topic, subject) in topics {
        let date = Date::new(
            year,
            1 + ((day_of_year - 1) / 30).min(11) as u8,
            1 + ((day_of_year - 1) % 28) as u8,
        );
        let number = if !last_had_letter && n > 3 && rng.chance(0.1) {
            last_had_letter = true;
            format!("{}a", num(n - 1))
        } else {
            n += 1;
            num(n - 1)
        };
        out.push(doc(
            "Kế hoạch",
            number,
            "KH",
            "UBND",
            Grammar::Administrative,
            me,
            date,
            fill(subject, &place, year),
            topic,
        ));
        day_of_year += rng.range(0, 6);
    }
    // Plans issued during the year, with higher numbers.
    let mut n2 = n + rng.range(8, 20);
    for month in [3u8, 4, 5, 7, 8, 10] {
        if rng.chance(0.55) {
            let (topic, subject) = *rng.pick(MIDYEAR_PLANS);
            let date = Date::random_in(&mut rng, year, month, 2, 27);
            out.push(doc(
                "Kế hoạch",
                num(n2),
                "KH",
                "UBND",
                Grammar::Administrative,
                me,
                date,
                fill(subject, &place, year),
                topic,
            ));
            n2 += rng.range(6, 25);
        }
    }
    let decisions: &[(&str, &str, u8)] = &[
        (
            "chitieu",
            "ban hành Quy chế chi tiêu nội bộ năm {Y} của UBND {U}",
            1,
        ),
        ("bcd", "kiện toàn Ban Chỉ đạo cải cách hành chính {L}", 1),
        (
            "hoagiai",
            "kiện toàn các tổ hòa giải ở cơ sở trên địa bàn {L}",
            3,
        ),
        (
            "iso",
            "công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015",
            2,
        ),
        (
            "motcua",
            "kiện toàn Bộ phận Tiếp nhận và trả kết quả giải quyết thủ tục hành chính của UBND {L}",
            2,
        ),
    ];
    let mut qd = rng.range(2, 9);
    for &(topic, subject, month) in decisions {
        if rng.chance(0.7) {
            let date = Date::random_in(&mut rng, year, month, 3, 26);
            out.push(doc(
                "Quyết định",
                num(qd),
                "QĐ",
                "UBND",
                Grammar::Administrative,
                me,
                date,
                fill(subject, &place, year),
                topic,
            ));
            qd += rng.range(3, 30);
        }
    }
    let tb_date = Date::random_months(&mut rng, year, 4, 7, 2, 28);
    out.push(doc(
        "Thông báo",
        num(rng.range(20, 80)),
        "TB",
        "UBND",
        Grammar::Administrative,
        me,
        tb_date,
        fill(
            "kết luận của Chủ tịch UBND {L} tại hội nghị đối thoại với Nhân dân năm {Y}",
            &place,
            year,
        ),
        "doithoai",
    ));
    let mut cv = rng.range(30, 90);
    for (topic, subject, month) in [
        (
            "chanchinh",
            "chấn chỉnh thực hiện nhiệm vụ và chấp hành kỷ luật, kỷ cương hành chính",
            3u8,
        ),
        (
            "cchc",
            "triển khai thực hiện bộ tiêu chí đánh giá Chỉ số cải cách hành chính cấp xã",
            5,
        ),
        (
            "dvc",
            "đẩy mạnh tiếp nhận hồ sơ trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
            8,
        ),
    ] {
        if rng.chance(0.6) {
            let date = Date::random_in(&mut rng, year, month, 2, 27);
            out.push(letter(
                cv,
                "UBND",
                "VP",
                me,
                date,
                subject.to_string(),
                topic,
            ));
            cv += rng.range(10, 60);
        }
    }
    let party = Issuer::Party(place);
    let mut pn = rng.range(60, 140);
    for (type_name, code, subject, topic, month) in [
        (
            "Kế hoạch",
            "KH",
            "thực hiện tiếp xúc, đối thoại trực tiếp của Bí thư Đảng ủy với Nhân dân năm {Y}",
            "doithoai",
            4u8,
        ),
        (
            "Nghị quyết",
            "NQ",
            "về lãnh đạo thực hiện nhiệm vụ cải cách hành chính, chuyển đổi số năm {Y}",
            "cchc",
            1,
        ),
        (
            "Thông báo",
            "TB",
            "kết luận hội nghị tiếp xúc, đối thoại của Bí thư Đảng ủy với Nhân dân năm {Y}",
            "doithoai",
            7,
        ),
    ] {
        if rng.chance(0.6) {
            let date = Date::random_in(&mut rng, year, month, 3, 27);
            out.push(doc(
                type_name,
                pn.to_string(),
                code,
                "ĐU",
                Grammar::Party,
                party,
                date,
                fill(subject, &place, year),
                topic,
            ));
            pn += rng.range(15, 70);
        }
    }
    out
}

fn district_docs(seed: u64, place: Place, year: u16) -> Vec<Doc> {
    let mut rng = Rng::derive(&[seed, place.id(), u64::from(year), 12]);
    let me = Issuer::Unit(place);
    let l = place.kind_name().0;
    let u = place.full_name();
    let mut out = vec![doc(
        "Kế hoạch",
        rng.range(150, 360).to_string(),
        "KH",
        "UBND",
        Grammar::Administrative,
        me,
        Date::random_in(&mut rng, year - 1, 12, 15, 31),
        format!("cải cách hành chính {u} năm {year}"),
        "cchc",
    )];
    let mut n = rng.range(3, 15);
    for (topic, subject) in [
        (
            "kiemtra",
            format!("kiểm tra công tác cải cách hành chính, kiểm tra công vụ năm {year}"),
        ),
        (
            "tuyentruyen",
            format!("tuyên truyền cải cách hành chính trên địa bàn {l} năm {year}"),
        ),
        (
            "cds",
            format!("chuyển đổi số, phát triển chính quyền số trên địa bàn {u} năm {year}"),
        ),
        (
            "kiemsoat",
            format!("kiểm soát thủ tục hành chính năm {year} trên địa bàn {l}"),
        ),
        (
            "pbgdpl",
            format!("phổ biến, giáo dục pháp luật, hòa giải ở cơ sở năm {year}"),
        ),
    ] {
        let date = Date::random_months(&mut rng, year, 1, 2, 4, 27);
        out.push(doc(
            "Kế hoạch",
            num(n),
            "KH",
            "UBND",
            Grammar::Administrative,
            me,
            date,
            subject,
            topic,
        ));
        n += rng.range(2, 25);
    }
    out.push(doc(
        "Quyết định",
        num(rng.range(5, 40)),
        "QĐ",
        "UBND",
        Grammar::Administrative,
        Issuer::Chair(place),
        Date::random_in(&mut rng, year, 1, 3, 15),
        format!("thành lập Tổ kiểm tra công vụ năm {year}"),
        "kiemtra",
    ));
    out.push(doc(
        "Quyết định",
        rng.range(300, 2500).to_string(),
        "QĐ",
        "UBND",
        Grammar::Administrative,
        me,
        Date::random_months(&mut rng, year, 3, 9, 2, 27),
        format!(
            "phê duyệt kết quả xác định Chỉ số cải cách hành chính của các xã, thị trấn năm {}",
            year - 1
        ),
        "chiso",
    ));
    out.push(doc(
        "Hướng dẫn",
        num(rng.range(1, 12)),
        "HD",
        "PNV",
        Grammar::Administrative,
        Issuer::Office(place, "Phòng Nội vụ"),
        Date::random_in(&mut rng, year, 2, 2, 25),
        format!("chấm điểm, xác định Chỉ số cải cách hành chính cấp xã năm {year}"),
        "chiso",
    ));
    out.push(letter(
        rng.range(400, 2600),
        "UBND",
        "VP",
        me,
        Date::random_months(&mut rng, year, 4, 10, 2, 27),
        "tăng cường kỷ luật, kỷ cương hành chính trong thực thi công vụ".to_string(),
        "chanchinh",
    ));
    let party_code = if l == "huyện" { "HU" } else { "TU" };
    out.push(doc(
        "Chương trình",
        rng.range(8, 40).to_string(),
        "CTr",
        party_code,
        Grammar::Party,
        Issuer::Party(place),
        Date::random_in(&mut rng, year, 2, 2, 27),
        format!("hành động thực hiện nhiệm vụ cải cách hành chính năm {year}"),
        "cchc",
    ));
    out
}

/// What a province (and its departments, council and Party committee)
/// issues in `year`.
pub(crate) fn province_docs(seed: u64, province: usize, year: u16) -> Vec<Doc> {
    let mut rng = Rng::derive(&[seed, province as u64, u64::from(year), 13]);
    let name = super::geo::PROVINCES[province].name;
    let kind = super::geo::PROVINCES[province].kind;
    let mut out = vec![doc(
        "Kế hoạch",
        rng.range(180, 390).to_string(),
        "KH",
        "UBND",
        Grammar::Administrative,
        Issuer::Province(province),
        Date::random_in(&mut rng, year - 1, 12, 18, 31),
        format!("cải cách hành chính {kind} {name} năm {year}"),
        "cchc",
    )];
    out.push(doc(
        "Quyết định",
        num(rng.range(8, 40)),
        "QĐ",
        "UBND",
        Grammar::Administrative,
        Issuer::ProvinceChair(province),
        Date::random_in(&mut rng, year, 1, 4, 20),
        format!("ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm {year}"),
        "kiemtra",
    ));
    let fields = [
        "hộ tịch",
        "chứng thực",
        "đất đai",
        "bảo trợ xã hội",
        "người có công",
        "nông nghiệp và phát triển nông thôn",
        "văn hóa, thể thao",
    ];
    let mut qd = rng.range(200, 900);
    for _ in 0..rng.range(2, 4) {
        let field = rng.pick(&fields);
        out.push(doc("Quyết định", qd.to_string(), "QĐ", "UBND", Grammar::Administrative, Issuer::ProvinceChair(province),
            Date::random_months(&mut rng, year, 2, 10, 2, 27),
            format!("công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung trong lĩnh vực {field} thuộc thẩm quyền giải quyết của UBND cấp xã trên địa bàn {kind}"),
            "tthc"));
        qd += rng.range(150, 800);
    }
    out.push(legal("Nghị quyết", &num(rng.range(5, 60)), year - 1, "NQ", "HĐND", Issuer::ProvinceCouncil(province),
        Date::random_in(&mut rng, year - 1, 12, 5, 15),
        "quy định nội dung, mức chi bảo đảm cho công tác cải cách hành chính và kiểm soát thủ tục hành chính trên địa bàn tỉnh", "chitieu"));
    out.push(legal("Quyết định", &num(rng.range(10, 70)), year, "QĐ", "UBND", Issuer::Province(province),
        Date::random_months(&mut rng, year, 3, 7, 2, 27),
        "ban hành Quy chế tổ chức và hoạt động của Bộ phận Tiếp nhận và trả kết quả giải quyết thủ tục hành chính các cấp", "motcua"));
    out.push(letter(
        rng.range(600, 3200),
        "STP",
        if rng.chance(0.5) {
            "PBGDPL"
        } else {
            "XDKTVBQPPL"
        },
        Issuer::Department(province, "Sở Tư pháp"),
        Date::random_in(&mut rng, year, 2, 2, 27),
        format!("hướng dẫn công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở năm {year}"),
        "pbgdpl",
    ));
    let ctr_year = if year >= 2021 { 2021 } else { 2016 };
    let mut prng = Rng::derive(&[seed, province as u64, u64::from(ctr_year), 14]);
    out.push(doc(
        "Chương trình",
        prng.range(5, 40).to_string(),
        "CTr",
        "TU",
        Grammar::Party,
        Issuer::ProvinceParty(province),
        Date::random_months(&mut prng, ctr_year, 3, 9, 2, 27),
        format!(
            "về cải cách hành chính giai đoạn {}",
            if ctr_year == 2021 {
                "2021 - 2025"
            } else {
                "2016 - 2020"
            }
        ),
        "ctrinh",
    ));
    out
}

/// The letter in which the level above asks for this period's report: from
/// the district People's Committee for a commune, from the provincial
/// Department of Home Affairs for a district. Every unit under the same
/// parent cites the same letter.
pub(crate) fn request_letter(seed: u64, reporter: Place, year: u16, period: PeriodKind) -> Doc {
    let (parent_key, issuer, code, drafting) = match reporter.commune {
        Some(_) => (
            reporter.parent().id(),
            Issuer::Unit(reporter.parent()),
            "UBND",
            "NV",
        ),
        None => (
            1 << 48 | reporter.province as u64,
            Issuer::Department(reporter.province, "Sở Nội vụ"),
            "SNV",
            "CCHC",
        ),
    };
    let mut rng = Rng::derive(&[
        seed,
        parent_key,
        u64::from(year),
        u64::from(period.ordinal()),
        15,
    ]);
    let (month, from, to) = match period {
        PeriodKind::Quarter(1) => (2, 12, 28),
        PeriodKind::Quarter(2) | PeriodKind::SixMonths => (5, 12, 31),
        PeriodKind::Quarter(3) | PeriodKind::NineMonths => (8, 3, 16),
        _ => (11, 3, 18),
    };
    let date = Date::random_in(&mut rng, year, month, from, to);
    let scale = if code == "SNV" { 4 } else { 1 };
    let number = rng.range(60, 700) * scale + u32::from(month) * 40;
    letter(
        number,
        code,
        drafting,
        issuer,
        date,
        format!(
            "báo cáo kết quả thực hiện công tác cải cách hành chính {}",
            period.plain_label(year)
        ),
        "baocao",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synth::geo::all_units;

    #[test]
    fn unit_docs_are_deterministic_and_number_plans_from_one() {
        let c = all_units()
            .into_iter()
            .find(|u| u.commune.is_some())
            .expect("a commune");
        let a = unit_docs(9, c, 2023);
        let b = unit_docs(9, c, 2023);
        assert_eq!(
            a.iter().map(Doc::code).collect::<Vec<_>>(),
            b.iter().map(Doc::code).collect::<Vec<_>>()
        );
        assert!(a.iter().any(|d| d.code() == "01/KH-UBND"));
        assert!(a.iter().any(|d| d.topic == "cchc" && d.type_code == "KH"));
    }

    #[test]
    fn codes_follow_the_four_grammars() {
        let n = national(2024);
        let codes: Vec<String> = n.iter().map(Doc::code).collect();
        assert!(codes.contains(&"61/2018/NĐ-CP".to_string()));
        assert!(codes.contains(&"06/QĐ-TTg".to_string()));
        assert!(codes.contains(&"Luật Tổ chức chính quyền địa phương".to_string()));
        let c = all_units()
            .into_iter()
            .find(|u| u.commune.is_some())
            .expect("a commune");
        let letter = request_letter(1, c, 2024, PeriodKind::Quarter(3));
        assert!(letter.code().ends_with("/UBND-NV"), "{}", letter.code());
        let p = province_docs(1, 0, 2024);
        assert!(p.iter().any(|d| d.code().ends_with("-CTr/TU")));
        assert!(p.iter().any(|d| d.code().ends_with("/2023/NQ-HĐND")));
    }

    #[test]
    fn siblings_share_the_request_letter() {
        let units = all_units();
        let mut communes = units
            .iter()
            .filter(|u| u.commune.is_some() && u.province == 0 && u.district == 0);
        let a = communes.next().expect("first commune");
        let b = communes.next().expect("second commune");
        let la = request_letter(4, *a, 2022, PeriodKind::SixMonths);
        let lb = request_letter(4, *b, 2022, PeriodKind::SixMonths);
        assert_eq!((la.code(), la.date), (lb.code(), lb.date));
    }
}
