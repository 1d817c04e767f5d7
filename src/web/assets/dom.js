// Small DOM helpers: elements are built with h(), text is always set as text.

/** Builds an element: h('a', {href: '#/'}, 'text', child…). Attributes starting with `on` are listeners. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      el.className = value;
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  }
  append(el, children);
  return el;
}

/** Appends children: strings become text nodes, arrays are flattened, null is skipped. */
export function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces the children of an element. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

const ENTITIES = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&amp;': '&' };

/**
 * Formatting left in reports converted from Word: `**bold**` and `<i>`, `<b>`, `<u>` tags. They
 * are not words; snippets drop them and the report view draws them as formatting.
 */
export const INLINE_MARKUP = /\*\*|<\/?[ibu]>/g;

function decode(text) {
  return text.replace(/&(lt|gt|quot|amp|#39|#x27);/g, (m) => ENTITIES[m]);
}

/**
 * A snippet as DOM nodes. A search hit's snippet is data: `{ text, marks }`, the marks byte
 * ranges into the UTF-8 text; a citation's mention is HTML-escaped text with <mark>…</mark>, of
 * which only <mark> becomes an element and the rest is decoded and shown as text, so neither can
 * inject markup.
 */
export function snippet(value) {
  if (value && typeof value === 'object') return markedText(value);
  const out = document.createDocumentFragment();
  let marked = false;
  for (const part of String(value || '').split(/(<\/?mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = decode(part).replace(INLINE_MARKUP, '');
      if (text) out.appendChild(marked ? h('mark', {}, text) : document.createTextNode(text));
    }
  }
  return out;
}

/** `{ text, marks }` (byte ranges) as text nodes and <mark> elements. */
function markedText({ text, marks }) {
  const out = document.createDocumentFragment();
  const bytes = new TextEncoder().encode(String(text || ''));
  const decoder = new TextDecoder('utf-8');
  const piece = (a, b) => decoder.decode(bytes.subarray(a, b)).replace(INLINE_MARKUP, '');
  let at = 0;
  for (const m of Array.isArray(marks) ? marks : []) {
    const start = Math.max(at, Number(m.start) || 0);
    const end = Math.min(bytes.length, Number(m.end) || 0);
    if (end <= start) continue;
    const before = piece(at, start);
    if (before) out.appendChild(document.createTextNode(before));
    const inside = piece(start, end);
    if (inside) out.appendChild(h('mark', {}, inside));
    at = end;
  }
  const rest = piece(at, bytes.length);
  if (rest) out.appendChild(document.createTextNode(rest));
  return out;
}

/** ISO date (2024-06-15 or 2024-08) in the Vietnamese way: 15/06/2024, tháng 08/2024. */
export function date(iso) {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  return m[3] ? `${m[3]}/${m[2]}/${m[1]}` : `tháng ${m[2]}/${m[1]}`;
}

/** Numbers with Vietnamese grouping: 12.345. */
export function count(n) {
  return Number(n || 0).toLocaleString('vi-VN');
}

/** Reads the query string of a hash route into a plain object. */
export function params(search) {
  const out = {};
  for (const [k, v] of new URLSearchParams(search || '')) out[k] = v;
  return out;
}

/** Builds a hash route: route('/search', {q: 'x', unit: ''}) → '#/search?q=x'. Empty values are left out. */
export function route(path, query) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query || {})) {
    if (v !== undefined && v !== null && v !== '') p.set(k, v);
  }
  const s = p.toString();
  return `#${path}${s ? `?${s}` : ''}`;
}

/** Goes to a hash route; `replace` rewrites the current history entry instead of adding one. */
export function navigate(hash, replace) {
  if (hash === location.hash) return;
  if (replace) {
    history.replaceState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = hash;
  }
}

/** A "loading" line, announced politely. */
export function loading(text) {
  return h('p', { class: 'state loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

/**
 * An error box for a failed call: what we were doing, what went wrong in Vietnamese, the
 * server's own words as a detail, and a retry button when trying again can help (the server
 * was unreachable or failed, not when it said no). `missing` replaces the lead for a 404.
 */
export function failure(err, doing, retry, missing) {
  const lead = err && err.status === 404 && missing ? missing : (err && err.message ? err.message : 'Đã có lỗi.');
  const transient = err && (err.status === 0 || err.status >= 500);
  return h('div', { class: 'notice error', role: 'alert' },
    h('p', {}, h('strong', {}, `${doing}: `), lead),
    err && err.detail ? h('p', { class: 'detail' }, `Chi tiết từ máy chủ: ${err.detail}`) : null,
    retry && transient ? h('button', { type: 'button', class: 'button secondary', onclick: retry }, 'Thử lại') : null);
}

/** Moves focus to a heading after a page change, for keyboard and screen-reader users. */
export function focusHeading(root) {
  const heading = root.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
}

/**
 * The document as people name it: its kind (`Báo cáo`, `Quyết định` …), then its unit and
 * number, else its title, else its file.
 */
export function reportName(r) {
  if (!r) return '';
  const kind = r.kind || 'Báo cáo';
  const parts = [];
  // A unit named by its level (`xã Lục Bình`) is its People's Committee; a body named
  // already (`UBND tỉnh Lai Châu`, `Sở Tài chính`) is shown as it is.
  if (r.unit) parts.push(/^(xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh)\s/.test(r.unit) ? `UBND ${r.unit}` : r.unit);
  if (r.number) parts.push(`số ${r.number}`);
  if (parts.length) return `${kind} ${parts.join(', ')}`;
  if (r.title) return `${kind}: ${r.title}`;
  return `${kind} (tệp ${r.source})`;
}

/** A short line of what a report is: date · period · parent. */
export function reportFacts(r) {
  const facts = [];
  if (r.date) facts.push(/^\d{4}-\d{2}-\d{2}$/.test(r.date) ? `ngày ${date(r.date)}` : date(r.date));
  else if (r.year) facts.push(`năm ${r.year}`);
  if (r.period) facts.push(`kỳ ${r.period}`);
  if (r.parent) facts.push(`cấp trên: ${r.parent}`);
  return facts;
}

/**
 * A section as people read it. Headings are shown as written; they usually carry their own
 * number (`1. Cải cách thủ tục hành chính`), and the path is added only when they do not.
 */
export function sectionLabel(s) {
  const path = ((s && s.path) || '').replace(/\.$/, '');
  const title = ((s && s.title) || '').trim();
  if (!title) return path ? `Mục ${path}` : '';
  if (!path || /^([IVXLC]+|\d+[a-z]?(\.\d+)*|[a-zđ])\s*[.,):/-]/i.test(title)) return title;
  return `${path}. ${title}`;
}

/** How many sections cite a document (`citing` is counted even when `cited_by` is not given). */
export function citingCount(d) {
  return d.citing ? d.citing.sections : (d.cited_by || []).length;
}

/** The units whose reports cite a document, in order. */
export function citingUnitsOf(d) {
  if (d.citing) return d.citing.units;
  return [...new Set((d.cited_by || []).map((c) => c.report && c.report.unit).filter(Boolean))];
}

/**
 * Who issued a cited document and when, in words; when the citing reports did not say, the
 * units that cite it, so documents sharing a number can still be told apart.
 */
export function docOrigin(d) {
  const when = d.date ? date(d.date) : (d.year ? `năm ${d.year}` : '');
  const said = [d.issuer, when].filter(Boolean).join(', ');
  if (said) return said;
  const units = citingUnitsOf(d);
  if (!units.length) return 'chưa rõ cơ quan và ngày ban hành';
  const shown = units.slice(0, 2).join(', ') + (units.length > 2 ? ` và ${units.length - 2} đơn vị khác` : '');
  return `chưa rõ cơ quan ban hành; được ${shown} trích dẫn`;
}
