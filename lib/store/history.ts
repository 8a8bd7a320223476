/** The local history of warnings and overrides: rule, site and time, never text. */
import { create } from 'zustand';
import { send } from '../messaging/client';
import type { HistoryEntry } from '../messaging/protocol';

export interface HistoryStore {
  status: 'loading' | 'ready' | 'error';
  entries: HistoryEntry[];
  error?: string;
  load(): Promise<void>;
  clear(): Promise<void>;
}

export const useHistoryStore = create<HistoryStore>((set) => ({
  status: 'loading',
  entries: [],
  async load() {
    try {
      set({ status: 'ready', entries: await send({ kind: 'history/get' }), error: undefined });
    } catch (e) {
      set({ status: 'error', error: (e as Error).message });
    }
  },
  async clear() {
    await send({ kind: 'history/clear' });
    set({ entries: [] });
  },
}));
