// The report page: metadata, the outline, and the full text with citations as links and the
// search words marked where the server found them (`marks`: the search's own matching, so
// tone placement and diacritics work as in search). Section, citation and mark spans are byte
// offsets into the UTF-8 text.

import { get } from './api.js';
import { h, replace, date, count, route, loading, failure, reportName, focusHeading, sectionLabel, citingCount, citingUnitsOf, INLINE_MARKUP } from './dom.js';

/** Splits a text at byte offsets: returns a function from a byte range to the string. */
function byteSlicer(text) {
  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder('utf-8');
  return {
    length: bytes.length,
    slice: (start, end) => decoder.decode(bytes.subarray(start, end)),
  };
}

/**
 * A piece of the text with its Word-conversion markup (`**`, `<i>`, `<b>`, `<u>`) drawn as
 * formatting instead of shown. `style` carries the open formatting from one piece to the next.
 */
function formatted(piece, style) {
  const frag = document.createDocumentFragment();
  let last = 0;
  const emit = (raw) => {
    const text = style.single ? single(raw, style) : raw;
    if (!text) return;
    let node = document.createTextNode(text);
    if (style.bold) node = h('b', {}, node);
    if (style.italic) node = h('i', {}, node);
    if (style.underline) node = h('u', {}, node);
    frag.appendChild(node);
  };
  for (const m of piece.matchAll(INLINE_MARKUP)) {
    emit(piece.slice(last, m.index));
    const tag = m[0];
    if (tag === '**') style.bold = !style.bold;
    else if (tag[1] === '/') style[{ i: 'italic', b: 'bold', u: 'underline' }[tag[2]]] = false;
    else style[{ i: 'italic', b: 'bold', u: 'underline' }[tag[1]]] = true;
    last = m.index + tag.length;
  }
  emit(piece.slice(last));
  return frag;
}

/**
 * Whether a text has the doubled line spacing of PDF extraction: most line breaks come in
 * pairs (an empty line after every line), so the author's paragraphs are the single breaks.
 */
function doubled(text) {
  const breaks = (text.match(/\n/g) || []).length;
  const blank = (text.match(/\n[ \t]*\n/g) || []).length;
  return breaks >= 6 && blank * 2 >= breaks * 0.8;
}

/**
 * A piece with each run of line breaks halved (two become one, four become two; a lone one
 * stays), counted across pieces in `style`.
 */
function single(text, style) {
  let out = '';
  for (const part of text.split(/(\n[ \t]*)/)) {
    if (part.startsWith('\n')) {
      style.breaks = (style.breaks || 0) + 1;
      if (style.breaks % 2 === 0) out += '\n';
    } else if (part) {
      if (style.breaks === 1) out += '\n';
      style.breaks = 0;
      out += part;
    }
  }
  return out;
}

function valid(span, length) {
  return span && Number.isInteger(span.start) && Number.isInteger(span.end) &&
    span.start >= 0 && span.start <= span.end && span.end <= length;
}

/** Mounts the report page. */
export function mount(main, id, params) {
  let view = null;
  let state = params;
  replace(main, loading('Đang mở báo cáo…'));
  document.title = 'Báo cáo — Tra cứu báo cáo CCHC';

  function load() {
    replace(main, loading('Đang mở báo cáo…'));
    const q = (state.q || '').trim();
    get(`/api/reports/${encodeURIComponent(id)}${q ? `?q=${encodeURIComponent(q)}` : ''}`).then((data) => {
      view = render(main, data, state);
      citedBy(main, id, Boolean(data.report && data.report.number));
      focusHeading(main);
      view.go(state);
    }, (err) => {
      replace(main, h('h1', {}, 'Báo cáo'), failure(err, 'Không mở được báo cáo', load, 'kho dữ liệu không có báo cáo mang mã này (liên kết có thể đã cũ, hoặc báo cáo đã được nạp lại).'),
        h('p', {}, h('a', { href: '#/' }, 'Về trang tìm kiếm')));
      focusHeading(main);
    });
  }
  load();

  return {
    id,
    update(params) {
      const words = (params.q || '') !== (state.q || '');
      state = params;
      // Other words to mark: the server marks them.
      if (words) load();
      else if (view) view.go(state);
    },
  };
}

/**
 * What cites this report, the reverse of its citations: the documents of the index that cite
 * it by its own number (with an issuer and date that agree), each linked to its page.
 */
function citedBy(main, id, numbered) {
  const box = main.querySelector('.cited-by');
  if (!box) return;
  const say = (...content) => replace(box, h('h2', { id: 'cited-by-title' }, 'Văn bản trích dẫn báo cáo này'), ...content);
  get(`/api/reports/${encodeURIComponent(id)}/cited-by`).then((answer) => {
    const docs = Array.isArray(answer.documents) ? answer.documents : [];
    if (!docs.length) {
      say(h('p', { class: 'hint' }, numbered
        ? 'Chưa có văn bản nào trong kho trích dẫn báo cáo này theo số của nó.'
        : 'Không nhận ra số của báo cáo này, nên chưa tìm được văn bản nào trích dẫn nó.'));
      return;
    }
    say(h('ul', {}, docs.map((d) => {
      const reports = d.citing ? d.citing.reports : 0;
      const units = citingUnitsOf(d);
      return h('li', {},
        h('a', { href: `#/document/${encodeURIComponent(d.id)}` }, `${count(reports)} văn bản trích dẫn (${count(citingCount(d))} lượt)`),
        units.length ? ` — ${units.slice(0, 5).join(', ')}${units.length > 5 ? ` và ${count(units.length - 5)} đơn vị khác` : ''}` : '');
    })));
  }, (err) => {
    say(failure(err, 'Không tìm được các văn bản trích dẫn báo cáo này'));
  });
}

/** The name of a section without a heading: the opening, the closing (signature), or between. */
function untitled(i, n) {
  if (i === 0) return 'Phần đầu';
  return i === n - 1 ? 'Phần cuối' : 'Phần không có tiêu đề';
}

function render(main, data, state) {
  const r = data.report || {};
  const m = data.metadata || {};
  const text = data.text || '';
  const bytes = byteSlicer(text);
  const sections = (Array.isArray(data.sections) ? data.sections : []).filter((s) => valid(s.span, bytes.length));
  const citations = (Array.isArray(data.citations) ? data.citations : [])
    .filter((c) => valid(c.span, bytes.length) && c.span.end > c.span.start)
    .sort((a, b) => a.span.start - b.span.start)
    .filter((c, i, all) => i === 0 || c.span.start >= all[i - 1].span.end);
  const documents = Array.isArray(data.documents) ? data.documents : [];
  const marks = (Array.isArray(data.marks) ? data.marks : [])
    .filter((m) => valid(m, bytes.length) && m.end > m.start)
    .sort((a, b) => a.start - b.start);
  document.title = `${reportName(r)} — Tra cứu báo cáo CCHC`;

  // Metadata.
  // A report has a reporting unit and a report number; another kind of document has an
  // issuing body and a document number.
  const report = !r.kind || r.kind === 'Báo cáo';
  const facts = [
    ['Loại văn bản', r.kind],
    [report ? 'Đơn vị báo cáo' : 'Cơ quan ban hành', r.unit],
    ['Cấp trên', r.parent],
    ['Tỉnh', r.province],
    [report ? 'Số báo cáo' : 'Số văn bản', r.number],
    ['Ngày', r.date ? date(r.date) : (r.year ? `năm ${r.year}` : '')],
    ['Kỳ báo cáo', r.period],
    ['Người ký', m.signer ? [m.signer.role, m.signer.name].filter(Boolean).join(' ') : ''],
    ['Tệp gốc', r.source],
  ].filter(([, v]) => v);
  const meta = h('dl', { class: 'facts' }, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))]));
  const original = r.id
    ? h('p', { class: 'original' }, h('a', { class: 'button secondary', href: `/api/reports/${encodeURIComponent(r.id)}/original`, download: '' }, 'Tải tệp gốc'),
      h('span', { class: 'hint' }, ' (tệp đã nạp, nếu còn ở chỗ cũ)'))
    : null;

  // Outline, nested by parent.
  const children = new Map();
  sections.forEach((s, i) => {
    const p = Number.isInteger(s.parent) && s.parent >= 0 && s.parent < sections.length ? s.parent : -1;
    if (!children.has(p)) children.set(p, []);
    children.get(p).push(i);
  });
  const outlineList = (parent, depth) => {
    const list = children.get(parent) || [];
    if (!list.length || depth > 8) return null;
    return h('ul', {}, list.map((i) => {
      const s = sections[i];
      const label = sectionLabel(s) || untitled(i, sections.length);
      return h('li', {},
        h('a', { href: route(`/report/${encodeURIComponent(r.id)}`, { q: state.q, s: s.path || `#${i}` }), 'data-section': String(i) }, label),
        outlineList(i, depth + 1));
    }));
  };
  const outline = sections.length
    ? h('nav', { class: 'outline', 'aria-labelledby': 'outline-title' },
      h('details', { open: window.matchMedia('(min-width: 760px)').matches },
        h('summary', { id: 'outline-title' }, `Mục lục (${sections.length} mục)`),
        outlineList(-1, 0)))
    : h('p', { class: 'hint' }, 'Chưa nhận ra các mục của báo cáo này.');

  // Cited documents.
  const citedList = documents.length
    ? h('section', { class: 'doc-list', 'aria-labelledby': 'docs-title' },
      h('h2', { id: 'docs-title' }, `Văn bản được trích dẫn (${documents.length})`),
      h('ul', {}, documents.map((d) => h('li', {},
        h('a', { href: route('/cite', { q: d.key, from: r.id }) }, [d.doc_type || d.type, d.key].filter(Boolean).join(' ')),
        d.issuer ? ` — ${d.issuer}` : '', d.date ? `, ${date(d.date)}` : ''))))
    : null;

  // The text.
  const body = h('div', { class: 'fulltext', lang: 'vi' });
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const where = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });

  function paint(q) {
    const cuts = new Set([0, bytes.length]);
    for (const m of marks) {
      cuts.add(m.start);
      cuts.add(m.end);
    }
    const heads = [];
    sections.forEach((s, i) => {
      const head = valid(s.heading, bytes.length) && s.heading.end > s.heading.start ? s.heading : null;
      const at = head ? head.start : s.span.start;
      cuts.add(at);
      if (head) {
        cuts.add(head.end);
        heads.push({ start: head.start, end: head.end, index: i });
      }
    });
    for (const c of citations) {
      cuts.add(c.span.start);
      cuts.add(c.span.end);
    }
    const anchors = new Map();
    sections.forEach((s, i) => {
      const head = valid(s.heading, bytes.length) && s.heading.end > s.heading.start ? s.heading : null;
      const at = head ? head.start : s.span.start;
      if (!anchors.has(at)) anchors.set(at, []);
      anchors.get(at).push(i);
    });
    const sorted = [...cuts].sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    const style = { bold: false, italic: false, underline: false, single: doubled(text), breaks: 0 };
    let ci = 0;
    let mi = 0;
    for (let k = 0; k + 1 < sorted.length; k++) {
      const start = sorted[k];
      const end = sorted[k + 1];
      for (const i of anchors.get(start) || []) {
        frag.appendChild(h('span', { class: 'anchor', id: `sec-${i}`, tabindex: '-1' }));
      }
      if (end <= start) continue;
      const piece = bytes.slice(start, end);
      let node = formatted(piece, style);
      while (mi < marks.length && marks[mi].end <= start) mi++;
      if (mi < marks.length && marks[mi].start <= start && marks[mi].end >= end) node = h('mark', {}, node);
      while (ci < citations.length && citations[ci].span.end <= start) ci++;
      const c = citations[ci];
      if (c && c.span.start <= start && c.span.end >= end) {
        const label = [c.doc_type || c.type, c.key].filter(Boolean).join(' ');
        node = h('a', { class: 'citation', href: route('/cite', { q: c.key, from: r.id }), title: `Xem văn bản ${label}` }, node);
      }
      if (heads.some((hd) => hd.start <= start && hd.end >= end)) node = h('strong', { class: 'heading' }, node);
      frag.appendChild(node);
    }
    // A lone line break at the very end (no text after it to carry it).
    if (style.single && style.breaks === 1) frag.appendChild(document.createTextNode('\n'));
    replace(body, frag);
    if (q) {
      replace(status, marks.length ? `Đã tô sáng ${count(marks.length)} chỗ có từ “${q}”.` : `Không thấy từ “${q}” nguyên dạng trong báo cáo.`);
    } else {
      replace(status);
    }
  }
  paint((state.q || '').trim());

  replace(main,
    h('p', { class: 'crumbs' }, state.q ? h('a', { href: route('/search', { q: state.q }) }, `‹ Về kết quả tìm “${state.q}”`) : h('a', { href: '#/' }, '‹ Trang tìm kiếm')),
    h('h1', {}, reportName(r)),
    r.title ? h('p', { class: 'subtitle' }, r.title) : null,
    h('div', { class: 'report-layout' },
      h('div', { class: 'report-side' }, meta, original, outline, citedList,
        h('section', { class: 'doc-list cited-by', 'aria-labelledby': 'cited-by-title' },
          h('h2', { id: 'cited-by-title' }, 'Văn bản trích dẫn báo cáo này'),
          h('p', { class: 'hint', role: 'status' }, 'Đang tìm các văn bản trích dẫn…'))),
      h('article', { class: 'report-text', 'aria-labelledby': 'text-title' },
        h('h2', { id: 'text-title' }, 'Toàn văn'),
        status,
        where,
        citations.length ? h('p', { class: 'hint' }, `${count(citations.length)} lượt trích dẫn văn bản được gạch chân; bấm vào để xem văn bản và các báo cáo khác cùng trích dẫn.`) : null,
        body)));

  return {
    go(next) {
      let target = null;
      if (next.s) {
        let i = sections.findIndex((s) => s.path === next.s);
        if (i < 0 && next.s.startsWith('#')) i = parseInt(next.s.slice(1), 10);
        if (i >= 0) target = main.querySelector(`#sec-${i}`);
      }
      if (!target && next.q) target = body.querySelector('mark');
      for (const a of main.querySelectorAll('.outline a')) {
        if (a.getAttribute('href') === location.hash) a.setAttribute('aria-current', 'location');
        else a.removeAttribute('aria-current');
      }
      if (target) {
        target.scrollIntoView({ block: 'start' });
        if (next.s) {
          target.focus({ preventScroll: true });
          const i = Number(target.id.slice(4));
          replace(where, `Đang ở mục: ${sectionLabel(sections[i]) || untitled(i, sections.length)}.`);
        }
      }
    },
  };
}
