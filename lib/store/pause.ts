/** Pause state as the background keeps it. */
import { create } from 'zustand';
import { send } from '../messaging/client';
import type { PauseState } from '../messaging/protocol';

export interface PauseStore {
  status: 'loading' | 'ready' | 'error';
  pause: PauseState;
  error?: string;
  load(): Promise<void>;
  pauseSite(site: string, until: number | null): Promise<void>;
  pauseAll(until: number | null): Promise<void>;
}

export function isPaused(pause: PauseState, site: string | null, now = Date.now()): boolean {
  const active = (until: number | undefined) => until !== undefined && (until === 0 || until > now);
  return active(pause.everywhereUntil) || (site !== null && active(pause.sites[site]));
}

export const usePauseStore = create<PauseStore>((set) => ({
  status: 'loading',
  pause: { sites: {} },
  async load() {
    try {
      set({ status: 'ready', pause: await send({ kind: 'pause/get' }), error: undefined });
    } catch (e) {
      set({ status: 'error', error: (e as Error).message });
    }
  },
  async pauseSite(site, until) {
    try {
      set({ pause: await send({ kind: 'pause/set', site, until }), error: undefined });
    } catch (e) {
      set({ error: (e as Error).message });
    }
  },
  async pauseAll(until) {
    try {
      set({ pause: await send({ kind: 'pause/set-all', until }), error: undefined });
    } catch (e) {
      set({ error: (e as Error).message });
    }
  },
}));
