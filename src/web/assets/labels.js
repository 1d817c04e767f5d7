// Vietnamese labels for the API's machine names.

export const CATEGORIES = {
  institutional: 'Cải cách thể chế',
  procedures: 'Cải cách thủ tục hành chính',
  organisation: 'Cải cách tổ chức bộ máy',
  civil_service: 'Cải cách chế độ công vụ',
  public_finance: 'Cải cách tài chính công',
  e_government: 'Chính quyền điện tử, chính quyền số',
  direction: 'Chỉ đạo, điều hành',
  assessment: 'Đánh giá chung',
  tasks: 'Phương hướng, nhiệm vụ',
  requests: 'Kiến nghị, đề xuất',
  appendix: 'Phụ lục',
  other: 'Khác',
};

export const PERIODS = {
  quarter: 'Quý',
  six_months: '6 tháng',
  nine_months: '9 tháng',
  year: 'Năm',
};

export const STATUSES = {
  found: 'Đã tìm thấy',
  found_with_differences: 'Tìm thấy, nhưng ghi khác',
  ambiguous: 'Trùng số: nhiều văn bản',
  not_found: 'Không tìm thấy',
  invalid: 'Không phải số văn bản hợp lệ',
};

export const FACETS = {
  unit: 'Đơn vị',
  year: 'Năm',
  section: 'Nội dung (mục)',
  period: 'Kỳ báo cáo',
};

/** The label of a facet value. */
export function facetLabel(facet, value) {
  if (facet === 'section') return CATEGORIES[value] || value;
  if (facet === 'period') return PERIODS[value] || value;
  return value;
}

/** The label of a category, falling back to the machine name. */
export function category(name) {
  return CATEGORIES[name] || name || '';
}
