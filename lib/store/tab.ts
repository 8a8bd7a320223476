/** The active tab's findings, as the background last heard them from that tab's content script. */
import { create } from 'zustand';
import { browser } from 'wxt/browser';
import { send } from '../messaging/client';
import type { FindingSummary } from '../messaging/protocol';

export interface TabStore {
  status: 'loading' | 'ready' | 'error';
  tabId?: number;
  /** the site the content script reported; null when PostSafe does not run on this page */
  site: string | null;
  findings: FindingSummary[];
  error?: string;
  load(): Promise<void>;
}

/**
 * The tab this page is about: a side panel opened for one tab (from its in-page card) carries `?tab=ID`;
 * otherwise the active tab of this window.
 */
export async function activeTabId(): Promise<number | undefined> {
  const fixed = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fixed) && fixed > 0) return fixed;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export const useTabStore = create<TabStore>((set) => ({
  status: 'loading',
  site: null,
  findings: [],
  async load() {
    try {
      const tabId = await activeTabId();
      if (tabId === undefined) {
        set({ status: 'ready', tabId, site: null, findings: [] });
        return;
      }
      const { site, findings } = await send({ kind: 'findings/get', tabId });
      set({ status: 'ready', tabId, site, findings, error: undefined });
    } catch (e) {
      set({ status: 'error', error: (e as Error).message });
    }
  },
}));
