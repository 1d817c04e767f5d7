// Starts `tracuu serve` on a fresh index built from the fixture reports (and a generated corpus
// when `tracuu gen` works), on a free loopback port, and Chromium with nothing but that server.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '..', '..');
export const bin = process.env.TRACUU_BIN || path.join(repo, 'target', 'debug', 'tracuu');
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

function run(args) {
  const out = spawnSync(bin, args, { encoding: 'utf8' });
  return { ok: out.status === 0, text: `${out.stdout}\n${out.stderr}`.trim() };
}

/** The real reports, next to the repository; absent on most machines. */
export const seeds = process.env.TRACUU_SEEDS || path.resolve(repo, '..', 'shared', 'seeds');

/**
 * Builds the index and starts the server; returns {url, close, notes}. By default the corpus is
 * the fixture reports plus 40 generated ones; `only` indexes just the folders given.
 */
export async function startServer(only) {
  if (!existsSync(bin)) throw new Error(`no tracuu binary at ${bin}: run cargo build first`);
  const work = mkdtempSync(path.join(tmpdir(), 'tracuu-browser-'));
  const notes = [];
  const corpora = only ? [...only] : [path.join(repo, 'tests', 'fixtures', 'reports')];
  if (!only) {
    const generated = path.join(work, 'generated');
    const gen = run(['gen', '--reports', '40', '--out', generated]);
    if (gen.ok) corpora.push(generated);
    else notes.push(`generated corpus left out: tracuu gen failed: ${gen.text}`);
  }
  const index = path.join(work, 'index');
  const built = run(['index', '--index', index, ...corpora]);
  if (!built.ok) throw new Error(`tracuu index failed: ${built.text}`);
  notes.push(`index: ${built.text.replace(/\s+/g, ' ')}`);

  const child = spawn(bin, ['serve', '--index', index, '--addr', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stderr.on('data', (d) => { log += d; });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`tracuu serve did not start in 20 s: ${out} ${log}`)), 20000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`tracuu serve exited with ${code}: ${out} ${log}`));
    });
  });
  return {
    url,
    notes,
    log: () => log,
    async close() {
      child.removeAllListeners('exit');
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Launches headless Chromium with a fresh profile; returns {context, close}. */
export async function startBrowser() {
  const profile = mkdtempSync(path.join(tmpdir(), 'tracuu-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
