//! Checks of a citation as written in a draft: what a clerk would flag before it is signed.
//!
//! A citation is `invalid` when its number cannot be right, whatever the index holds: a type
//! code that names no document type (`03/2019/Đ-UBND`), words that name another type than the
//! code (`Quyết định số 05/KH-UBND`), a decree not issued by the Government (`NĐ-HĐND`), a
//! legal document whose date falls in another year than its number says.

use tracuu_report::{Citation, type_of_code};

/// What is wrong with a citation as written, in Vietnamese for the clerk; empty when nothing.
pub fn problems(citation: &Citation) -> Vec<String> {
    let mut out = Vec::new();
    let code = citation.cited.code.as_str();
    // Party documents put the type first (`KH/ĐU`), the others too (`KH-UBND`); an official
    // letter (`UBND-NV`) has none.
    let type_part = code.split(['-', '/']).next().unwrap_or_default();
    let letter = citation
        .cited
        .doc_type
        .as_deref()
        .is_some_and(|t| t == "Công văn" || t == "Văn bản");
    let law_by_name = !citation
        .cited
        .key
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit());
    if law_by_name {
        return out;
    }
    match type_of_code(type_part) {
        None if !letter => out.push(format!(
            "ký hiệu `{type_part}` không phải mã loại văn bản nào (viết sai ký hiệu?)"
        )),
        Some(code_type) => {
            if let Some(written) = citation.cited.doc_type.as_deref()
                && !letter
                && written != code_type
            {
                out.push(format!(
                    "ghi là {written} nhưng ký hiệu `{type_part}` là của {code_type}"
                ));
            }
            if code_type == "Nghị định" && !code.ends_with("-CP") {
                out.push("Nghị định do Chính phủ ban hành: ký hiệu phải là NĐ-CP".to_string());
            }
        }
        None => {}
    }
    if let (Some(year), Some(date)) = (citation.cited.year, citation.cited.date.as_deref())
        && date
            .get(..4)
            .and_then(|y| y.parse::<i32>().ok())
            .is_some_and(|y| y != year)
    {
        out.push(format!("số ghi năm {year} nhưng ngày ban hành là {date}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use tracuu_report::extract_citations;

    fn check(text: &str) -> Vec<String> {
        let citations = extract_citations(text);
        assert_eq!(citations.len(), 1, "{citations:?}");
        problems(&citations[0])
    }

    #[test]
    fn well_formed_citations_pass() {
        assert!(check("Kế hoạch số 05/KH-UBND ngày 12/01/2024").is_empty());
        assert!(check("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ").is_empty());
        assert!(check("Công văn số 118/UBND-NV ngày 19/02/2024").is_empty());
        assert!(check("Kế hoạch số 160-KH/ĐU ngày 23/5/2024").is_empty());
    }

    #[test]
    fn a_type_code_that_names_no_type_is_flagged() {
        let p = check("Quyết định số 03/2019/Đ-UBND ngày 05/3/2019");
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].contains("`Đ`"), "{p:?}");
    }

    #[test]
    fn words_and_code_that_disagree_are_flagged() {
        let p = check("Quyết định số 05/KH-UBND ngày 12/01/2024");
        assert_eq!(p, ["ghi là Quyết định nhưng ký hiệu `KH` là của Kế hoạch"]);
    }

    #[test]
    fn a_decree_not_issued_by_the_government_is_flagged() {
        let p = check("NĐ 277/NĐ-HĐND");
        assert_eq!(
            p,
            ["Nghị định do Chính phủ ban hành: ký hiệu phải là NĐ-CP"]
        );
    }

    #[test]
    fn a_date_in_another_year_than_the_number_is_flagged() {
        let p = check("Nghị định số 61/2018/NĐ-CP ngày 23/4/2019");
        assert_eq!(p, ["số ghi năm 2018 nhưng ngày ban hành là 2019-04-23"]);
    }
}
