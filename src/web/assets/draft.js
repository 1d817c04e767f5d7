// Check a draft: paste text, see every citation in it with its status, the line where it
// stands (marked in the draft's text), what was written and how it differs from the index.
// The draft travels in the request body and stays in this tab's session storage, never in
// the URL or the browser history.

import { postText, postFile } from './api.js';
import { h, replace, count, route, navigate, loading, failure, docOrigin, citingCount } from './dom.js';
import { STATUSES } from './labels.js';

const MAX_BYTES = 1000000;
const STORE = 'tracuu-draft';
const TALLY = { found: 'đã tìm thấy', found_with_differences: 'tìm thấy nhưng ghi khác', ambiguous: 'trùng số (nhiều văn bản)', not_found: 'không tìm thấy', invalid: 'không hợp lệ' };
const FIELDS = { issuer: 'cơ quan ban hành', date: 'ngày ban hành', year: 'năm' };

function remember(text) {
  try { sessionStorage.setItem(STORE, text); } catch { /* storage full or disabled */ }
}

function recall() {
  try { return sessionStorage.getItem(STORE) || ''; } catch { return ''; }
}

/** The draft with each citation's first mention marked (spans are UTF-8 byte ranges). */
function marked(text, lookups) {
  const bytes = new TextEncoder().encode(text);
  const decode = (a, b) => new TextDecoder().decode(bytes.subarray(a, b));
  const spans = lookups
    .map((l, i) => ({ i, span: l.written && l.written.span, status: l.status }))
    .filter((m) => m.span)
    .sort((a, b) => a.span.start - b.span.start);
  const parts = [];
  let at = 0;
  for (const m of spans) {
    if (m.span.start < at) continue;
    parts.push(decode(at, m.span.start));
    parts.push(h('mark', { id: `cite-${m.i}`, class: `cite-mark ${m.status}`, tabindex: '-1' }, decode(m.span.start, m.span.end)));
    at = m.span.end;
  }
  parts.push(decode(at, bytes.length));
  return h('section', { class: 'draft-marked', 'aria-label': 'Dự thảo, các trích dẫn được đánh dấu' },
    h('h2', {}, 'Dự thảo'), h('pre', { class: 'draft-text' }, parts));
}

/** What the draft writes beside the number: `ngày 11/01/2024, của UBND xã Hoằng Lộc`. */
function writtenFacts(l) {
  const w = l.written || {};
  return [w.date ? `ngày ${w.date}` : '', w.issuer ? `của ${w.issuer}` : ''].filter(Boolean).join(', ');
}

/** Mounts the draft page (`#/draft?text=…`). */
export function mount(main) {
  document.title = 'Kiểm tra dự thảo — Tra cứu báo cáo CCHC';
  let controller = null;
  const area = h('textarea', { id: 'draft', name: 'draft', rows: '10', spellcheck: 'false', 'aria-describedby': 'draft-hint' });
  const size = h('span', { class: 'muted', id: 'draft-size' });
  const form = h('form', { class: 'draftbox' },
    h('label', { for: 'draft' }, 'Nội dung dự thảo'),
    h('p', { id: 'draft-hint', class: 'hint' }, 'Dán toàn bộ hoặc một đoạn dự thảo. Trang sẽ tìm mọi số văn bản được nhắc đến (kế hoạch, quyết định, công văn, nghị định…) và cho biết văn bản đó có trong các báo cáo đã nạp hay không.'),
    area,
    h('div', { class: 'row' }, h('button', { type: 'submit', class: 'button' }, 'Kiểm tra trích dẫn'), size),
    h('div', { class: 'row' }, h('label', { for: 'draft-file' }, 'Hoặc chọn tệp dự thảo (.docx, .pdf, .txt): '),
      h('input', { type: 'file', id: 'draft-file', name: 'draft-file', accept: '.docx,.pdf,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain' })));
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const out = h('div', { class: 'draft-results' });
  replace(main, h('h1', {}, 'Kiểm tra dự thảo'), form, status, out);

  const showSize = () => replace(size, `${count(area.value.length)} ký tự`);
  // A file is read by the server's extractors (the same as `tracuu index`), its text put in
  // the box, then checked like a pasted draft: it travels in the body, never in the URL.
  const picker = form.querySelector('#draft-file');
  picker.addEventListener('change', () => {
    const file = picker.files && picker.files[0];
    if (!file) return;
    if (controller) controller.abort();
    controller = new AbortController();
    const mine = controller;
    replace(status, `Đang đọc tệp ${file.name}…`);
    replace(out, loading('Đang đọc tệp dự thảo…'));
    postFile('/api/drafts/text', file, mine.signal).then((answer) => {
      if (mine !== controller) return;
      area.value = answer.text;
      showSize();
      remember(answer.text);
      if (location.hash !== '#/draft') navigate('#/draft', true);
      check(answer.text);
    }, (err) => {
      if (mine !== controller || err.name === 'AbortError') return;
      replace(status, `Không đọc được tệp ${file.name}.`);
      replace(out, failure(err, `Không đọc được tệp ${file.name}`));
    });
  });
  area.addEventListener('input', showSize);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = area.value;
    if (!text.trim()) {
      replace(status, 'Hãy dán nội dung dự thảo vào ô trên trước khi kiểm tra.');
      replace(out);
      area.focus();
      return;
    }
    remember(text);
    if (location.hash !== '#/draft') navigate('#/draft', true);
    check(text);
  });

  function check(text) {
    if (controller) controller.abort();
    if (new TextEncoder().encode(text).length > MAX_BYTES) {
      replace(status, 'Dự thảo dài quá 1 MB; hãy kiểm tra từng phần.');
      replace(out);
      return;
    }
    controller = new AbortController();
    const mine = controller;
    replace(status, 'Đang kiểm tra…');
    replace(out, loading('Đang tìm các trích dẫn trong dự thảo…'));
    postText('/api/citations/resolve', text, mine.signal).then((lookups) => {
      if (mine !== controller) return;
      show(lookups, text);
    }, (err) => {
      if (mine !== controller || err.name === 'AbortError') return;
      replace(status, 'Kiểm tra không thành công.');
      replace(out, failure(err, 'Không kiểm tra được dự thảo', () => check(text)));
    });
  }

  function show(lookups, text) {
    if (!lookups.length) {
      replace(status, 'Không thấy số văn bản nào trong dự thảo.');
      replace(out, h('p', { class: 'notice empty' }, 'Không có trích dẫn nào để kiểm tra. Số văn bản được nhận ra ở các dạng như “Kế hoạch số 05/KH-UBND”, “Nghị định 61/2018/NĐ-CP”, “Công văn số 118/UBND-NV”.'));
      return;
    }
    const tally = {};
    for (const l of lookups) tally[l.status] = (tally[l.status] || 0) + 1;
    replace(status, `Tìm thấy ${count(lookups.length)} trích dẫn: `,
      Object.keys(TALLY).filter((s) => tally[s]).map((s) => `${tally[s]} ${TALLY[s]}`).join(', '), '.');
    const rows = lookups.map((l, i) => {
      const docs = l.documents || [];
      const w = l.written || {};
      const facts = writtenFacts(l);
      return h('tr', { class: `status-row ${l.status}` },
        h('td', { 'data-label': 'Dòng: ' }, w.line ? h('a', { href: `#cite-${i}`, onclick: (e) => { e.preventDefault(); const m = document.getElementById(`cite-${i}`); if (m) { m.scrollIntoView({ block: 'center' }); m.focus(); } } }, `Dòng ${w.line}`) : '—'),
        h('th', { scope: 'row' }, l.query, facts ? h('span', { class: 'muted written' }, ` (${facts})`) : null),
        h('td', { 'data-label': 'Số chuẩn: ' }, l.key || '—'),
        h('td', {}, h('span', { class: `badge status-${l.status}` }, STATUSES[l.status] || l.status),
          (l.problems || []).length
            ? h('ul', { class: 'plain problems' }, l.problems.map((p) => h('li', {}, p)))
            : null),
        h('td', {}, docs.length
          ? h('ul', { class: 'plain' }, docs.map((d) => h('li', {},
            h('a', { href: route(`/document/${encodeURIComponent(d.id)}`) }, [d.type, d.key].filter(Boolean).join(' ')),
            h('span', { class: 'muted' }, ` — ${docOrigin(d)}; ${count(citingCount(d))} lượt trích dẫn`),
            (d.differences || []).length
              ? h('ul', { class: 'plain differences' }, d.differences.map((x) => h('li', {}, `${FIELDS[x.field] || x.field}: dự thảo ghi ${x.written}, kho có ${x.indexed}`)))
              : null)))
          : (l.status === 'not_found' ? 'Chưa báo cáo nào trích dẫn' : '—'),
          l.status === 'ambiguous' && l.key ? h('p', {}, h('a', { href: route('/cite', { q: l.key }) }, 'So sánh các văn bản cùng số')) : null));
    });
    replace(out, h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Bảng trích dẫn trong dự thảo' },
      h('table', { class: 'draft-table' },
        h('caption', {}, 'Các trích dẫn trong dự thảo'),
        h('thead', {}, h('tr', {}, ['Dòng', 'Trích dẫn trong dự thảo', 'Số chuẩn', 'Tình trạng', 'Văn bản'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, rows))),
      marked(text, lookups));
  }

  return {
    update(params) {
      // A link that still carries a draft (`#/draft?text=…`) is read once, then the URL is
      // cleaned so the draft stays out of the history.
      if (params.text) {
        remember(params.text);
        history.replaceState(null, '', '#/draft');
      }
      const text = params.text || recall();
      if (text && area.value !== text) area.value = text;
      showSize();
      if (text) check(text);
      else {
        replace(status);
        replace(out);
      }
    },
  };
}
