//! Real national documents and laws that every report may cite.

use super::{Doc, Issuer, doc, legal};
use crate::synth::Grammar;
use crate::synth::date::Date;

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
    // A law by its number, a Party resolution of the Central Committee and a joint
    // circular of two ministries: the grammars of the documents reports cite beside the
    // administrative ones.
    v.push(Doc {
        code_year: Some(2014),
        ..law("Luật Hộ tịch", Date::new(2014, 11, 20), "hotich")
    });
    if let Some(last) = v.last_mut() {
        last.number = "60".into();
        last.issuer_code = "QH13";
        last.grammar = Grammar::LawByNumber;
    }
    v.push(doc(
        "Nghị quyết",
        "18".into(),
        "NQ",
        "TW",
        Grammar::Party,
        Ministry("Ban Chấp hành Trung ương"),
        Date::new(2017, 10, 25),
        "một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả".into(),
        "tinhgon",
    ));
    v.push(legal(
        "Thông tư liên tịch",
        "03",
        2006,
        "TTLT",
        "BTC-BNV",
        Ministry("Bộ Tài chính, Bộ Nội vụ"),
        Date::new(2006, 1, 17),
        "hướng dẫn thực hiện Nghị định số 130/2005/NĐ-CP",
        "tuchu",
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
