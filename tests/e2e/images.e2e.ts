/**
 * Images attached to a compose box, in real Chromium with the built extension: the image is read on
 * this device (OCR in the extension's offscreen document), its text goes through the same checker, the
 * card lists what the image shows, and the Post guard holds a post whose image has a blocking finding.
 * The test images are drawn by the test (a canvas), not stored in the repository.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request as PwRequest } from 'playwright-core';
import { launch, screenshot, type Browser } from './harness';
import { clickRole, findByRole, waitForNoRole, waitForRole } from './sites/ax';
import { CLEAN_IMAGE, PHI_IMAGE, renderPng, type TextImage } from '../fixtures/images/render';

const URL = 'https://mastodon.online/image.html';
const BADGE = /^PostSafe: \d+ findings?/;
/** OCR on a busy 2-core machine, the first time including the engine's start: generous. */
const OCR_WAIT_MS = 60_000;
const IMAGE_EMAIL = /^Text in the attached image looks like an e-mail address/;

async function attach(page: Page, image: TextImage): Promise<void> {
  const buffer = await renderPng(page, image);
  await page.setInputFiles('input[type=file]', { name: image.name, mimeType: 'image/png', buffer });
}

describe('images attached to a compose box', () => {
  let browser: Browser;
  const requests: string[] = [];
  beforeAll(async () => {
    browser = await launch({ extensionDir: process.env.POSTSAFE_E2E_EXTENSION });
    browser.ctx.on('request', (r: PwRequest) => requests.push(r.url()));
  });
  afterAll(async () => { await browser?.close(); });

  describe('a chart-note screenshot, then a clean poster', () => {
    let page: Page;
    beforeAll(async () => { page = await browser.open(URL); });
    afterAll(async () => { await page?.close(); });

    it('finds the e-mail address in the image text and says it is in the image', async () => {
      await page.click('textarea');
      await page.keyboard.type('Great turnout at clinic today.');
      await attach(page, PHI_IMAGE);
      await waitForRole(page, 'button', BADGE, OCR_WAIT_MS);
      await clickRole(page, 'button', BADGE);
      await waitForRole(page, 'dialog', 'PostSafe check');
      await waitForRole(page, 'StaticText', IMAGE_EMAIL);
      await waitForRole(page, 'StaticText', 'jane@example.com');
      await screenshot(page, 'images-card');
      await clickRole(page, 'button', 'Close');
      await waitForNoRole(page, 'dialog', 'PostSafe check');
    });

    it('holds Post while the image has a blocking finding', async () => {
      await page.click('button:text("Post")');
      await waitForRole(page, 'dialog', /blocks posting/);
      await waitForRole(page, 'StaticText', IMAGE_EMAIL);
      expect(await page.locator('#posted').textContent()).toBe('');
      await screenshot(page, 'images-guard');
      await clickRole(page, 'button', 'Close');
      await waitForNoRole(page, 'dialog', /blocks posting/);
    });

    it('a clean image in its place raises nothing, and the post goes through', async () => {
      await attach(page, CLEAN_IMAGE);
      await waitForNoRole(page, 'button', BADGE, OCR_WAIT_MS);
      // the scan has finished (no "scanning" badge either) and found nothing
      await waitForNoRole(page, 'button', /^PostSafe: scanning/, OCR_WAIT_MS);
      expect(await page.locator('#posted').textContent()).toBe('');
      await page.click('button:text("Post")');
      await expect.poll(() => page.locator('#posted').textContent(), { timeout: OCR_WAIT_MS }).toBe(`posted: Great turnout at clinic today. [${CLEAN_IMAGE.name}]`);
      expect(await findByRole(page, 'button', BADGE)).toBeUndefined();
    });
  });

  it('checks an image attached before the compose box was focused', async () => {
    const page = await browser.open(URL);
    await attach(page, PHI_IMAGE);
    await waitForRole(page, 'button', BADGE, OCR_WAIT_MS);
    await page.click('button:text("Post")');
    await waitForRole(page, 'dialog', /blocks posting/);
    expect(await page.locator('#posted').textContent()).toBe('');
    await page.close();
  });

  it('a Post clicked while the image is still being read waits for the scan, then holds', async () => {
    const page = await browser.open(URL);
    await page.click('textarea');
    await page.keyboard.type('Photo from today.');
    await attach(page, PHI_IMAGE);
    // Straight away: the scan has just started (or already finished); either way the post must not go out.
    await page.click('button:text("Post")');
    await waitForRole(page, 'dialog', /blocks posting/, OCR_WAIT_MS);
    expect(await page.locator('#posted').textContent()).toBe('');
    await page.close();
  });

  it.each(['paste', 'drop'] as const)('checks an image attached by a %s on the compose box', async (how) => {
    const page = await browser.open(URL);
    await page.click('textarea');
    const base64 = (await renderPng(page, PHI_IMAGE)).toString('base64');
    await page.evaluate(({ base64, name, how }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], name, { type: 'image/png' }));
      const box = document.querySelector('textarea')!;
      box.dispatchEvent(how === 'paste'
        ? new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
        : new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, { base64, name: PHI_IMAGE.name, how });
    await waitForRole(page, 'button', BADGE, OCR_WAIT_MS);
    await clickRole(page, 'button', BADGE);
    await waitForRole(page, 'StaticText', IMAGE_EMAIL);
    await page.close();
  });

  it('keeps nothing: no image text in extension storage, no IndexedDB (no OCR cache), no request off the machine', async () => {
    const stored = await browser.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> }; session: { get(k: null): Promise<object> } } } }).chrome;
      return JSON.stringify({ local: await c.storage.local.get(null), session: await c.storage.session.get(null), dbs: (await indexedDB.databases()).map((d) => d.name) });
    });
    for (const t of ['jane@example.com', 'Maria Gomez', '00482913']) expect(stored).not.toContain(t);
    expect(JSON.parse(stored).dbs).toEqual([]);
    // What Playwright sees (pages, content scripts); the offscreen document's own file paths are pinned
    // to the extension by tests/lib/images/recognize.test.ts.
    const outside = requests.filter((u) => !/^(chrome-extension|data|blob):/.test(u) && !u.startsWith('https://mastodon.online/'));
    expect(outside).toEqual([]);
  });
});
