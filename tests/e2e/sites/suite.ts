/**
 * The one suite every site fixture runs (Harper's shape: a tiny spec per site calls this). It types a
 * draft with PHI character by character into the site's real editor, then checks what a clinician would
 * notice — the underline on the right text, the badge and card, redact, undo, the Post guard, posting
 * once fixed — and reads the editor's OWN model text back (window.__editorText), not just the DOM.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, screenshot, type Browser } from '../harness';
import { clickRole, waitForNoRole, waitForRole } from './ax';
import { waitForHighlight } from './page-probes';

export interface SiteFixture {
  /** site id, used in screenshot names */
  site: string;
  url: string;
  /** the compose box (a Playwright selector) */
  editor: string;
  /** the Post button */
  post: string;
}

export const PHI = 'jane@example.com';
export const DRAFT = `Please call the family at ${PHI} after the visit.`;
export const REDACTED = DRAFT.replace(PHI, '[email]');
/** Astral-plane emoji (surrogate pairs, a skin-tone modifier) and Hebrew before the PHI shift every offset. */
export const MIXED = `👋🏽 שלום 🙂 mail ${PHI} today`;
const BADGE = /^PostSafe: \d+ findings?/;

/** The editor's own model text (Lexical state, Draft content, Quill delta, ProseMirror doc, value). */
export function modelText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __editorText(): string }).__editorText());
}

export function siteSuite(fixture: SiteFixture): void {
  describe(`${fixture.site} compose box`, () => {
    let browser: Browser;
    let page: Page;
    beforeAll(async () => {
      // POSTSAFE_E2E_EXTENSION: an unpacked build elsewhere than .output/chrome-mv3 (e.g. a keyed test build)
      browser = await launch({ extensionDir: process.env.POSTSAFE_E2E_EXTENSION });
      page = await browser.open(fixture.url);
      await page.locator(fixture.editor).waitFor();
    });
    afterAll(async () => { await browser?.close(); });

    it('underlines the PHI typed into the real editor, and the badge appears', async () => {
      await page.click(fixture.editor);
      await page.keyboard.type(DRAFT);
      await expect.poll(() => modelText(page)).toBe(DRAFT);
      await waitForHighlight(page, PHI);
      await waitForRole(page, 'button', BADGE);
      await screenshot(page, `site-${fixture.site}-underline`);
    });

    it('redacts from the card through the editor, and the editor model holds the new text', async () => {
      await clickRole(page, 'button', BADGE);
      await waitForRole(page, 'dialog', 'PostSafe check');
      await screenshot(page, `site-${fixture.site}-card`);
      await clickRole(page, 'button', /^Redact as /);
      await expect.poll(() => modelText(page)).toBe(REDACTED);
      await waitForNoRole(page, 'button', BADGE);
    });

    it('Ctrl+Z restores the draft exactly, nothing duplicated', async () => {
      await page.click(fixture.editor);
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page)).toBe(DRAFT);
      await waitForHighlight(page, PHI);
    });

    it('guards Post while the block finding remains, then posts once fixed', async () => {
      await page.click(fixture.post);
      await waitForRole(page, 'dialog', /blocks posting/);
      expect(await page.locator('#posted').textContent()).toBe('');
      await clickRole(page, 'button', 'Fix');
      await clickRole(page, 'button', /^Redact as /);
      await expect.poll(() => modelText(page)).toBe(REDACTED);
      await page.click(fixture.post);
      await expect.poll(() => page.locator('#posted').textContent()).toBe(REDACTED);
    });

    it('keeps the underline on the right text after emoji and right-to-left text', async () => {
      await page.click(fixture.editor);
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Backspace');
      await expect.poll(() => modelText(page)).toBe('');
      await page.keyboard.type(MIXED);
      await expect.poll(() => modelText(page)).toBe(MIXED);
      await waitForHighlight(page, PHI);
      await screenshot(page, `site-${fixture.site}-emoji-rtl`);
    });
  });
}
