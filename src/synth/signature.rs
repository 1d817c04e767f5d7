//! The end of a report: closing sentence, distribution list and signature.

use super::page::Page;
use super::rng::Rng;
use super::writer::Writer;

const SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Lương", "Đinh", "Hà", "Nông", "Triệu",
];
const MIDDLE_M: &[&str] = &[
    "Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Xuân", "Thế", "Công", "Ngọc",
];
const MIDDLE_F: &[&str] = &["Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim"];
const GIVEN_M: &[&str] = &[
    "Hùng",
    "Dũng",
    "Tuấn",
    "Sơn",
    "Hải",
    "Bình",
    "Trường",
    "Thắng",
    "Cường",
    "Long",
    "Khánh",
    "Phong",
    "Quý",
    "Toàn",
    "Nam",
];
const GIVEN_F: &[&str] = &[
    "Lan", "Hương", "Hoa", "Nga", "Phương", "Thủy", "Hằng", "Loan", "Yến", "Trang", "Hòa",
];

/// A person's full name (`Nguyễn Văn Hùng`, `Lê Thị Hương`).
pub(crate) fn person(rng: &mut Rng) -> String {
    let s = rng.pick(SURNAMES);
    if rng.chance(0.3) {
        format!("{s} {} {}", rng.pick(MIDDLE_F), rng.pick(GIVEN_F))
    } else {
        format!("{s} {} {}", rng.pick(MIDDLE_M), rng.pick(GIVEN_M))
    }
}

/// The signer is the same person in all of a unit's reports of a year.
fn signer(w: &Writer, deputy: bool) -> String {
    let mut rng = Rng::derive(&[
        w.seed,
        w.place.id(),
        u64::from(w.year),
        u64::from(deputy),
        41,
    ]);
    let s = rng.pick(SURNAMES);
    if rng.chance(0.3) {
        format!("{s} {} {}", rng.pick(MIDDLE_F), rng.pick(GIVEN_F))
    } else {
        format!("{s} {} {}", rng.pick(MIDDLE_M), rng.pick(GIVEN_M))
    }
}

pub(crate) fn closing(w: &mut Writer, page: &mut Page) {
    let me = format!("{} {}", w.committee, w.place.full_name());
    let period = w.period_text();
    let line = match w.rng.below(3) {
        0 => format!(
            "Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính {period} của {me}./."
        ),
        1 => format!(
            "Trên đây là báo cáo tình hình thực hiện công tác cải cách hành chính {period} của {me}, kính báo cáo {} xem xét, chỉ đạo./.",
            w.parent_name()
        ),
        _ => format!("Trên đây là báo cáo công tác cải cách hành chính {period} của {me}./."),
    };
    page.para(&line);
    let deputy = w.rng.chance(0.6);
    let mut sig = vec!["TM. ỦY BAN NHÂN DÂN".to_string()];
    if deputy {
        sig.push("KT. CHỦ TỊCH".to_string());
        sig.push("PHÓ CHỦ TỊCH".to_string());
    } else {
        sig.push("CHỦ TỊCH".to_string());
    }
    let lvl = w.lvl();
    let mut to = vec![page.italic("Nơi nhận:")];
    if w.place.commune.is_some() {
        to.push("- Như trên;".to_string());
        to.push(format!("- TT Đảng ủy, HĐND {lvl};"));
        to.push(format!("- CT, các PCT UBND {lvl};"));
    } else {
        to.push("- Như trên;".to_string());
        to.push(format!(
            "- TT {}, TT HĐND {lvl};",
            if lvl == "huyện" {
                "Huyện ủy"
            } else {
                "Thị ủy"
            }
        ));
        to.push("- Các cơ quan, đơn vị thuộc UBND;".to_string());
        to.push(w.fill("- UBND các {village};"));
    }
    to.push("- Lưu: VT.".to_string());
    let name = signer(w, deputy);
    if w.rng.chance(0.35) {
        // Two columns flattened: distribution list beside the signature.
        for (i, t) in to.iter().enumerate() {
            match sig.get(i) {
                Some(s) => page.line(&format!("{t}\t{s}")),
                None => page.line(t),
            }
        }
        page.blank();
        page.line(&page.bold(&name));
    } else {
        for t in &to {
            page.line(t);
        }
        page.blank();
        for s in &sig {
            page.line(&page.bold(s));
        }
        page.blank();
        if w.rng.chance(0.3) {
            page.line("(Đã ký)");
            page.blank();
        }
        page.line(&page.bold(&name));
    }
    page.blank();
}
