// The cited-document page: what a document number names (`#/cite?q=KEY`), or one document by
// id (`#/document/ID`), with every report citing it grouped by unit and year.

import { bars } from './bars.js';
import { get, url } from './api.js';
import { h, replace, date, count, route, loading, failure, snippet, reportName, focusHeading, sectionLabel, docOrigin, citingCount, citingUnitsOf } from './dom.js';
import { STATUSES, category } from './labels.js';

/** How a role reads in "documents that <role> this one". */
const ROLES = { basis: 'lấy làm căn cứ', amends: 'sửa đổi, bổ sung', replaces: 'thay thế', repeals: 'bãi bỏ', guides: 'hướng dẫn', implements: 'thực hiện' };

/** Mounts the lookup page (`#/cite?q=KEY&from=REPORT`). */
export function mountLookup(main, _id, params) {
  const q = params.q || '';
  document.title = `Văn bản ${q} — Tra cứu báo cáo CCHC`;
  function load() {
    if (!q.trim()) {
      replace(main, h('h1', {}, 'Văn bản được trích dẫn'), h('p', { class: 'notice empty' }, 'Chưa có số văn bản để tra. ', h('a', { href: '#/' }, 'Về trang tìm kiếm')));
      focusHeading(main);
      return;
    }
    replace(main, h('h1', {}, `Văn bản số ${q}`), loading('Đang tra số văn bản…'));
    const filters = { unit: params.unit, year: params.year, issuer: params.issuer };
    const offset = Number(params.offset) || 0;
    get('/api/citations', { q, limit: PAGE, offset, from: params.from, sections_limit: SECTIONS, ...filters }).then((lookup) => {
      const docs = lookup.documents || [];
      const page = lookup.page || { total: docs.length, all: docs.length, offset: 0, limit: PAGE, units: [], years: [], issuers: [] };
      const key = lookup.key || q;
      const heading = h('h1', {}, docs.length === 1 && page.all === 1 ? docTitle(docs[0]) : `Văn bản số ${key}`);
      const statusLine = h('p', { class: `lookup-status ${lookup.status}`, role: 'status' },
        h('span', { class: `badge status-${lookup.status}` }, STATUSES[lookup.status] || lookup.status),
        lookup.status === 'ambiguous' ? ` — ${count(page.all)} văn bản khác nhau cùng mang số ${key}.` : null,
        lookup.status === 'found_with_differences' ? ` — ${(docs[0].differences || []).map((x) => `${x.field === 'issuer' ? 'cơ quan ban hành' : 'ngày ban hành'} ghi ${x.written}, kho có ${x.indexed}`).join('; ')}.` : null,
        lookup.status === 'not_found' ? ` — chưa báo cáo nào đã nạp trích dẫn văn bản số ${key}.` : null,
        lookup.status === 'invalid' ? ` — “${q}” không có dạng số văn bản (ví dụ 05/KH-UBND, 61/2018/NĐ-CP, 160-KH/ĐU).` : null);
      const many = page.all > 1;
      const opens = (lookup.pinpoints || []).length && docs.length === 1 && docs[0].indexed
        ? (docs[0].indexed.articles || []).filter((a) => lookup.pinpoints.includes(a.pinpoint)) : [];
      const articleLine = opens.length ? h('p', { class: 'notice opens-article' },
        opens.map((a, i) => [i ? ' · ' : '', h('a', { class: 'article-link', href: route(`/report/${encodeURIComponent(docs[0].indexed.report.id)}`, { s: a.path }) }, `Mở ${a.pinpoint} (${a.path})`)])) : null;
      replace(main, back(params), heading, statusLine, articleLine,
        many ? filterForm(q, params, page) : null,
        many ? summary(docs, params.from, page) : null,
        many ? pager(q, params, page) : null,
        docs.length && docs.length <= 3 ? h('div', { class: docs.length > 1 ? 'docs side-by-side' : 'docs' }, docs.map((d) => documentCard(d, params.from, docs.length > 1))) : null);
      focusHeading(main);
    }, (err) => {
      replace(main, back(params), h('h1', {}, `Văn bản số ${q}`), failure(err, 'Không tra được số văn bản', load));
      focusHeading(main);
    });
  }
  load();
  return {};
}

/** Mounts the document page (`#/document/ID`). */
export function mountDocument(main, id, params) {
  document.title = 'Văn bản — Tra cứu báo cáo CCHC';
  function load() {
    replace(main, h('h1', {}, 'Văn bản được trích dẫn'), loading('Đang mở văn bản…'));
    get(`/api/documents/${encodeURIComponent(id)}`, { sections_limit: SECTIONS }).then((d) => {
      document.title = `${docTitle(d)} — Tra cứu báo cáo CCHC`;
      replace(main, back(params), h('h1', {}, docTitle(d)), h('div', { class: 'docs' }, documentCard(d, params.from, false)));
      focusHeading(main);
    }, (err) => {
      replace(main, back(params), h('h1', {}, 'Văn bản được trích dẫn'), failure(err, 'Không mở được văn bản', load, 'kho dữ liệu không có văn bản mang mã này (liên kết có thể đã cũ).'));
      focusHeading(main);
    });
  }
  load();
  return {};
}

/** Documents per page of the compare table. */
const PAGE = 20;

/** Citing sections a document card shows at first, and loads at each "more". */
const SECTIONS = 50;

/** Filters of the compare table: citing unit, year, issuer (the counts come from the API). */
function filterForm(q, params, page) {
  const select = (name, label, options) => h('label', {}, label, ' ',
    h('select', { name },
      h('option', { value: '' }, 'Tất cả'),
      options.map(([v, n]) => h('option', { value: String(v), selected: String(params[name] || '') === String(v) ? '' : null }, `${v} (${n})`))));
  const form = h('form', { class: 'compare-filters', role: 'search', 'aria-label': 'Lọc các văn bản cùng số' },
    select('unit', 'Đơn vị trích dẫn', page.units),
    select('year', 'Năm', page.years),
    select('issuer', 'Cơ quan ban hành', page.issuers),
    h('button', { type: 'submit', class: 'button secondary' }, 'Lọc'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    location.hash = route('/cite', { q, from: params.from, unit: data.get('unit'), year: data.get('year'), issuer: data.get('issuer') });
  });
  return form;
}

/** Previous and next pages of the compare table. */
function pager(q, params, page) {
  const to = (offset) => route('/cite', { q, from: params.from, unit: params.unit, year: params.year, issuer: params.issuer, offset: offset || null });
  const last = Math.min(page.offset + page.limit, page.total);
  return h('nav', { class: 'pager', 'aria-label': 'Trang' },
    page.offset > 0 ? h('a', { href: to(Math.max(0, page.offset - page.limit)) }, '‹ Trang trước') : null,
    h('span', { class: 'muted' }, ` ${count(page.total ? page.offset + 1 : 0)}–${count(last)} / ${count(page.total)} `),
    last < page.total ? h('a', { href: to(page.offset + page.limit) }, 'Trang sau ›') : null);
}

/** The units whose reports cite `d`, the first few named. */
function citingUnits(d) {
  const units = citingUnitsOf(d);
  return units.length > 3 ? `${units.slice(0, 3).join(', ')} và ${units.length - 3} đơn vị khác` : (units.join(', ') || 'chưa rõ');
}

/** A table of documents sharing one number, each row a link to its own page. */
function summary(docs, from, page) {
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Danh sách các văn bản cùng số' },
    h('table', { class: 'draft-table doc-summary' },
      h('caption', {}, `${count(page.total)} văn bản cùng số${page.total < page.all ? ` (lọc từ ${count(page.all)})` : ''}`),
      h('thead', {}, h('tr', {}, ['Văn bản', 'Cơ quan ban hành', 'Ngày ban hành', 'Trích yếu', 'Đơn vị trích dẫn', 'Lượt trích dẫn'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, docs.map((d) => h('tr', { class: (d.cited_by || []).some((c) => c.report.id === from) ? 'from-here' : null },
        h('th', { scope: 'row' }, h('a', { href: route(`/document/${encodeURIComponent(d.id)}`, { from }) }, docTitle(d))),
        h('td', { 'data-label': 'Ban hành: ' }, d.issuer || 'chưa rõ'),
        h('td', { 'data-label': 'Ngày: ' }, d.date ? date(d.date) : (d.year ? `năm ${d.year}` : 'chưa rõ')),
        h('td', { 'data-label': 'Trích yếu: ' }, d.subject || 'chưa rõ'),
        h('td', { 'data-label': 'Đơn vị trích dẫn: ' }, citingUnits(d)),
        h('td', { 'data-label': 'Lượt trích dẫn: ' }, count(citingCount(d))))))));
}

function back(params) {
  if (params.from) return h('p', { class: 'crumbs' }, h('a', { href: route(`/report/${encodeURIComponent(params.from)}`) }, '‹ Về báo cáo vừa xem'));
  return h('p', { class: 'crumbs' }, h('a', { href: '#/' }, '‹ Trang tìm kiếm'));
}

function docTitle(d) {
  return [d.type, `số ${d.key}`].filter(Boolean).join(' ');
}

/** One document: its facts, a CSV export, and its citing reports by unit, then year. */
function documentCard(d, from, compact) {
  const citedBy = d.cited_by || [];
  const reports = new Set(citedBy.map((c) => c.report.id));
  // The sections are paged: `citing` counts them all, `cited_by` holds those loaded so far.
  const total = citingCount(d);
  const allReports = d.citing ? d.citing.reports : reports.size;
  const complete = citedBy.length >= total;
  const fromHere = from && reports.has(from);
  const facts = [
    ['Loại văn bản', d.type || 'Chưa rõ'],
    ['Số, ký hiệu', d.key],
    ['Cơ quan ban hành', d.issuer || 'Chưa rõ (báo cáo trích dẫn không ghi)'],
    ['Ngày ban hành', d.date ? date(d.date) : (d.year ? `năm ${d.year}` : 'Chưa rõ')],
    ['Trích yếu', d.subject || 'Chưa rõ'],
  ];
  const byUnit = new Map();
  for (const c of citedBy) {
    const unit = c.report.unit || 'Đơn vị chưa rõ';
    const year = c.report.year ? String(c.report.year) : 'Năm chưa rõ';
    if (!byUnit.has(unit)) byUnit.set(unit, new Map());
    const years = byUnit.get(unit);
    if (!years.has(year)) years.set(year, []);
    years.get(year).push(c);
  }
  const level = compact ? 'h3' : 'h2';
  const sub = compact ? 'h4' : 'h3';
  const superseded = d.superseded_by || [];
  const byRole = new Map();
  for (const c of citedBy) {
    if (!c.role) continue;
    if (!byRole.has(c.role)) byRole.set(c.role, []);
    byRole.get(c.role).push(c);
  }
  const card = h('article', { class: `doc-card${fromHere ? ' from-here' : ''}`, 'aria-label': docTitle(d) },
    compact ? h('h2', { class: 'doc-title' }, docTitle(d), h('span', { class: 'doc-origin' }, docOrigin(d))) : null,
    fromHere ? h('p', { class: 'badge here' }, 'Văn bản mà báo cáo bạn vừa xem trích dẫn') : null,
    superseded.length ? h('p', { class: 'notice superseded', role: 'note' },
      superseded.map((x, i) => [i ? '; ' : '', `Văn bản này đã bị ${x.role === 'repeals' ? 'bãi bỏ' : 'thay thế'} bởi `,
        h('a', { href: route(`/report/${encodeURIComponent(x.report.id)}`) }, reportName(x.report))]), '.') : null,
    h('dl', { class: 'facts' }, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    d.indexed ? indexedNotice(d.indexed) : null,
    byRole.size ? h('section', { class: 'doc-relations' },
      h(level, {}, 'Quan hệ với các văn bản khác'),
      [...byRole].map(([role, list]) => h('div', { class: 'relation-group' },
        h(sub, {}, `Văn bản ${ROLES[role] || role} văn bản này`),
        h('ul', { class: 'citing' }, list.map((c) => h('li', {},
          c.holder
            ? [h('a', { href: route('/cite', { q: c.holder }) }, c.holder), h('span', { class: 'muted' }, ' — theo '), h('a', { href: route(`/report/${encodeURIComponent(c.report.id)}`, { s: c.section.path }) }, reportName(c.report))]
            : h('a', { href: route(`/report/${encodeURIComponent(c.report.id)}`, { s: c.section.path }) }, reportName(c.report)))))))) : null,
    h('p', { class: 'doc-actions' },
      h('a', { class: 'button secondary export', href: url(`/api/documents/${encodeURIComponent(d.id)}/citing.csv`), download: 'van-ban-trich-dan.csv' }, 'Tải CSV các báo cáo trích dẫn'),
      ' ', h('a', { href: route(`/document/${encodeURIComponent(d.id)}`) }, 'Liên kết riêng tới văn bản này')),
    h(level, {}, `${count(total)} lượt trích dẫn trong ${count(allReports)} báo cáo`),
    total === 0 ? h('p', { class: 'notice empty' }, 'Chưa báo cáo nào trích dẫn văn bản này.') : null,
    compact || !complete ? null : perYear(citedBy),
    [...byUnit].map(([unit, years]) => h('section', { class: 'citing-unit' },
      h(sub, {}, unit),
      [...years].map(([year, list]) => h('div', { class: 'citing-year' },
        h('p', { class: 'year' }, year),
        h('ul', { class: 'citing' }, list.map((c) => h('li', { class: c.report.id === from ? 'from-here' : null },
          h('a', { href: route(`/report/${encodeURIComponent(c.report.id)}`, { s: c.section.path }) }, reportName(c.report)),
          h('span', { class: 'muted' }, [c.report.date ? ` — ${date(c.report.date)}` : '', c.report.period ? ` · ${c.report.period}` : ''].join('')),
          h('p', { class: 'hit-section' }, sectionLabel(c.section) || 'Phần đầu báo cáo',
            c.section.category ? h('span', { class: 'badge cat' }, category(c.section.category)) : null),
          (c.pinpoints || []).length ? h('p', { class: 'pinpoints' }, 'Trích dẫn ', c.pinpoints.map((p, i) => {
            const a = d.indexed && (d.indexed.articles || []).find((x) => x.pinpoint === p);
            return [i ? ', ' : '', a ? h('a', { href: route(`/report/${encodeURIComponent(d.indexed.report.id)}`, { s: a.path }) }, p) : p];
          })) : null,
          h('p', { class: 'snippet' }, snippet(c.snippet))))))))),
    complete ? null : moreSections(d, from, compact, () => card));
  return card;
}

/** The button that loads a document's next citing sections into its card. */
function moreSections(d, from, compact, card) {
  const loaded = (d.cited_by || []).length;
  const left = citingCount(d) - loaded;
  const status = h('span', { class: 'muted', role: 'status' });
  const button = h('button', { type: 'button', class: 'button secondary more-sections' },
    `Xem thêm ${count(Math.min(left, SECTIONS))} lượt trích dẫn (còn ${count(left)})`);
  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = ' Đang tải…';
    get(`/api/documents/${encodeURIComponent(d.id)}`, { sections_offset: loaded, sections_limit: SECTIONS }).then((next) => {
      d.cited_by = (d.cited_by || []).concat(next.cited_by || []);
      d.cited_by_page = next.cited_by_page;
      const fresh = documentCard(d, from, compact);
      card().replaceWith(fresh);
      const again = fresh.querySelector('.more-sections');
      (again || fresh.querySelectorAll('ul.citing li')[loaded] || fresh).focus();
    }, (err) => {
      button.disabled = false;
      status.textContent = ` Không tải được: ${err.message}`;
    });
  });
  return h('p', { class: 'more' }, button, status);
}

/** The document itself is in the index: a link to its text, and to the articles cited. */
function indexedNotice(indexed) {
  const id = encodeURIComponent(indexed.report.id);
  const articles = indexed.articles || [];
  return h('section', { class: 'notice indexed', 'aria-label': 'Văn bản có trong kho' },
    h('p', {}, 'Văn bản này có trong kho: ', h('a', { class: 'indexed-link', href: route(`/report/${id}`) }, `đọc toàn văn (${indexed.report.source})`),
      ' — trang văn bản liệt kê cả các văn bản nó trích dẫn.'),
    articles.length ? h('ul', { class: 'plain articles' }, articles.map((a) => h('li', {},
      h('a', { href: route(`/report/${id}`, { s: a.path }) }, a.pinpoint), h('span', { class: 'muted' }, ` — mục ${a.path}`)))) : null);
}

/** The citations of a document per year, as bars (years in order, gaps shown as 0). */
function perYear(citedBy) {
  const counts = new Map();
  for (const c of citedBy) {
    if (c.report.year) counts.set(c.report.year, (counts.get(c.report.year) || 0) + 1);
  }
  if (!counts.size) return null;
  const years = [...counts.keys()];
  const items = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) items.push({ label: String(y), value: counts.get(y) || 0 });
  return bars({ title: 'Lượt trích dẫn theo năm', items, noun: 'lượt trích dẫn', className: 'by-year' });
}

export { documentCard, docTitle };
