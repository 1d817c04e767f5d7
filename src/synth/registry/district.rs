//! What a district-level unit issues in a year.

use super::{Doc, Issuer, doc, letter, num};
use crate::synth::Grammar;
use crate::synth::date::Date;
use crate::synth::geo::Place;
use crate::synth::rng::Rng;

pub(super) fn district_docs(seed: u64, place: Place, year: u16) -> Vec<Doc> {
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
    let mut day = rng.range(3, 12);
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
        // Numbers and dates rise together.
        let date = Date::new(year, 1 + (day / 28).min(11) as u8, 1 + (day % 28) as u8);
        day += rng.range(3, 12);
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
    let party_code = match l {
        "huyện" => "HU",
        "quận" => "QU",
        _ => "TU",
    };
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
