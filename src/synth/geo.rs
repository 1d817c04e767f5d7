//! Real places of the pre-2025 three-level hierarchy (province, district,
//! commune), as they stood before the 1 July 2025 reorganisation.
//!
//! Names repeat on purpose, as they do in the country: there is a `Bắc Sơn`
//! in Hưng Yên and in Thanh Hóa, a `Phong Điền` in Thừa Thiên Huế and in
//! Cần Thơ, a `Dương Quang` in Bắc Kạn and in Hưng Yên.

/// A province (`tỉnh`) or centrally-run city (`thành phố`).
#[derive(Debug)]
pub(crate) struct Province {
    pub kind: &'static str,
    pub name: &'static str,
    pub districts: &'static [District],
}

/// A district-level unit: `huyện`, `quận`, `thị xã` or `thành phố`.
#[derive(Debug)]
pub(crate) struct District {
    pub kind: &'static str,
    pub name: &'static str,
    pub communes: &'static [(&'static str, &'static str)],
}

const fn d(
    kind: &'static str,
    name: &'static str,
    communes: &'static [(&'static str, &'static str)],
) -> District {
    District {
        kind,
        name,
        communes,
    }
}

const X: &str = "xã";
const P: &str = "phường";
const T: &str = "thị trấn";

/// Every province the generator writes about.
#[rustfmt::skip]
pub(crate) static PROVINCES: &[Province] = &[
    Province { kind: "tỉnh", name: "Bắc Kạn", districts: &[
        d("huyện", "Bạch Thông", &[(X, "Lục Bình"), (X, "Quân Hà"), (T, "Phủ Thông"), (X, "Vi Hương"), (X, "Tân Tú")]),
        d("thành phố", "Bắc Kạn", &[(P, "Đức Xuân"), (P, "Sông Cầu"), (P, "Phùng Chí Kiên"), (X, "Dương Quang")]),
        d("huyện", "Chợ Đồn", &[(T, "Bằng Lũng"), (X, "Bằng Lãng"), (X, "Ngọc Phái")]),
    ] },
    Province { kind: "tỉnh", name: "Hưng Yên", districts: &[
        d("huyện", "Ân Thi", &[(T, "Ân Thi"), (X, "Bắc Sơn"), (X, "Đặng Lễ"), (X, "Quảng Lãng"), (X, "Vân Du")]),
        d("huyện", "Khoái Châu", &[(T, "Khoái Châu"), (X, "Đông Tảo"), (X, "Bình Minh"), (X, "Dạ Trạch")]),
        d("thị xã", "Mỹ Hào", &[(P, "Bần Yên Nhân"), (P, "Nhân Hòa"), (X, "Hòa Phong"), (X, "Dương Quang")]),
        d("thành phố", "Hưng Yên", &[(P, "Lê Lợi"), (P, "Hiến Nam"), (X, "Bảo Khê")]),
    ] },
    Province { kind: "tỉnh", name: "Thanh Hóa", districts: &[
        d("huyện", "Hoằng Hóa", &[(T, "Bút Sơn"), (X, "Hoằng Đạo"), (X, "Hoằng Lộc"), (X, "Hoằng Trinh"), (X, "Hoằng Thắng")]),
        d("thành phố", "Sầm Sơn", &[(P, "Trường Sơn"), (P, "Bắc Sơn"), (P, "Quảng Tiến"), (X, "Quảng Hùng")]),
        d("huyện", "Nga Sơn", &[(T, "Nga Sơn"), (X, "Nga Thủy"), (X, "Nga Điền")]),
    ] },
    Province { kind: "tỉnh", name: "Thừa Thiên Huế", districts: &[
        d("thị xã", "Hương Trà", &[(P, "Hương Xuân"), (P, "Tứ Hạ"), (P, "Hương Văn"), (X, "Hương Toàn"), (X, "Bình Thành")]),
        d("thị xã", "Hương Thủy", &[(P, "Phú Bài"), (P, "Thủy Dương"), (X, "Thủy Thanh")]),
        d("huyện", "Phong Điền", &[(T, "Phong Điền"), (X, "Phong Hòa"), (X, "Điền Hương")]),
        d("huyện", "Phú Vang", &[(T, "Phú Đa"), (X, "Phú Thuận"), (X, "Phú Diên")]),
    ] },
    Province { kind: "tỉnh", name: "Trà Vinh", districts: &[
        d("thị xã", "Duyên Hải", &[(P, "Phường 1"), (P, "Phường 2"), (X, "Long Hữu"), (X, "Dân Thành"), (X, "Trường Long Hòa")]),
        d("huyện", "Cầu Kè", &[(T, "Cầu Kè"), (X, "Hòa Ân"), (X, "Phong Phú")]),
        d("huyện", "Tiểu Cần", &[(T, "Tiểu Cần"), (T, "Cầu Quan"), (X, "Hiếu Tử")]),
    ] },
    Province { kind: "tỉnh", name: "Nghệ An", districts: &[
        d("huyện", "Nghi Lộc", &[(T, "Quán Hành"), (X, "Nghi Phong"), (X, "Nghi Thạch"), (X, "Nghi Long"), (X, "Nghi Trung")]),
        d("thị xã", "Cửa Lò", &[(P, "Nghi Thủy"), (P, "Nghi Hải"), (P, "Thu Thủy")]),
        d("huyện", "Diễn Châu", &[(T, "Diễn Châu"), (X, "Diễn Kỷ"), (X, "Diễn Ngọc")]),
        d("thành phố", "Vinh", &[(P, "Hưng Bình"), (P, "Lê Lợi"), (X, "Hưng Đông")]),
    ] },
    Province { kind: "tỉnh", name: "Quảng Nam", districts: &[
        d("thành phố", "Hội An", &[(P, "Minh An"), (P, "Cẩm Phô"), (X, "Cẩm Thanh"), (X, "Tân Hiệp")]),
        d("huyện", "Đại Lộc", &[(T, "Ái Nghĩa"), (X, "Đại Hiệp"), (X, "Đại Đồng")]),
        d("thị xã", "Điện Bàn", &[(P, "Vĩnh Điện"), (P, "Điện Ngọc"), (X, "Điện Phước")]),
        d("huyện", "Thăng Bình", &[(T, "Hà Lam"), (X, "Bình Dương"), (X, "Bình Nam")]),
    ] },
    Province { kind: "tỉnh", name: "Hà Tĩnh", districts: &[
        d("huyện", "Cẩm Xuyên", &[(T, "Cẩm Xuyên"), (T, "Thiên Cầm"), (X, "Cẩm Bình")]),
        d("thị xã", "Kỳ Anh", &[(P, "Sông Trí"), (P, "Kỳ Trinh"), (X, "Kỳ Hà")]),
        d("huyện", "Can Lộc", &[(T, "Nghèn"), (X, "Thiên Lộc"), (X, "Vượng Lộc")]),
    ] },
    Province { kind: "tỉnh", name: "Lào Cai", districts: &[
        d("huyện", "Bát Xát", &[(T, "Bát Xát"), (X, "Y Tý"), (X, "Quang Kim")]),
        d("huyện", "Bảo Thắng", &[(T, "Phố Lu"), (T, "Tằng Loỏng"), (X, "Xuân Quang")]),
        d("thành phố", "Lào Cai", &[(P, "Cốc Lếu"), (P, "Kim Tân"), (X, "Cam Đường")]),
    ] },
    Province { kind: "tỉnh", name: "Bình Định", districts: &[
        d("huyện", "Tuy Phước", &[(T, "Tuy Phước"), (T, "Diêu Trì"), (X, "Phước Lộc"), (X, "Phước Thuận")]),
        d("thành phố", "Quy Nhơn", &[(P, "Ghềnh Ráng"), (P, "Nhơn Bình"), (X, "Nhơn Lý")]),
        d("huyện", "Phù Cát", &[(T, "Ngô Mây"), (X, "Cát Hải"), (X, "Cát Tiến")]),
    ] },
    Province { kind: "tỉnh", name: "Đồng Tháp", districts: &[
        d("huyện", "Tháp Mười", &[(T, "Mỹ An"), (X, "Mỹ Hòa"), (X, "Trường Xuân")]),
        d("thành phố", "Sa Đéc", &[(P, "An Hòa"), (X, "Tân Khánh Đông")]),
        d("huyện", "Lai Vung", &[(T, "Lai Vung"), (X, "Tân Thành"), (X, "Long Hậu")]),
    ] },
    Province { kind: "thành phố", name: "Hà Nội", districts: &[
        d("quận", "Cầu Giấy", &[(P, "Dịch Vọng"), (P, "Quan Hoa"), (P, "Nghĩa Đô"), (P, "Yên Hòa")]),
        d("huyện", "Đông Anh", &[(T, "Đông Anh"), (X, "Uy Nỗ"), (X, "Cổ Loa"), (X, "Kim Chung")]),
        d("huyện", "Ba Vì", &[(T, "Tây Đằng"), (X, "Ba Trại"), (X, "Tản Lĩnh")]),
        d("thị xã", "Sơn Tây", &[(P, "Quang Trung"), (P, "Trung Hưng"), (X, "Đường Lâm")]),
    ] },
    Province { kind: "thành phố", name: "Cần Thơ", districts: &[
        d("quận", "Ninh Kiều", &[(P, "Tân An"), (P, "An Hòa"), (P, "Xuân Khánh")]),
        d("quận", "Bình Thủy", &[(P, "Bình Thủy"), (P, "Long Hòa"), (P, "Trà An")]),
        d("huyện", "Phong Điền", &[(T, "Phong Điền"), (X, "Mỹ Khánh"), (X, "Nhơn Ái")]),
    ] },
];

/// Where a unit sits: indices into [`PROVINCES`]; `commune` is `None` for a
/// district-level unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Place {
    pub province: usize,
    pub district: usize,
    pub commune: Option<usize>,
}

impl Place {
    pub(crate) fn province(&self) -> &'static Province {
        &PROVINCES[self.province]
    }

    pub(crate) fn district(&self) -> &'static District {
        &self.province().districts[self.district]
    }

    /// The district-level unit above a commune (itself for a district).
    pub(crate) fn parent(&self) -> Place {
        Place {
            commune: None,
            ..*self
        }
    }

    /// `(kind, name)` of the unit itself.
    pub(crate) fn kind_name(&self) -> (&'static str, &'static str) {
        match self.commune {
            Some(c) => self.district().communes[c],
            None => (self.district().kind, self.district().name),
        }
    }

    /// A stable number for this unit, used to derive its random streams.
    pub(crate) fn id(&self) -> u64 {
        (self.province as u64) << 32
            | (self.district as u64) << 16
            | self.commune.map_or(0xFFFF, |c| c as u64)
    }

    /// The full name: `xã Lục Bình`, `thị xã Hương Trà`, `Phường 1`.
    pub(crate) fn full_name(&self) -> String {
        let (kind, name) = self.kind_name();
        if name.starts_with("Phường ") {
            name.to_string()
        } else {
            format!("{kind} {name}")
        }
    }

    /// The name written before the date line (`Lục Bình, ngày …`).
    pub(crate) fn place_name(&self) -> String {
        let (kind, name) = self.kind_name();
        if name.starts_with("Phường ") || (self.commune.is_none() && kind != "huyện") {
            // Numbered wards date their letters with the town's name; towns
            // and cities write their kind: `Thị xã Duyên Hải, ngày …`.
            let d = self.district();
            if self.commune.is_some() {
                return d.name.to_string();
            }
            let mut k = d.kind.to_string();
            k[..1].make_ascii_uppercase();
            return format!("{k} {}", d.name);
        }
        name.to_string()
    }
}

/// Every unit that writes reports: all communes and all districts.
pub(crate) fn all_units() -> Vec<Place> {
    let mut out = Vec::new();
    for (p, prov) in PROVINCES.iter().enumerate() {
        for (d, dist) in prov.districts.iter().enumerate() {
            out.push(Place {
                province: p,
                district: d,
                commune: None,
            });
            for c in 0..dist.communes.len() {
                out.push(Place {
                    province: p,
                    district: d,
                    commune: Some(c),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hierarchy_is_sizeable_and_ids_unique() {
        let units = all_units();
        assert!(PROVINCES.len() >= 10);
        assert!(units.len() > 150, "{} units", units.len());
        let mut ids: Vec<u64> = units.iter().map(Place::id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), units.len());
    }

    #[test]
    fn names_and_places_read_naturally() {
        let units = all_units();
        let luc_binh = units
            .iter()
            .find(|u| u.kind_name().1 == "Lục Bình")
            .expect("Lục Bình is listed");
        assert_eq!(luc_binh.full_name(), "xã Lục Bình");
        assert_eq!(luc_binh.place_name(), "Lục Bình");
        assert_eq!(luc_binh.parent().full_name(), "huyện Bạch Thông");
        let duyen_hai = units
            .iter()
            .find(|u| u.commune.is_none() && u.kind_name().1 == "Duyên Hải")
            .expect("Duyên Hải is listed");
        assert_eq!(duyen_hai.place_name(), "Thị xã Duyên Hải");
    }
}
