import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { migrateToLatest } from '../server/db/migrate';
import { SESSION_COOKIE, signSession } from '../server/runtime/session';
import { TABS } from '../src/lib/tabs';
import { onBenchDatabase } from './each-database';
import { heading, verdict } from './format';
import { HOST, startServer } from './http-load';
import { chromium } from 'playwright-core';

/**
 * ARCHITECTURE.md: the H5 build, served as `npm start` serves it, scores
 * Lighthouse mobile performance ≥ 97 and accessibility 100 on every tab page.
 * Measured as the demo's resident 王建国 (signed in by the session cookie and
 * the app's signed-in flag, so each tab shows what a resident sees, not the
 * sign-in page), with
 * Lighthouse's default mobile emulation and simulated throttling, in
 * Debian's Chromium. Needs the H5 build (`npx taro build --type h5`).
 */
const BUDGET = { performance: 97, accessibility: 100 };
const ROOT = path.resolve(__dirname, '..');
const RESIDENT_OPENID = 'demo:resident';

interface Scores {
  performance: number;
  accessibility: number;
  /** What accessibility found, when it is below 100. */
  findings: string[];
  lcpMs: number;
  /** The other timings the score is made of, to see what holds it back. */
  breakdown: string;
}

type LighthouseRun = (url: string, flags: Record<string, unknown>) => Promise<{ lhr: LighthouseResult } | undefined>;
interface LighthouseResult {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; numericValue?: number }>;
}

// Lighthouse and chrome-launcher are ES modules only: loaded at run time, as `npm run bench` runs this file as CommonJS.
const esm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/** Kept equal to src/lib/cloud.ts SIGNED_IN_KEY, as Taro's setStorageSync writes it. */
const SIGNED_IN = { key: 'ct.signedIn', value: JSON.stringify({ data: true }) };

/**
 * The H5 app goes straight to sign-in unless it remembers signing in
 * (localStorage). Lighthouse would clear storage with the cache, so the
 * browser is readied by hand: the flag is written from a page of the same
 * origin that loads none of the app, and the HTTP cache is emptied, so each
 * tab is measured as a returning resident's first load of the day.
 */
export async function readyBrowser(cdpPort: number, origin: string): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
  const context = browser.contexts()[0];
  const page = await context.newPage();
  await page.goto(`${origin}/api/health`);
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), SIGNED_IN);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await page.close();
}

/**
 * LIGHTHOUSE_JSON=<dir>: each tab's whole report is written there (<tab>.json), to read
 * where the time goes (mainthread-work-breakdown, bootup-time, network-requests).
 * LIGHTHOUSE_TABS=首页,消息: only those tabs (quicker while trying a change).
 */
const SAVE_DIR = process.env.LIGHTHOUSE_JSON;
const ONLY_TABS = process.env.LIGHTHOUSE_TABS?.split(',').filter(Boolean);

async function score(run: LighthouseRun, url: string, port: number, cookie: string, name: string): Promise<Scores> {
  await readyBrowser(port, new URL(url).origin);
  const result = await run(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'], formFactor: 'mobile', extraHeaders: { Cookie: cookie }, disableStorageReset: true });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  if (SAVE_DIR) {
    mkdirSync(SAVE_DIR, { recursive: true });
    writeFileSync(path.join(SAVE_DIR, `${name}.json`), JSON.stringify(result.lhr));
  }
  const { categories, audits } = result.lhr;
  const pct = (c: string) => Math.round((categories[c]?.score ?? 0) * 100);
  const findings = categories.accessibility.auditRefs
    .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => audits[ref.id].title);
  const ms = (id: string) => Math.round(audits[id]?.numericValue ?? 0);
  const breakdown = `FCP ${ms('first-contentful-paint')} ms, SI ${ms('speed-index')} ms, TBT ${ms('total-blocking-time')} ms, CLS ${(audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)}`;
  return { performance: pct('performance'), accessibility: pct('accessibility'), findings, lcpMs: audits['largest-contentful-paint']?.numericValue ?? 0, breakdown };
}

export async function lighthouseScores(): Promise<void> {
  heading(`Lighthouse on the tab pages, as npm start serves the H5 build (mobile; budget: performance ≥ ${BUDGET.performance}, accessibility ${BUDGET.accessibility})`);
  const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromePath)) throw new Error(`Chromium not found at ${chromePath}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  if (!existsSync(path.join(ROOT, 'dist/h5/index.html'))) throw new Error('dist/h5 is not built: run `npx taro build --type h5` first');
  const { default: lighthouse } = (await esm('lighthouse')) as { default: LighthouseRun };
  const chromeLauncher = (await esm('chrome-launcher')) as { launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): Promise<void> | void }> };
  await onBenchDatabase(async (database, label, url) => {
    await migrateToLatest(database.db);
    const secret = randomBytes(32).toString('hex');
    const server = await startServer(url, secret);
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
    try {
      const cookie = `${SESSION_COOKIE}=${encodeURIComponent(signSession(RESIDENT_OPENID, secret))}`;
      console.log(`${label}; Chromium at ${chromePath}`);
      for (const tab of TABS.filter((t) => !ONLY_TABS || ONLY_TABS.includes(t.text))) {
        const s = await score(lighthouse, `http://${HOST}:${server.port}/#/${tab.pagePath}`, chrome.port, cookie, tab.text);
        const ok = s.performance >= BUDGET.performance && s.accessibility >= BUDGET.accessibility;
        console.log(`  ${tab.text.padEnd(4, '　')} performance ${String(s.performance).padStart(3)}  accessibility ${String(s.accessibility).padStart(3)}  LCP ${(s.lcpMs / 1000).toFixed(1)} s  ${verdict(ok)}`);
        console.log(`        ${s.breakdown}`);
        for (const f of s.findings) console.log(`        accessibility: ${f}`);
      }
    } finally {
      await chrome.kill();
      await server.stop();
    }
  });
}

if (require.main === module) {
  void lighthouseScores().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
