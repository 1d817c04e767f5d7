// Calls to the JSON API. Failures become ApiFailure with a Vietnamese sentence.
//
// A server reachable from other machines needs an access token: on the first 401 the page asks
// for it once, keeps it in sessionStorage (gone when the tab closes) and sends it as
// `Authorization: Bearer …` with every call, CSV downloads included.

const TOKEN_KEY = 'tracuu-token';

function token() {
  try {
    return sessionStorage.getItem(TOKEN_KEY) || '';
  } catch (_) {
    return '';
  }
}

function remember(value) {
  try {
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch (_) {
    // Storage refused (private mode): the token is asked again next time.
  }
}

function authorization() {
  const t = token();
  return t ? { Authorization: `Bearer ${t}` } : {};
}

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
  payload_too_large: 'Nội dung quá lớn (văn bản tối đa 1 MB, tệp tải lên tối đa 16 MiB)',
  invalid_body: 'Nội dung gửi lên không đọc được (cần văn bản UTF-8)',
  internal: 'Máy chủ gặp lỗi khi xử lý yêu cầu',
  method_not_allowed: 'Yêu cầu không được hỗ trợ',
  unauthorized: 'Cần mã truy cập của máy chủ',
  host_not_allowed: 'Máy chủ không phục vụ địa chỉ này',
  request_timeout: 'Yêu cầu quá thời gian chờ',
  busy: 'Máy chủ đang bận, hãy thử lại sau',
};

async function call(url, init, retried) {
  let response;
  try {
    response = await fetch(url, { ...init, headers: { Accept: 'application/json', ...authorization(), ...(init && init.headers) } });
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
  if (response.status === 401) {
    remember('');
    if (!retried) {
      const given = window.prompt('Máy chủ này cần mã truy cập. Nhập mã do người quản trị cung cấp:');
      if (given && given.trim()) {
        remember(given.trim());
        return call(url, init, true);
      }
    }
  }
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

/** POSTs a file as the request body, with the media type its name says (`.docx`, `.pdf`). */
export function postFile(path, file, signal) {
  const name = (file.name || '').toLowerCase();
  const type = name.endsWith('.docx') ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    : name.endsWith('.pdf') ? 'application/pdf'
      : name.endsWith('.txt') ? 'text/plain; charset=utf-8' : 'application/octet-stream';
  return call(path, { method: 'POST', body: file, signal, headers: { 'Content-Type': type } });
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

// Download links (`<a download href="/api/…">`) cannot send a header: with a token, fetch the
// file with it and save it from memory instead.
document.addEventListener('click', async (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[download]') : null;
  const href = link ? link.getAttribute('href') || '' : '';
  if (!link || !href.startsWith('/api/') || !token()) return;
  event.preventDefault();
  const response = await fetch(href, { headers: authorization() });
  if (!response.ok) return;
  const saved = document.createElement('a');
  saved.href = URL.createObjectURL(await response.blob());
  saved.download = link.getAttribute('download') || '';
  document.body.append(saved);
  saved.click();
  saved.remove();
  setTimeout(() => URL.revokeObjectURL(saved.href), 10000);
});
