// The search page's filters: several values per facet (kept in the route as `a|b`, as the
// API takes them), a search box in long lists, a year range, and a unit typed without
// diacritics shown by the unit it matched.

import { h, count } from './dom.js';
import { FACETS, facetLabel } from './labels.js';

/** Separator of several values of one filter, in routes and API parameters. */
export const SEP = '|';

/** The values chosen for facet `f` in `state`. */
export function chosen(state, f) {
  return String(state[f] || '').split(SEP).map((v) => v.trim()).filter(Boolean);
}

/** The filter value with `value` added, or removed when it is there. */
export function toggle(state, f, value) {
  const now = chosen(state, f);
  const next = now.includes(value) ? now.filter((v) => v !== value) : [...now, value];
  return next.join(SEP);
}

/** Folds a name for matching: lower case, no diacritics, đ → d, the PDF ƣ → u. */
export function fold(text) {
  return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd').replace(/[ƣƢ]/g, 'u').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * What a typed unit (`bach thong`) matched among the facet's units: the part of a unit's
 * name (`huyện Bạch Thông`) that holds it, or null.
 */
export function matchedUnit(typed, units) {
  const want = fold(typed);
  if (!want) return null;
  for (const u of units) {
    for (const part of String(u.value).split(',').map((p) => p.trim())) {
      if (fold(part) === want || fold(part).endsWith(` ${want}`)) return part;
    }
  }
  for (const u of units) {
    for (const part of String(u.value).split(',').map((p) => p.trim())) {
      if (fold(part).includes(want)) return part;
    }
  }
  return null;
}

/** The label of a chosen value: a unit typed loosely shows the unit it matched. */
export function chosenLabel(f, value, facets) {
  if (f === 'unit' && !(facets.unit || []).some((u) => u.value === value)) {
    const matched = matchedUnit(value, facets.unit || []);
    if (matched && matched !== value) return `${matched} (đã gõ “${value}”)`;
  }
  return facetLabel(f, value);
}

/**
 * One facet group: a checkbox per value (several may be on), a search box when the list is
 * long, and (for years) a from–to range. `go(changes)` navigates; `current()` is the page's
 * state when a box is clicked (a list drawn a moment ago must not undo a newer choice).
 */
export function facetGroup({ f, values, state, current, facets, noun, shownCount, expanded, onExpand, go }) {
  const on = chosen(state, f);
  const list = values.slice();
  // A chosen value the facets do not list (a unit typed without diacritics): shown by what
  // it matched, counted as the hits it filters.
  for (const v of on) {
    if (!list.some((x) => String(x.value) === v)) {
      const total = f === 'unit' ? (facets.unit || []).reduce((n, u) => n + u.count, 0) : 0;
      list.unshift({ value: v, count: total, typed: true });
    }
  }
  const long = list.length > shownCount + 2;
  let many = long && !expanded;
  // Every value is in the list; past the first few, hidden until "see all" or a search.
  const folded = (i, v) => many && i >= shownCount && !on.includes(String(v.value));
  const items = list.map((v, i) => {
    const value = String(v.value);
    const checked = on.includes(value);
    const label = v.typed ? chosenLabel(f, value, facets) : facetLabel(f, value);
    const box = h('input', { type: 'checkbox', class: 'facet-check', value });
    box.checked = checked;
    box.addEventListener('change', () => go({ [f]: toggle(current ? current() : state, f, value), page: '' }));
    return h('li', { 'data-name': fold(label), hidden: folded(i, v) },
      h('label', { class: `facet${checked ? ' on' : ''}` }, box,
        h('span', { class: 'facet-name' }, label),
        h('span', { class: 'visually-hidden' }, ', '),
        h('span', { class: 'facet-count' }, count(v.count)),
        h('span', { class: 'visually-hidden' }, ` ${noun}`)));
  });
  const ul = list.length ? h('ul', {}, items) : h('p', { class: 'facet-empty' }, 'Chưa có thông tin');
  const more = many
    ? h('button', { type: 'button', class: 'linkish', 'aria-expanded': 'false' },
      `Xem tất cả ${list.length} ${FACETS[f].toLowerCase()}`)
    : null;
  const showAll = () => {
    many = false;
    onExpand();
    for (const li of items) li.hidden = false;
    if (more) more.remove();
  };
  if (more) more.addEventListener('click', () => { showAll(); items[shownCount]?.querySelector('input')?.focus(); });
  let finder = null;
  let none = null;
  if (long) {
    finder = h('input', {
      type: 'search', class: 'facet-find', placeholder: `Tìm ${FACETS[f].toLowerCase()}…`,
      'aria-label': `Tìm trong danh sách ${FACETS[f].toLowerCase()}`,
    });
    none = h('p', { class: 'facet-empty', hidden: true, role: 'status' }, 'Không có giá trị nào khớp.');
    finder.addEventListener('input', () => {
      const want = fold(finder.value);
      let seen = 0;
      items.forEach((li, i) => {
        const hit = want ? li.dataset.name.includes(want) : !folded(i, list[i]);
        li.hidden = !hit;
        if (hit) seen += 1;
      });
      none.hidden = seen > 0;
    });
  }
  const range = f === 'year' ? yearRange(state, go) : null;
  return h('fieldset', { class: 'facet-group', 'data-facet': f },
    h('legend', {}, FACETS[f]), finder, none, ul, more, range);
}

function yearRange(state, go) {
  const from = h('input', { type: 'number', inputmode: 'numeric', min: '1945', max: '2100', id: 'year-from', name: 'year_from', value: state.year_from || '' });
  const to = h('input', { type: 'number', inputmode: 'numeric', min: '1945', max: '2100', id: 'year-to', name: 'year_to', value: state.year_to || '' });
  const form = h('form', { class: 'year-range', 'aria-label': 'Khoảng năm' },
    h('label', { for: 'year-from' }, 'Từ năm'), from,
    h('label', { for: 'year-to' }, 'đến'), to,
    h('button', { type: 'submit', class: 'button secondary' }, 'Lọc'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    let a = from.value.trim();
    let b = to.value.trim();
    if (a && b && Number(a) > Number(b)) [a, b] = [b, a];
    go({ year_from: a, year_to: b, page: '' });
  });
  return form;
}
