// Calls to the JSON API. Failures become ApiFailure with a Vietnamese sentence.

/** A failed API call: `message` is for people (Vietnamese), `detail` is the server's own words. */
export class ApiFailure extends Error {
  constructor(message, detail, status, code) {
    super(message);
    this.detail = detail || '';
    this.status = status || 0;
    this.code = code || '';
  }
}

const CODES = {
  invalid_parameter: 'Yêu cầu chưa hợp lệ',
  unknown_parameter: 'Yêu cầu có tham số lạ',
  not_found: 'Không tìm thấy',
  payload_too_large: 'Nội dung quá dài (tối đa 1 MB)',
  invalid_body: 'Nội dung gửi lên không đọc được (cần văn bản UTF-8)',
  index_unavailable: 'Kho dữ liệu tạm thời chưa sẵn sàng',
  internal: 'Máy chủ gặp lỗi khi xử lý yêu cầu',
  method_not_allowed: 'Yêu cầu không được hỗ trợ',
};

async function call(url, init) {
  let response;
  try {
    response = await fetch(url, { ...init, headers: { Accept: 'application/json', ...(init && init.headers) } });
  } catch (err) {
    if (err && err.name === 'AbortError') throw err;
    throw new ApiFailure('Không kết nối được tới máy chủ. Hãy kiểm tra máy chủ còn chạy rồi thử lại.', String(err && err.message), 0, 'network');
  }
  let body = null;
  try {
    body = await response.json();
  } catch (_) {
    body = null;
  }
  if (response.ok && body !== null) return body;
  const error = body && body.error;
  if (error && typeof error.message === 'string') {
    const lead = CODES[error.code] || `Máy chủ báo lỗi (${response.status})`;
    throw new ApiFailure(lead, error.message, response.status, error.code);
  }
  throw new ApiFailure(`Máy chủ trả lời không đúng dạng (mã ${response.status}).`, '', response.status, 'bad_response');
}

/** GET a JSON endpoint with query parameters. */
export function get(path, query, signal) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query || {})) {
    if (v !== undefined && v !== null && v !== '') p.set(k, v);
  }
  const s = p.toString();
  return call(`${path}${s ? `?${s}` : ''}`, { signal });
}

/** POST plain text. */
export function postText(path, text, signal) {
  return call(path, {
    method: 'POST',
    body: text,
    signal,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** The URL of an endpoint with parameters, for links (CSV export). */
export function url(path, query) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query || {})) {
    if (v !== undefined && v !== null && v !== '') p.set(k, v);
  }
  const s = p.toString();
  return `${path}${s ? `?${s}` : ''}`;
}
