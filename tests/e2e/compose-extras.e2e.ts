/**
 * The composer beyond the basic loop: a reply box a single-page app adds later inside an open shadow
 * root, "Post anyway" recording an override (rule, site, time; never text), and approved snippets
 * inserted at the caret of the compose box through the editor-safe path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { askBackground, launch, screenshot, type Browser, type ExtensionGlobal } from './harness';
import { clickRole, findByRole, waitForNoRole, waitForRole } from './sites/ax';
import { waitForHighlight } from './sites/page-probes';
import { DRAFT, PHI, modelText } from './sites/suite';
import { DEFAULT_POLICY } from '../../lib/policy/default';


const SNIPPET = DEFAULT_POLICY.snippets.find((s) => !s.expires || Date.parse(s.expires) > Date.now())!;

describe('composer extras in real Chromium', () => {
  let browser: Browser;
  let popup: Page;
  beforeAll(async () => {
    browser = await launch({ extensionDir: process.env.POSTSAFE_E2E_EXTENSION });
    popup = await browser.openExtensionPage('popup.html');
  });
  afterAll(async () => { await browser?.close(); });

  /** Sends a request to the background as the extension's own page would; returns the reply value. */
  const ask = (message: object) => askBackground(popup, message);

  /**
   * The newest tab whose content script reported to the background for this site (tab URLs are hidden
   * from the extension: it has no "tabs" permission, on purpose).
   */
  async function tabIdOf(site: string): Promise<number> {
    const tabs = await popup.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.tabs.query({}));
    const ids: number[] = [];
    for (const t of tabs) {
      const f = (await ask({ kind: 'findings/get', tabId: t.id })) as { site: string | null };
      if (f.site === site) ids.push(t.id);
    }
    if (!ids.length) throw new Error(`no tab reported for ${site}`);
    return Math.max(...ids);
  }

  it('finds a reply box added later in an open shadow root, guards its Post, and records "Post anyway" without text', async () => {
    await ask({ kind: 'history/clear' });
    const page = await browser.open('https://mastodon.social/later.html');
    await page.click('#open-reply');
    await page.click('reply-box [contenteditable]');
    await page.keyboard.type(DRAFT);
    await waitForHighlight(page, PHI);
    await page.click('reply-box button');
    await waitForRole(page, 'dialog', /blocks posting/);
    expect(await page.locator('#posted').textContent()).toBe('');
    await screenshot(page, 'compose-shadow-guard');
    await clickRole(page, 'button', 'Post anyway');
    await expect.poll(() => page.locator('#posted').textContent()).toContain(PHI);
    const history = (await ask({ kind: 'history/get' })) as { kind: string; rule: string; site: string; time: number }[];
    const override = history.find((h) => h.kind === 'override');
    expect(override).toMatchObject({ rule: 'phi-email', site: 'mastodon' });
    expect(JSON.stringify(history)).not.toContain(PHI);
    await page.close();
  });

  it('follows an organisation policy that forbids posting anyway and wants a reason to dismiss', async () => {
    // An imported document is merged over the default: only what the organisation changes.
    const strict = { schemaVersion: 1, overrides: { allowPostAnyway: false, requireReason: true, allowPause: true } };
    expect(await ask({ kind: 'policy/import', json: JSON.stringify(strict) })).toEqual({ ok: true, errors: [] });
    const page = await browser.open('https://mastodon.online/textarea.html');
    await page.click('textarea');
    await page.keyboard.type(DRAFT);
    await waitForHighlight(page, PHI);
    await page.click('button:text("Post")');
    await waitForRole(page, 'dialog', /blocks posting/);
    expect(await findByRole(page, 'button', 'Post anyway')).toBeUndefined();
    await clickRole(page, 'button', 'Fix');
    await clickRole(page, 'button', 'Dismiss once');
    await clickRole(page, 'textbox', 'Reason for dismissing');
    await page.keyboard.type('Shared mailbox of the clinic, not a patient');
    await clickRole(page, 'button', 'Dismiss once');
    await waitForNoRole(page, 'button', /^PostSafe: /);
    await page.click('button:text("Post")');
    await expect.poll(() => page.locator('#posted').textContent()).toBe(DRAFT);
    await ask({ kind: 'policy/reset' });
    await page.close();
  });

  it('keeps the textarea underline on its text through scrolling, wrapping and resizing', async () => {
    const page = await browser.open('https://mastodon.online/textarea.html');
    await page.click('textarea');
    const filler = 'Clinic news for this week, nothing private in these lines at all. '.repeat(6);
    await page.keyboard.insertText(filler);
    await page.keyboard.type(`Questions: ${PHI}`);
    await waitForHighlight(page, PHI);
    /** where the underlined text sits relative to the textarea's visible box */
    const where = () => page.evaluate((want) => {
      const h = CSS.highlights.get('postsafe-block') as unknown as Iterable<Range> | undefined;
      const range = [...(h ?? [])].find((r) => r.toString() === want);
      const field = document.querySelector('textarea')!;
      const box = field.getBoundingClientRect();
      const r = range?.getBoundingClientRect();
      if (!r) return 'missing';
      if (r.bottom <= box.top + 1) return 'above';
      if (r.top >= box.bottom - 1) return 'below';
      return r.left >= box.left && r.right <= box.right ? 'inside' : 'sideways';
    }, PHI);
    await expect.poll(where).toBe('inside');
    await page.evaluate(() => { document.querySelector('textarea')!.scrollTop = 0; });
    // scrolled back to the top, the last line (and its underline) is out of view below
    await expect.poll(where).toBe('below');
    await page.evaluate(() => { const t = document.querySelector('textarea')!; t.style.width = '300px'; t.scrollTop = t.scrollHeight; });
    await expect.poll(where).toBe('inside');
    await screenshot(page, 'compose-textarea-scrolled');
    await page.close();
  });

  it("applies a rule's own fix: the correcting snippet goes into the Draft.js model once, as its own paragraph", async () => {
    const claim = 'Vaccines cause autism.';
    const snippet = DEFAULT_POLICY.snippets.find((x) => x.id === 'vaccines-autism-en')!;
    const page = await browser.open('https://x.com/');
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type(claim);
    await waitForRole(page, 'button', /^PostSafe: /);
    await clickRole(page, 'button', /^PostSafe: /);
    await clickRole(page, 'button', /^Add approved text: /);
    await expect.poll(() => modelText(page)).toBe(`${claim}\n\n${snippet.body}`);
    await screenshot(page, 'compose-x-snippet-fix');
    await page.close();
  });

  it('guards a comment box that posts on a plain Enter (Facebook), while Shift+Enter stays a new line', async () => {
    const page = await browser.open('https://www.facebook.com/');
    await page.click('#comment');
    await page.keyboard.type(`Call me at ${PHI}`);
    await waitForHighlight(page, PHI);
    await page.keyboard.press('Shift+Enter');
    expect(await findByRole(page, 'dialog', /blocks posting/)).toBeUndefined();
    await page.keyboard.press('Enter');
    await waitForRole(page, 'dialog', /blocks posting/);
    expect(await page.locator('#posted').textContent()).toBe('');
    await page.close();
  });

  it('opens the card from the keyboard, and Escape returns to the draft untouched', async () => {
    const page = await browser.open('https://mastodon.online/textarea.html');
    await page.click('textarea');
    await page.keyboard.type(DRAFT);
    await waitForHighlight(page, PHI);
    await page.keyboard.press('Alt+Shift+KeyF');
    await waitForRole(page, 'dialog', 'PostSafe check');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('POSTSAFE-CARD');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await waitForNoRole(page, 'dialog', 'PostSafe check');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await page.locator('textarea').inputValue()).toBe(DRAFT);
    await page.close();
  });

  it('pausing an active page takes every trace away, and resuming brings checking back', async () => {
    const page = await browser.open('https://mastodon.online/textarea.html');
    await page.click('textarea');
    await page.keyboard.type(DRAFT);
    await waitForHighlight(page, PHI);
    const traces = () => page.evaluate(() => ({
      highlights: CSS.highlights.size,
      elements: document.querySelectorAll('postsafe-card, postsafe-mirror').length,
      styles: [...document.querySelectorAll('style')].filter((s) => s.textContent?.includes('::highlight(')).length,
    }));
    expect(await traces()).toMatchObject({ elements: 2, styles: 1 });
    await ask({ kind: 'pause/set-all', until: 0 });
    await expect.poll(traces).toEqual({ highlights: 0, elements: 0, styles: 0 });
    expect(await page.locator('textarea').inputValue()).toBe(DRAFT);
    await ask({ kind: 'pause/set-all', until: null });
    await page.click('body');
    await page.click('textarea');
    await waitForHighlight(page, PHI);
    await page.close();
  });

  it.each([
    ['a textarea', 'mastodon', 'https://mastodon.online/textarea.html', 'textarea', (p: Page) => p.locator('textarea').inputValue()],
    ['Lexical (Facebook)', 'facebook', 'https://www.facebook.com/', '[data-lexical-editor="true"]', modelText],
    ['Draft.js (X)', 'x', 'https://x.com/', '[data-testid="tweetTextarea_0"]', modelText],
  ])('inserts an approved snippet at the caret of %s, once', async (_name, site, url, editor, read) => {
    const page = await browser.open(url);
    await page.click(editor);
    await page.keyboard.type('Before  after');
    await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 'after'.length; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => read(page)).toBe('Before  after');
    // the content script has reported this tab to the background once it checked the box
    await expect.poll(() => tabIdOf(site).then(() => true, () => false)).toBe(true);
    await ask({ kind: 'snippet/insert', tabId: await tabIdOf(site), snippetId: SNIPPET.id });
    // A fix or insert waits out the editor's undo-merge window (UNDO_GAP_MS) so it is its own undo step.
    await expect.poll(() => read(page), { timeout: 5_000 }).toBe(`Before ${SNIPPET.body} after`);
    await page.close();
  });
});
