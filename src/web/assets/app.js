// The page's router: every state lives in the URL hash, so links can be shared and the back
// and forward buttons work. `#/search?q=…`, `#/report/ID?q=…&s=…`, `#/cite?q=KEY`,
// `#/document/ID`, `#/draft`.

import { h, replace, params, focusHeading } from './dom.js';
import * as search from './search.js';
import * as report from './report.js';
import * as cite from './cite.js';
import * as draft from './draft.js';
import * as figures from './figures.js';

const VIEWS = {
  search: search.mount,
  report: report.mount,
  cite: cite.mountLookup,
  document: cite.mountDocument,
  draft: draft.mount,
  figures: figures.mount,
};

let current = null;

/** `#/report/abc?q=x` → {name: 'report', id: 'abc', params: {q: 'x'}}. */
function parse(hash) {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const [path, query] = raw.split(/\?(.*)/s, 2);
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch (_) {
      return p;
    }
  });
  const name = parts[0] || 'search';
  return { name, id: parts[1] || '', params: params(query || '') };
}

function render() {
  const main = document.getElementById('main');
  const hash = location.hash || '#/';
  if (!hash.startsWith('#/')) return;
  const { name, id, params: p } = parse(hash);
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === (name === 'draft' || name === 'figures' ? name : 'search')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const mount = VIEWS[name];
  if (!mount) {
    current = null;
    replace(main, h('h1', {}, 'Không có trang này'),
      h('p', { class: 'notice empty' }, 'Địa chỉ này không ứng với trang nào. ', h('a', { href: '#/' }, 'Về trang tìm kiếm')));
    focusHeading(main);
    return;
  }
  if (current && current.name === name && current.id === id && current.view.update) {
    current.view.update(p);
    return;
  }
  const fresh = current !== null;
  current = { name, id, view: mount(main, id, p) || {} };
  if (current.view.update) current.view.update(p);
  window.scrollTo(0, 0);
  if (fresh && name !== 'report' && name !== 'cite' && name !== 'document') focusHeading(main);
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    const main = document.getElementById('main');
    main.focus();
    main.scrollIntoView();
  });
  window.addEventListener('hashchange', render);
  render();
});
