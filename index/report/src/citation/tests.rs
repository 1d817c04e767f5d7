//! Rules of citation extraction, on invented paragraphs in the seeds' style.

use super::*;
use crate::{Unit, UnitLevel};

fn ctx() -> Context {
    Context {
        unit: Some(Unit {
            level: UnitLevel::Xa,
            name: "Tân Phú".into(),
        }),
        parent: Some(Unit {
            level: UnitLevel::Huyen,
            name: "Đồng Xuân".into(),
        }),
        province: Some("Phú Yên".into()),
        own_number: Some("12/BC-UBND".into()),
        wrapped: false,
    }
}

fn one(text: &str) -> Citation {
    let found = extract(text, &ctx());
    assert_eq!(found.len(), 1, "{found:#?}");
    found.into_iter().next().unwrap()
}

#[test]
fn full_mention() {
    let text = "Thực hiện Công văn số 245/UBND - NV ngày 05/3/2024 của UBND huyện Đồng Xuân về việc báo cáo định kỳ.";
    let c = one(text);
    assert_eq!(c.cited.key, "245/UBND-NV");
    assert_eq!(c.cited.doc_type.as_deref(), Some("Công văn"));
    assert_eq!(c.cited.number, "245");
    assert_eq!(c.cited.code, "UBND-NV");
    assert_eq!(c.cited.date.as_deref(), Some("2024-03-05"));
    assert_eq!(c.cited.issuer.as_deref(), Some("UBND huyện Đồng Xuân"));
    assert_eq!(c.cited.subject.as_deref(), Some("báo cáo định kỳ"));
    assert_eq!(&text[c.span.clone()], "Công văn số 245/UBND - NV");
}

#[test]
fn written_forms() {
    let c =
        one("Đảng ủy xã ban hành Kế hoạch số 88 - KH/ĐU, ngày 02 tháng 4 năm 2024 của Đảng ủy xã.");
    assert_eq!(
        (c.cited.key.as_str(), c.cited.date.as_deref()),
        ("88-KH/ĐU", Some("2024-04-02"))
    );
    assert_eq!(c.cited.issuer.as_deref(), Some("Đảng ủy xã Tân Phú"));
    assert_eq!(
        one("Kế hoạch số số 07/KH-UBND ngày 4/1/2024 vv tuyên truyền")
            .cited
            .key,
        "07/KH-UBND"
    );
    assert_eq!(
        one("theo Kế hoạch số 07/KH-\n\nUBND ngày 4/1/2024")
            .cited
            .key,
        "07/KH-UBND"
    );
    let c = one("theo NĐ 190/NĐ-HĐND của HĐND tỉnh");
    assert_eq!(c.cited.doc_type.as_deref(), Some("Nghị định"));
    assert_eq!(c.cited.issuer.as_deref(), Some("HĐND tỉnh Phú Yên"));
    let c = one("Quyết định số 05/2021/Đ-UBND ngày 14/02/2021 của Ủy ban nhân dân tỉnh");
    assert_eq!(
        (c.cited.key.as_str(), c.cited.year),
        ("05/2021/Đ-UBND", Some(2021))
    );
    assert_eq!(c.cited.doc_type.as_deref(), Some("Quyết định"));
    assert_eq!(c.cited.issuer.as_deref(), Some("UBND tỉnh Phú Yên"));
    assert_eq!(one("Kế hoạch số 9b/KH-UBND").cited.number, "9b");
}

#[test]
fn issuer_from_code_wins() {
    // The code fixes the Government even when the text names the Prime Minister.
    let c = one("Nghị định 61/2018/NĐ-CP ngày 23/4/2018 của Thủ tướng Chính phủ");
    assert_eq!(c.cited.issuer.as_deref(), Some("Chính phủ"));
    assert_eq!(c.cited.year, Some(2018));
    assert_eq!(
        one("Chỉ thị số 13/CT-TTg ngày 10/6/2015")
            .cited
            .issuer
            .as_deref(),
        Some("Thủ tướng Chính phủ")
    );
}

#[test]
fn self_issued_lists() {
    let text = "UBND xã đã ban hành một số văn bản như sau: Kế hoạch số 10/KH-UBND ngày 02/01/2024 về tuyên truyền; Công văn số 31/UBND-VP về việc rà soát.";
    let found = extract(text, &ctx());
    assert_eq!(found.len(), 2);
    assert!(
        found
            .iter()
            .all(|c| c.cited.issuer.as_deref() == Some("UBND xã Tân Phú"))
    );
    let bullets = "UBND xã đã ban hành các văn bản, cụ thể:\n\n- Kế hoạch số 01/KH-UBND ngày 03/01/2024;\n- Kế hoạch số 02/KH-UBND ngày 04/01/2024.";
    let found = extract(bullets, &ctx());
    assert_eq!(found.len(), 2);
    assert!(
        found
            .iter()
            .all(|c| c.cited.issuer.as_deref() == Some("UBND xã Tân Phú"))
    );
    let no_subject = one("Ban hành Kế hoạch số 30/KH-UBND ngày 08/02/2023 về kiểm tra công vụ.");
    assert_eq!(no_subject.cited.issuer.as_deref(), Some("UBND xã Tân Phú"));
}

#[test]
fn carrying_out_is_not_issuing() {
    let c = one(
        "UBND xã đã ban hành kế hoạch để triển khai thực hiện Kế hoạch số 97/KH-UBND ngày 30/12/2022.",
    );
    assert_eq!(c.cited.issuer, None);
    // `của X ban hành …` names the cited document's issuer, not a new clause.
    let found = extract(
        "Quyết định số 33/QĐ-UBND ngày 14/10/2021 của Ủy ban nhân dân tỉnh ban hành Chương trình; Kế hoạch số 05/KH-UBND ngày 12/01/2023.",
        &ctx(),
    );
    assert_eq!(found[0].cited.issuer.as_deref(), Some("UBND tỉnh Phú Yên"));
    assert_eq!(found[1].cited.issuer, None);
}

#[test]
fn date_told_before() {
    let c = one("Ngày 03/1/2024 UBND xã đã ban hành Kế hoạch số 01/KH-UBND về kiểm soát TTHC.");
    assert_eq!(c.cited.date.as_deref(), Some("2024-01-03"));
}

#[test]
fn own_report_is_not_a_citation() {
    assert!(
        extract(
            "(Kèm theo Báo cáo số 12/BC-UBND ngày 01/9/2021 của UBND xã)",
            &ctx()
        )
        .is_empty()
    );
    let no_ctx = Context::default();
    assert!(extract("(Kèm theo Báo cáo số 40/BC-UBND ngày 01/9/2021)", &no_ctx).is_empty());
}

#[test]
fn look_alikes() {
    let text = "theo tiêu chuẩn ISO 9001:2015, đạt 97,58%, liên hệ 0257.3861.234, ngày 09/8/2024, 18/28 nhiệm vụ.";
    assert!(extract(text, &ctx()).is_empty());
}

#[test]
fn laws_by_name() {
    let text = "theo Luật Tổ chức chính quyền địa phương ngày 19/6/2015 và Luật ban hành văn bản năm 2015; Luật đất đai sửa đổi.";
    let found = extract(text, &ctx());
    let keys: Vec<&str> = found.iter().map(|c| c.cited.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "Luật Tổ chức chính quyền địa phương",
            "Luật Ban hành văn bản"
        ]
    );
    assert_eq!(found[0].cited.date.as_deref(), Some("2015-06-19"));
    assert_eq!(found[1].cited.year, Some(2015));
    assert_eq!(found[0].cited.issuer.as_deref(), Some("Quốc hội"));
}

#[test]
fn wrapped_pdf_text() {
    let wrapped = Context {
        wrapped: true,
        ..ctx()
    };
    let text = "- Triển khai có hiệu quả Kế hoạch số 121/KH-UBND ngày 11/01/2020 về ứng \n\ndụng CNTT giai đoạn 2021 – 2025 của UBND \n\nhuyện Tuy An. \n\n";
    let c = extract(text, &wrapped).remove(0);
    assert_eq!(c.cited.issuer.as_deref(), Some("UBND huyện Tuy An"));
    assert_eq!(
        c.cited.subject.as_deref(),
        Some("ứng dụng CNTT giai đoạn 2021 – 2025 của UBND huyện Tuy An")
    );
}

#[test]
fn free_text_extraction_and_merge() {
    let text = "Quyết định số 20/QĐ-UBND, ngày 06/01/2023 của Chủ tịch UBND thị xã An Nhơn; Quyết định số 20/QĐ-UBND ngày 09/01/2023 của Chủ tịch UBND tỉnh Bình Định; Quyết định số 20/QĐ-UBND ngày 09/01/2023.";
    let found = extract_citations(text);
    assert_eq!(found.len(), 3);
    assert_eq!(
        found[0].cited.issuer.as_deref(),
        Some("Chủ tịch UBND thị xã An Nhơn")
    );
    let docs = cited_documents(&found);
    assert_eq!(docs.len(), 2);
    assert_eq!(found[2].document, 1);
    assert!(found.iter().all(|c| c.section.is_none()));
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "",
        "số",
        "Kế hoạch số 05/",
        "05/KH-",
        "ngày",
        "của UBND",
        "Luật ngày 1/1/2020",
        "ƣ/ƣ-ƣ 1/A-B",
    ] {
        let _ = extract_citations(text);
    }
}

fn keys(text: &str) -> Vec<String> {
    let mut found = extract(text, &ctx());
    merge::merge(&mut found)
        .into_iter()
        .map(|d| d.cited.key)
        .collect()
}

#[test]
fn laws_ordinances_and_the_constitution_by_name_and_date() {
    let text = "Căn cứ Pháp lệnh Dân số ngày 09 tháng 01 năm 2003; Bộ luật Dân sự ngày 24/11/2015; Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013; Luật Tổ chức HĐND và UBND năm 2003.";
    assert_eq!(
        keys(text),
        [
            "Pháp lệnh Dân số",
            "Bộ luật Dân sự",
            "Hiến pháp",
            "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân"
        ]
    );
    let found = extract(text, &ctx());
    assert_eq!(found[0].cited.date.as_deref(), Some("2003-01-09"));
    assert_eq!(
        found[0].cited.issuer.as_deref(),
        Some("Ủy ban Thường vụ Quốc hội")
    );
}

#[test]
fn the_constitution_by_its_full_name_without_a_year() {
    let text = "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 120/2025/QH15;";
    assert_eq!(keys(text), ["Hiến pháp", "120/2025/QH15"]);
    let found = extract(text, &ctx());
    assert_eq!(found[0].cited.issuer.as_deref(), Some("Quốc hội"));
    assert_eq!(&text[found[0].span.clone()], "Hiến pháp");
    // Named in passing, it is no citation.
    assert!(keys("phù hợp với tinh thần của Hiến pháp và pháp luật.").is_empty());
}

#[test]
fn a_law_named_by_its_date_after_its_number_is_a_short_form() {
    let text = "Căn cứ Luật Phí và lệ phí số 97/2015/QH13;\nĐiều 2. Mức thu theo quy định của Luật Phí và lệ phí ngày 25 tháng 11 năm 2015.";
    let found = extract(text, &ctx());
    let got: Vec<_> = found
        .iter()
        .map(|c| (c.cited.key.as_str(), c.short_form, &text[c.span.clone()]))
        .collect();
    assert_eq!(got[0].0, "97/2015/QH13");
    assert!(!got[0].1);
    assert_eq!(
        got[1],
        (
            "97/2015/QH13",
            true,
            "Luật Phí và lệ phí ngày 25 tháng 11 năm 2015"
        )
    );
}

#[test]
fn an_amending_law_keeps_its_whole_name() {
    let text =
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thư viện ngày 20 tháng 11 năm 2024;";
    assert_eq!(
        keys(text),
        ["Luật sửa đổi, bổ sung một số điều của Luật Thư viện"]
    );
    assert!(
        keys("Căn cứ Luật\nLuật Thư viện ngày 20/11/2024;")
            .iter()
            .all(|k| !k.starts_with("Luật Luật"))
    );
}

#[test]
fn a_law_named_by_date_is_the_law_named_by_number() {
    let text = "Căn cứ Luật Thư viện số 46/2019/QH14; Nghị định hướng dẫn Luật Thư viện ngày 21 tháng 11 năm 2019.";
    assert_eq!(keys(text), ["46/2019/QH14"]);
}

#[test]
fn lists_under_one_type_word_and_shared_issuers() {
    let text = "Căn cứ các Quyết định của Thủ tướng Chính phủ: số 36/QĐ-TTg ngày 11/01/2024; số 1569/QĐ-TTg ngày 12/12/2023; các Nghị quyết số 21NQ/TW, 46-NQ/TW của Bộ Chính trị.";
    let found = extract(text, &ctx());
    let got: Vec<(&str, Option<&str>)> = found
        .iter()
        .map(|c| (c.cited.key.as_str(), c.cited.issuer.as_deref()))
        .collect();
    assert_eq!(got[0], ("36/QĐ-TTg", Some("Thủ tướng Chính phủ")));
    assert_eq!(got[1], ("1569/QĐ-TTg", Some("Thủ tướng Chính phủ")));
    assert_eq!(got[2].0, "21-NQ/TW");
    assert_eq!(got[3], ("46-NQ/TW", Some("Bộ Chính trị")));
}

#[test]
fn provincial_codes_take_the_province_of_the_header() {
    let text = "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 7/QĐ-UBND\n\nXét Tờ trình số 45/TTr-STC ngày 02/3/2025; Chỉ thị số 31-CT/TU.";
    let ctx = Context::default();
    let found = extract(text, &ctx);
    let issuers: Vec<Option<&str>> = found.iter().map(|c| c.cited.issuer.as_deref()).collect();
    assert!(
        issuers.contains(&Some("Sở Tài chính tỉnh Bắc Ninh")),
        "{issuers:?}"
    );
    assert!(issuers.contains(&Some("Tỉnh ủy Bắc Ninh")), "{issuers:?}");
}

#[test]
fn words_name_the_central_body_behind_a_party_code() {
    let c = one(
        "- Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương vv một số vấn đề về tổ chức bộ máy, UBND xã đã cụ thể hóa.",
    );
    assert_eq!(c.cited.issuer.as_deref(), Some("Ban Chấp hành Trung ương"));
}

#[test]
fn a_level_without_a_name_is_the_one_just_named_in_the_clause() {
    // A decision of another province amends one of that province: `của Ủy ban nhân dân
    // tỉnh` is Bình Phước's committee, not the province of the citing document.
    let text = "49. Quyết định số 157/2005/QĐ-UB ngày 21 tháng 12 năm 2005 của Ủy ban nhân dân tỉnh Bình Phước Sửa đổi, bổ sung Quyết định số 67/2005/QĐ-UBND ngày 20 tháng 7 năm 2005 của Ủy ban nhân dân tỉnh về việc ban hành quy định.\n50. Quyết định số 12/2006/QĐ-UBND ngày 03 tháng 4 năm 2006 của Ủy ban nhân dân tỉnh về việc thành lập hội đồng.";
    let found = extract(text, &ctx());
    let issuers: Vec<_> = found
        .iter()
        .map(|c| (c.cited.key.as_str(), c.cited.issuer.as_deref()))
        .collect();
    assert_eq!(
        issuers,
        [
            ("157/2005/QĐ-UB", Some("UBND tỉnh Bình Phước")),
            ("67/2005/QĐ-UBND", Some("UBND tỉnh Bình Phước")),
            ("12/2006/QĐ-UBND", Some("UBND tỉnh Phú Yên")),
        ]
    );
}

/// The checks before the law regexes keep every window they match.
fn law_checks_keep(window: &str) {
    if super::LAW.is_match(window) {
        assert!(super::may_be_dated_law(window), "{window:?}");
    }
    if super::NUMBERED_LAW.is_match(window) {
        assert!(super::may_be_numbered_law(window), "{window:?}");
    }
}

#[test]
fn law_checks_keep_the_matches() {
    for w in [
        "Luật Tổ chức chính quyền địa phương ngày 19/6/2015",
        "Luật Đất đai NGÀY 18/01/2024",
        "Bộ luật Dân sự năm 2015",
        "Pháp lệnh Ưu đãi người có công, ngày 9 tháng 12 năm 2020",
        "Luật Quản lý thuế số 38/2019/QH14",
    ] {
        assert!(
            super::LAW.is_match(w) || super::NUMBERED_LAW.is_match(w),
            "{w}"
        );
        law_checks_keep(w);
    }
    assert!(!super::may_be_dated_law(
        "Luật Đất đai số 31/2024/QH15 ngày 18/01/2024"
    ));
}

proptest::proptest! {
    #[test]
    fn law_checks_keep_the_matches_on_any(parts in proptest::collection::vec(
        proptest::sample::select(vec![
            "Luật", "Bộ", "luật", "Pháp", "lệnh", "Hiến", "pháp", "ngày", "Ngày", "NGÀY", "năm",
            "tháng", "số", " ", " ", "\n", ",", "-", "/", ".", "19", "6", "2015", "38/2019/QH14",
            "Đất", "đai", "x",
        ]),
        0..20,
    )) {
        law_checks_keep(&parts.concat());
    }
}

/// [`super::starts_with_cua`] holds wherever [`super::OF_ISSUER`] matches.
fn cua_check_keeps(window: &str) {
    if super::OF_ISSUER.is_match(window) {
        assert!(super::starts_with_cua(window), "{window:?}");
    }
}

#[test]
fn cua_check_keeps_the_matches() {
    for w in [
        " của UBND xã",
        ", CỦA Ủy ban nhân dân tỉnh Bắc Ninh",
        "\n cua Chính phủ",
        " Của\u{a0}Bộ Chính trị",
        "  ,của\tHĐND huyện",
    ] {
        assert!(super::OF_ISSUER.is_match(w), "{w:?}");
        cua_check_keeps(w);
    }
    assert!(!super::starts_with_cua(" của"));
    assert!(!super::starts_with_cua(" về việc của UBND xã"));
    assert!(!super::starts_with_cua(" cuả UBND xã"));
}

proptest::proptest! {
    #[test]
    fn cua_check_keeps_the_matches_on_any(parts in proptest::collection::vec(
        proptest::sample::select(vec![
            "của", "Của", "CỦA", "cua", "CUA", "cuả", "c", "ủa", " ", " ", "\n", "\t", "\u{a0}",
            ",", "(", "UBND", "xã", "Chính phủ", "Bộ Chính trị", "ủy ban nhân dân", "tỉnh",
            "Bắc Ninh", "x",
        ]),
        0..12,
    )) {
        cua_check_keeps(&parts.concat());
    }
}

/// What a law reader or its regex reads: the end, the kind, the name's span and the groups
/// after it.
type LawRead = (
    usize,
    String,
    Option<std::ops::Range<usize>>,
    Vec<Option<String>>,
);

fn by_reader(m: Option<super::LawMatch<'_>>, groups: &[&str]) -> Option<LawRead> {
    let m = m?;
    Some((
        m.end,
        m.kind.to_string(),
        m.name.clone(),
        groups
            .iter()
            .map(|g| m.group(g).map(str::to_string))
            .collect(),
    ))
}

fn by_regex(re: &regex::Regex, w: &str, groups: &[&str]) -> Option<LawRead> {
    let c = re.captures(w)?;
    let kind = c.name("kind").map_or_else(
        || {
            // NUMBERED_LAW has no group for its kind: the words before the name.
            w[..c.name("name").map_or(0, |n| n.start())]
                .trim_end()
                .to_string()
        },
        |k| k.as_str().to_string(),
    );
    Some((
        c.get(0)?.end(),
        kind,
        c.name("name").map(|n| n.range()),
        groups
            .iter()
            .map(|g| c.name(g).map(|m| m.as_str().to_string()))
            .collect(),
    ))
}

/// [`super::dated_law`] and [`super::numbered_law`] read what [`super::LAW`] and
/// [`super::NUMBERED_LAW`] match, as they read it.
fn law_readers_as_regexes(w: &str) {
    let dated = ["d", "m", "y", "year"];
    assert_eq!(
        by_reader(super::dated_law(w), &dated),
        by_regex(&super::LAW, w, &dated),
        "{w:?}"
    );
    let numbered = ["n"];
    let mut read = by_reader(super::numbered_law(w), &numbered);
    if let Some(r) = read.as_mut() {
        r.1 = r.1.trim_end().to_string();
    }
    assert_eq!(read, by_regex(&super::NUMBERED_LAW, w, &numbered), "{w:?}");
}

#[test]
fn law_readers_as_regexes_on_examples() {
    for w in [
        "Luật Tổ chức chính quyền địa phương ngày 19/6/2015",
        "Luật Đất đai NGÀY 18/01/2024 và",
        "Bộ luật Dân sự năm 2015",
        "Bộ  luật\nDân sự, năm 2015x",
        "Pháp lệnh Ưu đãi người có công, ngày 9 tháng 12 năm 2020",
        "Luật Quản lý thuế số 38/2019/QH14",
        "Luật Quản lý thuế, số 38/2019/QH14 ngày 13/6/2019",
        "Hiến pháp năm 2013",
        "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013",
        "Luật năm 2020",
        "Luật Ab năm 2020",
        "Luật Abc năm 2020",
        "Luật Đất đai năm 2024 và Luật Nhà ở năm 2023",
        "Luật Đất đai số 31/2024/QH15 ngày 18/01/2024",
        "Luật  ,  năm 2020",
        "Luật A, , năm 2020",
        "Luật Đất đai năm 20245",
        "Luật Đất đai ngày 1/2/2024ạ",
        "",
    ] {
        law_readers_as_regexes(w);
    }
    law_readers_as_regexes(&format!("Luật A{} năm 2020", "b".repeat(199)));
    law_readers_as_regexes(&format!("Luật A{} năm 2020", "b".repeat(200)));
    law_readers_as_regexes(&format!("Luật A{} năm 2020", "b".repeat(197)));
    law_readers_as_regexes(&format!("Luật A{} số 1/2020/QH1", "ê".repeat(198)));
    law_readers_as_regexes(&format!("Luật A{} số 1/2020/QH1", "ê".repeat(199)));
}

proptest::proptest! {
    #[test]
    fn law_readers_as_regexes_on_any(parts in proptest::collection::vec(
        proptest::sample::select(vec![
            "Luật", "Bộ", "luật", "Pháp", "lệnh", "Hiến", "pháp", "ngày", "Ngày", "NGÀY", "năm",
            "tháng", "số", " ", " ", "  ", "\n", "\u{a0}", ",", "-", "/", ".", "19", "6", "2015",
            "38/2019/QH14", "Đất", "đai", "x", "ạ", "\u{345}", "Ⅱ", "_", "2024", " năm 2020",
            " ngày 1/2/2020", " số 5/2019/QH14",
        ]),
        0..24,
    )) {
        law_readers_as_regexes(&parts.concat());
    }

    #[test]
    fn law_readers_as_regexes_after_a_kind(parts in proptest::collection::vec(
        proptest::sample::select(vec![
            "ngày", "năm", "tháng", "số", " ", " ", "\n", ",", "-", "/", "19", "6", "2015",
            "38/2019/QH14", "Đất", "đai", "x", "ạ", "\u{345}", "Ⅱ", " năm 2020",
            " ngày 1/2/2020", " số 5/2019/QH14", "Luật",
        ]),
        0..24,
    ), kind in proptest::sample::select(vec!["Luật ", "Bộ luật ", "Pháp lệnh ", "Hiến pháp "])) {
        law_readers_as_regexes(&format!("{kind}{}", parts.concat()));
    }
}

/// [`super::header_names`] reads the names [`super::HEADER_PROVINCE`] captures.
fn header_names_as_the_regex(head: &str) {
    let by_regex: Vec<&str> = super::HEADER_PROVINCE
        .captures_iter(head)
        .filter_map(|c| Some(c.get(1)?.as_str()))
        .collect();
    assert_eq!(super::header_names(head), by_regex, "{head:?}");
}

#[test]
fn header_names_as_the_regex_on_examples() {
    for h in [
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 7/QĐ-UBND",
        "TỈNH ĐOÀN BẮC NINH",
        "TỈNH ĐOÀN B1 và tỉnh Hà Nam",
        "Thành phố  Hồ Chí Minh, ngày",
        "tỉnh A",
        "tỉnh AB",
        "TỈNH\tBÀ RỊA - VŨNG TÀU TỈNH PHÚ YÊN",
        "thành phố Đà Nẵng tỉnh Quảng Nam",
        "",
    ] {
        header_names_as_the_regex(h);
    }
    header_names_as_the_regex(&format!("tỉnh A{} tỉnh Bb", "ê".repeat(45)));
    header_names_as_the_regex(&format!("tỉnh A{}tỉnh Bb", "b".repeat(39)));
    header_names_as_the_regex(&format!("tỉnh A{}tỉnh Bb", "b".repeat(40)));
}

proptest::proptest! {
    #[test]
    fn header_names_as_the_regex_on_any(parts in proptest::collection::vec(
        proptest::sample::select(vec![
            "TỈNH", "ĐOÀN", "Tỉnh", "tỉnh", "THÀNH", "PHỐ", "Thành phố", "thành phố", " ", " ",
            "\t", "\n", "-", ",", "1", "BẮC", "NINH", "Hà", "Nam", "A", "b", "ǅ", "\u{345}", "Ⅱ",
            "bbbbbbbbbbbbbbbbbbbb",
        ]),
        0..24,
    )) {
        header_names_as_the_regex(&parts.concat());
    }
}

/// A list item whose line is longer than the window a sentence is looked for in: the window's
/// cut, inside the line, is no line start, and stepping back one byte from it would fall inside
/// a letter (`Đ` is two bytes). Found by `tracuu bench-scale` on a generated report.
#[test]
fn a_bullet_seen_through_a_window_cut_inside_a_long_line_does_not_split_a_letter() {
    for (pad, odd) in (360..440).flat_map(|pad| [(pad, ""), (pad, "x")]) {
        let text = format!(
            "Các nội dung sau:\n- ĐĐĐĐ- {odd}{} theo Kế hoạch số 05/KH-UBND ngày 11/01/2024.\n",
            "ư".repeat(pad)
        );
        let found = extract(&text, &ctx());
        assert!(
            found.iter().any(|c| c.cited.key == "05/KH-UBND"),
            "pad {pad}: {found:?}"
        );
    }
}
