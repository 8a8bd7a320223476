import { afterEach, describe, expect, it } from 'vitest';
import { resetTransport, setTransport } from '../../../lib/messaging/client';
import type { Request } from '../../../lib/messaging/protocol';
import { useHistoryStore } from '../../../lib/store/history';
import { isPaused, usePauseStore } from '../../../lib/store/pause';
import { usePolicyStore } from '../../../lib/store/policy';
import { diffPolicies } from '../../../lib/store/policy-diff';
import { DEFAULT_POLICY } from '../../../lib/policy/default';

function fakeBackground(answers: Partial<Record<Request['kind'], unknown>>, seen: Request[] = []) {
  setTransport(async (r) => {
    seen.push(r);
    return r.kind in answers ? { ok: true, value: answers[r.kind] } : { ok: false, error: `refused ${r.kind}` };
  });
  return seen;
}

describe('UI stores are views over the background', () => {
  afterEach(resetTransport);

  it('policy: loads, and reports a background error', async () => {
    const state = { policy: DEFAULT_POLICY, source: 'default', errors: [], locked: [], userSites: {} };
    fakeBackground({ 'policy/get': state });
    await usePolicyStore.getState().load();
    expect(usePolicyStore.getState()).toMatchObject({ status: 'ready', state });
    fakeBackground({});
    await usePolicyStore.getState().load();
    expect(usePolicyStore.getState()).toMatchObject({ status: 'error', error: 'refused policy/get' });
  });

  it('pause: writes through the background and keeps its answer', async () => {
    const seen = fakeBackground({ 'pause/set': { sites: { 'x.com': 0 } } });
    await usePauseStore.getState().pauseSite('x.com', 0);
    expect(seen).toEqual([{ kind: 'pause/set', site: 'x.com', until: 0 }]);
    expect(usePauseStore.getState().pause).toEqual({ sites: { 'x.com': 0 } });
    fakeBackground({});
    await usePauseStore.getState().pauseAll(0);
    expect(usePauseStore.getState().error).toBe('refused pause/set-all');
  });

  it('isPaused: per site, everywhere, expired', () => {
    const now = 1000;
    expect(isPaused({ sites: { 'x.com': 0 } }, 'x.com', now)).toBe(true);
    expect(isPaused({ sites: { 'x.com': 500 } }, 'x.com', now)).toBe(false);
    expect(isPaused({ sites: {} , everywhereUntil: 2000 }, 'bsky.app', now)).toBe(true);
    expect(isPaused({ sites: { 'x.com': 0 } }, null, now)).toBe(false);
  });

  it('history: clear asks the background', async () => {
    const seen = fakeBackground({ 'history/get': [{ kind: 'warning', rule: 'r', site: 's', time: 1 }], 'history/clear': null });
    await useHistoryStore.getState().load();
    expect(useHistoryStore.getState().entries).toHaveLength(1);
    await useHistoryStore.getState().clear();
    expect(useHistoryStore.getState().entries).toEqual([]);
    expect(seen.map((r) => r.kind)).toEqual(['history/get', 'history/clear']);
  });
});

describe('policy diff', () => {
  it('names changed sections with counts and ids', () => {
    const next = { ...DEFAULT_POLICY, snippets: [{ id: 'a' }, { id: 'b' }] as never, organization: { name: 'New' } };
    const changes = diffPolicies(DEFAULT_POLICY, next);
    expect(changes.find((c) => c.section === 'snippets')).toMatchObject({ change: 'changed', after: 2, added: ['a', 'b'] });
    expect(changes.find((c) => c.section === 'organization')?.change).toBe('changed');
    expect(changes.find((c) => c.section === 'disclaimer')?.change).toBe('same');
  });
});
