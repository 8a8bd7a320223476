/**
 * Trust promises, in real Chromium: nothing leaves the browser, no draft text is stored, and the draft
 * survives the extension being reloaded under the user's hands (an orphaned content script).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request as PwRequest } from 'playwright-core';
import { FIXTURE_HOSTS, launch, type Browser, type ExtensionGlobal } from './harness';
import { modelText } from './sites/suite';
import { waitForHighlight } from './sites/page-probes';

const TYPED = ['Mrs. Okafor', 'DOB 04/11/1957', '555-201-3344', 'jane.okafor@example.com', 'MRN 00482913'];
const DRAFT = `Saw ${TYPED[0]} today, ${TYPED[1]}, call ${TYPED[2]} or ${TYPED[3]}, ${TYPED[4]}.`;


describe('trust in real Chromium', () => {
  let browser: Browser;
  const requests: string[] = [];
  beforeAll(async () => {
    browser = await launch();
    browser.ctx.on('request', (r: PwRequest) => requests.push(`${r.method()} ${r.url()}`));
  });
  afterAll(async () => { await browser?.close(); });

  it('a session of typing PHI, fixing and using every page makes no request beyond the fixture pages', async () => {
    const page = await browser.open('https://www.facebook.com/');
    await page.click('#editor');
    await page.keyboard.type(DRAFT);
    await expect.poll(() => modelText(page)).toBe(DRAFT);
    await waitForHighlight(page, TYPED[3]);
    const textarea = await browser.open('https://mastodon.online/textarea.html');
    await textarea.click('textarea');
    await textarea.keyboard.type(DRAFT);
    await waitForHighlight(textarea, TYPED[3]);
    for (const path of ['popup.html', 'sidepanel.html', 'sidepanel.html#snippets', 'options.html']) {
      const p = await browser.openExtensionPage(path);
      await p.locator('h1').first().waitFor();
      await p.close();
    }
    const fixtureOrigins = Object.keys(FIXTURE_HOSTS).map((h) => `https://${h}/`);
    const outside = requests.filter((r) => {
      const url = r.slice(r.indexOf(' ') + 1);
      if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return false;
      return !(r.startsWith('GET ') && fixtureOrigins.some((o) => url.startsWith(o)));
    });
    expect(outside).toEqual([]);
    // The fixture server saw page loads only: no query strings, nothing posted.
    expect(browser.server.requests.filter((r) => r.includes('?'))).toEqual([]);
    expect(browser.server.notFound.filter((r) => !r.endsWith('/favicon.ico'))).toEqual([]);
    await textarea.close();
    await page.close();
  });

  it('stores none of the typed text: storage.local, storage.session and IndexedDB hold no draft', async () => {
    const stored = await browser.worker.evaluate(async () => {
      const c = (globalThis as unknown as ExtensionGlobal).chrome;
      const dbs = (await indexedDB.databases()).map((d) => d.name);
      return JSON.stringify({ local: await c.storage.local.get(null), session: await c.storage.session.get(null), dbs });
    });
    for (const t of TYPED) expect(stored).not.toContain(t);
    expect(JSON.parse(stored).dbs).toEqual([]);
  });

  it('reloading the extension while the user types leaves the draft intact and the page working', async () => {
    const page = await browser.open('https://mastodon.online/textarea.html');
    await page.click('textarea');
    await page.keyboard.type('Draft before the update. ');
    await browser.worker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.runtime.reload());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.keyboard.type('And after it, call 555-201-3344.');
    const expected = 'Draft before the update. And after it, call 555-201-3344.';
    await expect.poll(() => page.locator('textarea').inputValue()).toBe(expected);
    await page.click('button[type="submit"]');
    await expect.poll(() => page.locator('#posted').textContent()).toBe(expected);
    expect(errors).toEqual([]);
  });
});
