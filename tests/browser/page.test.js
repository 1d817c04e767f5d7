// The web page in a real headless Chromium against `tracuu serve`: search, facets, grouping,
// pages, the report, citations, the cited document, the draft check, CSV export, errors,
// keyboard, phone width, fonts, and that nothing is fetched from anywhere but the server.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync, existsSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import zlib from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { startServer, startBrowser, seeds } from './server.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
mkdirSync(shots, { recursive: true });

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical accessibility violations axe-core finds on the page as it is now. */
async function axeViolations(page) {
  // Evaluated through the debugging protocol, so the page's self-only policy does not apply.
  const result = await page.evaluate(async (source) => {
    if (!window.axe) (0, eval)(source);
    return window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  }, axeSource);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`);
}

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };

let server;
let browser;

/** A page that fails the test on any request off the server, console error or page error. */
async function open(t, hash = '#/', viewport = DESKTOP) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const problems = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) problems.push(`request off the server: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 404|net::ERR_FAILED/.test(m.text())) problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  t.after(async () => {
    await page.close();
    assert.deepEqual(problems, [], 'the page fetched only from the server and logged no error');
  });
  await page.goto(`${server.url}/${hash}`);
  return page;
}

/** Screenshots at desktop and phone width: the first screenful, and the whole page when short. */
async function shoot(page, name) {
  for (const [label, size] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    await page.setViewportSize(size);
    if (label === 'phone') {
      // Load afresh at phone width, as a phone would (filters and outline start folded).
      await page.reload({ waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(100);
    const tall = await page.evaluate(() => document.documentElement.scrollHeight > 2.5 * window.innerHeight);
    await page.screenshot({ path: path.join(shots, `${name}-${label}.png`), fullPage: !tall });
  }
  await page.setViewportSize(DESKTOP);
  await page.reload({ waitUntil: 'networkidle' });
}

async function api(pathAndQuery) {
  const r = await fetch(`${server.url}${pathAndQuery}`);
  return r.json();
}

/** Types a query the way a person does and waits for the hits it brings. */
async function search(page, q) {
  await page.locator('#q').click();
  await page.locator('#q').fill('');
  await page.keyboard.type(q, { delay: 20 });
  await page.waitForFunction((want) => new URLSearchParams(location.hash.split('?')[1] || '').get('q') === want, q);
  await page.waitForFunction(() => {
    const s = document.querySelector('#result-status');
    return s && /Tìm thấy|Không tìm thấy|Không tìm được/.test(s.textContent) && !document.querySelector('.results[aria-busy]');
  });
}

async function statusTotal(page) {
  const text = await page.locator('#result-status').textContent();
  const m = /Tìm thấy ([\d.]+)/.exec(text);
  assert.ok(m, `a count in "${text}"`);
  return Number(m[1].replace(/\./g, ''));
}

/** Reads a download as bytes. */
async function download(page, locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

function csvRows(bytes) {
  const text = bytes.subarray(3).toString('utf8').normalize('NFC');
  return text.split('\r\n').filter(Boolean);
}

describe('tracuu web page', () => {
  before(async () => {
    server = await startServer();
    browser = await startBrowser();
  });
  after(async () => {
    if (browser) await browser.close();
    browser = null;
    if (server) await server.close();
  });

  test('the server answers with the page, its types, caching and a self-only policy', async (t) => {
    for (const note of server.notes) t.diagnostic(note);
    const page = await fetch(`${server.url}/`);
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    const csp = page.headers.get('content-security-policy');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe|\*|https?:/);
    const html = await page.text();
    assert.match(html, /<html lang="vi">/);
    const js = await fetch(`${server.url}/assets/app.js`);
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    const etag = js.headers.get('etag');
    const again = await fetch(`${server.url}/assets/app.js`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    const font = await fetch(`${server.url}/assets/fonts/be-vietnam-pro-vietnamese-400-normal.woff2`);
    assert.equal(font.headers.get('content-type'), 'font/woff2');
    assert.match(font.headers.get('cache-control'), /max-age=31536000/);
    const missing = await fetch(`${server.url}/assets/nope.js`);
    assert.equal(missing.status, 404);
  });

  test('the home page explains itself, counts the reports and has landmarks and a skip link', async (t) => {
    const page = await open(t);
    await page.waitForSelector('.stats:not(:empty)');
    await page.waitForFunction(() => /Kho dữ liệu có \d+/.test(document.querySelector('.stats').textContent));
    for (const selector of ['header', 'nav[aria-label]', 'main#main', 'footer', 'form[role=search]', 'label[for=q]', '[aria-live=polite]']) {
      assert.equal(await page.locator(selector).count() > 0, true, selector);
    }
    const route = await page.evaluate(() => location.hash);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'skip-link');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused skip link is visibly outlined');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
    assert.equal(await page.evaluate(() => location.hash), route, 'the skip link does not change the route');
    await shoot(page, '1-home');
  });

  test('Vietnamese text is drawn with the embedded Be Vietnam Pro', async (t) => {
    const page = await open(t);
    await page.waitForSelector('.stats');
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      await document.fonts.load('16px "Be Vietnam Pro"', 'Tra cứu ệ ở ữ Đ ƣ');
      await document.fonts.load('bold 16px "Be Vietnam Pro"', 'Tìm kiếm');
      return [...document.fonts].filter((f) => f.family.includes('Be Vietnam Pro') && f.status === 'loaded').length;
    });
    assert.ok(loaded >= 3, `vietnamese, latin and latin-ext subsets loaded (${loaded})`);
    assert.equal(await page.evaluate(() => document.fonts.check('16px "Be Vietnam Pro"', 'Nghị định ệ ữ ỡ Ư ơ đ')), true);
  });

  test('typing a query shows highlighted hits without reloading, and back returns', async (t) => {
    const page = await open(t);
    await page.evaluate(() => { window.__sameDocument = true; });
    await search(page, 'kế hoạch');
    assert.ok(await statusTotal(page) > 0);
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no page reload');
    const hits = page.locator('.hit');
    assert.ok(await hits.count() > 0);
    const marked = await page.locator('.hit .snippet mark').first().textContent();
    assert.match(marked.normalize('NFC').toLowerCase(), /kế|hoạch/);
    assert.equal(await page.locator('.hit .snippet script, .hit .snippet img').count(), 0);
    assert.ok(await page.locator('.hit h2 a').first().getAttribute('href').then((h) => h.startsWith('#/report/')));
    await shoot(page, '2-search');
    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('q='));
    await page.waitForSelector('.intro:not([hidden])');
  });

  test('the keyboard alone reaches the box, a hit and the report, with focus always visible', async (t) => {
    const page = await open(t);
    const tabTo = async (test, most) => {
      for (let i = 0; i < most; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(test)) {
          const style = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
          assert.notEqual(style, 'none', 'focus is visible');
          return;
        }
      }
      assert.fail(`nothing matching ${test} within ${most} tabs`);
    };
    await tabTo(() => document.activeElement.id === 'q', 10);
    await page.keyboard.type('hoa giai', { delay: 20 });
    await page.waitForSelector('.hit');
    await tabTo(() => document.activeElement.matches('.facet, .facet-empty, summary'), 10);
    await tabTo(() => document.activeElement.matches('.hit h2 a'), 60);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.fulltext');
    await page.waitForFunction(() => document.activeElement && (document.activeElement.tagName === 'H1' || document.activeElement.id.startsWith('sec-')), null, { timeout: 5000 });
    await page.goBack();
    await page.waitForSelector('.hit');
    assert.equal(await page.locator('#q').inputValue(), 'hoa giai');
  });

  test('a query with diacritics that matches only loosely says so and marks the hits', async (t) => {
    const data = await api('/api/search?q=' + encodeURIComponent('bán'));
    assert.ok(data.matches === 0 && data.tiers.partial === 0 && data.total > 0, `precondition: "bán" only matches loosely (${JSON.stringify(data.tiers)})`);
    const page = await open(t);
    await search(page, 'bán');
    assert.equal((await page.locator('.loose-notice').textContent()).trim(),
      'Không có kết quả khớp đúng dấu cho "bán" — hiển thị kết quả không dấu');
    assert.equal(await page.locator('.hit.loose .badge.loose').count(), await page.locator('.hit').count());
    await shoot(page, '3-search-loose');
  });

  test('a facet filters the hits, its count becomes the total, and clicking it again unfilters', async (t) => {
    const page = await open(t);
    await search(page, 'cải cách');
    const total = await statusTotal(page);
    const facet = page.locator('.facet').filter({ has: page.locator('.facet-count') });
    const counts = await facet.evaluateAll((els) => els.map((e) => Number(e.querySelector('.facet-count').textContent.replace(/\./g, ''))));
    const i = counts.findIndex((c) => c > 0 && c < total);
    assert.ok(i >= 0, `a facet value narrower than the ${total} hits (counts: ${counts.join(', ')})`);
    const label = await facet.nth(i).locator('.facet-name').textContent();
    await facet.nth(i).click();
    await page.waitForFunction((n) => new RegExp(`Tìm thấy ${n} `).test(document.querySelector('#result-status').textContent), String(counts[i]));
    assert.equal(await page.locator('.chip').first().isVisible(), true);
    assert.match(await page.locator('.chips').textContent(), new RegExp(label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await shoot(page, '4-search-facet');
    await page.locator('.facet.on').first().click();
    await page.waitForFunction((n) => new RegExp(`Tìm thấy ${n} `).test(document.querySelector('#result-status').textContent), total.toLocaleString('vi-VN'));
    assert.equal(await page.locator('.chip').count(), 0);
  });

  test('grouping by report and paging keep their state in the URL', async (t) => {
    const page = await open(t);
    await search(page, 'cải cách');
    const sections = await statusTotal(page);
    await page.getByRole('link', { name: 'Mỗi báo cáo một kết quả' }).click();
    await page.waitForFunction(() => location.hash.includes('group=report'));
    await page.waitForFunction(() => /báo cáo có đủ/.test(document.querySelector('#result-status').textContent));
    const reports = await statusTotal(page);
    assert.ok(reports <= sections);
    const ids = await page.locator('.hit h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href').split('?')[0]));
    assert.equal(new Set(ids).size, ids.length, 'one hit per report');
    await page.getByRole('link', { name: 'Từng mục' }).click();
    await page.waitForFunction(() => !location.hash.includes('group=report'));
    if (sections > 10) {
      await page.getByRole('link', { name: 'Sau ›' }).click();
      await page.waitForFunction(() => location.hash.includes('page=2'));
      await page.waitForFunction(() => /đang xem 11–/.test(document.querySelector('#result-status').textContent));
      await page.goBack();
      await page.waitForFunction(() => /đang xem 1–/.test(document.querySelector('#result-status').textContent));
    } else {
      t.diagnostic(`only ${sections} hits: paging not exercised`);
    }
    // A shared link opens the same state.
    const shared = await open(t, '#/search?q=' + encodeURIComponent('cải cách') + '&group=report');
    await shared.waitForFunction(() => /báo cáo có đủ/.test(document.querySelector('#result-status').textContent));
    assert.equal(await shared.locator('#q').inputValue(), 'cải cách');
  });

  test('the page shows where the matches end and names what each partial hit lacks', async (t) => {
    const q = 'hòa giải ngân sách';
    const data = await api(`/api/search?q=${encodeURIComponent(q)}&limit=1`);
    assert.ok(data.matches > 0 && data.tiers.partial > 0, `precondition: both matches and partial hits (${JSON.stringify(data.tiers)})`);
    const page = Math.floor(data.matches / 10) + 1;
    const view = await open(t, `#/search?q=${encodeURIComponent(q)}${page > 1 ? `&page=${page}` : ''}`);
    await view.waitForSelector('.hit');
    await view.waitForSelector('.divider.partial');
    const order = await view.locator('.hits > li').evaluateAll((lis) => lis.map((li) => li.className));
    const boundary = order.findIndex((c) => c.includes('divider'));
    assert.ok(order.slice(0, boundary).every((c) => /hit (phrase|words)/.test(c)), `matches before the divider: ${order}`);
    assert.ok(order.slice(boundary + 1).every((c) => /hit (partial|loose)/.test(c)), `the tail after it: ${order}`);
    const badge = await view.locator('.hit.partial .badge.partial').first().textContent();
    assert.match(badge.normalize('NFC'), /^thiếu: (hòa giải|ngân sách)$/);
    assert.match(await view.locator('#result-status').textContent(), /có đủ các từ \(và [\d.]+ có một phần số từ/);
    await shoot(view, '4-search-tiers');
  });

  test('a citation typed short brings the document card above the hits', async (t) => {
    const lookup = await api('/api/citations?q=' + encodeURIComponent('kế hoạch 05'));
    assert.ok(['found', 'ambiguous'].includes(lookup.status), `precondition: kế hoạch 05 names a document (${lookup.status})`);
    const page = await open(t);
    await search(page, 'kế hoạch 05');
    await page.waitForSelector('.cited-box a[href^="#/document/"]');
    assert.match(await page.locator('.cited-box a[href^="#/document/"]').first().textContent(), /05\/KH-UBND/);
    // A query that names no document shows no card.
    await search(page, 'hòa giải 2024');
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.cited-box').count(), 0);
  });

  test('filters without a query list the reports they select, newest first', async (t) => {
    const page = await open(t, '#/search?year=2024');
    await page.waitForFunction(() => /báo cáo theo bộ lọc, mới nhất trước/.test(document.querySelector('#result-status').textContent));
    const data = await api('/api/search?year=2024&limit=100');
    assert.ok(data.total > 1, 'precondition: several reports of 2024');
    assert.ok(data.hits.every((h) => h.match === 'browse' && h.report.year === 2024));
    const dates = data.hits.map((h) => h.report.date || '');
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
    const ids = await page.locator('.hit h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href').split('?')[0]));
    assert.equal(new Set(ids).size, ids.length, 'one hit per report');
    assert.equal(ids.length, Math.min(10, data.total));
    assert.equal(await page.locator('.intro').isHidden(), true);
  });

  test('a document number in the box shows the cited documents it names above the hits', async (t) => {
    const lookup = await api('/api/citations?q=' + encodeURIComponent('05/KH-UBND'));
    assert.ok(lookup.documents.length > 0, 'precondition: the fixtures cite 05/KH-UBND');
    const page = await open(t);
    await search(page, '05/KH-UBND');
    await page.waitForSelector('.cited-box a[href^="#/document/"]');
    const links = await page.locator('.cited-box a[href^="#/document/"]').count();
    assert.equal(links, Math.min(lookup.documents.length, 5));
    if (lookup.documents.length > 5) {
      assert.match(await page.locator('.cited-box').textContent(), new RegExp(`cả ${lookup.documents.length} văn bản`));
    }
    await shoot(page, '5-search-citation');
    await page.locator('.cited-box a[href^="#/document/"]').first().click();
    await page.waitForSelector('.doc-card');
    assert.match(await page.locator('h1').textContent(), /05\/KH-UBND/);
  });

  test('a report shows its facts, outline and text with the search words and citation links', async (t) => {
    const page = await open(t);
    await search(page, 'kế hoạch');
    await page.locator('.hit h2 a').first().click();
    await page.waitForSelector('.fulltext');
    await page.waitForFunction(() => document.activeElement && (document.activeElement.tagName === 'H1' || document.activeElement.id.startsWith('sec-')), null, { timeout: 5000 });
    assert.ok(await page.locator('.facts dt').count() > 0);
    assert.ok(await page.locator('.fulltext mark').count() > 0, 'the search words are highlighted');
    assert.match(await page.locator('.report-text .status').textContent(), /Đã tô sáng/);
    await shoot(page, '6-report');
    const outline = page.locator('.outline a');
    assert.ok(await outline.count() > 1, 'an outline of several sections');
    await outline.nth(1).click();
    await page.waitForFunction(() => document.activeElement && document.activeElement.id.startsWith('sec-'));
    const citation = page.locator('.fulltext a.citation').first();
    await citation.waitFor();
    const key = new URLSearchParams((await citation.getAttribute('href')).split('?')[1]).get('q');
    await citation.click();
    // Up to three documents share the number: cards; more: the compare table.
    await page.waitForSelector('.doc-card, tr.from-here');
    assert.match(await page.locator('.lookup-status').textContent(), /Đã tìm thấy|Trùng số/);
    assert.ok((await page.locator('h1').textContent()).includes(key));
    const marked = await page.locator('.doc-card.from-here, tr.from-here').count();
    assert.equal(marked, 1, 'the document this report cites is marked');
    await page.goBack();
    await page.waitForSelector('.fulltext');
  });

  test('a report marks the words searched with the tone mark on either vowel, as the search does', async (t) => {
    const q = 'hoà giải'; // the reports write hòa giải
    const hits = await (await fetch(`${server.url}/api/search?q=${encodeURIComponent(q)}&limit=1`)).json();
    assert.ok(hits.hits.length > 0, 'the corpus has hòa giải');
    const page = await open(t, `#/report/${hits.hits[0].report.id}?q=${encodeURIComponent(q)}`);
    await page.waitForSelector('.fulltext mark');
    const marked = await page.locator('.fulltext mark').allTextContents();
    // Either placement of the tone mark is the same word: the report may write hòa or hoà.
    assert.ok(marked.some((m) => ['hòa giải', 'hoà giải'].includes(m.normalize('NFC').toLowerCase())), marked.join(' | '));
    assert.match(await page.locator('.report-text .status').textContent(), /Đã tô sáng/);
  });

  test('report spans are byte offsets: links and headings land on the right Vietnamese text', async (t) => {
    // A report shaped like the API's, served in place of the real one, so the byte arithmetic
    // is checked on text full of multi-byte letters whatever the parser finds.
    const text = 'ỦY BAN NHÂN DÂN XÃ ĐỒNG TÂM\n<i>Đồng Tâm, ngày 20 tháng 3 năm 2024</i>\n**BÁO CÁO**\n\nI. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\nThực hiện Kế hoạch số 05/KH-UBND ngày 12/01/2024 và Nghị định số 61/2018/NĐ-CP về một cửa.\n\nII. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\nTiếp nhận hồ sơ đúng hạn; Quyết định số 19/QĐ-UBND được thực hiện.\n';
    const buf = Buffer.from(text, 'utf8');
    const span = (sub, from = 0) => {
      const start = buf.indexOf(Buffer.from(sub, 'utf8'), from);
      assert.ok(start >= 0, sub);
      return { start, end: start + Buffer.byteLength(sub) };
    };
    const h1 = span('I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH');
    const h2 = span('II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH');
    const report = {
      report: { id: 'feedfacefeedface', source: 'dong-tam.txt', title: 'Công tác cải cách hành chính', unit: 'xã Đồng Tâm', parent: 'huyện Mỹ Đức', province: null, year: 2024, date: '2024-03-20', period: 'Quý I/2024', number: '15/BC-UBND' },
      metadata: { signer: { name: 'Nguyễn Văn An', role: 'Chủ tịch' } },
      sections: [
        { path: 'I', title: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', level: 1, category: 'direction', parent: null, span: { start: h1.start, end: h2.start }, heading: h1, body: { start: h1.end, end: h2.start } },
        { path: 'II', title: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', level: 1, category: 'procedures', parent: null, span: { start: h2.start, end: buf.length }, heading: h2, body: { start: h2.end, end: buf.length } },
      ],
      citations: [
        { key: '05/KH-UBND', doc_type: 'Kế hoạch', number: '05', year: null, code: 'KH-UBND', date: '2024-01-12', issuer: null, subject: null, section: 0, span: span('05/KH-UBND'), document: 0 },
        { key: '61/2018/NĐ-CP', doc_type: 'Nghị định', number: '61', year: 2018, code: 'NĐ-CP', date: null, issuer: 'Chính phủ', subject: null, section: 0, span: span('61/2018/NĐ-CP'), document: 1 },
        { key: '19/QĐ-UBND', doc_type: 'Quyết định', number: '19', year: null, code: 'QĐ-UBND', date: null, issuer: null, subject: null, section: 1, span: span('19/QĐ-UBND'), document: 2 },
        { key: 'broken', span: { start: buf.length - 2, end: buf.length + 40 }, document: 3 },
      ],
      documents: [
        { key: '05/KH-UBND', doc_type: 'Kế hoạch', number: '05', code: 'KH-UBND', mentions: [0] },
        { key: '61/2018/NĐ-CP', doc_type: 'Nghị định', number: '61', code: 'NĐ-CP', issuer: 'Chính phủ', mentions: [1] },
        { key: '19/QĐ-UBND', doc_type: 'Quyết định', number: '19', code: 'QĐ-UBND', mentions: [2] },
      ],
      tables: [],
      text,
      // The server marks the query's words (here `một cửa`, one run) in byte offsets.
      marks: [span('một cửa')],
    };
    const page = await browser.context.newPage();
    t.after(() => page.close());
    await page.route('**/api/reports/feedfacefeedface?q=*', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(report) }));
    await page.goto(`${server.url}/#/report/feedfacefeedface?q=${encodeURIComponent('một cửa')}`);
    await page.waitForSelector('.fulltext a.citation');
    const links = await page.locator('.fulltext a.citation').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    assert.deepEqual(links.map(([text]) => text), ['05/KH-UBND', '61/2018/NĐ-CP', '19/QĐ-UBND'], 'a span out of the text is dropped');
    assert.equal(links[1][1], '#/cite?q=61%2F2018%2FN%C4%90-CP&from=feedfacefeedface');
    assert.deepEqual(await page.locator('.fulltext .heading').allTextContents(), ['I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', 'II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH']);
    assert.deepEqual(await page.locator('.fulltext mark').allTextContents(), ['một cửa']);
    assert.equal(await page.locator('.fulltext').textContent(), text.replace(/\*\*|<\/?i>/g, ''), 'the text is shown whole, nothing lost or doubled, markup drawn not shown');
    assert.deepEqual(await page.locator('.fulltext i').allTextContents(), ['Đồng Tâm, ngày 20 tháng 3 năm 2024']);
    assert.deepEqual(await page.locator('.fulltext b').allTextContents(), ['BÁO CÁO']);
    assert.match(await page.locator('h1').textContent(), /xã Đồng Tâm, số 15\/BC-UBND/);
    assert.match(await page.locator('.facts').textContent(), /Quý I\/2024/);
    await page.locator('.outline a', { hasText: 'II. CẢI CÁCH' }).click();
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'sec-1');
    assert.match(await page.evaluate(() => location.hash), /s=II/);
    await shoot(page, '6-report-parsed');
  });

  test('a number shared by several documents is compared in a paged, filterable table; CSV of citing reports', async (t) => {
    const lookup = await api('/api/citations?q=' + encodeURIComponent('05/KH-UBND'));
    assert.equal(lookup.status, 'ambiguous', 'precondition: the fixtures hold three different 05/KH-UBND');
    const n = lookup.documents.length;
    const page = await open(t, '#/cite?q=' + encodeURIComponent('05/KH-UBND'));
    await page.waitForSelector('.doc-summary tbody tr');
    assert.equal(await page.locator('.doc-summary tbody tr').count(), Math.min(n, 20));
    assert.match(await page.locator('.lookup-status').textContent(), /Trùng số/);
    const units = await page.locator('.doc-summary tbody td[data-label="Đơn vị trích dẫn: "]').allTextContents();
    assert.ok(units.some((u) => u.includes('xã')), `the citing units are shown: ${units}`);
    await shoot(page, '7-cited-ambiguous');
    // Filter by the year of the Tường Sơn plan: fewer rows, each of that year.
    await page.locator('select[name=year]').selectOption('2023');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForFunction(() => location.hash.includes('year=2023'));
    await page.waitForSelector('.doc-summary caption');
    const filtered = await api('/api/citations?q=' + encodeURIComponent('05/KH-UBND') + '&limit=20&year=2023');
    await page.waitForFunction((total) => document.querySelectorAll('.doc-summary tbody tr').length === Math.min(total, 20), filtered.page.total);
    assert.ok(filtered.page.total < n, 'the filter narrows');
    // One document's own page has its CSV of citing reports.
    const first = lookup.documents[0];
    const one = await open(t, `#/document/${encodeURIComponent(first.id)}`);
    await one.waitForSelector('.doc-card');
    const file = await download(one, one.locator('.doc-card').first().getByRole('link', { name: /Tải CSV các báo cáo/ }));
    assert.deepEqual([...file.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const rows = csvRows(file.bytes);
    assert.match(rows[0], /^"Văn bản","Loại"/);
    assert.equal(rows.length, 1 + first.cited_by.length);
    assert.ok(rows[1].startsWith(`"${first.key}"`), rows[1]);
  });

  test('checking a draft lists every citation with its status in Vietnamese', async (t) => {
    // The draft goes to the server in the request body only.
    const page = await open(t, '#/draft');
    const draft = 'Thực hiện Kế hoạch số 05/KH-UBND ngày 10/01/2024 của UBND xã và Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ; Quyết định số 987/QĐ-UBND ngày 01/02/2024 của UBND huyện; Quyết định số 03/2019/Đ-UBND ngày 05/3/2019 của UBND tỉnh.';
    await page.locator('#draft').fill(draft);
    await page.getByRole('button', { name: 'Kiểm tra trích dẫn' }).click();
    await page.waitForSelector('.draft-table tbody tr, .draft-results .notice');
    const expected = await (await fetch(`${server.url}/api/citations/resolve`, { method: 'POST', body: draft })).json();
    assert.ok(expected.length >= 2, `the API finds citations in the draft (${expected.length})`);
    const rows = await page.locator('.draft-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent));
    assert.equal(rows.length, expected.length);
    const labels = { found: 'Đã tìm thấy', found_with_differences: 'Tìm thấy, nhưng ghi khác', ambiguous: 'Trùng số', not_found: 'Không tìm thấy', invalid: 'Không phải số' };
    expected.forEach((l, i) => assert.ok(rows[i].includes(labels[l.status]), `${l.query}: ${rows[i]}`));
    assert.ok(expected.some((l) => l.status === 'not_found') && rows.some((r) => r.includes('Không tìm thấy')));
    const wrong = rows.find((r) => r.includes('03/2019/Đ-UBND'));
    assert.ok(wrong && wrong.includes('Không phải số') && wrong.includes('không phải mã loại văn bản'), `the typo is flagged with its reason: ${wrong}`);
    assert.ok(await page.locator('.draft-table a[href^="#/document/"]').count() > 0);
    assert.ok(await page.evaluate(() => !location.hash.includes('text=') && !location.href.includes('05%2FKH')), 'the draft stays out of the URL');
    const lines = await page.locator('.draft-table tbody tr td:first-child').allTextContents();
    assert.ok(lines.every((l) => l.startsWith('Dòng ')), `each row says its line: ${lines}`);
    assert.ok(await page.locator('.draft-text mark.cite-mark').count() >= 2, 'the citations are marked in the draft');
    await shoot(page, '8-draft');
    await page.reload();
    await page.waitForSelector('.draft-table tbody tr');
    assert.equal(await page.locator('#draft').inputValue(), draft);
  });

  test('the current search exports as CSV with a BOM and its rows', async (t) => {
    const page = await open(t, '#/search?q=' + encodeURIComponent('kế hoạch'));
    await page.waitForSelector('.hit');
    const file = await download(page, page.getByRole('link', { name: /Tải CSV/ }));
    assert.equal(file.name, 'tim-kiem.csv');
    assert.deepEqual([...file.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const rows = csvRows(file.bytes);
    assert.match(rows[0], /^"Đơn vị","Đơn vị cấp trên","Năm"/);
    const total = (await api('/api/search?q=' + encodeURIComponent('kế hoạch'))).total;
    assert.equal(rows.length - 1, Math.min(total, 10000));
    assert.match(rows[1].normalize('NFC').toLowerCase(), /kế hoạch/);
  });

  test('Số liệu: an indicator typed without diacritics, its table with flags, the charts and the Excel export', async (t) => {
    const page = await open(t, '#/figures');
    await page.getByRole('link', { name: 'Số liệu' }).waitFor();
    await page.fill('#fig-indicator', 'ty le ho so truc tuyen');
    const pick = page.locator('.suggestion[data-code="hs_truc_tuyen_ty_le"]');
    await pick.waitFor();
    await pick.click();
    await page.getByRole('button', { name: 'Tổng hợp' }).click();
    await page.waitForSelector('table.figures tbody tr');
    assert.match(page.url(), /#\/figures\?indicator=hs_truc_tuyen_ty_le/);
    const data = await api('/api/figures?indicator=hs_truc_tuyen_ty_le');
    const rows = await page.locator('table.figures tbody tr').count();
    assert.equal(rows, data.rows.length + 1, 'one row per unit and the total');
    assert.equal(await page.locator('table.figures thead th').count(), data.periods.length + 1);
    const flagged = data.rows.flatMap((r) => r.cells).flatMap((c) => c.flags).filter((f) => f !== 'no_report').length;
    assert.equal(await page.locator('table.figures td.missing').count(), data.rows.flatMap((r) => r.cells).filter((c) => c.flags.includes('no_report')).length, 'a missing report is an empty cell');
    assert.equal(await page.locator('table.figures tbody .flag').count(), flagged + data.total.cells.flatMap((c) => c.flags).length, 'every flag is shown beside its value');
    assert.ok(await page.locator('svg.bars rect.bar').count() > 0, 'bars by unit');
    assert.equal(await page.locator('svg.line polyline.trend').count(), 1, 'a line over periods');
    const file = await download(page, page.locator('#fig-export'));
    assert.equal(file.name, 'so-lieu.xlsx');
    assert.deepEqual([...file.bytes.subarray(0, 2)], [0x50, 0x4b], 'a zip (xlsx) file');
    await shoot(page, 'figures');
  });

  test('Số liệu: units are picked one by one, the total row is compiled from those checked, and the choice stays in the address', async (t) => {
    // A count over every unit reporting it (the fixture corpus is too small for a district of
    // several); its row for all of them is the sum of those checked.
    const code = 'hs_tiep_nhan';
    const data = await api(`/api/figures?indicator=${code}`);
    assert.ok(data.units.length >= 2, 'two units or more report it');
    const page = await open(t, `#/figures?indicator=${code}`);
    await page.waitForSelector('#fig-units input[type=checkbox]');
    const boxes = page.locator('#fig-units input[type=checkbox]');
    assert.equal(await boxes.count(), data.units.length, 'a box per unit');
    assert.equal(await page.locator('#fig-units input:checked').count(), data.units.length, 'every unit, until one is left out');

    // A unit with a value, so that leaving it out changes the total row.
    const dropped = data.rows.find((r) => r.cells.some((c) => c.value > 0)).unit;
    const kept = data.units.filter((u) => u !== dropped);
    await page.getByRole('checkbox', { name: dropped, exact: true }).uncheck();
    const rowsAre = (n) => page.waitForFunction((k) => document.querySelectorAll('table.figures tbody tr').length === k, n);
    await rowsAre(kept.length + 1);
    assert.deepEqual(new URLSearchParams(page.url().split('?')[1]).get('units').split('|'), kept, 'the choice is in the address');
    const want = await api(`/api/figures?indicator=${code}&units=${encodeURIComponent(kept.join('|'))}`);
    const shown = async () => page.locator('table.figures tr.total td').allInnerTexts();
    const expected = await page.evaluate((cells) => cells.map((c) => (c.value === null ? '–' : c.value.toLocaleString('vi-VN'))), want.total.cells);
    assert.deepEqual((await shown()).map((s) => s.trim()), expected, 'the total row sums the units checked');
    assert.notDeepEqual(want.total.cells.map((c) => c.value), data.total.cells.map((c) => c.value), 'and differs from the total of every unit');
    assert.equal(await page.locator('table.figures tr.total th').innerText(), want.total.unit);

    // The address alone brings the same choice back.
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForSelector('#fig-units input[type=checkbox]');
    assert.equal(await page.getByRole('checkbox', { name: dropped, exact: true }).isChecked(), false);
    assert.equal(await page.locator('#fig-units input:checked').count(), kept.length);
    await rowsAre(kept.length + 1);
    assert.match(await page.locator('#fig-export').getAttribute('href'), /units=/, 'the export keeps the choice');

    await page.getByRole('link', { name: 'Chọn mọi đơn vị' }).click();
    await rowsAre(data.units.length + 1);
    assert.equal(new URLSearchParams(page.url().split('?')[1]).get('units'), null);
    assert.deepEqual(await axeViolations(page), []);
  });

  test('errors and empty answers are told in words, never as raw JSON or a blank area', async (t) => {
    const page = await open(t, '#/report/0000000000000000');
    await page.waitForSelector('.notice.error');
    const text = await page.locator('main').textContent();
    assert.match(text, /Không mở được báo cáo: kho dữ liệu không có báo cáo mang mã này/);
    assert.doesNotMatch(text, /\{"error"/);
    assert.equal(await page.getByRole('button', { name: 'Thử lại' }).count(), 0, 'no retry for a report that does not exist');
    await shoot(page, '9-error');
    const empty = await open(t, '#/search?q=' + encodeURIComponent('xyzzyqwv'));
    await empty.waitForFunction(() => /Không tìm thấy kết quả nào/.test(document.querySelector('#result-status').textContent));
    assert.match(await empty.locator('.notice.empty').textContent(), /Thử gõ không dấu/);
    const offline = await open(t);
    await offline.route('**/api/search?*', (route) => route.abort());
    await search(offline, 'kế hoạch');
    assert.match(await offline.locator('.notice.error').textContent(), /Không kết nối được tới máy chủ/);
    await offline.unroute('**/api/search?*');
    await offline.getByRole('button', { name: 'Thử lại' }).click();
    await offline.waitForSelector('.hit');
    assert.equal(await offline.locator('.notice.error').count(), 0);
    const unknown = await open(t, '#/nowhere');
    await unknown.waitForSelector('.notice.empty');
    assert.match(await unknown.locator('h1').textContent(), /Không có trang này/);
  });

  test('several units at once: two checkboxes, both in the URL, the total their sum', async (t) => {
    const page = await open(t, '#/search?q=' + encodeURIComponent('cải cách') + '&group=report');
    await page.waitForSelector('[data-facet="unit"] .facet-check');
    const units = page.locator('[data-facet="unit"] li:not([hidden]) .facet');
    const counts = await units.evaluateAll((els) => els.map((e) => Number(e.querySelector('.facet-count').textContent.replace(/\./g, ''))));
    assert.ok(counts.length >= 2, `two units to pick (${counts})`);
    await units.nth(0).locator('.facet-check').check();
    await page.waitForFunction(() => /unit=/.test(location.hash));
    await page.waitForSelector('[data-facet="unit"] .facet.on');
    // The list stays where it was while the other units are counted: no box moves under the pointer.
    const before = await units.evaluateAll((els) => els.map((e) => e.querySelector('.facet-name').textContent));
    await page.waitForFunction(() => !document.querySelector('.facet-groups[aria-busy]') && !document.querySelector('.results[aria-busy]'));
    const after = await units.evaluateAll((els) => els.map((e) => e.querySelector('.facet-name').textContent));
    assert.deepEqual(after.slice(0, 2), before.slice(0, 2));
    // The second unit by its name: the list redraws once it is picked (picked units first),
    // so a locator by position would name another unit after the click.
    const second = await page.locator('[data-facet="unit"] li:not([hidden]) .facet:not(.on) .facet-name').first().textContent();
    const exact = new RegExp(`^${second.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    await page.locator('[data-facet="unit"] .facet').filter({ has: page.locator('.facet-name', { hasText: exact }) }).locator('.facet-check').check();
    await page.waitForFunction(() => decodeURIComponent(location.hash).includes('|'));
    await page.waitForFunction(() => document.querySelectorAll('[data-facet="unit"] .facet.on').length === 2 && !document.querySelector('.results[aria-busy]'));
    const hash = await page.evaluate(() => location.hash);
    const chosen = new URLSearchParams(hash.split('?')[1]).get('unit').split('|');
    assert.equal(chosen.length, 2);
    const api1 = await api('/api/search?q=' + encodeURIComponent('cải cách') + '&group=report&unit=' + encodeURIComponent(chosen.join('|')));
    assert.equal(await statusTotal(page), api1.total);
    assert.equal(await page.locator('.chip:not(.clear)').count(), 2);
  });

  test('a long unit list has a search box that narrows it, diacritics optional', async (t) => {
    const page = await open(t, '#/search?q=' + encodeURIComponent('cải cách'));
    await page.waitForSelector('[data-facet="unit"] .facet-check');
    const all = await page.locator('[data-facet="unit"] li').count();
    assert.ok(all > 10, `a long list (${all} units)`);
    const find = page.locator('[data-facet="unit"] .facet-find');
    await find.fill('phuc son');
    const shown = await page.locator('[data-facet="unit"] li:not([hidden]) .facet-name').allTextContents();
    assert.ok(shown.length >= 1 && shown.length < all, `narrowed: ${shown}`);
    for (const name of shown) assert.match(name, /Phúc Sơn/);
    await find.fill('');
    assert.ok(await page.locator('[data-facet="unit"] li:not([hidden])').count() < all, 'folded again when cleared');
  });

  test('a year range filters from–to and shows as one chip', async (t) => {
    const page = await open(t, '#/search?q=' + encodeURIComponent('cải cách'));
    await page.waitForSelector('#year-from');
    await page.locator('#year-from').fill('2024');
    await page.locator('#year-to').fill('2024');
    await page.locator('.year-range button').click();
    await page.waitForFunction(() => /year_from=2024/.test(location.hash) && /year_to=2024/.test(location.hash));
    await page.waitForFunction(() => !document.querySelector('.results[aria-busy]') && /Năm: 2024–2024/.test(document.querySelector('.chips').textContent));
    const expected = await api('/api/search?q=' + encodeURIComponent('cải cách') + '&year_from=2024&year_to=2024');
    assert.equal(await statusTotal(page), expected.total);
    // The year list still offers the other years (counted without the range), to widen it.
    const years = await page.locator('[data-facet="year"] .facet-name').allTextContents();
    assert.ok(years.includes('2024') && years.length > 1, years.join(', '));
  });

  test('grouped by report, the facet counts are reports and add up to the total', async (t) => {
    const page = await open(t, '#/search?q=' + encodeURIComponent('cải cách') + '&group=report');
    await page.waitForSelector('[data-facet="year"] .facet-count');
    const total = await statusTotal(page);
    const years = await page.locator('[data-facet="year"] .facet-count').allTextContents();
    assert.equal(years.reduce((n, c) => n + Number(c.replace(/\./g, '')), 0), total);
    assert.match(await page.locator('.facets .hint').textContent(), /số báo cáo/);
    assert.match(await page.locator('[data-facet="year"] li').first().textContent(), /báo cáo/);
  });

  test('a unit typed without diacritics is shown by the unit it matched', async (t) => {
    const page = await open(t, '#/search?q=' + encodeURIComponent('cai cach') + '&unit=' + encodeURIComponent('phuc son'));
    await page.waitForSelector('.chip');
    const chip = await page.locator('.chip').first().textContent();
    assert.match(chip, /Phúc Sơn/);
    assert.match(chip, /phuc son/);
    const row = await page.locator('[data-facet="unit"] .facet.on').first().textContent();
    assert.doesNotMatch(row, /\b0 /, 'not counted as nothing');
  });

  test('bars per year and unit are links that filter, readable to a screen reader', async (t) => {
    const page = await open(t, '#/search?q=' + encodeURIComponent('cải cách'));
    await page.waitForSelector('.charts .by-year svg');
    const svg = page.locator('.charts .by-year svg');
    assert.equal(await svg.getAttribute('role'), 'list');
    assert.ok(await svg.getAttribute('aria-labelledby'));
    const bars = page.locator('.charts .by-year a.bar-link');
    assert.ok(await bars.count() >= 2);
    const label = await bars.first().locator('title').textContent();
    assert.match(label, /^\d{4}: [\d.]+ mục$/);
    assert.ok(await bars.first().locator('title').count() === 1);
    const [year, n] = label.split(': ');
    await bars.first().click();
    await page.waitForFunction((y) => new URLSearchParams(location.hash.split('?')[1]).get('year') === y, year);
    await page.waitForFunction(() => !document.querySelector('.results[aria-busy]') && document.querySelector('.chip'));
    assert.equal(await statusTotal(page), Number(n.split(' ')[0].replace(/\./g, '')));
    assert.ok(await page.locator('.charts .by-unit a.bar-link').count() >= 2);
    // At 375 px the chart fits the screen.
    await page.setViewportSize(PHONE);
    const width = await page.locator('.charts .by-unit svg').evaluate((e) => e.getBoundingClientRect().right);
    assert.ok(width <= 375, `fits: ${width}`);
  });

  test('a report shows ư for the PDF glyph and links its original file', async (t) => {
    const hits = await api('/api/search?q=' + encodeURIComponent('Lương Văn Tường'));
    const r = hits.hits[0].report;
    const page = await open(t, `#/report/${r.id}`);
    await page.waitForSelector('.fulltext');
    const text = await page.locator('.fulltext').textContent();
    assert.ok(text.includes('Lương Văn Tường'), 'ư as the letter');
    assert.ok(!text.includes('ƣ'), 'no PDF glyph on the page');
    const link = page.getByRole('link', { name: 'Tải tệp gốc' });
    const href = await link.getAttribute('href');
    const res = await fetch(`${server.url}${href}`);
    assert.equal(res.status, 200);
    const original = readFileSync(path.join(here, '..', 'fixtures', 'reports', r.source));
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), original);
    const gone = await fetch(`${server.url}/api/reports/00000000000000ff/original`);
    assert.equal(gone.status, 404);
  });

  test('a cited document shows its citations per year as bars', async (t) => {
    const lookup = await api('/api/citations?q=' + encodeURIComponent('12/KH-UBND'));
    const d = lookup.documents[0];
    const page = await open(t, `#/document/${d.id}`);
    await page.waitForSelector('.doc-card figure.by-year svg');
    const labels = await page.locator('.doc-card figure.by-year [role="img"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    const total = labels.reduce((n, l) => n + Number(/: (\d+)/.exec(l)[1]), 0);
    assert.equal(total, d.cited_by.length);
    assert.match(await page.locator('.doc-card').first().textContent(), /lượt trích dẫn/);
  });

  test('review screenshots: search, report, cited document and draft, wide and narrow', async (t) => {
    const review = path.join(here, 'review');
    mkdirSync(review, { recursive: true });
    const hits = await api('/api/search?q=' + encodeURIComponent('Lương Văn Tường'));
    const doc = (await api('/api/citations?q=' + encodeURIComponent('12/KH-UBND'))).documents[0];
    const draft = 'Thực hiện Kế hoạch số 05/KH-UBND ngày 10/01/2024 của UBND xã và Nghị định số 61/2018/NĐ-CP; Quyết định số 03/2019/Đ-UBND.';
    const pages = [
      ['search', '#/search?q=' + encodeURIComponent('cải cách') + '&group=report', '.charts svg'],
      ['report', `#/report/${hits.hits[0].report.id}`, '.fulltext'],
      ['document', `#/document/${doc.id}`, '.doc-card'],
      ['draft', '#/draft?text=' + encodeURIComponent(draft), '.draft-table tbody tr, .draft-results .notice'],
    ];
    for (const [name, hash, ready] of pages) {
      for (const [label, size] of [['1280', DESKTOP], ['375', PHONE]]) {
        const page = await open(t, hash, size);
        await page.waitForSelector(ready);
        await page.waitForTimeout(200);
        await page.screenshot({ path: path.join(review, `${name}-${label}.png`) });
      }
    }
  });

  test('axe-core finds no serious WCAG 2.1 AA violation on any page, wide or narrow', async (t) => {
    const pages = [
      ['#/', '.stats'],
      ['#/search?q=' + encodeURIComponent('kế hoạch'), '.hit'],
      ['#/search?q=' + encodeURIComponent('bán'), '.hit'],
      ['#/search?q=' + encodeURIComponent('05/KH-UBND'), '.cited-box'],
      ['#/cite?q=' + encodeURIComponent('05/KH-UBND'), '.doc-summary'],
      ['#/cite?q=' + encodeURIComponent('61/2018/NĐ-CP'), '.doc-card'],
      ['#/draft?text=' + encodeURIComponent('Kế hoạch số 05/KH-UBND, Quyết định số 987/QĐ-UBND'), '.draft-table'],
      ['#/report/0000000000000000', '.notice.error'],
    ];
    const first = await api('/api/search?q=' + encodeURIComponent('kế hoạch'));
    pages.push([`#/report/${first.hits[0].report.id}?q=${encodeURIComponent('kế hoạch')}`, '.fulltext']);
    for (const viewport of [DESKTOP, PHONE]) {
      for (const [hash, ready] of pages) {
        const page = await open(t, hash, viewport);
        await page.waitForSelector(ready);
        await page.waitForFunction(() => !document.querySelector('.loading, [aria-busy]'));
        assert.deepEqual(await axeViolations(page), [], `${hash} at ${viewport.width} px`);
      }
    }
  });

  test('on a 375 px phone nothing overflows sideways', async (t) => {
    for (const hash of ['#/', '#/search?q=' + encodeURIComponent('kế hoạch'), '#/draft', '#/cite?q=' + encodeURIComponent('05/KH-UBND')]) {
      const page = await open(t, hash, PHONE);
      await page.waitForFunction(() => !document.querySelector('.loading') && !document.querySelector('#boot'));
      await page.waitForTimeout(300);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 375, `${hash}: page is ${width} px wide`);
    }
  });
});

// The real reports (../shared/seeds, as the seed tests of `cargo test -- --ignored` read them):
// each one's text is shown whole and each citation link covers exactly its byte span.
describe('the real reports', { skip: existsSync(seeds) ? false : `no ${seeds}` }, () => {
  let real;
  before(async () => {
    real = await startServer([seeds]);
    if (!browser) browser = await startBrowser();
  });
  after(async () => {
    if (real) await real.close();
    if (browser) await browser.close();
    browser = null;
  });

  test('every seed report renders whole, with a link on every citation span', async (t) => {
    const hits = await (await fetch(`${real.url}/api/search?q=${encodeURIComponent('báo cáo')}&group=report&limit=100`)).json();
    assert.ok(hits.hits.length >= 5, `the seeds are indexed (${hits.hits.length})`);
    const page = await browser.context.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    t.after(() => page.close());
    for (const hit of hits.hits) {
      const data = await (await fetch(`${real.url}/api/reports/${hit.report.id}`)).json();
      await page.goto(`${real.url}/#/report/${hit.report.id}`);
      await page.waitForSelector('.fulltext');
      const markup = /\*\*|<\/?[ibu]>/g;
      // The same text, but for PDF text's doubled line spacing, which the page halves.
      const lines = (s) => s.replace(/\n[ \t]*/g, '\n').replace(/\n+/g, '\n');
      assert.equal(lines(await page.locator('.fulltext').textContent()), lines(data.text.replace(markup, '')), hit.report.source);
      const bytes = Buffer.from(data.text, 'utf8');
      const expected = data.citations.map((c) => lines(bytes.subarray(c.span.start, c.span.end).toString('utf8').replace(markup, '')));
      assert.deepEqual((await page.locator('.fulltext a.citation').allTextContents()).map(lines), expected, hit.report.source);
      assert.equal(await page.locator('.outline a').count(), data.sections.length, hit.report.source);
    }
    assert.deepEqual(problems, []);
  });
});

/** A Word document of one paragraph per line, as a stored (uncompressed) zip. */
function docx(lines) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const xml = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${lines.map((l) => `<w:p><w:r><w:t>${esc(l)}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`);
  const name = Buffer.from('word/document.xml');
  const crc = zlib.crc32(xml);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(xml.length, 18); local.writeUInt32LE(xml.length, 22); local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(xml.length, 20); central.writeUInt32LE(xml.length, 24); central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  const size = 46 + name.length;
  const offset = 30 + name.length + xml.length;
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10); end.writeUInt32LE(size, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([local, name, xml, central, name, end]);
}

// A cited document that is itself indexed: the lookup links to its text and opens the article
// a pinpoint names; a draft uploaded as a Word file is checked like a pasted one.
describe('a cited document in the index, and a draft file', () => {
  let linked;
  let dir;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tracuu-linked-'));
    const head = (number, date) => `ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\n\nSố: ${number}\n\nBình An, ${date}\n\nQUYẾT ĐỊNH\nBan hành Quy định quản lý chợ trên địa bàn tỉnh\n\nQUYẾT ĐỊNH:\n\n`;
    writeFileSync(path.join(dir, 'qd-07-2016.txt'), head('07/2016/QĐ-UBND', 'ngày 03 tháng 3 năm 2016')
      + 'Điều 1. Phạm vi điều chỉnh\n\nQuy định này áp dụng cho các chợ trên địa bàn tỉnh.\n\nĐiều 2. Đối tượng áp dụng\n\nCác tổ chức, cá nhân kinh doanh tại chợ.\n\n'
      + 'Điều 3. Trách nhiệm của Ban quản lý chợ\n\n1. Bố trí mặt bằng kinh doanh.\n\n2. Thu phí theo quy định.\n\nĐiều 4. Hiệu lực thi hành\n\nQuyết định này có hiệu lực từ ngày 15/3/2016.\n');
    writeFileSync(path.join(dir, 'qd-18-2025.txt'), head('18/2025/QĐ-UBND', 'ngày 12 tháng 5 năm 2025')
      + 'Điều 1. Ban quản lý chợ tiếp tục thu phí theo khoản 2 Điều 3 Quyết định số 07/2016/QĐ-UBND ngày 03/3/2016 của UBND tỉnh Bình An đến hết năm 2025.\n\nĐiều 2. Quyết định này có hiệu lực từ ngày 01/6/2025.\n');
    linked = await startServer([dir]);
    if (!browser) browser = await startBrowser();
  });
  after(async () => {
    if (linked) await linked.close();
    if (browser) await browser.close();
    browser = null;
    rmSync(dir, { recursive: true, force: true });
  });

  async function openOn(t, hash) {
    const page = await browser.context.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error' && !/status of 400/.test(m.text())) problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    t.after(async () => { await page.close(); assert.deepEqual(problems, []); });
    await page.goto(`${linked.url}/${hash}`);
    return page;
  }

  test('a pinpointed citation of an indexed document opens its article', async (t) => {
    const page = await openOn(t, `#/cite?q=${encodeURIComponent('khoản 2 Điều 3 Quyết định 07/2016/QĐ-UBND')}`);
    await page.waitForSelector('a.article-link');
    assert.match(await page.locator('a.article-link').textContent(), /Mở khoản 2 Điều 3/);
    assert.equal(await page.locator('.notice.indexed a.indexed-link').count(), 1, 'the card links to the full text');
    await page.locator('a.article-link').click();
    await page.waitForSelector('.fulltext');
    const hash = decodeURIComponent((await page.evaluate(() => location.hash)).replace(/\+/g, ' '));
    assert.match(hash, /^#\/report\/[0-9a-f]{16}\?s=Điều 3 › khoản 2$/);
    await page.waitForFunction(() => /Đang ở mục/.test(document.body.textContent));
    assert.match(await page.locator('h1').first().textContent(), /07\/2016\/QĐ-UBND|Quy định quản lý chợ/);
  });

  test('a citation followed from a report opens the document that report means', async (t) => {
    const hits = await (await fetch(`${linked.url}/api/search?q=${encodeURIComponent('chợ')}&group=report`)).json();
    const citing = hits.hits.find((h) => h.report.number === '18/2025/QĐ-UBND');
    const page = await openOn(t, `#/report/${citing.report.id}`);
    await page.waitForSelector('.fulltext a.citation');
    await page.locator('.fulltext a.citation').first().click();
    await page.waitForSelector('.lookup-status');
    assert.match(await page.locator('.lookup-status').textContent(), /Đã tìm thấy|tìm thấy/i);
    assert.ok(await page.locator('.doc-card.from-here').count() === 1, 'the card of the document this report cites');
    assert.equal(await page.locator('.notice.indexed a.indexed-link').count(), 1);
    assert.ok(await page.locator('.pinpoints a').count() === 1, 'the pinpoint of the citing section links to the article');
  });

  test('a report lists what cites it, and one nobody cites says so', async (t) => {
    const hits = await (await fetch(`${linked.url}/api/search?q=${encodeURIComponent('chợ')}&group=report`)).json();
    const cited = hits.hits.find((h) => h.report.number === '07/2016/QĐ-UBND');
    assert.equal(cited.report.kind, 'Quyết định');
    const page = await openOn(t, `#/report/${cited.report.id}`);
    // A decision is named a decision, by the body that issued it, not 'Báo cáo'.
    await page.waitForSelector('dl.facts');
    assert.match(await page.locator('h1').first().textContent(), /^Quyết định UBND tỉnh Bình An, số 07\/2016\/QĐ-UBND$/);
    const facts = await page.locator('dl.facts').textContent();
    assert.match(facts, /Loại văn bảnQuyết định/);
    assert.match(facts, /Cơ quan ban hànhUBND tỉnh Bình An/);
    assert.match(facts, /Số văn bản07\/2016\/QĐ-UBND/);
    assert.doesNotMatch(facts, /Đơn vị báo cáo|Số báo cáo/);
    const link = page.locator('.cited-by a[href^="#/document/"]');
    await link.waitFor();
    assert.match(await link.textContent(), /^1 văn bản trích dẫn \(\d+ lượt\)/);
    await link.click();
    await page.waitForFunction(() => /18\/2025\/QĐ-UBND/.test(document.querySelector('main').textContent));
    const citing = hits.hits.find((h) => h.report.number === '18/2025/QĐ-UBND');
    const other = await openOn(t, `#/report/${citing.report.id}`);
    await other.waitForFunction(() => /Chưa có văn bản nào/.test((document.querySelector('.cited-by') || {}).textContent || ''));
  });

  test('a Word draft is uploaded, shown with its citations marked, and checked', async (t) => {
    const page = await openOn(t, '#/draft');
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.locator('#draft-file').setInputFiles({
      name: 'du-thao.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: docx(['Căn cứ khoản 2 Điều 3 Quyết định số 07/2016/QĐ-UBND ngày 03/3/2016 của UBND tỉnh Bình An;', 'Thực hiện Kế hoạch số 99/KH-UBND ngày 01/02/2025.']),
    });
    await page.waitForSelector('.draft-table tbody tr');
    assert.match(await page.locator('#draft').inputValue(), /07\/2016\/QĐ-UBND/);
    const rows = await page.locator('.draft-table tbody tr').allTextContents();
    assert.equal(rows.length, 2);
    assert.match(rows[0], /Dòng 1/);
    assert.match(rows[1], /Dòng 3/);
    assert.equal(await page.locator('.draft-text mark.cite-mark').count(), 2);
    assert.ok(requests.every((u) => !u.includes('07%2F2016') && !u.includes('07/2016')), 'the draft stays out of every URL');
  });

  test('a broken draft file gets a clear error, not a blank page', async (t) => {
    const page = await openOn(t, '#/draft');
    await page.locator('#draft-file').setInputFiles({ name: 'hong.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK\x03\x04 broken') });
    await page.waitForSelector('.draft-results .notice.error');
    assert.match(await page.locator('.draft-results .notice.error').textContent(), /hong\.docx.*corrupt \.docx/s);
  });
});

// A plan cited in more sections than a document card shows at first: the card says how many
// there are in all and loads the rest with "Xem thêm".
describe('a document cited in many sections', () => {
  let many;
  let dir;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tracuu-many-'));
    for (const [file, commune, day] of [['xa-dong-tien-2024.txt', 'Đông Tiến', 20], ['xa-tay-tien-2024.txt', 'Tây Tiến', 23]]) {
      const tasks = Array.from({ length: 33 }, (_, i) => `${i + 1}. Nhiệm vụ thứ ${i + 1}\n\nTriển khai nội dung ${i + 1} theo Kế hoạch số 09/KH-UBND ngày 10/01/2024 của UBND huyện Bình Sơn, báo cáo kết quả hằng quý.\n`).join('\n');
      writeFileSync(path.join(dir, file), `ỦY BAN NHÂN DÂN\nXÃ ${commune.toUpperCase()}\n\nSố: ${day}/BC-UBND\n\n${commune}, ngày ${day} tháng 12 năm 2024\n\nBÁO CÁO\nKết quả thực hiện kế hoạch năm 2024\n\nI. KẾT QUẢ THỰC HIỆN\n\n${tasks}\nTrên đây là báo cáo của UBND xã ${commune}./.\n`);
    }
    many = await startServer([dir]);
    if (!browser) browser = await startBrowser();
  });
  after(async () => {
    if (many) await many.close();
    if (browser) await browser.close();
    browser = null;
    rmSync(dir, { recursive: true, force: true });
  });

  test('a document card shows its first citing sections and loads the next ones with "Xem thêm"', async (t) => {
    const lookup = await (await fetch(`${many.url}/api/citations?q=${encodeURIComponent('09/KH-UBND')}`)).json();
    const total = lookup.documents[0].citing.sections;
    assert.ok(total > 50, `precondition: more citing sections than a card shows at first (${total})`);
    const page = await browser.context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    t.after(async () => { await page.close(); assert.deepEqual(problems, []); });
    await page.goto(`${many.url}/#/cite?q=${encodeURIComponent('09/KH-UBND')}`);
    const items = page.locator('.doc-card ul.citing li');
    await page.waitForSelector('.doc-card button.more-sections');
    assert.equal(await items.count(), 50);
    assert.match(await page.locator('.doc-card').textContent(), new RegExp(`${total} lượt trích dẫn trong 2 báo cáo`));
    assert.match(await page.locator('button.more-sections').textContent(), new RegExp(`còn ${total - 50}`));
    await page.locator('button.more-sections').click();
    await page.waitForFunction((n) => document.querySelectorAll('.doc-card ul.citing li').length === n, total);
    assert.equal(await page.locator('button.more-sections').count(), 0, 'no "more" once every section is shown');
    const shown = await items.evaluateAll((els) => els.map((e) => e.querySelector('a').getAttribute('href')));
    assert.equal(new Set(shown).size, total, 'each citing section once, none repeated across the two pages');
  });
});
