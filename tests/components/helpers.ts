import { DEFAULT_POLICY } from '../../lib/policy/default';
import type { PolicyState } from '../../lib/messaging/protocol';
import type { Policy, Snippet } from '../../lib/policy/types';
import { useHistoryStore } from '../../lib/store/history';
import { usePauseStore } from '../../lib/store/pause';
import { usePolicyStore } from '../../lib/store/policy';
import { useTabStore } from '../../lib/store/tab';

export function snippet(i: number, extra: Partial<Snippet> = {}): Snippet {
  return {
    id: `s${i}`, title: `Snippet ${i}`, body: `Body of snippet ${i}`, tags: [i % 2 ? 'flu' : 'vaccines'],
    language: i % 3 ? 'en' : 'es', sourceUrl: 'https://www.cdc.gov/', lastReviewed: '2026-01-01', ...extra,
  };
}

export function policyState(policy: Partial<Policy> = {}, extra: Partial<PolicyState> = {}): PolicyState {
  return { policy: { ...DEFAULT_POLICY, ...policy }, source: 'default', errors: [], locked: [], userSites: {}, ...extra };
}

/** Puts the UI stores in a known state, with actions that record their calls. */
export function seedStores(opts: {
  policy?: PolicyState | 'loading' | 'error';
  site?: string | null;
  findings?: ReturnType<typeof useTabStore.getState>['findings'];
  tabId?: number;
} = {}) {
  const calls: unknown[][] = [];
  const record = (name: string) => async (...args: unknown[]) => { calls.push([name, ...args]); };
  const p = opts.policy ?? policyState();
  usePolicyStore.setState({
    status: p === 'loading' ? 'loading' : p === 'error' ? 'error' : 'ready',
    state: typeof p === 'object' ? p : undefined,
    error: p === 'error' ? 'background unavailable' : undefined,
    load: record('policy.load') as never,
    importJson: (async (json: string) => { calls.push(['importJson', json]); return { ok: true, errors: [] }; }) as never,
    reset: record('reset') as never,
    setSite: record('setSite') as never,
  });
  useTabStore.setState({ status: 'ready', tabId: opts.tabId ?? 1, site: opts.site ?? null, findings: opts.findings ?? [], load: record('tab.load') as never });
  usePauseStore.setState({ status: 'ready', pause: { sites: {} }, pauseSite: record('pauseSite') as never, pauseAll: record('pauseAll') as never });
  useHistoryStore.setState({ status: 'ready', entries: [], clear: record('history.clear') as never });
  return calls;
}
