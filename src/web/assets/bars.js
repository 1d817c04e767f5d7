// Bar charts in plain SVG: one horizontal bar per value, each a link that filters (or a plain
// bar), a <title> per bar for pointers and an aria-label per bar for screen readers, and a
// caption. Horizontal bars keep long unit names readable at 375 px.

const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, ...children) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

function shorten(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A bar chart. `items`: [{ label, value, href?, on? }]; `noun`: what is counted ("kết quả");
 * `title`: the chart's name. Returns a <figure> with the SVG and its caption.
 */
export function bars({ title, items, noun, className }) {
  const max = Math.max(1, ...items.map((i) => i.value));
  const row = 26;
  const width = 360;
  // Room for the longest label (short ones, years, leave the bars more room).
  const longest = Math.max(...items.map((i) => Math.min(22, i.label.length)));
  const labelWidth = Math.max(44, Math.min(150, longest * 7 + 12));
  const barMax = width - labelWidth - 48;
  const height = items.length * row + 4;
  const id = `chart-${Math.random().toString(36).slice(2, 8)}`;
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'list', 'aria-labelledby': id,
    class: 'bars-svg', preserveAspectRatio: 'xMinYMin meet',
  }, items.map((item, i) => {
    const y = i * row + 2;
    const w = Math.max(2, Math.round((item.value / max) * barMax));
    const said = `${item.label}: ${item.value.toLocaleString('vi-VN')} ${noun}${item.on ? ' (đang lọc)' : ''}`;
    const parts = [
      svg('title', {}, said),
      svg('text', { x: labelWidth - 6, y: y + 16, 'text-anchor': 'end', class: 'bar-label', 'aria-hidden': 'true' }, shorten(item.label, 22)),
      svg('rect', { x: labelWidth, y: y + 3, width: w, height: row - 8, rx: 3, class: `bar${item.on ? ' on' : ''}` }),
      svg('text', { x: labelWidth + w + 5, y: y + 16, class: 'bar-value', 'aria-hidden': 'true' }, item.value.toLocaleString('vi-VN')),
    ];
    // A link is named by its <title> (the drawn text is hidden from screen readers, which
    // read the title instead); a plain bar is an image with the same words.
    const g = item.href
      ? svg('a', { href: item.href, class: 'bar-link' }, parts)
      : svg('g', { 'aria-label': said, role: 'img' }, parts);
    return svg('g', { role: 'listitem' }, g);
  }));
  const figure = document.createElement('figure');
  figure.className = `bars${className ? ` ${className}` : ''}`;
  const caption = document.createElement('figcaption');
  caption.id = id;
  caption.textContent = title;
  figure.append(caption, chart);
  return figure;
}
