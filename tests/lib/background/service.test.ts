import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Background, HISTORY_LIMIT, KEYS } from '../../../lib/background/service';
import { DEFAULT_POLICY } from '../../../lib/policy/default';

const page = { kind: 'page' as const };
const tab = (tabId: number) => ({ kind: 'content-script' as const, tabId });

describe('Background state owner', () => {
  beforeEach(() => fakeBrowser.reset());

  it('uses the embedded default when nothing else is set', async () => {
    const bg = new Background();
    const state = await bg.handle({ kind: 'policy/get' }, page);
    expect(state.source).toBe('default');
    expect(state.policy.organization.name).toBe(DEFAULT_POLICY.organization.name);
    expect(state.locked).toEqual([]);
  });

  it('precedence: managed > imported > default, managed fields locked', async () => {
    const bg = new Background();
    const imported = { ...DEFAULT_POLICY, organization: { name: 'My clinic' } };
    expect(await bg.handle({ kind: 'policy/import', json: JSON.stringify(imported) }, page)).toEqual({ ok: true, errors: [] });
    expect((await bg.handle({ kind: 'policy/get' }, page)).source).toBe('imported');

    await fakeBrowser.storage.managed.set({ [KEYS.managed]: { schemaVersion: 1, organization: { name: 'General Hospital' } } });
    await bg.refreshPolicy();
    const state = await bg.handle({ kind: 'policy/get' }, page);
    expect(state.source).toBe('managed');
    expect(state.policy.organization.name).toBe('General Hospital');
    expect(state.locked).toEqual(['organization']);
    expect(state.hasImport).toBe(true); // the user can still remove their import
    // unlocked fields come from the embedded default (the organisation's document merges over it)
    expect(state.policy.snippets).toEqual(DEFAULT_POLICY.snippets);
  });

  it('accepts a managed policy given as a JSON string', async () => {
    await fakeBrowser.storage.managed.set({ [KEYS.managed]: JSON.stringify({ schemaVersion: 1, organization: { name: 'Org' } }) });
    const state = await new Background().handle({ kind: 'policy/get' }, page);
    expect(state.policy.organization.name).toBe('Org');
  });

  it('an invalid managed document never half-applies: last good stays, errors reported', async () => {
    const bg = new Background();
    await fakeBrowser.storage.managed.set({ [KEYS.managed]: { schemaVersion: 1, organization: { name: 'Good Org' } } });
    await bg.start();
    await fakeBrowser.storage.managed.set({ [KEYS.managed]: '{ not json' });
    await bg.refreshPolicy();
    const state = await bg.handle({ kind: 'policy/get' }, page);
    expect(state.policy.organization.name).toBe('Good Org');
    expect(state.source).toBe('managed');
    expect(state.errorSource).toBe('managed');
    expect(state.errors.length).toBeGreaterThan(0);
  });

  it('a storage.managed read that never answers does not hang an import, nor let it beat a managed policy', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const get = fakeBrowser.storage.managed.get;
    try {
      // unmanaged, and the browser's managed read hangs: the import applies after the read's time limit
      fakeBrowser.storage.managed.get = (() => new Promise(() => undefined)) as never;
      const bg = new Background();
      const imported = JSON.stringify({ schemaVersion: 1, organization: { name: 'My clinic' } });
      const pending = bg.handle({ kind: 'policy/import', json: imported }, page);
      await vi.advanceTimersByTimeAsync(5_000);
      expect(await pending).toEqual({ ok: true, errors: [] });
      expect((await bg.handle({ kind: 'policy/get' }, page)).policy.organization.name).toBe('My clinic');

      // managed and in force, then the read hangs: an import must not take over meanwhile
      fakeBrowser.reset();
      await fakeBrowser.storage.managed.set({ [KEYS.managed]: { schemaVersion: 1, organization: { name: 'General Hospital' } } });
      fakeBrowser.storage.managed.get = get;
      const managed = new Background();
      await managed.start();
      expect((await managed.handle({ kind: 'policy/get' }, page)).source).toBe('managed');
      fakeBrowser.storage.managed.get = (() => new Promise(() => undefined)) as never;
      const later = new Background(); // a restarted service worker: only the last good state is known
      const again = later.handle({ kind: 'policy/import', json: imported }, page);
      await vi.advanceTimersByTimeAsync(5_000);
      expect((await again).ok).toBe(true);
      const state = await later.handle({ kind: 'policy/get' }, page);
      expect(state.source).toBe('managed');
      expect(state.policy.organization.name).toBe('General Hospital');
    } finally {
      fakeBrowser.storage.managed.get = get;
      vi.useRealTimers();
    }
  });

  it('injects the composer only into the asking content script\'s own frame', async () => {
    const calls: unknown[] = [];
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: async (o: unknown) => { calls.push(o); return []; } };
    const bg = new Background();
    expect(await bg.handle({ kind: 'composer/load' }, { kind: 'content-script', tabId: 7, frameId: 3 })).toEqual({ ok: true });
    expect(calls).toEqual([{ target: { tabId: 7, frameIds: [3] }, files: ['/composer-main.js'] }]);
    // a page has no tab of its own to load into
    expect(await bg.handle({ kind: 'composer/load' }, page)).toEqual({ ok: false });
  });

  it('answers a request even when a tab it tells never answers', async () => {
    const bg = new Background();
    await bg.handle({ kind: 'policy/get' }, tab(5));
    fakeBrowser.tabs.sendMessage = (() => new Promise(() => undefined)) as never;
    fakeBrowser.runtime.sendMessage = (() => new Promise(() => undefined)) as never;
    const imported = JSON.stringify({ schemaVersion: 1, organization: { name: 'My clinic' } });
    expect(await bg.handle({ kind: 'policy/import', json: imported }, page)).toEqual({ ok: true, errors: [] });
    expect(await bg.handle({ kind: 'pause/set-all', until: 0 }, page)).toBeTruthy();
  });

  it('a rejected import keeps the policy in force and reports errors', async () => {
    const bg = new Background();
    const result = await bg.handle({ kind: 'policy/import', json: '[1, 2' }, page);
    expect(result.ok).toBe(false);
    expect(result.errors[0].message).toMatch(/JSON/);
    const state = await bg.handle({ kind: 'policy/get' }, page);
    expect(state.source).toBe('default');
    expect(state.errorSource).toBe('imported');
  });

  it('reset goes back to the default', async () => {
    const bg = new Background();
    await bg.handle({ kind: 'policy/import', json: JSON.stringify({ ...DEFAULT_POLICY, organization: { name: 'X' } }) }, page);
    const state = await bg.handle({ kind: 'policy/reset' }, page);
    expect(state.source).toBe('default');
  });

  it('per-site switches apply unless the organisation locks sites', async () => {
    const bg = new Background();
    let state = await bg.handle({ kind: 'sites/set', site: 'reddit', enabled: false }, page);
    expect(state.policy.sites.perSite?.reddit).toBe(false);
    await fakeBrowser.storage.managed.set({ [KEYS.managed]: { schemaVersion: 1, sites: { enabled: true, perSite: { reddit: true } } } });
    await bg.refreshPolicy();
    state = await bg.handle({ kind: 'policy/get' }, page);
    expect(state.policy.sites.perSite?.reddit).toBe(true);
  });

  it('pauses a site and everywhere, and expired pauses vanish', async () => {
    const bg = new Background();
    await bg.handle({ kind: 'pause/set', site: 'x.com', until: 0 }, page);
    await bg.handle({ kind: 'pause/set', site: 'bsky.app', until: Date.now() - 1 }, page);
    await bg.handle({ kind: 'pause/set-all', until: Date.now() + 3600_000 }, page);
    const state = await bg.handle({ kind: 'pause/get' }, tab(1));
    expect(state.sites).toEqual({ 'x.com': 0 });
    expect(state.everywhereUntil).toBeGreaterThan(Date.now());
    await bg.handle({ kind: 'pause/set', site: 'x.com', until: null }, page);
    expect((await bg.handle({ kind: 'pause/get' }, page)).sites).toEqual({});
  });

  it('refuses to pause when the policy forbids it', async () => {
    await fakeBrowser.storage.managed.set({ [KEYS.managed]: { schemaVersion: 1, overrides: { allowPostAnyway: false, requireReason: true, allowPause: false } } });
    const bg = new Background();
    await expect(bg.handle({ kind: 'pause/set', site: 'x.com', until: 0 }, page)).rejects.toThrow(/not allow/);
  });

  it('keeps at most 50 history entries of rule, site and time only', async () => {
    const bg = new Background();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) {
      const entry = { kind: 'warning' as const, rule: `r${i}`, site: 'x.com', time: i, text: 'secret draft' };
      await bg.handle({ kind: 'history/record', entry }, tab(1));
    }
    const list = await bg.handle({ kind: 'history/get' }, page);
    expect(list).toHaveLength(HISTORY_LIMIT);
    expect(list[0]).toEqual({ kind: 'warning', rule: `r${HISTORY_LIMIT + 4}`, site: 'x.com', time: HISTORY_LIMIT + 4 });
    await bg.handle({ kind: 'history/clear' }, page);
    expect(await bg.handle({ kind: 'history/get' }, page)).toEqual([]);
  });

  it('keeps findings per tab as summaries and forgets closed tabs', async () => {
    const bg = new Background();
    const finding = { rule: 'phi-phone', category: 'PHONE', severity: 'block', message: 'Phone number', text: '555-1234' };
    await bg.handle({ kind: 'findings/report', site: 'x.com', findings: [finding as never] }, tab(7));
    const got = await bg.handle({ kind: 'findings/get', tabId: 7 }, page);
    expect(got.site).toBe('x.com');
    expect(got.findings[0]).toEqual({ rule: 'phi-phone', category: 'PHONE', severity: 'block', message: 'Phone number' });
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain('555-1234');
    await bg.forgetTab(7);
    expect((await bg.handle({ kind: 'findings/get', tabId: 7 }, page)).findings).toEqual([]);
  });

  it('tells every content script that asked anything about pause changes', async () => {
    const bg = new Background();
    await bg.handle({ kind: 'policy/get' }, tab(11));
    const sent: [number, unknown][] = [];
    fakeBrowser.tabs.sendMessage = (async (id: number, m: unknown) => { sent.push([id, m]); }) as never;
    await bg.handle({ kind: 'pause/set-all', until: 0 }, page);
    expect(sent).toContainEqual([11, { kind: 'tab/pause-changed' }]);
    await bg.forgetTab(11);
    sent.length = 0;
    await bg.handle({ kind: 'pause/set-all', until: null }, page);
    expect(sent).toEqual([]);
  });

  it('inserts only known, unexpired snippets', async () => {
    const policy = {
      ...DEFAULT_POLICY,
      snippets: [
        ...DEFAULT_POLICY.snippets,
        { id: 'ok', title: 'Flu', body: 'Get your flu shot.', tags: [], language: 'en', sourceUrl: 'https://cdc.gov', lastReviewed: '2026-01-01' },
        { id: 'old', title: 'Old', body: 'Old.', tags: [], language: 'en', sourceUrl: 'https://cdc.gov', lastReviewed: '2020-01-01', expires: '2021-01-01' },
      ],
    };
    const bg = new Background();
    expect(await bg.handle({ kind: 'policy/import', json: JSON.stringify(policy) }, page)).toEqual({ ok: true, errors: [] });
    const received: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (_id: number, m: unknown) => { received.push(m); }) as never;
    expect(await bg.handle({ kind: 'snippet/insert', tabId: 3, snippetId: 'ok' }, page)).toEqual({ ok: true });
    expect(received).toContainEqual({ kind: 'tab/insert-snippet', body: 'Get your flu shot.' });
    expect((await bg.handle({ kind: 'snippet/insert', tabId: 3, snippetId: 'old' }, page)).ok).toBe(false);
    expect((await bg.handle({ kind: 'snippet/insert', tabId: 3, snippetId: 'nope' }, page)).ok).toBe(false);
  });
});
