/** What the tests read from a page: highlight ranges (the registry is shared with the page) and DOM changes. */
import type { Page } from 'playwright-core';

/** Texts under each severity's highlight. */
export async function highlighted(page: Page, severity: 'block' | 'warn' | 'info' = 'block'): Promise<string[]> {
  return page.evaluate((name) => {
    const h = CSS.highlights.get(name);
    return h ? [...(h as unknown as Iterable<Range>)].map((r) => r.toString()) : [];
  }, `postsafe-${severity}`);
}

export async function waitForHighlight(page: Page, text: string, severity: 'block' | 'warn' | 'info' = 'block'): Promise<void> {
  await page.waitForFunction(([name, want]) => {
    const h = CSS.highlights.get(name);
    return !!h && [...(h as unknown as Iterable<Range>)].some((r) => r.toString() === want);
  }, [`postsafe-${severity}`, text] as const);
}

/** Counts every DOM mutation from the first byte: call before page.goto (addInitScript). */
export async function countMutations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __mutations: { loaded: number; total: number; log: string[] } };
    w.__mutations = { loaded: -1, total: 0, log: [] };
    new MutationObserver((records) => {
      w.__mutations.total += records.length;
      if (w.__mutations.loaded >= 0) {
        for (const r of records) w.__mutations.log.push(`${r.type} ${(r.target as Element).nodeName} ${r.attributeName ?? ''} ${[...r.addedNodes].map((n) => n.nodeName).join(',')}`);
      }
    }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    addEventListener('load', () => { w.__mutations.loaded = w.__mutations.total; });
  });
}

/** Mutations since the load event. */
export async function mutationsSinceLoad(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __mutations: { log: string[] } }).__mutations.log);
}
