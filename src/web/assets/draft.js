// Check a draft: paste text, see every citation in it with its status and links.

import { postText } from './api.js';
import { h, replace, count, route, navigate, loading, failure, docOrigin } from './dom.js';
import { STATUSES } from './labels.js';

/** Drafts up to this many characters are kept in the URL, so a check can be shared as a link. */
const URL_CHARS = 8000;
const MAX_BYTES = 1000000;
const TALLY = { found: 'đã tìm thấy', ambiguous: 'trùng số (nhiều văn bản)', not_found: 'không tìm thấy', invalid: 'không hợp lệ' };

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
    h('div', { class: 'row' }, h('button', { type: 'submit', class: 'button' }, 'Kiểm tra trích dẫn'), size));
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const out = h('div', { class: 'draft-results' });
  replace(main, h('h1', {}, 'Kiểm tra dự thảo'), form, status, out);

  const showSize = () => replace(size, `${count(area.value.length)} ký tự`);
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
    const hash = text.length <= URL_CHARS ? route('/draft', { text }) : '#/draft';
    if (hash !== location.hash) navigate(hash, false);
    else check(text);
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
      show(lookups);
    }, (err) => {
      if (mine !== controller || err.name === 'AbortError') return;
      replace(status, 'Kiểm tra không thành công.');
      replace(out, failure(err, 'Không kiểm tra được dự thảo', () => check(text)));
    });
  }

  function show(lookups) {
    if (!lookups.length) {
      replace(status, 'Không thấy số văn bản nào trong dự thảo.');
      replace(out, h('p', { class: 'notice empty' }, 'Không có trích dẫn nào để kiểm tra. Số văn bản được nhận ra ở các dạng như “Kế hoạch số 05/KH-UBND”, “Nghị định 61/2018/NĐ-CP”, “Công văn số 118/UBND-NV”.'));
      return;
    }
    const tally = {};
    for (const l of lookups) tally[l.status] = (tally[l.status] || 0) + 1;
    replace(status, `Tìm thấy ${count(lookups.length)} trích dẫn: `,
      Object.keys(TALLY).filter((s) => tally[s]).map((s) => `${tally[s]} ${TALLY[s]}`).join(', '), '.');
    const rows = lookups.map((l) => {
      const docs = l.documents || [];
      return h('tr', { class: `status-row ${l.status}` },
        h('th', { scope: 'row' }, l.query),
        h('td', { 'data-label': 'Số chuẩn: ' }, l.key || '—'),
        h('td', {}, h('span', { class: `badge status-${l.status}` }, STATUSES[l.status] || l.status),
          (l.problems || []).length
            ? h('ul', { class: 'plain problems' }, l.problems.map((p) => h('li', {}, p)))
            : null),
        h('td', {}, docs.length
          ? h('ul', { class: 'plain' }, docs.map((d) => h('li', {},
            h('a', { href: route(`/document/${encodeURIComponent(d.id)}`) }, [d.type, d.key].filter(Boolean).join(' ')),
            h('span', { class: 'muted' }, ` — ${docOrigin(d)}; ${count((d.cited_by || []).length)} lượt trích dẫn`))))
          : (l.status === 'not_found' ? 'Chưa báo cáo nào trích dẫn' : '—'),
          l.status === 'ambiguous' && l.key ? h('p', {}, h('a', { href: route('/cite', { q: l.key }) }, 'So sánh các văn bản cùng số')) : null));
    });
    replace(out, h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Bảng trích dẫn trong dự thảo' },
      h('table', { class: 'draft-table' },
        h('caption', {}, 'Các trích dẫn trong dự thảo'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Trích dẫn trong dự thảo'), h('th', { scope: 'col' }, 'Số chuẩn'), h('th', { scope: 'col' }, 'Tình trạng'), h('th', { scope: 'col' }, 'Văn bản'))),
        h('tbody', {}, rows))));
  }

  return {
    update(params) {
      const text = params.text || '';
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
