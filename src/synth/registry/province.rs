//! What a province, its departments, council and Party committee issue in
//! a year.

use super::{Doc, Issuer, doc, legal, letter, num};
use crate::synth::Grammar;
use crate::synth::date::Date;
use crate::synth::rng::Rng;

/// What a province (and its departments, council and Party committee)
/// issues in `year`.
pub(crate) fn province_docs(seed: u64, province: usize, year: u16) -> Vec<Doc> {
    let mut rng = Rng::derive(&[seed, province as u64, u64::from(year), 13]);
    let name = crate::synth::geo::PROVINCES[province].name;
    let kind = crate::synth::geo::PROVINCES[province].kind;
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
