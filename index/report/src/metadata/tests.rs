//! Metadata rules, on invented reports.

use crate::{PeriodKind, UnitLevel, parse};

const HEADER_FLAT: &str = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG AN PHÚ Độc lập - Tự do - Hạnh phúc\nSố: 47/BC-UBND An Phú, ngày 05 tháng 10 năm 2022\nBÁO CÁO\nVề công tác cải cách hành chính quý III/2022\nThực hiện Kế hoạch số 10/KH-UBND ngày 02/01/2022 của UBND thị xã Sơn Tây, UBND phường An Phú báo cáo như sau:\nI. Kết quả\nNội dung tại tỉnh Hà Tây.\nTrên đây là báo cáo của UBND phường.\nNơi nhận: TM. ỦY BAN NHÂN DÂN\n- UBND thị xã Sơn Tây; CHỦ TỊCH\n- Lưu: VT; Phạm Văn Bình\n";

#[test]
fn flattened_header() {
    let m = parse(HEADER_FLAT).metadata;
    let unit = m.unit.unwrap();
    assert_eq!(
        (unit.level, unit.name.as_str()),
        (UnitLevel::Phuong, "An Phú")
    );
    assert_eq!(m.parent.unwrap().display(), "thị xã Sơn Tây");
    assert_eq!(m.province.as_deref(), Some("Hà Tây"));
    assert_eq!(m.number.as_deref(), Some("47/BC-UBND"));
    assert_eq!(m.date.as_deref(), Some("2022-10-05"));
    assert_eq!(m.year, Some(2022));
    let p = m.period.unwrap();
    assert_eq!(
        (p.kind, p.index, p.year),
        (PeriodKind::Quarter, Some(3), Some(2022))
    );
    assert_eq!(
        m.title.as_deref(),
        Some("Về công tác cải cách hành chính quý III/2022")
    );
    let signer = m.signer.unwrap();
    assert_eq!(signer.name, "Phạm Văn Bình");
    assert_eq!(signer.role.as_deref(), Some("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"));
}

const UNNUMBERED: &str = "\n\nSố: /BC-UBND\n\nTân Phú, ngày tháng 8 năm 2024\n\nBÁO CÁO\n**Công tác cải cách hành chính\n6 tháng đầu năm 2024**\n\nKính gửi: UBND huyện Đồng Xuân\n\nUBND xã Tân Phú báo cáo:\n\nI. CÔNG TÁC CHỈ ĐẠO\n\nNội dung.\n";

#[test]
fn unnumbered_copy_and_blank_day() {
    let m = parse(UNNUMBERED).metadata;
    assert_eq!(m.number, None);
    assert_eq!(m.date.as_deref(), Some("2024-08"));
    assert_eq!(
        m.title.as_deref(),
        Some("Công tác cải cách hành chính 6 tháng đầu năm 2024")
    );
    assert_eq!(m.period.unwrap().kind, PeriodKind::SixMonths);
    assert_eq!(m.unit.unwrap().display(), "xã Tân Phú");
    assert_eq!(m.parent.unwrap().display(), "huyện Đồng Xuân");
    // No province is written: none is guessed.
    assert_eq!(m.province, None);
    assert_eq!(m.signer, None);
}

#[test]
fn nothing_told_nothing_guessed() {
    let m = parse("Một đoạn văn không phải báo cáo.").metadata;
    assert_eq!(m, crate::Metadata::default());
}
