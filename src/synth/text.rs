//! Sentence templates, by section, with `{slot}`s that the composer fills
//! (see `writer::Writer::fill` for the slots).
//!
//! Slots: `{unit}` the unit's full name, `{lvl}` its kind, `{UBND}` its
//! committee, `{parent}`, `{tinh}`, `{village}`, `{below}`, `{dept}`,
//! `{period}`, `{next}`, `{year}`, `{prev_year}`, counts `{n}` `{n2}` `{m}`,
//! `{a|b|c}` picks one of the words, `{pct}` `{pct0}` `{money}` `{fine}`, `{task_year}`, statistics (`{hs_total}`, `{pct_ontime}` …)
//! and citations `{own:topic}`, `{dist:topic}`, `{provdoc:topic}`,
//! `{nat:topic}`, `{law:topic}`, `{party}`, `{sub}`.
//!
//! A template that starts with `[2022]` is only used from that year on
//! (Đề án 06, community digital teams, the 2021–2026 term); one that starts
//! with `[xa]` only in a commune's report.

/// A group of sentences under an optional sub-heading.
pub(crate) struct Part {
    pub titles: &'static [&'static str],
    pub sentences: &'static [&'static str],
}

/// A section of the body: its heading variants and its parts.
pub(crate) struct Area {
    pub headings: &'static [&'static str],
    pub parts: &'static [Part],
}

pub(crate) const DIRECTION: Area = Area {
    headings: &[
        "Công tác chỉ đạo, điều hành cải cách hành chính",
        "Công tác chỉ đạo, điều hành",
        "Công tác chỉ đạo điều hành, triển khai thực hiện",
        "Công tác chỉ đạo, điều hành CCHC",
    ],
    parts: &[
        Part {
            titles: &[
                "Về ban hành kế hoạch và văn bản chỉ đạo",
                "Tình hình tổ chức thực hiện",
                "Việc ban hành văn bản chỉ đạo, điều hành",
            ],
            sentences: &[
                "Công tác cải cách hành chính trên địa bàn {lvl} tiếp tục được cấp ủy, chính quyền quan tâm, chỉ đạo thường xuyên. Ngay từ đầu năm, {UBND} đã ban hành {own:cchc}, trong đó phân công rõ người, rõ việc, rõ thời gian hoàn thành đối với từng nhiệm vụ.",
                "Thực hiện {dist:cchc}, {UBND} đã chỉ đạo công chức chuyên môn rà soát, cụ thể hóa các nhiệm vụ phù hợp với điều kiện thực tế của địa phương.",
                "Xác định cải cách hành chính là nhiệm vụ trọng tâm, xuyên suốt, {UBND} gắn trách nhiệm của người đứng đầu với kết quả thực hiện nhiệm vụ được giao; định kỳ hằng tháng tổ chức giao ban để kiểm điểm tiến độ, kịp thời tháo gỡ khó khăn, vướng mắc.",
                "Ban Chỉ đạo cải cách hành chính {lvl} được kiện toàn theo {own:bcd}; các thành viên được phân công phụ trách từng lĩnh vực, thường xuyên theo dõi, đôn đốc việc thực hiện.",
                "Trong {period}, {UBND} đã ban hành {directives} văn bản chỉ đạo, điều hành liên quan đến công tác {cải cách hành chính|cải cách hành chính|CCHC}, trong đó có {n} kế hoạch, {n} quyết định và nhiều công văn đôn đốc, nhắc nhở.",
                "Tiếp tục triển khai {nat:ctrinh}; {provdoc:cchc} và các văn bản hướng dẫn của cấp trên, bảo đảm đúng tiến độ đề ra.",
                "Thực hiện {party}, {UBND} đã cụ thể hóa thành các nhiệm vụ, giao cho từng bộ phận chuyên môn chủ trì tham mưu thực hiện.",
                "Kế hoạch cải cách hành chính năm {year} của {lvl} đề ra {m} nhiệm vụ, trong đó đến nay đã hoàn thành {n} nhiệm vụ có thời hạn, các nhiệm vụ còn lại đang {được triển khai|được tổ chức triển khai|được thực hiện} theo đúng lộ trình.",
                "Lãnh đạo {UBND} thường xuyên quán triệt cán bộ, công chức thực hiện nghiêm kỷ luật, kỷ cương hành chính, văn hóa công sở, không gây phiền hà, sách nhiễu {người dân và doanh nghiệp|người dân, doanh nghiệp|tổ chức, cá nhân} khi đến giao dịch.",
                "Chủ tịch {UBND} đã tổ chức {n} buổi đối thoại trực tiếp với Nhân dân theo {own:doithoai}, tiếp nhận {m} ý kiến, kiến nghị; các ý kiến đều được xem xét, trả lời theo thẩm quyền.",
                "Ngoài kế hoạch năm, {UBND} còn ban hành {own:chanchinh} để kịp thời chấn chỉnh những tồn tại trong thực thi công vụ.",
                "Đẩy mạnh các giải pháp nâng cao Chỉ số cải cách hành chính (PAR Index), Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) và Chỉ số hiệu quả quản trị và hành chính công (PAPI) của {tinh}.",
            ],
        },
        Part {
            titles: &[
                "Công tác kiểm tra cải cách hành chính",
                "Về công tác kiểm tra",
                "Kiểm tra công vụ, kiểm tra CCHC",
            ],
            sentences: &[
                "Thực hiện {own:kiemtra}, trong {period} {UBND} đã tự kiểm tra tại {n} bộ phận chuyên môn; qua kiểm tra chưa phát hiện trường hợp vi phạm kỷ luật, kỷ cương hành chính.",
                "Đoàn kiểm tra của {parent} đã kiểm tra công tác {cải cách hành chính|cải cách hành chính|CCHC}, công vụ tại {lvl} theo {dist:kiemtra}; {UBND} đã nghiêm túc tiếp thu, chỉ đạo khắc phục các tồn tại được chỉ ra.",
                "Công tác kiểm tra công vụ được duy trì thường xuyên, {tập trung vào|chủ yếu về} việc chấp hành thời gian làm việc, thái độ, tác phong khi tiếp dân và việc niêm yết công khai {thủ tục hành chính|thủ tục hành chính|TTHC} tại {Bộ phận một cửa|BPMC|Bộ phận một cửa}.",
                "Trong kỳ, {UBND} tổ chức {n} đợt kiểm tra đột xuất việc chấp hành giờ giấc làm việc; kết quả có {n2} trường hợp bị nhắc nhở, phê bình.",
            ],
        },
        Part {
            titles: &[
                "Công tác thông tin, tuyên truyền",
                "Về công tác tuyên truyền cải cách hành chính",
                "Công tác tuyên truyền CCHC",
            ],
            sentences: &[
                "Công tác thông tin, tuyên truyền cải cách hành chính được lồng ghép trong các cuộc họp {village}, hội nghị của Mặt trận Tổ quốc và các đoàn thể; trong {period} đã tổ chức {buoi} buổi với {luot} lượt người tham dự.",
                "[2022]Đài truyền thanh {lvl} phát {n2} tin, bài về cải cách hành chính, chuyển đổi số, Đề án 06 và hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến.",
                "{Trang thông tin điện tử|Cổng thông tin điện tử} của {lvl} đăng tải {m} tin, bài; cập nhật đầy đủ các {thủ tục hành chính|thủ tục hành chính|TTHC} mới được công bố, sửa đổi, bổ sung hoặc bãi bỏ.",
                "{UBND} treo {n} băng rôn, khẩu hiệu tuyên truyền về cải cách hành chính tại trụ sở và các tuyến đường trung tâm; in và phát {m} tờ rơi hướng dẫn thực hiện {thủ tục hành chính|thủ tục hành chính|TTHC} trên môi trường điện tử.",
                "[2022]Tổ công nghệ số cộng đồng tại các {village} đã hỗ trợ {luot} lượt người dân cài đặt, kích hoạt tài khoản định danh điện tử VNeID và nộp hồ sơ trên Cổng dịch vụ công quốc gia.",
                "Việc tuyên truyền được thực hiện theo {own:tuyentruyen}, nội dung {tập trung vào|chủ yếu về} lợi ích của dịch vụ công trực tuyến, quyền và nghĩa vụ của người dân khi thực hiện {thủ tục hành chính|thủ tục hành chính|TTHC}.",
            ],
        },
        Part {
            titles: &[
                "Mô hình, sáng kiến mới trong cải cách hành chính",
                "Những sáng kiến, cách làm mới",
            ],
            sentences: &[
                "Trong {period}, {UBND} chưa có mô hình, sáng kiến mới trong công tác {cải cách hành chính|cải cách hành chính|CCHC} được thí điểm, nhân rộng.",
                "Tiếp tục duy trì mô hình “Chính quyền thân thiện, vì Nhân dân phục vụ” tại {Bộ phận Tiếp nhận và trả kết quả|Bộ phận một cửa|Bộ phận Một cửa}, bố trí công chức hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến.",
                "Mô hình “Ngày thứ Bảy không hẹn” tiếp tục được duy trì, trong {period} đã tiếp nhận và giải quyết {n2} hồ sơ vào ngày nghỉ cho người dân đi làm xa.",
                "Duy trì mô hình “Dân hỏi – chính quyền trả lời” trên nhóm Zalo của các {village}, trong kỳ đã trả lời {m} câu hỏi của người dân về {thủ tục hành chính|thủ tục hành chính|TTHC}.",
            ],
        },
    ],
};

pub(crate) const INSTITUTIONS: Area = Area {
    headings: &[
        "Cải cách thể chế",
        "Về cải cách thể chế",
        "Công tác cải cách thể chế",
        "Cải cách thể chế, xây dựng và thi hành pháp luật",
    ],
    parts: &[
        Part {
            titles: &[
                "Xây dựng, ban hành và kiểm tra, rà soát văn bản",
                "Công tác xây dựng văn bản quy phạm pháp luật",
            ],
            sentences: &[
                "Công tác xây dựng, ban hành {văn bản quy phạm pháp luật|văn bản QPPL} được thực hiện theo {đúng quy định|theo đúng quy định|bảo đảm đúng quy định} của {law:bhvb}. Trong {period}, {lvl} không ban hành {văn bản quy phạm pháp luật|văn bản QPPL}.",
                "Trong {period}, {UBND} đã ban hành {n} {văn bản quy phạm pháp luật|văn bản QPPL}, bảo đảm đúng trình tự, thủ tục, thẩm quyền và được gửi kiểm tra theo quy định.",
                "{UBND} ban hành {own:rasoat}; qua rà soát {m} văn bản, chưa phát hiện văn bản trái pháp luật hoặc không còn phù hợp cần sửa đổi, bãi bỏ.",
                "Việc tổ chức và hoạt động của chính quyền địa phương được thực hiện theo {law:tccq}; các quy chế làm việc được rà soát, bổ sung kịp thời.",
            ],
        },
        Part {
            titles: &[
                "Phổ biến, giáo dục pháp luật và hòa giải ở cơ sở",
                "Công tác tuyên truyền, phổ biến giáo dục pháp luật",
            ],
            sentences: &[
                "Công tác phổ biến giáo dục pháp luật được thực hiện với nhiều hình thức phong phú theo {own:pbgdpl}; trong {period} đã tổ chức {buoi} buổi tuyên truyền, phổ biến pháp luật cho {luot} lượt người tham dự, {tập trung vào|chủ yếu về} Luật Đất đai, Luật Phòng, chống bạo lực gia đình và Luật Hòa giải ở cơ sở.",
                "Công tác hòa giải ở cơ sở được thực hiện theo {law:hoagiai}: toàn {lvl} có {n} tổ hòa giải với {m} hòa giải viên; trong {period} các tổ hòa giải đã tiếp nhận {hoa_giai} vụ việc, hòa giải thành {hoa_giai_ok} vụ việc, đạt tỷ lệ {pct_hoa_giai}.",
                "[xa]Thực hiện {nat:tcpl}, {UBND} tiếp tục duy trì và nâng cao chất lượng các tiêu chí xây dựng {lvl} đạt chuẩn tiếp cận pháp luật năm {year}.",
                "[xa]Tủ sách pháp luật của {lvl} được bổ sung {n} đầu sách mới, phục vụ {m} lượt cán bộ và Nhân dân tìm hiểu.",
                "Thực hiện {provdoc:pbgdpl}, đội ngũ báo cáo viên, tuyên truyền viên pháp luật được kiện toàn, bồi dưỡng kiến thức pháp luật và kỹ năng tuyên truyền.",
            ],
        },
        Part {
            titles: &[
                "Theo dõi tình hình thi hành pháp luật",
                "Công tác theo dõi thi hành pháp luật",
            ],
            sentences: &[
                "Công tác theo dõi tình hình thi hành pháp luật {được triển khai|được tổ chức triển khai|được thực hiện} theo {own:tdthpl}, {tập trung vào|chủ yếu về} lĩnh vực xử lý vi phạm hành chính, đất đai và bảo vệ môi trường; trong kỳ đã ban hành {n} quyết định xử phạt vi phạm hành chính.",
                "Trong {period}, {UBND} đã thành lập {n} tổ kiểm tra liên ngành về trật tự xây dựng, an toàn thực phẩm; qua kiểm tra đã nhắc nhở {n2} trường hợp, xử phạt {n} trường hợp với tổng số tiền {fine} đồng.",
            ],
        },
    ],
};

pub(crate) const PROCEDURES: Area = Area {
    headings: &[
        "Cải cách thủ tục hành chính",
        "Về cải cách thủ tục hành chính",
        "Cải cách TTHC",
        "Kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông",
    ],
    parts: &[
        Part {
            titles: &[
                "Kiểm soát, công khai thủ tục hành chính",
                "Công tác kiểm soát thủ tục hành chính",
            ],
            sentences: &[
                "Việc công bố, công khai {thủ tục hành chính|thủ tục hành chính|TTHC} được thực hiện nghiêm túc; hiện nay {lvl} đang áp dụng {tthc} {thủ tục hành chính|thủ tục hành chính|TTHC} thuộc thẩm quyền giải quyết, 100% thủ tục được niêm yết công khai tại {Bộ phận Tiếp nhận và trả kết quả|Bộ phận một cửa|Bộ phận Một cửa} và trên {Trang thông tin điện tử|Cổng thông tin điện tử}.",
                "Công tác kiểm soát {thủ tục hành chính|thủ tục hành chính|TTHC} {được triển khai|được tổ chức triển khai|được thực hiện} theo {nat:tthc} và {own:kiemsoat}; {UBND} đã rà soát {n2} {thủ tục hành chính|thủ tục hành chính|TTHC}, đề xuất phương án đơn giản hóa {n} thủ tục thuộc lĩnh vực hộ tịch, chứng thực và đất đai.",
                "Thực hiện {provdoc:tthc}, {UBND} đã cập nhật, niêm yết kịp thời các {thủ tục hành chính|thủ tục hành chính|TTHC} mới ban hành, sửa đổi, bổ sung; đồng thời gỡ bỏ các thủ tục đã bị bãi bỏ.",
                "Việc tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính được thực hiện kịp thời; trong kỳ {UBND} tiếp nhận {pakn} phản ánh, kiến nghị và đã xử lý xong.",
                "Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 được duy trì, áp dụng đối với toàn bộ {thủ tục hành chính|thủ tục hành chính|TTHC} thuộc thẩm quyền giải quyết của {lvl} theo {own:iso}.",
            ],
        },
        Part {
            titles: &[
                "Thực hiện cơ chế một cửa, một cửa liên thông",
                "Kết quả giải quyết thủ tục hành chính",
            ],
            sentences: &[
                "Trong {period}, Bộ phận Tiếp nhận và trả kết quả đã tiếp nhận {hs_total} hồ sơ, trong đó tiếp nhận trực tuyến {hs_online} hồ sơ (đạt {pct_online}); đã giải quyết đúng hạn {hs_ontime} hồ sơ, đạt tỷ lệ {pct_ontime}; trễ hạn {hs_late} hồ sơ.",
                "Cơ chế một cửa, một cửa liên thông được thực hiện theo {nat:motcua}; 100% hồ sơ được cập nhật, theo dõi trên Hệ thống thông tin giải quyết {thủ tục hành chính|thủ tục hành chính|TTHC} của {tinh}.",
                "Việc xin lỗi người dân khi hồ sơ giải quyết trễ hạn được thực hiện {đúng quy định|theo đúng quy định|bảo đảm đúng quy định}; trong kỳ {UBND} đã gửi {hs_late} thư xin lỗi đến công dân, tổ chức có hồ sơ trễ hạn.",
                "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính đạt {sat}, qua khảo sát trực tiếp tại {Bộ phận một cửa|BPMC|Bộ phận một cửa} và đánh giá trên Cổng dịch vụ công.",
                "Việc tiếp nhận hồ sơ và trả kết quả qua dịch vụ bưu chính công ích được thực hiện theo {nat:buuchinh}; trong kỳ có {n2} hồ sơ được tiếp nhận, trả kết quả qua Bưu điện.",
                "Thực hiện số hóa hồ sơ, kết quả giải quyết {thủ tục hành chính|thủ tục hành chính|TTHC} theo {nat:dientu}: trong kỳ đã số hóa {m} hồ sơ, đạt {pct} số hồ sơ tiếp nhận; kết quả giải quyết được trả bản điện tử có giá trị pháp lý.",
                "[2020]Công tác đăng ký, quản lý hộ tịch được thực hiện theo {nat:hotich}; trong kỳ đã đăng ký khai sinh cho {m} trường hợp, khai tử {n2} trường hợp, kết hôn {n2} cặp, 100% được cập nhật vào Cơ sở dữ liệu hộ tịch điện tử.",
                "Bộ phận Tiếp nhận và trả kết quả được bố trí tại tầng một trụ sở, có đủ bàn ghế, máy tính, máy in, máy quét, ki-ốt tra cứu và camera giám sát theo quy định.",
            ],
        },
    ],
};

pub(crate) const ORGANISATION: Area = Area {
    headings: &[
        "Cải cách tổ chức bộ máy hành chính nhà nước",
        "Cải cách tổ chức bộ máy",
        "Về sắp xếp tổ chức bộ máy",
        "Cải cách tổ chức bộ máy hành chính",
    ],
    parts: &[Part {
        titles: &["Sắp xếp tổ chức bộ máy, biên chế", "Tình hình biên chế"],
        sentences: &[
            "[xa]Tổng số biên chế cán bộ, công chức của {lvl} được giao là {bien_che} người, hiện có mặt {bc_present} người; ngoài ra có {n2} người hoạt động không chuyên trách.",
            "Thực hiện {provdoc:motcua}, {UBND} tiếp tục rà soát, sắp xếp lại {village}; bố trí người hoạt động không chuyên trách bảo đảm đúng số lượng quy định.",
            "Việc thực hiện tinh giản biên chế {được triển khai|được tổ chức triển khai|được thực hiện} theo đúng lộ trình; trong kỳ {lvl} không có trường hợp tinh giản biên chế.",
            "[2021]Quy chế làm việc của {UBND} nhiệm kỳ 2021 - 2026 được rà soát, sửa đổi cho phù hợp; chức năng, nhiệm vụ của từng cán bộ, công chức được phân công rõ ràng, không chồng chéo.",
            "[xa]Thực hiện {nat:capxa}, {UBND} đã rà soát số lượng cán bộ, công chức và đề xuất bố trí, sắp xếp bảo đảm {đúng quy định|theo đúng quy định|bảo đảm đúng quy định}.",
            "Tổ chức bộ máy của {UBND} được duy trì ổn định, hoạt động đúng chức năng, nhiệm vụ theo quy định của {law:tccq}.",
        ],
    }],
};

pub(crate) const CIVIL_SERVICE: Area = Area {
    headings: &[
        "Cải cách chế độ công vụ",
        "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức",
        "Cải cách chế độ công vụ, công chức",
    ],
    parts: &[Part {
        titles: &[
            "Đào tạo, bồi dưỡng, đánh giá cán bộ, công chức",
            "Kỷ luật, kỷ cương hành chính",
        ],
        sentences: &[
            "Công tác đào tạo, bồi dưỡng cán bộ, công chức {được quan tâm|được chú trọng|tiếp tục được quan tâm}; trong {period} đã cử {n2} lượt cán bộ, công chức tham gia các lớp bồi dưỡng chuyên môn, nghiệp vụ, lý luận chính trị do cấp trên tổ chức.",
            "Việc đánh giá, xếp loại chất lượng cán bộ, công chức năm {prev_year} được thực hiện đúng quy trình; kết quả có {n} người hoàn thành xuất sắc nhiệm vụ, {n2} người hoàn thành tốt nhiệm vụ.",
            "Kỷ luật, kỷ cương hành chính được chấn chỉnh; trong kỳ không có cán bộ, công chức bị xử lý kỷ luật.",
            "100% cán bộ, công chức được bố trí đúng vị trí việc làm đã được phê duyệt; {pct} cán bộ, công chức đạt chuẩn về trình độ chuyên môn theo quy định.",
            "Văn hóa công sở được thực hiện nghiêm túc; cán bộ, công chức đeo thẻ khi thi hành công vụ, thái độ giao tiếp với Nhân dân đúng mực, tận tình.",
            "Công tác tuyển dụng, sử dụng và quản lý công chức được thực hiện theo quy định của {law:cbcc}.",
            "Trong kỳ có {n} cán bộ, công chức bị nhắc nhở do chưa chấp hành nghiêm thời gian làm việc; không có trường hợp phải xử lý kỷ luật.",
        ],
    }],
};

pub(crate) const FINANCE: Area = Area {
    headings: &[
        "Cải cách tài chính công",
        "Về cải cách tài chính công",
        "Cải cách quản lý tài chính công",
    ],
    parts: &[Part {
        titles: &["Quản lý tài chính, ngân sách", "Thực hiện cơ chế tự chủ"],
        sentences: &[
            "{UBND} đã ban hành quy chế chi tiêu nội bộ năm {year} theo {own:chitieu}, làm căn cứ quản lý, sử dụng kinh phí tiết kiệm, hiệu quả; thực hiện chế độ tự chủ về kinh phí quản lý hành chính theo {nat:tuchu}.",
            "Tổng thu ngân sách trên địa bàn {period} ước đạt {money} triệu đồng, bằng {pct} dự toán giao; tổng chi ngân sách ước đạt {money} triệu đồng.",
            "Việc công khai ngân sách được thực hiện đầy đủ theo quy định; tài sản công được quản lý, sử dụng đúng mục đích, không để xảy ra thất thoát, lãng phí.",
            "Thực hành tiết kiệm, chống lãng phí được thực hiện nghiêm túc, nhất là trong tổ chức hội nghị, sử dụng điện, nước, văn phòng phẩm; 100% chứng từ được giao dịch điện tử với Kho bạc Nhà nước.",
            "Các khoản chi cho công tác {cải cách hành chính|cải cách hành chính|CCHC} được thực hiện theo {provdoc:chitieu}, bảo đảm đúng định mức, đúng đối tượng.",
            "Nguồn vốn đầu tư công được ưu tiên cho các công trình giao thông nông thôn, kênh mương thủy lợi và trường học; việc giải ngân đạt {pct} kế hoạch vốn được giao.",
            "Công tác quản lý tài chính, ngân sách được thực hiện đúng Luật Ngân sách nhà nước; việc thanh toán các chế độ cho cán bộ, công chức kịp thời, {đúng quy định|theo đúng quy định|bảo đảm đúng quy định}.",
        ],
    }],
};

pub(crate) const DIGITAL: Area = Area {
    headings: &[
        "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
        "Xây dựng và phát triển Chính quyền điện tử",
        "Hiện đại hóa hành chính",
        "Việc ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của cơ quan",
    ],
    parts: &[
        Part {
            titles: &[
                "Ứng dụng công nghệ thông tin",
                "Xây dựng chính quyền điện tử",
            ],
            sentences: &[
                "100% văn bản đi, đến (trừ văn bản mật) được xử lý trên phần mềm Quản lý văn bản và điều hành; trong {period} đã phát hành {vb_di} văn bản điện tử có ký số.",
                "Hệ thống thư điện tử công vụ được sử dụng thường xuyên; 100% cán bộ, công chức được cấp chữ ký số cá nhân và sử dụng trong xử lý công việc.",
                "Việc bảo đảm an toàn thông tin mạng {được quan tâm|được chú trọng|tiếp tục được quan tâm}; trong kỳ không xảy ra sự cố mất an toàn thông tin trên địa bàn.",
                "{Trang thông tin điện tử|Cổng thông tin điện tử} của {lvl} hoạt động ổn định, đăng tải đầy đủ thông tin theo {law:tctt}; nhóm Zalo của các {village} được duy trì để tiếp nhận phản ánh của người dân.",
                "Công tác văn thư, lưu trữ được thực hiện theo {nat:vanthu}; hồ sơ được lập và nộp lưu điện tử đúng thời hạn.",
            ],
        },
        Part {
            titles: &[
                "Dịch vụ công trực tuyến và chuyển đổi số",
                "Chuyển đổi số, Đề án 06",
            ],
            sentences: &[
                "[2022]Thực hiện Đề án 06 theo {nat:de_an06}, {UBND} đã chỉ đạo Công an {lvl} phối hợp tổ công nghệ số cộng đồng hỗ trợ người dân làm thủ tục cấp căn cước, kích hoạt tài khoản định danh điện tử mức độ 2.",
                "Công tác chuyển đổi số {được triển khai|được tổ chức triển khai|được thực hiện} theo {own:cds}; hạ tầng công nghệ thông tin tại {Bộ phận một cửa|BPMC|Bộ phận một cửa} được bổ sung {n} máy tính, {n} máy quét, bảo đảm phục vụ việc số hóa hồ sơ.",
                "Tỷ lệ hồ sơ {thủ tục hành chính|thủ tục hành chính|TTHC} được nộp trực tuyến đạt {pct_online}; {n2} {thủ tục hành chính|thủ tục hành chính|TTHC} được cung cấp dịch vụ công trực tuyến toàn trình.",
                "Thanh toán trực tuyến nghĩa vụ tài chính trong giải quyết {thủ tục hành chính|thủ tục hành chính|TTHC} đạt {pct}, chủ yếu đối với thủ tục chứng thực và hộ tịch.",
                "[2022]Việc đăng ký khai sinh, thường trú, miễn giảm học phí theo nhóm {thủ tục hành chính|thủ tục hành chính|TTHC} liên thông điện tử {được triển khai|được tổ chức triển khai|được thực hiện}; trong kỳ có {n2} hồ sơ liên thông được giải quyết trên Cổng dịch vụ công.",
            ],
        },
    ],
};

pub(crate) const STRENGTHS: &[&str] = &[
    "Công tác cải cách hành chính được cấp ủy, chính quyền quan tâm, chỉ đạo sát sao; các nhiệm vụ cơ bản {được triển khai|được tổ chức triển khai|được thực hiện} đúng kế hoạch.",
    "Tỷ lệ hồ sơ giải quyết đúng hạn đạt cao; không có hồ sơ trễ hạn phải xin lỗi người dân.",
    "Ý thức, trách nhiệm của đội ngũ cán bộ, công chức trong thực thi công vụ có chuyển biến tích cực.",
    "Việc ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của cơ quan được đẩy mạnh, góp phần giảm thời gian, chi phí cho người dân.",
    "Công tác phối hợp giữa các bộ phận chuyên môn trong giải quyết {thủ tục hành chính|thủ tục hành chính|TTHC} ngày càng chặt chẽ, nhịp nhàng.",
    "Thủ tục hành chính được công khai, minh bạch; người dân dễ dàng tiếp cận, tra cứu tình trạng hồ sơ.",
    "Kỷ luật, kỷ cương hành chính được giữ vững; không có đơn thư phản ánh về thái độ phục vụ của cán bộ, công chức.",
    "Tỷ lệ hồ sơ nộp trực tuyến và thanh toán trực tuyến tăng so với cùng kỳ năm {prev_year}.",
];

pub(crate) const WEAKNESSES: &[&str] = &[
    "Tỷ lệ hồ sơ nộp trực tuyến còn thấp so với chỉ tiêu được giao; nhiều người dân, nhất là người cao tuổi, chưa quen sử dụng dịch vụ công trực tuyến.",
    "Hạ tầng công nghệ thông tin tại {Bộ phận một cửa|BPMC|Bộ phận một cửa} còn thiếu, thiết bị xuống cấp, đường truyền mạng có lúc chưa ổn định.",
    "Công tác tuyên truyền về cải cách hành chính có lúc chưa thường xuyên, hình thức chưa phong phú.",
    "Một số cán bộ, công chức kiêm nhiệm nhiều việc nên việc tham mưu có lúc còn chậm.",
    "Việc số hóa hồ sơ, kết quả giải quyết {thủ tục hành chính|thủ tục hành chính|TTHC} chưa đạt yêu cầu đề ra.",
    "Phần mềm một cửa điện tử còn lỗi, phải cập nhật hồ sơ nhiều lần, ảnh hưởng đến thời gian giải quyết.",
    "Việc thanh toán trực tuyến phí, lệ phí còn hạn chế do người dân chưa có tài khoản ngân hàng.",
    "Việc cập nhật, đồng bộ dữ liệu giữa phần mềm một cửa điện tử và Cổng dịch vụ công quốc gia có lúc chưa kịp thời.",
    "Một số chỉ tiêu về chuyển đổi số chưa đạt theo kế hoạch; chữ ký số cá nhân chưa được sử dụng thường xuyên.",
];

pub(crate) const CAUSES: &[&str] = &[
    "Nguyên nhân khách quan: địa bàn rộng, dân cư phân tán, trình độ dân trí không đồng đều; một số văn bản hướng dẫn của cấp trên ban hành chậm.",
    "Nguyên nhân chủ quan: người đứng đầu một số bộ phận chưa thật sự quan tâm; công chức chuyên môn còn kiêm nhiệm nhiều lĩnh vực.",
    "Kinh phí dành cho công tác {cải cách hành chính|cải cách hành chính|CCHC} còn hạn chế, chưa đáp ứng yêu cầu đầu tư trang thiết bị.",
    "Một bộ phận người dân còn thói quen nộp hồ sơ trực tiếp, chưa tin tưởng vào dịch vụ công trực tuyến.",
];

pub(crate) const TASKS: &[&str] = &[
    "Tiếp tục triển khai có hiệu quả kế hoạch cải cách hành chính năm {task_year}; phấn đấu hoàn thành 100% nhiệm vụ đề ra.",
    "Đẩy mạnh tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến; nâng tỷ lệ hồ sơ trực tuyến đạt trên {pct0}%.",
    "Thực hiện tốt cơ chế một cửa, một cửa liên thông; duy trì hệ thống quản lý chất lượng ISO 9001:2015.",
    "Tăng cường kỷ luật, kỷ cương hành chính; chấn chỉnh tình trạng né tránh, đùn đẩy trách nhiệm trong thực thi công vụ.",
    "[2022]Tiếp tục thực hiện Đề án 06, làm sạch dữ liệu dân cư, đẩy mạnh chuyển đổi số trên địa bàn.",
    "[xa]Thực hiện tốt công tác phổ biến giáo dục pháp luật, hòa giải ở cơ sở; duy trì {lvl} đạt chuẩn tiếp cận pháp luật.",
    "Quản lý, sử dụng ngân sách {đúng quy định|theo đúng quy định|bảo đảm đúng quy định}; thực hiện nghiêm quy chế chi tiêu nội bộ, thực hành tiết kiệm, chống lãng phí.",
    "Cử cán bộ, công chức tham gia đầy đủ các lớp đào tạo, bồi dưỡng do cấp trên tổ chức.",
    "Rà soát, cập nhật kịp thời các {thủ tục hành chính|thủ tục hành chính|TTHC} mới được công bố; niêm yết công khai đầy đủ tại {Bộ phận một cửa|BPMC|Bộ phận một cửa}.",
    "Chuẩn bị các điều kiện để tổng kết công tác {cải cách hành chính|cải cách hành chính|CCHC} năm {year} và xây dựng kế hoạch năm {next_year}.",
];

pub(crate) const REQUESTS: &[&str] = &[
    "Đề nghị {parent} quan tâm đầu tư, nâng cấp trang thiết bị cho Bộ phận Tiếp nhận và trả kết quả.",
    "Đề nghị {dept} tổ chức tập huấn chuyên sâu về sử dụng phần mềm một cửa điện tử, số hóa hồ sơ cho công chức.",
    "Đề nghị cấp trên sớm khắc phục lỗi của Hệ thống thông tin giải quyết {thủ tục hành chính|thủ tục hành chính|TTHC}, bảo đảm kết nối, đồng bộ dữ liệu.",
    "[2022]Đề nghị bố trí kinh phí hỗ trợ hoạt động của tổ công nghệ số cộng đồng tại các {village}.",
    "Đề nghị cấp trên ban hành văn bản hướng dẫn thống nhất về chế độ báo cáo, tránh yêu cầu báo cáo trùng lặp.",
    "Đề nghị {dept} sớm hướng dẫn bộ tiêu chí xác định Chỉ số cải cách hành chính năm {year}.",
];

/// Sentences only a district writes: what it asked of its communes, and
/// what the communes did (`{sub}` cites a commune's own document).
pub(crate) const DISTRICT_ONLY: &[&str] = &[
    "Chỉ đạo UBND các {village} xây dựng kế hoạch cải cách hành chính năm {year} và triển khai thực hiện nghiêm túc; đến nay 100% đơn vị cấp xã đã ban hành kế hoạch.",
    "Qua theo dõi, các đơn vị cấp xã đã ban hành đầy đủ kế hoạch để triển khai thực hiện, như {sub}.",
    "Tổ chức kiểm tra công tác {cải cách hành chính|cải cách hành chính|CCHC} tại {n} đơn vị cấp xã; qua kiểm tra hồ sơ, các đơn vị đã triển khai kịp thời các văn bản của cấp trên (điển hình là {sub}).",
    "Phòng Nội vụ đã hướng dẫn các {village} thực hiện chấm điểm Chỉ số cải cách hành chính theo {own:chiso}.",
];
