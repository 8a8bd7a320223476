/**
 * In-browser speed (issue 7): real Chromium with the built extension, typing into the Lexical fixture
 * (Facebook's editor). Reports main-thread long tasks (> 50 ms) during typing, the time from the
 * keystroke that completes a phone number to its underline (the 300 ms typing pause included), and the
 * JS heap the extension adds to a tab (against the same page with an empty extension), and the content
 * script's start-up time on a supported page with no compose box.
 *
 *   npx wxt build && npm run --silent bench:browser [-- --smoke]
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildFixtures } from '../tests/fixtures/build.mjs';
import { launch, type Browser } from '../tests/e2e/harness';

const smoke = process.argv.includes('--smoke');
const TYPED = smoke ? 120 : 2_000;
const CPS = smoke ? 40 : 10;
const TRIALS = smoke ? 2 : 12;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p))];

const FILLER = 'Reminder that our flu clinic runs every Saturday in the main lobby, bring your card. ';

async function observeLongTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__long.push(e.duration); }).observe({ type: 'longtask', buffered: false });
  });
}

/** Types a phone number's last digit and measures until the block underline covers the number. */
async function underlineLatency(page: Page, editor: string, i: number): Promise<number> {
  const number = `555-201-${String(3300 + i)}`;
  await page.click(editor);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(`Patient asked us to call her at ${number.slice(0, -1)}`);
  const start = await page.evaluate(() => performance.now());
  await page.keyboard.type(number.slice(-1));
  return page.evaluate(async ([want, t0]) => {
    for (;;) {
      const h = CSS.highlights.get('postsafe-block');
      if (h && [...(h as unknown as Iterable<Range>)].some((r) => r.toString() === want)) return performance.now() - t0;
      await new Promise((r) => requestAnimationFrame(r));
      if (performance.now() - t0 > 10_000) return Infinity;
    }
  }, [number, start] as const);
}

/**
 * The content script's start-up work on a page without a compose box: main-thread time Chromium's
 * tracing attributes to composer.js (compile, top-level run, and its callbacks) in the first second.
 */
async function startupMs(browser: Browser, url: string): Promise<number> {
  const page = await browser.ctx.newPage();
  const cdp = await browser.ctx.newCDPSession(page);
  const events: { name: string; ph: string; ts: number; dur?: number; args?: unknown }[] = [];
  cdp.on('Tracing.dataCollected', (e) => { events.push(...(e.value as unknown as typeof events)); });
  const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
  await page.goto(url);
  await page.waitForTimeout(1000);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  // Top-level script evaluation and function calls from the content script; nested events are inside these.
  const mine = events
    .filter((e) => e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.compile') && JSON.stringify(e.args ?? {}).includes('content-scripts/composer.js'))
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const)
    .sort((a, b) => a[0] - b[0]);
  // Union of the intervals, so a compile inside an evaluation is not counted twice.
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of mine) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total / 1000;
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

await buildFixtures();
const results: Record<string, unknown> = { when: new Date().toISOString(), smoke, typed: TYPED, charsPerSecond: CPS };
let browser: Browser | undefined;
try {
  browser = await launch();
  // A supported site's page with no compose box (a timeline): what every social page pays.
  const starts: number[] = [];
  for (let i = 0; i < (smoke ? 2 : 7); i++) starts.push(await startupMs(browser, 'https://mastodon.online/no-compose.html'));
  results.contentScriptStartupMs = { p50: pct(starts, 0.5), max: Math.max(...starts), samples: starts.map((x) => Math.round(x * 100) / 100), target: 5 };
  const page = await browser.open('https://www.facebook.com/');
  const editor = '#editor';
  await page.locator(editor).waitFor();
  await page.click(editor);
  await observeLongTasks(page);
  const text = FILLER.repeat(Math.ceil(TYPED / FILLER.length)).slice(0, TYPED);
  await page.keyboard.type(text, { delay: 1000 / CPS });
  const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  results.longTasksOver50ms = long.length;
  results.longestTaskMs = long.length ? Math.max(...long) : 0;

  const latencies: number[] = [];
  for (let i = 0; i < TRIALS; i++) latencies.push(await underlineLatency(page, editor, i));
  results.underlineMs = { p50: pct(latencies, 0.5), p95: pct(latencies, 0.95), samples: latencies.map((x) => Math.round(x)) };
  results.heapWithExtensionMb = await heapMb(page);
  results.heapAfterTypingNote = 'JS heap of the tab after typing, extension loaded';
} finally {
  await browser?.close();
}

// The same page and typing with an empty extension: the difference is what PostSafe adds to a tab.
{
  const empty = mkdtempSync(join(tmpdir(), 'postsafe-empty-ext-'));
  writeFileSync(join(empty, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'empty', version: '1', background: { service_worker: 'sw.js' } }));
  writeFileSync(join(empty, 'sw.js'), '');
  const base = await launch({ extensionDir: empty });
  try {
    const page = await base.open('https://www.facebook.com/');
    const editor = '#editor';
    await page.locator(editor).waitFor();
    await page.click(editor);
    await page.keyboard.type(FILLER.repeat(3));
    const baseline = await heapMb(page);
    results.heapBaselineMb = baseline;
    results.heapAddedMb = (results.heapWithExtensionMb as number) - baseline;
  } finally {
    await base.close();
  }
}

console.log(JSON.stringify(results, null, 2));
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/browser.json', JSON.stringify(results, null, 2));
