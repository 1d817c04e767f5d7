// Số liệu: find an indicator of the national form by typing (with or without diacritics; the
// server folds), pick the parent unit and period, see the units × periods table with flags
// beside the values, a bar chart by unit and a line over periods, and export to Excel.
// Units are picked one by one (a box per unit; the parent's row is compiled from those
// chosen). State lives in the hash:
// `#/figures?indicator=code&unit=…&units=xã A|xã B&year=…&period=…` (`units` empty: all).

import { get, url } from './api.js';
import { h, replace, route, navigate, loading, failure } from './dom.js';

const FLAGS = {
  part_exceeds_whole: 'Phần lớn hơn tổng',
  percent_disagrees: 'Tỷ lệ lệch với số liệu',
  impossible_change: 'Thay đổi bất thường so với kỳ trước',
  no_report: 'Không có báo cáo',
  not_recomputable: 'Không tính lại được',
};
const PERIODS = [['', 'Mọi kỳ'], ['q1', 'Quý I'], ['q2', 'Quý II'], ['6t', '6 tháng'], ['q3', 'Quý III'], ['9t', '9 tháng'], ['q4', 'Quý IV'], ['nam', 'Năm']];
const SVG = 'http://www.w3.org/2000/svg';

function s(tag, attrs, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

function number(v) {
  if (v === null || v === undefined) return '–';
  return Number.isInteger(v) ? v.toLocaleString('vi-VN') : v.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
}

function cellText(c) {
  if (c.codes) return Object.entries(c.codes).map(([k, n]) => `${k}: ${n} đơn vị`).join('; ') || '–';
  return number(c.value);
}

/** Bars of the last period's values, one per unit. */
function bars(data) {
  const last = data.periods.length - 1;
  const items = data.rows.map((r) => [r.unit, r.cells[last] && r.cells[last].value]).filter(([, v]) => typeof v === 'number');
  const width = 640;
  const rowH = 22;
  const height = items.length * rowH + 30;
  const max = Math.max(1, ...items.map(([, v]) => v));
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart bars', role: 'img', 'aria-label': `Biểu đồ cột theo đơn vị, ${data.periods[last] ? data.periods[last].label : ''}` });
  svg.append(s('title', {}, `${data.name} theo đơn vị, ${data.periods[last] ? data.periods[last].label : ''}`));
  items.forEach(([unit, v], i) => {
    const y = i * rowH + 10;
    const w = Math.max(1, (v / max) * (width - 260));
    svg.append(s('text', { x: 0, y: y + 14, class: 'label' }, unit));
    svg.append(s('rect', { x: 180, y, width: w, height: rowH - 6, class: 'bar' }));
    svg.append(s('text', { x: 186 + w, y: y + 14, class: 'value' }, number(v)));
  });
  return svg;
}

/** A line of the parent row over the periods. */
function line(data) {
  const pts = data.total.cells.map((c, i) => [i, c.value]).filter(([, v]) => typeof v === 'number');
  const width = 640;
  const height = 200;
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart line', role: 'img', 'aria-label': `Đường theo kỳ: ${data.total.unit}` });
  svg.append(s('title', {}, `${data.name}: ${data.total.unit} theo kỳ`));
  if (pts.length === 0) return svg;
  const max = Math.max(1, ...pts.map(([, v]) => v));
  const n = Math.max(1, data.periods.length - 1);
  const x = (i) => 40 + (i / n) * (width - 80);
  const y = (v) => height - 40 - (v / max) * (height - 70);
  svg.append(s('polyline', { points: pts.map(([i, v]) => `${x(i)},${y(v)}`).join(' '), class: 'trend' }));
  for (const [i, v] of pts) {
    svg.append(s('circle', { cx: x(i), cy: y(v), r: 4, class: 'dot' }));
    svg.append(s('text', { x: x(i), y: y(v) - 8, class: 'value', 'text-anchor': 'middle' }, number(v)));
    svg.append(s('text', { x: x(i), y: height - 12, class: 'label', 'text-anchor': 'middle' }, data.periods[i].label));
  }
  return svg;
}

function flags(c) {
  // A missing report is shown by the empty cell itself (title and class), not by a loud flag.
  return (c.flags || []).filter((f) => f !== 'no_report').map((f) => h('span', { class: `flag flag-${f}`, title: FLAGS[f] || f }, ` ⚑ ${FLAGS[f] || f}`));
}

function table(data) {
  const head = h('tr', {}, h('th', { scope: 'col' }, 'Đơn vị'), ...data.periods.map((p) => h('th', { scope: 'col' }, p.label)));
  const row = (r, total) => h('tr', { class: total ? 'total' : '' },
    h('th', { scope: 'row' }, r.unit),
    ...r.cells.map((c) => h('td', {
      class: c.flags.includes('no_report') ? 'missing' : (c.flags.length ? 'flagged' : ''),
      title: c.flags.includes('no_report') ? FLAGS.no_report : null,
    },
      c.report ? h('a', { href: route(`/report/${c.report}`, { s: c.section }), title: `Mục ${c.section}, dòng ${c.row}` }, cellText(c)) : cellText(c),
      ...flags(c))));
  return h('div', { class: 'table-wrap' }, h('table', { class: 'figures' },
    h('caption', {}, `${data.name} (${data.unit || 'mã'})`),
    h('thead', {}, head),
    h('tbody', {}, ...data.rows.map((r) => row(r, false)), row(data.total, true))));
}

/** Mounts the figures page (`#/figures?indicator=…`). */
export function mount(main) {
  document.title = 'Số liệu — Tra cứu báo cáo CCHC';
  let controller = null;
  let typing = null;
  const indicator = h('input', { id: 'fig-indicator', name: 'indicator', type: 'search', autocomplete: 'off', 'aria-describedby': 'fig-hint', placeholder: 'ví dụ: ty le ho so truc tuyen' });
  const code = h('input', { type: 'hidden', name: 'code' });
  const unit = h('input', { id: 'fig-unit', name: 'unit', type: 'search', placeholder: 'ví dụ: huyện Bạch Thông' });
  const year = h('input', { id: 'fig-year', name: 'year', type: 'number', min: '1990', max: '2100' });
  const period = h('select', { id: 'fig-period', name: 'period' }, ...PERIODS.map(([v, l]) => h('option', { value: v }, l)));
  const suggestions = h('ul', { class: 'suggestions', id: 'fig-suggestions', 'aria-label': 'Chỉ tiêu phù hợp' });
  const form = h('form', { class: 'figform' },
    h('label', { for: 'fig-indicator' }, 'Chỉ tiêu'), indicator, code,
    h('p', { id: 'fig-hint', class: 'hint' }, 'Gõ tên chỉ tiêu, có dấu hoặc không dấu, rồi chọn trong danh sách.'),
    suggestions,
    h('div', { class: 'row' },
      h('label', { for: 'fig-unit' }, 'Đơn vị cấp trên'), unit,
      h('label', { for: 'fig-year' }, 'Năm'), year,
      h('label', { for: 'fig-period' }, 'Kỳ'), period),
    h('div', { class: 'row' }, h('button', { type: 'submit', class: 'button' }, 'Tổng hợp')));
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  // The unit boxes stay in place while a new table loads, so they do not move under the pointer.
  const chooser = h('fieldset', { class: 'facet-group fig-units', id: 'fig-units', hidden: true });
  const out = h('div', { class: 'figures-out' });
  replace(main, h('h1', {}, 'Số liệu'), form, status, chooser, out);
  let current = {};

  /** The chosen units of the hash, as a list (none: every unit). */
  function chosenOf(p) {
    return (p.units || '').split('|').map((u) => u.trim()).filter(Boolean);
  }

  /** A box per unit of the table; toggling one compiles again over the units checked. */
  function units(data, p) {
    const chosen = new Set(chosenOf(p));
    const all = data.units || [];
    if (all.length < 2) { chooser.hidden = true; replace(chooser); return; }
    const boxes = all.map((u) => h('input', { type: 'checkbox', class: 'facet-check', value: u, checked: chosen.size === 0 || chosen.has(u) }));
    const pick = () => {
      const on = boxes.filter((b) => b.checked).map((b) => b.value);
      // All checked is no choice; none checked is taken as all as well (a table needs a unit).
      const value = on.length === all.length || on.length === 0 ? '' : on.join('|');
      navigate(route('/figures', { ...current, units: value }), false);
    };
    boxes.forEach((b) => b.addEventListener('change', pick));
    replace(chooser,
      h('legend', {}, `Đơn vị (${chosen.size || all.length}/${all.length} được tổng hợp)`),
      ...boxes.map((b) => h('label', { class: `facet${b.checked ? ' on' : ''}` }, b, h('span', { class: 'facet-name' }, b.value))),
      chosen.size ? h('a', { class: 'chip clear', href: route('/figures', { ...current, units: '' }) }, 'Chọn mọi đơn vị') : null);
    chooser.hidden = false;
  }

  function choose(i) {
    indicator.value = i.name;
    code.value = i.code;
    replace(suggestions);
  }

  indicator.addEventListener('input', () => {
    code.value = '';
    clearTimeout(typing);
    typing = setTimeout(() => {
      const q = indicator.value.trim();
      if (!q) { replace(suggestions); return; }
      get('/api/figures/indicators', { q }).then((list) => {
        replace(suggestions, ...list.slice(0, 8).map((i) => h('li', {},
          h('button', { type: 'button', class: 'suggestion', 'data-code': i.code, onclick: () => choose(i) }, i.name, h('span', { class: 'muted' }, ` (${i.unit || 'mã'})`)))));
      }, () => replace(suggestions));
    }, 150);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = code.value || indicator.value.trim();
    if (!chosen) {
      replace(status, 'Hãy gõ và chọn một chỉ tiêu.');
      indicator.focus();
      return;
    }
    // The units picked belong to the parent they were picked under.
    const parent = unit.value.trim();
    const units = parent === (current.unit || '') ? current.units : '';
    navigate(route('/figures', { indicator: chosen, unit: parent, units, year: year.value, period: period.value }), false);
  });

  function load(p) {
    if (controller) controller.abort();
    controller = new AbortController();
    const mine = controller;
    replace(status, 'Đang tổng hợp…');
    replace(out, loading('Đang đọc số liệu từ các báo cáo…'));
    get('/api/figures', { indicator: p.indicator, unit: p.unit, units: p.units, year: p.year, period: p.period }, mine.signal).then((data) => {
      if (mine !== controller) return;
      indicator.value = data.name;
      code.value = data.code;
      const flagged = [...data.rows, data.total].flatMap((r) => r.cells).filter((c) => c.flags.some((f) => f !== 'no_report')).length;
      const of = data.units && data.units.length > data.rows.length ? `/${data.units.length}` : '';
      replace(status, `${data.rows.length}${of} đơn vị, ${data.periods.length} kỳ${flagged ? `, ${flagged} giá trị cần kiểm tra` : ''}.`);
      units(data, p);
      const xlsx = url('/api/figures.xlsx', { indicators: data.code, unit: p.unit, units: p.units, year: p.year, period: p.period });
      replace(out,
        table(data),
        h('p', {}, h('a', { class: 'button secondary', href: xlsx, download: 'so-lieu.xlsx', id: 'fig-export' }, 'Tải về Excel (.xlsx)')),
        h('h2', {}, 'Theo đơn vị'), bars(data),
        h('h2', {}, 'Theo kỳ'), line(data));
    }, (err) => {
      if (mine !== controller || err.name === 'AbortError') return;
      replace(status, 'Không tổng hợp được.');
      replace(out, failure(err, 'Không tổng hợp được số liệu', () => load(p)));
    });
  }

  return {
    update(p) {
      current = { indicator: p.indicator, unit: p.unit, units: p.units, year: p.year, period: p.period };
      indicator.value = p.indicator || '';
      code.value = '';
      unit.value = p.unit || '';
      year.value = p.year || '';
      period.value = p.period || '';
      if (p.indicator) load(p);
      else { replace(status); replace(out); replace(chooser); chooser.hidden = true; }
    },
  };
}
