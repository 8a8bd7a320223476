/** A view over the background's policy state. Only the background writes policy; this store asks it. */
import { create } from 'zustand';
import { send } from '../messaging/client';
import type { PolicyState } from '../messaging/protocol';
import type { PolicyError } from '../policy/validate';
import type { SiteId } from '../policy/types';

export interface PolicyStore {
  status: 'loading' | 'ready' | 'error';
  state?: PolicyState;
  error?: string;
  load(): Promise<void>;
  importJson(json: string): Promise<{ ok: boolean; errors: PolicyError[] }>;
  reset(): Promise<void>;
  setSite(site: SiteId, enabled: boolean | null): Promise<void>;
}

export const usePolicyStore = create<PolicyStore>((set) => ({
  status: 'loading',
  async load() {
    try {
      set({ status: 'ready', state: await send({ kind: 'policy/get' }), error: undefined });
    } catch (e) {
      set({ status: 'error', error: (e as Error).message });
    }
  },
  async importJson(json) {
    const result = await send({ kind: 'policy/import', json });
    set({ state: await send({ kind: 'policy/get' }) });
    return result;
  },
  async reset() {
    set({ state: await send({ kind: 'policy/reset' }) });
  },
  async setSite(site, enabled) {
    set({ state: await send({ kind: 'sites/set', site, enabled }) });
  },
}));
