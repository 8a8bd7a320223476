/**
 * Trust promises against a page that works against us, in real Chromium: drafts survive a page that
 * re-renders or removes its compose box and are never changed by checking; a hostile page can neither
 * read, hide nor restyle the card, nor speak for the extension; and whatever the draft holds is shown
 * as text, never run as HTML.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launch, type Browser, type ExtensionGlobal } from './harness';
import { axNodes, clickRole, findByRole, waitForRole } from './sites/ax';
import { highlighted, waitForHighlight } from './sites/page-probes';
import { modelText } from './sites/suite';
import { DEFAULT_POLICY } from '../../lib/policy/default';

const BADGE = /^PostSafe: \d+ findings?/;
const FIRST = 'jane@example.com';
const SECOND = 'mark.okafor@example.org';
const SNIPPET = DEFAULT_POLICY.snippets.find((s) => !s.expires || Date.parse(s.expires) > Date.now())!;

/** Every site fixture's compose box (the same selectors as tests/e2e/sites/*.e2e.ts). */
const SITES = [
  ['bluesky', 'https://bsky.app/', '.ProseMirror'],
  ['facebook', 'https://www.facebook.com/', '[role="dialog"] [data-lexical-editor="true"]'],
  ['instagram', 'https://www.instagram.com/', '[data-lexical-editor="true"]'],
  ['linkedin', 'https://www.linkedin.com/', '.ql-editor'],
  ['mastodon', 'https://mastodon.social/', 'textarea.autosuggest-textarea__textarea'],
  ['reddit', 'https://www.reddit.com/', 'textarea[name="body"]'],
  ['threads', 'https://www.threads.com/', '[data-lexical-editor="true"]'],
  ['tiktok', 'https://www.tiktok.com/', '.public-DraftEditor-content'],
  ['x', 'https://x.com/', '[data-testid="tweetTextarea_0"]'],
  ['youtube', 'https://www.youtube.com/', '#contenteditable-root'],
] as const;

/** Errors the page would see: uncaught exceptions, and console errors other than the fixture's missing favicon. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().includes('Failed to load resource')) errors.push(m.text()); });
  return errors;
}

/**
 * Watches a value for a bounded time and fails if it ever differs: "nothing happens" has no state to
 * wait for, so the watch spans longer than a round trip to the background and back (well under 1 s).
 */
async function staysFor(page: Page, ms: number, read: () => Promise<unknown>, expected: unknown): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    expect(await read()).toEqual(expected);
    await page.waitForTimeout(100); // polling interval of the bounded watch
  }
}

interface DomNode { nodeName: string; nodeValue?: string; children?: DomNode[]; shadowRoots?: DomNode[] }

/** Node names and texts inside PostSafe's card, read through DevTools (the page itself cannot). */
async function cardShadowTree(page: Page): Promise<{ elements: string[]; text: string }> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  await session.detach();
  const find = (n: DomNode): DomNode | undefined => n.nodeName === 'POSTSAFE-CARD' ? n : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean);
  const card = find(root);
  const elements: string[] = [];
  let text = '';
  const walk = (n: DomNode) => {
    if (n.nodeName === '#text') text += n.nodeValue ?? '';
    else if (!n.nodeName.startsWith('#')) elements.push(n.nodeName);
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
  };
  for (const r of card?.shadowRoots ?? []) walk(r);
  return { elements, text };
}

/** An extension page's `chrome` global (the tests have no chrome types). */

describe('hostile pages and fragile drafts in real Chromium', () => {
  let browser: Browser;
  let popup: Page;
  beforeAll(async () => {
    browser = await launch({ extensionDir: process.env.POSTSAFE_E2E_EXTENSION });
    popup = await browser.openExtensionPage('popup.html');
  });
  afterAll(async () => { await browser?.close(); });

  /** The rule ids the popup and side panel list for the newest tab that reported for a site. */
  async function reportedFindings(site: string): Promise<string[] | null> {
    return popup.evaluate(async (want) => {
      const c = (globalThis as unknown as ExtensionGlobal).chrome;
      let newest: { id: number; rules: string[] } | null = null;
      for (const t of await c.tabs.query({})) {
        const reply = (await c.runtime.sendMessage({ kind: 'findings/get', tabId: t.id })) as { value?: unknown };
        const f = reply.value as { site: string | null; findings: { rule: string }[] };
        if (f.site === want && (!newest || t.id > newest.id)) newest = { id: t.id, rules: f.findings.map((x) => x.rule) };
      }
      return newest?.rules ?? null;
    }, site);
  }

  describe('drafts are never lost or corrupted', () => {
    it.each([
      ['a textarea', 'plain', 'textarea'],
      ['a contenteditable', 'rich', '[contenteditable]'],
    ])('a page that re-renders %s mid-check keeps every character, and checking and the Post guard move to the new box', async (_name, form, box) => {
      const page = await browser.open('https://mastodon.online/rerender.html');
      const errors = collectErrors(page);
      const editor = `#${form} ${box}`;
      const read = () => page.evaluate((sel) => {
        const el = document.querySelector(sel)!;
        return el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText;
      }, editor);
      await page.click(editor);
      const before = `Write to ${FIRST} first.`;
      await page.keyboard.type(before);
      await waitForHighlight(page, FIRST);
      const middle = ' Then call';
      await page.keyboard.type(middle);
      // the check for the new words is pending or on its way to the background when the page swaps the box
      await page.evaluate((id) => (window as unknown as { __rerender(id: string): void }).__rerender(id), form);
      const after = ` or write to ${SECOND} later.`;
      await page.keyboard.type(after);
      const full = before + middle + after;
      await expect.poll(read).toBe(full);
      await waitForHighlight(page, SECOND);
      // exactly the new box's findings are underlined: nothing left over from the replaced box
      await expect.poll(async () => (await highlighted(page)).sort()).toEqual([FIRST, SECOND].sort());
      await page.click(`#${form} button[type="submit"]`);
      await waitForRole(page, 'dialog', /blocks posting/);
      expect(await page.locator('#posted').textContent()).toBe('');
      await clickRole(page, 'button', 'Post anyway');
      await expect.poll(() => page.locator('#posted').textContent()).toBe(full);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('an editor removed while the card is open takes its card, badge and underlines with it, and the page keeps working', async () => {
      const page = await browser.open('https://mastodon.online/rerender.html');
      const errors = collectErrors(page);
      await page.click('#plain textarea');
      await page.keyboard.type(`Write to ${FIRST} please.`);
      await waitForHighlight(page, FIRST);
      await expect.poll(() => reportedFindings('mastodon')).toContain('phi-email');
      await clickRole(page, 'button', BADGE);
      await waitForRole(page, 'dialog', 'PostSafe check');
      await page.evaluate(() => (window as unknown as { __remove(id: string): void }).__remove('plain'));
      // nor do the popup and side panel go on listing the findings of a box that is gone
      await expect.poll(() => reportedFindings('mastodon')).toEqual([]);
      const leftovers = async () => ({
        dialog: !!(await findByRole(page, 'dialog', /PostSafe|blocks posting/)),
        badge: !!(await findByRole(page, 'button', BADGE)),
        underlines: (await highlighted(page)).length,
        mirrors: await page.evaluate(() => document.querySelectorAll('postsafe-mirror').length),
      });
      await expect.poll(leftovers).toEqual({ dialog: false, badge: false, underlines: 0, mirrors: 0 });
      // the other box on the page is still checked as before
      await page.click('#rich [contenteditable]');
      await page.keyboard.type(`Or to ${SECOND}.`);
      await waitForHighlight(page, SECOND);
      await waitForRole(page, 'button', BADGE);
      expect(errors).toEqual([]);
      await page.close();
    });

    it.each(SITES)('checking a long draft in the %s fixture never changes a character of the editor model', async (_site, url, editor) => {
      const page = await browser.open(url);
      await page.locator(editor).waitFor();
      await page.click(editor);
      // Typed in parts, each checked and underlined before the next, so checks land on a draft mid-typing.
      const parts = [
        `Clinic update for the week. Saw Mrs. Okafor today, DOB 04/11/1957, MRN 00482913, write to ${FIRST}`,
        ` or call 555-201-3344; her son Mark (${SECOND}`,
        ') asked about the results, “café” follow-up at 3pm, 👋🏽 שלום, thanks to all the team for a good week.',
      ];
      let typed = '';
      for (const [i, part] of parts.entries()) {
        await page.keyboard.type(part);
        typed += part;
        await expect.poll(() => modelText(page)).toBe(typed);
        if (i < 2) await waitForHighlight(page, i === 0 ? FIRST : SECOND);
      }
      await waitForRole(page, 'button', BADGE);
      await expect.poll(async () => (await highlighted(page)).includes(SECOND)).toBe(true);
      expect(await modelText(page)).toBe(typed);
      await page.close();
    });
  });

  describe('hostile pages', () => {
    it("cannot read PostSafe's UI: closed shadow roots even with attachShadow patched, and no globals added to the page", async () => {
      const page = await browser.open('https://mastodon.online/hostile.html');
      await page.click('textarea');
      await page.keyboard.type(`Write to ${FIRST} please.`);
      await waitForHighlight(page, FIRST);
      await clickRole(page, 'button', BADGE);
      await waitForRole(page, 'dialog', 'PostSafe check');
      const seen = await page.evaluate(() => {
        const w = window as unknown as { __pageGlobals: string[]; __peeked: { tag: string; shadowRoot: string | null; text: string | null }[] };
        const hosts = [...document.querySelectorAll('postsafe-card, postsafe-mirror')];
        return {
          hosts: hosts.map((h) => ({ tag: h.localName, shadowRoot: h.shadowRoot, text: h.textContent })),
          peeked: w.__peeked,
          added: Object.getOwnPropertyNames(window).filter((n) => !w.__pageGlobals.includes(n) && !['__pageGlobals', '__peeked'].includes(n)),
        };
      });
      const closed = [{ tag: 'postsafe-mirror', shadowRoot: null, text: '' }, { tag: 'postsafe-card', shadowRoot: null, text: '' }];
      expect(seen.hosts).toEqual(expect.arrayContaining(closed));
      expect(seen.hosts).toHaveLength(2);
      expect(seen.peeked).toEqual(expect.arrayContaining(closed));
      expect(seen.added).toEqual([]);
      await page.close();
    });

    it("cannot hide or restyle the card or the underlines: with every element unset and PostSafe's hosts hidden by name, the card's controls stay reachable", async () => {
      const page = await browser.open('https://mastodon.online/hostile.html');
      await page.click('textarea');
      await page.keyboard.type(`Write to ${FIRST} please.`);
      await waitForHighlight(page, FIRST);
      await clickRole(page, 'button', BADGE);
      await waitForRole(page, 'dialog', 'PostSafe check');
      // the textarea's underline is drawn too: its mirror is shown, over the underlined text
      const underline = () => page.evaluate((want) => {
        const mirror = document.querySelector('postsafe-mirror')!;
        const style = getComputedStyle(mirror);
        const range = [...(CSS.highlights.get('postsafe-block') as unknown as Iterable<Range>)].find((r) => r.toString() === want);
        const r = range?.getBoundingClientRect();
        const box = document.querySelector('textarea')!.getBoundingClientRect();
        const over = !!r && r.width > 0 && r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
        return { display: style.display, visibility: style.visibility, over };
      }, FIRST);
      await expect.poll(underline).toEqual({ display: 'block', visibility: 'visible', over: true });
      await clickRole(page, 'button', /^Redact as /);
      await expect.poll(() => page.locator('textarea').inputValue()).not.toContain(FIRST);
      await page.close();
    });

    it("cannot speak for the extension: the page's postMessage and runtime.sendMessage insert nothing and break nothing", async () => {
      const page = await browser.open('https://mastodon.online/textarea.html');
      const errors = collectErrors(page);
      await page.click('textarea');
      const draft = `Write to ${FIRST} please.`;
      await page.keyboard.type(draft);
      await waitForHighlight(page, FIRST);
      const outcome = await page.evaluate(async ({ id, snippetId, body }) => {
        // what a page can reach: its own window messages, and chrome.runtime if the browser exposes it
        for (let tabId = 0; tabId < 20; tabId++) window.postMessage({ kind: 'snippet/insert', tabId, snippetId }, '*');
        window.postMessage({ kind: 'tab/insert-snippet', body }, '*');
        const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => void; lastError?: { message?: string } } } }).chrome?.runtime;
        if (!runtime?.sendMessage) return 'no runtime messaging in the page';
        try {
          return await new Promise<string>((done) => {
            runtime.sendMessage!(id, { kind: 'snippet/insert', tabId: 1, snippetId }, (reply: unknown) => done(reply ? JSON.stringify(reply) : `no answer: ${runtime.lastError?.message}`));
            setTimeout(() => done('no answer'), 1000);
          });
        } catch (e) {
          return `refused: ${String(e)}`;
        }
      }, { id: browser.extensionId, snippetId: SNIPPET.id, body: 'SPOOFED TEXT' });
      expect(outcome).not.toContain('"ok":true');
      await staysFor(page, 1000, () => page.locator('textarea').inputValue(), draft);
      // and the page is still checked as before
      await page.keyboard.type(` Or ${SECOND}.`);
      await waitForHighlight(page, SECOND);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('shows markup in a draft as literal characters in the card, and never runs it', async () => {
      const page = await browser.open('https://mastodon.online/textarea.html');
      await page.click('textarea');
      const markup = '<b>bold</b> <img src=x onerror="window.__pwned=1">';
      await page.keyboard.type(`Today my patient said ${markup} and wrote ${FIRST}`);
      await waitForHighlight(page, FIRST);
      await clickRole(page, 'button', BADGE);
      await waitForRole(page, 'dialog', 'PostSafe check');
      // the card's text, as a screen reader reads it, holds the characters the clinician typed
      await expect.poll(async () => (await axNodes(page)).some((n) => n.role === 'StaticText' && n.name.includes('<b>bold</b> <img src=x onerror='))).toBe(true);
      const card = await cardShadowTree(page);
      expect(card.text).toContain('<b>bold</b> <img src=x onerror=');
      expect(card.elements).not.toContain('IMG');
      expect(card.elements).not.toContain('B');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await page.close();
    });
  });
});
