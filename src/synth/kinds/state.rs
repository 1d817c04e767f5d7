//! Documents of the state: a province's decisions and plans, a ministry's or a department's
//! letters, the Government's decrees and the Standing Committee's 2025 merger resolutions.

use super::super::date::Date;
use super::super::geo::{PROVINCES, Place};
use super::super::page::{capitalize, upper};
use super::super::registry::{Doc, national, province_docs};
use super::super::rng::Rng;
use super::super::signature::person;
use super::super::{Grammar, roman};
use super::draft::{Cited, Draft, Head, Written, date_in};
use super::layout::{Header, date_line, header, nation, number_line, signature};

/// Provincial departments: name, code in numbers, drafting unit.
const DEPARTMENTS: &[(&str, &str, &str)] = &[
    ("Sở Nội vụ", "SNV", "CCHC"),
    ("Sở Tài chính", "STC", "QLNS"),
    ("Sở Tư pháp", "STP", "PBGDPL"),
    ("Sở Y tế", "SYT", "NVY"),
    ("Sở Giáo dục và Đào tạo", "SGDĐT", "VP"),
    ("Sở Xây dựng", "SXD", "QLN"),
];

/// Ministries and the Government Office: name, code in numbers, drafting unit.
const MINISTRIES: &[(&str, &str, &str)] = &[
    ("Bộ Nội vụ", "BNV", "CCHC"),
    ("Bộ Tư pháp", "BTP", "PBGDPL"),
    ("Bộ Tài chính", "BTC", "NSNN"),
    ("Bộ Y tế", "BYT", "KHTC"),
    ("Văn phòng Chính phủ", "VPCP", "KSTT"),
];

const DECISIONS: &[&str] = &[
    "phê duyệt Kế hoạch cải cách hành chính năm {Y}",
    "công bố danh mục thủ tục hành chính được chuẩn hóa trong lĩnh vực hộ tịch thuộc phạm vi quản lý của Sở Tư pháp",
    "ban hành Quy chế tổ chức và hoạt động của Trung tâm Phục vụ hành chính công",
    "giao chỉ tiêu biên chế công chức trong các cơ quan hành chính năm {Y}",
    "thành lập Tổ công tác rà soát, cắt giảm, đơn giản hóa thủ tục hành chính",
    "phê duyệt quy trình nội bộ giải quyết thủ tục hành chính trong lĩnh vực đất đai",
];

const PLANS: &[&str] = &[
    "tuyên truyền cải cách hành chính năm {Y}",
    "kiểm tra công tác cải cách hành chính năm {Y}",
    "chuyển đổi số trong cơ quan nhà nước năm {Y}",
    "nâng cao Chỉ số cải cách hành chính (PAR Index) và Chỉ số hài lòng (SIPAS) năm {Y}",
    "thực hiện Đề án 06 về dữ liệu dân cư năm {Y}",
];

const LETTERS: &[&str] = &[
    "báo cáo kết quả cải cách hành chính năm {Y}",
    "đôn đốc thực hiện dịch vụ công trực tuyến toàn trình",
    "hướng dẫn xác định Chỉ số cải cách hành chính năm {Y}",
    "rà soát thủ tục hành chính thuộc thẩm quyền giải quyết",
    "triển khai chữ ký số trong giải quyết thủ tục hành chính",
];

const DECREES: &[&str] = &[
    "quy định về tiếp nhận, giải quyết thủ tục hành chính trên môi trường điện tử",
    "quy định chi tiết một số điều về cán bộ, công chức cấp xã",
    "quy định về kiểm soát thủ tục hành chính và cắt giảm điều kiện kinh doanh",
    "quy định về công tác văn thư và lưu trữ điện tử",
];

/// The province a document of province level is about, and a district of it that stands
/// for it when registry documents are cited.
fn province(rng: &mut Rng) -> (usize, Place) {
    let p = rng.below(PROVINCES.len());
    (
        p,
        Place {
            province: p,
            district: 0,
            commune: None,
        },
    )
}

fn prov_name(p: usize) -> String {
    format!("{} {}", PROVINCES[p].kind, PROVINCES[p].name)
}

fn fill(template: &str, year: u16) -> String {
    template.replace("{Y}", &year.to_string())
}

/// National documents in force at `date`, without the laws cited by name only when `laws`
/// is false.
fn nat(date: Date) -> Vec<Doc> {
    national(date.year)
        .into_iter()
        .filter(|d| d.date < date && d.grammar != Grammar::Party)
        .collect()
}

fn committee_role(rng: &mut Rng, collective: bool) -> Vec<String> {
    let mut role = Vec::new();
    if collective {
        role.push("TM. ỦY BAN NHÂN DÂN".to_string());
    }
    if rng.chance(0.6) {
        role.push("KT. CHỦ TỊCH".to_string());
        role.push("PHÓ CHỦ TỊCH".to_string());
    } else {
        role.push("CHỦ TỊCH".to_string());
    }
    role
}

/// A decision of a provincial People's Committee or its chairman.
pub(super) fn decision(seed: u64, rng: &mut Rng) -> Written {
    let (p, reporter) = province(rng);
    let year = rng.range(2019, 2025) as u16;
    let date = date_in(rng, year);
    let number = (!rng.chance(0.06)).then(|| format!("{}/QĐ-UBND", rng.range(15, 3400)));
    let blank_day = rng.chance(if number.is_none() { 0.6 } else { 0.04 });
    let prov = prov_name(p);
    let chair = rng.chance(0.7);
    let template = *rng.pick(DECISIONS);
    let subject = fill(template, year);
    let (dept, dcode, _) = *rng.pick(DEPARTMENTS);
    let head = Head {
        number: number.clone(),
        blank_day,
        issuer: format!("UBND {prov}"),
        signer: person(rng),
        role: committee_role(rng, !chair),
    };
    let mut d = Draft::new(rng, reporter, date);
    let h = Header {
        left: vec!["ỦY BAN NHÂN DÂN".into(), upper(&prov)],
        right: nation(d.rng),
        number: number_line(number.as_deref(), "QĐ-UBND", d.rng),
        subject: None,
        date: date_line(PROVINCES[p].name, date, blank_day, d.rng),
    };
    header(&mut d.page, d.rng, &h);
    d.page.line(&d.page.bold("QUYẾT ĐỊNH"));
    let about = if d.rng.chance(0.5) {
        format!("Về việc {subject}")
    } else {
        upper(&subject)
    };
    d.page.line(&d.page.bold(&about));
    d.page.blank();
    let authority = if chair {
        format!("CHỦ TỊCH ỦY BAN NHÂN DÂN {}", upper(&prov))
    } else {
        format!("ỦY BAN NHÂN DÂN {}", upper(&prov))
    };
    d.page.line(&d.page.bold(&authority));
    d.page.blank();
    let docs = nat(date);
    let laws: Vec<Doc> = docs
        .iter()
        .filter(|x| matches!(x.grammar, Grammar::LawByName | Grammar::LawByNumber))
        .cloned()
        .collect();
    for law in d.some(&laws, 2) {
        let c = d.cite(law, false);
        d.page.para(&format!("Căn cứ {c};"));
    }
    let others: Vec<Doc> = docs
        .iter()
        .filter(|x| !matches!(x.grammar, Grammar::LawByName | Grammar::LawByNumber))
        .cloned()
        .collect();
    for (i, x) in d.some(&others, 2).into_iter().enumerate() {
        let c = if i == 0 && d.rng.chance(0.5) {
            d.cite_at(x)
        } else {
            d.cite(x, true)
        };
        d.page.para(&format!("Căn cứ {c};"));
    }
    let submitted = date_before(d.rng, date);
    let tt_no = d.rng.range(20, 400);
    let tt = d.cite_new(Cited {
        type_name: "Tờ trình",
        code: format!("{tt_no}/TTr-{dcode}"),
        grammar: Grammar::Administrative,
        issuer: format!("{dept} {prov}"),
        phrase: None,
        date: Some(submitted),
        subject: None,
    });
    d.page
        .para(&format!("Theo đề nghị của Giám đốc {dept} tại {tt}."));
    d.page.line(&d.page.bold("QUYẾT ĐỊNH:"));
    d.page.blank();
    d.page.para(&format!(
        "Điều 1. {} (có văn bản kèm theo).",
        capitalize(&subject)
    ));
    let prov_docs = province_docs(seed, p, year);
    let mut art2 = format!(
        "Điều 2. Giao {dept} chủ trì, phối hợp với các cơ quan, đơn vị liên quan theo dõi, đôn đốc, kiểm tra việc thực hiện Quyết định này."
    );
    if let Some(x) = d.some(&prov_docs, 1).first() {
        let c = d.cite(x, true);
        art2.push_str(&format!(" Việc thực hiện bảo đảm thống nhất với {c}."));
    }
    d.page.para(&art2);
    d.page.para(&format!(
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc {dept}, Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này./."
    ));
    let to = [
        "- Như Điều 3;".to_string(),
        "- Chủ tịch, các PCT UBND tỉnh;".to_string(),
        format!("- Lưu: VT, {dcode}."),
    ];
    signature(&mut d.page, d.rng, &to, &head.role, &head.signer);
    d.finish(head)
}

/// A day a few weeks before `date`, in the same year.
fn date_before(rng: &mut Rng, date: Date) -> Date {
    if date.month > 1 {
        Date::random_in(rng, date.year, date.month - 1, 1, 28)
    } else {
        Date::random_in(rng, date.year, 1, 1, date.day.max(1))
    }
}

/// A plan of a provincial People's Committee.
pub(super) fn plan(seed: u64, rng: &mut Rng) -> Written {
    let (p, reporter) = province(rng);
    let year = rng.range(2019, 2025) as u16;
    let date = date_in(rng, year);
    let number = (!rng.chance(0.06)).then(|| format!("{}/KH-UBND", rng.range(20, 420)));
    let blank_day = rng.chance(if number.is_none() { 0.6 } else { 0.04 });
    let prov = prov_name(p);
    let template = *rng.pick(PLANS);
    let subject = fill(template, year);
    let head = Head {
        number: number.clone(),
        blank_day,
        issuer: format!("UBND {prov}"),
        signer: person(rng),
        role: committee_role(rng, true),
    };
    let mut d = Draft::new(rng, reporter, date);
    let h = Header {
        left: vec!["ỦY BAN NHÂN DÂN".into(), upper(&prov)],
        right: nation(d.rng),
        number: number_line(number.as_deref(), "KH-UBND", d.rng),
        subject: None,
        date: date_line(PROVINCES[p].name, date, blank_day, d.rng),
    };
    header(&mut d.page, d.rng, &h);
    d.page.line(&d.page.bold("KẾ HOẠCH"));
    d.page.line(&d.page.bold(&capitalize(&subject)));
    d.page.blank();
    let docs = nat(date);
    let mut basis = Vec::new();
    for x in d.some(&docs, 2) {
        basis.push(d.cite(x, true));
    }
    let prov_docs = province_docs(seed, p, year);
    for x in d.some(&prov_docs, 1) {
        basis.push(d.cite(x, false));
    }
    d.page.para(&format!(
        "Thực hiện {}, Ủy ban nhân dân tỉnh ban hành Kế hoạch {subject}, cụ thể như sau:",
        basis.join("; ")
    ));
    d.page.line("I. MỤC ĐÍCH, YÊU CẦU");
    d.page.para("1. Mục đích: nâng cao chất lượng phục vụ người dân, doanh nghiệp; bảo đảm công khai, minh bạch trong giải quyết thủ tục hành chính.");
    d.page.para(
        "2. Yêu cầu: các cơ quan, đơn vị xác định rõ nhiệm vụ, thời hạn và trách nhiệm thực hiện.",
    );
    d.page.line("II. NHIỆM VỤ TRỌNG TÂM");
    for (i, task) in [
        "Rà soát, đơn giản hóa thủ tục hành chính",
        "Đẩy mạnh cung cấp dịch vụ công trực tuyến",
        "Kiểm tra việc thực hiện cơ chế một cửa, một cửa liên thông",
    ]
    .iter()
    .enumerate()
    {
        let mut line = format!("{}. {task}", i + 1);
        if let Some(x) = d.some(&docs, 1).first() {
            let c = d.cite_at(x);
            line.push_str(&format!(" theo quy định tại {c}"));
        }
        line.push('.');
        d.page.para(&line);
    }
    d.page.line("III. TỔ CHỨC THỰC HIỆN");
    let (dept, dcode, _) = *d.rng.pick(DEPARTMENTS);
    d.page.para(&format!("1. {dept} chủ trì, theo dõi, đôn đốc và tổng hợp báo cáo UBND tỉnh trước ngày 15 tháng 12 năm {year}."));
    d.page.para("2. Các sở, ban, ngành và UBND các huyện, thị xã, thành phố triển khai thực hiện Kế hoạch này./.");
    let to = [
        format!("- {dept};"),
        "- UBND các huyện, thị xã, thành phố;".to_string(),
        format!("- Lưu: VT, {dcode}."),
    ];
    signature(&mut d.page, d.rng, &to, &head.role, &head.signer);
    d.finish(head)
}

/// A letter of a ministry or of a provincial department, with its `V/v` line.
pub(super) fn letter(seed: u64, rng: &mut Rng) -> Written {
    let (p, reporter) = province(rng);
    let year = rng.range(2019, 2025) as u16;
    let date = date_in(rng, year);
    let ministry = rng.chance(0.5);
    let (name, code, drafting) = if ministry {
        *rng.pick(MINISTRIES)
    } else {
        *rng.pick(DEPARTMENTS)
    };
    let prov = prov_name(p);
    let number = Some(format!("{}/{code}-{drafting}", rng.range(100, 7800)));
    let template = *rng.pick(LETTERS);
    let subject = fill(template, year);
    let role: Vec<String> = match (ministry, rng.chance(0.6), code) {
        (true, _, "VPCP") => vec!["KT. BỘ TRƯỞNG, CHỦ NHIỆM".into(), "PHÓ CHỦ NHIỆM".into()],
        (true, true, _) => vec!["KT. BỘ TRƯỞNG".into(), "THỨ TRƯỞNG".into()],
        (true, false, _) => vec!["BỘ TRƯỞNG".into()],
        (false, true, _) => vec!["KT. GIÁM ĐỐC".into(), "PHÓ GIÁM ĐỐC".into()],
        (false, false, _) => vec!["GIÁM ĐỐC".into()],
    };
    let head = Head {
        number: number.clone(),
        blank_day: false,
        issuer: if ministry {
            name.to_string()
        } else {
            format!("{name} {prov}")
        },
        signer: person(rng),
        role,
    };
    let mut d = Draft::new(rng, reporter, date);
    let (left, place) = if ministry {
        (vec![upper(name)], "Hà Nội".to_string())
    } else {
        (
            vec![format!("UBND {}", upper(&prov)), upper(name)],
            PROVINCES[p].name.to_string(),
        )
    };
    let h = Header {
        left,
        right: nation(d.rng),
        number: number_line(number.as_deref(), "", d.rng),
        subject: Some(format!("V/v {subject}")),
        date: date_line(&place, date, false, d.rng),
    };
    header(&mut d.page, d.rng, &h);
    if ministry {
        d.page.line("Kính gửi:");
        d.page
            .line("- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;");
        d.page
            .line("- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.");
    } else {
        d.page.line("Kính gửi:");
        d.page.line("- Các sở, ban, ngành tỉnh;");
        d.page.line("- UBND các huyện, thị xã, thành phố.");
    }
    d.page.blank();
    let docs = nat(date);
    let mut basis = Vec::new();
    for x in d.some(&docs, 2) {
        basis.push(d.cite(x, true));
    }
    if !ministry {
        let prov_docs = province_docs(seed, p, year);
        for x in d.some(&prov_docs, 1) {
            basis.push(d.cite(x, true));
        }
    }
    let me = name;
    d.page.para(&format!(
        "Thực hiện {}, {me} đề nghị các cơ quan, đơn vị {subject} như sau:",
        basis.join("; ")
    ));
    d.page
        .para("1. Rà soát kết quả thực hiện, tổng hợp số liệu theo biểu mẫu kèm theo.");
    let mut two =
        "2. Gửi báo cáo bằng văn bản và qua Hệ thống quản lý văn bản và điều hành".to_string();
    if let Some(x) = d.some(&docs, 1).first() {
        let c = d.cite_at(x);
        two.push_str(&format!(", bảo đảm đúng quy định tại {c}"));
    }
    two.push('.');
    d.page.para(&two);
    d.page
        .para("Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.");
    let to = ["- Như trên;".to_string(), format!("- Lưu: VT, {drafting}.")];
    signature(&mut d.page, d.rng, &to, &head.role, &head.signer);
    d.finish(head)
}

/// A decree of the Government, in chapters, articles, clauses and points.
pub(super) fn decree(rng: &mut Rng) -> Written {
    let (_, reporter) = province(rng);
    let year = rng.range(2019, 2025) as u16;
    let date = date_in(rng, year);
    let number = Some(format!("{}/{year}/NĐ-CP", rng.range(150, 299)));
    let subject = rng.pick(DECREES).to_string();
    let role: Vec<String> = if rng.chance(0.5) {
        vec!["TM. CHÍNH PHỦ".into(), "THỦ TƯỚNG".into()]
    } else {
        vec![
            "TM. CHÍNH PHỦ".into(),
            "KT. THỦ TƯỚNG".into(),
            "PHÓ THỦ TƯỚNG".into(),
        ]
    };
    let head = Head {
        number: number.clone(),
        blank_day: false,
        issuer: "Chính phủ".into(),
        signer: person(rng),
        role,
    };
    let mut d = Draft::new(rng, reporter, date);
    let h = Header {
        left: vec!["CHÍNH PHỦ".into()],
        right: nation(d.rng),
        number: number_line(number.as_deref(), "", d.rng),
        subject: None,
        date: date_line("Hà Nội", date, false, d.rng),
    };
    header(&mut d.page, d.rng, &h);
    d.page.line(&d.page.bold("NGHỊ ĐỊNH"));
    d.page.line(&d.page.bold(&capitalize(&subject)));
    d.page.blank();
    let (law_no, law_date) = if date >= Date::new(2025, 3, 1) {
        ("63/2025/QH15", Date::new(2025, 2, 18))
    } else {
        ("76/2015/QH13", Date::new(2015, 6, 19))
    };
    let c = d.cite_new(Cited {
        type_name: "Luật Tổ chức Chính phủ",
        code: law_no.into(),
        grammar: Grammar::LawByNumber,
        issuer: "Quốc hội".into(),
        phrase: None,
        date: Some(law_date),
        subject: None,
    });
    d.page.para(&format!("Căn cứ {c};"));
    let docs = nat(date);
    let laws: Vec<Doc> = docs
        .iter()
        .filter(|x| matches!(x.grammar, Grammar::LawByName | Grammar::LawByNumber))
        .cloned()
        .collect();
    for law in d.some(&laws, 1) {
        let c = d.cite(law, false);
        d.page.para(&format!("Căn cứ {c};"));
    }
    let (minister, _, _) = *d.rng.pick(MINISTRIES);
    let lead = if minister == "Văn phòng Chính phủ" {
        "Bộ trưởng, Chủ nhiệm"
    } else {
        "Bộ trưởng"
    };
    d.page.para(&format!("Theo đề nghị của {lead} {minister};"));
    d.page
        .para(&format!("Chính phủ ban hành Nghị định {subject}."));
    let others: Vec<Doc> = docs
        .iter()
        .filter(|x| x.grammar == Grammar::Legal)
        .cloned()
        .collect();
    let chapters = ["QUY ĐỊNH CHUNG", "QUY ĐỊNH CỤ THỂ", "ĐIỀU KHOẢN THI HÀNH"];
    let mut article = 0;
    for (ci, title) in chapters.iter().enumerate() {
        d.page
            .line(&d.page.bold(&format!("Chương {}", roman(ci as u8 + 1))));
        d.page.line(&d.page.bold(title));
        d.page.blank();
        let articles = if ci == 2 { 2 } else { d.rng.range(1, 3) };
        for ai in 0..articles {
            article += 1;
            let heading = match (ci, ai) {
                (0, 0) => "Phạm vi điều chỉnh",
                (0, _) => "Đối tượng áp dụng",
                (2, 0) => "Hiệu lực thi hành",
                (2, _) => "Trách nhiệm thi hành",
                _ => "Trình tự thực hiện",
            };
            d.page
                .line(&d.page.bold(&format!("Điều {article}. {heading}")));
            if ci == 2 && ai == 0 {
                let mut line = format!(
                    "Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng {} năm {}",
                    date.month % 12 + 1,
                    if date.month == 12 { year + 1 } else { year }
                );
                if let Some(x) = d.some(&others, 1).first() {
                    let c = d.cite_at(x);
                    line.push_str(&format!(" và bãi bỏ {c}"));
                }
                line.push('.');
                d.page.para(&line);
                continue;
            }
            if ci == 2 {
                d.page.para("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị định này./.");
                continue;
            }
            for k in 1..=d.rng.range(1, 3) {
                let mut line = format!("{k}. Cơ quan tiếp nhận hồ sơ thực hiện");
                if d.rng.chance(0.5)
                    && let Some(x) = d.some(&others, 1).first()
                {
                    let c = d.cite_at(x);
                    line.push_str(&format!(" theo quy định tại {c}"));
                }
                if d.rng.chance(0.4) {
                    d.page.line(&format!("{line} như sau:"));
                    d.page
                        .line("a) Hồ sơ nộp trực tiếp hoặc qua dịch vụ bưu chính;");
                    d.page
                        .line("b) Hồ sơ nộp trực tuyến trên Cổng Dịch vụ công quốc gia.");
                } else {
                    d.page.line(&format!("{line}."));
                }
            }
            d.page.blank();
        }
    }
    let to = [
        "- Ban Bí thư Trung ương Đảng;".to_string(),
        "- Thủ tướng, các Phó Thủ tướng Chính phủ;".to_string(),
        "- Lưu: VT, KSTT.".to_string(),
    ];
    signature(&mut d.page, d.rng, &to, &head.role, &head.signer);
    d.finish(head)
}

/// A 2025 resolution of the National Assembly Standing Committee merging the communes of
/// one province.
pub(super) fn merger(rng: &mut Rng) -> Written {
    let (p, reporter) = province(rng);
    let date = Date::random_in(rng, 2025, 6, 10, 16);
    let number = Some(format!("{}/NQ-UBTVQH15", rng.range(1654, 1690)));
    let prov = prov_name(p);
    let head = Head {
        number: number.clone(),
        blank_day: false,
        issuer: "Ủy ban Thường vụ Quốc hội".into(),
        signer: person(rng),
        role: vec![
            "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI".into(),
            if rng.chance(0.7) {
                "CHỦ TỊCH"
            } else {
                "PHÓ CHỦ TỊCH"
            }
            .into(),
        ],
    };
    let mut d = Draft::new(rng, reporter, date);
    let h = Header {
        left: vec!["ỦY BAN THƯỜNG VỤ".into(), "QUỐC HỘI".into()],
        right: nation(d.rng),
        number: number_line(number.as_deref(), "", d.rng),
        subject: None,
        date: date_line("Hà Nội", date, false, d.rng),
    };
    header(&mut d.page, d.rng, &h);
    d.page.line(&d.page.bold("NGHỊ QUYẾT"));
    d.page.line(&d.page.bold(&format!(
        "Về việc sắp xếp các đơn vị hành chính cấp xã của {prov} năm 2025"
    )));
    d.page.blank();
    d.page.line(&d.page.bold("ỦY BAN THƯỜNG VỤ QUỐC HỘI"));
    d.page.blank();
    let law = d.cite_new(Cited {
        type_name: "Luật Tổ chức chính quyền địa phương",
        code: "72/2025/QH15".into(),
        grammar: Grammar::LawByNumber,
        issuer: "Quốc hội".into(),
        phrase: None,
        date: None,
        subject: None,
    });
    d.page.para(&format!("Căn cứ {law};"));
    let nq = d.cite_new(Cited {
        type_name: "Nghị quyết",
        code: "202/2025/QH15".into(),
        grammar: Grammar::Assembly,
        issuer: "Quốc hội".into(),
        phrase: Some("của Quốc hội".into()),
        date: Some(Date::new(2025, 6, 12)),
        subject: Some("sắp xếp đơn vị hành chính cấp tỉnh"),
    });
    d.page.para(&format!("Căn cứ {nq};"));
    let nq76 = d.cite_new(Cited {
        type_name: "Nghị quyết",
        code: "76/2025/UBTVQH15".into(),
        grammar: Grammar::Assembly,
        issuer: "Ủy ban Thường vụ Quốc hội".into(),
        phrase: Some("của Ủy ban Thường vụ Quốc hội".into()),
        date: Some(Date::new(2025, 4, 14)),
        subject: Some("sắp xếp đơn vị hành chính năm 2025"),
    });
    d.page.para(&format!("Căn cứ {nq76};"));
    let submitted = Date::random_in(d.rng, 2025, 5, 5, 28);
    let tt_no = d.rng.range(300, 480);
    let tt = d.cite_new(Cited {
        type_name: "Tờ trình",
        code: format!("{tt_no}/TTr-CP"),
        grammar: Grammar::Administrative,
        issuer: "Chính phủ".into(),
        phrase: Some("của Chính phủ".into()),
        date: Some(submitted),
        subject: None,
    });
    d.page.para(&format!("Xét đề nghị của Chính phủ tại {tt},"));
    d.page.line(&d.page.bold("QUYẾT NGHỊ:"));
    d.page.blank();
    d.page.line(&d.page.bold(&format!(
        "Điều 1. Sắp xếp các đơn vị hành chính cấp xã của {prov}"
    )));
    d.page.para(&format!(
        "Trên cơ sở Đề án của Chính phủ, Ủy ban Thường vụ Quốc hội quyết định sắp xếp để thành lập các đơn vị hành chính cấp xã của {prov} như sau:"
    ));
    let mut k = 0;
    let mut after = 0;
    for dist in PROVINCES[p].districts {
        let size = if dist.communes.len() > 3 { 2 } else { 3 };
        for units in dist.communes.chunks(size) {
            let group: Vec<String> = units
                .iter()
                .map(|(kind, name)| {
                    if name.starts_with("Phường ") {
                        (*name).to_string()
                    } else {
                        format!("{kind} {name}")
                    }
                })
                .collect();
            k += 1;
            after += 1;
            let first = units[0];
            let new_kind = if first.0 == "xã" { "xã" } else { "phường" };
            let list = match group.len() {
                1 => group[0].clone(),
                n => format!("{} và {}", group[..n - 1].join(", "), group[n - 1]),
            };
            d.page.para(&format!(
                "{k}. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của {list} thành {new_kind} mới có tên gọi là {new_kind} {}.",
                first.1
            ));
        }
    }
    k += 1;
    d.page.para(&format!(
        "{k}. Sau khi sắp xếp, {prov} có {after} đơn vị hành chính cấp xã thuộc phạm vi Nghị quyết này."
    ));
    d.page.line(&d.page.bold("Điều 2. Hiệu lực thi hành"));
    d.page
        .para("Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.");
    d.page.line(&d.page.bold("Điều 3. Tổ chức thực hiện"));
    d.page.para(&format!("Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân {prov} và các cơ quan, tổ chức có liên quan chịu trách nhiệm tổ chức thi hành Nghị quyết này./."));
    let to = [
        "- Chính phủ;".to_string(),
        format!("- HĐND, UBND {prov};"),
        "- Lưu: HC, PL.".to_string(),
    ];
    signature(&mut d.page, d.rng, &to, &head.role, &head.signer);
    d.finish(head)
}
