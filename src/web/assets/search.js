// The search page: one box, hits as they arrive, facets, pagination, grouping, CSV export, and
// the documents a typed document number names.

import { get, url } from './api.js';
import { h, replace, snippet, count, navigate, route, loading, failure, reportName, reportFacts, sectionLabel, docOrigin, citingCount } from './dom.js';
import { FACETS, category } from './labels.js';
import { facetGroup, chosen, chosenLabel, toggle } from './filters.js';
import { bars } from './bars.js';

const PAGE = 10;
const FACET_SHOWN = 8;
const CITED_SHOWN = 5;
const MAX_OFFSET = 10000;
const FILTERS = ['unit', 'year', 'section', 'period'];
const EXAMPLES = ['kế hoạch 05', 'hoa giai', 'một cửa', '61/2018/ND-CP', 'chuyển đổi số'];

/** The search request a page state asks for. */
function request(state) {
  const page = Math.max(1, parseInt(state.page || '1', 10) || 1);
  return {
    q: state.q,
    unit: state.unit,
    year: state.year,
    section: state.section,
    period: state.period,
    year_from: state.year_from,
    year_to: state.year_to,
    group: state.group === 'report' ? 'report' : '',
    sort: state.sort === 'date' ? 'date' : '',
    limit: PAGE,
    offset: (page - 1) * PAGE,
  };
}

/** The hash of a page state (page 1 and section grouping are left out). */
function link(state, changes) {
  const next = { ...state, ...changes };
  return route('/search', {
    q: next.q,
    unit: next.unit,
    year: next.year,
    section: next.section,
    period: next.period,
    year_from: next.year_from,
    year_to: next.year_to,
    group: next.group === 'report' ? 'report' : '',
    sort: next.sort === 'date' ? 'date' : '',
    page: next.page && next.page !== '1' && next.page !== 1 ? next.page : '',
  });
}

/** Mounts the search page in `main`. */
export function mount(main, _id, params) {
  let state = {};
  let timer = 0;
  let controller = null;
  let citeController = null;

  const input = h('input', {
    id: 'q', type: 'search', name: 'q', autocomplete: 'off', spellcheck: 'false',
    'aria-describedby': 'q-hint', maxlength: '500',
    placeholder: 'Ví dụ: kế hoạch 05, hoa giai, 61/2018/NĐ-CP',
  });
  const form = h('form', { class: 'searchbox', role: 'search', 'aria-label': 'Tìm trong báo cáo' },
    h('label', { for: 'q' }, 'Tìm trong các báo cáo'),
    h('div', { class: 'searchrow' }, input, h('button', { type: 'submit', class: 'button' }, 'Tìm')),
    h('p', { id: 'q-hint', class: 'hint' },
      'Gõ có dấu để tìm đúng dấu (“bán” khác “bàn”), gõ không dấu để tìm mọi cách viết. ',
      'Có thể gõ số văn bản (05/KH-UBND), tên đơn vị hoặc kỳ báo cáo (quý 3 2024).'));
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'result-status' });
  const toolbar = h('div', { class: 'toolbar' });
  const chips = h('div', { class: 'chips' });
  const charts = h('div', { class: 'charts' });
  const cited = h('div', { class: 'cited', 'aria-live': 'polite' });
  const notice = h('div', { class: 'loose-notice' });
  const hits = h('ol', { class: 'hits', 'aria-labelledby': 'result-status' });
  const pager = h('nav', { class: 'pager', 'aria-label': 'Phân trang kết quả' });
  const facets = h('div', { class: 'facet-groups' });
  const facetBox = h('aside', { class: 'facets', 'aria-labelledby': 'facets-title' },
    h('details', { open: window.matchMedia('(min-width: 760px)').matches },
      h('summary', { id: 'facets-title' }, 'Lọc kết quả', h('span', { class: 'facet-active' })), facets));
  const results = h('section', { class: 'results', 'aria-label': 'Kết quả tìm kiếm' },
    status, chips, toolbar, charts, cited, notice, hits, pager);
  const body = h('div', { class: 'layout' }, facetBox, results);
  const intro = h('div', { class: 'intro' });
  const heading = h('h1', {}, 'Tìm kiếm báo cáo cải cách hành chính');
  replace(main, heading, form, intro, body);

  let typedAt = 0;
  const expanded = new Set();
  input.addEventListener('input', () => {
    typedAt = Date.now();
    clearTimeout(timer);
    timer = setTimeout(() => {
      const q = input.value.trim();
      if (q === (state.q || '')) return;
      // The first words typed start a new history entry; further typing refines it.
      navigate(link(state, { q, page: '' }), Boolean(state.q) && Boolean(q));
    }, 300);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const q = input.value.trim();
    if (q !== (state.q || '')) navigate(link(state, { q, page: '' }), false);
    else run();
  });

  function showIntro() {
    body.hidden = true;
    intro.hidden = false;
    const stats = h('p', { class: 'stats' }, 'Đang đếm số báo cáo…');
    replace(intro,
      h('p', {}, 'Tra cứu nội dung các báo cáo công tác cải cách hành chính của xã, phường, huyện và các văn bản (kế hoạch, quyết định, nghị định…) mà báo cáo trích dẫn.'),
      h('p', {}, 'Thử: ', EXAMPLES.map((q, i) => [i ? ', ' : '', h('a', { href: link({}, { q }) }, q)])),
      stats);
    get('/api/health').then((health) => {
      replace(stats, `Kho dữ liệu có ${count(health.reports)} báo cáo, ${count(health.sections)} mục và ${count(health.citations)} lượt trích dẫn văn bản.`);
    }, (err) => replace(stats, failure(err, 'Không đọc được tình trạng kho dữ liệu')));
  }

  function run() {
    if (controller) controller.abort();
    const browsing = !state.q && FILTERS.some((f) => state[f]);
    if (!state.q && !browsing) {
      document.title = 'Tìm kiếm — Tra cứu báo cáo CCHC';
      showIntro();
      return;
    }
    document.title = browsing
      ? 'Duyệt báo cáo — Tra cứu báo cáo CCHC'
      : `“${state.q}” — Tìm kiếm — Tra cứu báo cáo CCHC`;
    intro.hidden = true;
    body.hidden = false;
    controller = new AbortController();
    const mine = controller;
    results.setAttribute('aria-busy', 'true');
    results.classList.add('busy');
    replace(status, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Đang tìm…');
    get('/api/search', request(state), mine.signal).then((data) => {
      if (mine !== controller) return;
      show(data);
    }, (err) => {
      if (mine !== controller || err.name === 'AbortError') return;
      replace(status, 'Không tìm được.');
      replace(hits);
      replace(pager);
      replace(toolbar);
      replace(notice, failure(err, 'Không tìm được', run));
    }).finally(() => {
      if (mine !== controller) return;
      results.removeAttribute('aria-busy');
      results.classList.remove('busy');
    });
  }

  function show(data) {
    const page = Math.max(1, parseInt(state.page || '1', 10) || 1);
    const grouped = state.group === 'report';
    const unit = grouped || !state.q ? 'báo cáo' : 'mục';
    const from = (page - 1) * PAGE + 1;
    const to = from + data.hits.length - 1;
    const seeing = data.hits.length ? `, đang xem ${count(from)}–${count(to)}` : '';
    if (data.total === 0) {
      replace(status, state.q ? `Không tìm thấy kết quả nào cho “${state.q}”.` : 'Không có báo cáo nào với bộ lọc đang chọn.');
    } else if (!state.q) {
      replace(status, `${count(data.total)} báo cáo theo bộ lọc, mới nhất trước`, seeing, '.');
    } else {
      const t = data.tiers || {};
      // A tail tier is counted up to a limit: past it, the count says "more than".
      const more = (n, over) => `${over ? 'hơn ' : ''}${count(n)}`;
      const tail = [t.partial ? `${more(t.partial, t.partial_more)} có một phần số từ` : '', t.loose ? `${more(t.loose, t.loose_more)} chỉ khớp khi bỏ dấu` : '',
        t.loose_more && !t.loose ? 'có thể thêm kết quả khi bỏ dấu' : '']
        .filter(Boolean).join(', ');
      replace(status, `Tìm thấy ${count(data.matches)} ${unit} có đủ các từ`,
        tail ? ` (và ${tail})` : '', seeing, '.');
    }
    // A facet with values chosen is counted by its own request (otherValues): until that
    // answers, it keeps the list it showed, so the boxes do not move under the pointer.
    const previous = lastFacets;
    lastFacets = { ...(data.facets || {}) };
    const pending = openFacets();
    for (const f of pending) if (previous[f]) lastFacets[f] = previous[f];
    showChips();
    showToolbar(data);
    showCharts(lastFacets);
    showNotice(data);
    showHits(data);
    showPager(data, page);
    showFacets(lastFacets);
    showCited(data.citations || []);
    otherValues(pending);
  }

  /** The facets with values chosen. */
  function openFacets() {
    return FILTERS.filter((f) => chosen(state, f).length || (f === 'year' && (state.year_from || state.year_to)));
  }

  /**
   * A facet with values chosen lists the values it would add: its counts come from the same
   * search without that facet's own filter (one small request per facet in use).
   */
  function otherValues(open) {
    const mine = controller;
    if (!open.length) {
      facets.removeAttribute('aria-busy');
      return;
    }
    facets.setAttribute('aria-busy', 'true');
    Promise.all(open.map((f) => {
      const without = { ...request(state), [f]: '', limit: 1, offset: 0 };
      if (f === 'year') Object.assign(without, { year_from: '', year_to: '' });
      // Browsing with this facet's filter alone: without it there is nothing to ask.
      const asks = (without.q || '').trim() || FILTERS.some((g) => without[g]) || without.year_from || without.year_to;
      if (!asks) return Promise.resolve([f, null]);
      return get('/api/search', without, mine && mine.signal).then((d) => [f, (d.facets || {})[f] || []]);
    })).then((pairs) => {
      if (mine !== controller) return;
      for (const [f, values] of pairs) if (values) lastFacets[f] = values;
      facets.removeAttribute('aria-busy');
      showFacets(lastFacets);
      showCharts(lastFacets);
    }, () => {
      if (mine === controller) facets.removeAttribute('aria-busy');
    });
  }

  let lastFacets = {};

  function showChips() {
    const active = [];
    for (const f of FILTERS) {
      for (const v of chosen(state, f)) {
        const label = chosenLabel(f, v, lastFacets);
        active.push(h('a', { class: 'chip', href: link(state, { [f]: toggle(state, f, v), page: '' }), 'aria-label': `Bỏ lọc ${FACETS[f]}: ${label}` },
          `${FACETS[f]}: ${label}`, h('span', { 'aria-hidden': 'true', class: 'x' }, ' ×')));
      }
    }
    if (state.year_from || state.year_to) {
      const label = `${state.year_from || '…'}–${state.year_to || '…'}`;
      active.push(h('a', { class: 'chip', href: link(state, { year_from: '', year_to: '', page: '' }), 'aria-label': `Bỏ lọc khoảng năm ${label}` },
        `Năm: ${label}`, h('span', { 'aria-hidden': 'true', class: 'x' }, ' ×')));
    }
    replace(facetBox.querySelector('.facet-active'), active.length ? ` (đang lọc ${active.length})` : '');
    if (!active.length) {
      replace(chips);
      return;
    }
    replace(chips, h('span', { class: 'chips-label' }, 'Đang lọc:'), active,
      active.length > 1 ? h('a', { class: 'chip clear', href: link(state, { unit: '', year: '', section: '', period: '', year_from: '', year_to: '', page: '' }) }, 'Bỏ mọi bộ lọc') : null);
  }

  /** Hits per year and per unit as bars; a bar adds its value to the filter. */
  function showCharts(data) {
    const noun = state.group === 'report' ? 'báo cáo' : 'mục';
    const years = (data.year || []).slice().sort((a, b) => String(a.value).localeCompare(String(b.value)));
    const units = (data.unit || []).slice(0, 8);
    // A unit by its own name, or with its parent when two share the name.
    const short = (v) => String(v.value).split(',')[0];
    const twice = new Set(units.map(short).filter((n, i, all) => all.indexOf(n) !== i));
    const item = (f) => (v) => ({
      label: f === 'unit' && !twice.has(short(v)) ? short(v) : String(v.value),
      value: v.count,
      on: chosen(state, f).includes(String(v.value)),
      href: link(state, { [f]: toggle(state, f, String(v.value)), page: '' }),
    });
    const figures = [];
    if (years.length > 1) figures.push(bars({ title: `Số ${noun} theo năm (bấm để lọc)`, items: years.map(item('year')), noun, className: 'by-year' }));
    if (units.length > 1) {
      const more = (data.unit || []).length - units.length;
      figures.push(bars({ title: `Số ${noun} theo đơn vị${more > 0 ? ` (${units.length} đơn vị nhiều nhất)` : ''} (bấm để lọc)`, items: units.map(item('unit')), noun, className: 'by-unit' }));
    }
    replace(charts, figures.length ? h('details', { class: 'charts-box', open: true }, h('summary', {}, 'Biểu đồ'), h('div', { class: 'charts-row' }, figures)) : null);
  }

  function showToolbar(data) {
    const grouped = state.group === 'report';
    const option = (value, label) => h('a', {
      class: 'seg', href: link(state, { group: value, page: '' }),
      'aria-current': (value === 'report') === grouped ? 'true' : null,
    }, label);
    const byDate = state.sort === 'date';
    const order = (value, label) => h('a', {
      class: 'seg', href: link(state, { sort: value, page: '' }),
      'aria-current': (value === 'date') === byDate ? 'true' : null,
    }, label);
    replace(toolbar,
      state.q
        ? h('div', { class: 'segmented', role: 'group', 'aria-label': 'Cách hiển thị kết quả' },
          option('', 'Từng mục'), option('report', 'Mỗi báo cáo một kết quả'))
        : null,
      state.q
        ? h('div', { class: 'segmented', role: 'group', 'aria-label': 'Thứ tự kết quả' },
          order('', 'Phù hợp nhất'), order('date', 'Mới nhất'))
        : null,
      data.total > 0
        ? h('a', { class: 'button secondary export', href: url('/api/search.csv', { ...request(state), limit: '', offset: '' }), download: 'tim-kiem.csv' },
          'Tải CSV')
        : null,
      data.total > 0
        ? h('a', { class: 'button secondary export', href: url('/api/search.xlsx', { ...request(state), limit: '', offset: '' }), download: 'tim-kiem.xlsx' },
          'Tải Excel (.xlsx)')
        : null);
  }

  function showNotice(data) {
    const t = data.tiers || {};
    if (state.q && data.matches === 0 && data.total > 0) {
      replace(notice, h('p', { class: 'notice info' },
        t.partial
          ? `Không có mục nào chứa đủ các từ của "${state.q}" — hiển thị các mục có nhiều từ nhất`
          : `Không có kết quả khớp đúng dấu cho "${state.q}" — hiển thị kết quả không dấu`));
    } else if (data.total === 0) {
      replace(notice, h('div', { class: 'notice empty' },
        h('p', {}, 'Không có báo cáo nào chứa những từ này', FILTERS.some((f) => state[f]) || state.year_from || state.year_to ? ' với bộ lọc đang chọn.' : '.'),
        h('p', {}, 'Thử gõ không dấu, bớt từ, hoặc bỏ bộ lọc.')));
    } else {
      replace(notice);
    }
  }

  function showHits(data) {
    const page = Math.max(1, parseInt(state.page || '1', 10) || 1);
    const items = [];
    // Where the matches end: a divider before the first hit of each tier of the tail, unless
    // the page starts with it and the notice already says so.
    const TAIL = {
      partial: 'Các mục chỉ có một phần số từ đã gõ',
      loose: 'Kết quả khớp khi bỏ dấu',
    };
    let previous = page === 1 && data.matches === 0 ? (data.hits[0] || {}).match : null;
    data.hits.forEach((hit, i) => {
      if (TAIL[hit.match] && hit.match !== previous) {
        items.push(h('li', { class: `divider ${hit.match}`, role: 'presentation' }, TAIL[hit.match]));
      }
      previous = hit.match;
      const r = hit.report;
      const s = hit.section;
      const href = route(`/report/${encodeURIComponent(r.id)}`, { q: state.q, s: s.path });
      items.push(h('li', { class: `hit ${hit.match}` },
        h('h2', { class: 'hit-title' },
          h('a', { href }, reportName(r))),
        h('p', { class: 'hit-meta' },
          reportFacts(r).join(' · ') || 'Chưa rõ ngày và kỳ báo cáo',
          hit.match === 'loose' ? h('span', { class: 'badge loose', title: 'Khớp khi bỏ dấu, không đúng dấu đã gõ' }, 'không dấu') : null,
          hit.match === 'partial' && (hit.missing || []).length
            ? h('span', { class: 'badge partial', title: 'Mục này không có các từ này' }, `thiếu: ${hit.missing.join(', ')}`)
            : null),
        h('p', { class: 'hit-section' },
          sectionLabel(s) || 'Phần đầu báo cáo',
          s.category ? h('span', { class: 'badge cat' }, category(s.category)) : null),
        h('p', { class: 'snippet' }, snippet(hit.snippet))));
      void i;
    });
    replace(hits, items);
    hits.setAttribute('start', String((page - 1) * PAGE + 1));
  }

  function showPager(data, page) {
    const pages = Math.min(Math.ceil(data.total / PAGE), Math.floor(MAX_OFFSET / PAGE) + 1);
    if (pages <= 1) {
      replace(pager);
      return;
    }
    const go = (p, label, attrs) => h('a', { href: link(state, { page: String(p) }), class: 'page', ...attrs }, label);
    const numbers = [];
    const shown = new Set([1, pages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pages));
    let prev = 0;
    for (const p of [...shown].sort((a, b) => a - b)) {
      if (p - prev > 1) numbers.push(h('span', { class: 'gap', 'aria-hidden': 'true' }, '…'));
      numbers.push(p === page
        ? h('span', { class: 'page current', 'aria-current': 'page' }, String(p))
        : go(p, String(p), { 'aria-label': `Trang ${p}` }));
      prev = p;
    }
    replace(pager,
      page > 1 ? go(page - 1, '‹ Trước', { rel: 'prev' }) : null,
      numbers,
      page < pages ? go(page + 1, 'Sau ›', { rel: 'next' }) : null);
  }

  function showFacets(data) {
    const noun = state.group === 'report' ? 'báo cáo' : 'mục';
    const groups = FILTERS.map((f) => facetGroup({
      f,
      values: data[f] || [],
      state,
      current: () => state,
      facets: data,
      noun,
      shownCount: FACET_SHOWN,
      expanded: expanded.has(f),
      onExpand: () => expanded.add(f),
      go: (changes) => navigate(link(state, changes), false),
    }));
    replace(facets, h('p', { class: 'hint' }, `Số bên cạnh là số ${noun}. Chọn nhiều giá trị để xem kết quả có một trong các giá trị đó.`), groups);
  }

  function showCited(keys) {
    if (citeController) citeController.abort();
    // A citation typed short (kế hoạch 05, NĐ 61, Nghị định 61/2018) is no full number: the
    // query itself is looked up, and shown only when it names a document.
    // A law typed by its name (Luật Đất đai, luat dat dai) is looked up the same way.
    const law = /^(luật|luat|bộ luật|bo luat|pháp lệnh|phap lenh|hiến pháp|hien phap)(\s|$)/i.test((state.q || '').trim().normalize('NFC'));
    const short = !keys.length && state.q && (/\d/.test(state.q) || law) && state.q.split(/\s+/).length <= (law ? 12 : 6);
    if (!keys.length && !short) {
      replace(cited);
      return;
    }
    citeController = new AbortController();
    const mine = citeController;
    if (!short) replace(cited, loading('Đang tìm văn bản mang số đã gõ…'));
    const asked = short ? [state.q] : keys;
    Promise.all(asked.map((key) => get('/api/citations', { q: key }, mine.signal))).then((lookups) => {
      if (mine !== citeController) return;
      const named = short ? lookups.filter((l) => (l.status === 'found' || l.status === 'ambiguous') && (l.documents || []).length) : lookups;
      replace(cited, named.map(citedBox));
    }, (err) => {
      if (mine !== citeController || err.name === 'AbortError') return;
      if (short) replace(cited);
      else replace(cited, failure(err, 'Không tra được số văn bản'));
    });
  }

  return {
    update(params) {
      state = params;
      // Back, forward or a link changed the query: show it, unless the person is typing now
      // (their newer words are on their way through the debounce).
      const typing = document.activeElement === input && Date.now() - typedAt < 1500;
      if (!typing && input.value.trim() !== (state.q || '')) {
        clearTimeout(timer);
        input.value = state.q || '';
      }
      run();
    },
  };
}

/** The box above the hits that shows what a typed document number names. */
function citedBox(lookup) {
  const docs = lookup.documents || [];
  // A short form (kế hoạch 05) has no key of its own: the one document it names gives it.
  const key = lookup.key || (docs.length === 1 && docs[0].key) || lookup.query;
  return h('section', { class: 'cited-box', 'aria-label': `Văn bản số ${key}` },
    h('h2', {}, `Văn bản số ${key}`),
    docs.length === 0
      ? h('p', {}, 'Chưa có báo cáo nào trích dẫn văn bản mang số này.')
      : h('ul', {}, docs.slice(0, CITED_SHOWN).map((d) => h('li', {},
        h('a', { href: route(`/document/${encodeURIComponent(d.id)}`) }, [d.type, `số ${d.key}`].filter(Boolean).join(' ')),
        ' — ', docOrigin(d),
        d.subject ? h('span', { class: 'subject' }, ` — ${d.subject}`) : null,
        h('span', { class: 'muted' }, ` (${count(citingCount(d))} lượt trích dẫn)`)))),
    lookup.status === 'ambiguous'
      ? h('p', { class: 'hint' }, `${count(docs.length)} văn bản khác nhau cùng mang số này. `,
        h('a', { href: route('/cite', { q: key }) }, docs.length > CITED_SHOWN ? `Xem và so sánh cả ${count(docs.length)} văn bản` : 'So sánh các văn bản'))
      : null);
}
