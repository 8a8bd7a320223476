/**
 * The composer content script on the two basic compose boxes (a textarea and a plain contenteditable),
 * served under a supported host (a Mastodon instance), and on an unsupported host where it must change
 * nothing. Everything a clinician would notice: the underline, the badge, the card, redact, undo, the
 * Post guard and posting once fixed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, screenshot, type Browser, type ExtensionGlobal } from './harness';
import { clickRole, waitForNoRole, waitForRole } from './sites/ax';
import { countMutations, mutationsSinceLoad, waitForHighlight } from './sites/page-probes';

const PHI = 'jane@example.com';
const DRAFT = `Please call the family at ${PHI} after the visit.`;
const REDACTED = DRAFT.replace(PHI, '[email]');
/** An extension page's `chrome` global (the tests have no chrome types). */

const BADGE = /^PostSafe: \d+ findings?/;

interface Box {
  name: string;
  url: string;
  selector: string;
  read(page: Page): Promise<string>;
}

const BOXES: Box[] = [
  { name: 'textarea', url: 'https://mastodon.online/textarea.html', selector: 'textarea', read: (p) => p.locator('textarea').inputValue() },
  { name: 'contenteditable', url: 'https://mastodon.online/contenteditable.html', selector: '[contenteditable]', read: (p) => p.locator('[contenteditable]').evaluate((e) => (e as HTMLElement).innerText.replace(/\n$/, '')) },
];

describe('compose box in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch({ extensionDir: process.env.POSTSAFE_E2E_EXTENSION }); });
  afterAll(async () => { await browser?.close(); });

  describe.each(BOXES)('$name', (box) => {
    let page: Page;
    beforeAll(async () => { page = await browser.open(box.url); });
    afterAll(async () => { await page?.close(); });

    it('underlines the PHI as it is typed and shows the badge', async () => {
      await page.click(box.selector);
      await page.keyboard.type(DRAFT);
      await waitForHighlight(page, PHI);
      await waitForRole(page, 'button', BADGE);
      expect(await box.read(page)).toBe(DRAFT);
      await screenshot(page, `compose-${box.name}-underline`);
    });

    it('a click on the underlined text opens the card without taking focus; Escape closes it', async () => {
      const at = await page.evaluate((want) => {
        const h = CSS.highlights.get('postsafe-block') as unknown as Iterable<Range> | undefined;
        const r = [...(h ?? [])].find((x) => x.toString() === want)!.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }, PHI);
      await page.mouse.click(at.x, at.y);
      await waitForRole(page, 'dialog', 'PostSafe check');
      expect(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), box.selector)).toBe(true);
      await page.keyboard.press('Escape');
      await waitForNoRole(page, 'dialog', 'PostSafe check');
      expect(await box.read(page)).toBe(DRAFT);
    });

    it('opens the card from the badge and redacts through the editor', async () => {
      await clickRole(page, 'button', BADGE);
      await waitForRole(page, 'dialog', 'PostSafe check');
      await screenshot(page, `compose-${box.name}-card`);
      await clickRole(page, 'button', /^Redact as /);
      await expect.poll(() => box.read(page)).toBe(REDACTED);
      await waitForNoRole(page, 'button', BADGE);
    });

    it('Ctrl+Z brings the original text back, and the underline with it', async () => {
      await page.click(box.selector);
      await page.keyboard.press('Control+z');
      await expect.poll(() => box.read(page)).toBe(DRAFT);
      await waitForHighlight(page, PHI);
    });

    it('guards Post while a block finding remains, then posts once fixed', async () => {
      await page.click('button:text("Post")');
      await waitForRole(page, 'dialog', /blocks posting/);
      expect(await page.locator('#posted').textContent()).toBe('');
      await screenshot(page, `compose-${box.name}-guard`);
      await clickRole(page, 'button', 'Fix');
      await clickRole(page, 'button', /^Redact as /);
      await expect.poll(() => box.read(page)).toBe(REDACTED);
      await page.click('button:text("Post")');
      await expect.poll(() => page.locator('#posted').textContent()).toContain('[email]');
    });

    it('guards the Ctrl+Enter shortcut too', async () => {
      await page.click(box.selector);
      await page.keyboard.press('End');
      await page.keyboard.type(` Or ${PHI}`);
      await waitForHighlight(page, PHI);
      await page.keyboard.press('Control+Enter');
      await waitForRole(page, 'dialog', /blocks posting/);
      await clickRole(page, 'button', 'Close');
      await waitForNoRole(page, 'dialog', /blocks posting/);
    });
  });

  it('changes nothing at all on an unsupported site', async () => {
    const page = await browser.ctx.newPage();
    await countMutations(page);
    await page.goto('https://unsupported.example/textarea.html');
    await page.click('textarea');
    await page.keyboard.type(DRAFT);
    // Absence can only be shown over a window: three typing pauses is longer than any check takes.
    await page.waitForTimeout(1000);
    expect(await mutationsSinceLoad(page)).toEqual([]);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });

  it('changes nothing on a supported site while checking is paused', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.evaluate((m) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage(m), { kind: 'pause/set-all', until: 0 });
    const page = await browser.ctx.newPage();
    await countMutations(page);
    await page.goto('https://mastodon.online/textarea.html');
    await page.click('textarea');
    await page.keyboard.type(DRAFT);
    await page.waitForTimeout(1000); // absence over a window, as above
    expect(await mutationsSinceLoad(page)).toEqual([]);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await popup.evaluate((m) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage(m), { kind: 'pause/set-all', until: null });
    await page.close();
    await popup.close();
  });
});
