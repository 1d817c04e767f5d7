//! Figures from tables in every layout, on rows written in the style of real appendices.

use super::*;

fn figures_of(text: &str) -> Vec<Figure> {
    crate::parse(text).figures()
}

fn find<'a>(figs: &'a [Figure], text: &str) -> &'a Figure {
    figs.iter()
        .find(|f| f.indicator == text)
        .unwrap_or_else(|| panic!("no figure {text:?} in {figs:#?}"))
}

fn code(f: &Figure) -> Option<&'static str> {
    f.canonical.as_ref().map(|m| m.code)
}

const HEADER: &str = "STT\tChỉ tiêu thống kê (Sử dụng trong kỳ báo cáo quý, 6 tháng, năm)\tKết quả thống kê\t\tGhi chú\n\t\tĐơn vị tính\tSố liệu\t\n";

fn tab_report() -> String {
    format!(
        "ỦY BAN NHÂN DÂN XÃ ĐÔNG HÒA\n\nBÁO CÁO\nCông tác cải cách hành chính quý II năm 2024\n\n\
         I. CÔNG TÁC CHỈ ĐẠO\nNội dung.\n\nPhụ lục\nTHỐNG KÊ SỐ LIỆU\n\n{HEADER}\
         I\tCÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\t\t\tVăn phòng\n\
         1.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t12\tVăn phòng\n\
         2.\tTỷ lệ hoàn thành Kế hoạch CCHC năm\t%\t100%\t\n\
         2.1.\tSố nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t24\t\n\
         2.2.\tSố nhiệm vụ đã hoàn thành\tNhiệm vụ\t24\t\n\
         3.\tTổ chức đối thoại của lãnh đạo với người dân, cộng đồng doanh nghiệp\tChưa tổ chức = 0\t1\t\n\
         \n{HEADER}\
         \t\tĐã tổ chức = 1\t\t\n\
         II\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\t\n\
         1.\tTỷ lệ hồ sơ TTHC được giải quyết đúng hạn\t%\t\t\n\
         \t<i>Tổng số hồ sơ TTHC đã giải quyết xong</i>\t<i>Hồ sơ</i>\t1.234\t\n\
         \t<i>Số hồ sơ TTHC giải quyết đúng hạn</i>\t<i>Hồ sơ</i>\t1.230\t\n\
         2.\tSố TTHC liên thông cùng cấp\tThủ tục\t01\t\n\
         3.\tSố PAKN đã giải quyết xong\tPAKN\t-\t\n\
         Trong đó\tTỷ lệ văn bản đi dưới dạng điện tử\t%\t97,5\t\n"
    )
}

#[test]
fn tab_rows_become_typed_figures() {
    let figs = figures_of(&tab_report());
    let f = find(&figs, "Số văn bản chỉ đạo CCHC đã ban hành");
    assert_eq!(
        (f.number.as_str(), f.path.as_str()),
        ("1.", "I.1"),
        "the group prefixes the path"
    );
    assert_eq!(f.unit.as_deref(), Some("Văn bản"));
    assert_eq!(f.value, Value::Count { value: 12.0 });
    assert_eq!(f.note.as_deref(), Some("Văn phòng"));
    assert_eq!(code(f), Some("van_ban_chi_dao"));
    let pct = find(&figs, "Tỷ lệ hoàn thành Kế hoạch CCHC năm");
    assert_eq!(pct.value, Value::Percent { value: 100.0 });
    assert_eq!(code(pct), Some("ke_hoach_ty_le"));
    assert_eq!(
        find(&figs, "Số TTHC liên thông cùng cấp").value,
        Value::Count { value: 1.0 }
    );
    assert_eq!(
        find(&figs, "Số PAKN đã giải quyết xong").value,
        Value::Blank
    );
    assert_eq!(
        find(&figs, "Tỷ lệ văn bản đi dưới dạng điện tử").value,
        Value::Percent { value: 97.5 }
    );
}

#[test]
fn a_table_split_across_pages_reads_as_one() {
    let figs = figures_of(&tab_report());
    // The legend's second half, after the repeated header, joins its row.
    let dialogue = find(
        &figs,
        "Tổ chức đối thoại của lãnh đạo với người dân, cộng đồng doanh nghiệp",
    );
    assert_eq!(
        dialogue.unit.as_deref(),
        Some("Chưa tổ chức = 0 Đã tổ chức = 1")
    );
    assert_eq!(
        dialogue.value,
        Value::Code {
            value: 1,
            label: Some("Đã tổ chức".to_string())
        }
    );
    assert_eq!(code(dialogue), Some("doi_thoai"));
    // The group of the second page continues the numbering.
    let total = find(&figs, "Tổng số hồ sơ TTHC đã giải quyết xong");
    assert_eq!(
        total.path, "II.1",
        "an unnumbered row sits under the row above"
    );
    assert_eq!(total.number, "");
    assert_eq!(total.value, Value::Count { value: 1234.0 });
    assert_eq!(code(total), Some("hs_da_giai_quyet"));
    assert_eq!(
        figs.iter().filter(|f| f.indicator.is_empty()).count(),
        0,
        "continuation rows are no figures"
    );
    // Every row but the continuation is a figure: 13 rows, one carried over.
    assert_eq!(figs.len(), 13);
}

#[test]
fn one_cell_per_line_layout() {
    let mut text = String::from("Phụ lục 1\nSỐ LIỆU THỐNG KÊ\n");
    for cell in [
        "STT",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Số liệu",
        "Ghi chú",
        "1",
        "Số TTHC công bố mới",
        "Thủ tục",
        "05",
        "",
        "2",
        "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến",
        "%",
        "85%",
        "",
        "3",
        "Ban hành quy chế chi tiêu nội bộ",
        "Có/Không",
        "Có",
        "",
    ] {
        text.push_str(cell);
        text.push_str("\n|\n");
    }
    let figs = figures_of(&text);
    assert_eq!(figs.len(), 3, "{figs:#?}");
    assert_eq!(figs[0].value, Value::Count { value: 5.0 });
    assert_eq!(code(&figs[0]), Some("tthc_cong_bo_moi"));
    assert_eq!(code(&figs[1]), Some("hs_truc_tuyen_ty_le"));
    assert_eq!(
        figs[2].value,
        Value::Code {
            value: 1,
            label: Some("Có".to_string())
        }
    );
    assert_eq!(code(&figs[2]), Some("quy_che_chi_tieu"));
}

#[test]
fn pdf_lines_are_split_from_the_end() {
    let text = "Phụ lục 1\n\nSTT \n\nChỉ tiêu thống kê \n\nKết quả thống kê \n\nĐơn vị tính Số liệu \n\n\
                1 Công tác chỉ đạo điều hành CCHC \n\n\
                1.1 Số nhiệm vụ đề ra trong kế hoạch Nhiệm vụ 31 \n\n\
                1.2 \nSố bộ phận, công chức chuyên môn cấp xã đã \n\nkiểm tra \nBộ phận, \n\ncông chức \nCM \n10/10 \n\n\
                1.3 Hình thức khảo sát \nTrực tuyến = \n0 \nPhát phiếu = \n1 \n1 \n\n\
                STT \n\nChỉ tiêu thống kê \n\n\
                1.4 Số lượng phiếu khảo sát Số lượng 1.250 \n";
    let figs = figures_of(text);
    assert_eq!(figs.len(), 5, "{figs:#?}");
    assert_eq!(figs[0].value, Value::Blank);
    assert_eq!(figs[0].canonical, None, "a heading matches nothing");
    assert_eq!(figs[1].indicator, "Số nhiệm vụ đề ra trong kế hoạch");
    assert_eq!(figs[1].unit.as_deref(), Some("Nhiệm vụ"));
    assert_eq!(figs[1].value, Value::Count { value: 31.0 });
    assert_eq!(code(&figs[1]), Some("nhiem_vu_de_ra"));
    assert_eq!(figs[2].unit.as_deref(), Some("Bộ phận, công chức CM"));
    assert_eq!(
        figs[2].value,
        Value::Ratio {
            part: 10.0,
            whole: 10.0
        }
    );
    assert_eq!(code(&figs[2]), Some("kiem_tra_don_vi"));
    assert_eq!(figs[3].indicator, "Hình thức khảo sát");
    assert_eq!(
        figs[3].value,
        Value::Code {
            value: 1,
            label: Some("Phát phiếu".to_string())
        }
    );
    assert_eq!(figs[4].value, Value::Count { value: 1250.0 });
    assert_eq!(code(&figs[4]), Some("phieu_khao_sat"));
}

#[test]
fn tables_with_several_value_columns_name_each_figure_by_its_column() {
    let mut text = String::from(
        "BÁO CÁO\nCông tác cải cách hành chính năm 2023\n\nI. CẢI CÁCH THỂ CHẾ\nNội dung.\n\n\
         Trên đây là báo cáo công tác cải cách hành chính năm 2023./.\n\nNơi nhận:\n- Lưu: VT.\n\n\
         Phụ lục 3\nSỐ LƯỢNG VĂN BẢN\n",
    );
    for cell in [
        "Nội dung",
        "Năm trước",
        "Năm báo cáo",
        "1. Số lượng VB QPPL đã ban hành",
        "3",
        "1",
        "2. Số lượng VB QPPL đã được rà soát",
        "4",
        "-",
    ] {
        text.push_str(cell);
        text.push_str("\n|\n");
    }
    let figs = figures_of(&text);
    assert_eq!(figs.len(), 3, "{figs:#?}");
    assert_eq!(figs[0].indicator, "Số lượng VB QPPL đã ban hành");
    assert_eq!(figs[0].number, "1.");
    assert_eq!(figs[0].column.as_deref(), Some("Năm trước"));
    assert_eq!(figs[1].column.as_deref(), Some("Năm báo cáo"));
    assert_eq!(figs[1].value, Value::Count { value: 1.0 });
    assert_eq!(code(&figs[0]), Some("vbqppl_ban_hanh"));
    assert_eq!(code(&figs[2]), Some("vbqppl_ra_soat"));
}

#[test]
fn unmatched_rows_are_kept_as_themselves() {
    let text = format!("Phụ lục\n\n{HEADER}1\tSố cây xanh trồng mới trên địa bàn\tCây\t120\t\n");
    let figs = figures_of(&text);
    assert_eq!(figs.len(), 1);
    assert_eq!(figs[0].indicator, "Số cây xanh trồng mới trên địa bàn");
    assert_eq!(figs[0].value, Value::Count { value: 120.0 });
    assert_eq!(figs[0].canonical, None);
}

#[test]
fn a_pdf_period_note_broken_over_lines_is_the_note_not_the_value() {
    // The note column's `Quý III/2023` wrapped as `Quý`, `III/20`, `23`: neither `23` nor the
    // legend's `1` is the row's value; the row after reads as before.
    let text = "Phụ lục 1\n\nSTT \n\nChỉ tiêu thống kê \n\nKết quả thống kê \n\nĐơn vị tính Số liệu Ghi chú \n\n\
                1 Công tác chỉ đạo điều hành CCHC \n\n\
                1.1 Tổ chức đối thoại của Chủ tịch UBND xã với nhân dân \n\nKhông = 0 \n\nCó = 1 \n \n\nQuý \n\nIII/20\n\n23 \n\n\
                1.2 Số lượng phiếu khảo sát Phiếu 85 Quý \n\nII/20\n\n24 \n\n\
                1.3 Số nhiệm vụ đề ra trong kế hoạch Nhiệm vụ 12 \n";
    let figs = figures_of(text);
    assert_eq!(figs.len(), 4, "{figs:#?}");
    assert_eq!(
        figs[1].indicator,
        "Tổ chức đối thoại của Chủ tịch UBND xã với nhân dân"
    );
    assert_eq!(figs[1].unit.as_deref(), Some("Không = 0 Có = 1"));
    assert_eq!(figs[1].value, Value::Blank);
    assert_eq!(figs[1].note.as_deref(), Some("Quý III/2023"));
    assert_eq!(figs[2].unit.as_deref(), Some("Phiếu"));
    assert_eq!(figs[2].value, Value::Count { value: 85.0 });
    assert_eq!(figs[2].note.as_deref(), Some("Quý II/2024"));
    assert_eq!(code(&figs[2]), Some("phieu_khao_sat"));
    assert_eq!(figs[3].value, Value::Count { value: 12.0 });
    assert_eq!(figs[3].note, None);
}
