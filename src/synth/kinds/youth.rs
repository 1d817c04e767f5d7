//! Reports and plans of the Youth Union (Đoàn TNCS Hồ Chí Minh), central (`Ban Bí thư
//! Trung ương Đoàn`, `526-BC/TWĐTN-TNTH`) and provincial (`Tỉnh đoàn`, `123-KH/TĐTN-TNNT`),
//! with their own numbering and, in converted files, the hyphens of their numbers lost
//! (`526BC/TWĐTNTNTH`).

use super::super::Grammar;
use super::super::date::Date;
use super::super::geo::{PROVINCES, Place};
use super::super::page::upper;
use super::super::registry::{national, province_docs};
use super::super::rng::Rng;
use super::super::signature::person;
use super::draft::{Cited, Draft, Head, Written, date_in};
use super::layout::{Header, date_line, header, number_line, signature};

/// Departments of a Youth Union committee, the suffix of its numbers.
const DEPTS: &[&str] = &["VP", "TNNT", "TNTH", "TNCN", "BTG", "BTC", "ĐKT"];

const ACTIVITIES: &[&str] = &[
    "Tháng Thanh niên năm {Y}",
    "Chiến dịch Thanh niên tình nguyện hè năm {Y}",
    "Cuộc thi Dự án khởi nghiệp thanh niên nông thôn năm {Y}",
    "Ngày hội Thanh niên với chuyển đổi số năm {Y}",
    "công tác tuyên truyền, giáo dục pháp luật cho đoàn viên, thanh niên năm {Y}",
];

/// A Youth Union report (`plan` false) or plan.
pub(super) fn youth(seed: u64, rng: &mut Rng, plan: bool) -> Written {
    let central = rng.chance(0.4);
    let provinces: Vec<usize> = (0..PROVINCES.len())
        .filter(|&p| PROVINCES[p].kind == "tỉnh")
        .collect();
    let p = *rng.pick(&provinces);
    let reporter = Place {
        province: p,
        district: 0,
        commune: None,
    };
    let year = rng.range(2019, 2025) as u16;
    let date = date_in(rng, year);
    let (type_code, word) = if plan {
        ("KH", "KẾ HOẠCH")
    } else {
        ("BC", "BÁO CÁO")
    };
    let dept = *rng.pick(DEPTS);
    let unit = if central { "TWĐTN" } else { "TĐTN" };
    let n = rng.range(5, 640);
    let canonical = format!("{n}-{type_code}/{unit}-{dept}");
    // Converted files lose the hyphens of these numbers.
    let printed = if rng.chance(0.3) {
        format!("{n}{type_code}/{unit}{dept}")
    } else {
        canonical.clone()
    };
    let pname = PROVINCES[p].name;
    let (issuer, role) = if central {
        (
            "Ban Bí thư Trung ương Đoàn".to_string(),
            vec![
                "TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN".to_string(),
                if rng.chance(0.5) {
                    "BÍ THƯ"
                } else {
                    "BÍ THƯ THƯỜNG TRỰC"
                }
                .to_string(),
            ],
        )
    } else {
        (
            format!("Tỉnh đoàn {pname}"),
            vec![
                "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN".to_string(),
                if rng.chance(0.5) {
                    "BÍ THƯ"
                } else {
                    "PHÓ BÍ THƯ"
                }
                .to_string(),
            ],
        )
    };
    let head = Head {
        number: Some(canonical),
        blank_day: false,
        issuer,
        signer: person(rng),
        role,
    };
    let mut d = Draft::new(rng, reporter, date);
    let left = if central {
        vec!["BAN CHẤP HÀNH TRUNG ƯƠNG".to_string(), "***".to_string()]
    } else {
        vec![format!("TỈNH ĐOÀN {}", upper(pname)), "***".to_string()]
    };
    let place = if central { "Hà Nội" } else { pname };
    let h = Header {
        left,
        right: vec!["ĐOÀN TNCS HỒ CHÍ MINH".to_string()],
        number: number_line(Some(&printed), "", d.rng),
        subject: None,
        date: date_line(place, date, false, d.rng),
    };
    header(&mut d.page, d.rng, &h);
    d.page.line(&d.page.bold(word));
    let activity = d.rng.pick(ACTIVITIES).replace("{Y}", &year.to_string());
    let title = if plan {
        format!("Tổ chức {activity}")
    } else if date.month <= 7 {
        format!("Kết quả công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm {year}")
    } else {
        format!("Kết quả công tác Đoàn và phong trào thanh thiếu nhi năm {year}")
    };
    d.page.line(&d.page.bold(&title));
    d.page.blank();
    let mut basis = Vec::new();
    let party: Vec<_> = national(year)
        .into_iter()
        .filter(|x| x.grammar == Grammar::Party && x.date < date)
        .collect();
    for x in d.some(&party, 1) {
        basis.push(d.cite(x, false));
    }
    if !central {
        let prov: Vec<_> = province_docs(seed, p, year)
            .into_iter()
            .filter(|x| x.grammar == Grammar::Party)
            .collect();
        for x in d.some(&prov, 1) {
            basis.push(d.cite(x, true));
        }
    }
    let n_tw = d.rng.range(3, 120);
    let tw_date = Date::random_in(d.rng, year, 1, 2, 28);
    if tw_date < date {
        let (ty, code) = if d.rng.chance(0.5) {
            ("Kế hoạch", "KH")
        } else {
            ("Hướng dẫn", "HD")
        };
        let tw_dept = *d.rng.pick(DEPTS);
        basis.push(d.cite_new(Cited {
            type_name: ty,
            code: format!("{n_tw}-{code}/TWĐTN-{tw_dept}"),
            grammar: Grammar::Party,
            issuer: "Ban Bí thư Trung ương Đoàn".into(),
            phrase: Some("của Ban Bí thư Trung ương Đoàn".into()),
            date: Some(tw_date),
            subject: None,
        }));
    }
    let me = if central {
        "Ban Bí thư Trung ương Đoàn".to_string()
    } else {
        "Ban Thường vụ Tỉnh đoàn".to_string()
    };
    if basis.is_empty() {
        d.page.para(&format!(
            "Căn cứ Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm {year}, {me} {} như sau:",
            if plan { "xây dựng kế hoạch" } else { "báo cáo kết quả" }
        ));
    } else {
        d.page.para(&format!(
            "Thực hiện {}, {me} {} như sau:",
            basis.join("; "),
            if plan {
                "xây dựng kế hoạch"
            } else {
                "báo cáo kết quả"
            }
        ));
    }
    let sections: &[(&str, &[&str])] = if plan {
        &[
            (
                "I. MỤC ĐÍCH, YÊU CẦU",
                &[
                    "Tạo môi trường để đoàn viên, thanh niên rèn luyện, cống hiến.",
                    "Hoạt động thiết thực, hiệu quả, tiết kiệm.",
                ],
            ),
            (
                "II. NỘI DUNG",
                &[
                    "Tổ chức lễ ra quân và các công trình thanh niên.",
                    "Tuyên truyền về chuyển đổi số, dịch vụ công trực tuyến cho đoàn viên.",
                ],
            ),
            (
                "III. TỔ CHỨC THỰC HIỆN",
                &["Các cơ sở Đoàn xây dựng kế hoạch triển khai và báo cáo kết quả về Văn phòng."],
            ),
        ]
    } else {
        &[
            (
                "I. KẾT QUẢ THỰC HIỆN",
                &[
                    "Công tác giáo dục chính trị, tư tưởng cho đoàn viên, thanh niên được triển khai thường xuyên.",
                    "Phong trào thanh niên tình nguyện có nhiều công trình, phần việc ý nghĩa.",
                ],
            ),
            (
                "II. ĐÁNH GIÁ CHUNG",
                &["Các cấp bộ Đoàn hoàn thành các chỉ tiêu được giao."],
            ),
            (
                "III. PHƯƠNG HƯỚNG, NHIỆM VỤ",
                &["Tiếp tục đổi mới nội dung, phương thức hoạt động của Đoàn."],
            ),
        ]
    };
    for (heading, items) in sections {
        d.page.line(heading);
        for (i, item) in items.iter().enumerate() {
            d.page.para(&format!("{}. {item}", i + 1));
        }
    }
    let to = [
        "- Ban Bí thư Trung ương Đoàn (để b/c);".to_string(),
        "- Các cơ sở Đoàn trực thuộc;".to_string(),
        format!("- Lưu: VP, {dept}."),
    ];
    signature(&mut d.page, d.rng, &to, &head.role, &head.signer);
    d.finish(head)
}
