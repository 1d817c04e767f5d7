//! What a commune issues in a year: plans numbered from 01, decisions,
//! a notice, letters and its Party committee's documents.

use super::district::district_docs;
use super::{Doc, Issuer, doc, letter, num};
use crate::synth::Grammar;
use crate::synth::date::Date;
use crate::synth::geo::Place;
use crate::synth::rng::Rng;

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
            rng.range(130, 190).to_string(),
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
            1 + ((day_of_year - 1) / 28).min(11) as u8,
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
        day_of_year += rng.range(0, 4);
    }
    // Plans issued during the year, with higher numbers.
    let mut n2 = n + rng.range(8, 20);
    for month in [4u8, 5, 6, 7, 8, 10] {
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
            n2 += rng.range(3, 14);
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
